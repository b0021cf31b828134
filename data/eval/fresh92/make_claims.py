# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.108, before any project output or review for these
# claims existed: three claims about what a scan or a score tells (MRI and the clinical outcome of cartilage repair, the
# reliability of the ICRS classification and of the MOCART score; records other queries returned: held out pair by pair)
# and three on old physiology records no earlier query returned (methylmethacrylate and coagulation, hypoxic exercise and
# catecholamines, acid-base changes and cardiac output). Synonyms name the claim's own therapy and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C940", "MRI of the repair tissue predicts the clinical outcome of cartilage repair",
 "MRI of the repair tissue predicts the clinical outcome of cartilage repair",
 ("MRI of the repair tissue", ['MRI', 'magnetic resonance imaging', 'MOCART', 'MOCART score', 'T2 mapping', 'dGEMRIC']),
 ("clinical outcome of cartilage repair", ['clinical outcome', 'clinical outcomes', 'clinical scores', 'functional outcome',
                                           'clinical results']),
 '(MRI[tiab] OR magnetic resonance[tiab] OR MOCART[tiab]) AND (correlat*[tiab] OR predict*[tiab]) AND clinical[tiab] AND cartilage repair[tiab]',
 'effect', None, None, 'benefit', None),
("C941", "The ICRS classification of cartilage lesions is reliable between observers",
 "The ICRS classification of cartilage lesions is reliable between observers",
 ("ICRS classification", ['ICRS classification', 'ICRS grading', 'ICRS grade', 'International Cartilage Repair Society classification',
                          'ICRS score', 'ICRS']),
 ("interobserver reliability", ['interobserver reliability', 'inter-observer reliability', 'interobserver agreement',
                                'inter-rater reliability', 'reliability', 'agreement']),
 'ICRS[tiab] AND (reliab*[tiab] OR agreement[tiab] OR interobserver[tiab])', 'effect', None, None, 'benefit', None),
("C942", "The MOCART score of cartilage repair is reliable between observers",
 "The MOCART score of cartilage repair is reliable between observers",
 ("MOCART score", ['MOCART score', 'MOCART', 'MOCART 2.0', 'magnetic resonance observation of cartilage repair tissue']),
 ("interobserver reliability", ['interobserver reliability', 'inter-observer reliability', 'interobserver agreement',
                                'inter-rater reliability', 'reliability', 'agreement']),
 'MOCART[tiab] AND (reliab*[tiab] OR agreement[tiab] OR interobserver[tiab] OR intraobserver[tiab])', 'effect', None, None,
 'benefit', None),
("C943", "Methylmethacrylate monomer impairs blood coagulation",
 "Methylmethacrylate monomer impairs blood coagulation",
 ("methylmethacrylate monomer", ['methylmethacrylate monomer', 'monomethylmethacrylate', 'methylmethacrylate',
                                 'methyl methacrylate']),
 ("blood coagulation", ['blood coagulation', 'coagulation', 'clotting']),
 'methylmethacrylate[tiab] OR methacrylate[tiab]', 'effect', None, None, 'harm', None),
("C944", "Hypoxic exercise raises arterial catecholamines",
 "Hypoxic exercise raises arterial catecholamines",
 ("hypoxic exercise", ['hypoxic exercise', 'exercise in hypoxia', 'hypoxia']),
 ("arterial catecholamines", ['arterial catecholamines', 'catecholamines', 'noradrenaline', 'adrenaline',
                              'norepinephrine', 'epinephrine']),
 'catecholamine*[tiab] AND hypoxi*[tiab]', 'effect', None, None, 'harm', None),
("C945", "Acid-base changes alter cardiac output during ether anaesthesia",
 "Acid-base changes alter cardiac output during ether anaesthesia",
 ("acid-base changes", ['acid-base changes', 'acid-base status', 'acidosis', 'alkalosis', 'metabolic acidosis',
                        'respiratory acidosis']),
 ("cardiac output", ['cardiac output']),
 'cardiac output[tiab] AND (acid-base[tiab] OR acidosis[tiab] OR alkalosis[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
