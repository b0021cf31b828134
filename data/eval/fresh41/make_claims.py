# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 30 (2026-12-03) after the rules of e874d73 were committed, from titles of workshop-corpus records
# that no earlier set's or the catalog's query returns (and topics beside them), before any project output or review for
# these claims existed. C475-C479 are harm claims; C473, C474, C475, C476 laboratory claims (C477 an animal one).
# Synonyms name the claim's own therapy and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C468","Liver transplantation cures alcoholic liver disease","liver transplantation cures alcoholic liver disease",
 ("liver transplantation",['liver transplantation','liver transplant','orthotopic liver transplantation','hepatic transplantation']),
 ("alcoholic liver disease",['alcoholic liver disease','alcoholic cirrhosis','alcohol-related liver disease','alcoholic hepatitis']),
 '"liver transplantation"[tiab] OR "alcoholic liver disease"[tiab]','effect',None,None,'benefit',None),
("C469","A labour epidural converts reliably to anaesthesia for caesarean section","a labour epidural converts reliably to anaesthesia for caesarean section",
 ("labour epidural",['labour epidural','labor epidural','labor epidural analgesia','labour epidural analgesia','epidural top-up','extension of labor epidural']),
 ("anaesthesia for caesarean section",['anaesthesia for caesarean section','surgical anesthesia','surgical anaesthesia','cesarean section','caesarean section','cesarean delivery']),
 'epidural[tiab] AND (cesarean[tiab] OR caesarean[tiab] OR labor[tiab] OR labour[tiab])','effect',None,None,'benefit',None),
("C470","The Clagett procedure cures postpneumonectomy empyema","the Clagett procedure cures postpneumonectomy empyema",
 ("Clagett procedure",['Clagett procedure','open window thoracostomy','thoracomyoplasty','Clagett']),
 ("postpneumonectomy empyema",['postpneumonectomy empyema','post-pneumonectomy empyema','empyema after pneumonectomy','bronchopleural fistula']),
 'empyema[tiab] OR Clagett[tiab]','effect',None,None,'benefit',None),
("C471","Anti-tuberculosis drugs cure tubercular osteomyelitis","anti-tuberculosis drugs cure tubercular osteomyelitis",
 ("anti-tuberculosis drugs",['anti-tuberculosis drugs','antituberculosis drugs','anti-tubercular therapy','antitubercular treatment','anti-tuberculous chemotherapy','antituberculous therapy','isoniazid','rifampicin']),
 ("tubercular osteomyelitis",['tubercular osteomyelitis','tuberculous osteomyelitis','skeletal tuberculosis','osteoarticular tuberculosis','spinal tuberculosis']),
 'tubercul*[tiab] AND osteomyelitis[tiab]','effect',None,None,'benefit',None),
("C472","Dry needling relieves the pain of lumbar disc herniation","dry needling relieves the pain of lumbar disc herniation",
 ("dry needling",['dry needling','needling','sinew-bone three needling']),
 ("pain of lumbar disc herniation",['lumbar disc herniation','lumbar disc herniation pain','sciatica','radicular pain']),
 'needling[tiab] OR acupuncture[tiab]','effect',None,None,'benefit',None),
("C473","Capsaicin protects the stomach lining against Helicobacter pylori","capsaicin protects the stomach lining against Helicobacter pylori",
 ("capsaicin",['capsaicin','chilli pepper']),
 ("stomach lining damage from Helicobacter pylori",['Helicobacter pylori','H. pylori','gastric mucosal damage','gastric mucosal injury','gastritis']),
 'capsaicin[tiab]','effect',None,None,'benefit',None),
("C474","Blocking karyopherin beta 1 kills cancer cells","blocking karyopherin beta 1 kills cancer cells",
 ("karyopherin beta 1 inhibition",['karyopherin beta 1 inhibition','Kpnβ1 inhibition','Kpnbeta1 inhibition','importin beta 1 inhibition','KPNB1 knockdown','Kpnβ1 knockdown','INI-43']),
 ("cancer cells",['cancer cells','cancer cell death','tumour cells','tumor cells']),
 'karyopherin*[tiab] OR importin*[tiab] OR Kpnbeta1[tiab]','effect',None,None,'benefit',None),
("C475","Protein kinase C-zeta drives colorectal carcinogenesis","protein kinase C-zeta drives colorectal carcinogenesis",
 ("protein kinase C-zeta",['protein kinase C-zeta','protein kinase C-ζ','PKC-ζ','PKC-zeta','PKCζ','PKCzeta']),
 ("colorectal carcinogenesis",['colorectal carcinogenesis','colorectal cancer','colon cancer','colorectal tumorigenesis']),
 '"protein kinase C"[tiab] OR PKC[tiab]','effect',None,None,'harm',None),
("C476","Sepsis injures the kidney's tubules","sepsis injures the kidney's tubules",
 ("sepsis",['sepsis','septic shock','endotoxemia','cecal ligation and puncture']),
 ("kidney tubular injury",['tubular injury','tubular epithelial cell injury','acute kidney injury','septic acute kidney injury','tubular epithelial cells']),
 'sepsis[tiab] AND (kidney[tiab] OR renal[tiab])','effect',None,None,'harm',None),
("C477","Social defeat stress causes depression-like behaviour","social defeat stress causes depression-like behaviour",
 ("social defeat stress",['social defeat stress','social defeat','vicarious social defeat','chronic social defeat stress']),
 ("depression-like behaviour",['depression-like behaviour','depression-like behavior','depressive-like behavior','anhedonia','social avoidance']),
 '"social defeat"[tiab]','effect',None,None,'harm',None),
("C478","Estrogen receptor alpha mutations drive resistance to hormone therapy in breast cancer","estrogen receptor alpha mutations drive resistance to hormone therapy in breast cancer",
 ("estrogen receptor alpha mutations",['ESR1 mutation','ESR1 mutations','ESR1 Y537S','Y537S mutation','estrogen receptor alpha mutations','ERα mutations']),
 ("resistance to hormone therapy in breast cancer",['endocrine resistance','endocrine therapy resistance','hormone therapy resistance','resistance to tamoxifen','resistance to aromatase inhibitors','metastatic breast cancer']),
 'ESR1[tiab] OR "estrogen receptor alpha"[tiab]','effect',None,None,'harm',None),
("C479","Systemic illness can cause catatonia in children","systemic illness can cause catatonia in children",
 ("systemic illness",['systemic illness','systemic infection','autoimmune encephalitis','systemic lupus erythematosus','medical illness']),
 ("catatonia in children",['catatonia','pediatric catatonia','paediatric catatonia','catatonic syndrome']),
 'catatonia[tiab] OR catatonic[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
