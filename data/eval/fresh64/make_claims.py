# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) from titles of workshop-corpus records that no earlier set's or the catalog's
# query returns (a random draw), before any project output or review for these claims existed.
# C722, C723 prediction and test claims; C724-C727 human harm claims; C728-C731 laboratory claims. Synonyms name the
# claim's own therapy and condition (for a laboratory claim the outcome it asserts), no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C722","β1 integrin expression predicts survival with colorectal liver metastases","How much β1 integrin a colorectal liver metastasis carries predicts how long the patient survives",
 ("β1 integrin expression",['β1 integrin','beta1 integrin','beta-1 integrin','integrin beta1','integrin β1','ITGB1','CD29']),
 ("survival with colorectal liver metastases",['survival','overall survival','disease-free survival','prognosis','prognostic','recurrence-free survival']),
 'integrin*[tiab] AND metasta*[tiab]','effect',None,None,'benefit',None),
("C723","A urinary proteomic panel predicts muscle-invasive bladder cancer","A urine proteomic panel predicts muscle-invasive bladder cancer",
 ("urinary proteomic panel",['urinary proteomics','urine proteomics','urinary polypeptide panel','urinary biomarkers','urinary peptides','capillary electrophoresis mass spectrometry']),
 ("muscle-invasive bladder cancer",['muscle-invasive bladder cancer','muscle-invasive disease','muscle-invasive urothelial carcinoma','invasive bladder carcinoma','muscle invasive bladder cancer']),
 'urinary[tiab] AND bladder[tiab] AND cancer[tiab]','effect',None,None,'benefit',None),
("C724","A family history of cancer raises women's cancer mortality","A family history of cancer raises a woman's risk of dying of cancer",
 ("family history of cancer",['family history','family history of cancer','familial cancer','first-degree relatives with cancer','positive family history']),
 ("cancer mortality",['cancer mortality','cancer death','death from cancer','cancer-specific mortality','fatal cancer']),
 '"family history"[tiab] AND cancer[tiab]','effect',None,None,'harm',None),
("C725","Central venous catheter insertion causes air embolism","Central venous catheter insertion lets air embolise to the lungs",
 ("central venous catheter insertion",['central venous catheter','central venous catheterization','central venous line','central line','CVC','CVC insertion','central venous catheter removal']),
 ("air embolism",['air embolism','pulmonary air embolism','venous air embolism','paradoxical air embolism','gas embolism','arterial air embolism']),
 '"air embolism"[tiab] AND catheter*[tiab]','effect',None,None,'harm',None),
("C726","Neurogenic bladder leads to urinary tract infection","A neurogenic bladder brings urinary tract infections",
 ("neurogenic bladder",['neurogenic bladder','neurogenic bladder dysfunction','neurogenic lower urinary tract dysfunction','neurogenic detrusor overactivity','neuropathic bladder']),
 ("urinary tract infection",['urinary tract infection','urinary tract infections','UTI','UTIs','bacteriuria','pyelonephritis','cystitis']),
 '"neurogenic bladder"[tiab] OR ("urinary tract infection"[tiab] AND "spinal cord"[tiab])','effect',None,None,'harm',None),
("C727","Metabolic acidosis and hypoxia make defibrillation fail","Metabolic acidosis and hypoxia make defibrillation fail",
 ("metabolic acidosis and hypoxia",['acidosis','metabolic acidosis','respiratory acidosis','hypoxia','hypoxemia','hypoxaemia','acid-base disturbance']),
 ("failed defibrillation",['defibrillation failure','failed defibrillation','unsuccessful defibrillation','defibrillation threshold','defibrillation energy requirements','defibrillation success']),
 'defibrillat*[tiab]','effect',None,None,'harm',None),
("C728","The VPS35 D620N mutation raises LRRK2 phosphorylation of Rab proteins","the Parkinson's VPS35 D620N mutation drives LRRK2 to phosphorylate Rab proteins",
 ("VPS35 D620N mutation",['VPS35 D620N','VPS35[D620N]','D620N','VPS35 mutation','D620N VPS35']),
 ("LRRK2-mediated Rab phosphorylation",['Rab phosphorylation','Rab10 phosphorylation','LRRK2 kinase activity','LRRK2-mediated phosphorylation','phosphorylated Rab10','pRab10']),
 'VPS35[tiab] OR LRRK2[tiab]','effect',None,None,'harm',None),
("C729","Tpl2 drives ERK phosphorylation in Toll-like receptor signalling","Tpl2 drives ERK phosphorylation when Toll-like receptors signal",
 ("Tpl2",['Tpl2','tumor progression locus 2','tumour progression locus 2','MAP3K8','Cot','Tpl2 kinase']),
 ("ERK phosphorylation",['ERK phosphorylation','phosphorylation of ERK','ERK activation','phospho-ERK','pERK','extracellular signal-regulated kinase phosphorylation']),
 'Tpl2[tiab] OR MAP3K8[tiab] OR (ERK[tiab] AND (TLR*[tiab] OR "Toll-like"[tiab]))','effect',None,None,'benefit',None),
("C730","pH-sensitive membrane peptides deliver cargo into cells of acidic tissues","pH-sensitive membrane peptides carry cargo into cells of acidic tissues",
 ("pH-sensitive membrane peptides",['pHLIP','pHLIPs','pH (low) insertion peptide','pH low insertion peptides','pH-sensitive peptides','pH-sensitive membrane peptides']),
 ("delivery into cells of acidic tissue",['cargo delivery','intracellular delivery','translocation','delivery','cellular uptake','tumour targeting','tumor targeting']),
 'pHLIP*[tiab] OR "pH low insertion peptide"[tiab]','effect',None,None,'benefit',None),
("C731","GDNF drives pancreatic cancer cells to invade nerves","GDNF draws pancreatic cancer cells to invade nerves",
 ("GDNF",['GDNF','glial cell line-derived neurotrophic factor','glial-cell-line-derived neurotrophic factor','glial cell-derived neurotrophic factor']),
 ("perineural invasion by pancreatic cancer cells",['perineural invasion','nerve invasion','neural invasion','cancer cell migration','invasion','chemotaxis']),
 'GDNF[tiab] OR "perineural invasion"[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
