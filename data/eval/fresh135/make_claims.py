# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# BA 1 (N-(2-cyanoethylene)-urea) versus ifosfamide for DS carcinosarcoma in rats (a 214-rat comparative study, among an
# oxazaphosphorine-activating cell therapy study, an R-CHOP lymphoma trial and a pancreatic cancer report), pelleted
# versus whole barley supplements and rumen pH in sheep (a three-experiment sheep study, among a fetal-lamb respiration
# study, a fasciolosis vaccine study and a livestock echinococcosis survey), alpha-bisabolol and pepsin activity (an in
# vitro study, among a pepsinogen inactivation study, an anticholinergic gastric-juice study and unrelated proteolysis
# records), genetic hypertension and cerebral haemorrhage in rats (a three-strain mortality study, among a hypertension
# and insomnia record, a mistletoe antihypertensive record and a diaphragmatic hernia review), carotid chemoreflex
# stimulation with nicotine and coronary vasodilation (a conscious-dog study, among an etafenone myocardial blood flow
# study, an isolated rat heart coronary flow study and an air embolism report) and aortitis syndrome and pleural
# effusion (a case report, among tuberculous pleural effusion, pleural fibrinolysis, rib osteomyelitis and pemetrexed
# records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1199", "BA 1 (N-(2-cyanoethylene)-urea) cures DS carcinosarcoma in rats more often than ifosfamide",
 "In rats with a transplanted tumour, the immune-stimulating compound BA 1 works better than the cancer drug ifosfamide",
 ("BA 1 (N-(2-cyanoethylene)-urea)", ['BA 1', 'N-(2-cyanoethylene)-urea', 'strongly immunostimulating low-molecular weight substance',
                                     'BA 1 [N-(2-cyanoethylene)-urea]']),
 ("DS carcinosarcoma in rats", ['DS carcinosarcoma', 'immuno-labile DS carcinosarcoma', 'DS carcinosarcoma bearing Wistar rats',
                                'recovery rate of DS carcinosarcoma']),
 'ifosfamide[tiab] OR cyclophosphamide[tiab] OR carcinosarcoma[tiab] OR immunostimula*[tiab] OR oxazaphosphorine*[tiab]', 'effect',
 ("ifosfamide", ['ifosfamide', 'IF', 'reference substance ifosfamide']),
 None, 'benefit', None),
("C1200", "Pelleted barley supplements lower rumen pH in sheep more than whole barley",
 "Feeding sheep pelleted barley makes their rumen more acidic than feeding whole barley",
 ("pelleted barley supplements", ['pelleted barley', 'processed barley', 'processing of barley-based supplements', 'pelleted barley supplements']),
 ("fall in rumen pH", ['decrease in rumen pH', 'rumen pH decreased', 'rumen pH after feeding', 'low rumen pH']),
 'rumen[tiab] OR barley[tiab] OR lambs[tiab] OR livestock[tiab] OR ruminant*[tiab] OR "voluntary intake"[tiab]', 'effect',
 ("whole barley", ['whole barley', 'whole barley supplements', 'restricted amounts of whole barley']),
 None, 'harm', None),
("C1201", "Alpha-bisabolol inhibits the proteolytic activity of pepsin",
 "Alpha-bisabolol from camomile blocks the stomach enzyme pepsin",
 ("alpha-bisabolol", ['(--)-alpha-bisabolol', 'alpha-bisabolol', 'bisabolol', 'camomile component bisabolol']),
 ("proteolytic activity of pepsin", ['pepsin activity', 'proteolytic activity of pepsin', 'peptic activity', 'antipeptic action']),
 'pepsin*[tiab] OR bisabolol[tiab] OR camomile[tiab] OR chamomile[tiab] OR "gastric juice"[tiab] OR antipeptic[tiab] OR proteolytic[tiab]',
 'effect', None, None, 'benefit', None),
("C1202", "Genetic hypertension causes cerebral haemorrhage in rats",
 "Rats bred to have high blood pressure suffer bleeding in the brain",
 ("genetic hypertension", ['spontaneously hypertensive rats', 'hypertensive rats', 'spontaneous hypertension', 'high blood pressure level']),
 ("cerebral haemorrhage", ['cerebral haemorrhage', 'cerebral hemorrhage', 'high frequency of cerebral haemorrhage', 'brain haemorrhage']),
 'hypertensi*[tiab] AND (rats[tiab] OR rat[tiab] OR haemorrhage[tiab] OR hemorrhage[tiab] OR mortality[tiab] OR stroke[tiab] OR strains[tiab])',
 'effect', None, None, 'harm', None),
("C1203", "Carotid chemoreflex stimulation with nicotine dilates the coronary arteries",
 "Nicotine acting on the carotid body reflex widens the arteries of the heart",
 ("carotid chemoreflex stimulation with nicotine", ['intracarotid injection of nicotine', 'chemoreflex stimulation',
                                                   'nicotine stimulation of the carotid chemoreflex', 'intracarotidly administered nicotine']),
 ("coronary vasodilation", ['coronary dilation', 'reflex coronary dilation', 'increase in late diastolic coronary flow',
                            'reduction in late diastolic coronary resistance', 'coronary vasodilation']),
 'coronary[tiab] AND (dogs[tiab] OR nicotine[tiab] OR chemoreflex[tiab] OR carotid[tiab] OR "blood flow"[tiab] OR dilation[tiab] OR '
 'vasodilat*[tiab])', 'effect', None, None, 'benefit', None),
("C1204", "Aortitis syndrome causes pleural effusion",
 "Inflammation of the aorta makes fluid collect around the lungs",
 ("aortitis syndrome", ['aortitis syndrome', 'aortitis', 'exacerbation of aortitis']),
 ("pleural effusion", ['pleural effusion', 'exudative pleural effusion', 'pleural fluid exudate', 'pleural effusions']),
 'aortitis[tiab] OR "pleural effusion*"[tiab] OR "pleural fluid"[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
