# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 58 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# intra-articular bone marrow aspiration and concentration (BMAC) against saline placebo and the pain of knee
# osteoarthritis (a randomised, blinded, placebo-controlled pilot trial of 25 patients with mild-to-moderate bilateral knee
# osteoarthritis given BMAC into one knee and saline into the other, PMID 30160168, with pain decreased from baseline in both
# knees at 12 months but no difference between BMAC- and saline-treated knees, all P >= 0.54, and no change on T2 MRI
# cartilage mapping; no earlier claim's eligible records held it, the earlier queries that met it were about bone marrow
# aspirate concentrate for knee cartilage defects and the two bundled mesenchymal stem cell claims; among a BMAC harvesting
# technique paper, a musculoskeletal biotechnologies review, a meniscus scaffold with bone marrow aspirate study, a 15-year
# subchondral stem cell versus arthroplasty trial, a point-of-care autologous therapy review and a bone marrow concentrate
# injection approaches review), posterior against anteroposterior percutaneous catheter drainage of tuberculous psoas abscess
# and hospital stay and complications (a retrospective comparison of 74 patients with lumbar tuberculosis and psoas abscess
# given posterior debridement and fusion with posterior (43) or anteroposterior (31) catheter drainage, PMID 29127771, with no
# difference in fusion, deformity correction or cure, but less blood loss, shorter operations and shorter hospital stay with
# the posterior approach and more complications with the anteroposterior one, OR 3.04, CI 0.52-17.75; no earlier claim's
# eligible records held it, the earlier queries that met it were about percutaneous drainage of psoas abscess, spinal
# tuberculosis surgery and drug treatment, posterior-only against combined spinal tuberculosis surgery and causes of psoas
# abscess; among a 1993 catheter drainage series, psoas abscess reviews and case series from France and Cote d'Ivoire, a
# brucellar against tuberculous spondylodiscitis study, a case-control study of two lumbar tuberculosis operations, an HIV-era
# psoas surgery study and a preoperative catheter drainage study), knockout of the high molecular weight FGF2 isoforms and
# bone mineral density in mice (HMWKO mice against wild-type littermates, PMID 25389287, with higher bone mineral density
# and content in femurs and lumbar vertebrae, more trabecular bone, more osteoblast and less osteoclast activity and lower
# Fgf23 and Sost expression, with normal serum phosphate and parathyroid hormone; no earlier claim's eligible records held
# it, the earlier queries that met it were about scaffold pores and bone formation, Wnt-5a in neurons and cortical
# maturation; among an osteoporotic bone nail interlocking study, a GRB2 osteoclast study, a laser orthodontic tooth
# movement study, a bilayered osteochondral scaffold study, an iliac crest bone block study and a metformin-alendronate mouse
# osteoarthritis study), CT-guided hook-wire localization of a pulmonary nodule and cerebral arterial air embolism (a case
# report of a 64-year-old man, PMID 31045810, who had convulsions after the localization, gas in the right middle cerebral
# artery territory on cranial CT and died 55 hours later despite hyperbaric oxygen; no earlier claim's eligible records held
# it, the earlier queries that met it were about hyperbaric oxygen for gas embolism, lung needle biopsy and air embolism and
# hook-wire marking and pneumothorax, and the earlier claims on needle biopsy and hook-wire marking did not count the marking
# air embolism reports; among four other air embolism reports after CT-guided lung marking, a hyperbaric oxygen report for
# air embolism after needle marking and a marking method without piercing the lung), ephedrine against phenylephrine mixed
# with propofol and hypotension at induction of anaesthesia (a randomised trial of 135 adults given propofol with saline,
# phenylephrine or ephedrine, PMID 26702213, with hypotension in 60% on saline, 24.4% on phenylephrine and 31.1% on
# ephedrine and no significant difference between phenylephrine and ephedrine; the earlier claim on it, C118, was
# phenylephrine alone preventing hypotension after propofol induction; among a baboon blood pressure and cerebral blood flow
# study, a nitrous oxide sevoflurane trial, a low-dose propofol cough trial, an epidural blood patch study, an etomidate-propofol
# induction study, a haemodialysis fluid volume study and a psoas abscess transverse myelitis report), and non-vitamin K
# antagonist oral anticoagulants against warfarin and discontinuation in non-valvular atrial fibrillation (a retrospective
# single-centre cohort of 401 Japanese patients newly started on NOACs and 200 on warfarin, PMID 26702312, with 28% of NOAC
# against 17% of warfarin patients discontinuing and 12-month persistence of 70% against 82%; no earlier claim's eligible
# records held it, the earlier queries that met it were about NOACs and stroke, atrial fibrillation, warfarin initiation and
# sensitivity and medication persistence after myocardial infarction; among a NOAC review, a warfarin response study, a
# pancreatic cancer coagulation study, a ventricular assist device thrombus study, two copies of an air thrombogenesis
# report, a streptococcal deep venous thrombosis report and a psoas abscess iliac vein thrombosis report). Synonyms name the
# claim's own exposure and condition, no wider. C1337, C1338, C1341 and C1342 are head-to-head claims with their
# comparators (C1341 an equivalence claim); C1337 and C1341 rest on randomised trials; C1340 and C1342 are harm claims;
# C1339 is about mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1337", "Intra-articular bone marrow aspirate concentrate relieves knee osteoarthritis pain better than saline placebo injection",
 "For arthritis of the knee, an injection of concentrated bone marrow from your own hip bone eases knee pain better than a dummy injection of salt water",
 ("intra-articular bone marrow aspiration and concentration (BMAC)", ['Bone marrow aspiration and concentration (BMAC)', 'BMAC-injected',
                                                                       'single BMAC injection']),
 ("pain of knee osteoarthritis", ['mild-to-moderate bilateral knee osteoarthritis', 'bilateral osteoarthritic knee pain', 'overall knee pain',
                                  'pain from knee arthritis']),
 '("bone marrow aspirat*"[tiab] OR BMAC[tiab] OR "bone marrow concentrate"[tiab]) AND osteoarthritis[tiab] AND inject*[tiab] AND pain[tiab]',
 'effect', ("saline placebo injection", ['saline placebo', 'saline injection', 'saline-injected knees']), None, 'benefit', None),
("C1338", "Posterior-approach percutaneous catheter drainage of tuberculous psoas abscess shortens hospital stay and lowers complications compared with an anteroposterior approach",
 "If tuberculosis of the lower spine has caused an abscess in the psoas muscle, draining it through a tube placed from the back means a shorter hospital stay and fewer complications than draining it from the front and back",
 ("posterior-approach percutaneous catheter drainage", ['P-PCD', 'P-PCD group', 'the posterior approach']),
 ("hospital stay and complications in tuberculous psoas abscess", ['tuberculous psoas abscess', 'lumbar tuberculosis with psoas abscess',
                                                                   'length of hospital stay', 'risk of complications']),
 '"psoas abscess*"[tiab] AND tubercul*[tiab] AND (catheter*[tiab] OR percutaneous[tiab])', 'effect',
 ("anteroposterior-approach percutaneous catheter drainage", ['AP-PCD', 'AP-PCD group', 'the anteroposterior approach']),
 None, 'benefit', None),
("C1339", "Knocking out the high molecular weight FGF2 isoforms increases bone mineral density in mice",
 "In mice, switching off the large forms of the growth factor FGF2 gives denser bones with more bone mineral",
 ("knockout of the high molecular weight FGF2 isoforms", ['genetically knocking out the FGF2HMW isoforms (HMWKO)', 'HMWKO mice',
                                                         'Knockout of nuclear high molecular weight FGF2 isoforms']),
 ("bone mineral density", ['bone mineral density and bone mineral content', 'trabecular bone volume', 'bone and phosphate homeostasis']),
 'FGF2[tiab] OR "fibroblast growth factor 2"[tiab] OR FGF23[tiab] OR "bone mineral density"[tiab] OR ((knockout[tiab] OR "knock-out"[tiab] OR '
 'mice[tiab]) AND (osteoblast*[tiab] OR osteoclast*[tiab] OR "bone mass"[tiab]))', 'effect', None, None, 'benefit', ['mouse']),
("C1340", "CT-guided hook-wire localization of a pulmonary nodule before surgery causes cerebral arterial air embolism",
 "Marking a lung spot with a hooked wire under a CT scanner before surgery can let air bubbles into the arteries of the brain",
 ("CT-guided hook-wire localization of a pulmonary nodule", ['computed tomography-guided hook-wire localization', 'CT-guided hook-wire localization',
                                                           'computed tomography (CT)-guided pulmonary interventions', 'lung puncture']),
 ("cerebral arterial air embolism", ['Cerebral arterial air embolism', 'Cranial arterial air embolism', 'Systemic air embolism']),
 '("air embolism"[tiab] OR "gas embolism"[tiab]) AND (marking[tiab] OR "hook wire"[tiab] OR "hook-wire"[tiab] OR localization[tiab] OR '
 'localisation[tiab])', 'effect', None, None, 'harm', None),
("C1341", "Ephedrine prevents hypotension after the induction dose of propofol as well as phenylephrine",
 "To stop your blood pressure dropping when you are put to sleep with propofol, the drug ephedrine works as well as phenylephrine",
 ("ephedrine mixed with the propofol induction dose", ['ephedrine', 'propofol-ephedrine (PE)', 'group PE']),
 ("hypotension after the induction dose of propofol", ['hypotension associated with the induction dose of propofol',
                                                       'hypotensive response to the induction dose of propofol',
                                                       'hypotension on induction of anesthesia', 'Rate of hypotension']),
 'ephedrine[tiab] OR phenylephrine[tiab] OR propofol[tiab] OR hypotension[tiab]', 'equivalence',
 ("phenylephrine", ['phenylephrine', 'propofol-phenylephrine (PP)', 'group PP']), None, 'benefit', None),
("C1342", "Non-vitamin K antagonist oral anticoagulants are discontinued more often than warfarin in non-valvular atrial fibrillation",
 "If you have atrial fibrillation, people who start one of the newer blood thinners stop taking it more often than people who start warfarin",
 ("non-vitamin K antagonist oral anticoagulants", ['Non-vitamin K antagonist oral anticoagulants (NOACs)', 'newly started NOACs',
                                                  'patients prescribed NOACs']),
 ("discontinuation of anticoagulation in non-valvular atrial fibrillation", ['drug discontinuation', 'NOAC discontinuation', 'persistence rates',
                                                                            'non-valvular atrial fibrillation (NVAF)']),
 'warfarin[tiab] OR anticoagula*[tiab] OR dabigatran[tiab] OR rivaroxaban[tiab] OR apixaban[tiab] OR NOAC*[tiab]', 'effect',
 ("warfarin", ['warfarin', 'newly started warfarin', 'warfarin persistence']), None, 'harm', None),
]

write_claims(C)
