# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# cells made from human embryonic stem cells and arthritic cartilage (laboratory and monkey studies), female sex and the
# outcome of autologous chondrocyte implantation (cohorts), TNF-alpha and intervertebral disc degeneration (laboratory and
# animal work), platelet-rich fibrin and the repair of cartilage defects (animal and clinical reports), pancreatic cancer
# and diabetes (a conditioned-medium study among imaging records), and the cost-effectiveness of autologous chondrocyte
# implantation compared with microfracture (economic models).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C989", "Cells made from human embryonic stem cells repair arthritic cartilage",
 "Cells made from human embryonic stem cells repair arthritic cartilage",
 ("human embryonic stem cell-derived cells", ['human embryonic stem cell-derived cells', 'embryonic stem cell-derived cells',
                                              'cells derived from human embryonic stem cells', 'hESC-derived cells',
                                              'ESC-derived mesenchymal stem cells', 'EMSCs',
                                              'chondroprogenitor cells derived from human embryonic stem cells']),
 ("arthritic cartilage damage", ['arthritic cartilage damage', 'cartilage defects in arthritic tissue', 'arthritic cartilage',
                                 'osteoarthritic cartilage', 'osteoarthritis', 'spontaneous osteoarthritis']),
 '"embryonic stem"[tiab] OR "ESC-derived"[tiab] OR hESC*[tiab] OR EMSC*[tiab]', 'effect', None, None, 'benefit', None),
("C990", "Women do worse than men after autologous chondrocyte implantation",
 "Women do worse than men after autologous chondrocyte implantation",
 ("female sex", ['female sex', 'female gender', 'female patients', 'women', 'being female']),
 ("outcome of autologous chondrocyte implantation", ['outcome of autologous chondrocyte implantation',
                                                     'outcome after autologous chondrocyte implantation',
                                                     'results after autologous chondrocyte implantation', 'outcome of ACI',
                                                     'results after ACI', 'clinical outcome after ACI']),
 '(sex[tiab] OR gender[tiab] OR female*[tiab] OR women[tiab]) AND ("chondrocyte implantation"[tiab] OR '
 '"chondrocyte transplantation"[tiab]) AND outcome*[tiab] AND (predict*[tiab] OR factor*[tiab] OR influence*[tiab])',
 'effect', None, None, 'harm', None),
("C991", "TNF-alpha drives degeneration of the spinal discs",
 "TNF-alpha drives degeneration of the spinal discs",
 ("TNF-alpha", ['TNF-alpha', 'TNF-α', 'TNFα', 'tumor necrosis factor-alpha', 'tumour necrosis factor-alpha',
                'tumor necrosis factor-α']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'intervertebral disk degeneration', 'IDD',
                                      'IVD degeneration', 'disc degeneration', 'degeneration of the intervertebral disc']),
 '("tumor necrosis factor"[tiab] OR "tumour necrosis factor"[tiab] OR TNF*[tiab]) AND (disc[tiab] OR disk[tiab] OR '
 '"nucleus pulposus"[tiab] OR intervertebral[tiab])', 'effect', None, None, 'harm', None),
("C992", "Platelet-rich fibrin improves the repair of cartilage defects",
 "Platelet-rich fibrin improves the repair of cartilage defects",
 ("platelet-rich fibrin", ['platelet-rich fibrin', 'platelet rich fibrin', 'PRF', 'platelet-rich fibrin membrane',
                           'platelet-rich fibrin glue', 'autologous platelet-rich fibrin']),
 ("cartilage defects", ['cartilage defects', 'cartilage defect', 'chondral defects', 'articular cartilage defects',
                        'focal cartilage defects', 'cartilage lesions']),
 '"platelet-rich fibrin"[tiab] OR "platelet rich fibrin"[tiab] OR PRF[tiab]', 'effect', None, None, 'benefit', None),
("C993", "Pancreatic cancer causes diabetes",
 "Pancreatic cancer causes diabetes",
 ("pancreatic cancer", ['pancreatic cancer', 'pancreatic carcinoma', 'pancreatic adenocarcinoma',
                        'pancreatic ductal adenocarcinoma', 'carcinoma of the pancreas', 'cancer of the pancreas']),
 ("diabetes", ['diabetes', 'diabetes mellitus', 'pancreatic cancer-associated diabetes', 'insulin resistance',
               'reduced glucose tolerance', 'glucose intolerance']),
 '(diabet*[tiab] OR "glucose intolerance"[tiab] OR "glucose tolerance"[tiab] OR "insulin resistance"[tiab] OR glucose[tiab]) '
 'AND ("pancreatic cancer"[tiab] OR "pancreatic carcinoma"[tiab] OR "pancreatic adenocarcinoma"[tiab] OR '
 '"carcinoma of the pancreas"[tiab])', 'effect', None, None, 'harm', None),
("C994", "Autologous chondrocyte implantation is more cost-effective than microfracture for knee cartilage defects",
 "Autologous chondrocyte implantation is more cost-effective than microfracture for knee cartilage defects",
 ("autologous chondrocyte implantation", ['autologous chondrocyte implantation', 'ACI', 'autologous chondrocyte transplantation',
                                          'characterised chondrocyte implantation', 'chondrocyte implantation',
                                          'matrix-induced autologous chondrocyte implantation', 'MACI']),
 ("cost-effectiveness of treating knee cartilage defects", ['cost-effectiveness of treating knee cartilage defects',
                                                           'cost-effectiveness', 'cost effectiveness', 'cost per QALY gained',
                                                           'incremental cost-effectiveness ratio', 'cost-utility']),
 '("cost-effective*"[tiab] OR "cost effective*"[tiab] OR "cost-utility"[tiab] OR QALY*[tiab] OR "quality-adjusted"[tiab]) AND '
 '("chondrocyte implantation"[tiab] OR "chondrocyte transplantation"[tiab] OR microfracture*[tiab])', 'effect',
 ("microfracture", ['microfracture', 'MF', 'microfracturing', 'microfracture surgery', 'arthroscopic microfracture']),
 None, 'benefit', None),
]

write_claims(C)
