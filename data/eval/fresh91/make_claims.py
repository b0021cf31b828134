# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.106, before any project output or review for these
# claims existed: claims on records no earlier set's query returned (etafenone, cerebral blood flow, hypercapnia, taurine,
# dinitrophenol - old physiology and pharmacology) and one on T2 mapping of repair cartilage, whose records other queries
# returned: a held-out set, pair by pair for the last. Synonyms name the claim's own therapy and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C934", "Etafenone increases myocardial blood flow",
 "Etafenone increases myocardial blood flow",
 ("etafenone", ['etafenone']),
 ("myocardial blood flow", ['myocardial blood flow', 'coronary blood flow', 'regional myocardial blood flow']),
 'etafenone[tiab]', 'effect', None, None, 'benefit', None),
("C935", "Lowering arterial blood pressure reduces cerebral blood flow",
 "Lowering arterial blood pressure reduces cerebral blood flow",
 ("lowering arterial blood pressure", ['lowering arterial blood pressure', 'decreasing arterial blood pressure',
                                       'hypotension', 'induced hypotension', 'reduced blood pressure']),
 ("cerebral blood flow", ['cerebral blood flow', 'CBF']),
 'cerebral blood flow[tiab]', 'effect', None, None, 'harm', None),
("C936", "Hypercapnia stimulates the respiratory centre",
 "Hypercapnia stimulates the respiratory centre",
 ("hypercapnia", ['hypercapnia', 'hypercapnic', 'carbon dioxide', 'CO2']),
 ("respiratory centre", ['respiratory centre', 'respiratory center', 'respiratory neurons', 'respiration']),
 'hypercapnia[tiab]', 'effect', None, None, 'benefit', None),
("C937", "Taurine inhibits spinal motoneurons",
 "Taurine inhibits spinal motoneurons",
 ("taurine", ['taurine']),
 ("spinal motoneurons", ['spinal motoneurons', 'motoneurons', 'motoneurones', 'motor neurons']),
 'taurine[tiab]', 'effect', None, None, 'benefit', None),
("C938", "T2 mapping distinguishes repair cartilage from native cartilage",
 "T2 mapping distinguishes repair cartilage from native cartilage",
 ("T2 mapping", ['T2 mapping', 'T2 relaxation time', 'T2 relaxation times', 'T2 values', 'quantitative T2']),
 ("repair cartilage", ['repair cartilage', 'repair tissue', 'cartilage repair tissue', 'cartilage repair']),
 '(T2 mapping[tiab] OR T2 relaxation[tiab]) AND cartilage[tiab]', 'effect', None, None, 'benefit', None),
("C939", "Dinitrophenol stimulates respiration",
 "Dinitrophenol stimulates respiration",
 ("dinitrophenol", ['dinitrophenol', '2,4-dinitrophenol', 'DNP']),
 ("respiration", ['respiration', 'breathing', 'ventilation', 'respiratory']),
 'dinitrophenol[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
