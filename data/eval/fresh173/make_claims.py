# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last eight sets, with anchors drawn from gastroenterology
# and hepatology, nephrology and urology, haematology, toxicology and parasitology:
# macrophage MMP-8 against MMP-10 and MMP-13 for hepatic stellate cell activation and migration (a laboratory study,
# PMID 27140333, 2016, typed Journal Article, MeSH naming C57BL mice, that profiled MMPs in murine bone marrow-derived
# macrophages and differentiated THP-1 cells, where MMP-8, -10 and -13 rose after 12 h of LPS, then treated hepatic
# stellate cells with the active enzymes; exogenous active MMP-8 (collagenase-2) markedly increased HSC migration and
# COL1A1 expression compared with MMP-10 and MMP-13, the authors suggesting that macrophage MMP-8 promotes HSC activation
# and might have a role in alcoholic liver disease; the evidence is from cells, and the abstract does not name the
# species of the stellate cells; no earlier claim's eligible records held it, and the earlier queries that met it were
# about alcohol and drug-induced liver injury, stromal cells and liver regeneration in rats, alcohol dependence after
# liver transplantation, liver transplantation for alcoholic liver disease, dexmedetomidine and the spleen in sepsis and
# gelatin scaffolds; among the HCV core protein and adipose triglyceride lipase, RNAi-activating lentiviruses against
# HBV, caspase recruitment domains in HCV-related liver cancer and alpha-smooth muscle actin and MMP-2 in ameloblastoma),
# androgen receptor phosphorylation at serine 578 and survival in hormone-naive prostate cancer (an immunohistochemical
# study, PMID 27902483, 2017, typed Journal Article, of 90 hormone-naive prostate cancer specimens stained for AR,
# pARS81, pARS578, PKC and pPKC; high cytoplasmic and nuclear pARS578 were associated with disease-specific survival
# (p<0.001 and p=0.036), nuclear PKC correlated with pARS578, and the authors concluded that pARS578 expression is
# associated with poor outcome and is a potential independent prognostic marker; no earlier claim's eligible records
# held it, the earlier queries that met it were about multiparametric MRI staging, bicalutamide and an mTOR inhibitor,
# CD146 antibodies and PSA relapse, radical radiotherapy for prostate cancer, protein kinase C-zeta in colorectal cancer
# and AR serine 515 in triple negative breast cancer; among AR serine 81 in castration-resistant prostate cancer, Axl in
# prostate cancer, adverse pathology at radical prostatectomy and the AR and eIF4E phosphorylation),
# WT1 overexpression at diagnosis and remission and survival in adult acute myeloid leukaemia (a cohort study, PMID
# 23394625, 2013, typed Journal Article and Research Support, Non-U.S. Gov't, of 68 adult AML patients in Egypt with WT1
# measured by quantitative RT-PCR at diagnosis and at the end of induction; complete remission was reached by 74% of
# patients with WT1 overexpression against 80% with normal levels (P = 0.5), and WT1 overexpression at diagnosis was not
# associated with disease-free or overall survival (P = 0.6 and 0.3); a 2-log reduction at the end of induction showed
# longer, non-significant survival, which the authors put down to the small sample; a finding of no difference at
# diagnosis supports the claim; no earlier claim's eligible records held it, and the only earlier query that met it was
# the one about DNMT3A mutations and survival in AML; among ABCB5 and MDR1 in acute leukaemia, PKC alpha and PIM-1L in
# AML cells, CD69 and CD24 with imatinib in BCR-ABL leukaemia cells and MTHFR in childhood ALL),
# where intravenous phosphorothioate oligodeoxynucleotides go in rats and mice (a laboratory study, PMID 9354772, 1997,
# MeSH naming BALB/c mice and Sprague-Dawley rats, mapping P = S ODN ISIS 2105 and 14C-labelled ISIS 2302 by
# immunohistochemistry, direct fluorescence and autoradiography; proximal tubule cells in the kidney and Kupffer and
# endothelial cells in the liver were among the most heavily labelled at all doses and times, connective tissues were
# labelled, epithelial and muscle cells weakly or not, the signal moving from matrix at 2 hours to cells by 24 hours; no
# earlier claim's eligible records held it, the earlier queries that met it were about blocking gastrin in pancreatic
# cancer and commercial antibodies for dysferlin; among antisense oligonucleotides to gastrin, RNA interference against
# hepatitis B and C viruses and hepatocellular carcinoma, PRIMA-1 in liver cancer cells and the engraftment of
# intra-articular stem cells),
# GPRC5a knockout added to chemotherapy for pancreatic cancer cells (a laboratory study, PMID 29949874, 2018, typed
# Journal Article, that found GPRC5a upregulated in pancreatic cancer tissue and cell lines by data mining and knocked it
# out with CRISPR/Cas9 in the human MIA PaCa-2 and mouse TB32047 lines; knockout reduced proliferation and migration and
# suppressed the cells' resistance to gemcitabine, oxaliplatin and fluorouracil, with more GSK-3 beta phosphorylation;
# no earlier claim's eligible records held it, the earlier queries that met it were about encapsulated CYP2B1 cells with
# ifosfamide, Sestrin2 knockdown with 5-fluorouracil, chemotherapy and gemcitabine for advanced pancreatic cancer; among
# preoperative chemoradiation, 9-nitrocamptothecin, gemcitabine with fluorouracil, extended resection of pancreatic
# cancer and serine biosynthesis in BRAF inhibitor resistance), and
# schistosomiasis of the bladder and glutathione S-transferase and glutathione in bladder tissue (a case-control tissue
# study, PMID 9060083, 1997, typed Journal Article and Research Support, Non-U.S. Gov't, MeSH naming Schistosomiasis
# haematobia, of 40 squamous cell bladder cancers, 42 schistosomiasis cystitis samples and 9 healthy controls in Egypt;
# GST activity and glutathione were 2-fold higher in schistosomiasis bladder tissue than in control mucosa (p = 4 x 10-3
# and 1 x 10-3), and higher still in the cancers (4-fold over cystitis, 10-fold over controls), the authors pointing to a
# possible role in chemoresistance; no earlier claim's eligible records held it, the earlier queries that met it were
# about GSTT1 deletion and breast carcinoma, GSTM1 and GSTT1 and lymphoma, CIP2A knockdown with cisplatin and clotrimazole
# with doxorubicin; among dried blood spot Schistosoma CAA, hyperbaric oxygen in schistosomiasis mansoni, uPAR and mTORC2
# in bladder cancer, urinary proteomics and ketamine-associated urinary tract dysfunction). Synonyms name the claim's own
# exposure and condition, no wider.
# C1427 is a comparative mechanism claim with its comparator, resting on cell experiments; C1428 is a harm association
# resting on 90 tumours; C1429 is an equivalence claim (WT1 at diagnosis unrelated to remission and survival) resting on
# 68 patients; C1430 is a mechanism claim about rats and mice; C1431 is an add-on claim (GPRC5a knockout added to
# gemcitabine, oxaliplatin or fluorouracil) resting on cell lines; C1432 is a mechanism claim resting on 91 bladder
# tissue samples.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1427", "Macrophage MMP-8 drives hepatic stellate cell migration and collagen expression more than MMP-10 or MMP-13",
 "an enzyme called MMP-8, made by immune cells called macrophages, spurred the liver's scar-forming cells to move and make collagen more than two related enzymes, MMP-10 and MMP-13, did",
 ("MMP-8 (collagenase-2)", ['MMP-8 (Collagenase-2)', 'exogenous active MMP-8', 'macrophage MMP-8', 'MMP-8']),
 ("hepatic stellate cell activation and migration", ['activation and migration of hepatic stellate cells (HSCs)', 'HSC activation', 'HSCs activation',
                                                     'HSC cell migration', 'increased migration and COL1A1 expression']),
 '"hepatic stellate"[tiab] OR "stellate cells"[tiab] OR "MMP-8"[tiab] OR "matrix metalloproteinase"[tiab] OR "matrix metalloproteinases"[tiab] OR MMPs[tiab] OR '
 '((liver[tiab] OR hepatic[tiab]) AND (fibrosis[tiab] OR macrophage*[tiab] OR collagen[tiab] OR cirrhosis[tiab]))', 'effect',
 ("MMP-10 and MMP-13", ['MMP-10 and MMP-13', 'MMP-10', 'MMP-13']), None, 'mechanism', None),
("C1428", "Androgen receptor phosphorylation at serine 578 goes with poorer survival in hormone-naive prostate cancer",
 "prostate cancers in which the androgen receptor carries a phosphate tag at serine 578 were linked to a higher risk of dying from the disease",
 ("androgen receptor phosphorylation at serine 578", ['AR phosphorylated at Ser-578 (pARS578)', 'Androgen receptor phosphorylation status at serine 578',
                                                      'pARS578 expression', 'pARS578']),
 ("poor disease-specific survival in prostate cancer", ['poor outcome', 'lower disease-specific survival', 'decreased disease-specific survival']),
 '"androgen receptor"[tiab] OR ((prostate[tiab] OR prostatic[tiab]) AND (cancer[tiab] OR carcinoma[tiab] OR neoplasm*[tiab]) AND (prognos*[tiab] OR '
 'survival[tiab] OR relapse[tiab] OR recurrence[tiab] OR progression[tiab]))', 'effect', None, None, 'harm', None),
("C1429", "WT1 overexpression at diagnosis does not predict remission or survival in adult acute myeloid leukaemia",
 "a high level of the WT1 gene at diagnosis did not predict whether acute myeloid leukaemia in adults went into remission or how long patients lived",
 ("WT1 overexpression at diagnosis", ['WT1 overexpression at diagnosis', 'WT1 overexpression', "Wilms' tumor (WT1) gene overexpression"]),
 ("remission and survival in adult acute myeloid leukaemia", ['Complete remission (CR)', 'disease-free survival (DFS)', 'overall survival (OS)']),
 'WT1[tiab] OR myeloid[tiab] OR AML[tiab] OR "minimal residual disease"[tiab] OR ((leukemia[tiab] OR leukaemia[tiab] OR leukemic[tiab]) AND (prognos*[tiab] OR '
 'survival[tiab] OR remission[tiab] OR induction[tiab]))', 'equivalence', None, None, 'harm', None),
("C1430", "Intravenous phosphorothioate oligonucleotides collect in kidney proximal tubule cells and liver Kupffer and endothelial cells in rodents",
 "in rats and mice, phosphorothioate antisense molecules injected into a vein collected most heavily in the lining cells of the kidney's tubules and in the liver's scavenger and vessel-lining cells",
 ("intravenous phosphorothioate oligodeoxynucleotides", ['intravenously injected phosphorothioate oligodeoxynucleotides (P = S ODN)',
                                                         'phosphorothioate oligodeoxynucleotides', 'P = S ODN']),
 ("uptake into kidney proximal tubule cells and liver Kupffer and endothelial cells", ['Proximal tubule cells in the kidney', 'Kupffer and endothelial cells in the liver',
                                                                                       'most heavily labeled with P = S ODN']),
 'phosphorothioate*[tiab] OR oligonucleotide*[tiab] OR oligodeoxynucleotide*[tiab] OR antisense[tiab] OR "tissue distribution"[tiab] OR biodistribution[tiab] OR '
 '((siRNA[tiab] OR siRNAs[tiab] OR RNAi[tiab] OR "RNA interference"[tiab]) AND (vivo[tiab] OR mice[tiab] OR rats[tiab] OR liver[tiab]))', 'effect', None, None,
 'mechanism', ['mouse', 'rat']),
("C1431", "Adding GPRC5a knockout to gemcitabine, oxaliplatin or fluorouracil lowers the drug resistance of pancreatic cancer cells",
 "switching off a gene called GPRC5a made pancreatic cancer cells less resistant to the chemotherapy drugs gemcitabine, oxaliplatin and fluorouracil",
 ("GPRC5a knockout", ['Knockout of GPRC5a', 'GPRC5a knockout', 'gene editing of GPRC5a']),
 ("chemotherapy drug resistance of pancreatic cancer cells", ['chemotherapy drug resistance', 'enhanced drug resistance in PaCa cells']),
 'GPRC5a[tiab] OR ((pancreatic[tiab] OR pancreas[tiab]) AND (gemcitabine[tiab] OR oxaliplatin[tiab] OR fluorouracil[tiab] OR 5-FU[tiab] OR chemoresist*[tiab] OR '
 '"drug resistance"[tiab] OR chemosensitiv*[tiab] OR knockout[tiab] OR CRISPR[tiab]))', 'effect', None,
 ("gemcitabine, oxaliplatin or fluorouracil", ['gemcitabine, oxaliplatin, and fluorouracil', 'gemcitabine', 'oxaliplatin', 'fluorouracil']), 'benefit', None),
("C1432", "Schistosomiasis of the bladder raises glutathione S-transferase activity and glutathione in the bladder wall",
 "schistosomiasis of the bladder raises the activity of a detoxifying enzyme, glutathione S-transferase, and the level of glutathione in the bladder wall",
 ("schistosomiasis of the bladder", ['schistosomiasis cystitis', 'schistosomiasis bladder tissue', 'schistosomiasis cystitis tissue']),
 ("raised glutathione S-transferase activity and glutathione in bladder tissue", ['glutathione-S transferase activity', 'glutathione S-transferase/glutathione system',
                                                                                  'glutathione content', 'increased values were obtained for glutathione-S transferase']),
 'schistosom*[tiab] OR bilharz*[tiab] OR "glutathione S-transferase"[tiab] OR "glutathione-S transferase"[tiab] OR (bladder[tiab] AND (carcinoma[tiab] OR '
 'cancer[tiab] OR cystitis[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
