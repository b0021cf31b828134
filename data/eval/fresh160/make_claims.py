# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 59 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# mesenchymal stem cells implanted with allogenic cartilage against mesenchymal stem cells alone and cartilage regeneration
# and knee function in varus knee osteoarthritis treated with high tibial osteotomy (a randomised trial of 80 patients given
# cartilage repair with a concomitant HTO, randomised to MSC implantation or MSC implantation with allogenic cartilage, PMID
# 31549208, with Lysholm and KOOS improved in both groups at second-look arthroscopy at about 12.5 months, further improvement
# to the final follow-up at about 27 months only in the allogenic cartilage group, higher Kanamiya grades of regenerated
# cartilage in that group, and no correlation of the improved alignment with clinical outcome or Kanamiya grade; no earlier
# claim's eligible records held it, the earlier queries that met it were about MSCs for knee cartilage repair and
# osteoarthritis, high tibial osteotomy for medial knee osteoarthritis, cartilage repair added to high tibial osteotomy and
# donor (allogeneic) MSCs for cartilage defects; among a randomised trial of injected cultured bone marrow MSCs with
# microfracture and HTO, a histologic report of 8 cases of HTO with stem cell chondrogenesis, an umbilical cord blood MSC
# implantation paper, two comparisons of umbilical cord blood MSCs against bone marrow aspirate concentrate at HTO, a talus
# operative treatment review, a porcine collagen-augmented chondrogenesis technique and a stem cell method review),
# imipenem/cilastatin against meropenem and the daily cost of managing moderate to severe infections (a retrospective
# single-centre cohort cost-minimisation analysis of 88 adults in Saudi Arabia given imipenem/cilastatin 500 mg every six
# hours or meropenem 1 g every eight hours, PMID 26702257, equal efficacy assumed from the literature, with no difference in
# mean total daily cost, SAR 4784 against 4390, p = 0.37, a lower acquisition cost per vial of imipenem/cilastatin offset by
# a higher cost of administration sets, and no difference in consultation, nursing, physician or adverse drug event costs;
# no earlier claim's eligible records held it, the earlier queries that met it were about meropenem against imipenem for
# curing moderate to severe infections, which is about cure, not cost, and the cost of infection after surgery for
# gastrointestinal cancer; among a report on the cost of infection after gastrointestinal cancer surgery, a prolonged-infusion
# meropenem for Serratia meningitis report, a nocardial epidural abscess report, a disseminated Rhodococcus equi report, a
# multidrug-resistant Acinetobacter baumannii study, a postoperative mesh infection review, a Polish bone marrow concentrate
# cartilage paper and a plant cytochrome P450 pathway study), FK317 against standard anticancer drugs and the growth of human
# tumour xenografts in nude mice (a comparative study of FK317, a substituted dihydrobenzoxazine, against mitomycin C,
# adriamycin, cisplatin, taxol and irinotecan on xenografts of small cell and non-small cell lung, stomach, colon,
# pancreatic, breast, cervical and ovarian cancers, PMID 10081492, with stronger tumour growth inhibition and a broader
# effective dose range than the reference drugs, less body weight loss and myelosuppression, and cytotoxic metabolites
# concentrated in the tumour on 14C-labelled distribution, no numbers given in the abstract; no earlier claim's eligible
# records held it, the earlier queries that met it were about chemotherapy for advanced pancreatic cancer, cisplatin and
# ovarian cancer cells, isoliquiritigenin for lung cancer, paclitaxel with radiotherapy and heparin with mitomycin C for
# pancreatic cancer, a hamster pancreatic carcinogen, a MERTK inhibitor in lung cancer xenografts and a beef contamination
# claim; among mouse xenograft studies of a sorghum extract in breast cancer, pentamidine in renal cell cancer,
# isoliquiritigenin in lung cancer, a TRPM2 splice variant in neuroblastoma, the MEK inhibitor TAK-733 in colorectal cancer,
# dietary serine and glycine starvation, the androgen receptor and eIF4E in prostate cancer, CDK2 inhibition in breast
# cancer, nuclear GSK3-beta in glioblastoma and CIP2A depletion with cisplatin in bladder cancer), bicortical sacral screws
# and a presacral abscess with recurrent postoperative spinal infection (a case report of a patient given L3-S1 laminectomy
# and pedicle screws including bicortical sacral screws, PMID 26613281, with 7 recurrent infections at the operative site
# over 5 years from a large presacral abscess seeding through the remaining bone tracts of the sacral screws, symptom free
# two years after retroperitoneal drainage; no earlier claim's eligible records held it, the earlier queries that met it
# were about surgical drainage of MRSA abscesses, cortical bone trajectory screws for spinal tuberculosis and the cost of
# infection after gastrointestinal cancer surgery; among a psoas abscess after anterior spinal fusion report, a late
# infection after scoliosis instrumentation study, a spinal instrumentation late-onset infection report, a Pott's disease
# review for thoracic surgeons, a tuberculous spondylitis abscess drainage study, two catheter drainage studies of
# tuberculous psoas abscess and a cortical bone trajectory screw study in spinal tuberculosis), percutaneous endoscopic
# lavage and drainage and advanced lumbar infectious spondylitis (a retrospective series of 21 patients with paraspinal
# abscesses, postoperative recurrent infection or multilevel infection, chosen for less severe disease, PMID 24448892, with
# the causative bacteria found in 19 biopsy specimens, an overall infection control rate of 86%, three patients with
# multilevel infection needing anterior debridement and fusion within 2 weeks, one later instrumented fusion for
# instability and two transient paraesthesias; no earlier claim's eligible records held it, the earlier queries that met it
# were about surgical decompression, surgical drainage and antibiotics alone or nonoperative care for spinal epidural
# abscess, pyogenic spondylitis in immobile segments, fatty back muscles and low back pain and endoscopic decompression with
# oblique lumbar interbody fusion; among psoas and iliopsoas abscess reports and series, a brucellar psoas abscess report,
# a paradoxical lymph node enlargement in tuberculous spondylodiscitis report, a hyperbaric oxygen for spinal tuberculosis
# study, a Citrobacter spondylitis report, a brucellar against tuberculous spondylodiscitis comparison, a Pott's disease
# surgical update and a metastatic infection after liver abscess report), and Nd-YAG laser endobronchial photoresection and
# air embolism (a case report of a 63-year-old man given repeat Nd-YAG laser photoresection of a recurrent squamous cell
# carcinoma of the left main bronchus, PMID 1508030, with hypotension, bradycardia and hypoxia from a tension pneumothorax
# during the procedure, air in the right frontal lobe on brain CT and brain death; no earlier claim's eligible records held
# it, the earlier queries that met it were about hyperbaric oxygen and recompression for arterial, cerebral and other gas
# embolism, lung needle biopsy and artificial pneumothorax causing air embolism and hyperbaric oxygen for spinal
# tuberculosis and epidural abscess; among cerebral arterial gas embolism after diagnostic and navigational bronchoscopy,
# systemic air embolism after lung trauma and in a fungal pneumonia, two barotrauma reports including one in air travel, a
# pneumothorax report in a child, a pulmonary arteriovenous malformation report, a lung radiofrequency ablation
# complications review and a CT-guided liver biopsy report). Synonyms name the claim's own exposure and condition, no
# wider. C1349, C1350 and C1351 are head-to-head claims with their comparators (C1350 an equivalence claim); C1349 rests on a
# randomised trial and C1350 on a comparative cohort; C1352 and C1354 are harm claims; C1351 is about mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1349", "Adding allogenic cartilage to mesenchymal stem cell implantation at high tibial osteotomy regenerates cartilage and improves the knee more than stem cells alone",
 "If you are having a knee realignment operation for arthritis, adding donor cartilage to the stem cell implant grows back more cartilage and gives you a better knee than the stem cells alone",
 ("mesenchymal stem cells implanted with allogenic cartilage", ['Implantation of MSCs with allogenic cartilage', 'MSC implantation with allogenic cartilage',
                                                              'MSC-AC group']),
 ("cartilage regeneration and knee function in varus knee osteoarthritis treated with high tibial osteotomy",
  ['varus knee osteoarthritis', 'cartilage regeneration', 'Kanamiya grades']),
 '("mesenchymal stem cell*"[tiab] OR "mesenchymal stromal cell*"[tiab] OR MSC*[tiab] OR "stem cell*"[tiab]) AND (osteotomy[tiab] OR HTO[tiab])', 'effect',
 ("mesenchymal stem cell implantation alone", ['implanting mesenchymal stem cells (MSCs) alone', 'MSC implantation (MSC group)', 'MSCs alone']),
 None, 'benefit', None),
("C1350", "Imipenem/cilastatin costs no more per day than meropenem for moderate to severe infections",
 "For a serious infection treated with hospital antibiotics, imipenem costs about the same each day as meropenem",
 ("imipenem/cilastatin", ['imipenem/cilastatin (IC)', 'IC 500 mg every six hours', 'IC at a dose of 500 mg q6 h']),
 ("daily cost of managing moderate to severe infections", ['moderate to severe infections', 'mean total daily costs', 'cost-minimization analysis']),
 'imipenem[tiab] OR meropenem[tiab] OR carbapenem*[tiab] OR ((cost*[tiab] OR pharmacoeconomic*[tiab]) AND (infection*[tiab] OR antibiotic*[tiab] OR '
 'antimicrobial*[tiab]))', 'equivalence',
 ("meropenem", ['meropenem (MEM)', 'MEM 1 g every eight hours', 'MEM 1 g q8 h']), None, 'benefit', None),
("C1351", "FK317 inhibits the growth of human tumour xenografts in nude mice more strongly than standard anticancer drugs",
 "In mice carrying human cancers, the new drug FK317 holds back the tumours better than standard chemotherapy such as mitomycin C or cisplatin",
 ("FK317", ['FK317', 'a novel substituted dihydrobenzoxazine', 'FK317-treated mice']),
 ("growth of human tumour xenografts in nude mice", ['human tumor xenografts', 'Tumor growth-inhibitory effects', 'tumor-bearing mice']),
 'FK317[tiab] OR dihydrobenzoxazine*[tiab] OR ((xenograft*[tiab] OR "nude mice"[tiab]) AND (antitumor[tiab] OR antitumour[tiab] OR '
 '"antitumor activity"[tiab] OR "tumor growth"[tiab] OR "tumour growth"[tiab] OR mitomycin[tiab] OR cisplatin[tiab]))', 'effect',
 ("standard anticancer drugs such as mitomycin C and cisplatin", ['reference drugs', 'mitomycin C, adriamycin, cisplatin, taxol and irinotecan']),
 None, 'benefit', ['mouse']),
("C1352", "Bicortical sacral screws in lumbar fusion cause a presacral abscess and recurrent postoperative spinal infections",
 "Screws driven right through the sacrum during a lower back fusion can leave a hidden abscess in front of the spine that keeps the wound getting infected",
 ("bicortical sacral screws", ['bicortical sacral screws', 'pedicle screw placement including bicortical sacral screws']),
 ("presacral abscess with recurrent postoperative spinal infection", ['presacral abscess', 'Multiple recurrent postoperative spinal infections',
                                                                     'recurrent infections at the operative site']),
 '(("sacral screw*"[tiab] OR bicortical[tiab] OR "pedicle screw*"[tiab] OR "spinal instrumentation"[tiab] OR "spinal fusion"[tiab]) AND '
 '(infection*[tiab] OR abscess*[tiab])) OR "presacral abscess"[tiab]', 'effect', None, None, 'harm', None),
("C1353", "Percutaneous endoscopic lavage and drainage cures advanced lumbar infectious spondylitis without open surgery",
 "An infection of the spine in the lower back can be cleared with a keyhole wash-out and drainage, so you do not need open surgery",
 ("percutaneous endoscopic lavage and drainage", ['percutaneous endoscopic lavage and drainage (PELD)', 'PELD', 'PELD procedure']),
 ("advanced lumbar infectious spondylitis", ['lumbar infectious spondylitis', 'advanced infectious spondylitis', 'infection control rate']),
 '("percutaneous endoscopic"[tiab] OR PELD[tiab] OR endoscopic[tiab] OR percutaneous[tiab]) AND (spondylitis[tiab] OR spondylodiscitis[tiab] OR '
 'discitis[tiab] OR "spinal infection*"[tiab])', 'effect', None, None, 'benefit', None),
("C1354", "Nd-YAG laser endobronchial photoresection causes massive air embolism",
 "Burning away a tumour inside the airway with a laser through a bronchoscope can let air into the blood and cause a massive air embolism",
 ("Nd-YAG laser endobronchial photoresection", ['Nd-YAG laser endobronchial photoresection', 'Nd-YAG laser', 'repeat laser']),
 ("air embolism", ['Massive air embolism', 'air embolism associated with laser', 'air present in the right frontal lobe']),
 '"Nd-YAG"[tiab] OR photoresection[tiab] OR (("air embolism"[tiab] OR "gas embolism"[tiab]) AND (bronchoscop*[tiab] OR endobronchial[tiab] OR '
 'bronchial[tiab] OR laser*[tiab] OR tracheobronchial[tiab] OR airway[tiab] OR "positive pressure"[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
