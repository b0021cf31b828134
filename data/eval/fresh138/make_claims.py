# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# osteochondral autograft transfer for osteochondritis dissecans of the humeral head in dogs (a 14-dog, 16-shoulder series
# with resurfacing and resolved lameness, among a capitellar OCD grafting series and a knee osteochondral-fracture record),
# the CaReS collagen-gel implant versus the MACI membrane for knee cartilage defects (a 20-patient comparison with similar
# one-year results, among CaReS-versus-microfracture, CaReS punch-model and graft-hypertrophy records), high hydrostatic
# pressure and devitalisation of cartilage (a human-cartilage study in which 480 MPa inactivated the cells but spared the
# matrix, among decellularized osteochondral allograft and acellular scaffold records), a blade-like interlocking device
# versus conventional locking bolts for intramedullary nails in osteoporotic bone (a paired cadaveric femur study with a
# stiffer and stronger construct, among osteoporotic disc, OSTM1 and autophagy records), collagen adhesion protein
# functionalisation of implants and implant-cartilage interfacial strength (an in vitro PVA-implant study with a fourfold
# stronger interface, among fibrin-interface, chitosan-implant and chondrocyte-implant records) and lumbar disc
# degeneration and trunk rotation during baseball batting (an 18-player motion-analysis study, among a teen capitellar
# mosaicplasty series in baseball players and a disc-prosthesis FEA study).
# Synonyms name the claim's own exposure and condition, no wider. The developer left out the helper's plain-text
# populations ("women" for C1205, "baseball players" for C1222): the catalog's population names species only.
# C1218 is an "as well as" claim, stated as kind equivalence with its comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1217", "Osteochondral autograft transfer resurfaces osteochondritis dissecans lesions of the humeral head and resolves lameness in dogs",
 "In dogs with a loose cartilage flake in the shoulder, moving plugs of their own cartilage from the knee resurfaces the joint and ends the limping",
 ("osteochondral autograft transfer", ['osteochondral autograft transfer', 'OAT', 'OAT procedures', 'OATS instrumentation',
                                      'osteochondral core grafts collected from the stifle']),
 ("osteochondritis dissecans of the humeral head in dogs", ['osteochondritis dissecans of the canine caudocentral humeral head',
                                                          'caudocentral humeral head OCD', 'OCD', 'humeral head OCD', 'shoulder OCD in dogs']),
 '(osteochondritis[tiab] OR OCD[tiab]) AND (dog[tiab] OR dogs[tiab] OR canine[tiab] OR shoulder[tiab] OR "humeral head"[tiab])',
 'effect', None, None, 'benefit', None),
("C1218", "The CaReS collagen-gel autologous chondrocyte implant works as well as the MACI membrane implant for knee cartilage defects",
 "For a cartilage hole in the knee, grown cartilage cells set in a collagen gel work as well as cells grown on a collagen membrane",
 ("CaReS implant", ['CaReS', 'CaReS(R) implant', 'CaReS® (MACT)', 'collagen type I hydrogel (CaReS)', 'CaReS group']),
 ("knee cartilage defects", ['cartilage defect of the knee', 'full-thickness cartilage defects of the knee', 'full-size defects of the femoral condyle',
                            'symptomatic cartilage defects', 'chondral defects of the knee']),
 'CaReS[tiab] OR "CaReS®"[tiab] OR ("matrix-based"[tiab] AND chondrocyte*[tiab] AND compar*[tiab])', 'equivalence',
 ("MACI implant", ['MACI', 'MACI(R) system', 'MACI implant', 'matrix-induced autologous chondrocyte implantation']),
 None, 'benefit', None),
("C1219", "High hydrostatic pressure treatment devitalises articular cartilage while preserving its extracellular matrix",
 "Pressing cartilage under very high water pressure kills its cells but leaves its framework intact",
 ("high hydrostatic pressure treatment", ['high hydrostatic pressure', 'HHP', 'HHP treatment', 'application of 480 MPa over 10 minutes',
                                         'high hydrostatic pressure treatment']),
 ("devitalisation of cartilage", ['devitalisation', 'devitalisation of cartilage', 'cellular inactivation', 'devitalised cartilage',
                                  'devitalisation of cartilage tissue']),
 '"high hydrostatic pressure"[tiab] OR HHP[tiab] OR devitalis*[tiab] OR devitaliz*[tiab] OR (decellulari*[tiab] AND cartilage[ti])',
 'effect', None, None, 'harm', None),
("C1220", "A blade-like interlocking device gives stiffer and stronger intramedullary nail fixation in osteoporotic bone than conventional locking bolts",
 "In thin, brittle bone, a blade-shaped lock holds a thigh-bone nail more firmly than ordinary locking bolts",
 ("blade-like interlocking device", ['bladelike device', 'blade-like device', 'interlocking with a bladelike device',
                                    'bladelike interlocking device']),
 ("intramedullary nail fixation in osteoporotic bone", ['stiffness and strength of fracture fixation in osteoporotic bone',
                                                       'nail interlocking in osteoporotic bone', 'fixator-bone construct strength',
                                                       'locking bolts fail to gain purchase or cut out in osteoporotic bone',
                                                       'osteoporotic supracondylar femoral fractures']),
 'osteoporo*[tiab] AND (bone[tiab] OR fracture*[tiab] OR femur*[tiab] OR femoral[tiab])', 'effect',
 ("conventional locking bolts", ['conventional locking bolts', 'locking bolts', 'intramedullary nail locking bolts']),
 None, 'benefit', None),
("C1221", "Functionalising implants with collagen adhesion protein increases implant-cartilage interfacial strength",
 "Coating a cartilage implant with a collagen-gripping protein makes it stick to the surrounding cartilage much more strongly",
 ("collagen adhesion protein functionalisation", ['collagen adhesion protein', 'CNA', 'implant-bound CNA', 'implants functionalized with CNA',
                                                 'bioadhesive implant']),
 ("implant-cartilage interfacial strength", ['interfacial strength', 'interfacial strength with cartilage', 'integration between implants and articular cartilage',
                                             'cartilage-implant interface', 'stable interface between scaffolds and articular cartilage']),
 '(adhesi*[tiab] OR bioadhesive*[tiab] OR "interfacial strength"[tiab] OR "integration strength"[tiab]) AND implant*[tiab] AND cartilage[tiab]',
 'effect', None, None, 'benefit', None),
("C1222", "Lumbar disc degeneration alters trunk rotation during baseball batting",
 "In baseball players, a worn disc in the lower back changes how the trunk twists when batting",
 ("lumbar disc degeneration", ['lumbar disc degeneration', 'LDD', 'lumbar intervertebral disc degeneration', 'disc degeneration']),
 ("altered trunk rotation during batting", ['batting motion', 'rotation angle of shoulder and pelvis', 'time to maximum angular velocity',
                                           'trunk rotation during baseball batting', 'muscle activity during batting']),
 'baseball[tiab] OR batting[tiab] OR ("disc degeneration"[tiab] AND (athlete*[tiab] OR rotation[tiab] OR "muscle activity"[tiab]))',
 'effect', None, None, 'harm', None),
]

write_claims(C)
