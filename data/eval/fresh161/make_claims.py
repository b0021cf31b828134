# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 59 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# state-subsidised (Medicaid) orthodontic treatment against self-pay treatment and compliance with orthodontic treatment
# (a retrospective comparison at one teaching clinic of 88 Medicaid-supported and 145 self-pay orthodontic patients,
# PMID 26432318, with differences in treatment difficulty adjusted by subject selection and analysis of covariance; the
# Medicaid patients were younger, 14.1 against 14.9 years, significantly more often dismissed from treatment, 19%
# against 4%, mostly for noncompliance, had more broken brackets and missed appointments, and those who completed
# treatment took longer, 29 against 25 months, with no difference in the number of appointments, and shorter commutes;
# the authors call for prospective studies of the causes; no earlier claim's eligible records held it, the earlier
# queries that met it were about orthodontic treatment and oral health-related quality of life and the under-enrolment
# of minority and underserved patients in cancer trials; among a rapid maxillary expander for a Class II malocclusion
# report, a two-jaw orthognathic surgery airway study, a biography of an orthodontist, a review of orthodontic care in
# cleft lip and palate, a quality of life study after orthodontic treatment, low-level laser therapy for tooth movement
# into grafted alveolar defects, physical activity and orthodontic pain in adolescents, serial against late premolar
# extractions, a randomised trial of alternating rapid palatal expansion and constriction with protraction, a systematic
# review of satisfaction with orthodontic treatment and a report of a mandibular functional shift), HPV-positive against
# HPV-negative tumour status and the time to recurrence of oropharyngeal squamous cell carcinoma (a secondary analysis
# of a retrospective two-institution cohort of 101 patients with recurrent OPSCC of known HPV status, 81 surviving 24
# months or more and 20 fewer, PMID 26589380, with HPV-positive status associated with longer time to recurrence only in
# the late survivors, median 21.8 against 13.8 months, p = 0.028, adjusted HR 0.48 overall and 0.47 in late survivors,
# later recurrences in late survivors whatever the HPV status, and the authors' conclusion that survival bias links late
# survivorship with late recurrence; no earlier claim's eligible records held it, the earlier queries that met it were
# about genital HPV 6 and 11 infection progressing to genital warts and HIV infection raising cervical high-risk HPV;
# among an oesophageal cancer in Africa review, a study of HHV8, EBV and HPV in HIV-associated oral lesions, HPV16 E7
# protein bodies causing tumour regression in mice, the HIM study of genital HPV progression, HPV in semen and the
# penile epithelium and a time trend of cervical high-risk HPV in HIV-infected women), SPECT/CT added to the standard
# diagnostic algorithm against the standard algorithm alone and diagnosis and treatment decisions for persistent
# symptoms after anterior cruciate ligament reconstruction (a diagnostic comparative study in which three experienced
# surgeons assessed 23 consecutive patients first with the standard algorithm of clinical information, radiographs, MRI
# and CT and then with SPECT/CT added, PMID 30637504, level II, where the added SPECT/CT changed neither the diagnosis
# nor the treatment decision in any case, did not correlate with clinical graft integrity, and tunnel position was well
# classified by CT with no correlation with tracer uptake, the authors seeing no justification for SPECT/CT; no earlier
# claim's eligible records held it, the earlier queries that met it were about cartilage fragments and femoral tunnel
# widening after ACL reconstruction, keeping the ACL remnant, cam-type impingement and acetabular cartilage, cartilage
# damage at ACL reconstruction and quadriceps weakness, MSCs for tendon-to-bone healing after ACL reconstruction and
# subchondral bone marrow oedema predicting cartilage repair failure; among a pyogenic sacroiliitis series, a psoas
# abscess in pyogenic sacroiliitis report, a tubercular osteomyelitis report, a lanreotide pancreatic cancer study, a
# pyogenic spondylitis in an immobile segment report, a combined high tibial osteotomy, ACL reconstruction and
# microfracture study, osteochondral allografts in ACL-intact and reconstructed knees, chondral defects and meniscal
# allograft outcomes, a biologic augmentation technique for ACL reconstruction, paediatric meniscal allograft
# transplantation and a hybrid bone-grafting technique for staged revision ACL reconstruction), inhaling helium from a
# pressurised cylinder and cerebral arterial gas embolism (a case report of a 27-year-old man who inhaled helium from an
# unregulated pressurised cylinder, PMID 10692202, left blind with radiological changes first suggesting cortical
# infarction, with complete recovery of vision and substantial regression of the changes after four hyperbaric oxygen
# treatments and a 54-hour lidocaine infusion begun six hours after the accident, the second reported case of CAGE by
# this mechanism; no earlier claim's eligible records held it, the earlier queries that met it were about hyperbaric
# oxygen for arterial and cerebral gas embolism, oxygen-ozone autohaemotransfusion causing gas embolism, adjuncts such
# as buprenorphine to a brachial plexus block and lidocaine infusions for neuropathic itch; among a pulmonary cyst and
# CAGE in a hypobaric chamber report, CAGE after diagnostic bronchoscopy, a pulmonary barotrauma CAGE with spontaneous
# recovery, two reports of cerebral air embolism during commercial air travel, pulmonary barotrauma and CAGE during
# hyperbaric oxygen therapy and a spontaneous cerebral gas embolism with a pulmonary arteriovenous malformation),
# encapsulated cells producing cytochrome P450 2B1 given with low-dose ifosfamide and the growth of human pancreatic
# tumours in mice (an experimental study in which human embryonic epithelial cells engineered to express CYP2B1, which
# converts ifosfamide or cyclophosphamide to its cytotoxic products, were encapsulated in cellulose sulphate and
# injected 1 cm from pre-established PaCa-44 human pancreatic tumours in mice, PMID 10026857, with partial or even
# complete tumour ablation after intraperitoneal low-dose ifosfamide, a bystander effect in vitro and no numbers or
# control groups given in the abstract; no earlier claim's eligible records held it, the earlier queries that met it
# were about BA 1 against ifosfamide in rat carcinosarcoma, ifosfamide and leucocyte counts in rats, chemotherapy for
# advanced pancreatic cancer and soluble IL-2 receptor alpha in pancreatic cancer; among the BA 1 against ifosfamide
# study, serially transplanted and long-term xenografted human pancreatic cancers in nude and immunosuppressed mice,
# connective tissue growth factor in pancreatic cancer cells, G-protein gamma 7 in cancers, antisense oligonucleotides
# to gastrin, FK317 in tumour xenografts, 2-methoxyestradiol in pancreatic cancer cell lines, a pancreatic cancer
# conditioned medium study in rat hepatocytes, the glucocorticoid receptor in pancreatic cancer xenografts, exosomal
# microRNA-15a from the pancreas in diabetes, LMTK3 and Rab-coupling protein, dietary serine and glycine starvation and
# GPRC5a in pancreatic cancer), and pramipexole and functional shoulder pain with insomnia and zolpidem dependence (a
# case report of a 65-year-old man with bilateral functional shoulder pain, insomnia and zolpidem dependence effectively
# treated with pramipexole, PMID 26702179, the authors noting that no research explores pramipexole in somatoform or
# functional pain and giving no measures in the abstract; no earlier claim's eligible records held it, the earlier
# queries that met it were about zolpidem and sleepwalking, insomnia with short sleep duration and diabetes and
# pramipexole for refractory depression; among a cohort study and a review of insomnia with objective short sleep
# duration, pramipexole for refractory depression in rapid cycling bipolar disorder, sleepwalking with zolpidem and a
# report of prosthetic hip infection with an iliacus muscle abscess). Synonyms name the claim's own exposure and
# condition, no wider. C1355, C1356 and C1357 are head-to-head claims with their comparators (C1357 an equivalence
# claim); C1355 and C1356 rest on retrospective comparative cohorts; C1355 and C1358 are harm claims; C1359 is about
# mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1355", "Orthodontic patients on Medicaid are dismissed for noncompliance more often and take longer to finish treatment than self-pay patients",
 "Children whose braces are paid for by Medicaid are sent away from treatment for missed visits and broken brackets far more often, and take longer to finish, than children whose families pay for themselves",
 ("state-subsidised (Medicaid) orthodontic treatment", ['Medicaid-supported patients', 'Medicaid patients', 'state-subsidized']),
 ("compliance with orthodontic treatment", ['compliance differences', 'dismissed from treatment', 'noncompliance', 'missed appointments']),
 '(orthodontic*[tiab] OR malocclusion[tiab]) OR ((Medicaid[tiab] OR "self-pay"[tiab]) AND (compliance[tiab] OR adherence[tiab]))', 'effect',
 ("self-pay orthodontic treatment", ['self-pay patients', 'self-pay']), None, 'harm', None),
("C1356", "HPV-positive oropharyngeal squamous cell carcinoma recurs later than HPV-negative carcinoma",
 "If your throat cancer is caused by the HPV virus, it comes back later, if it comes back at all, than a throat cancer not caused by HPV",
 ("HPV-positive tumour status", ['HPV-positive tumor status', 'HPV-positive', 'human papillomavirus tumor status']),
 ("time to recurrence of oropharyngeal squamous cell carcinoma", ['oropharyngeal squamous cell carcinoma (OPSCC)', 'recurrent OPSCC',
                                                                  'timing of first recurrence', 'time to recurrence']),
 '(HPV[tiab] OR "human papillomavirus"[tiab] OR papillomavirus[tiab]) OR (oropharyngeal[tiab] AND (carcinoma[tiab] OR cancer[tiab]))', 'effect',
 ("HPV-negative tumour status", ['HPV-negative', 'HPV-negative patients']), None, 'benefit', None),
("C1357", "Adding SPECT/CT to the standard work-up of persistent symptoms after ACL reconstruction changes neither diagnosis nor treatment",
 "If your knee still troubles you after a cruciate ligament reconstruction, adding a SPECT/CT scan to the usual X-rays, MRI and CT scan leads to the same diagnosis and the same treatment plan",
 ("SPECT/CT added to the standard diagnostic algorithm", ['SPECT/CT', 'trial algorithm', 'Additional SPECT/CT analysis']),
 ("diagnosis and treatment decisions for persistent symptoms after anterior cruciate ligament reconstruction",
  ['persistent symptoms after anterior cruciate ligament reconstructions', 'persistent symptoms after ACL reconstruction', 'diagnosis and therapeutic decision']),
 '"SPECT/CT"[tiab] OR SPECT[tiab] OR "single photon emission"[tiab] OR scintigraph*[tiab] OR ("anterior cruciate ligament"[tiab] AND '
 '(persistent[tiab] OR revision[tiab] OR "graft failure"[tiab]))', 'equivalence',
 ("the standard diagnostic algorithm", ['standard algorithm', 'clinical information, conventional radiographs, MRI and CT scan']), None, 'benefit', None),
("C1358", "Inhaling helium from a pressurised cylinder causes cerebral arterial gas embolism",
 "Breathing in helium straight from a pressurised gas cylinder can send gas bubbles into the arteries of the brain and cause a cerebral arterial gas embolism",
 ("inhaling helium from a pressurised cylinder", ['inhaled helium from an unregulated pressurized cylinder', 'helium']),
 ("cerebral arterial gas embolism", ['cerebral arterial gas embolism (CAGE)', 'CAGE', 'unequivocal CAGE']),
 '(helium[tiab] OR "gas cylinder"[tiab] OR "pressurized cylinder"[tiab] OR inhal*[tiab] OR "pulmonary barotrauma"[tiab] OR barotrauma[tiab]) AND '
 '("gas embolism"[tiab] OR "air embolism"[tiab])', 'effect', None, None, 'harm', None),
("C1359", "Encapsulated CYP2B1-producing cells with low-dose ifosfamide ablate human pancreatic tumours in mice",
 "In mice carrying human pancreatic cancer, capsules of engineered cells placed beside the tumour switch on low-dose ifosfamide chemotherapy and can wipe the tumour out",
 ("encapsulated cells producing cytochrome P450 2B1 with low-dose ifosfamide", ['encapsulated cells producing an oxazaphosphorine activating cytochrome P450',
                                                                               'encapsulated cells', 'CYP2B1 gene']),
 ("growth of human pancreatic tumours in mice", ['pre-established tumours derived from a human pancreatic tumour cell line (PaCa-44)', 'tumour ablation',
                                                 'pancreatic adenocarcinoma']),
 '(pancrea*[tiab] AND (mice[tiab] OR mouse[tiab] OR murine[tiab] OR xenograft*[tiab])) OR ifosfamide[tiab] OR oxazaphosphorine*[tiab] OR CYP2B1[tiab]', 'effect',
 None, None, 'benefit', ['mouse']),
("C1360", "Pramipexole relieves functional shoulder pain and zolpidem dependence",
 "Pramipexole, a drug for Parkinson's disease and restless legs, eases long-standing shoulder pain that has no physical cause and helps you come off zolpidem sleeping pills",
 ("pramipexole", ['pramipexole', 'Treatment with pramipexole']),
 ("functional shoulder pain with insomnia and zolpidem dependence", ['bilateral functional shoulder pain', 'zolpidem dependence',
                                                                     'Comorbid Functional Shoulder Pain and Zolpidem Dependence']),
 'pramipexole[tiab] OR zolpidem[tiab] OR "dopamine agonist"[tiab] OR somatoform[tiab] OR "functional pain"[tiab] OR fibromyalgia[tiab] OR '
 '"restless legs"[tiab] OR insomnia[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
