# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# cartilage fragments and femoral tunnel widening after ACL reconstruction (a randomised trial, a revision technique note
# and records that merely mention the ACL and a tunnel), clonidine in a femoro-sciatic nerve block compared with
# intra-articular clonidine for pain after ACL repair (a randomised trial of three routes, a trial of intrathecal clonidine
# and an old record on renal hypertension), platelet-rich plasma injections and the outcome of meniscal allograft
# transplantation (a case series, a review and cartilage records that mention the meniscus), ACL deficiency and knee
# cartilage lesions (randomised and cohort studies of cartilage lesions in ACL-deficient knees, a large ACL cohort, case
# reports and reviews), osteochondral autografting for spontaneous osteonecrosis of the knee (a case series with
# histology, an old review, a trial of subchondral cell therapy and cartilage records that mention osteonecrosis) and
# adipose-derived stem cells for chondromalacia patellae (a three-patient case series among records that say anterior
# knee pain).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1049", "Cartilage fragments prevent femoral tunnel widening after ACL reconstruction",
 "Cartilage fragments prevent femoral tunnel widening after ACL reconstruction",
 ("cartilage fragments", ['cartilage fragments', 'augmentation with cartilage fragments', 'use of cartilage fragments',
                          'hamstring tendons augmented with cartilage fragments', 'cartilage fragment augmentation']),
 ("femoral tunnel widening after ACL reconstruction", ['femoral tunnel widening', 'femoral tunnel widening after ACLR',
                                                        'femoral tunnel widening after anterior cruciate ligament reconstruction',
                                                        'widening of the femoral tunnel', 'femoral tunnel enlargement']),
 '"tunnel widening"[tiab] OR "tunnel enlargement"[tiab] OR ("anterior cruciate"[tiab] AND tunnel*[tiab])',
 'effect', None, None, 'benefit', None),
("C1050", "Clonidine in a nerve block of the leg relieves pain after ACL repair better than clonidine injected into the knee",
 "Clonidine in a nerve block of the leg relieves pain after ACL repair better than clonidine injected into the knee",
 ("clonidine in a femoro-sciatic nerve block", ['clonidine in a femoro-sciatic nerve block', 'clonidine in FSNB',
                                                'femoro-sciatic nerve block with clonidine',
                                                'bupivacaine and clonidine in femoro-sciatic nerve block',
                                                'clonidine in femoro-sciatic nerve block']),
 ("pain after ACL repair", ['pain after ACL repair', 'pain after anterior cruciate ligament repair', 'post knee surgery pain',
                            'postoperative pain after ACL repair', 'pain following anterior cruciate ligament repair']),
 'clonidine[tiab] OR ("anterior cruciate"[tiab] AND (analges*[tiab] OR "nerve block"[tiab] OR bupivacaine[tiab]))',
 'effect',
 ("intra-articular clonidine", ['intra-articular clonidine', 'clonidine intra-articularly',
                                'intra-articular bupivacaine and clonidine', 'clonidine given intra-articularly',
                                'intra-articular injection of clonidine']),
 None, 'benefit', None),
("C1051", "Platelet-rich plasma injections improve the results of meniscal allograft transplantation",
 "Platelet-rich plasma injections improve the results of meniscal allograft transplantation",
 ("platelet-rich plasma injections", ['platelet-rich plasma injections', 'intra-articular platelet-rich plasma injection',
                                      'PRP injection', 'intra-articular PRP injection', 'platelet-rich plasma', 'PRP']),
 ("outcome of meniscal allograft transplantation", ['outcome of meniscal allograft transplantation',
                                                    'outcomes of lateral meniscus allograft transplantation',
                                                    'results of meniscal allograft transplantation',
                                                    'outcome of lateral meniscus allograft transplantation',
                                                    'clinical outcome after LMAT']),
 '(platelet-rich[tiab] OR PRP[tiab]) AND menisc*[tiab]', 'effect', None, None, 'benefit', None),
("C1052", "A knee left without its ACL wears out its cartilage",
 "A knee left without its ACL wears out its cartilage",
 ("ACL deficiency", ['ACL deficiency', 'ACL-deficient knees', 'anterior cruciate ligament deficiency', 'ACL disruption',
                     'unstable knees', 'ACL rupture']),
 ("knee cartilage lesions", ['knee cartilage lesions', 'articular cartilage lesions in unstable knees',
                             'chondral defects in knees with ACL disruption',
                             'articular cartilage damage in the medial femoral condyle',
                             'cartilage damage at the time of ACL reconstruction', 'knee articular cartilage lesions']),
 '("anterior cruciate"[tiab] OR ACL[tiab] OR "unstable knee*"[tiab] OR "knee instability"[tiab]) AND (deficien*[tiab] OR '
 'rupture*[tiab] OR instability[tiab] OR unstable[tiab]) AND (cartilage[tiab] OR chondral[tiab])',
 'effect', None, None, 'harm', None),
("C1053", "Osteochondral autografting relieves spontaneous osteonecrosis of the knee",
 "Osteochondral autografting relieves spontaneous osteonecrosis of the knee",
 ("osteochondral autografting", ['osteochondral autografting', 'osteochondral autografts', 'autogenous osteochondral grafting',
                                 'osteochondral autograft', 'osteochondral autograft transplantation']),
 ("spontaneous osteonecrosis of the knee", ['spontaneous osteonecrosis of the knee', 'SONK',
                                            'spontaneous osteonecrosis of the medial femoral condyle',
                                            'SONK of the medial femoral condyle', 'SONK lesion']),
 'osteonecrosis[tiab] AND knee[tiab]', 'effect', None, None, 'benefit', None),
("C1054", "Adipose-derived stem cell injections heal chondromalacia patellae",
 "Adipose-derived stem cell injections heal chondromalacia patellae",
 ("adipose-derived stem cells", ['adipose-derived stem cells', 'ADSCs', 'adipose-tissue-derived stem cells',
                                 'autologous ADSCs', 'percutaneous injection of autologous ADSCs',
                                 'stem-cell-containing stromal vascular fraction']),
 ("chondromalacia patellae", ['chondromalacia patellae', 'chondromalacia of the patella', 'patellar chondromalacia',
                              'softened cartilages on the patellae-femoral joints', 'softened patellar cartilage']),
 'chondromalacia[tiab] OR "anterior knee pain"[tiab] OR (patell*[tiab] AND adipose[tiab])', 'effect', None, None,
 'benefit', None),
]

write_claims(C)
