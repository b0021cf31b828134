# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# microfracture and return to sport in athletes (randomised trials of mosaicplasty versus microfracture in athletes with
# 3- and 10-year follow-up, a study of high-level soccer players, a systematic review of football players, and cartilage
# records that merely mention sport), impaction bone grafting for unstable osteochondritis dissecans (a small case
# series and a technique note, among other osteochondritis dissecans records), retrograde osteochondral autograft
# transplantation for tibial plateau cartilage lesions (two small case series and a systematic review, among tibial
# plateau and meniscus records), the single anteromedial bundle biologic augmentation (remnant-preserving) ACL
# reconstruction (a 128-patient case series, among other ACL records), 0.125% versus 0.0625% levobupivacaine by
# continuous spinal analgesia after knee and hip replacement (a small randomised trial, among intrathecal ropivacaine,
# bupivacaine and clonidine trials) and physical activity and orthodontic pain in adolescents (a longitudinal study of
# 150 adolescents after separator placement, among other orthodontic records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1085", "Microfracture surgery gets athletes back to their sport",
 "Microfracture surgery gets athletes back to their sport",
 ("microfracture", ['microfracture', 'MF', 'microfracture technique', 'arthroscopic microfracture', 'MF procedure',
                    'microfracture surgery']),
 ("return to sport in athletes", ['return to sport', 'return to sports activities at the preinjury level',
                                  'return to competition', 'return to competitive sport', 'return to play',
                                  'maintenance of sports at the preinjury level']),
 'microfracture*[tiab] AND (athlete*[tiab] OR "return to sport*"[tiab] OR "return to play"[tiab] OR soccer[tiab] OR '
 'football[tiab] OR players[tiab])', 'effect', None, None, 'benefit', None),
("C1086", "Impaction bone grafting heals unstable osteochondritis dissecans of the knee",
 "Impaction bone grafting heals unstable osteochondritis dissecans of the knee",
 ("impaction bone grafting", ['impaction bone grafting', 'isolated impaction bone grafting', 'impaction bone graft',
                              'impaction bone grafting using cancellous autograft', 'impaction bone grafting with allograft']),
 ("unstable osteochondritis dissecans of the knee", ['unstable osteochondritis dissecans', 'unstable OCD',
                                                     'knee OCD', 'unstable OCD lesions',
                                                     'osteochondritis dissecans of the knee',
                                                     'unstable and unsalvageable large osteochondral lesions']),
 '"impaction bone graft*"[tiab] OR ("osteochondritis dissecans"[tiab] AND unstable[tiab])',
 'effect', None, None, 'benefit', None),
("C1087", "Retrograde osteochondral grafts repair cartilage lesions of the tibial plateau",
 "Retrograde osteochondral grafts repair cartilage lesions of the tibial plateau",
 ("retrograde osteochondral autograft transplantation", ['retrograde osteochondral autograft transplantation',
                                                         'arthroscopic retrograde osteochondral autograft transplantation',
                                                         'retrograde cartilage transplantation',
                                                         'retrograde osteochondral autograft',
                                                         'osteochondral autograft transfer system', 'OATS']),
 ("tibial plateau cartilage lesions", ['tibial plateau cartilage lesions', 'tibial plateau cartilage defects',
                                       'chondral defects in the tibial plateau', 'TP cartilage lesions',
                                       'osteochondral lesions of the proximal tibia',
                                       'lateral and medial tibial plateau defects']),
 '"tibial plateau"[tiab] AND (cartilage[tiab] OR chondral[tiab] OR osteochondral[tiab])',
 'effect', None, None, 'benefit', None),
("C1088", "Keeping the remnant of the torn ACL during reconstruction gives a stable, well-working knee",
 "Keeping the remnant of the torn ACL during reconstruction gives a stable, well-working knee",
 ("remnant-preserving ACL reconstruction", ['single anteromedial bundle biological augmentation', 'SAMBBA',
                                            'SAMBBA technique', 'ACL remnant preservation', 'preserved ACL remnants',
                                            'biologic augmentation technique for ACL reconstruction']),
 ("knee stability and function after ACL reconstruction", ['knee stability after ACL reconstruction', 'knee stability',
                                                           'side-to-side laxity',
                                                           'functional outcomes after anterior cruciate ligament reconstruction',
                                                           'clinical outcomes after ACL reconstruction']),
 '("anterior cruciate"[tiab] OR ACL[tiab]) AND (remnant*[tiab] OR augmentation[tiab] OR "knee stability"[tiab] OR '
 'laxity[tiab] OR reconstruction[ti])', 'effect', None, None, 'benefit', None),
("C1089", "Levobupivacaine 0.125% by spinal catheter relieves pain after joint replacement better than 0.0625%",
 "Levobupivacaine at 0.125% through a spinal catheter relieves pain after hip or knee replacement better than the 0.0625% solution",
 ("levobupivacaine 0.125% by continuous spinal analgesia", ['levobupivacaine 0.125%', 'Group A0.125',
                                                           'levobupivacaine 0.125%-1 ml/h',
                                                           'continuous spinal analgesia with levobupivacaine 0.125%',
                                                           'CSA with levobupivacaine 0.125%']),
 ("pain after total knee and hip replacement", ['postoperative pain after total knee and hip replacement',
                                               'postoperative pain after major orthopedic surgery',
                                               'pain after total knee replacement', 'pain after total hip replacement',
                                               'postoperative analgesia after knee and hip replacement']),
 'levobupivacaine[tiab] OR "continuous spinal"[tiab] OR (intrathecal[tiab] AND (bupivacaine[tiab] OR ropivacaine[tiab]))',
 'effect',
 ("levobupivacaine 0.0625% by continuous spinal analgesia", ['levobupivacaine 0.0625%', 'Group B0.0625',
                                                            'levobupivacaine 0.0625%-2 ml/h',
                                                            'continuous spinal analgesia with levobupivacaine 0.0625%',
                                                            'CSA with levobupivacaine 0.0625%']),
 None, 'benefit', None),
("C1090", "Physically active teenagers feel less pain when orthodontic treatment starts",
 "Physically active teenagers feel less pain when orthodontic treatment starts",
 ("high physical activity level", ['physical activity', 'high physical activity level', 'baseline physical activity level',
                                   'high-activity group', 'physically active adolescents']),
 ("orthodontic pain", ['orthodontic pain', 'orthodontic pain perception', 'pain after orthodontic separator placement',
                       'analgesic consumption after orthodontic separator placement', 'pain from orthodontic separators']),
 '(orthodontic*[tiab] AND (pain[tiab] OR analges*[tiab] OR adolescen*[tiab])) OR ("physical activity"[tiab] AND pain[tiab])',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
