# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# chronic ankle instability and osteochondral lesions of the talus (a cohort of unstable ankles with and without talar
# lesions, reviews that tie the lesions to sprains and instability, and ankle cartilage records), autologous
# matrix-induced chondrogenesis for cartilage defects of the shoulder (a rabbit glenoid study against microfracture, a
# systematic review, a technique note and a German review among elbow, talus and wrist records), lentivirally transduced
# mesenchymal stromal cells for haemophilic arthropathy (a primate safety study and a review of haemophilic joints, among
# records that merely say Haemophilus or factor), zolpidem and sleepwalking (a report without abstract, a case report of
# zolpidem dependence and an anaesthesia record on hypnotic drugs), weight gain and fatty liver (a tracer study in obese
# people among records that mention weight gain or steatosis) and running a half marathon and cardiomyocyte injury (a
# study of cardiac biomarkers in runners, a rat exercise study and records that mention exercise and the heart).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1055", "Chronic ankle instability causes osteochondral lesions of the talus",
 "Chronic ankle instability causes osteochondral lesions of the talus",
 ("chronic ankle instability", ['chronic ankle instability', 'chronic lateral ankle instability', 'ankle instability',
                                'lateral ankle instability', 'chronic lateral unstable ankles', 'unstable ankles']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'talus osteochondral defects',
                                         'talar osteochondral lesions', 'OLT', 'talus OCD', 'cartilage injury on the talus']),
 '(instability[tiab] OR unstable[tiab] OR sprain*[tiab]) AND (talus[tiab] OR talar[tiab] OR ankle[tiab])',
 'effect', None, None, 'harm', None),
("C1056", "Autologous matrix-induced chondrogenesis repairs cartilage defects of the shoulder",
 "Autologous matrix-induced chondrogenesis repairs cartilage defects of the shoulder",
 ("autologous matrix-induced chondrogenesis", ['autologous matrix-induced chondrogenesis', 'AMIC', 'AMIC©',
                                               'autologous matrix induced chondrogenesis',
                                               'microfracture plus type I/III collagen scaffold',
                                               'collagen membrane aided chondrogenesis']),
 ("cartilage defects of the shoulder", ['cartilage defects of the shoulder', 'glenoid chondral defects',
                                        'glenohumeral cartilage defects', 'focal glenohumeral cartilage defects',
                                        'chondral lesions of the glenohumeral joint', 'full-thickness glenoid articular injury']),
 '(shoulder[tiab] OR glenoid[tiab] OR glenohumeral[tiab] OR "humeral head"[tiab]) AND (cartilage[tiab] OR chondral[tiab])',
 'effect', None, None, 'benefit', None),
("C1057", "Gene-modified stromal cells injected into the joint treat haemophilic arthropathy",
 "Gene-modified stromal cells injected into the joint treat haemophilic arthropathy",
 ("lentivirally transduced mesenchymal stromal cells", ['lentivirally transduced mesenchymal stromal cells',
                                                        'transduced MSCs', 'lentivirally transduced autologous MSCs',
                                                        'MSCs transduced with a lentiviral vector expressing coagulation factor VIII',
                                                        'intra-articular injection of transduced MSCs']),
 ("haemophilic arthropathy", ['haemophilic arthropathy', 'hemophilic arthropathy', 'arthropathy in haemophilia',
                              'joint diseases in haemophilia patients', 'cartilage damage in the haemophilic joints']),
 'haemophil*[tiab] OR hemophil*[tiab] OR "factor VIII"[tiab]', 'effect', None, None, 'benefit', None),
("C1058", "Zolpidem can make people sleepwalk",
 "Zolpidem can make people sleepwalk",
 ("zolpidem", ['zolpidem', 'zolpidem use', 'treatment with zolpidem', 'zolpidem intake']),
 ("sleepwalking", ['sleepwalking', 'sleep-walking', 'sleep walking', 'somnambulism']),
 'zolpidem[tiab] OR sleepwalking[tiab] OR sleep-walking[tiab] OR hypnotic*[tiab]', 'effect', None, None, 'harm', None),
("C1059", "Putting on weight gives you a fatty liver",
 "Putting on weight gives you a fatty liver",
 ("weight gain", ['weight gain', 'gaining weight', 'body weight gain', 'weight gain in obese people',
                  'increase in body weight']),
 ("fatty liver", ['nonalcoholic fatty liver disease', 'steatosis', 'hepatic steatosis', 'weight gain-induced steatosis',
                  'increase in intrahepatic triglycerides', 'increased IHTG content']),
 '"weight gain"[tiab] OR steatosis[tiab] OR "fatty liver"[tiab]', 'effect', None, None, 'harm', None),
("C1060", "Running a half marathon strains the heart muscle",
 "Running a half marathon strains the heart muscle",
 ("running a half marathon", ['running a half marathon', 'half marathon', 'half-marathon', 'half-marathon run',
                              'half-marathon race']),
 ("cardiomyocyte injury", ['cardiomyocyte injury', 'stress on the myocyte', 'temporary stress on the myocyte',
                           'cardiac troponin increase', 'rise in cardiac troponin T', 'cardiac biomarker increase']),
 'marathon[tiab] OR ((exercise[tiab] OR running[tiab] OR runner*[tiab]) AND (cardiac[tiab] OR heart[tiab] OR '
 'myocardial[tiab] OR troponin*[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
