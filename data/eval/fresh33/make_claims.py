# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 28 (2026-12-03) after the session's rules were committed (code of c0f721d), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before any
# project output or review for these claims existed. C378, C381 and C383 are harm claims; C372, C374, C378 and C379 are
# laboratory claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C372","Flavanols from Japanese quince suppress inflammation","flavanols from Japanese quince suppress inflammation",
 ("flavanols from Japanese quince",['Japanese quince','Chaenomeles japonica','flavanols','quince flavanols','procyanidins']),
 ("inflammation",['inflammation','cyclooxygenase-2','COX-2','NF-kappaB','nuclear factor-kappaB','metalloproteinase-9']),
 'quince[tiab] OR Chaenomeles[tiab] OR flavanol*[tiab]','effect',None,None,'benefit',None),
("C373","A routine digital rectal examination detects injuries in trauma patients","a routine digital rectal examination detects their injuries",
 ("routine digital rectal examination",['digital rectal examination','digital rectal examinations','DRE','rectal examination']),
 ("injuries in trauma patients",['trauma patients','trauma','injuries','spinal cord injury','rectal injury','urethral injury']),
 '"digital rectal"[tiab]','effect',None,None,'benefit',None),
("C374","Cyclodextrin nanoparticles improve drug delivery","cyclodextrin nanoparticles improve drug delivery",
 ("cyclodextrin nanoparticles",['cyclodextrin nanoparticles','cyclodextrin','cyclodextrins','cyclodextrin-based nanoparticles']),
 ("drug delivery",['drug delivery','drug delivery systems','bioavailability','drug solubility']),
 'cyclodextrin*[tiab]','effect',None,None,'benefit',None),
("C375","Chitosan-based scaffolds repair hip cartilage defects","chitosan-based scaffolds repair cartilage defects of the hip",
 ("chitosan-based scaffolds",['chitosan-based scaffold','chitosan-based scaffolds','chitin-based scaffold','chitosan','BST-CarGel','chitosan-glycerol phosphate']),
 ("hip cartilage defects",['cartilage defects of the hip','acetabular chondral defects','acetabular cartilage lesions','femoral head cartilage defects','cartilage defects','chondral defects']),
 '(chitin[tiab] OR chitosan[tiab]) AND ("femoral head"[tiab] OR hip[tiab])','effect',None,None,'benefit',None),
("C376","Antituberculous chemotherapy cures spinal tuberculosis","antituberculous chemotherapy cures the disease",
 ("antituberculous chemotherapy",['antituberculous chemotherapy','antituberculous therapy','anti-tuberculosis therapy','chemotherapy','antitubercular drugs']),
 ("spinal tuberculosis",['spinal tuberculosis','skeletal tuberculosis','tuberculous spondylitis',"Pott's disease",'lumbar tuberculosis']),
 'tubercul*[tiab] AND (skeletal[tiab] OR spinal[tiab] OR spondylitis[tiab]) AND chemotherap*[tiab]','effect',None,None,'benefit',None),
("C377","Preventive antiepileptic treatment prevents epilepsy in infants with tuberous sclerosis","preventive antiepileptic treatment prevents epilepsy",
 ("preventive antiepileptic treatment",['preventive antiepileptic treatment','antiepileptic treatment','antiepileptic drugs','vigabatrin','preventive treatment']),
 ("epilepsy in infants with tuberous sclerosis",['tuberous sclerosis complex','tuberous sclerosis','epilepsy','seizures','infantile spasms']),
 '"tuberous sclerosis"[tiab]','effect',None,None,'benefit',None),
("C378","Lead exposure can cause tau hyperphosphorylation","lead exposure can cause tau hyperphosphorylation",
 ("lead exposure",['lead exposure','lead','Pb','lead acetate']),
 ("tau hyperphosphorylation",['tau hyperphosphorylation','tau phosphorylation','tau','neurodegeneration']),
 'lead[tiab] AND tau[tiab]','effect',None,None,'harm',None),
("C379","Camptothecin kills breast cancer cells","camptothecin kills breast cancer cells",
 ("camptothecin",['camptothecin','topotecan','irinotecan','topoisomerase I inhibitor']),
 ("breast cancer cells",['breast cancer cells','breast cancer','MCF7','MCF-7','cancer cells']),
 'camptothecin[tiab] OR staurosporine[tiab]','effect',None,None,'benefit',None),
("C380","Traditional Chinese medicine improves the wellbeing of people with cancer","traditional Chinese medicine improves their wellbeing",
 ("traditional Chinese medicine",['traditional Chinese medicine','TCM','Chinese herbal medicine','herbal medicine']),
 ("wellbeing of people with cancer",['cancer patients','cancer','quality of life','wellbeing','well-being','symptoms']),
 '"traditional Chinese medicine"[tiab]','effect',None,None,'benefit',None),
("C381","Anterior cervical spine surgery can cause oesophageal rupture","anterior cervical spine surgery can cause oesophageal rupture",
 ("anterior cervical spine surgery",['anterior cervical spine surgery','anterior cervical discectomy and fusion','ACDF','anterior cervical fusion','cervical spine surgery']),
 ("oesophageal rupture",['oesophageal rupture','esophageal rupture','esophageal perforation','oesophageal perforation','esophageal injury']),
 '(esophag*[tiab] OR oesophag*[tiab]) AND (perforat*[tiab] OR rupture*[tiab])','effect',None,None,'harm',None),
("C382","Radiotherapy controls nasopharyngeal carcinoma","radiotherapy controls nasopharyngeal carcinoma",
 ("radiotherapy",['radiotherapy','radiation therapy','chemoradiotherapy','intensity-modulated radiotherapy','IMRT']),
 ("nasopharyngeal carcinoma",['nasopharyngeal carcinoma','nasopharyngeal cancer','NPC']),
 'nasopharyngeal[tiab]','effect',None,None,'benefit',None),
("C383","Temporal lobectomy can cause mood disorders","temporal lobectomy can cause mood disorders",
 ("temporal lobectomy",['temporal lobectomy','anterior temporal lobectomy','amygdalohippocampectomy','epilepsy surgery']),
 ("mood disorders",['mood disorders','organic mood disorder','depression','mania','psychiatric complications']),
 'lobectomy[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
