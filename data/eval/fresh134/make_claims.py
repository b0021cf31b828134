# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# retropharyngeal abscess and spinal epidural abscess (a case report with a literature review of seven such cases, among
# an odontoid osteomyelitis with retropharyngeal abscess, a retropharyngeal abscess with cervical discitis, Lemierre
# syndrome, prevertebral abscess and cervical spondylodiscitis records), antibiotics alone for psoas abscess (a
# three-child conservative series, a 41-adult series with 34% treated by antibiotics alone and a 16-child series with 10
# treated conservatively, among psoas abscess series treated by drainage and pyomyositis records), malakoplakia and
# enterocutaneous fistulae (a case report, among psoas abscess, anorectal fistula and other fistula records), 0.025%
# ropivacaine with fentanyl and epinephrine versus stronger ropivacaine concentrations for patient-controlled epidural
# analgesia after caesarean section (a 48-patient randomised double-blind trial, among a labour-epidural conversion
# study and epidural abscess reports), cerebrovascular risk and treatment outcome of late-life psychotic depression (a
# 142-patient analysis within a randomised trial, among methamphetamine psychosis, social-defeat stress and insomnia
# records) and concurrent chemoradiotherapy for locoregionally advanced head and neck squamous cell carcinoma (a review
# citing randomised trials, among a nasopharyngeal carcinoma review, a cetuximab-resistance study and a surgical air
# embolism report).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1193", "Retropharyngeal abscess leads to spinal epidural abscess",
 "An abscess behind the throat spreads to cause an abscess around the spinal cord",
 ("retropharyngeal abscess", ['retropharyngeal abscess', 'retropharyngeal abscesses', 'ruptured retropharyngeal abscess',
                              'abscess of the retropharyngeal space']),
 ("spinal epidural abscess", ['spinal epidural abscess', 'spinal epidural abscesses', 'epidural abscess', 'cervical epidural abscess',
                              'abscess in the epidural space']),
 '(retropharyngeal[tiab] OR parapharyngeal[tiab] OR prevertebral[tiab] OR tonsillitis[tiab]) AND '
 '(epidural[tiab] OR spondylodiscitis[tiab] OR osteomyelitis[tiab] OR discitis[tiab])', 'effect', None, None, 'harm', None),
("C1194", "Antibiotics alone without drainage cure pyogenic psoas abscess",
 "A pus collection in the psoas muscle of the groin heals with antibiotics alone, without draining it",
 ("antibiotics alone without drainage", ['antibiotics alone', 'intravenous antibiotics', 'treated conservatively', 'conservative management',
                                         'nonsurgical management', 'medical treatment']),
 ("pyogenic psoas abscess", ['psoas abscess', 'iliopsoas abscess', 'acute pyogenic abscess of the iliopsoas', 'pyogenic psoas abscess',
                             'small psoas abscesses', 'primary pyogenic abscess of the psoas muscle']),
 '(psoas[tiab] OR iliopsoas[tiab]) AND ("antibiotics alone"[tiab] OR "antibiotic therapy alone"[tiab] OR "antibiotic treatment alone"[tiab] OR '
 'conservative*[tiab] OR "medical treatment"[tiab] OR "medical management"[tiab] OR nonsurgical[tiab] OR "non-surgical"[tiab] OR '
 '"without drainage"[tiab])', 'effect', None, None, 'benefit', None),
("C1195", "Malakoplakia causes enterocutaneous fistulae",
 "Malakoplakia, a rare inflammatory disease, opens channels from the bowel out through the skin",
 ("malakoplakia", ['malakoplakia', 'malacoplakia']),
 ("enterocutaneous fistulae", ['multiple spontaneous enterocutaneous fistulae', 'enterocutaneous fistula', 'colocutaneous fistula',
                               'spontaneous fistulae']),
 'malakoplakia[tiab] OR malacoplakia[tiab] OR (fistula*[tiab] AND (abscess*[tiab] OR psoas[tiab]))', 'effect', None, None, 'harm', None),
("C1196", "Patient-controlled epidural analgesia with 0.025% ropivacaine, fentanyl and epinephrine relieves pain after caesarean section better than stronger ropivacaine concentrations",
 "After a caesarean section, a very weak ropivacaine mix in the epidural pain pump relieves pain better than stronger mixes",
 ("0.025% ropivacaine with fentanyl and epinephrine for patient-controlled epidural analgesia",
  ['0.025% ropivacaine PCEA', 'ropivacaine 0.025% mixed with fentanyl 3.0 μg/ml and epinephrine 0.5 μg/ml', '0.025% ropivacaine',
   'patient-controlled epidural analgesia with 0.025% ropivacaine', 'Group IV']),
 ("pain after caesarean section", ['pain after cesarean section', 'pain after elective cesarean section', 'post-cesarean pain',
                                  'analgesia after cesarean section', 'postoperative pain after caesarean section']),
 '(ropivacaine[tiab] OR PCEA[tiab] OR "patient-controlled epidural"[tiab] OR epidural[tiab]) AND '
 '(cesarean[tiab] OR caesarean[tiab] OR "urinary retention"[tiab])', 'effect',
 ("stronger ropivacaine concentrations", ['0.2% ropivacaine', '0.1% ropivacaine', '0.05% ropivacaine', 'Groups I-III',
                                          'higher concentrations of ropivacaine']),
 None, 'benefit', None),
("C1197", "High cerebrovascular risk predicts poorer treatment outcome of late-life psychotic depression",
 "Older people with psychotic depression who have a high risk of stroke improve less with treatment",
 ("high cerebrovascular risk", ['greater baseline cerebrovascular risk', 'cerebrovascular risk', 'Framingham Stroke Risk Score',
                                'high stroke risk']),
 ("poorer treatment outcome of late-life psychotic depression", ['less improvement in depression severity',
                                                                 'treatment outcome of major depression with psychotic features in older adults',
                                                                 'acute treatment outcome of psychotic depression in older adults',
                                                                 'late-life psychotic depression']),
 '(depression[tiab] OR depressive[tiab] OR "mood disorder*"[tiab] OR psychotic[tiab]) AND '
 '(cerebrovascular[tiab] OR vascular[tiab] OR "treatment outcome"[tiab] OR response[tiab] OR older[tiab] OR risk[tiab])',
 'effect', None, None, 'harm', None),
("C1198", "Concurrent chemoradiotherapy benefits locoregionally advanced head and neck squamous cell carcinoma",
 "Giving chemotherapy at the same time as radiotherapy helps people with advanced head and neck cancer",
 ("concurrent chemoradiotherapy", ['concurrent chemo-radiotherapy', 'chemoradiotherapy', 'concurrent chemoradiation',
                                   'chemotherapy given with radiotherapy', 'protocol of chemoradiotherapy']),
 ("locoregionally advanced head and neck squamous cell carcinoma", ['locoregionally advanced HNSCC', 'LA-HNSCC',
                                                                    'squamous cell carcinoma of the head and neck', 'HNSCC',
                                                                    'locoregionally advanced resectable disease']),
 '("head and neck"[tiab] OR HNSCC[tiab] OR nasopharyn*[tiab] OR oropharyn*[tiab] OR laryn*[tiab] OR "oral squamous"[tiab] OR '
 '"oral cancer"[tiab]) AND (chemoradi*[tiab] OR chemotherapy[tiab] OR radiotherapy[tiab] OR cetuximab[tiab] OR cisplatin[tiab])',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
