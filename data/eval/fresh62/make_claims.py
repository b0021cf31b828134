# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 36 (2026-12-04) after fresh61 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw, and topics beside them), before any project output or review for
# these claims existed. C702 a learning claim; C703 and C707 human harm claims; C704, C705 marker claims; C706 a tool
# claim; C708 a treatment claim; C709-C711 laboratory claims. Synonyms name the claim's own therapy and condition (for a
# laboratory claim the outcome it asserts), no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C702","Dense phonological neighbourhoods speed word learning in phonological delay","children with phonological delay learn new words faster from dense phonological neighbourhoods",
 ("dense phonological neighbourhoods",['dense neighborhoods','dense neighbourhoods','high neighborhood density','high neighbourhood density','neighborhood density','dense phonological neighborhoods']),
 ("word learning in children with phonological delay",['word learning','lexical learning','learning new words','phonological delay','word learning in children with phonological delay']),
 '"phonological delay"[tiab] OR "neighborhood density"[tiab] OR "word learning"[tiab]','effect',None,None,'benefit',None),
("C703","Tuberculosis can cause a reactive arthritis","tuberculosis can bring on an inflammatory arthritis without infecting the joint",
 ("tuberculosis",['tuberculosis','TB','Mycobacterium tuberculosis','tubercular infection','pulmonary tuberculosis','extrapulmonary tuberculosis']),
 ("reactive arthritis",["Poncet's disease",'Poncet disease','tubercular rheumatism','reactive arthritis','polyarthritis','inflammatory arthritis']),
 'Poncet*[tiab] OR "tubercular rheumatism"[tiab] OR "reactive arthritis"[tiab]','effect',None,None,'harm',None),
("C704","Pancreatic cancers lose part of chromosome arm 1p","pancreatic cancers lose a stretch of chromosome arm 1p",
 ("pancreatic cancer",['pancreatic cancer','pancreatic cancers','pancreatic carcinoma','pancreatic adenocarcinoma','pancreatic ductal adenocarcinoma']),
 ("loss of chromosome arm 1p",['1p deletion','1p deletions','deletion of 1p','loss of 1p','1p loss','1p35','1p36','loss of heterozygosity on 1p','deletion mapping of chromosome arm 1p']),
 '"chromosome 1p"[tiab] OR "1p35"[tiab] OR "1p36"[tiab]','effect',None,None,'harm',None),
("C705","Pancreatic cancers carry FHIT gene alterations","pancreatic cancers carry alterations of the FHIT gene",
 ("pancreatic cancer",['pancreatic cancer','pancreatic cancers','pancreatic carcinoma','pancreatic adenocarcinoma','pancreatic ductal adenocarcinoma']),
 ("FHIT gene alterations",['FHIT alterations','FHIT gene alterations','aberrant FHIT transcripts','FHIT deletions','loss of FHIT expression','FHIT loss','altered FHIT']),
 'FHIT[tiab]','effect',None,None,'harm',None),
("C706","ROBIS reliably assesses risk of bias in systematic reviews","ROBIS assesses the risk of bias of systematic reviews reliably",
 ("ROBIS",['ROBIS','ROBIS tool','Risk Of Bias In Systematic reviews']),
 ("reliable assessment of risk of bias in systematic reviews",['inter-rater reliability','interrater reliability','reliability','agreement','risk of bias in systematic reviews','validity']),
 'ROBIS[tiab] OR "risk of bias"[tiab]','effect',None,None,'benefit',None),
("C707","A perforated sigmoid colon can cause a psoas abscess","a perforated sigmoid colon can cause a psoas abscess",
 ("sigmoid colon perforation",['sigmoid colon perforation','sigmoid perforation','perforated sigmoid colon','colonic perforation','colon perforation','perforated diverticulitis']),
 ("psoas abscess",['psoas abscess','psoas abscesses','iliopsoas abscess','psoas collection','secondary psoas abscess']),
 'psoas[tiab] AND (colon[tiab] OR perforat*[tiab])','effect',None,None,'harm',None),
("C708","Cardiac leiomyosarcoma is treated by surgical resection","cardiac leiomyosarcoma is treated by surgical resection",
 ("surgical resection",['surgical resection','resection','surgery','surgical excision','complete resection','tumour resection','tumor resection']),
 ("cardiac leiomyosarcoma",['cardiac leiomyosarcoma','leiomyosarcoma of the heart','primary cardiac leiomyosarcoma','cardiac sarcoma']),
 '"cardiac tumor"[tiab] OR "cardiac tumors"[tiab] OR leiomyosarcoma[tiab]','effect',None,None,'benefit',None),
("C709","CDK1 phosphorylation of PBK holds back its oncogenic activity","CDK1 phosphorylation of PBK during mitosis holds back its oncogenic activity",
 ("CDK1 phosphorylation of PBK",['CDK1-mediated phosphorylation','CDK1 phosphorylation','phosphorylation of PBK','PBK phosphorylation','phosphorylated PBK','mitotic phosphorylation']),
 ("oncogenic activity of PBK",['oncogenic activity','tumorigenesis','transformation','tumor growth','colony formation','cell proliferation']),
 'PBK[tiab] OR TOPK[tiab] OR CDK1[tiab]','effect',None,None,'benefit',None),
("C710","Insect molting fluid proteins protect the insect during ecdysis","the proteins of insect molting fluid protect the insect during ecdysis",
 ("molting fluid proteins",['molting fluid proteins','molting fluid','moulting fluid','ecdysial fluid','molting fluid protein']),
 ("protection during ecdysis",['ecdysis','protection','successful ecdysis','molting','moulting','cuticle degradation','immune defense']),
 'molting[tiab] OR moulting[tiab] OR ecdysis[tiab]','effect',None,None,'benefit',None),
("C711","An anti-RANKL rabbit monoclonal antibody binds isocitrate dehydrogenase","a rabbit monoclonal antibody raised against RANKL binds isocitrate dehydrogenase instead",
 ("rabbit monoclonal antibody against RANKL",['ab124797','anti-RANKL antibody','rabbit monoclonal antibody','RANKL antibody','monoclonal antibody against RANKL']),
 ("binding of isocitrate dehydrogenase",['isocitrate dehydrogenase','IDH','IDH1','cross-reactivity','preferential recognition','non-specific binding']),
 'RANKL[tiab] OR "isocitrate dehydrogenase"[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
