# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# local anti-tuberculosis drugs and spinal tuberculosis (clinical series), hyperbaric oxygen and recovery from spinal
# tuberculosis (a retrospective series), carbon dioxide insufflation during knee arthroscopy and gas embolism (a cartilage
# implantation series among other dry-arthroscopy and embolism records), sotalol or dofetilide and torsades de pointes
# (a case-control study), microtubule stabilisation and intervertebral disc degeneration (a cell and rat study), and
# buprenorphine added to local anaesthetic compared with local anaesthetic alone for pain relief after a brachial plexus
# block (a randomised trial).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1019", "Anti-tuberculosis drugs given locally into the spine help cure spinal tuberculosis",
 "Anti-tuberculosis drugs given locally into the spine help cure spinal tuberculosis",
 ("local anti-tuberculosis drug therapy", ['local anti-tuberculosis drug therapy', 'local antituberculous therapy',
                                           'low-dose local antituberculous therapy', 'local continuous chemotherapy',
                                           'local chemotherapy', 'drainage local chemotherapy']),
 ("spinal tuberculosis", ['spinal tuberculosis', 'lumbar spinal tuberculosis', 'tuberculous spondylitis', "Pott's disease",
                          'tuberculosis of the spine', 'spinal tuberculosis abscess']),
 '(local[tiab] OR locally[tiab] OR intralesional[tiab]) AND (antituberculous[tiab] OR "anti-tuberculous"[tiab] OR '
 'antituberculosis[tiab] OR "anti-tuberculosis"[tiab] OR isoniazid[tiab] OR streptomycin[tiab] OR chemotherapy[tiab]) AND '
 '(tubercul*[tiab] OR Pott*[tiab])', 'effect', None, None, 'benefit', None),
("C1020", "Hyperbaric oxygen speeds recovery from spinal tuberculosis",
 "Hyperbaric oxygen speeds recovery from spinal tuberculosis",
 ("hyperbaric oxygen", ['hyperbaric oxygen', 'hyperbaric oxygen therapy', 'HBO', 'HBO therapy', 'adjuvant hyperbaric oxygen therapy',
                        'hyperbaric oxygenation']),
 ("spinal tuberculosis", ['spinal tuberculosis', 'tuberculous spondylitis', 'tuberculous spondylitis of the spine',
                          "Pott's disease", 'tuberculosis of the spine', 'spinal TB']),
 '(hyperbaric[tiab] OR HBO[tiab] OR HBOT[tiab] OR HBO2[tiab]) AND (tubercul*[tiab] OR Pott*[tiab] OR osteomyelitis[tiab] OR '
 'spondylitis[tiab] OR spondylodiscitis[tiab] OR infection*[tiab])', 'effect', None, None, 'benefit', None),
("C1021", "Carbon dioxide insufflation during knee arthroscopy causes gas embolism",
 "Carbon dioxide insufflation during knee arthroscopy causes gas embolism",
 ("carbon dioxide insufflation during arthroscopy", ['carbon dioxide insufflation during arthroscopy', 'carbon dioxide insufflation',
                                                     'carbon dioxide insufflation arthroscopy', 'CO2 insufflation',
                                                     'arthroscopy with carbon dioxide insufflation']),
 ("gas embolism", ['gas embolism', 'air embolism', 'venous gas embolism', 'carbon dioxide embolism', 'gas emboli']),
 '("carbon dioxide"[tiab] OR CO2[tiab] OR insufflat*[tiab] OR "dry arthroscop*"[tiab] OR "gas arthroscop*"[tiab]) AND '
 '(arthroscop*[tiab] OR embolism[tiab] OR emphysema[tiab])', 'effect', None, None, 'harm', None),
("C1022", "Starting sotalol or dofetilide can trigger torsades de pointes",
 "Starting sotalol or dofetilide can trigger torsades de pointes",
 ("sotalol or dofetilide", ['sotalol or dofetilide', 'dofetilide or sotalol', 'initiation of dofetilide or sotalol',
                            'dofetilide and sotalol', 'sotalol and dofetilide']),
 ("torsades de pointes", ['torsades de pointes', 'TdP', 'drug-induced TdP', 'torsade de pointes', 'drug-induced torsades de pointes',
                          'torsadogenic risk']),
 'sotalol[tiab] OR dofetilide[tiab] OR torsad*[tiab] OR "QT prolongation"[tiab] OR QTc[tiab] OR antiarrhythmic*[tiab] OR '
 '"anti-arrhythmic*"[tiab] OR "ventricular arrhythmia*"[tiab]', 'effect', None, None, 'harm', None),
("C1023", "Stabilising microtubules slows degeneration of the spinal discs",
 "Stabilising microtubules slows degeneration of the spinal discs",
 ("microtubule stabilisation", ['microtubule stabilisation', 'microtubule stabilization', 'stabilized microtubules',
                                'stabilised microtubules', 'microtubules stabilization', 'stabilizing microtubules']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'IDD', 'disc degeneration',
                                      'degeneration of the intervertebral disc', 'intervertebral disk degeneration',
                                      'degeneration of the disc']),
 'microtubul*[tiab]', 'effect', None, None, 'benefit', None),
("C1024", "Buprenorphine added to a brachial plexus block gives longer pain relief than local anaesthetic alone",
 "Buprenorphine added to a brachial plexus block gives longer pain relief than local anaesthetic alone",
 ("buprenorphine added to local anaesthetic", ['buprenorphine added to local anaesthetic', 'buprenorphine as an adjunct',
                                               'addition of buprenorphine to local anesthetic solution',
                                               'buprenorphine with bupivacaine', 'addition of buprenorphine',
                                               'buprenorphine adjunct']),
 ("pain relief after a brachial plexus block", ['pain relief after a brachial plexus block', 'duration of postoperative analgesia',
                                                'quality and duration of postoperative analgesia', 'postoperative analgesia',
                                                'prolonged analgesia after brachial plexus block',
                                                'duration of analgesia after supraclavicular brachial plexus block']),
 '(buprenorphine[tiab] OR clonidine[tiab] OR fentanyl[tiab] OR adjunct*[tiab] OR adjuvant*[tiab]) AND (block*[tiab] OR '
 'bupivacaine[tiab] OR lignocaine[tiab] OR lidocaine[tiab] OR "local anesthetic*"[tiab] OR "local anaesthetic*"[tiab])',
 'effect',
 ("local anaesthetic alone", ['local anaesthetic alone', 'local anesthetic alone', 'plain local anesthetic solution',
                              'plain local anaesthetic solution', 'local anesthetic without buprenorphine', 'bupivacaine alone']),
 None, 'benefit', None),
]

write_claims(C)
