# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.102 (the rules at the session's start), before any
# project output or review for these claims existed: predisposition and harm claims on exposure-condition pairs no
# earlier set claimed (diabetes with psoas abscess, spinal epidural abscess and vertebral osteomyelitis; intravascular
# catheters with abscesses; spinal tuberculosis with psoas abscess; sickle cell disease with osteomyelitis): a
# pair-level held-out set. Each query names the exposure AND the condition, as a reviewer's search would. Synonyms name
# the claim's own exposure and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

DIABETES = ['diabetes mellitus', 'diabetes', 'diabetic', 'diabetics', 'type 2 diabetes', 'type 1 diabetes']
C = [
("C918", "Diabetes mellitus predisposes to psoas abscess",
 "Diabetes mellitus predisposes to psoas abscess",
 ("diabetes mellitus", DIABETES),
 ("psoas abscess", ['psoas abscess', 'iliopsoas abscess', 'psoas abscesses', 'iliopsoas abscesses', 'psoas pyomyositis']),
 'diabet*[tiab] AND psoas[tiab]', 'effect', None, None, 'harm', None),
("C919", "Diabetes mellitus predisposes to spinal epidural abscess",
 "Diabetes mellitus predisposes to spinal epidural abscess",
 ("diabetes mellitus", DIABETES),
 ("spinal epidural abscess", ['spinal epidural abscess', 'epidural abscess', 'epidural abscesses',
                              'spinal epidural abscesses']),
 'diabet*[tiab] AND epidural[tiab]', 'effect', None, None, 'harm', None),
("C920", "Diabetes mellitus predisposes to vertebral osteomyelitis",
 "Diabetes mellitus predisposes to vertebral osteomyelitis",
 ("diabetes mellitus", DIABETES),
 ("vertebral osteomyelitis", ['vertebral osteomyelitis', 'spondylodiscitis', 'pyogenic spondylodiscitis',
                              'spinal osteomyelitis', 'discitis', 'osteomyelitis']),
 'diabet*[tiab] AND (osteomyelitis[tiab] OR spondylodiscitis[tiab])', 'effect', None, None, 'harm', None),
("C921", "Intravascular catheters can cause psoas and epidural abscesses",
 "Intravascular catheters can cause psoas and epidural abscesses",
 ("intravascular catheters", ['intravascular catheter', 'intravascular catheters', 'central venous catheter',
                              'central venous catheters', 'venous catheter', 'catheter', 'catheters',
                              'haemodialysis catheter', 'hemodialysis catheter']),
 ("psoas and epidural abscesses", ['psoas abscess', 'iliopsoas abscess', 'epidural abscess', 'spinal epidural abscess',
                                   'abscess']),
 'catheter*[tiab] AND abscess*[tiab]', 'effect', None, None, 'harm', None),
("C922", "Tuberculosis of the spine causes psoas abscesses",
 "Tuberculosis of the spine causes psoas abscesses",
 ("spinal tuberculosis", ['spinal tuberculosis', 'tuberculosis', 'tuberculous spondylitis', "Pott's disease",
                          'tuberculous spondylodiscitis', 'Mycobacterium tuberculosis', 'tuberculous']),
 ("psoas abscesses", ['psoas abscess', 'psoas abscesses', 'iliopsoas abscess', 'iliopsoas abscesses',
                      'cold abscess', 'tuberculous psoas abscess']),
 'tubercul*[tiab] AND psoas[tiab]', 'effect', None, None, 'harm', None),
("C923", "Sickle cell disease predisposes to osteomyelitis",
 "Sickle cell disease predisposes to osteomyelitis",
 ("sickle cell disease", ['sickle cell disease', 'sickle cell anaemia', 'sickle cell anemia', 'sickle cell',
                          'sickle-cell disease', 'haemoglobinopathy', 'hemoglobinopathy']),
 ("osteomyelitis", ['osteomyelitis', 'salmonella osteomyelitis', 'bone infection', 'septic arthritis', 'abscess']),
 'sickle[tiab] AND (osteomyelitis[tiab] OR abscess*[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
