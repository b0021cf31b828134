# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# the ProSeal laryngeal mask airway versus the endotracheal tube for postoperative cough (a 60-patient randomised
# single-blinded comparison, PMID 26702211, with a lower incidence of cough after the PLMA, among a paediatric
# supraglottic-airway overview, an induction-agent intubation trial, a tetraplegia sinusitis report and a piglet
# desflurane study), twice-daily budesonide maintenance versus as-needed budesonide-formoterol for control of mild asthma
# (the SYGMA 1 trial, PMID 29768149, in which as-needed budesonide-formoterol was inferior to budesonide maintenance for
# weeks with well-controlled asthma, among a sublingual-immunotherapy dose review, an asthma-beliefs conversation study, a
# pepducin study, Choosing Wisely recommendations and the piglet methacholine study), methacholine-induced
# bronchoconstriction and desflurane uptake and elimination in pigs (a piglet MIGET/MMIMS data report, PMID 26702425,
# stating that bronchoconstriction delayed both uptake and elimination, among a swine gas-embolism study, an APRV study
# and two anaesthesia-induction trials), prenatal nicotine exposure and the apnoeic response in rat pups (PMID 26524655,
# prolonged C-fibre-mediated apnoea reversed by an NK1R antagonist, among nicotinamide-coenzyme rat studies, an insomnia
# cohort, a gas-embolism case and a STOP-BANG sleep-apnoea study), nicotine and learning and memory in zebrafish (a
# zebrafish behavioural-pharmacology review, PMID 21615262, reporting the cognitive enhancing effects of nicotine in the
# three-chamber task, among a nicotine chemoreflex dog study, nicotinamide records, a crustacean nerve membrane study, a
# dexmedetomidine sepsis study and a postoperative cognitive dysfunction study) and oxygen-ozone therapy by
# autohaemotransfusion and fatal gas embolism (a case report, PMID 10871129, among an intradiscal oxygen-ozone discitis
# case, helium and venous air embolism cases and an air-embolism review).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1223", "The ProSeal laryngeal mask airway causes less postoperative cough than an endotracheal tube during general anaesthesia",
 "During general anaesthesia, a breathing mask that sits above the voice box leaves patients coughing less afterwards than a tube passed into the windpipe",
 ("ProSeal laryngeal mask airway", ['ProSeal laryngeal mask airway', 'PLMA', 'Group PLMA']),
 ("postoperative cough", ['cough', 'incidence of cough', 'postoperative cough', 'lower incidence of postoperative cough']),
 '("laryngeal mask"[tiab] OR PLMA[tiab] OR ProSeal[tiab] OR "supraglottic airway*"[tiab] OR "endotracheal tube"[tiab] OR intubation[tiab]) AND '
 '(cough*[tiab] OR "sore throat"[tiab] OR complication*[tiab] OR anesthesia[tiab] OR anaesthesia[tiab])', 'effect',
 ("endotracheal tube", ['endotracheal tube', 'ETT', 'Group ETT', 'cuffed ETT']),
 None, 'benefit', None),
("C1224", "Twice-daily inhaled budesonide maintenance controls mild asthma better than as-needed budesonide-formoterol",
 "In mild asthma, a steroid inhaler taken twice every day keeps symptoms under control better than a combined steroid and reliever inhaler used only when needed",
 ("twice-daily budesonide maintenance", ['budesonide maintenance therapy', 'budesonide maintenance', 'budesonide maintenance group',
                                        'twice-daily budesonide', 'twice-daily budesonide (200 μg) plus terbutaline used as needed']),
 ("asthma control in mild asthma", ['well-controlled asthma', 'weeks with well-controlled asthma', 'electronically recorded weeks with well-controlled asthma',
                                   'asthma-symptom control', 'mild asthma']),
 'asthma*[tiab] OR budesonide[tiab] OR formoterol[tiab] OR "inhaled corticosteroid*"[tiab]', 'effect',
 ("as-needed budesonide-formoterol", ['as-needed budesonide-formoterol', 'budesonide-formoterol used as needed', 'budesonide-formoterol group',
                                     'twice-daily placebo plus budesonide-formoterol used as needed']),
 None, 'benefit', None),
("C1225", "Methacholine-induced bronchoconstriction delays the uptake and elimination of desflurane in pigs",
 "In pigs, narrowing of the airways as in an asthma attack slows how fast the anaesthetic gas desflurane gets into and out of the blood",
 ("methacholine-induced bronchoconstriction", ['methacholine', 'MCh', 'methacholine infusion', 'MCh-induced bronchoconstriction', 'nebulized methacholine',
                                              'bronchoconstriction']),
 ("delayed desflurane uptake and elimination", ['delayed both uptake and elimination of desflurane', 'uptake and elimination of desflurane',
                                               'desflurane pharmacokinetics', 'blood concentration profiles for desflurane',
                                               'wash-in and washout of the anesthetic gas']),
 'desflurane[tiab] OR methacholine[tiab] OR sevoflurane[tiab] OR isoflurane[tiab] OR halothane[tiab] OR ((piglets[tiab] OR pigs[tiab] OR swine[tiab]) AND '
 '(ventilat*[tiab] OR anesthesia[tiab] OR anaesthesia[tiab] OR anesthetized[tiab] OR anaesthetised[tiab]))', 'effect', None, None, 'harm', ['pig']),
("C1226", "Prenatal nicotine exposure prolongs the pulmonary C-fibre-mediated apnoeic response in rat pups",
 "In rats, nicotine given during pregnancy makes the newborn pups' reflex pauses in breathing last longer",
 ("prenatal nicotine exposure", ['prenatal nicotinic exposure', 'PNE', 'PNE pups', 'nicotinic exposure']),
 ("prolonged apnoeic response", ['prolonged apnea', 'prolong pulmonary C-fiber-mediated apneic response', 'PCF-mediated apneic response',
                                'apneic response to capsaicin', 'PCF sensitization']),
 '(nicotin*[tiab] AND (prenatal[tiab] OR pups[tiab] OR fetal[tiab] OR rats[tiab] OR rat[tiab])) OR apnea[tiab] OR apnoea[tiab] OR apneic[tiab] OR '
 '"C-fiber"[tiab] OR "C-fibers"[tiab]', 'effect', None, None, 'harm', ['rat']),
("C1227", "Nicotine improves learning and memory in zebrafish",
 "In zebrafish, nicotine sharpens learning and memory",
 ("nicotine", ['nicotine', 'cognitive enhancing effects of nicotine', 'nicotinic-induced cognitive enhancement']),
 ("learning and memory", ['learning and memory', 'cognitive function', 'cognitive enhancement', 'cognitive improvement',
                         'three-chamber task for learning and memory']),
 'nicotin*[tiab] OR zebrafish[tiab] OR "learning and memory"[tiab]', 'effect', None, None, 'benefit', ['zebrafish']),
("C1228", "Oxygen-ozone therapy by autohaemotransfusion can cause fatal gas embolism",
 "Ozone treatment, in which blood is taken out, mixed with oxygen-ozone gas and given back, can cause a deadly gas bubble in the bloodstream",
 ("oxygen-ozone therapy", ['oxygen-ozone (O2/O3) therapy', 'O2/O3 therapy', 'oxygen-ozone therapy', 'autohemotransfusion', 'medical ozone application']),
 ("fatal gas embolism", ['gas embolism', 'unexpected death', 'air embolism']),
 'ozone[tiab] OR autohemotransfusion[tiab] OR autohaemotherapy[tiab] OR (("gas embolism"[tiab] OR "air embolism"[tiab]) AND '
 '(infusion*[tiab] OR transfusion*[tiab] OR "unexpected death"[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
