# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 29 (2026-12-03) after the session's rules were committed (code of ad36fb8), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before any
# project output or review for these claims existed. C425 and C427 are harm claims; C423 and C424 laboratory claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C420","Amnion-derived products help cartilage repair in knee osteoarthritis","amnion-derived products help cartilage repair",
 ("amnion-derived products",['amnion-derived products','amniotic membrane','amnion hydrogel','amnion mesenchymal cells','amniotic suspension allograft','amniotic fluid']),
 ("cartilage repair in knee osteoarthritis",['cartilage repair','cartilage regeneration','osteoarthritis','osteochondral regeneration','inflammation']),
 'amnion[tiab] OR amniotic[tiab]','effect',None,None,'benefit',None),
("C421","Complementary and alternative medicine improves the wellbeing of people with cancer","complementary and alternative medicine improves their wellbeing",
 ("complementary and alternative medicine",['complementary and alternative medicine','CAM','complementary medicine','alternative medicine','traditional Chinese medicine']),
 ("wellbeing of people with cancer",['cancer patients','patients with cancer','quality of life','wellbeing','well-being']),
 '"complementary and alternative medicine"[tiab]','effect',None,None,'benefit',None),
("C422","Hard drinking water lowers pancreatic cancer mortality","hard drinking water lowers pancreatic cancer mortality",
 ("hard drinking water",['hard drinking water','water hardness','total hardness','drinking water hardness','calcium and magnesium in drinking water']),
 ("pancreatic cancer mortality",['pancreatic cancer mortality','pancreatic cancer','pancreatic cancer deaths']),
 'hardness[tiab] OR "drinking water"[tiab]','effect',None,None,'benefit',None),
("C423","LDHA inhibition kills cancer cells","LDHA inhibition kills cancer cells",
 ("LDHA inhibition",['LDHA inhibition','LDHA inhibitor','LDHA knockdown','lactate dehydrogenase A inhibition','GSK2837808A','FX11']),
 ("cancer cells",['cancer cells','cancer cell survival','tumor cells','tumour cells','cell death','apoptosis']),
 'LDHA[tiab] OR "lactate dehydrogenase A"[tiab]','effect',None,None,'benefit',None),
("C424","Myricetin protects nucleus pulposus cells from senescence","myricetin protects nucleus pulposus cells from senescence",
 ("myricetin",['myricetin']),
 ("senescence of nucleus pulposus cells",['nucleus pulposus cells','cellular senescence','senescence','intervertebral disc degeneration']),
 'myricetin[tiab] OR (senescence[tiab] AND "nucleus pulposus"[tiab])','effect',None,None,'benefit',None),
("C425","Betel nut chewing can cause oral cancer","betel nut chewing can cause oral cancer",
 ("betel nut chewing",['betel nut chewing','betel nut','betel quid','areca nut','areca nut chewing']),
 ("oral cancer",['oral cancer','oral squamous cell carcinoma','oral submucous fibrosis','oral premalignant lesions','head and neck cancer']),
 'betel[tiab] OR areca[tiab]','effect',None,None,'harm',None),
("C426","Ibuprofen relieves pain safely after cardiac surgery","ibuprofen relieves pain safely",
 ("ibuprofen",['ibuprofen','NSAIDs','non-steroidal anti-inflammatory drugs']),
 ("pain after cardiac surgery",['pain after cardiac surgery','postoperative pain','pain','cardiac surgery','analgesia']),
 'ibuprofen[tiab]','effect',None,None,'benefit',None),
("C427","Cervical sublaminar wires can migrate into the skull","cervical sublaminar wires can migrate into the skull",
 ("cervical sublaminar wires",['sublaminar wires','sublaminar wiring','interspinous wires','cervical wiring','posterior wiring']),
 ("intracranial migration",['intracranial migration','migration','cerebellar abscess','intracranial penetration']),
 'sublaminar[tiab] OR interspinous[tiab]','effect',None,None,'harm',None),
("C428","Evidence-based medications after myocardial infarction lower mortality","evidence-based medications lower mortality",
 ("evidence-based medications",['evidence-based medications','evidence-based medication','secondary prevention medications','beta-blockers','statins','antiplatelet therapy','prophylactic antiarrhythmic drug therapy']),
 ("mortality after myocardial infarction",['myocardial infarction','acute myocardial infarction','mortality','death','NSTEMI']),
 '"myocardial infarction"[tiab]','effect',None,None,'benefit',None),
("C429","All-inside meniscal repair devices hold the repair of torn menisci","all-inside meniscal repair devices hold the repair",
 ("all-inside meniscal repair devices",['all-inside meniscal repair devices','all-inside meniscal repair','RapidLoc','FasT-Fix','meniscal repair device','meniscal repair devices']),
 ("torn menisci",['meniscal tears','meniscus tears','torn menisci','meniscal lesions','meniscus lesions','meniscal repair']),
 '"meniscal repair"[tiab]','effect',None,None,'benefit',None),
("C430","Chondrocyte implantation in a fibrin-hyaluronan matrix repairs knee cartilage defects","chondrocyte implantation in a fibrin-hyaluronan matrix repairs cartilage defects",
 ("chondrocyte implantation in a fibrin-hyaluronan matrix",['fibrin-hyaluronan matrix','chondrocyte implantation with a fibrin-hyaluronan matrix','fibrin-hyaluronan','Hyalograft C','hyaluronan-based scaffold']),
 ("knee cartilage defects",['cartilage defects','chondral lesions','chondral defects','cartilage lesions','osteochondral defects']),
 'fibrin-hyaluronan[tiab] OR (fibrin[tiab] AND hyaluron*[tiab] AND chondrocyte*[tiab])','effect',None,None,'benefit',None),
("C431","Neem leaf extract prevents breast cancer","neem leaf extract prevents breast cancer",
 ("neem leaf extract",['neem leaf extract','neem','Azadirachta indica','ethanolic neem leaf fraction']),
 ("breast cancer",['breast cancer','mammary carcinogenesis','mammary tumors','mammary tumours','mammary carcinoma']),
 'neem[tiab] OR Azadirachta[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
