# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# pancreatic cancer and blood clotting (a review and case reports), the fate of stem cells injected into arthritic knees
# (sheep, rat, mouse and rabbit tracking studies), condoliase chemonucleolysis and loss of disc height (a clinical
# series), blastocyst-stage embryo transfer and preterm birth (a registry study), pulmonary vein isolation for atrial
# fibrillation and slowed stomach emptying (a breath-test cohort among other arrhythmia records), and early compared with
# delayed hyperbaric oxygen for gas embolism (patient series, a swine study and case reports).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1007", "Pancreatic cancer makes the blood clot",
 "Pancreatic cancer makes the blood clot",
 ("pancreatic cancer", ['pancreatic cancer', 'pancreatic carcinoma', 'pancreatic adenocarcinoma', 'advanced pancreatic cancer',
                        'carcinoma of the pancreas', 'cancer of the pancreas']),
 ("blood clotting", ['blood clotting', 'thrombosis', 'pancreatic cancer associated thrombosis', 'hypercoagulable state',
                     'activation of blood coagulation', 'blood clots']),
 '(coagulation[tiab] OR thrombo*[tiab] OR heparin[tiab] OR fibrinogen[tiab] OR hypercoagulab*[tiab]) AND (pancrea*[tiab] OR '
 'cancer[tiab] OR carcinoma[tiab] OR tumor[tiab] OR tumour[tiab])', 'effect', None, None, 'harm', None),
("C1008", "Stem cells injected into the knee stay in the joint for weeks",
 "Stem cells injected into the knee stay in the joint for weeks",
 ("intra-articular injection of mesenchymal stem cells", ['intra-articular injection of mesenchymal stem cells',
                                                          'intra-articularly injected mesenchymal stem cells',
                                                          'intra-articular injection of MSCs', 'IA-injected MSCs',
                                                          'intra-articular MSC injection',
                                                          'intra-articularly injected multipotent stromal cells']),
 ("persistence of the injected cells in the joint", ['persistence of the injected cells in the joint',
                                                     'MSCs remain detectable within the joint', 'injected MSCs persisted',
                                                     'MSCs remained in the synovial cavity', 'retention of injected cells',
                                                     'survival of the injected cells']),
 '("stem cell*"[tiab] OR MSC*[tiab] OR "stromal cell*"[tiab]) AND (apoptosis[tiab] OR "cell death"[tiab] OR survival[tiab] OR '
 'fate[tiab] OR persist*[tiab] OR tracking[tiab] OR engraft*[tiab] OR retention[tiab]) AND (intra-articular*[tiab] OR '
 'intraarticular*[tiab] OR arthritic[tiab])', 'effect', None, None, 'benefit', None),
("C1009", "Condoliase injection for a slipped disc makes the disc lose height",
 "Condoliase injection for a slipped disc makes the disc lose height",
 ("condoliase injection", ['condoliase injection', 'condoliase', 'chemonucleolysis with condoliase', 'condoliase chemonucleolysis',
                           'intradiscal condoliase injection', 'percutaneous chemonucleolysis with condoliase']),
 ("loss of disc height", ['loss of disc height', 'reduced disc height', 'disc height reduction', 'reduced mid-sagittal disc height',
                          'decrease in disc height', 'loss of intervertebral disc height']),
 'condoliase[tiab] OR chemonucleolysis[tiab] OR intradiscal[tiab] OR chymopapain[tiab]', 'effect', None, None, 'harm', None),
("C1010", "Blastocyst transfer raises the risk of preterm birth",
 "Blastocyst transfer raises the risk of preterm birth",
 ("blastocyst transfer", ['blastocyst transfer', 'blastocyst embryo transfer', 'blastocyst-stage embryo transfer',
                          'blastocyst ET', 'blastocyst culture', 'transfer of blastocysts']),
 ("preterm birth", ['preterm birth', 'preterm delivery', 'premature birth', 'preterm']),
 'blastocyst*[tiab]', 'effect', None, None, 'harm', None),
("C1011", "Pulmonary vein isolation for atrial fibrillation slows stomach emptying",
 "Pulmonary vein isolation for atrial fibrillation slows stomach emptying",
 ("pulmonary vein isolation", ['pulmonary vein isolation', 'PVI', 'encircling pulmonary vein isolation',
                               'extensive encircling pulmonary vein isolation', 'pulmonary vein isolation for atrial fibrillation']),
 ("slowed stomach emptying", ['slowed stomach emptying', 'gastric hypomotility', 'delayed gastric emptying',
                              'slowed gastric emptying', 'impaired gastric motility', 'asymptomatic gastric hypomotility']),
 '"pulmonary vein isolation"[tiab] OR "atrial fibrillation"[tiab] OR "catheter ablation"[tiab]', 'effect', None, None, 'harm',
 None),
("C1012", "Early hyperbaric oxygen works better than delayed hyperbaric oxygen for gas embolism",
 "Early hyperbaric oxygen works better than delayed hyperbaric oxygen for gas embolism",
 ("early hyperbaric oxygen", ['early hyperbaric oxygen', 'early hyperbaric oxygenation', 'early hyperbaric oxygen therapy',
                              'early HBO', 'early hyperbaric treatment', 'earlier start of hyperbaric oxygenation']),
 ("gas embolism", ['gas embolism', 'air embolism', 'cerebral arterial gas embolism', 'CAGE', 'cerebral air embolism',
                   'arterial gas embolism']),
 '(hyperbaric[tiab] OR HBO[tiab] OR HBOT[tiab] OR HBO2[tiab]) AND embolism[tiab] AND (delay*[tiab] OR early[tiab] OR '
 'earlier[tiab] OR late[tiab] OR "time period"[tiab] OR "time between"[tiab] OR "time from"[tiab] OR "time-to"[tiab])',
 'effect',
 ("delayed hyperbaric oxygen", ['delayed hyperbaric oxygen', 'delayed hyperbaric oxygenation', 'delayed treatment with hyperbaric oxygen',
                                'late treatment with hyperbaric oxygen', 'hyperbaric oxygenation after a delay', 'delayed HBO']),
 None, 'benefit', None),
]

write_claims(C)
