# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# fresh osteochondral allograft for osteochondral lesions of the talus (a 38-patient series of refractory lesions and a
# series of fresh talar allografts, among talus reviews and juvenile cartilage allograft records), osteochondral
# allograft after failed cartilage repair surgery in the knee (a 43-patient revision series, among other allograft
# series, reviews and decellularized allograft failure records), cryopreserved osteochondral allograft for
# patellofemoral cartilage defects (a 19-patient prospective series with concomitant procedures, among allograft MRI
# scoring, matching and return-to-play records), umbilical cord blood-derived stem cells versus bone marrow aspirate
# concentrate for cartilage regeneration (two propensity-matched or retrospective comparisons and a third comparison
# with high tibial osteotomy, among cord blood versus microfracture records and reviews), microfracture and AMIC and
# subchondral bone cysts (a 36-sheep study, among talus lesion, osteochondral transplantation and single-stage repair
# records) and early versus late grafting of osteochondral defects (a 51-rabbit study of synovial fluid markers, among
# rabbit scaffold and stem cell records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1115", "A fresh osteochondral allograft relieves osteochondral lesions of the talus",
 "A fresh donor bone-and-cartilage graft relieves pain from a cartilage lesion of the ankle's talus",
 ("fresh osteochondral allograft", ['fresh osteochondral allograft', 'osteochondral allograft', 'fresh talar allograft',
                                   'fresh talar allografts', 'osteochondral allograft transplantation',
                                   'transfer of fresh osteochondral allograft']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'osteochondral lesion of the talus',
                                        'cartilage defects of the talus', 'osteochondral lesions of the talar dome',
                                        'OLT', 'talar osteochondral lesions']),
 'allograft*[tiab] AND (talus[tiab] OR talar[tiab])', 'effect', None, None, 'benefit', None),
("C1116", "An osteochondral allograft restores knee function after failed cartilage repair surgery",
 "A donor bone-and-cartilage graft restores knee function after an earlier cartilage repair has failed",
 ("osteochondral allograft transplantation", ['osteochondral allograft transplantation', 'fresh osteochondral allograft',
                                             'fresh osteochondral allograft transplantation', 'osteochondral allograft',
                                             'OCA transplantation', 'OCA']),
 ("failed cartilage repair in the knee", ['failed cartilage repair', 'failed cartilage repair surgery',
                                         'failed cartilage repair surgical procedure', 'previous cartilage repair surgical procedure',
                                         'revision cartilage surgery', 'failed previous cartilage procedure']),
 '"osteochondral allograft*"[tiab] AND (failed[tiab] OR failure[tiab] OR revision[tiab] OR salvage[tiab])',
 'effect', None, None, 'benefit', None),
("C1117", "A cryopreserved osteochondral allograft improves patellofemoral cartilage defects",
 "A frozen donor bone-and-cartilage graft improves knee function in cartilage defects of the kneecap joint",
 ("cryopreserved osteochondral allograft", ['cryopreserved osteochondral allograft', 'cryopreserved osteochondral allografts',
                                           'cryopreserved OCA', 'frozen osteochondral allograft',
                                           'viable osteochondral allograft']),
 ("patellofemoral cartilage defects", ['patellofemoral cartilage defects', 'cartilage defects involving the patellofemoral compartment',
                                      'patellar cartilage defect', 'full-thickness cartilage defect of the patella',
                                      'trochlear cartilage defect', 'patellofemoral chondral lesions']),
 '"osteochondral allograft*"[tiab] AND (patell*[tiab] OR trochle*[tiab] OR patellofemoral[tiab])',
 'effect', None, None, 'benefit', None),
("C1118", "Umbilical cord blood stem cells regenerate knee cartilage better than bone marrow aspirate concentrate",
 "Umbilical cord blood stem cells regrow knee cartilage better than bone marrow concentrate",
 ("umbilical cord blood-derived mesenchymal stem cells", ['human umbilical cord blood-derived mesenchymal stem cells', 'hUCB-MSCs',
                                                         'hUCB-MSC implantation', 'umbilical cord blood-derived mesenchymal stromal cells',
                                                         'allogenic umbilical cord blood-derived mesenchymal stem cells',
                                                         'allogeneic umbilical cord blood-derived MSCs']),
 ("knee cartilage regeneration", ['cartilage regeneration', 'cartilage repair', 'regenerated cartilage',
                                 'chondral defect of the knee', 'cartilage defects in knee osteoarthritis',
                                 'healing of regenerated cartilage']),
 '"umbilical cord blood"[tiab] OR hUCB*[tiab] OR "cord blood"[tiab] OR ("bone marrow aspirate concentrate"[tiab] AND '
 'osteotomy[tiab])', 'effect',
 ("bone marrow aspirate concentrate", ['bone marrow aspirate concentrate', 'BMAC', 'BMAC augmentation',
                                      'bone marrow aspiration concentrate', 'BMAC implantation']),
 None, 'benefit', None),
("C1119", "Microfracture of a cartilage defect causes subchondral bone cysts",
 "Microfracture of a cartilage defect can leave cysts in the bone beneath it",
 ("microfracture", ['microfracture', 'microfracture technique', 'autologous matrix-induced chondrogenesis', 'AMIC',
                    'microfracture holes', 'marrow stimulation']),
 ("subchondral bone cysts", ['subchondral bone cysts', 'subchondral bone cyst formation', 'bone cyst formation',
                            'cyst formation', 'subchondral cysts', 'subchondral bone pathology']),
 'cyst*[tiab] AND (microfracture*[tiab] OR "marrow stimulation"[tiab] OR AMIC[tiab] OR "matrix-induced chondrogenesis"[tiab])',
 'effect', None, None, 'harm', None),
("C1120", "Early treatment of an osteochondral defect restores joint homoeostasis better than late treatment",
 "Treating a bone-and-cartilage defect early restores the joint better than treating it late",
 ("early treatment of osteochondral defects", ['early treatment', 'early-treatment group', 'treatment of defects in earlier stages',
                                              'early grafting', 'osteoperiosteal graft 1 week after the index procedure']),
 ("joint homoeostasis after osteochondral defects", ['joint homoeostasis', 'joint homeostasis', 'osteochondral defect healing',
                                                    'normalization in joint metabolism', 'synovial fluid proteoglycan fragments',
                                                    'osteochondral defects']),
 '"osteochondral defect*"[tiab] AND (early[tiab] OR late[tiab] OR delayed[tiab] OR chronic[tiab]) AND (rabbit*[tiab] OR '
 'homeosta*[tiab] OR "synovial fluid"[tiab])', 'effect',
 ("late treatment of osteochondral defects", ['late treatment', 'late-treatment group', 'treatment in chronic stages',
                                             'delayed treatment', 'late grafting']),
 None, 'benefit', None),
]

write_claims(C)
