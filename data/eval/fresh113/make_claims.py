# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# mirror therapy for phantom limb pain (a title-only report among cartilage, talus and imaging records that merely say
# mirror, phantom or amputation), mirtazapine and akathisia (a title-only report, an old laboratory study of
# antidepressants and two records that mention antidepressants), lorazepam for sexual disorders (an old randomised trial
# and two catatonia case reports), timolol for essential hypertension (an old randomised double-blind trial, a review of
# transdermal beta-blockers and an old record on renal hypertension), maleate and renal tubular dysfunction (two old
# animal studies and an anticoagulant record) and simulation training for the skills of future surgeons (a title-only
# opinion piece among surveys of orthopaedic surgeons in training).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1067", "Mirror therapy relieves phantom limb pain",
 "Mirror therapy relieves phantom limb pain",
 ("mirror therapy", ['mirror therapy', 'mirror therapy as an adjunct to conventional pharmacotherapy',
                     'adjunct mirror therapy', 'mirror box therapy', 'mirror visual feedback therapy']),
 ("phantom limb pain", ['phantom limb pain', 'phantom pain', 'phantom limb pain after amputation', 'post-amputation phantom pain',
                        'pain in the phantom limb']),
 'mirror[tiab] OR phantom[tiab] OR amput*[tiab]', 'effect', None, None, 'benefit', None),
("C1068", "Mirtazapine causes akathisia",
 "Mirtazapine causes akathisia",
 ("mirtazapine", ['mirtazapine', 'mirtazapine treatment', 'mirtazapine therapy', 'the antidepressant mirtazapine',
                  'mirtazapine use']),
 ("akathisia", ['akathisia', 'mirtazapine-induced akathisia', 'mirtazapine induced akathisia', 'drug-induced akathisia',
                'akathisia induced by mirtazapine']),
 'mirtazapine[tiab] OR akathisia[tiab] OR antidepressant*[tiab]', 'effect', None, None, 'harm', None),
("C1069", "Lorazepam helps patients with sexual disorders",
 "Lorazepam helps patients with sexual disorders",
 ("lorazepam", ['lorazepam', 'lorazepam treatment', 'oral lorazepam', 'lorazepam therapy', 'the benzodiazepine lorazepam']),
 ("sexual disorders", ['sexual disorders', 'sexual disorder', 'sexual dysfunction', 'sexual problems',
                       'psychosexual disorders']),
 'lorazepam[tiab] OR benzodiazepin*[tiab] OR "sexual disorder*"[tiab] OR "sexual dysfunction"[tiab]', 'effect', None, None,
 'benefit', None),
("C1070", "Timolol lowers blood pressure in essential hypertension",
 "Timolol lowers blood pressure in essential hypertension",
 ("timolol", ['timolol', 'oral timolol', 'timolol maleate', 'the beta-blocker timolol', 'timolol treatment']),
 ("essential hypertension", ['essential hypertension', 'primary hypertension', 'patients with essential hypertension',
                             'blood pressure in essential hypertension', 'essential arterial hypertension']),
 'timolol[tiab] OR "essential hypertension"[tiab] OR ((beta-block*[tiab] OR "beta-adrenergic block*"[tiab] OR '
 'propranolol[tiab]) AND (hypertens*[tiab] OR "blood pressure"[tiab]))', 'effect', None, None, 'benefit', None),
("C1071", "Maleate damages the kidney tubules",
 "Maleate damages the kidney tubules",
 ("maleate", ['maleate', 'maleate administration', 'maleic acid', 'sodium maleate', 'maleate infusion']),
 ("renal tubular dysfunction", ['renal tubular dysfunction', 'renal dysfunction', 'experimental renal dysfunction',
                                'impaired renal reabsorption of bicarbonate', 'reduced bicarbonate reabsorption',
                                'Fanconi syndrome']),
 'maleate[tiab] OR "renal dysfunction"[tiab] OR nephrotox*[tiab] OR "renal tubul*"[tiab]', 'effect', None, None, 'harm',
 None),
("C1072", "Simulation training improves the surgical skills of future surgeons",
 "Simulation training improves the surgical skills of future surgeons",
 ("simulation training", ['simulation training', 'simulation-based training', 'surgical simulation', 'simulator training',
                          'simulation-based surgical training']),
 ("surgical skills of future surgeons", ['surgical skills', 'surgical skill acquisition', 'operative skills',
                                         'surgical competence', 'skills of surgical trainees']),
 '"simulation training"[tiab] OR ((surgeon*[tiab] OR residen*[tiab]) AND (training[tiab] OR "learning curve"[tiab]))',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
