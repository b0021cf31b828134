# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# melatonin premedication and postoperative pain after wisdom teeth extraction in women (a 76-patient randomised
# placebo-controlled trial with faster pain reduction in women only, among a rat gastric melatonin-cell study and a
# melatonin-releasing cartilage hydrogel study), slow-release ibuprofen versus oxycodone and acute kidney injury after
# cardiac surgery (a 182-patient randomised trial with creatinine doubling in 9.6% of the ibuprofen group, among an
# NSAID ovarian-cancer study and an excipient study), intrathecal or epidural fentanyl and pruritus (a four-arm
# randomised spinal-adjunct trial with pruritus only in the fentanyl groups and a ropivacaine-fentanyl PCEA trial
# reporting no difference in pruritus, among a ropivacaine-versus-bupivacaine trial and a cauda equina case), intrathecal
# clonidine and sedation (the same four-arm trial with higher sedation scores with clonidine, among a clonidine-route
# trial, a PCEA trial and a TAP-block study), pregabalin and somnolence and dizziness in haemodialysis patients (a
# cross-sectional safety study of pregabalin for uremic pruritus, among records naming pruritus or dizziness for other
# drugs) and long-term atypical antipsychotics and speech impairment (a 140-patient speech study, among a 1975
# neuroleptic pharmacology record and an amisulpride-for-sialorrhea series).
# Synonyms name the claim's own exposure and condition, no wider. The developer left out the helper's plain-text
# populations ("women" for C1205, "baseball players" for C1222): the catalog's population names species only.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1205", "Melatonin premedication speeds the reduction of postoperative pain after wisdom teeth extraction in women",
 "In women, a melatonin tablet before wisdom teeth removal makes the pain afterwards settle faster",
 ("melatonin premedication", ['melatonin premedication', 'melatonin', '6 mg melatonin', 'melatonin use']),
 ("postoperative pain after wisdom teeth extraction", ['pain after wisdom teeth surgery', 'postoperative pain', 'VAS pain',
                                                      'VAS scores for postoperative pain', 'pain after wisdom teeth extraction']),
 'melatonin[tiab] OR "wisdom teeth"[tiab] OR "third molar*"[tiab]', 'effect', None, None, 'benefit', None),
("C1206", "Slow-release ibuprofen causes more acute kidney injury than oxycodone as analgesia after cardiac surgery",
 "After heart surgery, ibuprofen for pain strains the kidneys more than oxycodone does",
 ("slow-release ibuprofen", ['ibuprofen', 'slow-release ibuprofen', 'ibuprofen based regimen', 'slow-release ibuprofen combined with lansoprazole',
                             'short term slow release ibuprofen']),
 ("acute kidney injury after cardiac surgery", ['acute renal injury', 'renal failure', 'creatinine increase', 'decrease in renal function',
                                               'acute kidney injury']),
 'ibuprofen[tiab] OR ((NSAID*[tiab] OR "non-steroidal"[tiab] OR "nonsteroidal"[tiab]) AND (renal[tiab] OR kidney[tiab] OR creatinine[tiab]))',
 'effect', ("oxycodone", ['oxycodone', 'slow-release oxycodone', 'oxycodone-based pain-management regimen', 'oxycodone group']),
 None, 'harm', None),
("C1207", "Intrathecal or epidural fentanyl causes pruritus",
 "Fentanyl added to a spinal or epidural injection makes the skin itch",
 ("intrathecal or epidural fentanyl", ['intrathecal fentanyl', 'fentanyl', 'bupivacaine-fentanyl', 'bupivacaine and fentanyl',
                                      'fentanyl 25 μg', 'ropivacaine-fentanyl']),
 ("pruritus", ['pruritus', 'itching', 'itch']),
 'fentanyl[tiab] AND (intrathecal[tiab] OR spinal[tiab] OR epidural[tiab] OR subarachnoid[tiab] OR pruritus[tiab])',
 'effect', None, None, 'harm', None),
("C1208", "Intrathecal clonidine added to bupivacaine causes sedation",
 "Clonidine added to the spinal anaesthetic injection makes patients drowsy",
 ("intrathecal clonidine", ['intrathecal clonidine', 'clonidine', 'bupivacaine and clonidine', 'clonidine 75 μg', 'clonidine 37.5 μg',
                           'adding clonidine to bupivacaine']),
 ("sedation", ['sedation', 'sedation scores', 'drowsiness', 'sedative effect']),
 'clonidine[tiab] OR (sedat*[tiab] AND (intrathecal[tiab] OR spinal[tiab] OR subarachnoid[tiab] OR block[tiab]))',
 'effect', None, None, 'harm', None),
("C1209", "Pregabalin for uremic pruritus causes somnolence and dizziness in haemodialysis patients",
 "In people on dialysis, pregabalin for itching often causes sleepiness and dizziness",
 ("pregabalin", ['pregabalin', '75 mg pregabalin', 'pregabalin post hemodialysis', 'pregabalin pHD']),
 ("somnolence and dizziness in haemodialysis patients", ['somnolence', 'dizziness', 'adverse events', 'AEs',
                                                       'somnolence and dizziness']),
 'pregabalin[tiab] OR gabapentin[tiab] OR pruritus[tiab] OR somnolence[tiab] OR dizziness[tiab]',
 'effect', None, None, 'harm', None),
("C1210", "Long-term atypical antipsychotic treatment impairs speech production",
 "Long-term use of the newer antipsychotic medicines can change how clearly a person speaks",
 ("atypical antipsychotics", ['atypical antipsychotics', 'atypical antipsychotic medications', 'risperidone', 'olanzapine',
                             'aripiprazole', 'clozapine', 'antipsychotic for more than 2 years']),
 ("speech impairment", ['effect on speech', 'production of speech', 'dysarthria', 'speech parameters', 'Frenchay Dysarthria Assessment scores',
                        'lower FDA scores']),
 '(antipsychotic*[tiab] OR risperidone[tiab] OR olanzapine[tiab] OR clozapine[tiab]) AND (speech[tiab] OR dysarthria[tiab] OR '
 'extrapyramidal[tiab] OR phonation[tiab] OR sialorrhea[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
