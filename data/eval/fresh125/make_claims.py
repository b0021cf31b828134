# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing, on
# cell and gel therapies for knee cartilage defects set against the standard options: characterized chondrocyte
# implantation versus microfracture (a 118-patient randomized trial at 1 year and its 5-year follow-up, among a
# patellofemoral case series, a cost-effectiveness study and a network meta-analysis), Kartigen (atelocollagen-embedded
# chondrocyte precursors) versus microfracture (a 15-patient randomized phase I trial and a 9-year case series, among
# atelocollagen-induced chondrogenesis and atelocollagen chondrocyte implantation records), matrix-induced autologous
# mesenchymal stem cell implantation versus matrix-induced autologous chondrocyte implantation (a 14-patient randomized
# study and a 37-patient patellofemoral comparison, among umbilical cord blood stem cell and review records),
# hydrogel-based versus scaffold-based autologous chondrocyte implantation (a 50-patient matched comparison of NOVOCART
# Inject and NOVOCART 3D, among NOVOCART 3D series and hydrogel chondrocyte studies), gel-based autologous chondrocyte
# implantation (CARTIGROW) for knee cartilage defects (a 14-patient four-year study and a 9-year case report, among fibrin
# gel and allogenic chondrocyte records) and a double-network hydrogel artificial cartilage and damage to the opposing
# cartilage (a rabbit study, among focal metal implant, resurfacing implant and scaffold records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1139", "Characterized chondrocyte implantation repairs knee cartilage defects better than microfracture",
 "Implanting a patient's own quality-checked cartilage cells repairs a knee cartilage defect better than microfracture",
 ("characterized chondrocyte implantation", ['characterized chondrocyte implantation', 'CCI', 'characterised chondrocyte implantation',
                                            'ChondroCelect', 'ACI using characterized chondrocytes']),
 ("knee cartilage defects", ['symptomatic cartilage defects of the knee', 'symptomatic cartilage defects of the femoral condyle',
                             'cartilage defects of the femoral condyles', 'structural repair of cartilage defects',
                             'ICRS grade III or IV cartilage lesion of the femoral condyles']),
 '"characterized chondrocyte*"[tiab] OR "characterised chondrocyte*"[tiab] OR ChondroCelect[tiab]', 'effect',
 ("microfracture", ['microfracture', 'MF', 'repair with microfracture']),
 None, 'benefit', None),
("C1140", "Atelocollagen-embedded chondrocyte precursors (Kartigen) restore knee function better than microfracture",
 "Cartilage-precursor cells grown from a patient's own bone marrow restore knee function better than microfracture",
 ("Kartigen", ['Kartigen', 'Kartigen implantation', 'atelocollagen-embedded chondrocyte precursors',
               'bone marrow mesenchymal stem cell-derived chondrocyte precursors embedded in atelocollagen',
               'chondrocyte precursor cell therapy', 'CP therapy']),
 ("cartilage defects of the femoral condyle", ['cartilage defects at the weight-bearing site of the medial femoral condyle',
                                              'grade-4 cartilage defects of the femoral condyle', 'cartilage defects',
                                              'grade 4 cartilage defects of medial femoral condyles']),
 'Kartigen[tiab] OR atelocollagen[tiab] OR "chondrocyte precursor*"[tiab]', 'effect',
 ("microfracture", ['microfracture', 'microfracture control group', 'control group']),
 None, 'benefit', None),
("C1141", "Matrix-induced autologous mesenchymal stem cell implantation gives better knee function than matrix-induced autologous chondrocyte implantation",
 "Stem cells from a patient's own bone marrow on a membrane give better knee function than cultured cartilage cells on a membrane",
 ("matrix-induced autologous mesenchymal stem cell implantation", ['matrix-induced autologous mesenchymal stem cell implantation',
                                                                  'm-AMI', 'bone marrow aspirate concentrate-derived multipotent stem cells implantation',
                                                                  'BMAC-derived MSCs implantation', 'BMAC group']),
 ("chondral defects of the knee", ['isolated chondral defects of the knee', 'full-thickness chondral lesions of the knee',
                                   'patellofemoral chondral lesions', 'large patellofemoral chondral lesions']),
 '"m-AMI"[tiab] OR "mesenchymal stem cell implantation"[tiab] OR (("mesenchymal stem"[tiab] OR MSC*[tiab]) AND '
 '("chondrocyte implantation"[tiab] OR "m-ACI"[tiab] OR MACI[tiab]) AND (randomi*[tiab] OR versus[tiab] OR compar*[tiab]))',
 'effect',
 ("matrix-induced autologous chondrocyte implantation", ['matrix-induced autologous chondrocyte implantation', 'm-ACI', 'MACI',
                                                        'MACI group']),
 None, 'benefit', None),
("C1142", "Hydrogel-based autologous chondrocyte implantation works as well as scaffold-based autologous chondrocyte implantation",
 "Cartilage cells delivered in a gel that sets inside the knee work as well as cartilage cells grown on a collagen scaffold",
 ("hydrogel-based autologous chondrocyte implantation", ['hydrogel-based autologous chondrocyte implantation', 'NOVOCART Inject',
                                                        'hydrogel-based ACI', 'all-arthroscopic hydrogel-based autologous chondrocyte transplantation',
                                                        'in situ polymerizable biomaterial']),
 ("knee cartilage defects", ['cartilage defects in the knee joint', 'focal cartilage lesions of the knee joint',
                             'arthroscopic cartilage defects', 'isolated focal cartilage defects of the knee joint']),
 'NOVOCART*[tiab] OR "hydrogel-based"[tiab] OR (hydrogel*[ti] AND chondrocyte*[ti])', 'equivalence',
 ("scaffold-based autologous chondrocyte implantation", ['scaffold based autologous chondrocyte implantation', 'NOVOCART 3D',
                                                        'scaffold-based autologous chondrocyte implantation',
                                                        'biphasic collagen scaffold']),
 None, 'benefit', None),
("C1143", "Gel-based autologous chondrocyte implantation (CARTIGROW) improves knee cartilage defects for years",
 "Cartilage cells grown from a patient's own knee and implanted in a gel keep knee function improved for years",
 ("gel-based autologous chondrocyte implantation", ['gel-based ACI', 'CARTIGROW', 'autologous adult live cultured chondrocytes',
                                                   'gel-based autologous chondrocyte implantation', 'gel-type autologous chondrocyte implantation']),
 ("knee articular cartilage defects", ['cartilage defects of the knee joint', 'articular cartilage defects of the knee joint',
                                       'focal ICRS grade III or IV articular cartilage defects', 'noncontained osteochondral knee defect']),
 'CARTIGROW*[tiab] OR "gel-based"[tiab] OR "gel-type"[tiab] OR (India*[tiab] AND (chondrocyte*[tiab] OR cartilage[tiab]))',
 'effect', None, None, 'benefit', None),
("C1144", "A double-network hydrogel artificial cartilage damages the opposing cartilage",
 "An artificial cartilage made of a tough hydrogel wears away the cartilage it rubs against",
 ("double-network hydrogel artificial cartilage", ['double-network hydrogel', 'DN gel', 'PAMPS/PDMAAm DN gel',
                                                   'PAMPS/PDMAAm double-network hydrogel', 'artificial cartilage made from a novel double-network hydrogel']),
 ("damage to the opposing cartilage", ['counterface cartilage damage', 'pathological damage on the cartilage matrices and cells',
                                       'irregularity on the counterface cartilage surface', 'surface roughness of the counterface cartilage',
                                       'detrimental effects on counterface cartilage']),
 '"double-network"[tiab] OR "DN gel"[tiab] OR "artificial cartilage"[tiab] OR ((hydrogel*[tiab] OR implant*[tiab]) AND '
 '(counterface[tiab] OR opposing[tiab] OR friction*[tiab]) AND cartilage[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
