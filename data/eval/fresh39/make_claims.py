# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 30 (2026-12-03) with the code of session 29's final rules plus fresh38 C438's prognostic-title
# reading (uncommitted then), from titles of workshop-corpus records that no earlier set's or the catalog's query returns
# (and topics beside them), before any project output or review for these claims existed. C453, C454 and C455 are harm
# claims; C451, C452, C454 and C455 laboratory claims. No synonym is a bare broad word ("infection", "mortality"): that
# was fresh38's C434 error.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C444","Doppler-guided endoscopic therapy stops peptic ulcer bleeding","Doppler-guided endoscopic therapy stops peptic ulcer bleeding",
 ("Doppler-guided endoscopic therapy",['Doppler-guided endoscopic therapy','Doppler endoscopic probe','Doppler probe','endoscopic hemostasis','endoscopic haemostasis','endoscopic therapy']),
 ("peptic ulcer bleeding",['peptic ulcer bleeding','bleeding peptic ulcer','ulcer bleeding','upper gastrointestinal bleeding','rebleeding']),
 'hemostasis[tiab] OR haemostasis[tiab] OR "peptic ulcer"[tiab]','effect',None,None,'benefit',None),
("C445","Surgery for lumbar disc herniation reduces opioid use","surgery for lumbar disc herniation reduces opioid use",
 ("surgery for lumbar disc herniation",['discectomy','microdiscectomy','lumbar discectomy','surgical treatment','early surgery','spine surgery']),
 ("opioid use",['opioid use','opioid usage','opioid consumption','opioids','opioid prescriptions']),
 '"disc herniation"[tiab] AND (opioid*[tiab] OR surg*[tiab])','effect',None,None,'benefit',None),
("C446","Amplatzer septal occluders close atrial septal defects","Amplatzer septal occluders close atrial septal defects",
 ("Amplatzer septal occluder",['Amplatzer septal occluder','Amplatzer septal occluders','Amplatzer','septal occluder','transcatheter closure','device closure']),
 ("atrial septal defect",['atrial septal defect','atrial septal defects','ASD','residual shunt']),
 'Amplatzer[tiab] OR "septal occluder"[tiab] OR "atrial septal defect"[tiab]','effect',None,None,'benefit',None),
("C447","Catheter ablation cures ventricular tachycardia in hypertrophic cardiomyopathy","catheter ablation cures ventricular tachycardia in hypertrophic cardiomyopathy",
 ("catheter ablation",['catheter ablation','radiofrequency ablation','radiofrequency catheter ablation','epicardial ablation','endocardial ablation']),
 ("ventricular tachycardia in hypertrophic cardiomyopathy",['ventricular tachycardia','sustained monomorphic ventricular tachycardia','hypertrophic cardiomyopathy','ventricular arrhythmia']),
 '"ventricular tachycardia"[tiab] OR "hypertrophic cardiomyopathy"[tiab]','effect',None,None,'benefit',None),
("C448","Ceftazidime cures melioidosis","ceftazidime cures melioidosis",
 ("ceftazidime",['ceftazidime','meropenem','intravenous antibiotics for melioidosis']),
 ("melioidosis",['melioidosis','Burkholderia pseudomallei','Burkholderia pseudomallei infection']),
 'ceftazidime[tiab] OR melioidosis[tiab] OR Burkholderia[tiab]','effect',None,None,'benefit',None),
("C449","Anti-obesity drugs reduce body weight in obesity","anti-obesity drugs reduce body weight in obesity",
 ("anti-obesity drugs",['anti-obesity drugs','anti-obesity medication','anti-obesity medications','weight-loss drugs','orlistat','liraglutide','phentermine','lorcaserin','pharmacotherapy for obesity']),
 ("body weight in obesity",['body weight','weight loss','obesity','obese patients','body mass index']),
 'obesity[tiab]','effect',None,None,'benefit',None),
("C450","Surgical drainage of a spinal intramedullary abscess restores neurological function","surgical drainage of a spinal intramedullary abscess restores neurological function",
 ("surgical drainage",['surgical drainage','drainage','laminectomy','myelotomy','surgical evacuation','decompression']),
 ("spinal intramedullary abscess",['intramedullary abscess','intramedullary spinal cord abscess','spinal cord abscess','spinal epidural abscess','tetraparesis','tetraplegia']),
 'intramedullary[tiab] OR "dermal sinus"[tiab] OR "spinal cord abscess"[tiab]','effect',None,None,'benefit',None),
("C451","Inhibiting histone deacetylase 3 strengthens memory","inhibiting histone deacetylase 3 strengthens memory",
 ("histone deacetylase 3 inhibition",['histone deacetylase 3 inhibition','HDAC3 inhibition','HDAC3 inhibitor','RGFP966','histone deacetylase inhibitor','HDAC inhibitor']),
 ("memory",['memory','associative memory','memory formation','auditory memory','long-term memory','cortical plasticity']),
 'HDAC*[tiab] OR "histone deacetylase"[tiab]','effect',None,None,'benefit',None),
("C452","Inhibiting SIRT5 slows cancer cell proliferation","inhibiting SIRT5 slows cancer cell proliferation",
 ("SIRT5 inhibition",['SIRT5 inhibition','SIRT5 knockdown','SIRT5 depletion','SIRT5 inhibitor','sirtuin 5 inhibition']),
 ("cancer cell proliferation",['cancer cell proliferation','tumor cell proliferation','tumour cell proliferation','tumor growth','tumour growth']),
 'sirtuin*[tiab] OR SIRT*[tiab]','effect',None,None,'benefit',None),
("C453","Anticholinergic drugs worsen cognition and physical function in older people with delirium and dementia","anticholinergic drugs worsen cognition and physical function in older people with delirium and dementia",
 ("anticholinergic drugs",['anticholinergic drugs','anticholinergic medications','anticholinergic exposure','anticholinergic burden','anticholinergic load']),
 ("cognition and physical function in delirium and dementia",['cognitive function','cognitive impairment','physical function','delirium superimposed on dementia','delirium','dementia']),
 'anticholinergic*[tiab] OR delirium[tiab] OR dementia[tiab]','effect',None,None,'harm',None),
("C454","Activated Ras drives tumour growth","activated Ras drives tumour growth",
 ("activated Ras",['activated Ras','oncogenic Ras','Ras activation','mutant Ras','KRAS mutation','H-Ras']),
 ("tumour growth",['tumour growth','tumor growth','tumorigenesis','tumourigenesis','tumor formation','tumour formation']),
 'Ras[tiab] AND (tumor*[tiab] OR tumour*[tiab])','effect',None,None,'harm',None),
("C455","AMPK activation drives drug resistance in cancer cells","AMPK activation drives drug resistance in cancer cells",
 ("AMPK activation",['AMPK activation','AMP-activated protein kinase activation','activated AMPK','AMPK']),
 ("drug resistance in cancer cells",['drug resistance','chemoresistance','chemotherapy resistance','multidrug resistance']),
 'AMPK[tiab] OR "AMP-activated protein kinase"[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
