# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 36 (2026-12-04) after fresh59 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw, and topics beside them), before any project output or review for
# these claims existed. C682-C684 test-accuracy claims; C685 a marker claim; C686 a participation claim; C687 a human harm
# claim; C688-C691 laboratory claims. Synonyms name the claim's own therapy and condition (for a laboratory claim, the
# outcome it asserts, not the cells or organism it is studied in), no parent condition, none lifted from one title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C682","Stool real-time PCR finds Strongyloides more reliably than microscopy","real-time PCR of a stool sample finds Strongyloides infection more reliably than microscopy",
 ("stool real-time PCR",['real-time PCR','PCR','stool PCR','quantitative PCR','qPCR','polymerase chain reaction']),
 ("Strongyloides infection",['Strongyloides stercoralis','Strongyloides','strongyloidiasis','S. stercoralis']),
 'Strongyloides[tiab] OR (stool[tiab] AND "real-time PCR"[tiab])','effect',("microscopy",['microscopy','Baermann','Koga agar plate','agar plate culture','stool microscopy','Kato-Katz']),None,'benefit',None),
("C683","Commercial IgM assays detect chikungunya infection","commercial IgM assays reliably detect chikungunya virus infection",
 ("commercial IgM assays",['IgM assays','IgM detection assays','IgM ELISA','IgM capture ELISA','MAC-ELISA','rapid IgM test','immunoglobulin M detection assays','IgM rapid tests']),
 ("chikungunya virus infection",['chikungunya','chikungunya virus','CHIKV','chikungunya infection','chikungunya fever']),
 'chikungunya[tiab] OR (IgM[tiab] AND assay*[tiab])','effect',None,None,'benefit',None),
("C684","CEA in pancreatic juice tells pancreatic cancer from pancreatitis","carcinoembryonic antigen in pancreatic juice tells pancreatic cancer from pancreatitis",
 ("carcinoembryonic antigen in pancreatic juice",['pancreatic juice CEA','CEA in pancreatic juice','carcinoembryonic antigen','CEA','CEA activity','CEA levels']),
 ("pancreatic cancer versus pancreatitis",['pancreatic carcinoma','pancreatic cancer','pancreatic adenocarcinoma','carcinoma of the pancreas','distinguishing pancreatic cancer from pancreatitis']),
 '"pancreatic juice"[tiab] OR (CEA[tiab] AND pancrea*[tiab])','effect',None,None,'benefit',None),
("C685","Colorectal cancers lose mismatch repair gene expression","colorectal cancers lose the expression of mismatch repair genes",
 ("colorectal cancer",['colorectal cancer','colorectal carcinoma','colon cancer','rectal cancer','colorectal tumours','colorectal tumors','CRC']),
 ("loss of mismatch repair gene expression",['reduced expression of mismatch repair genes','loss of MLH1','loss of MSH2','MLH1 loss','MSH2 loss','mismatch repair deficiency','mismatch repair-deficient','dMMR','loss of mismatch repair protein expression']),
 '"mismatch repair"[tiab] OR MLH1[tiab] OR MSH2[tiab]','effect',None,None,'harm',None),
("C686","Minority and underserved patients are under-enrolled in cancer trials","minority and underserved patients are under-enrolled in cancer clinical trials",
 ("minority and underserved patients",['minority','minorities','underserved','underserved populations','racial and ethnic minorities','ethnic minority','minority patients','African American','Hispanic']),
 ("enrolment in cancer clinical trials",['clinical trial enrollment','clinical trial enrolment','enrollment in clinical trials','trial participation','accrual','enrolling','participation in cancer clinical trials']),
 'minority[tiab] OR minorities[tiab] OR underserved[tiab]','effect',None,None,'harm',None),
("C687","Hearing impairment brings on nightmares","hearing impairment brings on nightmares",
 ("hearing impairment",['hearing impairment','hearing loss','deafness','deaf','hard of hearing','hearing-impaired']),
 ("nightmares",['nightmares','nightmare','bad dreams','nightmare frequency','nightmare disorder']),
 'nightmare*[tiab]','effect',None,None,'harm',None),
("C688","Truncated ATHB17 increases maize ear weight","a truncated ATHB17 protein increases the ear weight of maize",
 ("truncated ATHB17",['ATHB17','truncated ATHB17','ATHB17Δ113','ATHB17 expression','MON 87403']),
 ("ear weight in maize",['ear weight','ear biomass','grain yield','ear growth','kernel weight','yield']),
 'ATHB17[tiab] OR (maize[tiab] AND ear[tiab])','effect',None,None,'benefit',None),
("C689","Obstructed bile flow raises serum gamma-glutamyl transpeptidase","obstructed bile flow raises serum gamma-glutamyl transpeptidase",
 ("cholestasis",['cholestasis','extrahepatic cholestasis','bile duct ligation','biliary obstruction','obstructive jaundice','bile duct obstruction','ligation of the common bile duct']),
 ("serum gamma-glutamyl transpeptidase",['gamma-glutamyl transpeptidase','gamma-glutamyltransferase','gamma-glutamyl transferase','GGT','gamma-GT','GGTP','serum GGT']),
 '"gamma-glutamyl transpeptidase"[tiab] OR "gamma-glutamyltransferase"[tiab] OR GGT[tiab]','effect',None,None,'harm',None),
("C690","Cholesterol lowers sodium-potassium ATPase activity by stiffening the membrane","cholesterol lowers the activity of the membrane sodium-potassium ATPase by stiffening the membrane",
 ("cholesterol",['cholesterol','membrane cholesterol','cholesterol enrichment','cholesterol content']),
 ("sodium-potassium ATPase activity",['(Na+ +K+)-ATPase','Na+,K+-ATPase','Na,K-ATPase','Na+/K+-ATPase','sodium-potassium ATPase','sodium pump','ATPase activity']),
 'ATPase[tiab] AND (fluidity[tiab] OR cholesterol[tiab] OR membrane[tiab])','effect',None,None,'harm',None),
("C691","Fic AMPylates BiP to keep the endoplasmic reticulum in balance","the Fic enzyme AMPylates the BiP chaperone to keep the endoplasmic reticulum in balance",
 ("Fic",['Fic','dFic','FICD','HYPE','Fic protein','Fic enzyme']),
 ("AMPylation of BiP in endoplasmic reticulum homeostasis",['AMPylation of BiP','BiP AMPylation','AMPylates BiP','AMPylated BiP','endoplasmic reticulum homeostasis','ER homeostasis','unfolded protein response']),
 'AMPylat*[tiab] OR BiP[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
