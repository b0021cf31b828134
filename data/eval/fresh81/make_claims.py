# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 44 (2026-12-05), after fresh80 was scored and its two readings were made, before any project output
# or review for these claims existed. As for fresh79-80, the claims are written on workshop records earlier sets' queries
# may have returned, for therapies no earlier set claimed (octreotide, gemcitabine, cartilage paste grafting, alginate
# scaffolds, porous tantalum scaffolds, pyroptosis): a pair-level held-out set. Synonyms name the claim's own therapy and
# condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

PANCREAS = ['advanced pancreatic cancer', 'pancreatic cancer', 'pancreatic carcinoma', 'pancreatic adenocarcinoma',
            'carcinoma of the pancreas', 'pancreatic tumor', 'pancreatic tumour']
DISC = ['intervertebral disc degeneration', 'disc degeneration', 'IVDD', 'IDD', 'degenerative disc disease',
        'degenerated intervertebral discs']
C = [
("C884", "Octreotide slows advanced pancreatic cancer",
 "Octreotide, the long-acting copy of somatostatin, slows advanced pancreatic cancer",
 ("octreotide", ['octreotide', 'Sandostatin', 'SMS 201-995', 'somatostatin analogue octreotide', 'octreotide LAR']),
 ("advanced pancreatic cancer", PANCREAS),
 'octreotide[tiab]', 'effect', None, None, 'benefit', None),
("C885", "Gemcitabine prolongs survival in advanced pancreatic cancer",
 "gemcitabine prolongs survival in advanced pancreatic cancer",
 ("gemcitabine", ['gemcitabine', 'Gemzar', 'dFdC', 'gemcitabine hydrochloride']),
 ("advanced pancreatic cancer", PANCREAS),
 'gemcitabine[tiab]', 'effect', None, None, 'benefit', None),
("C886", "Cartilage paste grafting repairs knee cartilage lesions",
 "articular cartilage paste grafting, in which the patient's own cartilage and bone are crushed into a paste and pressed into the lesion, repairs full-thickness knee cartilage lesions",
 ("articular cartilage paste grafting", ['articular cartilage paste grafting', 'articular cartilage paste graft',
                                         'paste grafting', 'paste graft', 'cartilage paste graft', 'osteochondral paste graft']),
 ("full-thickness knee cartilage lesions", ['full-thickness cartilage lesions', 'cartilage lesions', 'cartilage defects',
                                             'chondral defects', 'articular cartilage lesions', 'knee cartilage lesions']),
 '"paste graft*"[tiab] OR "articular cartilage paste"[tiab]', 'effect', None, None, 'benefit', None),
("C887", "Alginate scaffolds repair cartilage defects",
 "Alginate scaffolds repair cartilage defects",
 ("alginate scaffolds", ['alginate scaffold', 'alginate scaffolds', 'alginate hydrogel', 'alginate gel', 'alginate beads',
                         'alginate-based scaffold']),
 ("cartilage defects", ['cartilage defects', 'cartilage defect', 'chondral defects', 'osteochondral defects',
                        'cartilage lesions', 'cartilage repair']),
 'alginate[tiab] AND cartilage[tiab]', 'effect', None, None, 'benefit', None),
("C888", "Porous tantalum scaffolds repair osteochondral defects",
 "porous tantalum scaffolds repair osteochondral defects",
 ("porous tantalum scaffolds", ['porous tantalum scaffold', 'porous tantalum scaffolds', 'porous tantalum',
                                'tantalum scaffold', 'tantalum scaffolds', 'trabecular metal']),
 ("osteochondral defects", ['osteochondral defects', 'osteochondral defect', 'osteochondral lesions',
                            'cartilage defects', 'subchondral bone defects']),
 'tantalum[tiab]', 'effect', None, None, 'benefit', None),
("C889", "Pyroptosis drives intervertebral disc degeneration",
 "pyroptosis of nucleus pulposus cells drives intervertebral disc degeneration",
 ("pyroptosis", ['pyroptosis', 'pyroptotic cell death', 'pyroptotic death', 'NLRP3 inflammasome-mediated pyroptosis']),
 ("intervertebral disc degeneration", DISC),
 'pyroptosis[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
