# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# brucellosis and breast abscess (a case report, PMID 16848852, of a breast abscess drained by needle aspiration after
# brucellar vertebral abscess, among brucellar spondylitis, spondylodiscitis, psoas-abscess and epidural-abscess
# records), severe group A streptococcal infection and deep venous thrombosis (a case report, PMID 16768981, of calf vein
# thrombosis progressing to iliofemoral thrombosis with a streptococcal iliopsoas abscess, among Lemierre syndrome cases,
# a psoas abscess with iliac vein thrombosis, a melioidosis series and knee-surgery records mentioning thrombosis),
# antibiotics for early-stage immunoproliferative small intestinal disease (an IPSID review, PMID 15542584, giving 30-70%
# complete remission with antibiotics, among a Rhodococcus infection in Hodgkin lymphoma and a BIM interactome record),
# a synthetic DNA vaccine encoding hepatitis B core antigen and liver immunity in mice (PMID 23037809, with T-cell,
# antibody and cytotoxic responses and protection from liver transfection, among HBV RNA interference, lentivirus and
# gene-therapy records and hepatocellular carcinoma records), endoscopic papillotomy for papillary stenosis (a 59-patient
# series, PMID 125, in which papillary stenosis without stones was treated successfully in eight of 11, among a CA19-9
# jaundice study, a neopterin pancreatic cancer study and a laparoscopic staging study) and thoracic sympathicotomy and
# plantar hyperhidrosis (a 56-patient single-port series, PMID 26702233, with plantar sweating reduced in 33 of 34, among
# a dorsal-hyperhidrosis epidural abscess, a psoas abscess and a baboon cerebral blood flow record).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1229", "Brucellosis can cause a breast abscess",
 "Brucellosis, the fever caught from farm animals and raw milk, can cause an abscess in the breast",
 ("brucellosis", ['brucellosis', 'human brucellosis', 'Brucella']),
 ("breast abscess", ['breast abscess', 'breast abscess caused by human brucellosis', 'mass in her left breast']),
 'brucell*[tiab] AND (abscess*[tiab] OR breast[tiab] OR mastitis[tiab])', 'effect', None, None, 'harm', None),
("C1230", "Severe group A streptococcal infection can cause deep venous thrombosis",
 "A severe strep infection can bring on a blood clot in the deep veins of the leg",
 ("severe group A streptococcal infection", ['severe infection with group A streptococci', 'group A streptococci', 'infection of the pharynx',
                                            'abscess of the iliopsoas muscle caused by group A streptococci']),
 ("deep venous thrombosis", ['deep venous thrombosis', 'thrombosis', 'deep venous thrombosis of the right calf muscle',
                            'thrombosis of the right iliac and femoral veins']),
 '("deep vein thrombosis"[tiab] OR "venous thrombosis"[tiab] OR "vein thrombosis"[tiab] OR thrombophlebitis[tiab] OR Lemierre*[tiab]) OR '
 '(thrombosis[tiab] AND streptococc*[tiab])', 'effect', None, None, 'harm', None),
("C1231", "Antibiotics induce remission of early-stage immunoproliferative small intestinal disease",
 "Antibiotics alone can put an early-stage lymphoma of the small intestine, linked to a gut germ, into remission",
 ("antibiotics", ['antibiotics', 'antibiotic treatment']),
 ("immunoproliferative small intestinal disease", ['immunoproliferative small intestinal disease', 'IPSID', 'early-stage IPSID',
                                                  'IPSID lymphomas']),
 'IPSID[tiab] OR immunoproliferative[tiab] OR (lymphoma*[tiab] AND (antibiotic*[tiab] OR Campylobacter[tiab] OR Helicobacter[tiab] OR '
 'infectious[tiab] OR MALT[tiab]))', 'effect', None, None, 'benefit', None),
("C1232", "A synthetic DNA vaccine encoding hepatitis B core antigen induces protective liver immunity in mice",
 "In mice, a DNA vaccine against the core of the hepatitis B virus builds immune defences in the liver and protects it",
 ("synthetic hepatitis B core antigen DNA vaccine", ['synthetic DNA vaccine', 'synthetic DNA immunogen encoding hepatitis B core antigen',
                                                    'HBcAg', 'intramuscular vaccination']),
 ("hepatitis B immunity in the liver", ['immune response in liver', 'antigen-specific T cell and high titer antibody responses',
                                       'cytotoxic responses', 'protection from HBcAg plasmid-based liver transfection', 'hepatitis B virus']),
 '"hepatitis B"[tiab] OR HBV[tiab] OR HBcAg[tiab] OR "DNA vaccine*"[tiab]', 'effect', None, None, 'benefit', ['mouse']),
("C1233", "Endoscopic papillotomy relieves papillary stenosis",
 "Cutting open the outlet of the bile duct through an endoscope relieves a narrowed bile duct opening",
 ("endoscopic papillotomy", ['endoscopic papillotomy', 'papillotomy', 'roof of the papilla was incised',
                            'high-frequency diathermy knife introduced via a duodenoscope']),
 ("papillary stenosis", ['papillary stenosis', 'papillary stenosis without ductal stones']),
 'papillotom*[tiab] OR sphincterotom*[tiab] OR gallstone*[tiab] OR "gall stones"[tiab] OR choledocholithiasis[tiab] OR "papillary stenosis"[tiab] OR '
 '(jaundice[tiab] AND (obstructive[tiab] OR extrahepatic[tiab]))', 'effect', None, None, 'benefit', None),
("C1234", "Thoracic sympathicotomy for palmar hyperhidrosis also reduces plantar hyperhidrosis",
 "Cutting the sweat nerve chain in the chest for sweaty hands also dries sweaty feet",
 ("thoracic sympathicotomy", ['single-port microthoracoscopic thoracic sympathicotomy', 'thoracic sympathicotomy', 'sympathicotomy',
                             'the sympathetic chain was cut']),
 ("plantar hyperhidrosis", ['plantar hyperhidrosis', 'plantar and axillary hyperhidrosis', 'plantar hyperhidrosis was also significantly reduced']),
 'hyperhidrosis[tiab] OR sympathicotomy[tiab] OR sympathectomy[tiab] OR sweating[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
