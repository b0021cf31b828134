# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 65 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from oncology,
# immunology and haematology:
# serum CA 19-9 against serum neopterin for telling pancreatic cancer from chronic pancreatitis (a diagnostic study,
# PMID 10211419, 1999, typed Journal Article, of 34 patients with pancreatic cancer against 24 with chronic pancreatitis,
# 72 healthy blood donors and 20 patients with jaundice from gallstones; neopterin, sIL-2R and IL-6 were higher in cancer
# than in pancreatitis and donors and unrelated to tumour stage, but at the selected cut-off neopterin, TNF, sIL-2R and
# IL-6 showed low sensitivity and specificity in differentiating cancer from pancreatitis, while Ca 19-9 at 37 U/mL
# showed the best sensitivity and specificity (88.2 and 87.5%), the authors concluding that the immune parameters give
# no benefit in diagnosis; no earlier claim's eligible records held it, and the earlier queries that met it were about
# neopterin and survival, soluble IL-2 receptor alpha and survival, CAMPAS-PX2 and TUM2-PK against CA19-9, FDG-PET
# against conventional imaging, angiogenin in chronic pancreatitis, CA19-9 in obstructive jaundice, chronic pancreatitis
# as a risk for pancreatic cancer and endoscopic papillotomy; among serum growth factors, neopterin and prognosis,
# 9-nitrocamptothecin, an intrapancreatic accessory spleen and beta3Gal-T5 in pancreatic epithelia),
# KIR2D and KIR3DL1 expression and shorter survival in non-small cell lung cancer (a retrospective immunohistochemical
# study, PMID 27893413, 2016, typed Journal Article, of 62 NSCLC patients; KIR 2D (L1, L3, L4, S4) was positive on
# tumour cells in 22.6% and on tumour-infiltrating lymphocytes in 16.1%, KIR 3DL1 in 53.2% and 50.0%, and positive
# expression on tumour cells or TILs went with shorter overall survival (e.g. 7.10 against 40.70 weeks for KIR 2D on
# tumour cells), KIR 2D on TILs staying significant in Cox regression (OR 2.628, 95% CI 1.089-6.340); no earlier claim's
# eligible records held it, and the earlier queries that met it were about anti-KIR with anti-PD-1 antibodies, LAG-3
# on tumour-infiltrating lymphocytes (a topic of the last twenty sets; LAG-3 is not used here), crizotinib in
# ALK-positive NSCLC, PD-L1 assays and BRCA1 serine 1524; among LDH-5 in NSCLC, erlotinib with entinostat, BRCA1 and
# brain metastases, FHIT, GSTP1 and p16 methylation and MHC class II in lung cancer),
# recent chemotherapy or radiotherapy and mismatch repair gene expression in the blood lymphocytes of colorectal cancer
# patients (a hospital-based pilot case-control study, PMID 9592192, 1998, typed Journal Article, of 31 colorectal cancer
# patients and 47 age- and sex-matched controls in Egypt, with hMSH2, hMLH1, hPMS1, hPMS2 and GTBP/hMSH6 measured by
# multiplex RT-PCR in peripheral blood lymphocytes; half the cases had had chemotherapy or radiotherapy within six
# months before the blood was drawn and their gene expression was not statistically different from those who had not,
# so a finding of no difference supports the claim; the study's main finding, lower hPMS2 expression in patients and
# higher risk with reduced hPMS1 and hPMS2, is not the claim, and the authors call their results inconclusive; no earlier
# claim's eligible records held it, and the only earlier query that met it was about colorectal cancers losing mismatch
# repair gene expression; among p53 and WAF1 and adjuvant chemotherapy of pancreatic cancer, thymidylate synthase and
# NOD2 3020insC polymorphisms in Tunisian colorectal cancer, cadherin-17 and SATB2, Src activation in colon cancer and
# DCC in nephroblastomas),
# human pancreatic carcinomas grown as serially transplantable xenografts in immunosuppressed mice (an animal study,
# PMID 10037272, 1999, typed Journal Article, MeSH naming Mice and Mice, Inbred CBA, in which young CBA/CA mice were
# immunosuppressed by thymectomy, whole-body irradiation and bone marrow reconstruction and 12 surgically removed human
# pancreatic carcinomas were implanted subcutaneously; 6 grew into continuously growing, transplantable xenografts
# (take rate 50%) kept for 9-16 passages over 18-25 months, new subpopulations with an aneuploid peak arose in 3 lines,
# one line became aneuploid with unchanged histology and one kept its morphology and ploidy; no earlier claim's eligible
# records held it, and the earlier queries that met it were about encapsulated CYP2B1 cells with ifosfamide in mice,
# N-nitrosobis(2-oxopropyl)amine in hamsters, soluble IL-2 receptor alpha, chemoradiation for localised pancreatic cancer
# and aneuploidy in IVF embryos; among CTGF in pancreatic cancer xenografts, glucocorticoid receptor in xenografts,
# antisense oligonucleotides to gastrin, FK317, G-protein gamma 7 and serine and glycine starvation; a 1976 record on
# serially transplanted pancreatic cancer in nude mice has no abstract),
# activated deoxycytidine kinase added to ionizing radiation in breast cancer cells (a laboratory study, PMID 29393406,
# 2018, typed Journal Article, in SKBR3 and MDA-MB-231 breast cancer cells; dCK decreased IR-induced total cell death and
# apoptosis and increased IR-induced autophagy, serine 74 phosphorylation was needed for the regulation of autophagy, and
# in dCK wild-type or S74E cells phospho-Akt, phospho-mTOR and phospho-P70S6K fell after IR and the Bcl-2/Beclin1 ratio
# fell in S74E cells; every arm received radiation, so it is an add-on claim; no earlier claim's eligible records held
# it, and the earlier queries that met it were about [18F]CFA PET of deoxycytidine kinase activity, group B Streptococcus
# and autophagy, mTOR inhibitors in prostate cancer, p70S6K staining in AIDS-related lymphoma and antiretrovirals and
# Bax/Bcl-2; among paclitaxel with concurrent radiation, nuclear GSK3beta and 53BP1, S6K1 and radioresistance, Bad
# phosphorylation and Sestrin2 (a topic of the last twenty sets, not used here)), and
# von Willebrand factor built into fibrin and platelet adhesion under high shear (a laboratory study, PMID 25381443,
# 2014, typed Journal Article, that found VWF binding to a fibrin monomer layer during fibrinogen-to-fibrin conversion
# with thrombin, arvin or Crotalus atrox venom, involving the C domains of VWF and the E domain of fibrin, persisting with
# the FXIIIa inhibitor K9-DON, and platelets adhering to fibrin under high shear only if VWF had been incorporated; no
# earlier claim's eligible records held it, and the earlier queries that met it were about acquired von Willebrand
# deficiency on mechanical circulatory support, glucose and venom phospholipase haemolysis, jellyfish venom,
# insulin-receptor binding kinetics and corneal crosslinking; among adrenaline and platelet aggregation,
# monomethylmethacrylate and coagulation in dogs, PF4-positive thrombi on ventricular assist devices and TNF-alpha
# polymorphism in immune thrombocytopenia). Synonyms name the claim's own exposure and condition, no wider.
# C1511 is a comparative diagnostic claim with its comparator, resting on 150 people in one study; C1512 is a harm
# association resting on 62 patients' tumour samples; C1513 is an equivalence claim (recent chemotherapy or radiotherapy
# unrelated to lymphocyte mismatch repair gene expression) resting on 31 patients; C1514 is a mechanism claim about mice;
# C1515 is an add-on claim (activated dCK with ionizing radiation) resting on two cell lines; C1516 is a mechanism claim
# resting on purified proteins and platelets in vitro.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1511", "Serum CA 19-9 tells pancreatic cancer from chronic pancreatitis better than serum neopterin",
 "the standard CA 19-9 blood test told pancreatic cancer apart from long-standing inflammation of the pancreas better than a blood test for neopterin",
 ("serum CA 19-9", ['Ca 19-9', 'Ca 19-9 at the recommended cutoff of 37 U/mL']),
 ("telling pancreatic cancer from chronic pancreatitis", ['differentiating cancer from pancreatitis']),
 'neopterin[tiab] OR "CA 19-9"[tiab] OR "CA19-9"[tiab] OR "interleukin 2 receptor"[tiab] OR "sIL-2R"[tiab] OR ((pancrea*[tiab]) AND ("tumor marker"[tiab] OR '
 '"tumour marker"[tiab] OR "serum marker"[tiab] OR "serum levels"[tiab]))', 'effect',
 ("serum neopterin", ['neopterin', 'serum neopterin', 'Neopterin serum levels', 'serum levels of neopterin']), None, 'benefit', None),
("C1512", "KIR2D and KIR3DL1 expression in non-small cell lung cancer goes with shorter survival",
 "people whose lung tumours carried proteins called killer cell immunoglobulin-like receptors, on the cancer cells or on the immune cells inside the tumour, lived for a shorter time",
 ("KIR 2D (L1, L3, L4, S4) and KIR 3DL1 expression", ['KIR 2D (L1, L3, L4, S4) and KIR 3DL1 expression', 'KIR 2D (L1, L3, L4, S4)', 'KIR 3DL1',
                                                       'KIR 2D (L1, L3, L4, S4) and KIR 3DL1 protein expression']),
 ("shorter overall survival in non-small cell lung cancer", ['poor prognosis in NSCLC patients', 'poor prognosis']),
 'KIR[tiab] OR "killer cell immunoglobulin-like"[tiab] OR "natural killer"[tiab] OR "NK cells"[tiab] OR (("non-small cell lung"[tiab] OR NSCLC[tiab]) AND '
 '(prognos*[tiab] OR "overall survival"[tiab]) AND (immunohistochemi*[tiab] OR expression[tiab]))', 'effect', None, None, 'harm', None),
("C1513", "Recent chemotherapy or radiotherapy leaves mismatch repair gene expression in the blood lymphocytes of colorectal cancer patients unchanged",
 "the activity of these repair genes in the blood cells of people who had had chemotherapy or radiotherapy in the previous six months was no different from that of people who had not",
 ("chemotherapy or radiotherapy within the previous six months", ['chemotherapy or radiotherapy']),
 ("mismatch repair gene expression in peripheral blood lymphocytes", ['expression level of mismatch repair (MMR) genes', 'relative expression of five known MMR genes',
                                                                    'MMR gene expression']),
 '"mismatch repair"[tiab] OR "DNA repair"[tiab] OR hMSH2[tiab] OR hPMS1[tiab] OR hPMS2[tiab] OR PMS2[tiab] OR MSH2[tiab] OR MLH1[tiab] OR ((colorectal[tiab] OR '
 '"colon cancer"[tiab]) AND (Egypt*[tiab] OR lymphocyte*[tiab] OR chemotherapy[tiab] OR radiotherapy[tiab]))', 'equivalence', None, None, 'mechanism', None),
("C1514", "Human pancreatic carcinomas grow as serially transplantable xenografts in immunosuppressed mice",
 "in mice whose immune defences had been switched off, half of the pancreatic cancers taken from patients at surgery grew on and were passed from mouse to mouse",
 ("implantation into immunosuppressed CBA/CA mice", ['artificially immunosuppressed CBA/CA mice', 'immunosuppressed mice', 'long-term xenografting',
                                                    'implanted subcutaneously']),
 ("growth of human pancreatic carcinoma xenografts", ['continuously growing and transplantable xenografts', 'serially transplantable xenografts',
                                                      'human pancreatic cancer lines growing in immunosuppressed mice', 'accepting and maintaining human pancreatic carcinomas']),
 'pancrea*[tiab] AND (xenograft*[tiab] OR xenografting[tiab] OR xenotransplant*[tiab] OR "nude mice"[tiab] OR "nude mouse"[tiab] OR immunosuppressed[tiab] OR '
 '"serially transplant*"[tiab] OR "transplantable"[tiab])', 'effect', None, None, 'mechanism', ['mouse']),
("C1515", "Activated deoxycytidine kinase added to ionizing radiation reduces apoptosis and increases autophagy in breast cancer cells",
 "in breast cancer cells grown in the laboratory and treated with radiation, an active form of an enzyme called deoxycytidine kinase made fewer of the cells die and pushed more of them into autophagy",
 ("activated deoxycytidine kinase", ['Deoxycytidine kinase (dCK)', 'dCK', 'phosphorylated and activated dCK', 'dCK S74E']),
 ("radiation-induced cell death and autophagy in breast cancer cells", ['IR-induced total cell death and apoptosis', 'IR-induced autophagy',
                                                                       'radiation-induced autophagy and apoptosis']),
 '"deoxycytidine kinase"[tiab] OR dCK[tiab] OR radioresist*[tiab] OR radiosensit*[tiab] OR "ionizing radiation"[tiab] OR ((radiation[tiab] OR irradiation[tiab] OR '
 'radiotherapy[tiab] OR autophagy[tiab]) AND (apoptosis[tiab] OR "cell death"[tiab]) AND (cancer[tiab] OR tumor[tiab] OR tumour[tiab] OR carcinoma[tiab]))', 'effect',
 None, ("ionizing radiation", ['ionizing radiation (IR)', 'IR']), 'mechanism', None),
("C1516", "Von Willebrand factor built into fibrin lets platelets adhere to fibrin under high shear",
 "under fast-flowing, artery-like conditions, platelets stuck to fibrin, the mesh of a blood clot, once the clotting protein von Willebrand factor had been built into it",
 ("von Willebrand factor incorporated into fibrin", ['von Willebrand factor (VWF)', 'VWF', 'incorporation of VWF', 'VWF had been incorporated']),
 ("platelet adhesion to fibrin under high shear", ['platelets were shown to adhere to fibrin', 'binding and activation of platelets', 'platelet adhesion']),
 '"von Willebrand"[tiab] OR VWF[tiab] OR "factor XIII"[tiab] OR GPIb[tiab] OR ((fibrin[tiab] OR fibrinogen[tiab]) AND (thrombus[tiab] OR thrombin[tiab] OR '
 'thrombosis[tiab] OR coagulation[tiab] OR clotting[tiab])) OR (platelet*[tiab] AND (thrombus[tiab] OR thrombi[tiab] OR thrombosis[tiab] OR shear[tiab] OR '
 'aggregation[tiab] OR bleeding[tiab] OR thrombocytopeni*[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
