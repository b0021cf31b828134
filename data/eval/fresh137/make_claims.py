# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# adenosine triphosphate and atrial electrogram fractionation and dominant frequency in atrial fibrillation (a 37-patient
# basket-catheter series in which a 30 mg ATP bolus shortened fractionation intervals and raised dominant frequency, among
# a magnetocardiography dominant-frequency study, a high-fat-diet porcine atrial study and ATP-named molecular records),
# resistance exercise and cardiac oxidative stress (a rat study with higher heart MDA, CK and LDH after one month but not
# four months of training, among an exercise-for-frailty review and an energy-expenditure trial), mechanical circulatory
# support and bleeding through von Willebrand factor loss (a review of acquired von Willebrand syndrome on MCS, among a VAD
# thrombus report, a POLCAS bridge series and a vWF-fibrin biochemistry study), cardiac resynchronisation defibrillator
# lead placement and aortic perforation (a fatal case report, among a hyperkalaemia ICD-oversensing case and a pacing-
# induced arrhythmic storm case), low UVB availability and vitamin D deficiency in chronic heart failure (a 412-patient
# retrospective analysis, among vitamin D and cataract, keratinocyte VDR and disc-degeneration records) and obesity and
# metabolic syndrome in children (a 1425-child cross-sectional study with 36.2% prevalence in obese children, among a
# Lupinus case study and a TET2 diabetes-cancer study).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1211", "Adenosine triphosphate shortens atrial electrogram fractionation intervals and raises dominant frequency in atrial fibrillation",
 "An injection of ATP makes the chaotic electrical activity of the upper heart chambers faster during atrial fibrillation",
 ("adenosine triphosphate", ['adenosine triphosphate', 'ATP', 'bolus injection of 30 mg ATP', 'ATP injection']),
 ("atrial electrogram fractionation and dominant frequency in atrial fibrillation",
  ['complex fractionated atrial electrograms', 'CFAEs', 'atrial electrogram fractionation intervals', 'FIs', 'dominant frequency', 'DF',
   'high dominant frequency']),
 '"adenosine triphosphate"[tiab] OR ATP[ti] OR ("atrial fibrillation"[tiab] AND ("dominant frequenc*"[tiab] OR fractionat*[tiab]))',
 'effect', None, None, 'harm', None),
("C1212", "Short-term resistance exercise increases oxidative stress in heart tissue",
 "A first month of strength training raises oxidative damage in the heart muscle before the heart adapts",
 ("resistance exercise", ['resistance exercise', 'regular exercise for 1 month', 'resistance training', 'exercise-1 group']),
 ("cardiac oxidative stress", ['oxidative stress', 'malondialdehyde', 'MDA levels', 'cardiac tissue oxidative stress', 'cell injury level',
                              'oxidative stress in cardiac tissue']),
 '"resistance exercise"[tiab] OR "resistance training"[tiab] OR (exercise[tiab] AND ("oxidative stress"[tiab] OR malondialdehyde[tiab]))',
 'effect', None, None, 'harm', None),
("C1213", "Mechanical circulatory support causes bleeding through acquired von Willebrand factor deficiency",
 "Heart pumps implanted to support a failing heart can cause bleeding by damaging a clotting protein",
 ("mechanical circulatory support", ['mechanical circulatory support', 'MCS', 'left ventricular assist device', 'LVAD',
                                    'bi-ventricular assist device', 'Bi-VAD', 'MCS therapy']),
 ("bleeding from acquired von Willebrand syndrome", ['bleeding', 'acquired von Willebrand syndrome', 'life-threatening complications including bleeding',
                                                    'deficiencies of vWF', 'von Willebrand factor defects']),
 '"mechanical circulatory support"[tiab] OR "ventricular assist"[tiab] OR LVAD[tiab] OR "von Willebrand"[tiab]',
 'effect', None, None, 'harm', None),
("C1214", "Cardiac resynchronisation therapy defibrillator lead placement can perforate the aorta",
 "Placing the wires of a heart defibrillator-pacemaker can pierce the main artery",
 ("cardiac resynchronisation therapy defibrillator lead placement", ['CRT-D lead placement', 'cardiac resynchronization therapy defibrillator',
                                                                   'CRT-D', 'active lead', 'defibrillator lead placement']),
 ("aortic perforation", ['aortic perforation', 'deep lesion of the aorta', 'right atrium pierced by an active lead', 'cardiac perforation']),
 'pacemaker*[tiab] OR defibrillator*[tiab] OR "lead placement"[tiab] OR "right ventricular pacing"[tiab]',
 'effect', None, None, 'harm', None),
("C1215", "Low availability of ultraviolet B radiation causes vitamin D deficiency in chronic heart failure",
 "In heart failure, getting little sunlight leads to low vitamin D",
 ("low ultraviolet B exposure", ['low availability of natural ultraviolet B radiation', 'low UVB exposure', 'low UVB availability',
                                'potential availability of UVB radiation']),
 ("vitamin D deficiency in chronic heart failure", ['25(OH)D deficiency', 'low serum level of 25-hydroxyvitamin D', 'vitamin D deficiency',
                                                   '25(OH)D insufficiency', 'low 25-hydroxyvitamin D']),
 '"vitamin D"[tiab] OR "25-hydroxyvitamin D"[tiab] OR "25(OH)D"[tiab]', 'effect', None, None, 'harm', None),
("C1216", "Obesity increases the prevalence of metabolic syndrome in children",
 "Obesity in schoolchildren brings on metabolic syndrome",
 ("obesity", ['obesity', 'obese children', 'overweight', 'abdominal obesity']),
 ("metabolic syndrome in children", ['metabolic syndrome', 'MS', 'MS prevalence', 'metabolic syndrome in children and adolescents']),
 '"metabolic syndrome"[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
