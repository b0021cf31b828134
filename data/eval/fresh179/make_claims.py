# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 64 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last fourteen sets, with anchors drawn from oncology,
# infectious disease and endocrinology:
# immunostaining for p70S6K phosphorylated at Ser240/244 against Ser235/236 in AIDS-related diffuse large B-cell lymphoma
# (an immunohistochemistry study, PMID 28192480, 2017, typed Journal Article, of tumour samples from 126 patients, 98 on
# tissue microarrays from the AIDS and Cancer Specimen Resource and 28 from UCSD; positivity was 86% against Ser240/244 and
# 48% against Ser235/236, with more positive cells and stronger intensity for Ser240/244 (p<0.0001), p70S6K correlated
# with pPTEN and was independent of HIV viral load or CD4 counts, and the authors called the Ser240/244 stain an
# excellent surrogate biomarker of mTOR activity; it compares two stains on stored samples and tests no treatment; no
# earlier claim's eligible records held it, and the earlier queries that met it were about mTOR inhibitors in prostate
# cancer, PTEN loss in lung carcinogenesis, HIV drugs and MUC1 in cervical cancer cells, mTORC1 in osteosarcoma, mTOR in
# primary CNS lymphoma, HIV and psoas abscess, broad HIV-1 neutralizing antibodies, antiretrovirals and Bax/Bcl-2, and
# Pten and S499-phosphorylated FMRP; among GSTM1/GSTT1 and diffuse large B-cell lymphoma in Egypt, R-CHOP followed by
# radioimmunotherapy, and HHV8, EBV and HPV in HIV-associated oral lesions),
# UBC9 expression and breast cancer-specific survival (a tissue microarray study, PMID 24176171, 2014, typed Journal
# Article, of the breast cancers of 199 Nigerian women; UBC9 correlated inversely with ER, PgR, BRCA1, p27, p21 and MDM4 and
# positively with triple-negative and basal-like phenotype, EGFR, p53 and PI3KCA, and UBC9-positive tumours had
# significantly poorer breast cancer-specific survival, UBC9 remaining an independent predictor; the abstract gives no
# hazard ratio; no earlier claim's eligible records held it, and the one earlier query that met it was about entinostat
# added to erlotinib in lung cancer; among androgen receptor and ALDH1 in Ghanaian breast cancer, hormone receptor and
# HER2 status in Kenyan and Kurdish women and inflammatory breast cancer in Algeria),
# TargetPrint microarray against IHC/ISH for HER2 status (an analytical performance study, PMID 25586984, 2015, typed
# Journal Article, no MeSH recorded, of 138 breast tumours, 41 fresh and 97 formalin-fixed paraffin-embedded; reflex IHC/ISH
# in four discordant cases confirmed the microarray results, giving 100% agreement in fresh and in FFPE tissue, and one
# equivocal IHC/ISH case was called HER2-positive by the microarray; a finding of no difference supports the claim, the
# agreement is reached only after the discordant cases were retested, and patients' outcomes were not studied; no
# earlier claim's eligible records held it, and the earlier queries that met it were about MammaPrint pre-screening and
# HER-2/neu amplification in breast cancer; among FISH for HER-2/neu in Egyptian patients, Dicer antibodies in ER-positive
# against triple-negative breast cancer and a biosimilar trastuzumab),
# loss of exon 11 of TCF-4 and the survival of mice with Lewis lung carcinoma (a laboratory and animal study, PMID
# 30527807, 2019, typed Journal Article, MeSH naming Mice, Inbred C57BL and Survival Analysis; exon 11 sequences of TCF-4
# were present in lung carcinoma cells but not normal lung epithelial cells, loss of exon 11 inhibited TCF-4-induced
# growth of lung carcinoma cells and prolonged the survival time of LLC tumour-bearing mice, and the 16th amino acid,
# a serine, of exon 11 was responsible, its mutation mimicking the anti-tumour effect of a Wnt inhibitor in vivo; the
# abstract gives no numbers; no earlier claim's eligible records held it, and the one earlier query that met it was
# about Wnt-5a and mitochondrial fusion in neurons; among PKC-zeta and beta-catenin in colorectal cancer, Ascl2 and miR-200
# in colon cancer, G-protein gamma 7 and tumorigenicity in nude mice, and osteopontin and beta-catenin in
# cholangiocarcinoma, a topic of the last fourteen sets, not used here),
# corticosteroids added to intravenous ceftriaxone and meropenem for bacterial meningitis during treatment of a
# Klebsiella liver abscess (a case report, PMID 14672011, 2003, typed Case Reports, in Japanese with an English abstract,
# of a 47-year-old man with a liver abscess, Klebsiella in blood and abscess fluid, who developed meningitis on day 5;
# antibiotics were changed to intravenous CTRX and MEPM and oral PSL and intravenous steroid-pulse therapy were added,
# after which he improved gradually; on day 40 he had double vision with a fourth-ventricle lesion, was given MEPM again
# and improved by day 60; one patient, and the steroids came with a change of antibiotics, so their share cannot be
# separated; no earlier claim's eligible records held it, and the earlier queries that met it were about percutaneous
# drainage of pyogenic liver abscess in children, an epidural blood patch for intracranial hypotension and
# prolonged-infusion meropenem for Serratia meningitis; among pancreatic melioidosis, paraspinal muscle infection after
# epidural analgesia and neuroendoscopic irrigation for ventriculitis), and
# silencing lncRNA-BANCR in thyroid carcinoma cells (a laboratory study, PMID 30124210, 2018, typed Journal Article, in
# Chinese with an English abstract, MeSH naming Thyroid Neoplasms and RNA, Long Noncoding; BANCR was higher in thyroid
# carcinoma than normal thyroid tissue and related to stage and lymph node metastasis, and inhibiting it reduced the
# proliferation and invasion of thyroid cancer cells (P<0.05), raised apoptosis and raised LC3-I and LC3-II; no earlier
# claim's eligible records held it, and the earlier queries that met it were about group B Streptococcus and autophagy,
# long non-coding RNAs in hepatitis B-related liver cancer and the lncRNA NRCP in ovarian tumours; among the lncRNA
# ceruloplasmin and glycolysis, medullary thyroid carcinoma metastasising to the breast and an SLC19A2 mutation in
# thiamine-responsive megaloblastic anaemia with diabetes). Synonyms name the claim's own exposure and condition, no wider.
# Seen and left out: a PTEN immunohistochemistry antibody comparison (close to Pten and FMRP and to CD146 antibodies),
# KIR expression and survival in lung cancer (close to LAG-3 in lung cancer), measles after the Ebola vaccination gap
# (close to an earlier vaccination-and-measles claim) and a melanoma treatment review (its interferon-and-interleukin-2
# finding is an earlier claim's pairing).
# C1463 is a comparative claim with its comparator, resting on stored tumour samples; C1464 is a harm association resting
# on 199 women; C1465 is an equivalence claim (microarray HER2 testing agrees with IHC/ISH) resting on 138 tumours;
# C1466 is a mechanism claim about mice; C1467 is an add-on claim (steroids added to intravenous antibiotics) resting on
# one patient; C1468 is a mechanism claim resting on thyroid cancer cells in culture.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1463", "Staining for p70S6K phosphorylated at Ser240/244 detects mTOR activity in AIDS-related diffuse large B-cell lymphoma better than staining at Ser235/236",
 "a test that stains for the active form of a growth-signalling protein at one particular site picked up this signal in more of these lymphomas, and more strongly, than a test aimed at a neighbouring site",
 ("immunostaining for p70S6K phosphorylated at Ser240/244", ['Ser240/244', 'epitope Ser240/244', 'Ser240/244 epitope immunohistochemistry']),
 ("p70S6K detection (mTOR pathway activity) in AIDS-related diffuse large B-cell lymphoma", ['mTOR pathway activity', 'presence of p70S6K',
                                                                                           'more positive cells and stronger intensity']),
 'lymphoma[tiab] OR lymphomas[tiab] OR p70S6K[tiab] OR "S6 kinase"[tiab] OR ((HIV[tiab] OR AIDS[tiab]) AND ("CD4"[tiab] OR "viral load"[tiab]) AND '
 '(cancer*[tiab] OR malignan*[tiab] OR tumor*[tiab] OR tumour*[tiab]))', 'effect',
 ("immunostaining for p70S6K phosphorylated at Ser235/236", ['Ser235/236', 'against Ser235/236']), None, 'benefit', None),
("C1464", "UBC9 expression in breast cancer goes with poorer breast cancer-specific survival",
 "women whose breast tumours carried a protein called UBC9 survived their breast cancer less well than women whose tumours did not",
 ("UBC9 expression in breast tumours", ['UBC9', 'UBC9 expression', 'ubiquitin conjugating enzyme 9 (UBC9)', 'tumors positive for UBC9 expression',
                                        'Sumolyation marker']),
 ("poorer breast cancer-specific survival", ['significantly poorer breast cancer-specific survival (BCSS)', 'poorer breast cancer-specific survival', 'BCSS']),
 'UBC9[tiab] OR sumoylation[tiab] OR SUMO*[tiab] OR "triple negative"[tiab] OR "triple-negative"[tiab] OR "basal-like"[tiab] OR (("breast cancer"[tiab] OR '
 '"breast carcinoma"[tiab]) AND (Nigeria*[tiab] OR African[tiab] OR black[tiab] OR survival[tiab]))', 'effect', None, None, 'harm', None),
("C1465", "TargetPrint microarray testing gives the same HER2 status as IHC/ISH in breast cancer",
 "a microarray test of the tumour's HER2 status agreed with the usual staining tests in every case once the few disagreements had been retested",
 ("TargetPrint microarray assessment of HER2 status", ['TargetPrint', 'microarray analysis using TargetPrint', 'microarray assessment of HER2 status',
                                                       'microarray result']),
 ("HER2 status of breast tumours", ['HER2 status', 'human epidermal growth factor receptor-2 (HER2) status']),
 'HER2[tiab] OR "HER-2"[tiab] OR "HER-2/neu"[tiab] OR TargetPrint[tiab] OR ((microarray*[tiab] OR "in situ hybridization"[tiab] OR "in situ hybridisation"[tiab]) AND '
 '("breast cancer"[tiab] OR "breast tumours"[tiab] OR "breast tumors"[tiab] OR "breast carcinoma"[tiab]))', 'equivalence',
 ("immunohistochemistry/in situ hybridization (IHC/ISH)", ['IHC/ISH', 'immunohistochemistry/in situ hybridization (IHC/ISH)']), None, 'benefit', None),
("C1466", "Loss of exon 11 of TCF-4 prolongs the survival of mice with Lewis lung carcinoma",
 "in mice with lung tumours, cutting one small piece out of a gene-switching protein called TCF-4 held back the cancer cells' growth and let the mice live longer",
 ("loss of exon 11 in TCF-4", ['Loss of exon 11 in TCF-4', 'loss of exon 11 in TCF-4', 'a mutation of the 16th amino acid serine in exon 11 of TCF-4']),
 ("survival of mice bearing Lewis lung carcinoma", ['survival time of Lewis lung carcinoma (LLC) tumor-bearing mice']),
 '"TCF-4"[tiab] OR TCF4[tiab] OR "T cell factor"[tiab] OR Wnt[tiab] OR "β-catenin"[tiab] OR "beta-catenin"[tiab] OR (("lung carcinoma"[tiab] OR '
 '"lung cancer"[tiab]) AND (mice[tiab] OR mouse[tiab] OR "tumor-bearing"[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1467", "Adding corticosteroids to intravenous antibiotics was followed by recovery from bacterial meningitis complicating a Klebsiella liver abscess",
 "adding steroid medicines to strong antibiotics given into a vein was followed by a gradual recovery",
 ("corticosteroids (oral prednisolone and intravenous steroid pulse)", ['oral PSL and intravenous steroid-pulse therapy', 'steroid-pulse therapy', 'oral PSL']),
 ("bacterial meningitis during treatment of a Klebsiella liver abscess", ['bacterial meningitis', 'ventriculitis with bacterial meningitis']),
 'meningitis[tiab] OR ventriculitis[tiab] OR "liver abscess"[tiab] OR ((Klebsiella[tiab]) AND (abscess*[tiab] OR bacteremia[tiab] OR bacteraemia[tiab] OR '
 'sepsis[tiab]))', 'effect', None, ("intravenous ceftriaxone and meropenem", ['intravenous CTRX and MEPM', 'CTRX and MEPM']), 'benefit', None),
("C1468", "Silencing the long non-coding RNA BANCR slows the growth and invasion of thyroid cancer cells",
 "switching off a molecule called BANCR in thyroid cancer cells slowed their growth, made them less invasive and made more of them die",
 ("inhibition of lncRNA-BANCR", ['Inhibition of lncRNA-BANCR expression', 'lncRNA-BANCR expression was suppressed']),
 ("proliferation and invasion of thyroid cancer cells", ['proliferation and invasion ability of thyroid cancer cells',
                                                         'proliferation, invasion and apoptosis of thyroid cancer cells']),
 '(thyroid[tiab] AND (cancer*[tiab] OR carcinoma*[tiab] OR neoplas*[tiab] OR tumor*[tiab] OR tumour*[tiab])) OR BANCR[tiab] OR "long non-coding"[tiab] OR '
 '"long noncoding"[tiab] OR lncRNA*[tiab] OR (BRAF[tiab] AND (cancer*[tiab] OR carcinoma*[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
