# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# dental pulp stem cells for articular cartilage defects (a miniature-pig model of deciduous-tooth stem cells on a
# scaffold, a pig study of a dental pulp and synovial stromal cell construct, a systematic review, and other minipig
# cartilage records), Hylan G-F 20 injections and cartilage degeneration after partial meniscectomy (a rat trial with
# saline-injected control knees, among hyaluronan scaffold and meniscus records), platelet-rich plasma for joints damaged
# by bleeding (a rabbit haemorrhagic arthritis model, a review of cartilage damage in haemophilic joints, a primate study
# of transduced stromal cells for haemophilic arthropathy, and records that merely say haemophilus or haemorrhagic),
# an SDF-1-coated scaffold placed on microfracture (a rat osteochondral defect study, among stem-cell homing scaffolds),
# intra-articular losartan with microfracture (a rabbit dose-finding study, among other rabbit microfracture studies) and
# fresh embryonic epiphyses grafted into cartilage lesions of aged chickens (the one transplantation study, among aged
# rabbit cartilage and epiphysis records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1079", "Stem cells from baby teeth repair damaged joint cartilage",
 "Stem cells from baby teeth repair damaged joint cartilage",
 ("dental pulp stem cells", ['dental pulp stem cells', 'DPSCs', 'human dental pulp stem cells',
                             'dental pulp-derived mesenchymal stem cells', 'stem cells from deciduous teeth',
                             'dental pulp mesenchymal stromal cells']),
 ("articular cartilage defects", ['articular cartilage defects', 'chondral lesion', 'full-thickness chondral defect',
                                  'cartilage lesions', 'chondral injury', 'total thickness cartilage defects']),
 '"dental pulp"[tiab] OR (deciduous[tiab] AND stem[tiab]) OR ("miniature pig*"[tiab] AND cartilage[tiab]) OR '
 '(minipig*[tiab] AND stem[tiab])', 'effect', None, None, 'benefit', None),
("C1080", "Hyaluronic acid injections slow cartilage wear after part of the meniscus is removed",
 "Hyaluronic acid injections slow cartilage wear after part of the meniscus is removed",
 ("Hylan G-F 20 injections", ['Hylan G-F 20', 'cross-linked hyaluronan', 'weekly injections of Hylan G-F 20',
                              'intra-articular hyaluronic acid injections', 'hyaluronic acid injections',
                              'viscosupplementation']),
 ("cartilage degeneration after partial meniscectomy", ['cartilage degeneration after partial meniscectomy',
                                                        'osteoarthritis after partial meniscectomy',
                                                        'cartilage degeneration in partial meniscectomized knees',
                                                        'trauma-induced osteoarthritis after meniscectomy',
                                                        'post-meniscectomy osteoarthritis progression']),
 '(hyaluron*[tiab] OR hylan[tiab] OR viscosupplement*[tiab]) AND (menisc*[tiab] OR osteoarthritis[ti])',
 'effect', None, None, 'benefit', None),
("C1081", "Platelet-rich plasma injections repair a joint damaged by bleeding",
 "Platelet-rich plasma injections repair a joint damaged by bleeding",
 ("platelet-rich plasma injections", ['platelet-rich plasma', 'pure platelet-rich plasma', 'P-PRP', 'PRP',
                                      'intra-articular platelet-rich plasma injection', 'PRP injections']),
 ("joint damage from bleeding into the joint", ['hemorrhagic arthritis', 'haemorrhagic arthritis',
                                                'blood-induced joint damage', 'haemophilic arthropathy',
                                                'hemarthrosis', 'cartilage damage in haemophilic joints']),
 'haemophil*[tiab] OR hemophil*[tiab] OR hemorrhagic[tiab] OR haemorrhagic[tiab] OR haemarthros*[tiab] OR '
 'hemarthros*[tiab] OR "blood-induced"[tiab]', 'effect', None, None, 'benefit', None),
("C1082", "A scaffold carrying SDF-1 improves cartilage repair after microfracture",
 "A scaffold carrying the stem-cell attractant SDF-1 improves cartilage repair after microfracture",
 ("SDF-1-coated scaffold", ['stromal cell-derived factor-1', 'SDF-1', 'SDF-1-coated collagen scaffold',
                            'gelatin-and-SDF-1 scaffold', 'scaffold coated with SDF-1', 'SDF-1-treated scaffold']),
 ("cartilage repair after microfracture", ['cartilage repair after microfracture', 'repair of microfractured defects',
                                          'hyaline cartilage formation following microfracture',
                                          'filling of the cartilage defect after microfracture',
                                          'osteochondral defect repair with microfracture']),
 '("stromal cell-derived factor"[tiab] OR SDF-1[tiab] OR chemotaxis[tiab] OR chemoattract*[tiab] OR homing[tiab]) AND '
 '(cartilage[tiab] OR chondral[tiab] OR microfracture[tiab])', 'effect', None, None, 'benefit', None),
("C1083", "A losartan injection into the knee improves cartilage repair after microfracture",
 "A losartan injection into the knee improves cartilage repair after microfracture",
 ("intra-articular losartan", ['losartan', 'intra-articular losartan', 'intra-articular injection of losartan',
                               'IA injection of losartan', 'IA losartan']),
 ("microfracture-mediated cartilage repair", ['microfracture-mediated cartilage repair',
                                              'microfracture-mediated hyaline-like cartilage repair',
                                              'cartilage repair after microfracture',
                                              'repair of osteochondral defects treated with microfracture',
                                              'cartilage repair in the osteochondral defect']),
 'losartan[tiab] OR (microfracture*[tiab] AND rabbit*[tiab])', 'effect', None, None, 'benefit', None),
("C1084", "Grafts of embryonic growth cartilage rebuild damaged joint cartilage even in old age",
 "Grafts of embryonic growth cartilage rebuild damaged joint cartilage even in old age",
 ("fresh embryonic epiphyses", ['fresh embryonic epiphyses', 'allogeneic transplantation of fresh embryonic epiphyses',
                                'embryonic epiphyses', 'fresh whole chick epiphyses', 'engrafted epiphyses']),
 ("cartilage lesions in aged joints", ['articular cartilage lesions in aged chickens', 'cartilage defects of aged chicken',
                                      'articular cartilage lesions', 'cartilage defects in aged animals',
                                      'defects of tibiotarsal joint cartilage']),
 'epiphys*[tiab] OR (aged[tiab] AND cartilage[tiab] AND (rabbit*[tiab] OR chicken*[tiab] OR chick[tiab] OR goat*[tiab] '
 'OR sheep[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
