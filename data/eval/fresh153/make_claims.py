# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 56 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# the closed-eruption technique and alveolar bone loss around impacted immature maxillary central incisors (30 children
# with cone-beam CT before and after treatment, PMID 26432314, with impacted incisors differing from the contralateral
# incisors in labial exposed root length and lingual alveolar crest, and some alveolar bone loss in both; the earlier claim
# on it was the closed-eruption technique for the impacted incisors themselves; among a canine impaction review, a
# panoramic root-resorption study, a low-level laser tooth-movement study, a canine subchondroplasty study and a dental
# pulp stem cell review),
# melatonin premedication and first-night sleep quality after wisdom teeth extraction (a 76-patient randomised
# placebo-controlled trial, PMID 26702161, with no significant difference in sleep quality; the earlier claims on it were
# postoperative pain and preoperative anxiety; among insomnia, menopause and sleep apnoea studies, a gastric melatonin rat
# study and a hydrogel study), cold (4 degree C) against room-temperature irrigation during phacoemulsification and
# corneal endothelial cell loss (a 25-patient, 50-eye randomised study, PMID 25840296, with endothelial cell loss of 9.9%
# against 10.0% and no difference in corneal thickness; the earlier claim on it was pain; among a femtosecond laser
# cataract surgery study, a trabecular microbypass study, a lens injector study and a corneal endothelial cell delivery
# study), consolidation chemoradiation after a near-complete (Ta or Tis) against a complete (T0) response in
# bladder-preserving therapy (a pooled analysis of 119 patients from RTOG 9906 and 0233, PMID 26700703, with bladder
# recurrence in 28% against 36% and similar salvage cystectomy and survival; the earlier claim on it was bladder
# preservation itself; among pancreatic chemoradiation and chemotherapy studies, a lymphoma radioimmunotherapy trial, a
# bladder diverticulum smoothelin study and two psoas abscess reports), GSTT1 gene deletion and early-onset breast
# carcinoma (309 Tunisian patients and 242 controls, PMID 14562023, with GSTT1 deletion associated with early onset, odds
# ratio 1.60; among a bladder schistosomiasis glutathione S-transferase study, a lymphoma GST polymorphism study and a
# lung cancer methylation study) and anticholinergic medication exposure and length of stay in post-acute rehabilitation
# of patients with delirium superimposed on dementia (99 participants from a trial's control group, PMID 26419732, with
# greater anticholinergic use related to longer length of stay; the earlier claim on it was cognitive and physical
# function; among a 1975 anticholinergic gastric secretion study, an amisulpride sialorrhea series, a late-life psychotic
# depression study and an iliopsoas abscess case). Synonyms name the claim's own exposure and condition, no wider. C1309
# and C1310 are "as gentle as / works as well as" claims, stated as kind equivalence with their comparators.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1307", "Closed-eruption treatment of impacted immature maxillary central incisors is followed by alveolar bone loss",
 "Bringing a buried front tooth into place by the closed-eruption method leaves the tooth with some loss of the bone around its root",
 ("closed-eruption technique", ['closed-eruption treatment', 'closed-eruption technique']),
 ("alveolar bone loss around the impacted incisor", ['alveolar bone loss', 'labial exposed root length', 'lingual alveolar crest',
                                                     'thin alveolar bone surrounded the roots']),
 '(impact*[tiab] AND (incisor*[tiab] OR canine*[tiab] OR teeth[tiab] OR tooth[tiab])) OR "alveolar bone"[tiab] OR '
 '"closed-eruption"[tiab]', 'effect', None, None, 'harm', None),
("C1308", "Melatonin premedication improves first-night sleep quality after wisdom teeth extraction",
 "A melatonin tablet before wisdom teeth surgery helps you sleep better the first night afterwards",
 ("melatonin premedication", ['melatonin premedication', '6 mg melatonin', 'melatonin']),
 ("first-night sleep quality after surgery", ['first-night sleep quality', 'sleep quality']),
 'melatonin[tiab] OR "wisdom teeth"[tiab] OR "third molar*"[tiab] OR sleep[ti]', 'effect', None, None, 'benefit', None),
("C1309", "Cold intraocular irrigation solution during phacoemulsification causes no more corneal endothelial cell loss than irrigation at room temperature",
 "Using a chilled rinsing fluid during cataract surgery is as gentle on the cornea's inner cell layer as fluid at room temperature",
 ("cold (4 degree C) intraocular irrigation solution", ['cold (4°C) solution', 'cryoanalgesia',
                                                       'topical associated with cryoanalgesia']),
 ("corneal endothelial cell loss", ['endothelial cell loss', 'corneal endothelial cell loss', 'corneal thickness increase',
                                    'change in corneal thickness']),
 'phacoemulsification[tiab] OR "endothelial cell loss"[tiab] OR "endothelial cell density"[tiab] OR "corneal endothelium"[tiab]',
 'equivalence',
 ("irrigation solution at room temperature", ['intraocular irrigation solution at room temperature', 'topical anesthesia']),
 None, 'benefit', None),
("C1310", "Patients with a near-complete response after induction chemoradiation do as well with completed bladder-preserving therapy as complete responders",
 "If chemoradiation for bladder cancer leaves only a superficial tumour, finishing bladder-sparing treatment works as well as when the tumour has gone completely",
 ("consolidation chemoradiation after a near-complete response", ['near-complete response', 'Ta or Tis after induction chemo-RT',
                                                                 'near-complete responders', 'consolidation chemo-RT to full dose (60-64 Gy)']),
 ("bladder recurrence and salvage cystectomy", ['bladder recurrence', 'salvage cystectomy rates', 'disease-specific survival',
                                                'bladder-intact survival']),
 '(bladder[tiab] AND (chemoradi*[tiab] OR radiotherap*[tiab] OR cystectomy[tiab])) OR "complete response"[tiab]', 'equivalence',
 ("consolidation chemoradiation after a complete response", ['complete response', 'T0', 'complete responders']),
 None, 'benefit', None),
("C1311", "GSTT1 gene deletion increases the risk of early-onset breast carcinoma",
 "Women who lack the GSTT1 detoxifying gene are more likely to develop breast cancer at a young age",
 ("GSTT1 gene deletion", ['gene deletion of GSTT1', 'null-GSTT1 genotype', 'GSTT1 and GSTM1 gene deletions']),
 ("early-onset breast carcinoma", ['early onset of breast carcinoma', 'risk of early onset of breast carcinoma']),
 '"glutathione S-transferase*"[tiab] OR GSTT1[tiab] OR GSTM1[tiab]', 'effect', None, None, 'harm', None),
("C1312", "Anticholinergic medication exposure lengthens post-acute rehabilitation stays of older patients with delirium superimposed on dementia",
 "For frail older people with delirium and dementia, medicines with anticholinergic effects keep them longer in the rehabilitation ward",
 ("anticholinergic medication exposure", ['anticholinergic medication exposure', 'clinically relevant anticholinergic medications',
                                          'anticholinergic exposure']),
 ("longer length of stay in rehabilitation", ['longer length of stay', 'length of stay', 'greater length of stay during rehabilitation']),
 'anticholinergic*[tiab] OR delirium[tiab] OR dementia[tiab] OR ("length of stay"[tiab] AND (rehabilitation[tiab] OR '
 '"post-acute"[tiab] OR elderly[tiab] OR "older adults"[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
