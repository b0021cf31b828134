# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 28 (2026-12-03) at the session's start (code of acf76dd, session 27's end), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics next to them), before any
# project output or review for these claims existed. C360 and C371 are harm claims; C364, C367 and C369 are laboratory
# claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C360","Epidural analgesia can cause a spinal epidural abscess","epidural analgesia can cause a spinal epidural abscess",
 ("epidural analgesia",['epidural analgesia','epidural anaesthesia','epidural anesthesia','epidural catheter','peridural analgesia','spinal anaesthesia','spinal anesthesia']),
 ("spinal epidural abscess",['spinal epidural abscess','epidural abscess','peridural abscess','paraspinal abscess','spinal infection']),
 'epidural[tiab] AND abscess*[tiab] AND (analges*[tiab] OR anesthe*[tiab] OR anaesthe*[tiab] OR catheter*[tiab])','effect',None,None,'harm',None),
("C361","Annular repair reduces reherniation after lumbar discectomy","annular repair reduces reherniation after lumbar discectomy",
 ("annular repair",['annular repair','annulus repair','annular closure','annulus fibrosus repair','annular closure device']),
 ("reherniation after lumbar discectomy",['reherniation','recurrent disc herniation','recurrent lumbar disc herniation','reoperation','lumbar disc herniation']),
 '(annular[tiab] OR annulus[tiab]) AND (reherniation[tiab] OR recurren*[tiab] OR discectomy[tiab])','effect',None,None,'benefit',None),
("C362","Surgery relieves the pelvic pain of deep endometriosis","surgery relieves their pelvic pain",
 ("surgery",['surgery','conservative surgery','laparoscopic surgery','excision','surgical treatment','laparoscopy']),
 ("pelvic pain of deep endometriosis",['deep endometriosis','endometriosis','pelvic pain','dysmenorrhoea','dysmenorrhea','pain']),
 'endometriosis[tiab] AND (surg*[tiab] OR recurrence[tiab])','effect',None,None,'benefit',None),
("C363","Osteochondral allograft transplantation repairs knee cartilage defects","osteochondral allograft transplantation repairs cartilage defects of the knee",
 ("osteochondral allograft transplantation",['osteochondral allograft transplantation','osteochondral allograft','osteochondral allografts','fresh osteochondral allograft','cryopreserved osteochondral allograft']),
 ("knee cartilage defects",['cartilage defects of the knee','cartilage defects','cartilage defect','cartilage lesions','patellofemoral cartilage defects','chondral defects']),
 '"osteochondral allograft*"[tiab] AND (patell*[tiab] OR patellofemoral[tiab])','effect',None,None,'benefit',None),
("C364","3-Bromopyruvate kills cancer cells","3-bromopyruvate kills cancer cells",
 ("3-bromopyruvate",['3-bromopyruvate','3-BrPA','bromopyruvate']),
 ("cancer cells",['cancer cells','cancer','tumour cells','tumor cells','glioblastoma cells','chemoresistance']),
 '3-bromopyruvate[tiab] OR 3-BrPA[tiab]','effect',None,None,'benefit',None),
("C365","Pregabalin relieves uremic pruritus in haemodialysis patients","pregabalin relieves uremic pruritus",
 ("pregabalin",['pregabalin','gabapentinoid','gabapentinoids']),
 ("uremic pruritus",['uremic pruritus','uraemic pruritus','pruritus','itch','itching','haemodialysis patients','hemodialysis patients']),
 'pruritus[tiab]','effect',None,None,'benefit',None),
("C366","Autologous peripheral blood progenitor cells regenerate cartilage after subchondral drilling","autologous peripheral blood progenitor cells regenerate cartilage after subchondral drilling",
 ("autologous peripheral blood progenitor cells",['peripheral blood progenitor cells','peripheral blood stem cells','PBPC','PBSC','autologous peripheral blood progenitor cells']),
 ("cartilage regeneration after subchondral drilling",['cartilage regeneration','articular cartilage','cartilage repair','chondral defects','subchondral drilling','cartilage']),
 '("peripheral blood"[tiab] AND (progenitor*[tiab] OR "stem cell*"[tiab])) AND cartilage[tiab]','effect',None,None,'benefit',None),
("C367","Injectable hydrogels repair the degenerated intervertebral disc","injectable hydrogels repair the degenerated intervertebral disc",
 ("injectable hydrogels",['injectable hydrogels','hydrogel','hydrogels','injectable gel','bioadhesive','bioadhesives','peptide hydrogel']),
 ("degenerated intervertebral disc",['intervertebral disc','intervertebral disc degeneration','disc degeneration','intervertebral disc repair','nucleus pulposus','annulus fibrosus']),
 '"intervertebral disc"[tiab] AND (hydrogel*[tiab] OR gel[tiab] OR bioadhesive*[tiab] OR injectable[tiab])','effect',None,None,'benefit',None),
("C368","Epidural steroid injection relieves the pain of lumbar disc herniation","epidural steroid injection relieves the pain of lumbar disc herniation",
 ("epidural steroid injection",['epidural steroid injection','epidural steroid injections','epidural injection','epidural steroids','transforaminal epidural steroid injection']),
 ("pain of lumbar disc herniation",['lumbar disc herniation','disc herniation','radicular pain','sciatica','low back pain','pain']),
 '"epidural steroid*"[tiab] OR "epidural injection*"[tiab] OR "local anesthesia"[tiab]','effect',None,None,'benefit',None),
("C369","Paclitaxel kills oesophageal cancer cells","paclitaxel kills oesophageal cancer cells",
 ("paclitaxel",['paclitaxel','taxol']),
 ("oesophageal cancer cells",['oesophageal cancer','esophageal cancer','esophageal squamous cell carcinoma','oesophageal squamous cell carcinoma','gastroesophageal junction','cancer cells']),
 'paclitaxel[tiab]','effect',None,None,'benefit',None),
("C370","mTOR inhibitors control advanced prostate cancer","mTOR inhibitors control the disease",
 ("mTOR inhibitors",['mTOR inhibitors','mTOR inhibitor','rapamycin','everolimus','temsirolimus','rapalogs']),
 ("advanced prostate cancer",['advanced prostate cancer','prostate cancer','castration-resistant prostate cancer','prostate cancer cells']),
 'mTOR[tiab] AND (inhibitor*[tiab] OR rapamycin[tiab] OR everolimus[tiab])','effect',None,None,'benefit',None),
("C371","Fertility drugs can raise the risk of cancer","fertility drugs can raise the risk of cancer",
 ("fertility drugs",['fertility drugs','fertility drug','ovulation induction','clomiphene','clomiphene citrate','gonadotropins','infertility treatment']),
 ("cancer",['cancer','cancers','cancer risk','malignancy','malignancies','melanoma','thyroid cancer']),
 '("fertility drug*"[tiab] OR "ovulation induction"[tiab] OR clomiphene[tiab] OR "infertility treatment*"[tiab])','effect',None,None,'harm',None),
]
write_claims(C)
