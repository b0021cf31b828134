# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# a heparin-based hydrogel and partial-thickness cartilage defects (two rabbit studies and an expert survey that mentions
# heparin), erythropoietin and osteochondral defects (a mini-pig study among an assay paper and a cancer review),
# ascorbic acid with an iron supplement and stem cell-mediated cartilage regeneration (a minipig study and two laboratory
# papers that use ascorbate in culture), mesenchymal stem cells and rheumatoid arthritis (mouse and rabbit arthritis
# models and a review), nanofibrous scaffolds and cartilage regeneration (laboratory, animal and safety studies) and the
# dose of implanted cells and cartilage repair (a randomised trial of chondrocyte doses among animal, laboratory and
# case-series records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1025", "A heparin-based hydrogel regenerates cartilage in partial-thickness defects",
 "A heparin-based hydrogel regenerates cartilage in partial-thickness defects",
 ("heparin-based hydrogel", ['heparin-based hydrogel', 'heparin-based hydrogels', 'injectable heparin-based hydrogel',
                             'heparin-based injectable hydrogel', 'heparin hydrogel']),
 ("partial-thickness cartilage defects", ['partial-thickness cartilage defects', 'partial-thickness cartilage defect',
                                          'partial-thickness defects', 'partial thickness cartilage defects',
                                          'partial-thickness chondral defects', 'partial-thickness cartilage lesions']),
 'heparin*[tiab] AND (cartilage[tiab] OR chondr*[tiab])', 'effect', None, None, 'benefit', None),
("C1026", "Erythropoietin improves the healing of osteochondral defects",
 "Erythropoietin improves the healing of osteochondral defects",
 ("erythropoietin", ['erythropoietin', 'EPO', 'erythropoietin (EPO)', 'epoetin', 'recombinant erythropoietin']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'osteochondral lesions',
                            'osteochondral defects of the knee', 'full-thickness osteochondral defects']),
 'erythropoietin[tiab] OR EPO[tiab] OR epoetin[tiab]', 'effect', None, None, 'benefit', None),
("C1027", "Ascorbic acid and iron supplements improve cartilage regeneration by stem cells",
 "Ascorbic acid and iron supplements improve cartilage regeneration by stem cells",
 ("ascorbic acid and iron supplement", ['ascorbic acid and iron supplement', 'ascorbic acid and iron supplementation',
                                        'ascorbic acid plus iron', 'ascorbic acid and ferumoxytol', 'vitamin C and iron',
                                        'ascorbic acid and iron supplement treatment']),
 ("stem cell-mediated cartilage regeneration", ['stem cell-mediated cartilage regeneration', 'MSC-mediated cartilage repair',
                                                'cartilage regeneration by mesenchymal stem cells',
                                                'mesenchymal stem cell-mediated cartilage repair',
                                                'cartilage repair by transplanted mesenchymal stem cells']),
 '("ascorbic acid"[tiab] OR ascorbate[tiab] OR "vitamin C"[tiab]) AND (cartilage[tiab] OR chondr*[tiab])',
 'effect', None, None, 'benefit', None),
("C1028", "Mesenchymal stem cells ease rheumatoid arthritis",
 "Mesenchymal stem cells ease rheumatoid arthritis",
 ("mesenchymal stem cells", ['mesenchymal stem cells', 'MSCs', 'mesenchymal stromal cells', 'MSC',
                             'bone marrow mesenchymal stem cells', 'intra-articular MSC therapy']),
 ("rheumatoid arthritis", ['rheumatoid arthritis', 'RA', 'antigen-induced arthritis', 'AIA',
                           'murine antigen-induced arthritis']),
 '("mesenchymal stem"[tiab] OR "mesenchymal stromal"[tiab] OR MSC*[tiab]) AND ("rheumatoid arthritis"[tiab] OR '
 'rheumatic[tiab] OR "antigen-induced arthritis"[tiab] OR "collagen-induced arthritis"[tiab] OR "inflammatory arthritis"[tiab])',
 'effect', None, None, 'benefit', None),
("C1029", "Nanofibrous scaffolds improve cartilage regeneration",
 "Nanofibrous scaffolds improve cartilage regeneration",
 ("nanofibrous scaffolds", ['nanofibrous scaffolds', 'nanofibrous scaffold', 'nanofiber scaffold', 'nanofibrous microcarriers',
                            'nanofibrous hollow microspheres', 'nanofibrous poly(l-lactic acid) scaffold',
                            'electrospun nanofibre sheet']),
 ("cartilage regeneration", ['cartilage regeneration', 'cartilage repair', 'regeneration of cartilage',
                             'cartilage tissue regeneration', 'repair of cartilage defects']),
 'nanofib*[tiab] AND (cartilage[tiab] OR chondr*[tiab] OR osteochondral[tiab])', 'effect', None, None, 'benefit', None),
("C1030", "Implanting a higher dose of cells gives better cartilage repair",
 "Implanting a higher dose of cells gives better cartilage repair",
 ("higher cell dose", ['higher cell dose', 'high cell dose', 'high cell doses', 'higher cell density', 'high cell density',
                       'higher dose of implanted cells']),
 ("cartilage repair", ['cartilage repair', 'repair of articular cartilage defects', 'cartilage defect repair',
                       'quality of cartilage repair', 'structural outcome of cartilage repair']),
 '("cell dose"[tiab] OR "cell doses"[tiab] OR "cell density"[tiab] OR "cell densities"[tiab]) AND (cartilage[tiab] OR '
 'chondral[tiab] OR osteochondral[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
