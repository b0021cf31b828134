# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last ten sets, with anchors drawn from ophthalmology,
# laboratory oncology, immunology and genetics:
# the M39R rhodopsin mutation against wild-type rhodopsin for transducin activation (a laboratory study, PMID 25359768,
# 2014, typed Journal Article and Research Support, Non-U.S. Gov't, MeSH naming Retinitis Pigmentosa, Rhodopsin, Mutation,
# Missense and COS Cells, that identified the novel M39R and N55K rhodopsin variants in patients with sector retinitis
# pigmentosa, built them by site-directed mutagenesis and expressed them in heterologous cells; neither opsin was grossly
# misfolded or mistrafficked, M39R showed a faster rate for transducin activation than WT rhodopsin with a faster
# metarhodopsin II decay, while N55K activated transducin more slowly and released retinal abnormally, the authors
# suggesting that the different protein phenotypes may relate to different clinical progression; no earlier claim's
# eligible records held it, and the earlier queries that met it were about light exposure and inherited retinal
# degeneration in mice and continuous light and gastric melatonin cells in rats; among whirlin and PDZD7 in Usher
# syndrome type 2, semaphorin 3A in oxygen-induced retinopathy in rats, magnetic nanoparticles and neuronal filopodia,
# eyespots of larval chitons and pepducins and LPA2 at G-protein-coupled receptors),
# osteopontin and survival and relapse in intrahepatic cholangiocarcinoma (a laboratory and tissue study, PMID 29415992,
# 2018, typed Journal Article and Research Support, Non-U.S. Gov't, MeSH naming nude mice and heterografts, that found
# OPN elevated in plasma and tumour tissue of ICC patients and closely related to shorter overall survival and a high
# probability of relapse after curative resection, OPN, beta-catenin and their combination being independent prognostic
# indicators; gain- and loss-of-function work showed OPN promoting ICC growth and metastasis through MAPK1 and S675
# phosphorylation of beta-catenin; the abstract gives no patient count; no earlier claim's eligible records held it, and
# the only earlier query that met it was the one about Wnt-5a and mitochondrial fusion in neurons; among PKC-zeta and
# beta-catenin in colorectal cancer cells, CA19-9 in obstructive jaundice, K-ras codon 12 in bile duct stenosis and
# EUROCARE survival for liver, pancreatic and biliary tract cancer),
# STAT and NF-kB activation in blood leukocytes and disease activity in axial spondyloarthritis (a case-control study,
# PMID 26671920, 2015, typed Journal Article and Research Support, Non-U.S. Gov't, of 46 axSpA patients and 19 healthy
# controls with STAT1, 3, 4, 5 and 6, NF-kB and JAK3 measured by immunocytochemistry in peripheral blood leukocytes; all
# were higher in patients than in controls, STAT4 correlated with ESR, but there was no correlation between STAT, NF-kB
# and JAK3 expression and ASDAS, BASDAI and BASFI; nine patients on TNF-alpha inhibitors had higher NF-kB and STAT6
# despite lower disease activity; a finding of no correlation with the activity scores supports the claim; no earlier
# claim's eligible records held it, and the earlier queries that met it were about JAK inhibition in axial
# spondyloarthritis (a drug, not a leukocyte marker: a different pairing) and CK2 and STAT3 in CLL cells; among NSAIDs
# with NF-kB inhibitors in ovarian cancer, an abscess under a TNF-alpha antagonist, amnion cells and LPS-stimulated THP-1
# cells and Japanese quince flavanols and NF-kappaB in colon cancer cells),
# neuron-specific Pten knockout and S499-phosphorylated FMRP in the mouse hippocampus (a laboratory study, PMID 26580204,
# 2015, typed Comparative Study, Journal Article and Research Support, N.I.H., Extramural, MeSH naming Mice, Knockout,
# Hippocampus, Synaptosomes and Fragile X Syndrome, that compared two commercial S499-phospho-FMRP antibodies by western
# blot of hippocampal synaptosomes from NS-Pten KO and Fmr-1 KO mice; both antibodies found a significant increase in
# phosphorylated FMRP in NS-Pten KO mice against wild type, with much more variability for the abcam antibody, which also
# gave a band in Fmr-1 KO mice and was judged neither specific nor selective; no earlier claim's eligible records held it,
# and the earlier queries that met it were about loss of Fmr1 and neocortical connectivity in mice, loss of PTEN in lung
# carcinogenesis, commercial AT1 receptor antibodies and polyclonal against monoclonal CD146 antibodies; among a PTEN
# immunohistochemistry assay, PTEN and TOP2A in DNA decatenation and ER serine 294 phosphorylation),
# p38 MAPK inhibition added to hydrogen peroxide for colorectal cancer cells (a laboratory study, PMID 28864417, 2017,
# typed Journal Article, MeSH naming HCT116 Cells, Hydrogen Peroxide and p38 Mitogen-Activated Protein Kinases, in which
# hydrogen peroxide induced TIF1beta Ser473 phosphorylation in the DLD-1 and HCT116 lines mainly through p38 MAPK;
# chemical inhibition of p38 MAPK and p42/44 MAPK reduced that phosphorylation and increased CRC cell death upon peroxide
# exposure, the authors proposing that TIF1beta activation aids DNA repair and tumour cell survival against exogenous
# ROS; the inhibitors blocked both kinases; no earlier claim's eligible records held it, and the earlier queries that met
# it were about hydrogen peroxide and superoxide dismutase, the Vibrio peroxiredoxin Prx3 and serine and glycine
# starvation; among 3-bromopyruvate in glioblastoma cells, resveratrol in C6 glioma cells, AXL and p53 in melanoma and
# PRP and adipose stem cell signalling), and
# the heritability of endometriosis (a twin registry study, PMID 26209831, 2015, typed Journal Article and Research
# Support, N.I.H., Extramural and Non-U.S. Gov't, of 28,370 female monozygotic and dizygotic twins from a nationwide
# population-based registry, with self-reported endometriosis validated by medical records; 1,228 reported endometriosis,
# probandwise concordance was 0.21 in MZ and 0.10 in DZ twins, and the best-fitting model gave 47% to additive genetic
# factors and 53% to unique environmental effects; no earlier claim's eligible records held it, and the earlier queries
# that met it were about soy formula and endometriosis, continuous against cyclic oral contraceptives after endometriosis
# surgery and obstetric complications of endometriosis; among early-life factors and endometriosis risk, plasma miR-200
# in endometriosis, DNMT3B in endometriotic stromal cells and treatments for deep endometriosis). Synonyms name the
# claim's own exposure and condition, no wider.
# C1445 is a comparative mechanism claim with its comparator, resting on cell experiments; C1446 is a harm association
# resting on patients' plasma and tumours of unstated number; C1447 is an equivalence claim (leukocyte STAT and NF-kB
# activation unrelated to disease activity scores) resting on 46 patients; C1448 is a mechanism claim about mice;
# C1449 is an add-on claim (p38 MAPK inhibition added to hydrogen peroxide) resting on two cell lines; C1450 is a harm
# (genetic risk) claim resting on a twin registry.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1445", "The M39R rhodopsin mutation of sector retinitis pigmentosa activates transducin faster than wild-type rhodopsin",
 "a change in the rhodopsin gene called M39R, found in people with a patchy form of retinitis pigmentosa, made the eye's dim-light protein switch on its signalling partner, transducin, faster than normal rhodopsin does",
 ("M39R rhodopsin mutation", ['M39R', 'M39R opsin', 'M39R rhodopsin']),
 ("transducin activation by rhodopsin", ['rate for transducin activation', 'faster rate for transducin activation', 'transducin activation']),
 'rhodopsin[tiab] OR "retinitis pigmentosa"[tiab] OR opsin[tiab] OR opsins[tiab] OR transducin[tiab] OR photoreceptor*[tiab] OR "retinal degeneration"[tiab] OR '
 'retina[tiab] OR retinal[tiab] OR "G-protein-coupled receptor"[tiab] OR "G protein-coupled receptor"[tiab]', 'effect',
 ("wild-type rhodopsin", ['WT rhodopsin', 'WT opsin', 'wild-type rhodopsin']), None, 'mechanism', None),
("C1446", "High osteopontin goes with shorter survival and relapse after resection of intrahepatic cholangiocarcinoma",
 "high levels of a protein called osteopontin in the blood and tumours of people with intrahepatic cholangiocarcinoma went with shorter survival and with the cancer returning after surgery",
 ("high osteopontin (OPN)", ['Osteopontin (OPN)', 'OPN level was elevated', 'osteopontin', 'OPN']),
 ("shorter survival and relapse after resection of intrahepatic cholangiocarcinoma", ['shorter overall survival (OS)',
                                                                                       'high probability of tumor relapse after curative resection', 'tumor relapse']),
 'osteopontin[tiab] OR cholangiocarcinoma*[tiab] OR "bile duct"[tiab] OR "biliary tract"[tiab] OR "β-catenin"[tiab] OR "beta-catenin"[tiab] OR MAPK1[tiab] OR '
 '((liver[tiab] OR hepatic[tiab] OR intrahepatic[tiab]) AND (cancer[tiab] OR carcinoma[tiab]) AND (relapse[tiab] OR recurrence[tiab] OR "overall survival"[tiab]) AND '
 '(resection[tiab] OR resected[tiab]))', 'effect', None, None, 'harm', None),
("C1447", "Leukocyte STAT and NF-κB activation does not track disease activity in axial spondyloarthritis",
 "how strongly the white blood cells of people with axial spondyloarthritis switch on the inflammation signals STAT and NF-κB did not track how active their disease was",
 ("STAT and NF-κB activation in peripheral blood leukocytes", ['transcription factors STAT and NF-κB', 'transcription factors STAT-s and NF-κB', 'STAT and NF-κB']),
 ("disease activity in axial spondyloarthritis", ['disease activity', 'ASDAS, BASDAI, and BASFI', 'ASDAS', 'BASDAI']),
 'spondyloarthritis[tiab] OR "ankylosing spondylitis"[tiab] OR axSpA[tiab] OR ((STAT[tiab] OR STATs[tiab] OR STAT1[tiab] OR STAT3[tiab] OR STAT4[tiab] OR '
 '"NF-kappaB"[tiab] OR "NF-κB"[tiab] OR "NF-kB"[tiab]) AND (leukocyte*[tiab] OR "disease activity"[tiab] OR autoimmun*[tiab] OR inflammation[tiab] OR inflammatory[tiab]))',
 'equivalence', None, None, 'harm', None),
("C1448", "Loss of neuronal Pten raises S499-phosphorylated FMRP in the mouse hippocampus",
 "in mice whose nerve cells lack the PTEN gene, more of the fragile X protein FMRP carried a phosphate tag at serine 499 in the hippocampus",
 ("neuron-specific Pten knockout", ['NS-Pten knockout (KO)', 'NS-Pten KO mice', 'NS-Pten KO']),
 ("S499-phosphorylated FMRP in the hippocampus", ['S499-phosphorylated FMRP', 'phosphorylated FMRP levels', 'phosphorylated FMRP']),
 'FMRP[tiab] OR "fragile X"[tiab] OR Fmr1[tiab] OR "Fmr-1"[tiab] OR PTEN[tiab] OR synaptosom*[tiab] OR (phospho*[tiab] AND (antibody[tiab] OR antibodies[tiab]) AND '
 '(knockout[tiab] OR KO[tiab] OR mice[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1449", "Blocking p38 MAPK on top of hydrogen peroxide increases colorectal cancer cell death",
 "blocking an enzyme called p38 MAP kinase, on top of exposure to hydrogen peroxide, killed more colorectal cancer cells than hydrogen peroxide alone",
 ("p38 MAPK inhibition", ['Chemical inhibition of p38 MAPK', 'inhibition of p38 MAPK']),
 ("colorectal cancer cell survival under oxidative stress", ['CRC cell death upon peroxide exposure', 'tumor cell survival against exogenous ROS']),
 'p38[tiab] OR "hydrogen peroxide"[tiab] OR TIF1beta[tiab] OR "TIF1β"[tiab] OR KAP1[tiab] OR TRIM28[tiab] OR ((colorectal[tiab] OR colon[tiab]) AND (oxidative[tiab] OR '
 'ROS[tiab] OR "reactive oxygen"[tiab] OR "DNA repair"[tiab]))', 'effect', None,
 ("hydrogen peroxide", ['hydrogen peroxide', 'peroxide exposure', 'peroxide']), 'benefit', None),
("C1450", "Genetic factors account for about half of the risk of endometriosis",
 "genes account for close to half of the risk of endometriosis, with the rest put down to each woman's own environment",
 ("genetic factors", ['additive genetic factors', 'genetic influences', 'genes']),
 ("endometriosis", ['endometriosis', 'self-reported endometriosis', 'history of endometriosis']),
 'endometriosis[tiab] OR heritab*[tiab] OR monozygotic[tiab] OR dizygotic[tiab] OR (twin[tiab] AND registry[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
