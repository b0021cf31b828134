# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# all on animal studies of joint repair: tranexamic acid added to microfracture with an acellular scaffold for
# osteochondral defects (an 18-rabbit study, among one-step rabbit scaffold, stem cell and microfracture records),
# syngeneic versus major-mismatched synovial mesenchymal stem cells for meniscus regeneration (a rat study, among
# allogeneic synovial stem cell, scaffold-free meniscus construct and labelled stromal cell records), fresh osteochondral
# allograft versus autograft (an 8-dog study finding them equal and a goat study finding the autograft better, among
# allogeneic stem cell and cartilage fragment records), xenogeneic engineered cartilage and immune rejection (a rabbit
# study of syngeneic, allogeneic and xenogeneic neocartilage, among allogeneic cell and xenogeneic stromal cell repair
# records), a scaffold-free construct of adipose-derived stem cells for osteochondral defects (a 30-rabbit study, among
# scaffold-free synovial stem cell and chondrocyte construct records) and stem cell-homing peptide scaffolds for
# cartilage defects (rabbit and rat studies of homing-peptide and self-assembling peptide scaffolds, among stem cell
# reviews and an integrin-selected stem cell record).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1151", "Adding tranexamic acid to microfracture with an acellular scaffold improves osteochondral defect healing",
 "Adding tranexamic acid to microfracture with a scaffold helps a bone-and-cartilage defect heal faster and more firmly",
 ("tranexamic acid", ['tranexamic acid', 'TA', 'local TA application', 'application of TA',
                      'TA injected into the knee joints', 'intra-articular tranexamic acid']),
 ("osteochondral defects", ['osteochondral defects', 'experimentally induced osteochondral defects',
                            'healing of osteochondral defects', 'osteochondral defect healing',
                            'regeneration of subchondral and cartilage tissues']),
 'tranexamic[tiab] OR antifibrinolytic*[tiab] OR (microfracture*[tiab] AND scaffold*[tiab] AND rabbit*[tiab])',
 'effect', None,
 ("microfracture with an acellular matrix scaffold", ['microfracture and acellular matrix scaffold',
                                                     'microfracture and scaffold application',
                                                     'a-cellular scaffold after microfracture',
                                                     'acellular scaffold implanted after microfracture']),
 'benefit', None),
("C1152", "Syngeneic synovial mesenchymal stem cells regenerate the meniscus better than major-mismatched cells",
 "Stem cells from a genetically matched donor's joint lining regrow a removed meniscus better than cells from a poorly matched donor",
 ("syngeneic synovial mesenchymal stem cell transplantation", ['syngeneic transplantation of synovial mesenchymal stem cells',
                                                              'syngeneic transplantation', 'syngeneic synovial MSCs',
                                                              'synovial MSCs derived from F344', 'F344 group']),
 ("meniscus regeneration", ['meniscus regeneration', 'meniscal regeneration', 'regenerated meniscus',
                            'meniscus defect', 'rat meniscectomized model']),
 '(synovi*[tiab] AND ("stem cell*"[tiab] OR MSC*[tiab] OR mesenchymal[tiab])) AND menisc*[tiab]',
 'effect',
 ("major mismatched synovial mesenchymal stem cells", ['major mismatched transplantation',
                                                      'major mismatched transplantation of synovial MSCs',
                                                      'synovial MSCs derived from ACI', 'ACI group']),
 None, 'benefit', None),
("C1153", "Fresh osteochondral allografts work as well as osteochondral autografts",
 "A fresh donor bone-and-cartilage graft works as well as a graft taken from your own knee",
 ("fresh osteochondral allograft", ['fresh osteochondral allograft', 'fresh osteochondral allografts',
                                    'osteochondral allograft', 'allogeneic osteochondral graft transplantation',
                                    'OCA grafts', 'OCA']),
 ("osteochondral defects", ['osteochondral defects', 'acute Outerbridge grade 4 cartilage defect',
                            'grade 4 articular cartilage lesions', 'cartilage defect of the knee',
                            'transplanted cartilage quality']),
 '(allograft*[tiab] OR allogeneic[tiab] OR allogenic[tiab]) AND (autograft*[tiab] OR autologous[tiab]) AND '
 'osteochondral[tiab] AND (dog*[tiab] OR canine[tiab] OR goat*[tiab] OR sheep[tiab] OR ovine[tiab] OR porcine[tiab] OR '
 'pig*[tiab] OR rabbit*[tiab] OR minipig*[tiab])',
 'equivalence',
 ("osteochondral autograft", ['osteochondral autograft', 'osteochondral autografts', 'autologous osteochondral graft transplantation',
                              'OAT grafts', 'OAT']),
 None, 'benefit', None),
("C1154", "Xenogeneic engineered cartilage provokes immune rejection in the knee",
 "Engineered cartilage grown from another species' cells provokes an immune attack in the knee",
 ("xenogeneic engineered cartilage", ['xenogeneic engineered cartilage', 'xenogeneic engineered neocartilage',
                                      'xenogeneic neocartilage', 'xenogeneic chondral explants',
                                      'scaffold-free tissue engineered articular cartilage of xenogeneic origin']),
 ("immune rejection of cartilage grafts", ['immune rejection', 'innate inflammatory and adaptive cellular responses',
                                          'immune response', 'immune cells', 'loss of cartilage immunoprivilege']),
 '(xenogen*[tiab] OR allogen*[tiab]) AND (immun*[tiab] OR rejection[tiab]) AND (cartilage[tiab] OR chondrocyte*[tiab] OR '
 'neocartilage[tiab])',
 'effect', None, None, 'harm', None),
("C1155", "A scaffold-free construct of adipose-derived stem cells regenerates osteochondral defects",
 "A scaffold-free plug grown from fat-derived stem cells regrows a bone-and-cartilage defect",
 ("scaffold-free construct of adipose-derived stem cells", ['scaffold-free allogeneic construct from adipose-derived stem cells',
                                                           '3-dimensional scaffold-free allogeneic ADSCs',
                                                           'cylindrical plugs of allogeneic ADSCs',
                                                           'allogeneic 3-dimensionally formed adipose-derived stem cells',
                                                           'scaffold-free ADSC construct']),
 ("osteochondral defects", ['osteochondral defect', 'osteochondral defects', 'osteochondral defect in the trochlear groove',
                            'healing tissue of the osteochondral defect', 'osteochondral defect regeneration']),
 '"scaffold-free"[tiab] OR "scaffold free"[tiab]',
 'effect', None, None, 'benefit', None),
("C1156", "Stem cell-homing peptide scaffolds regenerate cartilage defects",
 "A scaffold that draws in the body's own stem cells regrows damaged joint cartilage",
 ("stem cell-homing peptide scaffolds", ['bone marrow homing peptide', 'composite scaffold containing bone marrow homing peptide',
                                         'BMHP-functionalized self-assembling peptide', 'MSC-homing device',
                                         'MSC affinity peptide', 'functionalized self-assembling peptide hydrogel',
                                         'functional biphasic biomaterial homing mesenchymal stem cells']),
 ("cartilage defects", ['cartilage defects', 'full-thickness cartilage defects', 'cartilage defect',
                        'cartilage regeneration', 'cartilage repair', 'endogenous cartilage regeneration']),
 '"homing peptide"[tiab] OR "self-assembling peptide"[tiab] OR "endogenous stem cell*"[tiab] OR (homing[tiab] AND '
 '(cartilage[tiab] OR chondral[tiab]))',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
