# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 65 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from oncology,
# haematology and gastroenterology:
# the CST PTEN antibody against other commercial PTEN antibodies for PTEN immunohistochemistry in tumours (a laboratory
# methods study, PMID 20930614, 2011, typed Journal Article, MeSH naming Antibodies, Immunohistochemistry and PTEN
# Phosphohydrolase, that optimized five PTEN antibodies on tumour cell lines of known PTEN copy number and ran them on 10
# molecularly characterized endometrial carcinomas; CST, Millipore, Abcam and Novus each stained 3/10 positive and 7/10
# negative, but all except CST showed nonspecific nucleolar staining of the negative controls, Dako stained 5/10 positive
# with patchy areas, and of the 4 samples predicted negative by sequencing all were negative with CST while one was
# positive with Dako, so the CST antibody was chosen and the assay validated on 50 colon, lung, prostate and breast
# adenocarcinomas with 100% concordance between three pathologists; no outcome of patients was studied; no earlier claim's
# eligible records held it, and the earlier queries that met it were about PTEN in lung carcinogenesis, Pten and FMRP in
# the mouse hippocampus, a polyclonal against a monoclonal CD146 antibody in prostate cancer (a topic of the last twenty
# sets, not used here), androgen receptor serine 578 and multiparametric MRI in prostate cancer; among ALK antibodies
# against FISH in lung tumours, SDHA immunohistochemistry in GISTs, Dicer antibodies in breast cancer and PHH3 antibodies
# in meningiomas),
# MIIP phosphorylation at serine 303 and colorectal cancer metastasis (a laboratory study with clinical analyses, PMID
# 29038521, 2017, typed Journal Article, MeSH naming Colorectal Neoplasms, Neoplasm Metastasis, Protein Kinase C-epsilon
# and nude mice, in which EGF induced PKCepsilon-dependent phosphorylation of MIIP at Ser303, which bound RelA in the
# nucleus, blocked its HDAC6-mediated deacetylation, raised its transcriptional activity and facilitated metastasis, while
# the phosphatase PP1 removed it and was inversely related to metastatic capability; clinical analyses found the level of
# MIIP-S303 phosphorylation correlated with colorectal cancer metastasis and prognosis; the abstract gives no patient
# numbers; no earlier claim's eligible records held it, and the earlier queries that met it were about histone deacetylase
# 3 and memory and adding entinostat to erlotinib in lung cancer; among YBX1 serine 176 and NF-kB in colon cancer, RSK2
# and T-bet in colon cancer metastasis, PKC-zeta in colorectal carcinogenesis and TIF1beta serine 473),
# pure chronic pancreatitis and angiogenin (a laboratory and serum study, PMID 10206479, 1999, typed Journal Article, MeSH
# naming Pancreatitis, Pancreatic Neoplasms and Ribonuclease, Pancreatic, using in situ hybridization, Western blotting and
# ELISA; no ANG mRNA was detected in pure chronic pancreatitis or normal pancreas, only a small protein band in both, and
# mean serum ANG did not differ between chronic pancreatitis patients (352.1+/-72.5 ng/ml) and healthy volunteers
# (357.6+/-45.2 ng/ml), whereas tissue around pancreatic cancers showed raised ANG mRNA and protein and serum ANG was
# raised in cancer patients; a finding of no difference supports the claim; the abstract gives no patient numbers; no
# earlier claim's eligible records held it, and the earlier queries that met it were about rich angiogenesis and survival
# in pancreatic cancer, chronic pancreatitis and the risk of pancreatic cancer and FDG-PET against CT for pancreatic cancer
# and chronic pancreatitis; among serum neopterin, soluble IL-2 receptor and growth factors in pancreatic cancer and FISH
# in pancreatic ductal adenocarcinoma),
# G protein gamma 7 restored in oesophageal carcinoma cells and their growth in nude mice (a laboratory and animal study,
# PMID 10070968, 1999, typed Journal Article, MeSH naming Esophageal Neoplasms, Mice, Nude, Transfection and Tumor
# Suppressor Proteins; G-gamma 7 expression was lower in tumour than in normal tissue in 24 of 30 patients with
# gastrointestinal tract cancer by Northern blot and immunohistochemistry and in 69 of 90 by RT-PCR; G-gamma 7 cDNA
# transfected into the KYSE150 oesophageal carcinoma line, which lacks it, suppressed cell growth and thymidine uptake at
# confluence, raised the G0/G1 fraction with p27kip1 expression, and suppressed tumorigenicity in BALB/c nude mice until 3
# weeks after transplantation; no earlier claim's eligible records held it, and the earlier queries that met it were
# about oesophagectomy for squamous cell cancer, ezrin Ser66 in oesophageal cancer (a topic of the last twenty sets, not
# used here), microendoscopy in Barrett's oesophagus and CYP2B1-producing cells with ifosfamide in pancreatic tumours in
# mice; among serially transplanted pancreatic cancer in nude mice, gastrin antisense oligonucleotides, FK317 against
# tumour xenografts and PRIMA-1 in hepatocellular carcinoma),
# 2-methoxyestradiol added to low glycine or D-serine in osteosarcoma cells (a laboratory study, PMID 28262924, 2017, typed
# Journal Article, MeSH naming 2-Methoxyestradiol, Glycine, Serine, Osteosarcoma and Receptors, N-Methyl-D-Aspartate, in
# osteosarcoma 143B and breast cancer MCF7 cells with functional NMDA receptors; high concentrations of glycine and D-serine
# had an anticancer effect on osteosarcoma cells, while low, physiological concentrations induced their proliferation and
# migration, and these pro-cancer effects were abrogated by 2-methoxyestradiol at physiological and pharmacological
# concentrations; the abstract gives no figures; no earlier claim's eligible records held it, and the earlier queries that
# met it were about 2-methoxyestradiol in pancreatic cancer, mTORC1 and serine and glycine metabolism in osteosarcoma,
# cancer metabolism beyond the Warburg effect and inducible nitric oxide synthase in pancreatic cells; among dietary
# serine and glycine starvation, serine biosynthesis in Ewing sarcoma, SHMT and dTMP synthesis in lung cancer cells and
# 3-bromopyruvate and glutathione (a topic of the last twenty sets, not used here)), and
# sotrastaurin and FLT3-ITD-positive acute myeloid leukaemia cells (a laboratory study, PMID 30017192, 2018, typed Journal
# Article, MeSH naming Leukemia, Myeloid, Acute, Protein Kinase C-alpha, Proto-Oncogene Proteins c-pim-1 and Pyrroles; in a
# drug screen sotrastaurin, a PKC inhibitor, suppressed the proliferation of the FLT3-ITD-positive AML line MV4-11 but not
# of K562, HL60 or KG-1a cells, as did SGI-1776 and quizartinib, lowered MCL-1 and 4E-BP1 phosphorylation, and PKCalpha
# phosphorylated PIM-1L at Ser65, stabilizing it; PIM-1L wild-type or S65D expression reduced sotrastaurin-mediated
# apoptosis and growth inhibition; no earlier claim's eligible records held it, and the earlier queries that met it were
# about WT1 in adult AML (a topic of the last twenty sets, not used here) and PKC-zeta in colorectal carcinogenesis; among
# DNMT3A mutations in AML, ABCB5 and MDR1 in acute leukaemia and CD69 and CD24 in leukaemia cells). Synonyms name the
# claim's own exposure and condition, no wider.
# C1487 is a comparative claim with its comparator, resting on a laboratory methods study; C1488 is a harm association
# resting on cells, mice and patients' tumours; C1489 is an equivalence claim (pure chronic pancreatitis leaving
# angiogenin unraised) resting on tissues and sera; C1490 is a mechanism claim about mice; C1491 is an add-on claim
# (2-methoxyestradiol added to low glycine or D-serine) resting on cultured cells; C1492 is a benefit claim resting on
# leukaemia cell lines.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1487", "The CST PTEN antibody detects PTEN loss in tumours more reliably than other commercial PTEN antibodies",
 "an antibody from one supplier (CST) showed which tumours had lost the PTEN protein more reliably than the antibodies from four other suppliers",
 ("CST PTEN antibody", ['CST', 'the CST antibody']),
 ("PTEN immunohistochemistry in tumours", ['PTEN immunohistochemistry (IHC)', 'PTEN IHC', 'PTEN IHC assay', 'PTEN assay',
                                          'detecting PTEN expression in human tumors']),
 'PTEN[tiab] OR ((immunohistochem*[tiab] OR IHC[tiab]) AND (antibodies[tiab] OR "antibody comparison"[tiab]) AND (compar*[tiab] OR '
 'specificity[tiab] OR nonspecific[tiab]))', 'effect',
 ("other commercial PTEN antibodies", ['Millipore', 'Abcam', 'Novus', 'Dako']), None, 'benefit', None),
("C1488", "Phosphorylation of MIIP at serine 303 promotes colorectal cancer metastasis",
 "bowel cancers whose MIIP protein carried more of a phosphate tag at one particular spot had spread more often and had a worse outlook",
 ("MIIP phosphorylation at serine 303", ['MIIP-S303 phosphorylation', 'phosphorylation of migration and invasion inhibitory protein (MIIP) at Ser303',
                                         'MIIP phosphorylation', 'PKCε phosphorylates MIIP']),
 ("colorectal cancer metastasis", ['colorectal cancer metastasis', 'colorectal cancer (CRC) metastasis']),
 'MIIP[tiab] OR ((colorectal[tiab] OR colon[tiab]) AND (cancer[tiab] OR carcinoma[tiab]) AND (metasta*[tiab] OR invasion[tiab] OR '
 '"NF-κB"[tiab] OR "NF-kappaB"[tiab] OR phosphorylat*[tiab]))', 'effect', None, None, 'harm', None),
("C1489", "Angiogenin is not raised in pure chronic pancreatitis",
 "people whose pancreatitis was not linked to a cancer had the same blood levels of a protein called angiogenin as healthy volunteers, and hardly any of it in the pancreas itself",
 ("pure chronic pancreatitis", ['pure chronic pancreatitis', 'chronic pancreatitis patients (pure chronic pancreatitis)', 'chronic pancreatitis patients']),
 ("angiogenin in the pancreas and serum", ['angiogenin (ANG)', 'ANG expression', 'serum ANG concentration', 'mean serum ANG concentration',
                                          'ANG messenger RNA (mRNA) signals']),
 'angiogenin[tiab] OR (pancrea*[tiab] AND angiogen*[tiab]) OR (pancreatitis[tiab] AND (serum[tiab] OR "in situ hybridization"[tiab] OR '
 'immunohistochem*[tiab] OR "Western blot"[tiab]))', 'equivalence', None, None, 'mechanism', None),
("C1490", "Restoring G protein gamma 7 holds back the growth of oesophageal carcinoma cells in nude mice",
 "putting back a gene called G protein gamma 7, which many gullet and stomach cancers switch off, held back the growth of gullet cancer cells transplanted into mice",
 ("G protein gamma 7 expression", ['G-gamma 7 expression', 'G-gamma 7 cDNA', 'G-protein gamma 7', 'G protein gamma 7 (G-gamma 7)', 'human G-gamma 7']),
 ("tumorigenicity of oesophageal carcinoma cells in nude mice", ['tumorigenicity in BALB/c nude mice', 'tumorigenicity']),
 '"G-gamma"[tiab] OR "G protein gamma"[tiab] OR ((cancer*[tiab] OR carcinoma*[tiab] OR tumor*[tiab] OR tumour*[tiab]) AND ("nude mice"[tiab] OR '
 'tumorigenicity[tiab] OR (mice[tiab] AND transfect*[tiab]))) OR ((esophag*[tiab] OR oesophag*[tiab]) AND (carcinoma*[tiab] OR cancer*[tiab]) AND '
 '(mice[tiab] OR "growth arrest"[tiab] OR "cell growth"[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1491", "Adding 2-methoxyestradiol cancels the proliferation and migration that low glycine and D-serine give osteosarcoma cells",
 "adding 2-methoxyestradiol, a natural breakdown product of the hormone oestradiol, cancelled the extra growth and movement that low, everyday levels of the amino acids glycine and D-serine gave bone cancer cells",
 ("2-methoxyestradiol", ['2-methoxyestradiol']),
 ("glycine- and D-serine-induced proliferation and migration of osteosarcoma cells", ['proliferation and migration of osteosarcoma cells',
                                                                                       'pro-cancergogenic effects of both glycine and D-serine']),
 '"2-methoxyestradiol"[tiab] OR osteosarcoma[tiab] OR "D-serine"[tiab] OR "NMDA receptor"[tiab] OR (glycine[tiab] AND (cancer*[tiab] OR tumor*[tiab] OR '
 'tumour*[tiab]) AND (proliferation[tiab] OR migration[tiab] OR growth[tiab]))', 'effect', None,
 ("glycine or D-serine at low, physiological concentrations", ['glycine and D-serine', 'the amino acids when used at low, physiological concentrations',
                                                               'glycine', 'D-serine']),
 'benefit', None),
("C1492", "Sotrastaurin suppresses the proliferation of FLT3-ITD-positive acute myeloid leukaemia cells",
 "sotrastaurin, a drug that blocks the enzyme protein kinase C, slowed the growth of leukaemia cells carrying the FLT3-ITD change but not of other leukaemia cell lines",
 ("sotrastaurin", ['sotrastaurin', 'sotrastaurin (a PKC inhibitor)']),
 ("proliferation of FLT3-ITD-positive acute myeloid leukaemia cells", ['proliferation of the FLT3-ITD-positive AML cell line MV4-11',
                                                                       'FLT3-ITD-positive AML cell line MV4-11', 'growth inhibition in MV4-11']),
 'sotrastaurin[tiab] OR FLT3[tiab] OR "PIM-1"[tiab] OR "acute myeloid"[tiab] OR AML[tiab] OR (("protein kinase C"[tiab] OR PKC[tiab]) AND '
 '(leukemia[tiab] OR leukaemia[tiab] OR proliferation[tiab] OR apoptosis[tiab])) OR ((leukemia[tiab] OR leukaemia[tiab]) AND ("cell line*"[tiab] OR '
 'inhibitor*[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
