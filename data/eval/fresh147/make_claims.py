# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 54 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# a protein load and pulmonary venous admixture in cirrhosis (21 cirrhotics and 24 controls given 120 g protein a day for
# a week, PMID 241, with a larger rise in AaDO2 and a significant rise in fractional venous admixture in the cirrhotics
# whose EEG slowed; the earlier claim on it was the EEG; among an isolated canine lung study, two hepatocellular-carcinoma
# marker studies and a piglet desflurane study), coached high-potassium grocery provision and fruit, vegetable and potassium
# intake (the 123-patient "Five Plus Nuts and Beans" randomised trial, PMID 26321012, with more fruit and vegetable
# servings, potassium intake and urine potassium than control but no change in blood pressure, the earlier claim's
# outcome; among a pancreatic-cancer nutrition study, a men's-meat-intake IVF study, an endometriosis early-life study and
# a penehyclidine study), serial extractions against late premolar extractions and the mandibular occlusal curves (90
# subjects, PMID 26432319, with steeper post-treatment occlusal curves after serial extraction, among a Class II
# rapid-expander case, an orthognathic airway study, a low-level laser tooth-movement study and a maxillary protraction
# trial), horizontal mandibular advancement in two-jaw orthognathic surgery and airway volume (71 patients, PMID 25919099,
# with horizontal D-point movement associated with larger total and oropharyngeal airway volumes, among an orthodontic
# quality-of-life study, an airway pressure release ventilation study, a ProSeal laryngeal mask trial and a piglet
# desflurane study), persistence with evidence-based medications after non-ST-elevation myocardial infarction at
# nonacademic against academic hospitals (3,184 Medicare patients, PMID 25440500, with composite persistence of 46% against
# 45% at 90 days and 39% against 39% at one year; the earlier claim on it was the medicines and mortality; among psoas
# abscess, breast cancer, semen HPV, trauma registry, oral anticoagulant persistence and tetralogy of Fallot records) and
# the ProSeal laryngeal mask airway against an endotracheal tube for haemodynamic changes (a 60-patient randomised study,
# PMID 26702211, with lower heart rate and blood pressure after insertion and removal in the PLMA group; the earlier claims
# on it were ventilation and postoperative cough; among a nitrous-oxide sevoflurane induction trial, a propofol cough
# trial, an intubation haemodynamics study and a piglet desflurane study). Synonyms name the claim's own exposure and
# condition, no wider. C1275 is an "as faithfully as" claim, stated as kind equivalence with its comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1271", "A high protein load increases pulmonary venous admixture in patients with cirrhosis",
 "For people with cirrhosis, a week of very high-protein eating can make the lungs worse at getting oxygen into the blood",
 ("protein load", ['protein load', '120 g protein per day during one week']),
 ("pulmonary venous admixture", ['pulmonary venous admixture', 'venous admixture', 'AaD02',
                                'difference between alveolar p02 and peripheral arterial p02']),
 '(cirrho*[tiab] AND (protein*[tiab] OR EEG[tiab] OR encephalopath*[tiab] OR oxygen[tiab])) OR "venous admixture"[tiab] OR '
 '"protein load"[tiab] OR ((hypoxaemia[tiab] OR hypoxemia[tiab] OR "blood gas*"[tiab]) AND (liver[tiab] OR lung[tiab] OR '
 'pulmonary[tiab]))', 'effect', None, None, 'harm', None),
("C1272", "Dietary coaching with subsidised delivery of high-potassium groceries increases fruit, vegetable and potassium intake in African Americans with hypertension",
 "Coaching plus a weekly delivery of high-potassium groceries gets people with high blood pressure eating more fruit and vegetables",
 ("dietary coaching with high-potassium grocery delivery (DASH-Plus)", ['DASH-Plus',
                                                                       'coach-directed dietary advice and assistance with weekly online ordering and purchasing of high-potassium foods',
                                                                       'providing weekly dietary advice, assistance with selection of higher potassium grocery items, and a $30 per week food allowance']),
 ("fruit, vegetable and potassium intake", ['consumption of fruits and vegetables', 'consumption of fruits, vegetables',
                                           'intake of potassium', 'urine potassium excretion', 'urinary excretion of potassium']),
 '(diet*[tiab] AND (intervention*[tiab] OR randomi*[tiab] OR trial[tiab])) OR potassium[ti] OR "fruits and vegetables"[tiab] OR '
 '"fruit and vegetable"[tiab]', 'effect', None, None, 'benefit', None),
("C1273", "Serial extractions produce steeper mandibular occlusal curves than late premolar extractions",
 "Pulling a child's teeth early in a series leaves the lower bite curve steeper than taking out the premolars later",
 ("serial extractions", ['serial extractions', 'serial extraction patients', 'patients with serial extractions']),
 ("steeper mandibular occlusal curves", ['steeper occlusal curves', 'occlusal curves', 'distal tipping of the incisors and canines']),
 '"serial extraction*"[tiab] OR malocclusion[tiab] OR "curve of Spee"[tiab] OR "occlusal curve*"[tiab] OR (premolar*[tiab] AND '
 '(extraction*[tiab] OR orthodont*[tiab]))', 'effect',
 ("late premolar extractions", ['late premolar extractions', 'late premolar extraction patients']),
 None, 'harm', None),
("C1274", "Horizontal mandibular advancement in two-jaw orthognathic surgery increases oropharyngeal airway volume",
 "In double-jaw surgery, bringing the lower jaw forward opens up the airway at the back of the throat",
 ("horizontal mandibular advancement in two-jaw orthognathic surgery", ['horizontal movements of D-point',
                                                                       'management of the mandible in the horizontal direction',
                                                                       '2-jaw orthognathic surgery']),
 ("oropharyngeal airway volume", ['oropharynx volume', 'total airway', 'airway volume', 'total airway volume']),
 '(orthognathic[tiab] OR "two-jaw"[tiab] OR "2-jaw"[tiab] OR "mandibular advancement"[tiab] OR maxillomandibular[tiab]) OR '
 '(airway[tiab] AND (volume*[tiab] OR oropharyn*[tiab] OR "cone-beam"[tiab]))', 'effect', None, None, 'benefit', None),
("C1275", "Persistence with evidence-based medications after non-ST-elevation myocardial infarction is as good after discharge from nonacademic as from academic hospitals",
 "After a heart attack, patients sent home from a community hospital keep taking their heart medicines as faithfully as those from a university hospital",
 ("discharge from a nonacademic hospital", ['nonacademic hospitals', 'patients discharged from academic versus nonacademic hospitals']),
 ("persistence with evidence-based medications after myocardial infarction", ['persistence of evidence-based medication use',
                                                                              'composite persistence to all EBMs',
                                                                              'rates of persistence to EBMs', 'medication persistence',
                                                                              'persistent filling of β blockers']),
 '("academic hospital*"[tiab] OR "teaching hospital*"[tiab] OR nonacademic[tiab]) OR (persistence[tiab] AND (medication*[tiab] OR '
 'adherence[tiab] OR statin*[tiab]))', 'equivalence',
 ("discharge from an academic hospital", ['academic hospitals', 'patients treated at academic hospitals']),
 None, 'benefit', None),
("C1276", "The ProSeal laryngeal mask airway causes smaller haemodynamic changes than an endotracheal tube during general anaesthesia",
 "A ProSeal laryngeal mask disturbs heart rate and blood pressure less than a breathing tube in the windpipe",
 ("ProSeal laryngeal mask airway", ['ProSeal laryngeal mask airway (PLMA)', 'PLMA', 'Group PLMA']),
 ("haemodynamic changes at airway insertion and removal", ['hemodynamic variations', 'hemodynamic parameters', 'heart rate',
                                                          'blood pressures', 'stable hemodynamics']),
 '("laryngeal mask"[tiab] OR ProSeal[tiab] OR PLMA[tiab] OR supraglottic[tiab] OR "endotracheal tube"[tiab] OR intubation[tiab] OR '
 'laryngoscop*[tiab] OR "general anesthesia"[tiab] OR "general anaesthesia"[tiab]) AND ("heart rate"[tiab] OR "blood pressure*"[tiab] OR '
 'hemodynamic*[tiab] OR haemodynamic*[tiab] OR "pressor response"[tiab])', 'effect',
 ("endotracheal tube", ['endotracheal tube (ETT)', 'ETT', 'cuffed ETT', 'Group ETT']),
 None, 'benefit', None),
]

write_claims(C)
