# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 54 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# starting warfarin without a loading dose and a below-target INR (a 120-patient prospective cross-sectional study,
# PMID 26702259, in which new initiation of warfarin on admission at a low dose gave an odds ratio of 3.73 for a discharge
# INR below target and more INRs below 1.5 during the stay; the earlier claim on it was older age and warfarin
# sensitivity; among a drug-induced liver injury series, pancreatic-cancer coagulation, psoas-abscess venous thrombosis,
# air-thrombogenesis, ventricular-assist-device thrombus and non-vitamin K oral anticoagulant records), nifedipine versus
# tamsulosin for stone clearance in ureteric colic (the 1,167-patient placebo-controlled multicentre trial, PMID 25998582,
# with no difference between tamsulosin and nifedipine - nor between either and placebo; the earlier claim on it was
# tamsulosin alone; among a rat renal kallikrein study, a serum gamma-glutamyl transpeptidase study and a klotho-TRPV5
# study), a short course of corticosteroids added to antituberculous therapy for a paradoxical reaction in Pott's disease
# (a case report, PMID 17336571, with a favourable outcome after percutaneous drainage, oral corticosteroids and continued
# therapy, among spinal-tuberculosis, psoas-abscess, craniovertebral, aortic-aneurysm, hyperbaric-oxygen, treatment-length
# and drainage records), alcohol consumption and death from drug-induced liver injury (a 361-patient hospital series,
# PMID 26702391, in which alcohol consumption correlated with DILI-associated mortality; the earlier claim on it was herbal
# medicine as the cause; among an epidural-abscess case, an alcohol-after-liver-transplantation study, a hepatotoxicity
# model review and a hepatic stellate cell study), a heparin-coated ventricular assist device and heparin-induced
# thrombocytopenia type II (six pump thrombi, PMID 23769097, all strongly PF4-positive, among two air-thrombogenesis case
# reports and a von Willebrand factor review in mechanical circulatory support) and teriparatide for a subchondral
# insufficiency fracture of the knee (a case report, PMID 26055598, with teriparatide at 7 months and walking with mild
# pain at 26 months, among knee osteonecrosis, stress-fracture, meniscal root tear, subchondral stem cell and biphasic
# scaffold records). Synonyms name the claim's own exposure and condition, no wider. C1260 is an "as well as" claim, stated
# as kind equivalence with its comparator; C1261 is an add-on claim.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1259", "Initiating warfarin in hospital without a loading dose leaves patients below the target INR range at discharge",
 "Starting warfarin in hospital on a low dose without a loading dose often leaves the blood not yet thin enough when you go home",
 ("warfarin initiation without a loading dose", ['new initiation of warfarin therapy on hospital admission', 'low initiation dose',
                                                 'initiation of warfarin without giving loading doses', 'newly initiated warfarin']),
 ("INR below the target range", ['INR values below 1.5', 'below target INR range', 'discharged with INR below target range',
                                 'discharge INRs', 'INRs below 1.5']),
 'warfarin[tiab] OR INR[tiab] OR "international normalized ratio"[tiab] OR anticoagula*[tiab]', 'effect', None, None, 'harm', None),
("C1260", "Nifedipine is as effective as tamsulosin for stone clearance in ureteric colic",
 "For a stone stuck in the ureter, the blood-pressure pill nifedipine works as well as tamsulosin to help it pass",
 ("nifedipine", ['nifedipine 30 mg', 'nifedipine', 'nifedipine group']),
 ("ureteric stone clearance", ['stone clearance', 'further intervention for stone clearance', 'stone passage',
                              'ureteric colic', 'ureteric stone']),
 '(nifedipine[tiab] OR tamsulosin[tiab] OR "alpha-blocker*"[tiab] OR "calcium channel"[tiab] OR "expulsive therapy"[tiab]) OR '
 '((ureter*[tiab] OR kidney[tiab] OR renal[tiab] OR urinary[tiab]) AND (stone*[tiab] OR calcul*[tiab] OR colic[tiab] OR '
 'lithotripsy[tiab] OR obstruct*[tiab]))', 'equivalence',
 ("tamsulosin", ['tamsulosin 400 μg', 'tamsulosin', 'tamsulosin group']),
 None, 'benefit', None),
("C1261", "A short course of corticosteroids added to antituberculous therapy controls paradoxical reactions in spinal tuberculosis",
 "If lymph nodes swell up during treatment for spinal tuberculosis, adding a short course of steroids to the TB drugs brings the reaction under control",
 ("short course of oral corticosteroids", ['oral short course of corticosteroids', 'adjunction of a short course of corticosteroids',
                                          'corticosteroids']),
 ("paradoxical reaction during antituberculous treatment", ['paradoxical reactions', 'tuberculous paradoxical reaction',
                                                           'lymph node paradoxical enlargement', 'enlargement of pre-existent lesions',
                                                           'development of uni- then bilateral cervical lymph nodes']),
 '(tubercul*[tiab] OR Pott*[tiab]) AND (antituberculous[tiab] OR antitubercular[tiab] OR "anti-tuberculous"[tiab] OR '
 '"anti-tubercular"[tiab] OR "anti-tuberculosis"[tiab] OR antituberculosis[tiab]) AND (abscess*[tiab] OR lymph*[tiab] OR '
 'paradoxical[tiab] OR corticosteroid*[tiab] OR steroid*[tiab])', 'effect', None,
 ("antituberculous therapy", ['combined antituberculous therapy', 'adapted antituberculous treatment', 'antituberculous drugs']),
 'benefit', None),
("C1262", "Alcohol consumption increases mortality from drug-induced liver injury",
 "People who drink alcohol are more likely to die when a medicine or herbal remedy injures their liver",
 ("alcohol consumption", ['alcohol consumption']),
 ("death from drug-induced liver injury", ['DILI-associated mortality', 'mortality', 'overall mortality',
                                          'drug-induced liver injury', 'DILI']),
 '"drug-induced liver injury"[tiab] OR DILI[tiab] OR hepatotox*[tiab] OR (alcohol*[tiab] AND (liver[tiab] OR hepatic[tiab]))',
 'effect', None, None, 'harm', None),
("C1263", "Heparin-coated ventricular assist devices promote heparin-induced thrombocytopenia type II with PF4-positive pump thrombi",
 "The heparin coating inside a heart pump can itself set off heparin-induced thrombocytopenia and clots on the pump",
 ("heparin-coated ventricular assist device", ['heparin-coated VADs', 'immobilized heparin coating', 'heparin-coated surface',
                                              'coating with heparin']),
 ("heparin-induced thrombocytopenia type II with pump thrombi", ['heparin-induced thrombocytopenia (HIT) type II', 'HIT II',
                                                                'PF4-positive thrombi', 'VAD thrombi', 'thrombi',
                                                                'heparin/platelet factor 4 (PF4) antibodies']),
 '(heparin*[tiab] OR "ventricular assist"[tiab] OR "mechanical circulatory support"[tiab]) AND (thrombocytopeni*[tiab] OR '
 'thromb*[tiab] OR "platelet factor 4"[tiab])', 'effect', None, None, 'harm', None),
("C1264", "Teriparatide promotes healing of subchondral insufficiency fractures of the knee",
 "For a stress fracture just under the knee cartilage, the bone-building injection teriparatide helps the bone heal",
 ("teriparatide", ['teriparatide treatment', 'teriparatide']),
 ("healing of subchondral insufficiency fracture of the knee", ['subchondral insufficiency fractures of the knee',
                                                               'subchondral insufficiency fracture', 'bone healing',
                                                               'subchondral bone collapse']),
 'teriparatide[tiab] OR "insufficiency fracture*"[tiab] OR "subchondral fracture*"[tiab] OR "stress fracture*"[tiab] OR '
 '"spontaneous osteonecrosis"[tiab] OR (osteonecrosis[ti] AND knee[ti])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
