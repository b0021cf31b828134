# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 30 (2026-12-03) after the session's rules of ba05e2f were committed, from titles of workshop-corpus
# records that no earlier set's or the catalog's query returns (and topics beside them), before any project output or
# review for these claims existed. C465, C466 and C467 are harm claims; C463, C464 and C467 laboratory
# claims; C458 an add-on claim. Synonyms name the claim's own therapy and condition, none broader (fresh38 C434's and fresh39 C447's error).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C456","Thiamine treats thiamine-responsive megaloblastic anaemia","thiamine treats thiamine-responsive megaloblastic anaemia",
 ("thiamine",['thiamine','thiamine supplementation','vitamin B1','high-dose thiamine']),
 ("thiamine-responsive megaloblastic anaemia",['thiamine-responsive megaloblastic anaemia','thiamine-responsive megaloblastic anemia','TRMA','Rogers syndrome']),
 'thiamine[tiab] OR "megaloblastic anemia"[tiab] OR "megaloblastic anaemia"[tiab]','effect',None,None,'benefit',None),
("C457","Surgical decompression restores function in cauda equina syndrome","surgical decompression restores function in cauda equina syndrome",
 ("surgical decompression",['surgical decompression','decompression surgery','decompressive surgery','laminectomy','emergency decompression']),
 ("cauda equina syndrome",['cauda equina syndrome','CES']),
 '"cauda equina"[tiab]','effect',None,None,'benefit',None),
("C458","Autologous conditioned plasma added to microfracture improves the repair of chondral defects","autologous conditioned plasma added to microfracture improves the repair of chondral defects",
 ("autologous conditioned plasma",['autologous conditioned plasma','autologous-conditioned plasma','ACP']),
 ("repair of chondral defects",['chondral defect','chondral defects','cartilage defect','cartilage defects','cartilage repair']),
 '"autologous conditioned plasma"[tiab] OR "autologous-conditioned plasma"[tiab]','effect',None,("microfracture",['microfracture','microfracturing']),'benefit',None),
("C459","Oesophagectomy cures oesophageal squamous cell cancer","oesophagectomy cures oesophageal squamous cell cancer",
 ("oesophagectomy",['oesophagectomy','esophagectomy','oesophageal resection','esophageal resection','multistage resection']),
 ("oesophageal squamous cell cancer",['oesophageal squamous cell cancer','esophageal squamous cell cancer','esophageal squamous cell carcinoma','oesophageal squamous cell carcinoma','ESCC']),
 'esophag*[tiab] OR oesophag*[tiab]','effect',None,None,'benefit',None),
("C460","Drainage cures brain abscesses","drainage cures brain abscesses",
 ("drainage of brain abscess",['aspiration','stereotactic aspiration','surgical drainage','drainage']),
 ("brain abscess",['brain abscess','brain abscesses','cerebral abscess','intracranial abscess']),
 '"brain abscess"[tiab] OR "brain abscesses"[tiab] OR "cerebral abscess"[tiab]','effect',None,None,'benefit',None),
("C461","Radical radiotherapy controls prostate cancer","radical radiotherapy controls prostate cancer",
 ("radical radiotherapy",['radical radiotherapy','external beam radiotherapy','radiotherapy','brachytherapy','radiation therapy']),
 ("prostate cancer",['prostate cancer','prostate carcinoma','prostatic adenocarcinoma']),
 '"prostate cancer"[tiab] OR "prostate carcinoma"[tiab]','effect',None,None,'benefit',None),
("C462","Debridement with antibiotics cures prosthetic joint infection","debridement with antibiotics cures prosthetic joint infection",
 ("debridement with antibiotics",['debridement','debridement, antibiotics and implant retention','DAIR','two-stage revision','surgical debridement']),
 ("prosthetic joint infection",['prosthetic joint infection','periprosthetic joint infection','prosthetic hip infection','infected total hip arthroplasty','PJI']),
 '"prosthetic hip infection"[tiab] OR "prosthetic joint infection"[tiab] OR periprosthetic[tiab]','effect',None,None,'benefit',None),
("C463","Ziyuglycoside I kills retinoblastoma cells","ziyuglycoside I kills retinoblastoma cells",
 ("ziyuglycoside I",['ziyuglycoside I','ziyuglycoside']),
 ("retinoblastoma cells",['retinoblastoma cells','retinoblastoma','WERI-Rb-1','Y79 cells']),
 'ziyuglycoside*[tiab] OR retinoblastoma[tiab]','effect',None,None,'benefit',None),
("C464","Cisplatin kills ovarian cancer cells","cisplatin kills ovarian cancer cells",
 ("cisplatin",['cisplatin','cis-diamminedichloroplatinum','CDDP']),
 ("ovarian cancer cells",['ovarian cancer cells','ovarian tumor cells','ovarian tumour cells','ovarian carcinoma cells','ovarian cancer']),
 'cisplatin[tiab]','effect',None,None,'benefit',None),
("C465","Psoriasis can cause depression and anxiety","psoriasis can cause depression and anxiety",
 ("psoriasis",['psoriasis','psoriatic disease','psoriatic arthritis']),
 ("depression and anxiety",['depression','anxiety','depressive symptoms','anxiety symptoms','psychological distress']),
 'psoriasis[tiab] OR psoriatic[tiab]','effect',None,None,'harm',None),
("C466","Chemotherapy for acute lymphoblastic leukaemia can cause invasive fungal infections","chemotherapy for acute lymphoblastic leukaemia can cause invasive fungal infections",
 ("chemotherapy for acute lymphoblastic leukaemia",['consolidation chemotherapy','induction chemotherapy','chemotherapy for acute lymphoblastic leukemia','chemotherapy for acute lymphoblastic leukaemia']),
 ("invasive fungal infections",['invasive fungal infection','invasive fungal infections','zygomycosis','mucormycosis','invasive aspergillosis','fungal epidural abscess']),
 '"lymphoblastic leukemia"[tiab] OR "lymphoblastic leukaemia"[tiab] OR zygomycosis[tiab]','effect',None,None,'harm',None),
("C467","Loss of PTEN drives lung carcinogenesis","loss of PTEN drives lung carcinogenesis",
 ("PTEN loss",['PTEN loss','loss of PTEN','PTEN deletion','PTEN knockout','PTEN deficiency','PTEN inactivation']),
 ("lung carcinogenesis",['lung carcinogenesis','lung cancer','lung tumorigenesis','lung adenocarcinoma','lung squamous cell carcinoma','lung tumors']),
 'PTEN[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
