# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 55 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# the size of the biopsy needle and systemic air embolism in percutaneous CT-guided lung biopsy (a 12-institution
# case-control study of 2,216 procedures, PMID 24352861, with the use of a larger biopsy needle the significant risk factor
# on multivariate analysis; the earlier claims were the biopsy itself and hyperbaric oxygen; among a 1,014-biopsy series
# with 18-gauge cutting needles in all, a four-case coaxial-needle series and case reports of air embolism after core,
# cutting and coaxial needle biopsy), preoperative statin use and pneumonia after gastrointestinal surgery (2,211 surgical
# patients, PMID 26702235, with no postoperative pneumonia in statin users whose cholesterol was below 200 mg/dl; the
# earlier claim on it was low cholesterol and infection; among a PCSK9-inhibitor review, a post-infarction medication
# persistence study and a chondrocyte implantation review), an underlying malignancy and survival after emergent
# pericardiotomy for primary cardiac tamponade (90 consecutive patients, PMID 26702272, with one- and four-year survival
# of 0.56 and 0.53 in cancer patients against 0.93 and 0.89 in the others; the earlier claim on it was the relief of
# tamponade; among an ovarian-carcinoma effusion study, a pemetrexed trial, a mechanical circulatory support series and a
# bone-and-joint tuberculosis record), concomitant coronary artery bypass grafting against isolated aortic valve
# replacement and the recovery of left ventricular diastolic function (23 patients with severe aortic stenosis, PMID
# 26702162, with significant improvement in the tissue-Doppler diastolic parameters after isolated AVR but only in S'
# after AVR with CABG; the earlier claim on it was AVR and LV function; among a prosthetic valve pannus study, a lupus
# P-wave study, a valvular interstitial cell study and a prosthetic-valve endocarditis epidural abscess), labour epidural
# analgesia and assisted delivery (4,694 deliveries, PMID 26702215, with assisted delivery in 8.7% with an epidural against
# 3.7% without, and no difference in caesarean rate; the earlier claim on it was conversion to surgical anaesthesia; among
# an epidural ropivacaine-fentanyl trial, a kyphoscoliotic parturient case, an acute pain service survey and epidural
# abscess cases) and cartilage fragments added to hamstring anterior cruciate ligament reconstruction and tendon-bone
# integration (a 116-patient randomised study, PMID 29730208, with a lower graft signal-noise quotient in the femoral
# tunnel and more bone formation with chondroid cells at the tendon-bone interface; the earlier claim on it was tunnel
# widening; among a marrow-stem-cell tendon-to-bone healing study, a biologic augmentation technique and an
# osteochondral allograft study). Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1277", "Larger biopsy needles increase the risk of systemic air embolism in percutaneous CT-guided lung biopsy compared with smaller needles",
 "When a lung lump is sampled with a needle under CT, a thicker needle raises the risk of air getting into the bloodstream compared with a finer one",
 ("larger biopsy needle", ['larger biopsy needles', 'use of a larger biopsy needle', 'larger biopsy needle']),
 ("systemic air embolism", ['systemic air embolism', 'SAE', 'systemic arterial embolism', 'systemic air embolism by percutaneous computed tomography (CT)-guided lung biopsy']),
 '("air embolism"[tiab] OR "gas embolism"[tiab]) AND biops*[tiab] AND (gauge[tiab] OR "core needle"[tiab] OR "cutting needle"[tiab] OR '
 'coaxial[tiab] OR "risk factor*"[tiab] OR "needle size"[tiab] OR "larger needle*"[tiab] OR "larger biopsy needle*"[tiab])', 'effect',
 ("smaller biopsy needle", ['smaller biopsy needles', 'smaller needles']),
 None, 'harm', None),
("C1278", "Preoperative statin use protects against postoperative pneumonia after gastrointestinal surgery",
 "Taking a statin before stomach or bowel surgery helps protect against pneumonia afterwards",
 ("preoperative statin use", ['preoperative statin use', 'statin medications', 'patients taking statin medications', 'use of statin medications']),
 ("postoperative pneumonia", ['postoperative pneumonia', 'pneumonia', 'development of postoperative pneumonia']),
 'statin*[tiab] OR "postoperative pneumonia"[tiab] OR ((cholesterol[tiab] OR albumin[tiab]) AND (surg*[tiab] OR postoperative[tiab]) AND '
 '(infection*[tiab] OR pneumonia[tiab]))', 'effect', None, None, 'benefit', None),
("C1279", "An underlying malignancy shortens survival after emergent pericardiotomy for primary cardiac tamponade",
 "When fluid pressing on the heart is drained surgically, patients whose fluid comes from a cancer live much shorter afterwards than the others",
 ("underlying malignancy", ['malignancy diagnosis', 'malignancy', 'cancer patients']),
 ("survival after pericardiotomy for cardiac tamponade", ['probability of survival', 'survival', 'negative impact on survival',
                                                         'one-year and four-year probability of survival']),
 'pericardiotomy[tiab] OR pericardiocentesis[tiab] OR "cardiac tamponade"[tiab] OR "pericardial effusion*"[tiab] OR pericardi*[ti] OR '
 '(malignan*[tiab] AND survival[tiab] AND (effusion*[tiab] OR tamponade[tiab] OR "emergent surg*"[tiab]))', 'effect', None, None, 'harm', None),
("C1280", "Concomitant coronary artery bypass grafting blunts the recovery of left ventricular diastolic function after aortic valve replacement compared with isolated valve replacement",
 "After an aortic valve replacement, the heart's relaxing function recovers less if bypass grafts are done in the same operation than after the valve alone",
 ("concomitant coronary artery bypass grafting with aortic valve replacement", ['concomitant AVR with coronary artery bypass grafting (CABG)',
                                                                              'concomitant AVR with CABG',
                                                                              'patients who underwent concomitant AVR with CABG']),
 ("poorer recovery of left ventricular diastolic function after aortic valve replacement", ['TDI-derived diastolic parameters',
                                                                                           "early diastolic (E')", "late diastolic (A')",
                                                                                           'LV diastolic and systolic functions',
                                                                                           'less improvement in the TDI-derived diastolic parameters']),
 '"aortic valve"[tiab] OR "valve replacement"[tiab] OR "aortic stenosis"[tiab] OR "diastolic function"[tiab] OR "tissue Doppler"[tiab] OR '
 '("coronary artery bypass"[tiab] AND (valve[tiab] OR "left ventricular"[tiab] OR echocardiograph*[tiab]))', 'effect',
 ("isolated aortic valve replacement", ['isolated AVR', 'patients who underwent isolated AVR']),
 None, 'harm', None),
("C1281", "Labour epidural analgesia increases the rate of assisted vaginal delivery",
 "An epidural for labour pain makes a forceps or vacuum-assisted delivery more likely",
 ("labour epidural analgesia", ['labor epidural (LE)', 'labor epidural', 'LE', 'patients receiving LE']),
 ("assisted delivery", ['assisted delivery', 'rate of assisted delivery']),
 '"labor epidural"[tiab] OR "labour epidural"[tiab] OR "epidural analgesia"[tiab] OR ((labor[tiab] OR labour[tiab] OR parturient*[tiab]) AND '
 '("cesarean section"[tiab] OR "caesarean section"[tiab] OR "assisted delivery"[tiab] OR "instrumental delivery"[tiab]))', 'effect',
 None, None, 'harm', None),
("C1282", "Cartilage fragments added to hamstring anterior cruciate ligament reconstruction promote tendon-bone integration",
 "Packing small pieces of cartilage into the bone tunnel during ACL reconstruction helps the new ligament graft grow into the bone",
 ("cartilage fragments", ['cartilage fragments', 'use of cartilage fragments', 'augmented with cartilage fragments']),
 ("tendon-bone integration after ACL reconstruction", ['tendon-bone integration', 'tendon-bone integration process',
                                                       'signal-noise quotient value of the graft in the femoral tunnel',
                                                       'bone formations containing chondroid cells']),
 '("anterior cruciate ligament reconstruction"[tiab] OR ACLR[tiab] OR "ACL reconstruction"[tiab]) AND ("tunnel widening"[tiab] OR '
 '"tendon-bone"[tiab] OR "tendon-to-bone"[tiab] OR "graft integration"[tiab] OR augment*[tiab])', 'effect', None,
 ("anterior cruciate ligament reconstruction with autologous hamstring tendons", ['ACLR with autologous hamstring tendons',
                                                                                 'anterior cruciate ligament reconstruction (ACLR)']),
 'benefit', None),
]

write_claims(C)
