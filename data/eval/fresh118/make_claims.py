# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# costal chondrocyte-derived pellet-type autologous chondrocyte implantation versus microfracture (a 30-patient randomised
# trial, among costal cartilage, pellet culture and other chondrocyte records), arthroscopic versus open (mini-arthrotomy)
# chondrocyte implantation and the viability of the delivered cells (a cadaveric laboratory study of 16 implantations,
# among reviews and cohorts of arthroscopic chondrocyte implantation), double-plug versus single-plug autologous
# osteochondral transplantation for talar lesions (a matched cohort with 5-year follow-up, among other talus mosaicplasty
# and osteochondral autograft records), one-step bone marrow-derived cell transplantation for knee osteochondritis
# dissecans (an 18-patient case series, among other osteochondritis dissecans and stem cell records), tropoelastin as the
# injection medium for infrapatellar fat pad stem cells in osteoarthritis (a laboratory and rat study, among other fat pad
# stem cell and elastin-like scaffold records) and integrin alpha10beta1-selected mesenchymal stem cells homing to cartilage
# defects (a rabbit study with MRI tracking, among other stem cell homing scaffold records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1097", "Rib cartilage cell implants repair knee cartilage defects better than microfracture",
 "Implants grown from rib cartilage cells repair knee cartilage defects better than microfracture",
 ("costal chondrocyte-derived pellet-type autologous chondrocyte implantation",
  ['costal chondrocyte-derived pellet-type autologous chondrocyte implantation', 'CCP-ACI',
   'costal chondrocyte-derived pellet-type ACI', 'costal chondrocyte pellet implantation',
   'pellet-type autologous chondrocyte implantation from costal cartilage']),
 ("knee articular cartilage defects", ['articular cartilage defects of the knee', 'ICRS grade 3 to 4 chondral defect',
                                      'knee cartilage defects', 'chondral defects of the knee',
                                      'full-thickness cartilage defects of the knee']),
 '(costal[tiab] OR "rib cartilage"[tiab]) OR (pellet*[tiab] AND chondrocyte*[tiab] AND (implantation[tiab] OR '
 'microfracture[tiab]))', 'effect',
 ("microfracture", ['microfracture', 'MFx', 'microfracture technique', 'arthroscopic microfracture', 'MFx group']),
 None, 'benefit', None),
("C1098", "Arthroscopic chondrocyte implantation kills more of the implanted cells than open surgery",
 "Putting chondrocyte implants in through the arthroscope kills far more of the cells than open surgery",
 ("arthroscopic autologous chondrocyte implantation", ['arthroscopic autologous chondrocyte implantation',
                                                      'arthroscopic ACI', 'arthroscopic technique',
                                                      'arthroscopic approach', 'arthroscopic implantation of the cell-membrane construct']),
 ("loss of viable implanted chondrocytes", ['chondrocyte cell death', 'loss of viable cells on the implant',
                                            'fewer viable cells', 'cell viability', 'viability of cells delivered for ACI',
                                            'number and viability of cells delivered']),
 'arthroscopic[tiab] AND (open[tiab] OR mini-arthrotomy[tiab] OR arthrotomy[tiab]) AND ("chondrocyte implantation"[tiab] '
 'OR ACI[tiab])', 'effect',
 ("open autologous chondrocyte implantation", ['open autologous chondrocyte implantation', 'mini-arthrotomy',
                                              'mini-open surgery', 'open approach', 'open ACI']),
 None, 'harm', None),
("C1099", "Two-plug osteochondral grafting of large talus lesions works as well as one-plug grafting of small ones",
 "Grafting a large talus lesion with two osteochondral plugs works as well as grafting a small lesion with one plug",
 ("double-plug autologous osteochondral transplantation", ['double-plug autologous osteochondral transplantation',
                                                          'dp-AOT', 'double-plug AOT', 'double-plug procedure',
                                                          'double-plug autologous osteochondral transplantation for large lesions']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'osteochondral lesions of the talar dome',
                                        'talar dome lesions', 'large OCLs of the talar dome', 'talar osteochondral lesions',
                                        'OCLs of the talus']),
 '(talus[tiab] OR talar[tiab]) AND (mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "autologous osteochondral"[tiab] '
 'OR "osteochondral autologous"[tiab] OR plug*[tiab])', 'equivalence',
 ("single-plug autologous osteochondral transplantation", ['single-plug autologous osteochondral transplantation',
                                                          'sp-AOT', 'single-plug AOT', 'single-plug procedure',
                                                          'single-plug procedures']),
 None, 'benefit', None),
("C1100", "One-step bone marrow cell transplantation restores knee osteochondritis dissecans lesions",
 "One-step bone marrow cell transplantation restores osteochondritis dissecans lesions of the knee",
 ("one-step bone marrow-derived cell transplantation", ['one-step bone marrow-derived cells transplantation', 'BMDCT',
                                                       'one-step BMDC transplantation', 'bone marrow aspirate concentrate',
                                                       'one-step bone marrow-derived cell transplantation technique']),
 ("osteochondritis dissecans of the knee", ['osteochondritis dissecans of the knee', 'OCD lesions of the knee',
                                           'knee OCD', 'osteochondritis dissecans lesions', 'OCD lesions',
                                           'osteochondritis dissecans lesions of the knee']),
 '("bone marrow"[tiab] OR BMDC*[tiab] OR "one-step"[tiab] OR "one step"[tiab] OR "stem cell*"[tiab]) AND '
 '(osteochondritis[tiab] OR OCD[tiab])', 'effect', None, None, 'benefit', None),
("C1101", "Tropoelastin added to fat-pad stem cell injections slows knee osteoarthritis",
 "Adding tropoelastin to fat-pad stem cell injections slows knee osteoarthritis",
 ("tropoelastin", ['tropoelastin', 'tropoelastin (TE)', 'tropoelastin injection medium', 'TE-IPFP MSCs suspension',
                   'tropoelastin as injection medium']),
 ("knee osteoarthritis progression", ['osteoarthritis progression', 'knee osteoarthritis', 'OA progression',
                                     'knee cartilage damage in OA', 'osteoarthritic cartilage damage']),
 '(tropoelastin[tiab] OR elastin[tiab]) OR ("infrapatellar fat pad"[tiab] AND (stem[tiab] OR MSC*[tiab]))', 'effect', None,
 ("infrapatellar fat pad mesenchymal stem cell injection", ['infrapatellar fat pad MSCs', 'IPFP-MSCs',
                                                           'intra-articular injection of infrapatellar fat pad MSCs',
                                                           'infrapatellar fat pad mesenchymal stem cells',
                                                           'intra-articular injected infrapatellar fat pad MSCs']),
 'benefit', None),
("C1102", "Integrin alpha10-selected stem cells home to knee cartilage defects and help repair them",
 "Integrin alpha10-selected stem cells injected into the knee home to cartilage defects and help repair them",
 ("integrin alpha10beta1-selected mesenchymal stem cells", ['integrin α10β1-selected mesenchymal stem cells',
                                                           'integrin α10-MSCs', 'integrin α10β1-selected MSCs',
                                                           'human integrin α10β1-selected MSCs',
                                                           'adipose tissue derived integrin α10β1-selected MSCs']),
 ("cartilage defects", ['cartilage defects', 'cartilage defect', 'articular cartilage defect',
                        'cartilage defect in the rabbit knee', 'cartilage repair tissue']),
 '(integrin*[tiab] OR homing[tiab] OR "home to"[tiab]) AND (cartilage[tiab] OR chondral[tiab]) AND (MSC*[tiab] OR '
 '"stem cell*"[tiab] OR "stromal cell*"[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
