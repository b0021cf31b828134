# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# osteochondral allograft transplantation in patients aged 40 years and older (a 51-patient series with earlier
# ipsilateral surgery, among allograft survivorship, matching and reoperation-rate records), osteochondral allograft
# transplantation in adolescents (a 36-patient series by physeal status and a juvenile osteochondritis dissecans
# allograft series, among reviews of knee and talus lesions), an aragonite-hyaluronate biphasic scaffold for
# osteochondral defects (a 20-goat study, among other biphasic scaffold records in goats, sheep and rabbits), surgical
# angiogenesis with short-term immunosuppression in allogenic knee joint transplantation (a rabbit study, among
# chondrocyte, scaffold and allograft augmentation records), extracellular matrix cartilage allograft added to
# autologous osteochondral transplantation for talar lesions versus transplantation alone (a 60-patient comparison,
# among talus reviews and juvenile cartilage allograft records) and treadmill exercise with an acellular PLGA implant
# versus sedentary cage activity for osteochondral repair (a minipig study, among rehabilitation reviews and
# osteochondral grafting records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1127", "Osteochondral allograft transplantation delays knee arthroplasty in patients aged 40 years and older",
 "A donor bone-and-cartilage graft keeps people over forty with large knee cartilage defects away from knee replacement for years",
 ("osteochondral allograft transplantation", ['osteochondral allograft transplantation', 'OCA', 'osteochondral allograft',
                                             'fresh osteochondral allograft', 'OCA transplantation', 'treated with OCA']),
 ("knee cartilage defects in patients aged 40 and older", ['large chondral defects of the knee among patients aged ≥40 years',
                                                          'symptomatic focal cartilage lesions', 'conversion to arthroplasty',
                                                          'allograft survivorship', 'Outerbridge grade 4 cartilage lesions',
                                                          'patients aged 40 years and older']),
 '"osteochondral allograft*"[tiab] AND (older[tiab] OR aged[tiab] OR "40 years"[tiab] OR arthroplasty[tiab])',
 'effect', None, None, 'benefit', None),
("C1128", "Osteochondral allograft transplantation improves knee function in adolescents",
 "A donor bone-and-cartilage graft restores knee function in teenagers with cartilage defects",
 ("osteochondral allograft transplantation", ['osteochondral allograft transplantation', 'OCA transplantation',
                                             'fresh osteochondral allografts', 'osteochondral allograft', 'OCA']),
 ("knee cartilage defects in adolescents", ['cartilage defects in adolescents', 'adolescent patients',
                                           'juveniles with osteochondritis dissecans of the knee',
                                           'patients aged 18 years or younger', 'patients aged 16 years or younger']),
 '"osteochondral allograft*"[tiab] AND (adolescen*[tiab] OR juvenile*[tiab] OR physe*[tiab] OR pediatric[tiab] OR children[tiab])',
 'effect', None, None, 'benefit', None),
("C1129", "An aragonite-hyaluronate scaffold regenerates osteochondral defects",
 "A coral-based aragonite scaffold regrows cartilage and bone in a deep joint defect",
 ("aragonite-hyaluronate biphasic scaffold", ['aragonite-hyaluronate biphasic scaffold', 'Ar-HA scaffold', 'Ar-HA implant',
                                             'aragonite-hyaluronate scaffold', 'coral-derived aragonite scaffold']),
 ("osteochondral defects", ['osteochondral defects', 'critical osteochondral defect', 'osteochondral regeneration',
                           'hyaline cartilage formation', 'subchondral bone regeneration', 'osteochondral defect repair']),
 'aragonite[tiab] OR coral*[tiab] OR (biphasic[tiab] AND (goat*[tiab] OR caprine[tiab] OR sheep[tiab] OR ovine[tiab]))',
 'effect', None, None, 'benefit', None),
("C1130", "Surgical angiogenesis with short-term immunosuppression maintains bone viability in knee joint allotransplants",
 "Growing new blood vessels into a transplanted donor knee joint keeps its bone alive with only brief immune suppression",
 ("surgical angiogenesis with short-term immunosuppression", ['surgical angiogenesis', 'surgical angiogenesis from implanted autogenous vessels',
                                                             'implanted autogenous vessels', 'neoangiogenic autogenous circulation',
                                                             'short-term immunosuppression', 'tacrolimus for 3 weeks']),
 ("bone viability in allogenic knee joint transplants", ['bone viability', 'osteocyte viability', 'bone healing',
                                                        'allogenic knee joint transplantation', 'vascularized knee joint allotransplants',
                                                        'rabbit allogenic knee transplants']),
 '(allotransplant*[tiab] OR "joint transplant*"[tiab] OR angiogenesis[tiab]) AND (bone[tiab] OR knee[tiab] OR joint[tiab])',
 'effect', None, None, 'benefit', None),
("C1131", "Adding extracellular matrix cartilage allograft to osteochondral transplantation of the talus works no better than transplantation alone",
 "Adding a cartilage matrix allograft to a bone-and-cartilage plug transfer for the ankle's talus works no better than the plug transfer alone",
 ("extracellular matrix cartilage allograft augmentation", ['extracellular matrix cartilage allograft', 'EMCA',
                                                           'EMCA augmentation', 'AOT + CBMA/EMCA', 'EMCA with CBMA']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'OLTs', 'OLT',
                                        'cyst formation after AOT', 'host-graft interface integration',
                                        'talar osteochondral lesions']),
 '("extracellular matrix"[tiab] OR "cartilage allograft"[tiab] OR BioCartilage[tiab] OR "bone marrow aspirate"[tiab]) AND '
 '(talus[tiab] OR talar[tiab])', 'equivalence',
 ("autologous osteochondral transplantation alone", ['autologous osteochondral transplantation', 'AOT', 'AOT/CBMA alone',
                                                    'AOT with concentrated bone marrow aspirate alone', 'AOT/CBMA group']),
 None, 'benefit', None),
("C1132", "Treadmill exercise after an acellular PLGA implant improves osteochondral repair compared with sedentary rest",
 "Treadmill exercise after a scaffold implant repairs a bone-and-cartilage defect better than rest",
 ("treadmill exercise with an acellular PLGA implant", ['treadmill exercise', 'TRE', 'TRE-PLGA', 'rehabilitation exercise',
                                                       'PLGA scaffolding plus treadmill exercise', 'treadmill exercise rehabilitation program']),
 ("osteochondral defect repair", ['osteochondral repair', 'OC repair', 'osteochondral defects', 'critically sized OC defects',
                                 'OC integration', 'hyaline-like tissue regeneration']),
 '(treadmill[tiab] OR exercise[tiab] OR rehabilitation[tiab]) AND (osteochondral[tiab] OR PLGA[tiab])', 'effect',
 ("sedentary cage activity", ['sedentary', 'SED group', 'free cage activity', 'sedentary group', 'SED-PLGA']),
 None, 'benefit', None),
]

write_claims(C)
