# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# a high body mass index and lumbar disc degeneration (two MRI studies that looked at body mass index or subcutaneous fat,
# among records that merely mention weight), Modic changes and recurrent lumbar disc herniation (a prognostic model, a
# discectomy cohort, rat endplate-injury studies and an annular repair study), low psoas muscle mass and low back pain in
# lumbar spinal stenosis (a CT morphology study, a narrative review and spine-surgery records), Baguera C disc compared with
# Bryan disc arthroplasty for anterior bone loss (a radiological review and a reply to a letter, among knee and talus
# records), interlaminar Coflex stabilization and adjacent segment degeneration (a retrospective series and two records
# that merely say interlaminar or interspinous) and an epidural blood patch for spontaneous intracranial hypotension (a
# three-patient report among records that mention headache).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1043", "Carrying extra weight wears out the discs of the lower back",
 "Carrying extra weight wears out the discs of the lower back",
 ("high body mass index", ['high body mass index', 'higher body mass index', 'body mass index', 'BMI',
                           'subcutaneous adipose tissue thickness', 'subcutaneous fat thickness']),
 ("lumbar disc degeneration", ['lumbar disc degeneration', 'LDD', 'lumbar intervertebral disc degeneration',
                               'degeneration of the lumbar discs', 'lumbar intervertebral disc degeneration (DD)']),
 '(obes*[tiab] OR overweight[tiab] OR "body mass index"[tiab] OR BMI[tiab] OR "subcutaneous fat"[tiab] OR '
 '"subcutaneous adipose"[tiab]) AND (disc[tiab] OR disk[tiab] OR lumbar[tiab])', 'effect', None, None, 'harm', None),
("C1044", "Modic changes make a slipped lumbar disc come back after surgery",
 "Modic changes make a slipped lumbar disc come back after surgery",
 ("Modic changes", ['Modic changes', 'Modic change', 'MC', 'Modic-like changes', 'subchondral bone marrow changes']),
 ("recurrent lumbar disc herniation", ['recurrent lumbar disc herniation', 'rLDH', 'recurrence of lumbar disc herniation',
                                       'recurrent disc herniation', 'same-site recurrent disc herniation', 'sRDH',
                                       'reherniation']),
 'Modic[tiab] OR (recurren*[tiab] AND "disc herniation"[tiab])', 'effect', None, None, 'harm', None),
("C1045", "A wasted psoas muscle makes the back pain of lumbar spinal stenosis worse",
 "A wasted psoas muscle makes the back pain of lumbar spinal stenosis worse",
 ("low psoas muscle mass", ['low psoas muscle mass', 'lower psoas muscle mass index', 'lower PMI',
                            'low psoas muscle mass index', 'lower muscle attenuation of psoas major']),
 ("low back pain in lumbar spinal stenosis", ['low back pain in lumbar spinal stenosis',
                                              'lower back pain associated with spinal stenosis',
                                              'back pain in symptomatic multilevel lumbar spinal stenosis',
                                              'low back pain severity in SMLSS',
                                              'back pain in degenerative lumbar spinal stenosis']),
 '"spinal stenosis"[tiab] AND (muscle*[tiab] OR psoas[tiab] OR disability[tiab] OR "back pain"[tiab] OR Oswestry[tiab])',
 'effect', None, None, 'harm', None),
("C1046", "Baguera C discs cause more anterior bone loss than Bryan discs in the neck",
 "Baguera C discs cause more anterior bone loss than Bryan discs in the neck",
 ("Baguera C disc arthroplasty", ['Baguera C disc arthroplasty', 'Baguera C Disc', 'Baguera C CDA',
                                  'Baguera C cervical disc arthroplasty', 'single-level Baguera C CDA']),
 ("anterior bone loss", ['anterior bone loss', 'ABL', 'anterior bone loss in cervical disc arthroplasty',
                         'anterior bone loss after cervical disc arthroplasty', 'bone regression']),
 '("bone loss"[tiab] OR osteolysis[tiab]) AND (cervical[tiab] OR disc[tiab] OR arthroplasty[tiab])', 'effect',
 ("Bryan disc arthroplasty", ['Bryan disc arthroplasty', 'Bryan Disc', 'Bryan cervical disc arthroplasty', 'Bryan CDA',
                              'Bryan artificial disc']),
 None, 'harm', None),
("C1047", "A Coflex device above a lumbar fusion prevents adjacent segment degeneration",
 "A Coflex device above a lumbar fusion prevents adjacent segment degeneration",
 ("interlaminar Coflex stabilization", ['interlaminar Coflex stabilization', 'ICS', 'Coflex',
                                        'Coflex interlaminar stabilization', 'topping-off procedure with ICS']),
 ("adjacent segment degeneration", ['adjacent segment degeneration', 'ASD', 'radiographic adjacent segment degeneration',
                                    'ASD development', 'degeneration of the adjacent segment']),
 'Coflex[tiab] OR "topping-off"[tiab] OR "adjacent segment"[tiab] OR interlaminar[tiab] OR interspinous[tiab] OR '
 '"dynamic stabilization"[tiab]', 'effect', None, None, 'benefit', None),
("C1048", "An epidural blood patch cures spontaneous intracranial hypotension",
 "An epidural blood patch cures spontaneous intracranial hypotension",
 ("epidural blood patch", ['epidural blood patch', 'fluoroscopically-guided epidural blood patch',
                           'image-guided epidural blood patch', 'blood patch', 'epidural blood patching']),
 ("spontaneous intracranial hypotension", ['spontaneous intracranial hypotension', 'SIH',
                                           'spontaneous cerebrospinal fluid leak', 'spontaneous CSF leak',
                                           'headache of spontaneous intracranial hypotension']),
 '"blood patch"[tiab] OR "intracranial hypotension"[tiab] OR headache*[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
