# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 66 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from oncology, urology
# and haematology:
# the Dicer antibody ab5818 against the 4A6 and HPA000694 antibodies for Dicer in breast cancer (a laboratory antibody
# comparison, PMID 27260947, 2016, typed Comparative Study and Journal Article, that compared Abcam 4A6, Abcam ab5818 and
# Sigma HPA000694 by immunohistochemistry and Western blot; all three detected higher Dicer in ER+ than ER- cell lines and
# in ER+ breast cancers than triple-negative ones and recognized overexpressed Dicer, but gave very different staining
# patterns on the same tumours; ab5818 was chosen as the optimal antibody for its sensitivity and specificity, and with it
# Dicer was higher in ER+ than triple-negative tumours and in adjacent normal epithelium than triple-negative tumours
# (P<.0001); the abstract gives no sensitivity or specificity figures for the three; no earlier claim's eligible records
# held it, and the earlier queries that met it were about UBC9 in breast cancer, PTEN antibodies compared, FGFR2 risk
# variants and oestrogen receptor alpha mutations; among hormone receptor and HER2 status in Kurdish and Kenyan women,
# androgen receptor and ALDH1 in Ghanaian triple-negative breast cancer, CD146, ALK and Nrf2 antibodies compared),
# a higher preoperative risk and biochemical recurrence after a radical prostatectomy that finds adverse pathology (a
# retrospective cohort, PMID 25913389, 2016, typed Journal Article, of 2660 men who had an immediate radical prostatectomy
# at one institution in 1998-2008, stratified by D'Amico risk; the 5-year risk of biochemical recurrence with
# extracapsular extension (n=937) was 43% overall but 15% in low-risk men (n=181), and with pathologic Gleason 4+3 (n=473)
# 41% overall, 13% low-risk, 41% intermediate-risk and 51% high-risk; biochemical recurrence is a surrogate end point; no
# earlier claim's eligible records held it, and the earlier queries that met it were about multiparametric MRI staging,
# bicalutamide and an mTOR inhibitor, CD146 antibodies, androgen receptor serine 578 and radical radiotherapy for prostate
# cancer; among androgen receptor serine 81 in castration-resistant prostate cancer and Axl in prostate cancer),
# serum EGF, IGF-I and somatostatin and the size and stage of pancreatic cancer (a case-control study, PMID 10050105,
# 1999, typed Journal Article, of 35 patients with pancreatic cancer against 15 with chronic pancreatitis, 15 with benign
# hepatobiliary disease, 23 with other gastrointestinal disease and 22 controls; EGF and IGF-I were raised in 10% of the
# cancer patients and somatostatin in 8 of 16, none of the three correlated with tumour size or stage, somatostatin
# correlated with bilirubin and EGF and IGF-I inversely with fasting glucose; a finding of no correlation supports the
# claim, in a small sample; no earlier claim's eligible records held it, and the earlier queries that met it were about
# pancreatic cancer and diabetes, FDG-PET, angiogenin in chronic pancreatitis, opioid growth factor, CA 19-9 against
# neopterin, low IGF-1 and cognitive decline, somatostatin analogues and chronic pancreatitis as a risk for pancreatic
# cancer; among serum neopterin, soluble IL-2 receptor alpha and c-jun in pancreatic cancer),
# RCP or EphA2 disruption and pancreatic cancer metastasis in mice (a laboratory and animal study, PMID 28294115, 2017,
# typed Journal Article, MeSH naming Pancreatic Neoplasms and Neoplasm Metastasis, which found that LMTK3 phosphorylation
# of RCP at Ser435 and Akt phosphorylation of EphA2 at Ser897 drive Rab14-dependent EphA2 trafficking and cell:cell
# repulsion, and that genetic disruption of RCP or EphA2 opposed cell:cell repulsion and metastasis in an autochthonous
# mouse model of pancreatic adenocarcinoma, whereas conditional knockout of alpha5 integrin did not suppress metastasis;
# no earlier claim's eligible records held it, and the earlier queries that met it were about CYP2B1-producing cells with
# ifosfamide, GPRC5a knockout, EphA2 kinase in glioblastoma and beta1 integrin in colorectal liver metastases; among
# 2-methoxyestradiol in pancreatic cancer cells, the glucocorticoid receptor in pancreatic cancer xenografts and
# non-canonical receptor tyrosine kinase activation),
# a lentiviral factor VIII gene added to autologous mesenchymal stromal cells in monkeys (an animal study, PMID 29737459,
# 2018, no publication type recorded, MeSH naming Macaca fascicularis, Hemophilia A and Lentivirus, in which autologous
# bone marrow MSCs transduced with a lentiviral vector expressing codon-optimized FVIII were injected into the left knee
# of cynomolgus monkeys; transduction significantly increased FVIII in the culture supernatant before transplantation, no
# tumour was seen around the knee by MRI at 11-16 months and the SIV proviral sequence was not detected in heart, lungs,
# spleen, liver, testis or bone marrow; joint outcomes were not tested; no earlier claim's eligible records held it, and
# among the 152 earlier queries naming stem or stromal cells, genes, vectors, haemophilia, tumours or safety those that met
# it were about pancreatic cancer and clotting, gene-modified stromal cells for haemophilic arthropathy (C1057, whose
# pairing is with the arthropathy, not with the cells' factor VIII output), platelet-rich plasma for a joint damaged by
# bleeding, umbilical cord stromal cells for liver regeneration, lentiviral vectors and liver tumours, blood in the joint
# and MSC source; among von Willebrand factor in mechanical circulatory support, AAV9 gene delivery and gene therapy
# vectors), and
# uPAR silencing and bladder cancer cell migration and invasion (a laboratory study with tissue samples, PMID 27777073,
# 2017, typed Journal Article, that found uPAR in 94% of invasive and 54-71% of non-invasive bladder cancers and none in
# normal urothelium, showed that uPAR activates mTORC2, and that uPAR gene-silencing reduced Akt Ser-473 phosphorylation,
# bladder cancer cell migration and Matrigel invasion, the phosphorylation not being controlled by uPAR in PTEN-negative
# lines; no earlier claim's eligible records held it, and the earlier queries that met it were about partial loss of Akt
# in pulmonary fibrosis, CIP2A knockdown with cisplatin, schistosomiasis and bladder glutathione, Pten and FMRP, PTEN
# antibodies, ERK3 serine 189 and PTEN loss in lung carcinogenesis; among NANOG silencing in bladder cancer cells and a
# urinary proteomic panel for muscle-invasive bladder cancer). Seen and set aside because an earlier claim holds the
# pairing: measles after Ebola-time vaccination gaps (C434), ketamine and the urinary tract (C356), interferon and
# interleukin-2 for melanoma (C1283), radioimmunotherapy after R-CHOP (C195) and NSAIDs with NF-kB inhibitors (C222).
# Synonyms name the claim's own exposure and condition, no wider.
# C1529 is a comparative claim with its comparator, resting on one antibody comparison; C1530 is a harm association
# resting on 2660 men at one centre; C1531 is an equivalence claim (serum EGF, IGF-I and somatostatin unrelated to tumour
# size and stage) resting on 35 patients; C1532 is a mechanism claim about mice; C1533 is an add-on claim (a lentiviral
# FVIII gene added to autologous MSCs) about cynomolgus monkeys; C1534 is a mechanism claim resting on bladder cancer cell
# lines and tissue samples.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1529", "The Dicer antibody ab5818 detects Dicer in breast cancer tissue more sensitively and specifically than the 4A6 and HPA000694 antibodies",
 "one of three antibodies for a protein called Dicer, ab5818, picked out the protein in breast cancer tissue more sensitively and specifically than the other two",
 ("Dicer antibody ab5818", ['ab5818', 'Abcam ab5818', 'the optimal antibody, ab5818']),
 ("sensitive and specific immunohistochemical detection of Dicer in breast cancer", ['Dicer protein expression', 'Dicer protein levels', 'Dicer expression',
                                                                                     'higher Dicer in ER+ breast cancers']),
 'Dicer[tiab] OR "triple-negative"[tiab] OR "triple negative"[tiab] OR ((antibody[tiab] OR antibodies[tiab]) AND (immunohistochem*[tiab] OR "western blot"[tiab]) AND '
 '(breast[tiab] OR specificity[tiab] OR sensitivity[tiab]))', 'effect',
 ("Dicer antibodies 4A6 and HPA000694", ['Abcam 4A6', 'Sigma HPA000694', '4A6', 'HPA000694']), None, 'benefit', None),
("C1530", "A higher preoperative risk raises the chance of biochemical recurrence after a radical prostatectomy that finds adverse pathology",
 "among men found at surgery to have cancer spreading beyond the prostate or a higher-grade pattern, the chance of the PSA blood test rising again within five years was much higher for those whose cancer looked higher-risk before the operation",
 ("higher preoperative D'Amico risk", ["D'Amico clinical risk criteria", 'pretreatment risk status', 'preoperative risk', 'intermediate-risk', 'high-risk men']),
 ("biochemical recurrence after radical prostatectomy with adverse pathology", ['biochemical recurrence (BCR)', 'BCR', '5-yr risk of BCR', 'risk of recurrence at 5 yr',
                                                                               'risk of biochemical recurrence']),
 '"prostate cancer"[tiab] OR "prostatic cancer"[tiab] OR "prostate carcinoma"[tiab] OR prostatectomy[tiab] OR "biochemical recurrence"[tiab] OR '
 '"active surveillance"[tiab] OR Gleason[tiab]', 'effect', None, None, 'harm', None),
("C1531", "Serum EGF, IGF-I and somatostatin levels are unrelated to the size and stage of pancreatic cancer",
 "blood levels of three growth-related hormones, EGF, IGF-I and somatostatin, did not go up or down with the size or stage of the cancer",
 ("serum EGF, IGF-I and somatostatin levels", ['serum levels of EGF, IGF I and somatostatin', 'EGF, IGF I or somatostatin',
                                              'epidermal growth factor (EGF), insulin-like growth factor I (IGF I) and somatostatin']),
 ("tumour size and clinical stage of pancreatic cancer", ['tumour size or stage', 'tumour size and clinical stage of pancreatic cancer']),
 '("pancreatic cancer"[tiab] OR "pancreatic carcinoma"[tiab] OR "pancreatic adenocarcinoma"[tiab] OR "cancer of the pancreas"[tiab]) AND (serum[tiab] OR '
 '"growth factor*"[tiab] OR somatostatin[tiab] OR "IGF I"[tiab] OR "IGF-I"[tiab] OR EGF[tiab]) AND (stage[tiab] OR size[tiab] OR level*[tiab])',
 'equivalence', None, None, 'mechanism', None),
("C1532", "Genetic disruption of RCP or EphA2 holds back pancreatic cancer metastasis in mice",
 "in mice that develop pancreatic cancer, switching off the genes for a protein called RCP or for its cargo EphA2 held back the spread of the cancer",
 ("genetic disruption of RCP or EphA2", ['Genetic disruption of RCP or EphA2', 'Rab-coupling protein (RCP)', 'RCP', 'EphA2']),
 ("pancreatic cancer metastasis in mice", ['pancreatic cancer metastasis', 'cell:cell repulsion and metastasis', 'metastasis in vivo', 'tumour dissemination in vivo']),
 'EphA2[tiab] OR "Rab-coupling protein"[tiab] OR Rab14[tiab] OR Rab11[tiab] OR "cell repulsion"[tiab] OR ((metasta*[tiab] OR invasi*[tiab] OR dissemination[tiab]) AND '
 '(mice[tiab] OR mouse[tiab] OR murine[tiab] OR xenograft*[tiab] OR "in vivo"[tiab]) AND (pancrea*[tiab] OR trafficking[tiab] OR integrin*[tiab] OR '
 '"receptor tyrosine kinase*"[tiab] OR knockout[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1533", "Adding a lentiviral factor VIII gene to autologous mesenchymal stromal cells raises their factor VIII output in cynomolgus monkeys",
 "in monkeys, adding a working clotting factor VIII gene to the animals' own bone marrow stem cells made the cells release more factor VIII",
 ("lentiviral factor VIII gene transduction", ['lentiviral vector expressing coagulation factor VIII (FVIII)', 'Lentiviral transduction', 'lentivirally transduced',
                                              'transduced MSCs']),
 ("factor VIII output of mesenchymal stromal cells for haemophilic arthropathy", ['FVIII production', 'increase of FVIII in the culture supernatant',
                                                                                 'FVIII in the culture supernatant']),
 'haemophilia[tiab] OR hemophilia[tiab] OR haemophilic[tiab] OR hemophilic[tiab] OR "factor VIII"[tiab] OR FVIII[tiab] OR "von Willebrand"[tiab] OR lentivir*[tiab] OR '
 '"viral vector*"[tiab] OR "codon optimization"[tiab] OR "codon-optimized"[tiab]', 'effect', None,
 ("autologous bone marrow-derived mesenchymal stromal cells injected into the knee joint", ['Autologous bone-marrow-derived MSCs', 'autologous MSCs',
                                                                                           'mesenchymal stromal cell (MSC)']),
 'benefit', ['monkey']),
("C1534", "Silencing uPAR reduces bladder cancer cell migration and invasion",
 "switching off a protein called uPAR in bladder cancer cells made them move and invade less",
 ("uPAR gene-silencing", ['uPAR gene-silencing', 'Urokinase-type plasminogen activator receptor (uPAR)', 'uPAR']),
 ("bladder cancer cell migration and invasion", ['bladder cancer cell migration and Matrigel invasion', 'cell migration and invasion', 'bladder cancer cell migration']),
 'uPAR[tiab] OR urokinase[tiab] OR mTORC2[tiab] OR "bladder cancer"[tiab] OR "urothelial carcinoma"[tiab] OR ("cell migration"[tiab] AND (silencing[tiab] OR '
 'knockdown[tiab] OR siRNA[tiab] OR shRNA[tiab])) OR (Akt[tiab] AND (S473[tiab] OR "Ser473"[tiab] OR "Serine-473"[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
