# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 45 (2026-12-05), with LINKER_RELEASE 2026.12.99, before any project output or review for these
# claims existed, on workshop titles naming no therapy any earlier set claimed for these conditions (titanium implants,
# IGF-1, gelatin scaffolds, tricalcium phosphate): a pair-level held-out set. Synonyms name the claim's own therapy and
# condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C898", "Titanium implants repair osteochondral defects",
 "titanium implants repair osteochondral defects of the knee",
 ("titanium implants", ['titanium implants', 'titanium implant', 'porous titanium', 'trabecular titanium',
                        'titanium base', 'titanium scaffold']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'osteochondral lesions',
                            'cartilage defects', 'focal cartilage defects']),
 'titanium[tiab]', 'effect', None, None, 'benefit', None),
("C899", "IGF-1 enhances cartilage repair",
 "insulin-like growth factor-1 (IGF-1) enhances cartilage repair",
 ("insulin-like growth factor-1", ['insulin-like growth factor-1', 'insulin-like growth factor 1', 'IGF-1', 'IGF-I',
                                   'insulin-like growth factor I', 'IGF-1 gene']),
 ("cartilage repair", ['cartilage repair', 'cartilage defects', 'cartilage defect', 'osteochondral defects',
                       'articular defects', 'cartilage regeneration']),
 'IGF-1[tiab]', 'effect', None, None, 'benefit', None),
("C900", "Gelatin scaffolds support cartilage repair",
 "gelatin scaffolds support the repair of cartilage defects",
 ("gelatin scaffolds", ['gelatin scaffolds', 'gelatin scaffold', 'gelatin sponge', 'gelatin-based scaffold',
                        'gelatin hydrogel', 'gelatin']),
 ("cartilage defects", ['cartilage defects', 'cartilage defect', 'osteochondral defects', 'cartilage regeneration',
                        'cartilage repair', 'articular cartilage defects']),
 'gelatin[tiab]', 'effect', None, None, 'benefit', None),
("C901", "Tricalcium phosphate scaffolds rebuild subchondral bone in osteochondral defects",
 "tricalcium phosphate\nscaffolds rebuild the subchondral bone of osteochondral defects",
 ("tricalcium phosphate scaffolds", ['tricalcium phosphate scaffolds', 'tricalcium phosphate scaffold',
                                     'tricalcium phosphate', 'beta-tricalcium phosphate', 'β-TCP', 'TCP']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'subchondral bone defects',
                            'subchondral bone', 'osteochondral lesions']),
 'tricalcium[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
