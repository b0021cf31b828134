# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# osteochondral autologous transplantation versus microfracture for osteochondritis dissecans of the knee in children (a
# 50-child randomised trial, among capitellar and patellar OCD mosaicplasty series, a juvenile OCD case report and the
# athletes' mosaicplasty-versus-microfracture trial), osteochondral autologous transplantation versus microfracture or
# debridement for cartilage lesions found at ACL reconstruction (a 102-patient randomised comparison, among a drilling
# versus osteochondral grafting comparison with no IKDC difference, a weight-bearing study and reviews), filling the empty
# spaces between mosaicplasty plugs with tissue-engineered cartilage or BMNC-PLGA composites added to mosaicplasty (a
# randomised minipig study, among gene-enhanced mosaicplasty goat studies and other combined constructs), microfracture
# combined with osteochondral autologous transplantation for large femoral condyle cartilage defects (a 22-patient series
# and an 8-goat laboratory study, among reviews and mosaicplasty-versus-microfracture records), bone cyst formation after
# osteochondral autograft transplantation (a 24-patient talar series with donor and recipient cysts, a goat subsidence
# study, a knee mosaicplasty series with cystic degeneration and a sheep PEMF study, among records naming cystic lesions
# as the indication) and secondary mosaicplasty after earlier failed ankle surgery versus primary mosaicplasty for talar
# lesions (a 14-patient comparison and an 85-patient series with outcomes similar after previous microfracture, among a
# failed-drilling talar-graft series and reviews).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

OAT = ('(mosaicplasty[tiab] OR "osteochondral autolog*"[tiab] OR "autologous osteochondral"[tiab] OR '
       '"osteochondral autograft*"[tiab]')

C = [
("C1169", "Osteochondral autologous transplantation works better than microfracture for osteochondritis dissecans of the knee in children",
 "In children with osteochondritis dissecans of the knee, moving plugs of their own cartilage works better than microfracture",
 ("osteochondral autologous transplantation", ['osteochondral autologous transplantation', 'OAT', 'mosaic-type osteochondral autologous transplantation',
                                              'arthroscopic mosaic-type OAT', 'mosaicplasty', 'osteochondral autograft transfer']),
 ("osteochondritis dissecans of the knee in children", ['osteochondritis dissecans of the knee in children', 'OCD defects of the femoral condyles',
                                                      'osteochondritis dissecans in the knee joint in children',
                                                      'juvenile osteochondritis dissecans', 'symptomatic lesions of the OCD in the femoral condyle']),
 OAT + ') AND ("osteochondritis dissecans"[tiab] OR OCD[tiab]) AND (children[tiab] OR child[tiab] OR adolescen*[tiab] OR '
 'juvenile*[tiab] OR teenage*[tiab] OR pediatric[tiab] OR paediatric[tiab] OR "young"[tiab])', 'effect',
 ("microfracture", ['microfracture', 'MF', 'MF procedure', 'microfracturing', 'microfractures']),
 None, 'benefit', None),
("C1170", "Osteochondral autologous transplantation at ACL reconstruction works better than microfracture or debridement for the cartilage lesion",
 "For cartilage damaged along with a torn ACL, a cartilage plug transfer during the ligament reconstruction works better than microfracture or a simple clean-up",
 ("osteochondral autologous transplantation at ACL reconstruction", ['osteochondral autologous transplantation', 'OAT', 'OAT-ACL',
                                                                    'autologous osteochondral grafting', 'AOG', 'osteochondral autologous transplantation at the time of ACL reconstruction']),
 ("cartilage lesions associated with anterior cruciate ligament injury", ['articular cartilage lesions associated with anterior cruciate ligament injury',
                                                                         'articular cartilage damage in the medial femoral condyle',
                                                                         'articular cartilage defects combined with ACL injuries',
                                                                         'ACL rupture and articular cartilage damage',
                                                                         'osteochondral lesion with a concomitant ACL rupture']),
 '(mosaicplasty[tiab] OR "osteochondral autolog*"[tiab] OR "autologous osteochondral"[tiab] OR "osteochondral autograft*"[tiab] OR '
 '"osteochondral graft*"[tiab]) AND ("anterior cruciate"[tiab] OR ACL[tiab])', 'effect',
 ("microfracture or debridement", ['microfracture', 'microfractures', 'MF-ACL', 'debridement', 'D-ACL']),
 None, 'benefit', None),
("C1171", "Filling the empty spaces between mosaicplasty plugs with tissue-engineered cartilage improves the repair",
 "Filling the gaps between the transferred plugs with lab-grown cartilage improves a mosaicplasty repair",
 ("filling the empty spaces between plugs with tissue-engineered cartilage", ['tissue-engineered cartilage', 'TE group',
                                                                             'BMNC-PLGA composites', 'bone marrow mononuclear cell-PLGA composites',
                                                                             'filling of empty spaces by tissue-engineered cartilage',
                                                                             'treatment of the empty spaces']),
 ("repair of the empty spaces between mosaicplasty plugs", ['empty spaces between the multiple plugs', 'empty spaces between cylindrical plugs',
                                                           'fibrous repair of the empty spaces', 'cartilage regeneration',
                                                           'full-thickness defect repaired by mosaicplasty']),
 OAT + ') AND ("empty space*"[tiab] OR gap*[tiab] OR "dead space*"[tiab] OR "tissue-engineered"[tiab] OR "tissue engineering"[tiab] OR '
 '"gene enhanced"[tiab] OR "gene-enhanced"[tiab])', 'effect', None,
 ("autologous osteochondral mosaicplasty", ['autologous osteochondral mosaicplasty', 'mosaicplasty', 'osteochondral mosaicplasty']),
 'benefit', None),
("C1172", "Microfracture combined with osteochondral autologous transplantation repairs large femoral condyle cartilage defects",
 "Combining microfracture with a cartilage plug transfer lets us repair large cartilage defects of the knee",
 ("microfracture combined with osteochondral autologous transplantation", ['arthroscopic microfracture combined with OAT',
                                                                         'microfracture combined with osteochondral autologous transplantation',
                                                                         'combined microfracture and osteochondral autograft transfer procedure',
                                                                         'osteochondral grafting augmented with microfracture',
                                                                         'combining microfracture and osteochondral autografting procedures']),
 ("large cartilage defects of the femoral condyle", ['large area cartilage injury of the femoral condyle of knee', 'large chondral defect',
                                                    'extended-size lesion of articular cartilage', 'large area (4-6 cm2) cartilage injury',
                                                    'large chondral defects']),
 '(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "osteochondral autolog*"[tiab] OR "autologous osteochondral"[tiab] OR '
 '"osteochondral graft*"[tiab]) AND microfracture[tiab] AND (combined[tiab] OR combination[tiab] OR augment*[tiab] OR '
 '"large area"[tiab] OR "extended-size"[tiab] OR "large defect*"[tiab] OR "large lesion*"[tiab])', 'effect', None, None, 'benefit', None),
("C1173", "Osteochondral autograft transplantation leads to bone cyst formation beneath the graft",
 "Moving plugs of bone and cartilage leads to bone cysts forming beneath the graft",
 ("osteochondral autograft transplantation", ['autologous osteochondral transplantation', 'AOT', 'osteochondral autologous transplantation',
                                             'OAT', 'mosaicplasty', 'osteochondral autografts']),
 ("bone cyst formation", ['bone cyst formation', 'subchondral cysts', 'cyst formation', 'cyst-like resorption areas',
                          'cystic degeneration of the grafts', 'postoperative cyst formation']),
 '(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "osteochondral autolog*"[tiab] OR "autologous osteochondral"[tiab] OR '
 '"osteochondral transplantation"[tiab] OR "osteochondral plug*"[tiab]) AND (cyst*[tiab] OR osteolys*[tiab] OR lucen*[tiab])',
 'effect', None, None, 'harm', None),
("C1174", "Secondary mosaicplasty after failed ankle surgery works as well as primary mosaicplasty for osteochondral lesions of the talus",
 "A mosaicplasty for an ankle cartilage lesion works as well after earlier failed surgery as it does the first time",
 ("secondary mosaicplasty after previous ankle surgery", ['secondary mosaicplasty', 'previously treated patients',
                                                         'patients with previous ankle procedures such as microfracturing',
                                                         'AOT after previous microfracture', 'osteochondral transplantation after failed drilling or microfracture']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'OLT', 'OLTs', 'OCLs of the talus',
                                        'talus lesions', 'osteochondral talar lesions']),
 '(talus[tiab] OR talar[tiab]) AND (mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "osteochondral autolog*"[tiab] OR '
 '"autologous osteochondral"[tiab] OR "osteochondral transplant*"[tiab]) AND (previous*[tiab] OR prior[tiab] OR secondary[tiab] OR '
 'failed[tiab] OR revision[tiab])', 'equivalence',
 ("primary mosaicplasty", ['primary mosaicplasty', 'previously untreated patients', 'patients without previous ankle surgery',
                           'no previous microfracture']),
 None, 'benefit', None),
]

write_claims(C)
