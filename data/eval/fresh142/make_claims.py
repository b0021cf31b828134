# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# trauma exposure during puberty and anxiety disorders in adolescent girls (a 2,899-girl National Comorbidity Survey
# Replication-Adolescent Supplement analysis, PMID 26703906, in which trauma during puberty conferred the most risk for
# past-year anxiety disorder, primarily social phobia, among a mouse vicarious-social-defeat model, a review of nightmares
# in the deaf and two cartilage records), vicarious social defeat stress and social avoidance with anxiety-like behaviour
# in mice (PMID 26545443, witnessing the social defeat of another mouse induced social avoidance, depressive- and
# anxiety-like phenotypes and a corticosterone spike, among a zebrafish anxiolysis review and mouse records on cataract,
# pulmonary fibrosis, Sestrin2, a Vibrio peroxiredoxin and pancreatic exosomes), neuroplasticity-based computerized
# cognitive training and serum BDNF in schizophrenia (a randomised trial against computer games, PMID 19368899, with a
# significant rise in serum BDNF after training, among a pancreatic-cancer c-ret/GDNF study and a spinal-cord-injury
# cortical-reorganization review), insomnia with objective short sleep duration and diabetes (a review, PMID 23419741,
# naming a higher risk for diabetes, among the Penn State insomnia-hypertension cohort and a zolpidem-dependence case),
# cigarette smoking and pancreatic cancer (a nested case-control study in the ATBC cohort of Finnish male smokers, PMID
# 10088624, with pancreatic cancer risk rising with pack-years, among an oesophageal-cancer review, lung-cancer records
# and a chromium-plating cohort) and vitamin B6 (pyridoxal-5'-phosphate) status and pancreatic cancer (the same study,
# PMID 10088624, with half the risk in the highest PLP tertile, among an L-canavanine pancreatic-cancer-cell study and a
# Plasmodium perforin-like-protein record). Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1241", "Trauma exposure during puberty increases the risk of anxiety disorders in adolescent girls",
 "Girls who go through a traumatic event during puberty are more likely to develop an anxiety disorder",
 ("trauma exposure during puberty", ['trauma during puberty', 'exposure to potentially traumatic events during puberty',
                                     'developmental timing of trauma', 'potentially traumatic events']),
 ("anxiety disorders in adolescent girls", ['anxiety disorder', "past-year anxiety disorder diagnoses", 'social phobia',
                                            'anxiety disorders']),
 '(trauma*[tiab] OR traumatic[tiab]) AND (anxiety[tiab] OR PTSD[tiab] OR posttraumatic[tiab] OR phobia[tiab] OR psychopathology[tiab] OR '
 'depress*[tiab])', 'effect', None, None, 'harm', None),
("C1242", "Vicarious social defeat stress induces social avoidance and anxiety-like behaviour in mice",
 "In mice, just watching another mouse being attacked is enough to cause lasting anxiety and social withdrawal",
 ("vicarious social defeat stress", ['vicarious social defeat stress', 'VSDS', 'witnessing the social defeat of another mouse',
                                    'VSDS exposure', 'emotional stress']),
 ("social avoidance and anxiety-like behaviour", ['social avoidance', 'social avoidant phenotype', 'depressive- and anxiety-like phenotypes',
                                                 'behavioral syndrome reminiscent of PTSD']),
 '"social defeat"[tiab] OR "social avoidance"[tiab] OR "anxiety-like"[tiab] OR anxiolytic*[tiab] OR anxiolysis[tiab] OR corticosterone[tiab] OR '
 '(stress[tiab] AND mice[tiab])', 'effect', None, None, 'harm', ['mouse']),
("C1243", "Neuroplasticity-based computerized cognitive training increases serum BDNF in schizophrenia",
 "For people with schizophrenia, intensive computer brain training raises the blood level of BDNF, a growth factor for brain cells",
 ("neuroplasticity-based computerized cognitive training", ['computerized auditory training', 'neuroplasticity-based cognitive training',
                                                            'computerized cognitive training', 'intensive cognitive training']),
 ("serum BDNF in schizophrenia", ['serum BDNF', 'brain-derived neurotrophic factor', 'serum BDNF levels', 'increase in serum BDNF']),
 'BDNF[tiab] OR "brain-derived neurotrophic factor"[tiab] OR "neurotrophic factor"[tiab] OR ("cognitive training"[tiab] AND schizophrenia[tiab])',
 'effect', None, None, 'benefit', None),
("C1244", "Insomnia with objective short sleep duration increases the risk of diabetes",
 "Insomnia with too little actual sleep raises the risk of diabetes",
 ("insomnia with objective short sleep duration", ['insomnia with objective short sleep duration', 'objective short sleep duration',
                                                   'short sleep duration in insomnia']),
 ("diabetes", ['diabetes']),
 'insomnia[tiab] OR "short sleep"[tiab] OR "sleep duration"[tiab] OR (sleep[tiab] AND diabet*[tiab])', 'effect', None, None, 'harm', None),
("C1245", "Cigarette smoking increases the risk of pancreatic cancer",
 "The more cigarettes you have smoked over the years, the higher your risk of pancreatic cancer",
 ("cigarette smoking", ['cigarette smoking', 'exposure to cigarettes', 'pack-years']),
 ("pancreatic cancer", ['pancreatic cancer', 'exocrine pancreatic cancer', 'pancreatic cancer risk', 'incident exocrine pancreatic cancer']),
 '(smok*[tiab] OR cigarette*[tiab] OR tobacco[tiab]) AND (pancrea*[tiab] OR cancer[tiab] OR carcinoma[tiab])', 'effect', None, None, 'harm', None),
("C1246", "Higher vitamin B6 (pyridoxal-5'-phosphate) status lowers the risk of pancreatic cancer",
 "Keeping your vitamin B6 levels up lowers your risk of pancreatic cancer",
 ("vitamin B6 (pyridoxal-5'-phosphate) status", ["pyridoxal-5'-phosphate", 'PLP', 'pyridoxine status', "pyridoxal-5'-phosphate (PLP) concentrations"]),
 ("pancreatic cancer", ['pancreatic cancer', 'exocrine pancreatic cancer', 'pancreatic cancer risk']),
 'pyridox*[tiab] OR "vitamin B6"[tiab] OR "vitamin B-6"[tiab] OR PLP[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
