# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) after fresh67 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C762 a treatment claim; C763 a harm claim; C764 a test claim; C765 a prevalence (harm) claim; C766 a symptom claim;
# C767 an incidence comparison; C768-C771 laboratory claims. Synonyms name the claim's own therapy and condition (for a
# laboratory claim the outcome it asserts), no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C762","Drainage and fusion cure pyogenic osteomyelitis of the upper cervical spine","Surgical drainage and fusion cure pyogenic osteomyelitis of the upper cervical spine",
 ("surgical drainage and fusion",['débridement','debridement','drainage','arthrodesis','fusion','transoral drainage','surgical decompression']),
 ("pyogenic osteomyelitis of the upper cervical spine",['pyogenic osteomyelitis','osteomyelitis of the atlas','osteomyelitis of the axis','upper cervical osteomyelitis','C1-C2 osteomyelitis','cervical spine infection']),
 '"pyogenic osteomyelitis"[tiab] OR (atlas[tiab] AND axis[tiab] AND osteomyelitis[tiab])','effect',None,None,'benefit',None),
("C763","A neck infection after throat cancer surgery causes air embolism","A neck infection after throat cancer surgery can send air emboli through the body",
 ("neck infection after throat cancer surgery",['cervical infection','neck infection','postoperative fistula','pharyngocutaneous fistula','wound infection','deep neck infection']),
 ("air embolism",['air embolism','systemic air embolism','multiple air embolism','gas embolism','cerebral air embolism','venous air embolism']),
 '"air embolism"[tiab] AND (infection[tiab] OR fistula[tiab])','effect',None,None,'harm',None),
("C764","ISL-1 staining marks medulloblastoma","ISL-1 staining marks medulloblastoma",
 ("ISL-1 immunostaining",['ISL-1','ISL1','Islet-1','ISL-1 immunohistochemistry','ISL-1 expression']),
 ("medulloblastoma",['medulloblastoma','medulloblastomas','MB','desmoplastic medulloblastoma','SHH-activated medulloblastoma']),
 'medulloblastoma[tiab]','effect',None,None,'benefit',None),
("C765","Greek sheep carry Echinococcus granulosus cysts","Sheep in Greece carry Echinococcus granulosus hydatid cysts",
 ("Echinococcus granulosus",['Echinococcus granulosus','Echinococcus','E. granulosus','cystic echinococcosis']),
 ("hydatid cysts in Greek sheep",['hydatid cysts','hydatidosis','infection rate','prevalence','cyst fertility','infected sheep']),
 'Echinococcus[tiab] OR "hydatid"[tiab]','effect',None,None,'harm',None),
("C766","Negative symptoms come first in schizophrenia, as caregivers see it","Caregivers first notice negative symptoms at the onset of schizophrenia",
 ("negative symptoms at onset",['negative symptoms','social withdrawal','apathy','blunted affect','symptoms at onset','prodromal symptoms']),
 ("onset of first-episode schizophrenia",['first episode schizophrenia','first-episode schizophrenia','first episode psychosis','illness onset','onset of schizophrenia']),
 '"first episode"[tiab] AND schizophrenia[tiab]','effect',None,None,'harm',None),
("C767","Childhood cancer is more common in Apulia than elsewhere in Italy","Children in Apulia develop cancer more often than children elsewhere in Italy",
 ("living in Apulia",['Apulia','Apulia Region','Puglia','southern Italy','Apulian children']),
 ("childhood cancer incidence",['childhood cancer incidence','incidence of childhood cancer','childhood cancers','cancer incidence in children','incidence rates']),
 '"childhood cancer"[tiab] OR "childhood cancers"[tiab]','effect',None,None,'harm',None),
("C768","Prenatal serotonin deficiency lowers the raphe serotonin transporter","a serotonin deficiency before birth lowers the serotonin transporter in the rat raphe nucleus",
 ("prenatal serotonin deficiency",['prenatal serotonin deficiency','prenatal deficiency of the serotonergic system','serotonin depletion','para-chlorophenylalanine','pCPA','serotonin deficiency']),
 ("serotonin transporter in the dorsal raphe",['serotonin transporter','5-HTT','SERT','5-NTT','serotonin transporter expression']),
 '"serotonin transporter"[tiab] OR "raphe"[tiab]','effect',None,None,'harm',None),
("C769","A rabbit monoclonal antibody ELISA measures cGMP","a rabbit monoclonal antibody lets an ELISA measure cGMP",
 ("rabbit monoclonal antibody against cGMP",['rabbit monoclonal antibody','RabMab','anti-cGMP antibody','monoclonal antibody against cGMP','competitive ELISA']),
 ("measurement of cGMP",['cGMP detection','cGMP measurement','detection of cGMP','sensitivity','detection limit','cGMP concentration']),
 'cGMP[tiab] AND (ELISA[tiab] OR antibody[tiab])','effect',None,None,'benefit',None),
("C770","An optimized immunohistochemistry protocol detects Netrin-1 in brain tissue","an optimized immunohistochemistry protocol detects Netrin-1 in brain tissue",
 ("optimized immunohistochemistry protocol",['immunohistochemistry protocol','optimized protocol','antigen retrieval','fluorescent immunohistochemistry','protocol optimization']),
 ("detection of Netrin-1",['Netrin-1 detection','Netrin-1 expression','Netrin-1 immunoreactivity','Netrin-1 staining','detecting Netrin-1']),
 'Netrin-1[tiab] OR netrin[tiab]','effect',None,None,'benefit',None),
("C771","Some reference genes stay steady in apoptotic MCF-7 cells","some reference genes keep steady in apoptotic MCF-7 cells",
 ("reference genes",['reference genes','housekeeping genes','GAPDH','beta-actin','β-actin','18S rRNA','B2M']),
 ("stable expression in apoptotic MCF-7 cells",['stable expression','expression stability','geNorm','NormFinder','normalization','most stable']),
 '"reference genes"[tiab] OR ("real-time PCR"[tiab] AND normaliz*[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
