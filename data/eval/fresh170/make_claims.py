# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 62 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from fresh165's, fresh166's, fresh167's and fresh168's topics, with anchors drawn
# from laboratory oncology, immunology and respiratory medicine, infectious disease and microbiology, and dermatology:
# a polyclonal against a monoclonal CD146 antibody for predicting PSA relapse in prostate cancer (an immunohistochemical
# cohort study, PMID 18604730, 2008, typed Journal Article, of CD146 protein in 169 clinico-pathologically characterised
# prostate cancers stained with a polyclonal (Abcam ab28360) and a monoclonal antibody; the polyclonal antibody showed
# marked differential expression between tumour and normal tissue and was a significant marker of shortened PSA relapse
# free survival, while the monoclonal antibody gave a weaker, correlated epithelial signal with no prognostic value, and
# on Western blot the polyclonal antibody had clearly reduced specificity; no earlier claim's eligible records held it,
# the earlier queries that met it were about multiparametric MRI staging of prostate cancer, bicalutamide before an mTOR
# inhibitor combination and radical radiotherapy for prostate cancer; among androgen receptor phosphorylation at serine
# 578 and serine 81, adverse pathology at radical prostatectomy, a PTEN immunohistochemical assay, CA-125 and HE4 tissue
# expression, FISH in pancreatic adenocarcinoma and the specificity of FMRP and TAP-L antibodies),
# LAG-3 on tumour-infiltrating lymphocytes and recurrence and survival after resection of non-small cell lung cancer (an
# immunohistochemical study, PMID 28132868, 2017, typed Journal Article, of 55 NSCLC cell lines, 139 resected specimens
# and a 62-patient verification set; LAG-3 was expressed on the TILs of 25.9% of patients, more in non-adenocarcinoma,
# and correlated with PD-1 on TILs and PD-L1 on tumour cells; recurrence-free survival was 0.87 against 1.91 years and
# overall survival 1.08 against 3.04 years with LAG-3-positive against LAG-3-negative TILs, the authors concluding that
# LAG-3 positivity went with early postoperative recurrence and poor prognosis; no earlier claim's eligible records held
# it, the earlier queries that met it were about anti-KIR with anti-PD-1 antibodies, PD-L1 immunohistochemistry assays
# and cytology, ALK immunohistochemistry, crizotinib, isoliquiritigenin, entinostat with erlotinib and microtubule
# stabilisation in spinal discs; among KIR 2D and KIR 3DL1 in NSCLC, MHC class II in lung cancer, metformin and PD-L1,
# LDH-5 and BRCA1 in NSCLC and regulatory T cells in oral squamous cell carcinoma),
# Helicobacter pylori eradication and the capsaicin-sensitive afferent markers of the gastric mucosa (a before-and-after
# biopsy study, PMID 22046579, 2011, typed Journal Article, of 18 patients with H. pylori-positive chronic gastritis
# biopsied before and after eradication and 20 healthy controls; eradication succeeded in 16, 14 of 18 still had
# moderate chronic gastritis, and immunostaining for the capsaicin receptor (TRVP1, 89% before and 72% after), CGRP
# (100% before and after) and substance P remained unchanged by eradication, so a finding of no difference supports the
# claim; no earlier claim's eligible records held it, the earlier queries that met it were about capsaicin protecting
# the stomach against H. pylori, H. pylori and survival in stomach cancer, proximal gastric vagotomy and an intact antrum
# and pylorus against reflux gastritis; among Fhit in gastric carcinoma with H. pylori, H. pylori-induced gastric cancer,
# H. pylori and vitamin B12 deficiency, prenatal nicotine and pulmonary C-fibre NK1R and CGRP after endplate injury),
# inhibition of cyclin D3-CDK6 and the survival of tumour cells in mice (a laboratory study, PMID 28607489, 2017, typed
# Research Support, N.I.H., Extramural, MeSH naming Mice and Xenograft Model Antitumor Assays, in human cancer cells and
# patient-derived xenografts in mice: cyclin D3-CDK6 phosphorylates and inhibits 6-phosphofructokinase and pyruvate
# kinase M2, redirecting glycolytic intermediates into the pentose phosphate and serine pathways, and its inhibition
# depletes NADPH and glutathione, raises reactive oxygen species and causes apoptosis of tumour cells expressing high
# levels of cyclin D3-CDK6; no earlier claim's eligible records held it, the earlier queries that met it were about
# salicylic acid and the pentose phosphate pathway in G6PD-deficient red cells and N-acetylcysteine and glutathione;
# among TUM2-PK, 3-bromopyruvate in glioblastoma cells, CDK4 phosphorylation of mutant p53, ERpS294 and CDK2
# inhibition, PFKFB4 and SRC-3, sorghum and neem extracts in breast cancer xenografts and CaMKII and caspase-2),
# Sestrin2 knockdown added to 5-fluorouracil for skin squamous cell carcinoma cells (a laboratory study, PMID 25378405,
# 2014, typed Research Support, N.I.H., Extramural, MeSH naming nude mice, in which UVB induced Sestrin2 in keratinocytes,
# mouse skin, melanocytes and melanoma cells, Sestrin2 promoted AKT activation through PTEN, Sestrin2 deletion or
# knockdown sensitised SCC cells to 5-fluorouracil-induced apoptosis and melanoma cells to UVB- and vemurafenib-induced
# apoptosis, knockdown suppressed growth of injected human SCC and melanoma cells in mice, and Sestrin2 was up-regulated
# in human skin SCC and melanoma; no earlier claim's eligible records held it, the earlier queries that met it were about
# a thymidylate synthase variant and 5-fluorouracil, interferon and interleukin-2 against chemotherapy for melanoma, PTEN
# loss in lung carcinogenesis, partial loss of Akt and pulmonary fibrosis and social defeat stress in mice; among AXL and
# p53 in melanoma, serine biosynthesis and BRAF inhibitor resistance, GPRC5a and chemoresistance in pancreatic cancer,
# paclitaxel and STAT3 in oesophageal squamous cell carcinoma, Src in colon cancer and 5-fluorouracil-based regimens for
# pancreatic cancer), and
# immunohistochemistry with an anti-Aspergillus antibody for identifying Aspergillus in tissue sections (a retrospective
# evaluation, PMID 25980002, 2015, typed Evaluation Studies, of 50 formalin-fixed tissue sections, 47 from culture-proven
# filamentous fungal infections, with 11 culture smears, stained with a polyclonal rabbit anti-Aspergillus antibody;
# staining was positive in 88% of culture-proven Aspergillus cases with no cross-reactivity with Mucorales, Candida,
# dematiaceous fungi or hyalohyphomycetes, with no comparison group beyond culture; no earlier claim's eligible records
# held it, the earlier queries that met it were about antifungal therapy for invasive Aspergillus infections and an
# Aspergillus pseudoaneurysm after kidney transplantation; among an Aspergillus epidural abscess, Aspergillus myositis,
# an Aspergillus iliopsoas abscess, soil fungistasis and complications of lung radiofrequency ablation). Synonyms name
# the claim's own exposure and condition, no wider.
# C1409 is a comparative effect claim with its comparator, resting on two antibodies used on the same 169 tumours;
# C1410 is a harm association resting on 139 resected cancers; C1411 is an equivalence claim (no change in the nerve
# markers after eradication) resting on 18 patients biopsied before and after; C1412 is a benefit claim about mice;
# C1413 is an add-on claim (Sestrin2 knockdown added to 5-fluorouracil) resting on cell lines; C1414 is a benefit claim
# resting on one laboratory's retrospective series.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1409", "A polyclonal CD146 antibody predicts PSA relapse in prostate cancer better than a monoclonal CD146 antibody",
 "a tissue stain made with a polyclonal CD146 antibody predicted a relapse of PSA in prostate cancer, while a stain made with a monoclonal CD146 antibody did not",
 ("polyclonal CD146 antibody immunohistochemistry", ['polyclonal CD146 antibody', 'CD146 detection with the polyclonal antibody',
                                                     'immunoreactivity of the polyclonal CD146 antibody']),
 ("PSA relapse in prostate cancer", ['PSA relapse free survival', 'PSA-relapse in prostate cancer patients', 'PSA-relapse']),
 'CD146[tiab] OR "polyclonal antibody"[tiab] OR "antibody specificity"[tiab] OR ((prostate[tiab] OR prostatic[tiab]) AND (cancer[tiab] OR '
 'carcinoma[tiab]) AND (immunohistochem*[tiab] OR "PSA relapse"[tiab] OR prognos*[tiab]))', 'effect',
 ("monoclonal CD146 antibody", ['monoclonal CD146 antibody']), None, 'benefit', None),
("C1410", "LAG-3 on tumour-infiltrating lymphocytes predicts earlier recurrence and shorter survival after resection of non-small cell lung cancer",
 "LAG-3 on the immune cells inside a lung tumour goes with an earlier return of the cancer and shorter survival after surgery",
 ("LAG-3 expression on tumour-infiltrating lymphocytes", ['LAG-3', 'Lymphocyte activating 3 gene (LAG-3)', 'LAG-3 positivity', 'LAG-3-positive',
                                                         'LAG-3 expression on TILs', 'LAG-3 status of TILs']),
 ("recurrence and death after resection of non-small cell lung cancer", ['early postoperative recurrence', 'Recurrence-free survival',
                                                                        'overall survival (OS)']),
 'LAG-3[tiab] OR "lymphocyte activation gene"[tiab] OR "PD-1"[tiab] OR "PD-L1"[tiab] OR "programmed death"[tiab] OR "immune checkpoint*"[tiab] OR '
 '"tumor-infiltrating lymphocytes"[tiab] OR "tumour-infiltrating lymphocytes"[tiab] OR (("lung cancer"[tiab] OR "non-small cell"[tiab] OR NSCLC[tiab]) '
 'AND (prognos*[tiab] OR "overall survival"[tiab] OR recurrence[tiab]) AND immunohistochem*[tiab])', 'effect', None, None, 'harm', None),
("C1411", "Helicobacter pylori eradication does not change capsaicin receptor, CGRP or substance P immunostaining of the gastric mucosa",
 "clearing Helicobacter pylori from the stomach did not change the capsaicin-sensitive nerve markers in the stomach lining",
 ("Helicobacter pylori eradication treatment", ['eradication treatment', 'H. pylori eradication treatment', 'H. pylori eradication']),
 ("capsaicin-sensitive afferent markers of the gastric mucosa", ['capsaicin-sensitive afferentation', 'capsaicin-sensitive afferent nerves',
                                                                'capsaicin receptor (TRVP1)', 'TRVP1', 'calcitonin gene-related peptide (CGRP)', 'CGRP',
                                                                'substance P (SP)']),
 'pylori[tiab] OR Helicobacter[tiab] OR capsaicin[tiab] OR TRPV1[tiab] OR TRVP1[tiab] OR "calcitonin gene-related peptide"[tiab] OR CGRP[tiab] OR '
 '"substance P"[tiab] OR gastritis[tiab] OR "gastric mucosa"[tiab]', 'equivalence', None, None, 'mechanism', None),
("C1412", "Inhibiting cyclin D3-CDK6 kills tumour cells with high cyclin D3-CDK6 levels in mice with patient-derived xenografts",
 "In mice carrying tumours taken from patients, blocking the cyclin D3-CDK6 enzyme made the tumour cells die by stripping them of their antioxidants",
 ("inhibition of cyclin D3-CDK6", ['Inhibition of cyclin D3-CDK6', 'inhibition of CDK4 and CDK6', 'Inhibitors of CDK4 and CDK6']),
 ("survival of tumour cells with high cyclin D3-CDK6 levels", ['cancer cell survival', 'tumours expressing high levels of cyclin D3-CDK6 complexes',
                                                              'apoptosis of tumour cells', 'tumour regression']),
 'CDK6[tiab] OR CDK4[tiab] OR "cyclin D3"[tiab] OR "cyclin D"[tiab] OR "D-type cyclins"[tiab] OR "pentose phosphate"[tiab] OR "pyruvate kinase"[tiab] OR '
 'phosphofructokinase[tiab]', 'effect', None, None, 'benefit', ['mouse']),
("C1413", "Adding Sestrin2 knockdown to 5-fluorouracil increases apoptosis of skin squamous cell carcinoma cells",
 "adding the silencing of a protein called Sestrin2 to 5-fluorouracil made skin squamous cell carcinoma cells die more readily",
 ("Sestrin2 knockdown", ['Sesn2 deletion or knockdown', 'Sesn2 knockdown', 'Sestrin2 (Sesn2)']),
 ("skin squamous cell carcinoma", ['squamous cell carcinoma (SCC) cells', 'human skin SCC', 'skin SCC']),
 'Sestrin*[tiab] OR Sesn2[tiab] OR fluorouracil[tiab] OR "5-FU"[tiab] OR vemurafenib[tiab] OR ("squamous cell carcinoma"[tiab] AND (apoptosis[tiab] OR '
 'AKT[tiab] OR knockdown[tiab]))', 'effect', None,
 ("5-fluorouracil", ['5-fluorouracil']), 'benefit', None),
("C1414", "Immunohistochemistry with an anti-Aspergillus antibody identifies Aspergillus in tissue sections without cross-reacting with other fungi",
 "a stain with an anti-Aspergillus antibody picks out Aspergillus moulds in tissue samples without mistaking other fungi for them",
 ("immunohistochemistry with an anti-Aspergillus antibody", ['immunohistochemistry (IHC) with anti-Aspergillus antibody', 'anti-Aspergillus antibody',
                                                            'polyclonal rabbit anti-Aspergillus antibody']),
 ("Aspergillus in tissue sections", ['Aspergillus species', 'culture proven Aspergillus species']),
 'Aspergill*[tiab] OR aspergillosis[tiab] OR ((fungi[tiab] OR fungal[tiab] OR fungus[tiab] OR hyphae[tiab] OR hyalohyphomycetes[tiab] OR Mucorales[tiab]) '
 'AND (immunohistochem*[tiab] OR histolog*[tiab] OR "tissue sections"[tiab] OR biopsy[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
