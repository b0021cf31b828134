# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) after fresh55 was scored (its reading mended in the working tree), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (a random draw, and topics beside them),
# before any project output or review for these claims existed. C642, C644, C645 diagnostic claims; C643 a marker claim
# (harm); C646 a human outcome claim; C647, C648 human association claims (harm); C649-C651 laboratory claims.
# Synonyms name the claim's own therapy and condition, none broader, in every wording I could think of.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C642","FDG PET detects liver metastases from pancreatic cancer","FDG PET detects liver metastases from pancreatic cancer",
 ("FDG PET",['FDG PET','FDG-PET','18F-FDG PET','positron emission tomography','PET','fluorodeoxyglucose PET','18F-fluorodeoxyglucose']),
 ("liver metastases from pancreatic cancer",['liver metastases','hepatic metastases','liver metastasis','pancreatic cancer','pancreatic adenocarcinoma','pancreatic tumours','pancreatic tumors']),
 '(PET[tiab] OR FDG[tiab]) AND pancrea*[tiab]','effect',None,None,'benefit',None),
("C643","Src activation marks shorter survival in stage II-III colon cancer","activation of Src in the tumour marks shorter survival in stage II-III colon cancer",
 ("Src activation",['Src activation','activated Src','Src','c-Src','Src kinase activity','phosphorylated Src','pSrc']),
 ("survival in stage II-III colon cancer",['survival','overall survival','disease-free survival','prognosis','recurrence','colon cancer','stage II-III colon cancer','colorectal cancer']),
 'Src[tiab] AND (colon[tiab] OR colorectal[tiab])','effect',None,None,'harm',None),
("C644","Cadherin-17 and SATB2 identify medullary carcinoma of the large intestine","cadherin-17 and SATB2 staining identify medullary carcinoma of the large intestine",
 ("cadherin-17 and SATB2 staining",['cadherin-17','CDH17','SATB2','cadherin-17 and SATB2','immunomarkers','immunohistochemistry']),
 ("medullary carcinoma of the large intestine",['medullary carcinoma','medullary carcinoma of the large intestine','medullary colorectal carcinoma','colorectal medullary carcinoma']),
 'SATB2[tiab] OR "cadherin-17"[tiab] OR "medullary carcinoma"[tiab]','effect',None,None,'benefit',None),
("C645","Vascular pedicle width predicts the need for fluid repletion","the width of the vascular pedicle on a chest radiograph predicts who needs fluid repletion",
 ("vascular pedicle width",['vascular pedicle width','VPW','vascular pedicle','chest radiograph']),
 ("need for fluid repletion",['fluid repletion','fluid responsiveness','hypovolemia','intravascular volume','volume status','fluid status','dehydration']),
 '"vascular pedicle"[tiab] OR "inferior vena cava"[tiab]','effect',None,None,'benefit',None),
("C646","Uterus transplantation leaves recipients and partners in good psychological health","uterus transplantation leaves the recipients and their partners in good psychological health",
 ("uterus transplantation",['uterus transplantation','uterine transplantation','uterus transplant','UTx']),
 ("psychological health of recipients and partners",['psychological health','psychological well-being','mental health','anxiety','depression','quality of life','relationship','psychological evaluation']),
 '"uterus transplantation"[tiab] OR "uterine transplantation"[tiab]','effect',None,None,'benefit',None),
("C647","GSK3beta promoter hypomethylation raises GSK3beta expression in Alzheimer's disease","in patients with Alzheimer's disease, loss of methylation at the GSK3beta promoter raises GSK3beta expression",
 ("loss of GSK3beta promoter methylation",['GSK3β methylation',"GSK3β 5'-flanking DNA methylation",'GSK3beta methylation','hypomethylation','DNA methylation','promoter methylation']),
 ("GSK3beta expression in Alzheimer's disease",['GSK3β expression','GSK3beta expression','GSK3β mRNA','GSK3β','glycogen synthase kinase 3 beta',"Alzheimer's disease"]),
 'GSK3*[tiab] AND Alzheimer*[tiab]','effect',None,None,'harm',None),
("C648","MTHFR C677T goes with subclinical hypothyroidism","the MTHFR C677T polymorphism goes with subclinical hypothyroidism",
 ("MTHFR C677T polymorphism",['MTHFR C677T','C677T polymorphism','MTHFR polymorphism','MTHFR gene','methylenetetrahydrofolate reductase','TT genotype','677TT']),
 ("subclinical hypothyroidism",['subclinical hypothyroidism','hypothyroidism','thyroid dysfunction','elevated TSH']),
 'MTHFR[tiab] OR "subclinical hypothyroidism"[tiab]','effect',None,None,'harm',None),
("C649","Smad6 blunts TGF-beta's growth inhibition of pancreatic cancer cells","Smad6 blunts the growth inhibition that TGF-beta exerts on pancreatic cancer cells",
 ("Smad6",['Smad6','Smad6 overexpression','inhibitory Smad','Smad 6']),
 ("TGF-beta growth inhibition of pancreatic cancer cells",['TGF-beta-induced growth inhibition','TGF-β-induced growth inhibition','growth inhibition','TGF-beta','TGF-β','pancreatic cancer cells','COLO-357']),
 'Smad6[tiab] OR (TGF*[tiab] AND pancrea*[tiab])','effect',None,None,'harm',None),
("C650","YBX1 serine 176 phosphorylation switches on NF-kappaB in colon cancer","phosphorylation of YBX1 at serine 176 switches on NF-kappaB in colon cancer cells",
 ("YBX1 serine 176 phosphorylation",['YBX1','Y-box binding protein 1','YB-1','S176 phosphorylation','serine 176 phosphorylation','phosphorylated YBX1']),
 ("NF-kappaB activation in colon cancer cells",['NF-κB','NF-kappaB','NF-κB activation','NF-kappaB activation','colon cancer','colon cancer cells','colorectal cancer']),
 'YBX1[tiab] OR "Y-box binding protein 1"[tiab]','effect',None,None,'harm',None),
("C651","NAT10 acetylates cytidine in 18S rRNA","NAT10 acetylates cytidine in 18S ribosomal RNA",
 ("NAT10",['NAT10','N-acetyltransferase 10','human NAT10','Kre33']),
 ("cytidine acetylation in 18S rRNA",['N4-acetylcytidine','ac4C','18S rRNA','18 S rRNA','18S ribosomal RNA','rRNA acetylation','acetylation','RNA acetyltransferase']),
 'NAT10[tiab] OR acetyltransferase[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
