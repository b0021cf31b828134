# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 64 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last sixteen sets, with anchors drawn from neurology,
# dentistry, obstetrics and gynaecology, anaesthesia and ophthalmology:
# hippocampal fetal neural stem cells against neural stem cells from other regions of the mid-trimester central nervous
# system (a laboratory study, PMID 25181041, 2014, typed Journal Article, that derived neural stem cells as clonal
# neurospheres from the mid-trimester cerebra, thalamus, subventricular zone, hippocampus, cerebellum, brain stem and
# spinal cord; they underwent multi-lineage differentiation in vitro and in vivo and engrafted in a developmental murine
# model, and hippocampal NSC had a significantly higher neurogenic potential (53.6%) than the other sources (0%-27.5%,
# p<0.004), with differential gene expression involving the Notch, epidermal growth factor and interleukin pathways; no
# earlier claim's eligible records held it, and the earlier queries that met it were about nascent cerebrospinal fluid
# and forebrain progenitor cells and disease-modifying drugs for multiple sclerosis; among CRISPR screens in glioblastoma
# stem-like cells, Olig2 phosphorylation, doublecortin antibodies, Wnt-5a in rat hippocampal neurons, ASIC1a and NMDAR
# hippocampal death and the amniotic and cerebrospinal fluid proteomes after neural tube closure),
# longer orthodontic treatment and dissatisfaction after orthodontic treatment (a systematic review, PMID 26432321, 2015,
# typed Journal Article and Review, of 18 studies with 2891 patients and 464 parents, risk of bias moderate in 13 and
# low in 4; satisfaction went with perceived esthetic outcomes, psychological benefits and quality of care, and
# dissatisfaction with treatment duration, pain levels and discomfort and the use of retention appliances; patients'
# and parents' satisfaction were strongly correlated; the authors call the evidence limited; no earlier claim's eligible
# records held it, and the earlier queries that met it were about physical activity and orthodontic pain, Medicaid and
# orthodontic compliance, a repositioning splint for temporomandibular disorder (a topic of the last sixteen sets, not
# used here), orthodontic treatment and oral health-related quality of life, and ROBIS; among low-level laser therapy
# for tooth movement, serial extractions, maxillary protraction with alternating rapid palatal expansion and
# constriction, a rapid maxillary expander for Class II malocclusion and orthodontic care in cleft lip and palate),
# in vitro decidualization and DNMT3B in endometriotic stromal cells (a laboratory study, PMID 26239024, 2015, typed
# Journal Article, of primary stromal cells from healthy endometrium (E-IUM) or endometriomas (E-OSIS) decidualized in
# vitro with medroxyprogesterone acetate, 17beta-estradiol and 8-Br-cAMP; decidualization lowered DNMT3B messenger RNA
# (74%) and protein (81%) only in E-IUM, DNMT1 and DNMT3A were unchanged in both, and more DNMT3B bound the SF-1
# promoter in E-IUM than in E-OSIS; a finding of no change in the endometriotic cells supports the claim; no earlier
# claim's eligible records held it, and the earlier queries that met it were about continuous against cyclic oral
# contraceptives after endometriosis surgery and the heritability of endometriosis (both topics of the last sixteen
# sets, not used here), endometriosis and obstetric complications, estrogen receptor alpha mutations in breast cancer
# and DNMT3A mutations in AML; among circulating miR-200-family microRNAs in endometriosis, early-life factors and
# endometriosis risk, endometriosis and ovarian cancer and follicular fluid microRNA profiles in IVF),
# pathogenic LRRK2 knock-in mutations and Rab10 phosphorylation (a laboratory study, PMID 29127256, 2018, typed Journal
# Article, MeSH naming Mice, Rabbits and Parkinson Disease, that tested phospho-specific antibodies against nine
# LRRK2-phosphorylated Rab proteins; the rabbit monoclonal MJFF-pRAB10 antibodies were selective for LRRK2-phosphorylated
# Rab10, detected it in cell lines and tissues including human cingulate cortex, and showed enhanced Rab10
# phosphorylation resulting from pathogenic R1441C/G or G2019S LRRK2 knock-in mutations and the impact of LRRK2
# inhibitors; the abstract does not name the knock-in species, which the MeSH terms give as mice; no earlier claim's
# eligible records held it, and the earlier query that met it was about the VPS35 D620N mutation and LRRK2
# phosphorylation of Rab proteins; among subthalamic deep brain stimulation for Parkinson's disease, MRI-guided focused
# ultrasound and pramipexole for zolpidem dependence),
# surgical debridement and drainage added to intravenous antibiotics for a deep paraspinal muscle infection after labour
# epidural analgesia (a case report with literature review, PMID 26683923, 2015, typed Case Reports and Journal Article,
# of a parturient given epidural morphine for 2 days after threatened preterm labour who had low-back pain and fever
# from postpartum day 2; MRI showed oedema along the catheter trajectory deep to the paraspinal muscles, a
# catheter-related bacterial infection was suspected, surgical debridement and drainage was required combined with
# intravenous antibiotics on postpartum day 3 and she was soon cured uncomplicatedly; the search found 7 other cases of
# catheter-related epidural abscess or soft tissue infection; no earlier claim's eligible records held it, and the
# earlier queries that met it were about labour epidurals and assisted delivery or conversion for caesarean section,
# epidural analgesia and intravascular catheters causing epidural abscesses, back pain and fever in spinal epidural
# abscess, surgical decompression for spinal epidural abscess and fatty back muscles; among a paraspinal abscess after
# spinal anaesthesia for caesarean section and patient-controlled epidural analgesia (PMID 15935643, also no earlier
# claim's eligible record), paravertebral streptococcal myositis in a child, percutaneous endoscopic lavage for lumbar
# infectious spondylitis and CT-guided catheter drainage for spinal tuberculosis), and
# cylinder measurement variability and the mean correction index for low astigmatic corrections (a modelling study, PMID
# 26432121, 2015, typed Journal Article, that analysed the mathematics of the correction index, modelled the effect of
# cylinder measurement variability with a Monte Carlo simulation of 10 000 values for various target induced
# astigmatisms and compared published and unpublished refractive laser results; the mean correction index is always
# greater than 1 even for a perfect correction, rises sharply below 1.00 D because measurement variability is then
# similar in size to the target, almost all previous studies showed the predicted rise, and mean values above 1 do not
# necessarily represent systematic overcorrection; no earlier claim's eligible records held it, and the earlier query
# that met it was about correcting low levels of astigmatism and sharper vision (an exposure and outcome different from
# this claim's); among toric intraocular lens formulas, wavefront-guided LASIK, trifocal lenses, tear osmolarity and
# keratometry, torsional eye movements in refractive surgery and a topographer comparison (corneal topography, a topic of
# the last sixteen sets, not used here)). Synonyms name the claim's own exposure and condition, no wider.
# C1475 is a comparative claim with its comparator, resting on fetal cells in culture and in mice; C1476 is a harm
# association resting on a systematic review of 18 studies; C1477 is an equivalence claim (decidualization leaving DNMT3B
# unchanged in endometriotic stromal cells) resting on cultured cells; C1478 is a mechanism claim about mice; C1479 is an
# add-on claim (surgical debridement and drainage added to intravenous antibiotics) resting on one case; C1480 is a
# mechanism claim resting on a computer simulation.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1475", "Hippocampal fetal neural stem cells have a higher neurogenic potential than neural stem cells from other regions of the mid-trimester central nervous system",
 "stem cells taken from the hippocampus of the developing brain turned into nerve cells more readily than stem cells taken from other parts of the brain and spinal cord",
 ("hippocampal fetal neural stem cells", ['hippocampal NSC']),
 ("neurogenic potential", ['neurogenic potential', 'higher neurogenic potential', 'differential neurogenic programming']),
 '"neural stem"[tiab] OR "neural progenitor*"[tiab] OR neurosphere*[tiab] OR neurogenesis[tiab] OR "neurogenic potential"[tiab] OR hippocamp*[tiab] OR '
 '(("stem cell*"[tiab] OR progenitor*[tiab]) AND (fetal[tiab] OR foetal[tiab] OR brain[tiab] OR neural[tiab] OR "spinal cord"[tiab]))', 'effect',
 ("fetal neural stem cells from other regions of the central nervous system", ['other sources']), None, 'mechanism', None),
("C1476", "Longer orthodontic treatment goes with dissatisfaction after orthodontic treatment",
 "patients were more often dissatisfied with their treatment when it went on for longer",
 ("longer orthodontic treatment duration", ['treatment duration']),
 ("dissatisfaction with orthodontic treatment", ['Dissatisfaction', 'low level of satisfaction']),
 'orthodon*[tiab] OR malocclusion*[tiab] OR orthognathic[tiab] OR "palatal expansion"[tiab] OR "maxillary expander"[tiab] OR "maxillary protraction"[tiab] OR '
 '"retention appliance*"[tiab] OR ((treatment[tiab] OR dental[tiab] OR dentist*[tiab]) AND dissatisfaction[tiab])', 'effect', None, None, 'harm', None),
("C1477", "In vitro decidualization leaves DNMT3B expression unchanged in endometriotic stromal cells",
 "in cells grown from endometriosis cysts, the hormones that prepare the womb lining for pregnancy left the level of an enzyme called DNMT3B unchanged",
 ("in vitro decidualization", ['in vitro decidualization (IVD)', 'IVD treatment', 'decidualizing stimuli']),
 ("DNMT3B expression in endometriotic stromal cells", ['DNMT3B', 'DNMT3B messenger RNA', 'DNMT3B expression', 'deoxyribonucleic acid methyltransferase 3B']),
 'endometrio*[tiab] OR decidualization[tiab] OR decidualisation[tiab] OR "endometrial stromal"[tiab] OR ((DNMT*[tiab] OR "DNA methyltransferase*"[tiab]) AND '
 '(endometri*[tiab] OR uterine[tiab] OR progest*[tiab]))', 'equivalence', None, None, 'mechanism', None),
("C1478", "Pathogenic LRRK2 knock-in mutations raise Rab10 phosphorylation in mice",
 "in mice carrying the faulty versions of the LRRK2 gene that cause the disease, the LRRK2 enzyme tagged more of its target protein, Rab10, with phosphate",
 ("pathogenic LRRK2 knock-in mutations (R1441C/G or G2019S)", ['pathogenic (R1441C/G or G2019S) LRRK2 knock-in mutations', 'R1441C/G', 'G2019S']),
 ("Rab10 phosphorylation", ['enhanced Rab10 phosphorylation', 'Rab10 phosphorylation', 'LRRK2-phosphorylated Rab10', 'phosphorylated Rab10']),
 'LRRK2[tiab] OR Parkinson*[tiab] OR Rab10[tiab] OR "Rab protein*"[tiab] OR synuclein[tiab] OR dopaminergic[tiab] OR ("knock-in"[tiab] AND '
 '(phosphorylat*[tiab] OR mice[tiab] OR mouse[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1479", "Surgical debridement and drainage added to intravenous antibiotics cures a deep paraspinal muscle infection after labour epidural analgesia",
 "when a deep infection of the back muscles along the epidural catheter's track followed the epidural, surgery to clean out and drain the infection, on top of antibiotics given into a vein, cured it",
 ("surgical debridement and drainage", ['surgical debridement and drainage', 'Surgical drainage']),
 ("catheter-related paraspinal muscle infection after epidural analgesia", ['paraspinal muscle infection', 'Bacterial Infection in Deep Paraspinal Muscles',
                                                                           'catheter-related bacterial infection', 'paraspinal abscess']),
 '(paraspinal[tiab] OR paravertebral[tiab] OR "soft tissue infection"[tiab] OR "catheter-related"[tiab]) AND (epidural[tiab] OR "spinal anaesthesia"[tiab] OR '
 '"spinal anesthesia"[tiab] OR parturient*[tiab] OR postpartum[tiab] OR catheter*[tiab])', 'effect', None,
 ("intravenous antibiotics", ['intravenous antibiotics']), 'benefit', None),
("C1480", "Measurement variability pushes the mean correction index above 1 for low astigmatic corrections without true overcorrection",
 "for corrections under one dioptre, the usual score of how much astigmatism was corrected comes out well above what was aimed for because the measurement itself varies, not because the laser overcorrected",
 ("astigmatism measurement variability", ['measurement variability', 'cylinder measurement variability', 'variability in astigmatism measurement']),
 ("inflated mean correction index for low astigmatic corrections", ['Mean correction indices substantially greater than 1', 'the mean correction index increases sharply',
                                                                    'mean values greater than 1']),
 'astigmat*[tiab] OR "correction index"[tiab] OR "correction ratio"[tiab] OR "vector analysis"[tiab] OR "refractive surgery"[tiab] OR "refractive procedure*"[tiab] OR '
 '"refractive laser*"[tiab]', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
