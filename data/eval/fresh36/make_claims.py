# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 29 (2026-12-03) while the session's last rules were being measured, from titles of workshop-corpus
# records that no earlier set's or the catalog's query returns (and topics beside them), before any project output or
# review for these claims existed. C410, C411 and C414 are harm claims; C411, C412 and C413 laboratory claims; C408
# names a comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C408","Surgical drainage gives better outcomes than conservative treatment for spinal epidural abscess","surgical drainage gives better outcomes than conservative treatment",
 ("surgical drainage",['surgical drainage','surgery','surgical treatment','surgical decompression','laminectomy','operative treatment']),
 ("spinal epidural abscess",['spinal epidural abscess','spinal extradural abscess','epidural abscess','extradural abscess','SEA']),
 '(epidural[tiab] OR extradural[tiab]) AND abscess*[tiab] AND (conservative[tiab] OR nonoperative[tiab] OR "non-operative"[tiab] OR nonsurgical[tiab])','effect',
 ("conservative treatment",['conservative treatment','conservative management','nonoperative treatment','non-operative treatment','antibiotics alone','medical management']),None,'benefit',None),
("C409","Progestins prevent the recurrence of endometriosis after surgery","progestins prevent its recurrence",
 ("progestins",['progestins','progestin','progestogens','dienogest','levonorgestrel-releasing intrauterine system','LNG-IUS','norethindrone acetate']),
 ("endometriosis recurrence",['endometriosis recurrence','recurrence of endometriosis','recurrence','endometriosis','endometrioma recurrence']),
 'progestin*[tiab] OR progestogen*[tiab]','effect',None,None,'benefit',None),
("C410","A high-fat diet can cause atrial arrhythmias","a high-fat diet can cause atrial arrhythmias",
 ("high-fat diet",['high-fat diet','high fat diet','HFD','diet-induced obesity']),
 ("atrial arrhythmias",['atrial arrhythmias','atrial fibrillation','atrial electrical properties','conduction slowing','atrial remodeling','atrial remodelling']),
 '"high-fat diet"[tiab]','effect',None,None,'harm',None),
("C411","Chronic hyperinsulinemia can cause insulin resistance","chronic hyperinsulinemia can cause insulin resistance",
 ("chronic hyperinsulinemia",['chronic hyperinsulinemia','hyperinsulinemia','hyperinsulinaemia','chronic insulin exposure','prolonged insulin treatment']),
 ("insulin resistance",['insulin resistance','selective insulin resistance','impaired insulin signaling','impaired insulin signalling']),
 'hyperinsulinemia[tiab] OR hyperinsulinaemia[tiab]','effect',None,None,'harm',None),
("C412","Sutherlandia frutescens extracts kill breast cancer cells","Sutherlandia frutescens extracts kill breast cancer cells",
 ("Sutherlandia frutescens extracts",['Sutherlandia frutescens','Sutherlandia frutescens extracts','Sutherlandia','cancer bush']),
 ("breast cancer cells",['breast cancer cells','MCF-7 cells','MCF-7','breast cancer','cell numbers','apoptosis']),
 'Sutherlandia[tiab]','effect',None,None,'benefit',None),
("C413","CDK2 inhibitors slow breast cancer growth","CDK2 inhibitors slow breast cancer growth",
 ("CDK2 inhibitors",['CDK2 inhibitors','CDK2 inhibitor','CDK2 inhibition','dinaciclib','CDK2 knockdown']),
 ("breast cancer growth",['breast cancer','breast cancer cells','tumor growth','tumour growth','cell proliferation','proliferation']),
 'CDK2[tiab]','effect',None,None,'benefit',None),
("C414","Advanced paternal age can lower live birth rates","advanced paternal age can lower live birth rates",
 ("advanced paternal age",['advanced paternal age','paternal age','older fathers','male age']),
 ("live birth rates",['live birth rate','live birth rates','live birth','pregnancy rate','reproductive outcomes','miscarriage']),
 '"paternal age"[tiab]','effect',None,None,'harm',None),
("C415","Bladder-preserving combined-modality therapy cures muscle-invasive bladder cancer","bladder-preserving combined-modality therapy cures the cancer",
 ("bladder-preserving combined-modality therapy",['bladder-preserving combined-modality therapy','combined-modality therapy','bladder preservation','trimodality therapy','chemoradiation','chemoradiotherapy']),
 ("muscle-invasive bladder cancer",['muscle-invasive bladder cancer','bladder cancer','urothelial carcinoma','MIBC']),
 '"bladder-preserving"[tiab] OR "bladder preservation"[tiab] OR "combined-modality"[tiab]','effect',None,None,'benefit',None),
("C416","MRI-guided focused ultrasound relieves essential tremor","MRI-guided focused ultrasound relieves the tremor",
 ("MRI-guided focused ultrasound",['MRI-guided focused ultrasound','magnetic resonance-guided focused ultrasound','MRgFUS','focused ultrasound','transcranial focused ultrasound','focused ultrasound thalamotomy']),
 ("essential tremor",['essential tremor','tremor','movement disorders']),
 '"focused ultrasound"[tiab]','effect',None,None,'benefit',None),
("C417","Arthroscopically guided navigation reduces radiation exposure in acromioclavicular joint repair","arthroscopically guided navigation reduces radiation exposure",
 ("arthroscopically guided navigation",['arthroscopically guided navigation','arthroscopic navigation','navigation','navigated drilling','guided navigation']),
 ("radiation exposure in acromioclavicular joint repair",['radiation exposure','intraoperative radiation exposure','fluoroscopy time','acromioclavicular joint dislocations','acromioclavicular joint dislocation']),
 '"acromioclavicular"[tiab]','effect',None,None,'benefit',None),
("C418","Osteochondral grafting restores the joint surface of cartilage defects","osteochondral grafting restores the joint surface",
 ("osteochondral grafting",['osteochondral grafting','osteochondral autograft transplantation','mosaicplasty','osteochondral plugs','osteochondral grafts','autologous osteochondral transplantation']),
 ("cartilage defects",['cartilage defects','osteochondral defects','chondral defects','articular surface','joint surface','osteochondral lesions']),
 'mosaicplasty[tiab] AND incongru*[tiab]','effect',None,None,'benefit',None),
("C419","Disease-modifying drugs slow multiple sclerosis","disease-modifying drugs slow the disease",
 ("disease-modifying drugs",['disease-modifying drugs','disease-modifying therapies','disease-modifying therapy','DMTs','interferon beta','natalizumab','ocrelizumab','fingolimod']),
 ("multiple sclerosis",['multiple sclerosis','MS','relapsing-remitting multiple sclerosis','disability progression','relapses']),
 '"multiple sclerosis"[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
