# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# drilling and juvenile osteochondritis dissecans of the knee (a technical note, a surgeons' survey, a large case series,
# a multicentre series and reviews), bone marrow aspirate concentrate and cartilage damage in the hip (two technical
# notes and a knee cohort that uses the concentrate), non-weight-bearing compared with weight-bearing as tolerated after
# osteochondral autograft transfer (a retrospective comparative study among series, reviews and animal records that
# mention weight-bearing), flutamide and survival in pancreatic cancer (two letters on a trial and a prostate cancer
# study), the number of retrieved oocytes and ectopic pregnancy (a registry cohort and two IVF cohorts) and coughing and
# cerebral air embolism (case reports and a case series after lung and liver biopsy).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1037", "Drilling heals juvenile osteochondritis dissecans of the knee",
 "Drilling heals juvenile osteochondritis dissecans of the knee",
 ("drilling", ['drilling', 'retro-articular drilling', 'retroarticular drilling', 'trans-articular drilling',
               'transarticular drilling', 'drilling of OCD lesions']),
 ("juvenile osteochondritis dissecans of the knee", ['juvenile osteochondritis dissecans of the knee',
                                                     'juvenile osteochondritis dissecans', 'juvenile OCD',
                                                     'stable juvenile OCD lesions', 'juvenile knee osteochondritis dissecans',
                                                     'osteochondritis dissecans of the knee in the skeletally immature']),
 'drill*[tiab] AND "osteochondritis dissecans"[tiab]', 'effect', None, None, 'benefit', None),
("C1038", "Bone marrow aspirate concentrate repairs cartilage damage in the hip",
 "Bone marrow aspirate concentrate repairs cartilage damage in the hip",
 ("bone marrow aspirate concentrate", ['bone marrow aspirate concentrate', 'BMAC', 'bone marrow aspiration concentrate',
                                       'bone marrow concentrate', 'concentrated bone marrow aspirate']),
 ("cartilage damage in the hip", ['cartilage damage in the hip', 'hip cartilage damage', 'chondrolabral junction breakdown',
                                  'acetabular cartilage damage', 'chondral damage of the hip', 'chondral deterioration in the hip']),
 '(acetabul*[tiab] OR hip[tiab]) AND ("bone marrow aspirate"[tiab] OR "bone marrow concentrate"[tiab] OR BMAC[tiab])',
 'effect', None, None, 'benefit', None),
("C1039", "Non-weight-bearing after osteochondral autograft transfer gives better results than weight-bearing as tolerated",
 "Non-weight-bearing after osteochondral autograft transfer gives better results than weight-bearing as tolerated",
 ("non-weight-bearing", ['non-weight-bearing', 'non-weightbearing', 'nonweightbearing', 'postoperative non-weight-bearing',
                         'non-weight-bearing following the procedure', 'postoperative weight-bearing restrictions']),
 ("outcome of osteochondral autograft transfer", ['outcome of osteochondral autograft transfer',
                                                  'outcomes of osteochondral autograft transfer',
                                                  'results of osteochondral autograft transfer',
                                                  'outcome after osteochondral autograft transfer',
                                                  'cartilage repair with osteochondral autograft transfer']),
 '("non-weight-bearing"[tiab] OR "non-weightbearing"[tiab] OR nonweightbearing[tiab] OR "early weight-bearing"[tiab] OR '
 '"immediate weight-bearing"[tiab] OR "partial weight-bearing"[tiab]) AND (osteochondral[tiab] OR mosaicplasty[tiab])', 'effect',
 ("weight-bearing as tolerated", ['weight-bearing as tolerated', 'weight bearing as tolerated', 'immediate weight-bearing',
                                  'early weight-bearing', 'unrestricted weight-bearing']),
 None, 'benefit', None),
("C1040", "Flutamide prolongs survival in pancreatic cancer",
 "Flutamide prolongs survival in pancreatic cancer",
 ("flutamide", ['flutamide', 'flutamide treatment', 'flutamide therapy', 'oral flutamide']),
 ("survival in pancreatic cancer", ['survival in pancreatic cancer', 'survival in patients with pancreatic cancer',
                                    'pancreatic cancer survival', 'survival of pancreatic cancer patients',
                                    'overall survival in pancreatic cancer']),
 'flutamide[tiab] OR antiandrogen*[tiab] OR (androgen*[tiab] AND pancrea*[tiab])', 'effect', None, None, 'benefit', None),
("C1041", "Retrieving many oocytes in IVF raises the risk of ectopic pregnancy",
 "Retrieving many oocytes in IVF raises the risk of ectopic pregnancy",
 ("high number of retrieved oocytes", ['high number of retrieved oocytes', 'high oocyte yield', 'increasing oocyte yield',
                                       'larger number of retrieved oocytes', 'more oocytes retrieved']),
 ("ectopic pregnancy", ['ectopic pregnancy', 'ectopic pregnancies', 'ectopic pregnancy rate', 'EP rate', 'EP']),
 'ectopic[tiab] AND pregnan*[tiab]', 'effect', None, None, 'harm', None),
("C1042", "Coughing causes cerebral air embolism",
 "Coughing causes cerebral air embolism",
 ("coughing", ['coughing', 'cough', 'cough fit', 'paroxysms of coughing', 'coughing during lung biopsy']),
 ("cerebral air embolism", ['cerebral air embolism', 'cerebral gas embolism', 'cerebral arterial air embolism',
                            'cerebral arterial gas embolism', 'air embolism to the brain']),
 'cough*[tiab] AND embol*[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
