# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 44 (2026-12-05) before any project output or review for these claims existed. As for fresh79, the
# workshop records no earlier query returns are spent, so these claims are written on records earlier sets' queries
# may have returned, for therapies no earlier set claimed (stromal vascular fraction, biomimetic scaffolds, osteoperiosteal
# cylinder grafts, bone grafting of cystic talar lesions, ferroptosis, nucleus pulposus stem cells): every claim-record pair
# is new, the records may not be (a pair-level held-out set). Synonyms name the claim's own therapy and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

DISC = ['intervertebral disc degeneration', 'disc degeneration', 'IVDD', 'IDD', 'degenerative disc disease',
        'degenerated intervertebral discs']
TALUS = ['osteochondral lesions of the talus', 'osteochondral lesion of the talus', 'talar osteochondral lesions',
         'osteochondral lesions of the talar dome', 'OLT', 'OLTs']
C = [
("C878", "Stromal vascular fraction relieves knee osteoarthritis",
 "Stromal vascular fraction cells, taken from the patient's own fat and injected into the joint, relieve knee osteoarthritis",
 ("stromal vascular fraction", ['stromal vascular fraction', 'SVF', 'adipose-derived stromal vascular fraction',
                                'adipose stromal vascular fraction', 'stromal vascular fraction cells']),
 ("knee osteoarthritis", ['knee osteoarthritis', 'osteoarthritis of the knee', 'knee OA', 'gonarthrosis', 'osteoarthritic knees']),
 '"stromal vascular fraction"[tiab] OR SVF[tiab]', 'effect', None, None, 'benefit', None),
("C879", "Biomimetic scaffolds regenerate articular cartilage defects",
 "biomimetic scaffolds, which regenerate articular cartilage defects without any cells",
 ("biomimetic scaffolds", ['biomimetic scaffold', 'biomimetic scaffolds', 'biomimetic osteochondral scaffold',
                           'biomimetic osteochondral scaffolds', 'biomimetic implant', 'biomimetic cartilage scaffold']),
 ("articular cartilage defects", ['cartilage defects', 'cartilage defect', 'chondral defects', 'osteochondral defects',
                                  'osteochondral lesions', 'cartilage lesions', 'articular cartilage defects']),
 'biomimetic[tiab] AND cartilage[tiab]', 'effect', None, None, 'benefit', None),
("C880", "Osteoperiosteal cylinder grafts repair talar osteochondral lesions",
 "An autologous osteoperiosteal cylinder graft from the iliac crest repairs osteochondral lesions of the talus",
 ("autologous osteoperiosteal cylinder graft", ['autologous osteoperiosteal cylinder graft', 'osteoperiosteal cylinder graft',
                                                'osteoperiosteal graft', 'osteoperiosteal cylinders', 'osteoperiosteal transplantation',
                                                'iliac osteoperiosteal graft']),
 ("osteochondral lesions of the talus", TALUS),
 'osteoperiosteal[tiab]', 'effect', None, None, 'benefit', None),
("C881", "Bone grafting heals cystic talar osteochondral lesions",
 "autologous bone grafting heals cystic osteochondral lesions of the talus",
 ("autologous bone grafting", ['autologous bone grafting', 'autologous bone graft', 'autogenous bone graft',
                               'cancellous bone graft', 'bone grafting', 'bone graft']),
 ("cystic osteochondral lesions of the talus", TALUS + ['cystic osteochondral lesions', 'subchondral cysts of the talus']),
 '(talus[tiab] OR talar[tiab]) AND "bone graft*"[tiab]', 'effect', None, None, 'benefit', None),
("C882", "Ferroptosis drives intervertebral disc degeneration",
 "ferroptosis of disc cells drives intervertebral disc degeneration",
 ("ferroptosis", ['ferroptosis', 'ferroptotic cell death', 'ferroptotic death']),
 ("intervertebral disc degeneration", DISC),
 'ferroptosis[tiab]', 'effect', None, None, 'harm', None),
("C883", "Nucleus pulposus stem cells alleviate disc degeneration",
 "stem cells found in the nucleus pulposus itself, transplanted back into the disc, alleviate intervertebral disc degeneration",
 ("nucleus pulposus stem cells", ['nucleus pulposus stem cells', 'nucleus pulposus-derived stem cells', 'NPSCs',
                                  'nucleus pulposus progenitor cells', 'nucleus pulposus-derived mesenchymal stem cells',
                                  'NP stem cells']),
 ("intervertebral disc degeneration", DISC),
 '"nucleus pulposus"[tiab] AND (stem[tiab] OR progenitor[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
