# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 45 (2026-12-05), with LINKER_RELEASE 2026.12.96, before any project output or review for these
# claims existed, on workshop titles naming no therapy any earlier set claimed (PLGA scaffolds, polyurethane meniscal
# scaffolds, decellularized osteochondral allografts, hydroxyapatite scaffolds): a pair-level held-out set. Synonyms name
# the claim's own therapy and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C894", "PLGA scaffolds repair osteochondral defects",
 "PLGA scaffolds repair osteochondral defects",
 ("PLGA scaffolds", ['PLGA scaffolds', 'PLGA scaffold', 'PLGA', 'poly(lactic-co-glycolic acid) scaffold',
                     'polylactide-co-glycolide scaffold', 'PLGA implants']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'cartilage defects', 'cartilage defect',
                            'osteochondral lesions', 'articular cartilage defects']),
 'PLGA[tiab]', 'effect', None, None, 'benefit', None),
("C895", "Polyurethane meniscal scaffolds restore meniscal tissue",
 "polyurethane meniscal scaffolds restore meniscal tissue after partial meniscectomy",
 ("polyurethane meniscal scaffolds", ['polyurethane meniscal scaffolds', 'polyurethane meniscal scaffold',
                                      'polyurethane scaffold', 'polyurethane meniscus implant', 'Actifit',
                                      'polyurethane meniscus replacement']),
 ("meniscal defects after partial meniscectomy", ['meniscal defects', 'meniscal defect', 'partial meniscectomy',
                                                   'meniscal loss', 'irreparable meniscal tears', 'meniscus defects']),
 'polyurethane[tiab]', 'effect', None, None, 'benefit', None),
("C896", "Decellularized osteochondral allografts repair knee cartilage lesions",
 "decellularized osteochondral allografts repair cartilage lesions of the knee",
 ("decellularized osteochondral allografts", ['decellularized osteochondral allografts',
                                              'decellularized osteochondral allograft', 'Chondrofix',
                                              'decellularized cartilage graft', 'decellularized allograft']),
 ("knee cartilage lesions", ['cartilage lesions', 'cartilage lesion', 'cartilage defects', 'osteochondral defects',
                             'osteochondral lesions', 'chondral defects']),
 'decellulari*[tiab]', 'effect', None, None, 'benefit', None),
("C897", "Hydroxyapatite scaffolds repair subchondral bone in osteochondral defects",
 "hydroxyapatite scaffolds repair the subchondral bone of osteochondral defects",
 ("hydroxyapatite scaffolds", ['hydroxyapatite scaffolds', 'hydroxyapatite scaffold', 'hydroxyapatite',
                               'collagen-hydroxyapatite scaffold', 'hydroxyapatite-based artificial bone',
                               'hydroxyapatite substitute']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'subchondral bone defects',
                            'osteochondral lesions', 'subchondral bone']),
 'hydroxyapatite[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
