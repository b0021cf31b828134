# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 47 (2026-12-05), before any project output or review for these claims existed: six claims on the
# corpus's spine, cartilage, pancreatic-cancer and air-embolism records - smoking and recurrent disc herniation after
# discectomy, mechanical loading and disc regeneration (laboratory and animal studies), passaging and chondrocyte
# dedifferentiation (laboratory and animal studies), posterior-only versus combined anterior and posterior surgery for
# spinal tuberculosis (comparative), chemoradiation for localised pancreatic cancer, and cardiac surgery as a cause of
# arterial air embolism. Some of their records were returned by other claims' queries: these are new pairs, pair by
# pair. Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C953", "Smoking raises the risk of a disc herniating again after discectomy",
 "Smoking raises the risk of a disc herniating again after discectomy",
 ("smoking", ['smoking', 'current smoker', 'current smokers', 'cigarette smoking', 'tobacco smoking']),
 ("recurrent disc herniation after discectomy", ['recurrent disc herniation', 'recurrent lumbar disc herniation',
                                                 'reherniation', 're-herniation', 'rLDH', 'sRDH']),
 '(smok*[tiab] OR recurren*[tiab] OR reherniation[tiab] OR re-herniation[tiab]) AND (herniat*[tiab] OR discectomy[tiab] OR diskectomy[tiab])',
 'effect', None, None, 'harm', None),
("C954", "Mechanical loading helps damaged spinal discs regenerate",
 "Mechanical loading helps damaged spinal discs regenerate",
 ("mechanical loading", ['mechanical loading', 'mechanical stimulation', 'hydrostatic pressure', 'cyclic hydrostatic pressure',
                         'mechanical strain']),
 ("intervertebral disc regeneration", ['intervertebral disc regeneration', 'disc regeneration', 'intervertebral disc repair',
                                       'disc repair', 'annulus fibrosus repair']),
 '(mechanical[tiab] OR mechanobiolog*[tiab] OR hydrostatic[tiab] OR loading[tiab]) AND ("nucleus pulposus"[tiab] OR "annulus fibrosus"[tiab] OR "intervertebral disc"[tiab] OR "intervertebral disk"[tiab])',
 'effect', None, None, 'benefit', None),
("C955", "Repeated passaging in culture makes chondrocytes dedifferentiate",
 "Repeated passaging in culture makes chondrocytes dedifferentiate",
 ("repeated passaging of chondrocytes", ['repeated passaging', 'serial passaging', 'cell passage', 'passage number',
                                        'high passage number', 'passaged chondrocytes']),
 ("chondrocyte dedifferentiation", ['chondrocyte dedifferentiation', 'chondrocyte de-differentiation',
                                    'dedifferentiated chondrocytes', 'de-differentiated chondrocytes',
                                    'loss of chondrocyte phenotype']),
 '(passag*[tiab] OR dedifferentiat*[tiab] OR de-differentiat*[tiab]) AND chondrocyte*[tiab]',
 'effect', None, None, 'harm', None),
("C956", "Posterior-only surgery is better than combined anterior and posterior surgery for spinal tuberculosis",
 "Posterior-only surgery is better than combined anterior and posterior surgery for spinal tuberculosis",
 ("posterior-only surgery", ['posterior-only surgery', 'posterior only surgery', 'posterior-only approach',
                             'single-stage posterior surgery', 'one-stage posterior surgery']),
 ("spinal tuberculosis", ['spinal tuberculosis', "Pott's disease", 'tuberculous spondylitis', 'lumbar tuberculosis',
                          'lumbosacral tuberculosis', 'STB']),
 '(tubercul*[tiab] OR Pott*[tiab]) AND (spine[tiab] OR spinal[tiab] OR lumbar[tiab] OR lumbosacral[tiab] OR spondylitis[tiab]) AND posterior[tiab]',
 'effect', ("combined anterior and posterior surgery", ['combined anterior and posterior surgery',
                                                       'combined posterior-anterior surgery',
                                                       'combined posterior and anterior approaches',
                                                       'combined anterior-posterior approach']),
 None, 'benefit', None),
("C957", "Chemoradiation helps patients with localised pancreatic cancer",
 "Chemoradiation helps patients with localised pancreatic cancer",
 ("chemoradiation", ['chemoradiation', 'chemoradiotherapy', 'chemo-radiation', 'concurrent chemoradiotherapy',
                     'neoadjuvant chemoradiation']),
 ("localised pancreatic cancer", ['localised pancreatic cancer', 'localized pancreatic cancer', 'locally advanced pancreatic cancer',
                                  'localized tumors of the pancreas', 'locally advanced adenocarcinoma of the pancreas']),
 '(chemoradiation[tiab] OR chemoradiotherapy[tiab] OR radiotherapy[tiab] OR "radiation therapy"[tiab] OR irradiation[tiab] OR radiation[tiab]) AND pancrea*[tiab]',
 'effect', None, None, 'benefit', None),
("C958", "Cardiac surgery can cause arterial air embolism",
 "Cardiac surgery can cause arterial air embolism",
 ("cardiac surgery", ['cardiac surgery', 'cardiac operations', 'open-heart surgery', 'heart surgery', 'cardiopulmonary bypass',
                      'cavopulmonary connection surgery']),
 ("arterial air embolism", ['arterial air embolism', 'arterial gas embolism', 'cerebral air embolism',
                            'cerebral arterial gas embolism', 'systemic air embolism']),
 '(cardiac[tiab] OR heart[tiab] OR cardiopulmonary[tiab] OR cavopulmonary[tiab]) AND (surgery[tiab] OR surgical[tiab] OR operation*[tiab] OR bypass[tiab]) AND (embolism[tiab] OR emboli[tiab])',
 'effect', None, None, 'harm', None),
]

write_claims(C)
