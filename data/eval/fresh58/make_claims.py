# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) after fresh57 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw, and topics beside them), before any project output or review for
# these claims existed. C662 a marker claim (harm); C663, C664 human harm claims; C665 a preference claim; C666 an
# equivalence claim (diet and the sperm methylome, "does not change"); C667-C671 laboratory claims. Synonyms name the
# claim's own therapy and condition in every wording I could think of, and no parent condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C662","DNMT3A mutations mark shorter survival in AML","DNMT3A mutations mark shorter survival in acute myeloid leukemia",
 ("DNMT3A mutations",['DNMT3A mutations','DNMT3A mutation','DNMT3A-mutated','mutant DNMT3A','DNMT3A R882','DNA methyltransferase 3A mutations']),
 ("survival in acute myeloid leukemia",['overall survival','survival','relapse-free survival','event-free survival','prognosis','poor prognosis','adverse outcome']),
 'DNMT3A[tiab] OR ("acute myeloid leukemia"[tiab] AND prognos*[tiab])','effect',None,None,'harm',None),
("C663","Systemic lupus erythematosus shifts the P wave axis","systemic lupus erythematosus shifts the P wave axis of the heart",
 ("systemic lupus erythematosus",['systemic lupus erythematosus','SLE','lupus','patients with SLE']),
 ("P wave axis",['P wave axis','P-wave axis','abnormal P wave axis','P wave']),
 '"P wave"[tiab] OR "systemic lupus"[tiab]','effect',None,None,'harm',None),
("C664","A sigmoid-shaped septum can cause recurrent syncope","a sigmoid-shaped interventricular septum can cause recurrent syncope",
 ("sigmoid-shaped interventricular septum",['sigmoid-shaped interventricular septum','sigmoid septum','sigmoid-shaped septum','basal septal bulge','septal bulge']),
 ("recurrent syncope",['recurrent syncope','syncope','fainting','left ventricular outflow tract obstruction','outflow obstruction']),
 '"sigmoid-shaped"[tiab] OR syncope[tiab]','effect',None,None,'harm',None),
("C665","Patients prefer care close to home","patients prefer to be cared for close to home, even where regionalised care carries a lower risk",
 ("care close to home",['local care','care close to home','local hospital','community hospital','nearby hospital','location of care']),
 ("patient preference over regionalised care",['patient preferences','preference','preferences','willingness to travel','regionalization','regionalisation','regional centre','regional center']),
 'regionalization[tiab] OR "location of care"[tiab]','effect',None,None,'benefit',None),
("C666","Diet does not change sperm methylation","what a man eats does not change the methylation of his sperm",
 ("diet",['diet','diets','high-fat diet','low-protein diet','dietary','paternal diet','western diet']),
 ("sperm methylation",['sperm methylome','sperm DNA methylation','sperm methylation','methylome','DNA methylation']),
 'methylome[tiab] OR (sperm[tiab] AND methylation[tiab])','equivalence',("control diet",['control diet','control chow','standard diet','chow']),None,'benefit',None),
("C667","CD69 protects BCR-ABL-positive cells from apoptosis and imatinib","CD69 protects BCR-ABL-positive leukemia cells from apoptosis and from imatinib",
 ("CD69",['CD69','CD69 expression','CD69 overexpression']),
 ("apoptosis and imatinib sensitivity of BCR-ABL-positive cells",['apoptosis','imatinib sensitivity','imatinib resistance','BCR-ABL-positive cells','BCR-ABL','chronic myeloid leukemia','K562']),
 'CD69[tiab] OR imatinib[tiab]','effect',None,None,'harm',None),
("C668","UL138 keeps human cytomegalovirus latent","the UL138 protein keeps human cytomegalovirus latent",
 ("UL138",['UL138','UL138 protein','pUL138']),
 ("cytomegalovirus latency",['latency','latent infection','viral latency','latent colonization','human cytomegalovirus','HCMV','reactivation']),
 'UL138[tiab] OR cytomegalovirus[tiab]','effect',None,None,'benefit',None),
("C669","Aha1 on its own keeps stressed proteins from aggregating","the co-chaperone Aha1 on its own keeps stressed proteins from aggregating",
 ("Aha1",['Aha1','activator of Hsp90 ATPase','Aha1 protein','AHSA1']),
 ("aggregation of stressed proteins",['protein aggregation','aggregation','stressed proteins','misfolded proteins','chaperone activity','holdase']),
 'Aha1[tiab] OR Hsp90[tiab]','effect',None,None,'benefit',None),
("C670","Cytochrome c bound to cardiolipin triggers apoptosis","cytochrome c bound to cardiolipin triggers apoptosis",
 ("cytochrome c bound to cardiolipin",['cytochrome c-cardiolipin','cardiolipin-bound cytochrome c','cytochrome c and cardiolipin','cardiolipin','cytochrome c','peroxidase activity']),
 ("apoptosis",['apoptosis','apoptotic trigger','cell death','caspase activation','cytochrome c release']),
 'cardiolipin[tiab] OR "cytochrome c"[tiab]','effect',None,None,'harm',None),
("C671","Cdc7 kinase drives the start of DNA replication","Cdc7 kinase drives the start of DNA replication",
 ("Cdc7 kinase",['Cdc7','Cdc7 kinase','Dbf4-dependent kinase','DDK','Cdc7-Dbf4']),
 ("initiation of DNA replication",['replication initiation','DNA replication','origin firing','initiation of DNA replication','DUE-B','DNA unwinding element']),
 'Cdc7[tiab] OR "DNA unwinding"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
