# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 60 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair:
# the serum tumour marker TUM2-PK against CA19-9 and CEA in the diagnosis of pancreatic cancer (a prospective study in
# 166 people, 38 with histologically proven pancreatic cancer, 28 with benign pancreatic lesions and 100 healthy blood
# donors, PMID 10216504, typed Clinical Trial, with a sensitivity for pancreatic cancer at a cut-off of 28 U/ml, 90%
# specificity, of 79% for TUM2-PK against 65% for CA19-9 and 22% for CEA, a good correlation of TUM2-PK with distant
# metastasis, p < 0.001, not found for CA19-9 and CEA, but TUM2-PK also raised in 64.3% of the benign pancreatic lesions;
# no earlier claim's eligible records held it, the earlier queries that met it were about CAMPAS-PX2 against CA19-9,
# CA19-9 in obstructive jaundice, CEA in pancreatic juice and chronic pancreatitis as a risk for pancreatic cancer;
# among CEA in pancreatic juice, CA19-9 in obstructive jaundice, CAMPAS-PX2, K-ras, p53 and HER-2/neu in pancreatic
# lesions, FISH in pancreatic ductal adenocarcinoma, 1p deletion mapping and FHIT in pancreatic cancer, disseminated
# tumour cells, two studies of serum neopterin, 9-nitrocamptothecin, an intrapancreatic accessory spleen, fibrinogen
# storage disease and a few records that only mention the words),
# isoniazid against rifampicin and pyrazinamide and the drug concentrations reached in tuberculous psoas abscesses and
# pleural effusions (intralesional concentrations measured 2 h after the dose in six pleural effusions and ten psoas
# abscesses, PMID 15581207, typed Clinical Trial, with isoniazid never below its MIC and its Cmax:MIC ratio always above
# 4, rifampicin below the MIC in 2 of 13 and at the desired ratio in only 4 of 13, pyrazinamide below the MIC in 8 of 9
# and on average 10 times too low, five of eight patients on all three drugs left with local isoniazid monotherapy, and
# the authors advising drainage as additional therapy; no earlier claim's eligible records held it, the earlier queries
# that met it were about percutaneous drainage for psoas abscess, anti-tuberculous drugs with drainage for tuberculous
# psoas abscess, local anti-tuberculosis drugs in spinal tuberculosis, spinal tuberculosis and psoas abscesses and
# aortitis syndrome with pleural effusion; among the management of psoas abscess, spinal tuberculosis in children, a
# tuberculous aortic aneurysm, a tuberculous psoas abscess operated during treatment for miliary tuberculosis, FDG
# PET-CT of skeletal tuberculosis, catheter drainage of lumbar tuberculosis, pleural effusion in aortitis syndrome and
# a Rhodococcus equi infection),
# chemotherapy for Hodgkin lymphoma and a disseminated Rhodococcus equi infection (a case report of a 43-year-old woman
# who developed R. equi pulmonary infection after multiple courses of chemotherapy for Hodgkin lymphoma, then bacteraemia,
# sepsis and spread to brain, psoas, pericardium, bone and disc, PMID 24697022, cured after 12 months of combined
# antibiotics with drainage of abscesses and empyema, the authors calling R. equi an opportunistic pathogen mainly of
# immunocompromised hosts; no earlier claim's eligible records held it, the earlier queries that met it were about
# endocarditis and spinal epidural abscess, meropenem and imipenem, antibiotics for immunoproliferative small intestinal
# disease and for pyogenic spondylodiscitis, the Clagett procedure, LDH-5 in lung cancer and VanX; among R. equi
# vertebral osteomyelitis in a liver transplant recipient, vertebral osteomyelitis in an immunosuppressed patient with
# rheumatoid arthritis, a spinal epidural abscess from pulmonary zygomycosis during leukaemia chemotherapy, craniocervical
# and intramedullary tuberculosis and HIV-associated oral lesions),
# the 28-8 and SP263 PD-L1 immunohistochemistry assays against the 22C3 assay in advanced lung adenocarcinoma biopsies (a
# multicentre retrospective study of 57 biopsy specimens from four centres stained with 22C3, 28-8, SP263 and SP142,
# PMID 30423607, typed with an English abstract, with 22C3 used as the standard, tumour cell staining consistency higher
# among 22C3, 28-8 and SP263, rho = 0.729-0.809, high agreement between the two readers, most of all for 22C3 and SP263,
# and the authors concluding that 22C3, 28-8 and SP263 show high consistency in tumour cell staining; no earlier claim's
# eligible records held it, the earlier queries that met it were about PD-L1 testing of bronchoscopic cytology specimens
# and anti-KIR with anti-PD-1 antibodies; among PD-L1 testing of cytology specimens, LAG-3 and KIR expression in
# non-small cell lung cancer, anti-KIR with anti-PD-1/PD-L1 antibodies, metformin and PD-L1 degradation, four ALK
# antibodies, BRCA1, MHC class II and LDH-5 in lung cancer and ERBB2 and cetuximab),
# Akt haploinsufficiency and pulmonary fibrosis in mice (a laboratory study in which Akt phosphorylated mevalonate
# diphosphate decarboxylase at Ser96, raising Rac1 activity and macrophage survival, PMID 25378391, with Akt(+/-) mice
# having less active Rac1 and more active caspase-9 and -3 in alveolar macrophages and being significantly protected from
# the development of pulmonary fibrosis; no earlier claim's eligible records held it, the earlier queries that met it were
# about sustained TGF-beta signalling and fibrosis and vicarious social defeat stress in mice; among an Akt3 splice
# variant in mammary tumorigenesis, AMPK and Akt activation, Sestrin2 and AKT signalling, PDK1 and SGK1 in cystic
# fibrosis, mTORC2 and uPAR in bladder cancer, CIP2A and cisplatin, Axl in prostate cancer, hyperinsulinaemia in the
# mouse heart and physalin A in disc degeneration), and
# automated analysis of high-resolution microendoscopic images and the detection of neoplasia in Barrett's oesophagus (a
# study of 230 sites in 58 patients imaged with a fibreoptic high-resolution microendoscope during standard endoscopy,
# registered as NCT01384227 and NCT02018367, PMID 26253018, with a fully automated sequential classification algorithm
# built on glandular and cellular features reaching, against histopathology, a sensitivity of 84% and a specificity of
# 85%, and 88% and 85% in an independent validation set, the authors calling it a pilot study; no earlier claim's
# eligible records held it, the earlier queries that met it were about oesophageal remodelling in eosinophilic
# oesophagitis and oesophagectomy for oesophageal squamous cell cancer; among the biopsy "pull" sign in eosinophilic
# oesophagitis, intraluminal brachytherapy, paclitaxel, heat shock and ezrin in oesophageal cancer, oesophageal cancer
# in Africa, a multistage resection of cardia cancer, cerebral gas embolism during upper endoscopy and a few records that
# only mention the words). Synonyms name the claim's own exposure and condition, no wider. C1373 and C1374 are
# comparative effect claims with their comparators, each resting on a study typed Clinical Trial; C1375 is a harm claim
# resting on a case report; C1376 is a head-to-head equivalence claim resting on a comparison of four assays on the same
# biopsies; C1377 is about mice; C1378 is an effect claim without a comparator resting on a registered diagnostic study.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1373", "The serum tumour marker TUM2-PK detects pancreatic cancer more sensitively than CA19-9 and CEA",
 "a blood test for the enzyme TUM2-PK picks up pancreatic cancer more often than the usual markers CA19-9 and CEA",
 ("TUM2-PK serum tumour marker", ['TUM2-PK', 'pyruvate kinase type tumor M2', 'tumor marker pyruvate kinase type tumor M2']),
 ("diagnosis of pancreatic cancer", ['pancreatic cancer', 'malignant and metastasizing pancreatic lesions']),
 '("TUM2-PK"[tiab] OR "M2-PK"[tiab] OR "pyruvate kinase"[tiab] OR marker*[tiab] OR "CA19-9"[tiab] OR "CA 19-9"[tiab] OR CEA[tiab]) AND '
 '(pancreatic[tiab] OR pancreas[tiab]) AND (cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab] OR lesions[tiab])', 'effect',
 ("CA19-9 and CEA", ['CA19-9', 'CA 19-9', 'CEA']), None, 'benefit', None),
("C1374", "Isoniazid reaches effective concentrations in tuberculous psoas abscesses and pleural effusions, while rifampicin and pyrazinamide mostly do not",
 "the drug isoniazid gets into the pus and fluid at effective levels, whereas rifampicin and pyrazinamide mostly do not",
 ("isoniazid", ['isoniazid (INH)', 'INH']),
 ("intralesional drug concentrations in tuberculous psoas abscesses and pleural effusions", ['tuberculous psoas abscesses', 'tuberculous pleural effusions',
                                                                                             'intralesional concentrations', 'Cmax:MIC ratio']),
 '(isoniazid[tiab] OR rifampicin[tiab] OR rifampin[tiab] OR pyrazinamide[tiab] OR antitubercul*[tiab] OR "anti-tuberculosis"[tiab] OR antituberculosis[tiab] OR '
 '"anti-tuberculous"[tiab]) AND (psoas[tiab] OR pleural[tiab] OR penetration[tiab] OR concentration*[tiab] OR "drug levels"[tiab])', 'effect',
 ("rifampicin and pyrazinamide", ['rifampicin (RMP)', 'pyrazinamide (PZA)', 'RMP', 'PZA']), None, 'benefit', None),
("C1375", "Chemotherapy for Hodgkin lymphoma can lead to a disseminated Rhodococcus equi infection",
 "it can open the way to a rare infection with the bacterium Rhodococcus equi that starts in the lung and spreads to the brain, the bones and the muscles",
 ("chemotherapy for Hodgkin lymphoma", ['multiple courses of chemotherapy', 'chemotherapy']),
 ("disseminated Rhodococcus equi infection", ['Rhodococcus equi infection', 'R equi pulmonary infection', 'dissemination of R equi infection']),
 'Rhodococcus[tiab] OR ((Hodgkin*[tiab] OR lymphoma[tiab] OR chemotherapy[tiab] OR immunocompromised[tiab] OR immunosuppress*[tiab]) AND '
 '(opportunistic[tiab] OR disseminated[tiab] OR bacteremia[tiab] OR bacteraemia[tiab] OR sepsis[tiab] OR pneumonia[tiab]) AND (infection*[tiab] OR abscess*[tiab]))',
 'effect', None, None, 'harm', None),
("C1376", "The 28-8 and SP263 PD-L1 immunohistochemistry assays stain tumour cells in lung adenocarcinoma biopsies as consistently as the 22C3 assay",
 "the 28-8 and SP263 staining tests are as good as the 22C3 test at showing how many tumour cells carry the marker",
 ("28-8 and SP263 PD-L1 immunohistochemistry assays", ['28-8 (Abcam)', 'SP263 (Ventana)', '28-8', 'SP263']),
 ("PD-L1 tumour cell staining in advanced lung adenocarcinoma biopsies", ['programmed death ligand 1 (PD-L1) expression', 'advanced lung adenocarcinoma',
                                                                          'staining consistency of tumor cells']),
 '"PD-L1"[tiab] OR "PD-1"[tiab] OR "programmed death"[tiab] OR ((immunohistochem*[tiab] OR antibod*[tiab]) AND ("lung adenocarcinoma*"[tiab] OR '
 '"non-small cell lung"[tiab] OR NSCLC[tiab]))', 'equivalence',
 ("22C3 PD-L1 immunohistochemistry assay", ['22C3 (Dako)', 'Dako 22C3', '22C3']), None, 'benefit', None),
("C1377", "Partial loss of Akt protects mice from pulmonary fibrosis",
 "In mice, having only half the usual amount of the enzyme Akt protects the lungs from scarring",
 ("Akt haploinsufficiency", ['Akt(+/-) mice', 'Akt']),
 ("pulmonary fibrosis", ['development of pulmonary fibrosis', 'fibrotic phenotype']),
 '"pulmonary fibrosis"[tiab] OR "lung fibrosis"[tiab] OR ((Akt[tiab] OR "protein kinase B"[tiab]) AND (fibrosis[tiab] OR fibrotic[tiab] OR macrophage*[tiab] OR '
 'survival[tiab] OR mice[tiab]))', 'effect', None, None, 'benefit', ['mouse']),
("C1378", "Automated analysis of high-resolution microendoscopic images detects neoplasia in Barrett's oesophagus",
 "a computer program that analyses pictures from a tiny high-resolution microscope passed down the endoscope can pick out the areas that have turned precancerous or cancerous",
 ("automated analysis of high-resolution microendoscopic images", ['quantitative image analysis of microendoscopic images', 'high-resolution microendoscope',
                                                                   'automated image processing algorithm']),
 ("neoplasia in Barrett's oesophagus", ["Barrett's esophagus (BE)", 'neoplastic lesions', 'neoplasia']),
 '"Barrett*"[tiab] OR microendoscop*[tiab] OR ((esophag*[tiab] OR oesophag*[tiab]) AND (neoplasia[tiab] OR dysplasia[tiab] OR adenocarcinoma[tiab] OR '
 'cancer[tiab] OR carcinoma[tiab] OR endoscop*[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
