# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# aspirin and intervertebral disc degeneration (a rat and cell study), blocking gastrin and the growth of pancreatic
# cancer (a cell and mouse xenograft study), pulmonary arteriovenous malformations and cerebral air embolism (case
# reports), anti-epileptic drugs and skin eruptions (a case report and a review), nitrous oxide pretreatment and the
# speed of sevoflurane induction (a randomised trial among other anaesthesia records), and endoscopic ultrasound-guided
# compared with CT-guided celiac plexus block for the pain of chronic pancreatitis (a randomised trial).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1013", "Aspirin slows degeneration of the spinal discs",
 "Aspirin slows degeneration of the spinal discs",
 ("aspirin", ['aspirin', 'acetylsalicylic acid', 'local injection of aspirin', 'aspirin injection']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'IDD', 'disc degeneration',
                                      'degeneration of the intervertebral disc', 'nucleus pulposus cell degeneration',
                                      'NPCs degeneration']),
 'aspirin[tiab] OR salicylate*[tiab] OR acetylsalicylic[tiab] OR NSAID*[tiab] OR "non-steroidal anti-inflammatory"[tiab] OR '
 '"nonsteroidal anti-inflammatory"[tiab]', 'effect', None, None, 'benefit', None),
("C1014", "Blocking gastrin slows the growth of pancreatic cancer",
 "Blocking gastrin slows the growth of pancreatic cancer",
 ("blocking gastrin", ['blocking gastrin', 'antisense oligonucleotides to gastrin', 'antisense oligonucleotide to gastrin',
                       'anti-gastrin oligonucleotides', 'anti-gastrin oligonucleotide', 'gastrin antisense']),
 ("pancreatic cancer growth", ['pancreatic cancer growth', 'growth of human pancreatic cancer', 'growth of pancreatic cancer',
                               'pancreatic cancer cell growth', 'pancreatic tumour growth', 'pancreatic tumor growth']),
 'gastrin*[tiab] OR antisense[tiab]', 'effect', None, None, 'benefit', None),
("C1015", "Pulmonary arteriovenous malformations let air bubbles reach the brain",
 "Pulmonary arteriovenous malformations let air bubbles reach the brain",
 ("pulmonary arteriovenous malformation", ['pulmonary arteriovenous malformation', 'pulmonary arteriovenous malformations',
                                           'PAVM', 'pulmonary AVM', 'occult pulmonary arteriovenous malformation']),
 ("cerebral air embolism", ['cerebral air embolism', 'cerebral arterial gas embolism', 'CAGE', 'cerebral gas embolism',
                            'cerebral arterial air embolism', 'spontaneous cerebral gas embolism']),
 '"foramen ovale"[tiab] OR "arteriovenous malformation*"[tiab] OR PAVM*[tiab] OR "right-to-left shunt*"[tiab] OR '
 '"right to left shunt*"[tiab] OR "intracardiac shunt*"[tiab] OR "septal defect"[tiab]', 'effect', None, None, 'harm', None),
("C1016", "Anti-epileptic drugs cause skin eruptions",
 "Anti-epileptic drugs cause skin eruptions",
 ("anti-epileptic drugs", ['anti-epileptic drugs', 'antiepileptic drugs', 'anti-epileptic drug', 'antiepileptic drug',
                           'anticonvulsants', 'anticonvulsant drugs']),
 ("skin eruptions", ['skin eruptions', 'drug eruption', 'psoriasiform drug eruption', 'cutaneous reactions',
                     'skin reactions', 'skin rash']),
 'antiepilep*[tiab] OR anti-epilep*[tiab] OR anticonvuls*[tiab] OR levetiracetam[tiab] OR phenytoin[tiab] OR '
 'carbamazepine[tiab] OR valpro*[tiab]', 'effect', None, None, 'harm', None),
("C1017", "Breathing nitrous oxide first speeds up anaesthesia with sevoflurane",
 "Breathing nitrous oxide first speeds up anaesthesia with sevoflurane",
 ("nitrous oxide pretreatment", ['nitrous oxide pretreatment', 'pretreatment with nitrous oxide', 'N2O pretreatment',
                                 'pretreatment with 50% N2O', 'nitrous oxide pre-treatment']),
 ("speed of sevoflurane induction", ['speed of sevoflurane induction', 'speed of induction with sevoflurane',
                                     'speed of anesthesia induction with sevoflurane', 'induction of anesthesia with sevoflurane',
                                     'induction of anaesthesia with sevoflurane', 'sevoflurane induction']),
 '"nitrous oxide"[tiab] OR N2O[tiab] OR sevoflurane[tiab] OR "inhalation anesthesia"[tiab] OR "inhalation anaesthesia"[tiab] OR '
 '"induction of anesthesia"[tiab] OR "induction of anaesthesia"[tiab] OR "anesthesia induction"[tiab] OR '
 '"anaesthesia induction"[tiab]', 'effect', None, None, 'benefit', None),
("C1018", "Endoscopic ultrasound-guided celiac plexus block relieves chronic pancreatitis pain better than CT-guided block",
 "Endoscopic ultrasound-guided celiac plexus block relieves chronic pancreatitis pain better than CT-guided block",
 ("EUS-guided celiac plexus block", ['EUS-guided celiac plexus block', 'endoscopic ultrasound-guided celiac plexus block',
                                     'EUS-guided celiac block', 'EUS celiac block', 'endoscopic ultrasound-guided coeliac plexus block']),
 ("chronic pancreatitis pain", ['chronic pancreatitis pain', 'pain of chronic pancreatitis', 'pain from chronic pancreatitis',
                                'chronic abdominal pain associated with chronic pancreatitis',
                                'abdominal pain that can accompany chronic pancreatitis']),
 '"celiac plexus"[tiab] OR "coeliac plexus"[tiab] OR "plexus block"[tiab] OR "endoscopic ultrasound"[tiab] OR '
 '"endoscopic ultrasonography"[tiab] OR EUS[tiab] OR (pain[tiab] AND pancreatitis[tiab])', 'effect',
 ("CT-guided celiac plexus block", ['CT-guided celiac plexus block', 'computed tomography-guided celiac plexus block',
                                    'CT-guided celiac block', 'CT celiac block', 'CT-guided coeliac plexus block']),
 None, 'benefit', None),
]

write_claims(C)
