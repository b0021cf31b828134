# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) after fresh65 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C742 a treatment claim; C743-C745 test claims; C746 a human harm claim; C747-C751 laboratory claims. Synonyms name
# the claim's own therapy and condition (for a laboratory claim the outcome it asserts), no parent condition, none
# lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C742","Surgical resection cures solitary fibrous tumours of the pleura","Surgical resection cures solitary fibrous tumours of the pleura",
 ("surgical resection",['surgical resection','resection','surgery','complete resection','surgical excision','thoracotomy','video-assisted thoracoscopic surgery','VATS']),
 ("solitary fibrous tumour of the pleura",['solitary fibrous tumor of the pleura','solitary fibrous tumour of the pleura','solitary fibrous tumors','solitary fibrous tumours','SFTP','pleural solitary fibrous tumor']),
 '"solitary fibrous"[tiab]','effect',None,None,'benefit',None),
("C743","Endoscopic ultrasound recognises an ectopic pancreas","Endoscopic ultrasound recognises an ectopic pancreas",
 ("endoscopic ultrasound",['endoscopic ultrasound','endoscopic ultrasonography','EUS','endosonography','EUS-guided fine-needle aspiration']),
 ("ectopic pancreas",['ectopic pancreas','heterotopic pancreas','aberrant pancreas','pancreatic rest','ectopic pancreatic tissue','pancreatic heterotopia']),
 '"ectopic pancreas"[tiab] OR "heterotopic pancreas"[tiab] OR "endoscopic ultrasonography"[tiab]','effect',None,None,'benefit',None),
("C744","Smoothelin staining tells muscularis propria from muscularis mucosae","Smoothelin staining tells the bladder's muscularis propria from its muscularis mucosae",
 ("smoothelin immunostaining",['smoothelin','smoothelin immunohistochemistry','smoothelin immunoreactivity','smoothelin staining','smoothelin expression']),
 ("telling muscularis propria from muscularis mucosae",['muscularis propria','muscularis mucosae','detrusor muscle','muscle invasion','staging of bladder cancer']),
 'smoothelin[tiab] OR "muscularis mucosae"[tiab]','effect',None,None,'benefit',None),
("C745","A food frequency questionnaire validly measures children's diet","A food frequency questionnaire measures children's habitual diet validly",
 ("food frequency questionnaire",['food frequency questionnaire','FFQ','semi-quantitative food frequency questionnaire','dietary questionnaire']),
 ("valid measurement of children's habitual diet",['validity','validation','reproducibility','dietary intake','habitual diet','correlation with dietary records','agreement']),
 '"food frequency questionnaire"[tiab] OR (dietary[tiab] AND validation[tiab])','effect',None,None,'benefit',None),
("C746","Persisting symptoms after a schizophrenia exacerbation impair functioning","Symptoms that persist after an acute exacerbation of schizophrenia impair a patient's socio-occupational functioning",
 ("persisting symptoms after an acute exacerbation of schizophrenia",['residual symptoms','persistent symptoms','negative symptoms','positive symptoms','symptom severity','psychopathology','PANSS']),
 ("socio-occupational functioning",['socio-occupational functioning','social functioning','occupational functioning','functioning','well-being','disability','global functioning']),
 'schizophrenia[tiab] AND (functioning[tiab] OR "well-being"[tiab])','effect',None,None,'harm',None),
("C747","CK2 keeps STAT3 phosphorylated in CLL cells","CK2 keeps STAT3 phosphorylated in chronic lymphocytic leukaemia cells",
 ("CK2",['CK2','casein kinase 2','casein kinase II','CK2α','protein kinase CK2']),
 ("constitutive STAT3 phosphorylation",['STAT3 phosphorylation','phosphorylated STAT3','pSTAT3','serine 727 phosphorylation','STAT3 activation','constitutive phosphorylation of STAT3']),
 'STAT3[tiab] OR CK2[tiab]','effect',None,None,'harm',None),
("C748","BIG3 drives oestrogen signalling in breast cancer cells","BIG3 drives oestrogen signalling in breast cancer cells",
 ("BIG3",['BIG3','brefeldin A-inhibited guanine nucleotide-exchange protein 3','BIG3-PHB2 complex','ARFGEF3']),
 ("oestrogen signalling in breast cancer cells",['oestrogen signalling','estrogen signaling','ERα activation','estrogen receptor alpha activity','E2-dependent growth','oestrogen-dependent growth']),
 'BIG3[tiab] OR (oestrogen[tiab] AND breast[tiab]) OR (estrogen[tiab] AND "breast cancer cells"[tiab])','effect',None,None,'harm',None),
("C749","Campylobacter jejuni survives in water","Campylobacter jejuni survives for weeks in water",
 ("Campylobacter jejuni",['Campylobacter jejuni','C. jejuni','Campylobacter','Campylobacter strains']),
 ("survival in water",['survival in water','water survival','culturability','persistence in water','survival','viable but non-culturable']),
 'Campylobacter[tiab]','effect',None,None,'harm',None),
("C750","mTOR signalling drives primary CNS lymphoma","mTOR signalling drives primary central nervous system lymphoma",
 ("mTOR signalling",['mTOR','mTOR pathway','mTOR activity','mTOR signaling','mammalian target of rapamycin','p-mTOR','mTORC1']),
 ("primary central nervous system lymphoma",['primary central nervous system lymphoma','PCNSL','primary CNS lymphoma','CNS lymphoma','cerebral lymphoma']),
 'mTOR[tiab] AND lymphoma[tiab]','effect',None,None,'harm',None),
("C751","Commercial antibodies detect dysferlin in skeletal muscle","commercial antibodies detect dysferlin in skeletal muscle",
 ("commercial dysferlin antibodies",['dysferlin antibodies','anti-dysferlin antibodies','monoclonal antibodies','polyclonal antibodies','commercial antibodies']),
 ("detection of dysferlin in skeletal muscle",['dysferlin detection','dysferlin immunostaining','dysferlin staining','dysferlin deficiency','immunoblotting','dysferlin expression']),
 'dysferlin[tiab] OR (antibod*[tiab] AND "skeletal muscle"[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
