# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.103, before any project output or review for these
# claims existed: cartilage-repair claims on therapy-condition pairs no earlier set claimed (BST-CarGel against
# microfracture; earlier marrow stimulation and the failure of chondrocyte implantation; chondrocyte implantation in the
# hip; bone marrow edema and graft failure; the periosteal flap and graft hypertrophy): a pair-level held-out set.
# Synonyms name the claim's own therapy and condition, no wider (fresh88's lesson: a synonym wider than the claim's name
# says the claim means more than it does).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

ACI = ['autologous chondrocyte implantation', 'ACI', 'autologous chondrocyte transplantation', 'ACT',
       'matrix-induced autologous chondrocyte implantation', 'MACI', 'matrix-associated autologous chondrocyte implantation',
       'matrix-associated autologous chondrocyte transplantation', 'MACT', 'chondrocyte implantation']
C = [
("C924", "BST-CarGel gives better cartilage repair than microfracture alone",
 "BST-CarGel gives better cartilage repair than microfracture alone",
 ("BST-CarGel", ['BST-CarGel', 'chitosan-glycerol phosphate', 'chitosan-glycerol phosphate/blood implant',
                 'chitosan-glycerol phosphate/blood implants']),
 ("cartilage repair", ['cartilage repair', 'cartilage defects', 'chondral defects', 'cartilage lesions',
                       'articular cartilage repair', 'repair tissue']),
 'cargel[tiab] OR chitosan-glycerol[tiab]', 'effect', ("microfracture alone", ['microfracture', 'microfracture alone', 'MFx']),
 None, 'benefit', None),
("C925", "Previous marrow stimulation increases the failure rate of autologous chondrocyte implantation",
 "Previous marrow stimulation increases the failure rate of autologous chondrocyte implantation",
 ("previous marrow stimulation", ['previous marrow stimulation', 'prior marrow stimulation', 'marrow stimulation',
                                  'previous microfracture', 'prior microfracture', 'marrow stimulation techniques']),
 ("failure of autologous chondrocyte implantation", ['failure of autologous chondrocyte implantation', 'graft failure',
                                                     'failure rate', 'ACI failure', 'treatment failure', 'failures']),
 'marrow stimulation[tiab] AND (chondrocyte*[tiab] OR ACI[tiab])', 'effect', None, None, 'harm', None),
("C926", "Autologous chondrocyte implantation repairs cartilage defects of the hip",
 "Autologous chondrocyte implantation repairs cartilage defects of the hip",
 ("autologous chondrocyte implantation", ACI),
 ("cartilage defects of the hip", ['cartilage defects of the hip', 'hip cartilage defects', 'acetabular cartilage defects',
                                   'chondral defects of the hip', 'acetabular chondral lesions',
                                   'femoral head cartilage defects']),
 '(chondrocyte*[tiab] OR ACI[tiab] OR MACI[tiab]) AND (hip[tiab] OR acetabul*[tiab])', 'effect', None, None, 'benefit', None),
("C927", "Subchondral bone marrow edema predicts graft failure after cartilage repair",
 "Subchondral bone marrow edema predicts graft failure after cartilage repair",
 ("subchondral bone marrow edema", ['subchondral bone marrow edema', 'bone marrow edema', 'bone marrow oedema',
                                    'subchondral bone marrow oedema', 'BME']),
 ("graft failure after cartilage repair", ['graft failure', 'failure after cartilage repair', 'graft failure after cartilage repair',
                                           'treatment failure', 'failure']),
 'bone marrow edema[tiab] OR bone marrow oedema[tiab]', 'effect', None, None, 'harm', None),
("C928", "A periosteal flap cover causes graft hypertrophy after autologous chondrocyte implantation",
 "A periosteal flap cover causes graft hypertrophy after autologous chondrocyte implantation",
 ("periosteal flap cover", ['periosteal flap', 'periosteal flap cover', 'periosteal patch', 'periosteal cover',
                            'periosteum-covered autologous chondrocyte implantation', 'ACI-P']),
 ("graft hypertrophy", ['graft hypertrophy', 'periosteal hypertrophy', 'hypertrophy of the graft', 'graft overgrowth',
                        'hypertrophy']),
 'graft hypertrophy[tiab] OR periosteal hypertrophy[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
