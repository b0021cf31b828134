# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 62 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from fresh165's, fresh166's and fresh167's topics:
# FDG-PET against conventional imaging for telling pancreatic cancer from chronic pancreatitis (a comparative
# diagnostic study, PMID 10100786, 1999, typed Comparative Study, of FDG-PET in 48 patients with chronic pancreatitis
# (12), acute pancreatitis (3) or pancreatic cancer (27) and 6 controls, with histology in all patients, read without
# knowledge of the other imaging and compared with CT, ultrasonography, ERCP, operative findings and histology; with
# standard uptake value cut-offs of more than 4.0 for cancer and 3.0-4.0 for chronic pancreatitis, sensitivity and
# specificity were 0.96 and 1.0 for pancreatic cancer and 1.0 and 0.97 for chronic pancreatitis, and in five cases only
# FDG-PET led to the correct preoperative diagnosis; outside knee cartilage the only unused record resting on randomized
# trials (PMID 10050982) re-analyses two chemotherapy-against-supportive-care trials for the Clinical Benefit Response
# measure rather than reporting their results, so this comparison of PET with conventional imaging in the same patients
# stands in for a trial; no earlier claim's
# eligible records held it, the earlier queries that met it were about FDG PET for liver metastases from pancreatic
# cancer, chronic pancreatitis as a risk for pancreatic cancer and pancreatic cancer causing diabetes; among CEA in
# pancreatic juice, FDG PET for liver metastases, soluble IL-2 receptor, neopterin, serum growth factors, angiogenin in
# chronic pancreatitis, TUM2-PK, K-ras and p53 immunohistochemistry, hereditary pancreatitis and trypsinogen, EUS- and
# CT-guided celiac plexus block, preoperative chemoradiation, FDG PET in iliopsoas abscess and skeletal tuberculosis and
# [18F]CFA PET),
# a pre-transplant diagnosis of alcohol dependence and drinking again after liver transplantation for alcoholic liver
# disease (a cluster analysis of 120 liver transplant recipients with alcoholic liver disease, PMID 18621939, typed
# Research Support, N.I.H., Extramural, given the SCID module for alcohol abuse/dependence; within the alcohol
# dependence clusters, cluster assignment did not predict who drank, but recipients in the alcohol abuse cluster were
# significantly less likely to drink than those with alcohol dependence, the authors concluding that the prognosis for
# continued abstinence after transplant is much better with a diagnosis of abuse than with dependence; no earlier
# claim's eligible records held it, the earlier queries that met it were about alcohol and mortality from drug-induced
# liver injury and liver transplantation for alcoholic liver disease; among ketamine urinary tract dysfunction, DSM-5
# substance use disorders, drug-induced liver injury, MMP-8 and hepatic stellate cells, a Rhodococcus equi vertebral
# osteomyelitis in a liver transplant recipient, insomnia and hypertension and methanol poisoning at autopsy),
# a broad neutralizing antibody response to HIV-1 and disease progression (a longitudinal seroincident cohort, PMID
# 19640996, typed Research Support, N.I.H., Extramural, of 70 HIV-infected antiretroviral-naive Kenyan women, with NAb
# breadth measured 5 years after infection against five subtype A viruses and one subtype B virus; greater breadth went
# with a higher viral load set point and greater early env diversity, but was not associated with a delayed time to a
# CD4 count below 200, antiretroviral therapy or death, so a finding of no difference supports the claim; no earlier
# claim's eligible records held it, the earlier queries that met it were about an Ad36 neutralizing antibody test, HIV
# drugs and MUC1 in cervical cancer cells and HIV infection and psoas abscess; among HIV-1 polymerase genotypes in
# Cameroon, HIV-1 antigen homologues in bacteria, HAART and apoptosis genes in cervical cell lines, dermatophytosis and
# cervical HPV in HIV infection, the HIV continuum of care, HIV-1 Tat and tau, an infant HIV tracking system, AIDS-related
# lymphoma and psoas abscess in the HIV era),
# dietary DAB and the drug-metabolizing enzymes of rat liver (a 1975 feeding study in rats, PMID 148, typed Journal
# Article, MeSH naming Rats, of a relatively low-protein diet with 0.06% N,N-dimethyl-4-phenylazoaniline for 29 weeks:
# DAB-azoreductase, nitroreductase, N-oxidase, N-demethylase, cytochrome P-450 and NADPH-cytochrome c reductase fell
# rapidly to minima between 4 and 8 weeks and then rose to control or nearly control levels, cytochrome P-450 most
# slowly, while beta-glucuronidase and arylsulphatase A rose early, the two liver lobes differed, and phenobarbital
# pretreatment raised azoreductase and nitroreductase in dye-fed rats; no earlier claim's eligible records held it, the
# earlier queries that met it were about phenobarbital and liver aldehyde dehydrogenase in rats, patent blue in
# chromodiscography and cytochrome c bound to cardiolipin; among phenobarbital induction of glutathione S-epoxide
# transferase, acetyl CoA synthetase and aldehyde dehydrogenase, digitoxin metabolism by rat liver microsomes, procaine
# and isocarboxazid metabolism, the CB10-252 azoreductase, liver microsomal beta-glucuronidase, allo bile acids,
# hexachlorobenzene porphyria in rabbits and a cytochrome P450 in encapsulated cells for chemotherapy),
# CIP2A knockdown added to cisplatin for bladder cancer in mice (a laboratory study in bladder cancer cell lines and a
# subcutaneous xenograft model, PMID 30106121, typed Journal Article, MeSH naming BALB/c nude mice, in which shRNA
# knockdown of CIP2A enhanced cisplatin (DDP) sensitivity, accelerated DDP-induced DNA damage and apoptosis, DDP
# inhibited CIP2A by preventing AKT Ser473 phosphorylation, and in vivo CIP2A suppression increased the cytotoxicity
# of DDP and decreased subcutaneous tumour growth; no earlier claim's eligible records held it, the earlier queries that
# met it were about FK317 against tumour xenografts, partial loss of Akt and pulmonary fibrosis in mice and cisplatin
# in ovarian cancer cells; among glutathione S-transferase in schistosomal bladder cancer, NANOG silencing and uPAR and
# mTORC2 in bladder cancer, bladder-preserving combined-modality therapy, urinary proteomics for muscle-invasive bladder
# cancer, FK317 xenografts, p53 in cisplatin-resistant ovarian tumour cells, 3-bromopyruvate, ombrabulin with docetaxel
# and cisplatin, lobaplatin and heat-shock thermosensitization), and
# an hCG- and symptom-based early pregnancy algorithm after IVF for ectopic and heterotopic pregnancy (an analysis of
# prospectively collected data on all 3,904 ART-conceived pregnancies at one academic centre from 1995 to 2013, PMID
# 26260201, typed Journal Article, every pregnancy screened by hCG levels and reported symptoms with early ultrasound if
# hCG was abnormal or there was pain or bleeding; incidence of ectopic and heterotopic pregnancy 0.77% and 0.46%, the
# algorithm selected 96.7% and 83.3% of them for early ultrasound, leading to earlier treatment, and first and second
# hCG, hCG slope, age, pain and bleeding independently predicted early pregnancy failure, with no comparison group; no
# earlier claim's eligible records held it, the earlier queries that met it were about the number of retrieved oocytes
# and ectopic pregnancy and natural against hormone-replacement cycles for frozen embryo transfer; among ectopic
# pregnancy and oocyte number, late follicular progesterone in IUI, AMH assays and AMH and live birth, men's meat intake,
# chronic endometritis and recurrent pregnancy loss, blastocyst transfer outcomes, paternal age, endometriosis and a
# natural-cycle frozen embryo transfer trial). Synonyms name the claim's own exposure and condition, no wider.
# C1397 is a comparative effect claim with its comparator, resting on PET and conventional imaging in the same 48
# patients; C1398 is a harm association resting on 120 transplant recipients; C1399 is an equivalence claim (no slower
# progression with a broad response than with a narrower one) resting on one cohort of 70 women; C1400 is a mechanism
# claim about rats; C1401 is an add-on claim (CIP2A knockdown added to cisplatin) about mice; C1402 is a benefit claim
# resting on one centre's uncontrolled series.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1397", "FDG-PET distinguishes pancreatic cancer from chronic pancreatitis better than CT, ultrasonography and ERCP",
 "a PET scan with radioactive glucose (FDG-PET) told pancreatic cancer apart from chronic pancreatitis more reliably than CT, ultrasound or ERCP",
 ("FDG-PET", ['FDG-PET', 'Positron emission tomography (PET) with 2-[18F]fluoro-2-deoxy-D-glucose (FDG)', 'PET imaging', 'positron emission tomography with 2-[18F]fluoro-2-deoxy-D-glucose']),
 ("differentiation of chronic pancreatitis and pancreatic cancer", ['differentiation of chronic pancreatitis and pancreatic cancer', 'chronic pancreatitis',
                                                                  'pancreatic cancer', 'unclear pancreatic mass']),
 '"positron emission"[tiab] OR FDG[tiab] OR fluorodeoxyglucose[tiab] OR "fluoro-2-deoxy"[tiab] OR (pancreatitis[tiab] AND (cancer[tiab] OR '
 'carcinoma[tiab] OR adenocarcinoma[tiab]))', 'effect',
 ("CT, ultrasonography and ERCP", ['computed tomography', 'ultrasonography', 'endoscopic retrograde cholangiopancreaticography', 'modern imaging techniques']),
 None, 'benefit', None),
("C1398", "A pre-transplant diagnosis of alcohol dependence predicts drinking again after liver transplantation for alcoholic liver disease",
 "a diagnosis of alcohol dependence before the transplant, rather than alcohol abuse, raises the risk of a return to drinking afterwards",
 ("pre-transplant diagnosis of alcohol dependence", ['alcohol dependence', 'pre-transplant diagnosis of alcohol dependence', 'criteria for alcohol dependence']),
 ("drinking after liver transplantation for alcoholic liver disease", ['post-transplant alcohol use', 'relapse to alcohol use', 'alcohol use after liver transplantation',
                                                                     'alcohol-abuse outcome after transplant']),
 '"alcohol use"[tiab] OR "alcohol abuse"[tiab] OR "alcohol dependence"[tiab] OR alcoholism[tiab] OR "alcoholic liver"[tiab] OR "alcohol consumption"[tiab] OR '
 '"alcohol intake"[tiab] OR "liver transplant*"[tiab] OR "substance use"[tiab] OR "substance abuse"[tiab] OR "psychoactive substance*"[tiab] OR '
 '"drug abuse"[tiab] OR ketamine[tiab]', 'effect', None, None, 'harm', None),
("C1399", "A broad neutralizing antibody response to HIV-1 does not delay disease progression compared with a narrower response",
 "a broad neutralising antibody response to HIV does not slow the progression of the infection any more than a narrower response",
 ("broad neutralizing antibody response to HIV-1", ['broad neutralizing antibody (NAb) response', 'broad NAb response', 'greater NAb response breadth', 'NAb response breadth']),
 ("HIV-1 disease progression", ['HIV-1 disease progression', 'disease progression', 'CD4(+) T-cell count of <200']),
 'HIV[tiab] OR "human immunodeficiency virus"[tiab] OR "neutralizing antibod*"[tiab] OR "neutralising antibod*"[tiab]', 'equivalence',
 ("narrower neutralizing antibody response", ['narrower NAb response', 'less NAb response breadth']), None, 'benefit', None),
("C1400", "Dietary DAB depresses the drug-metabolizing enzymes of rat liver",
 "In rats, a diet containing the azo dye DAB lowered the activity of the liver enzymes that break down drugs",
 ("dietary DAB (N,N-dimethyl-4-phenylazoaniline)", ['N,N-dimethyl-4-phenylazoaniline (DAB)', 'DAB', 'diet containing 0.06% DAB', 'dye feeding', 'DAB-fed']),
 ("activity of drug-metabolizing enzymes in rat liver", ['drug-metabolizing enzymes in rat liver', 'DAB-azoreductase', 'nitroreductase', 'N-demethylase',
                                                         'cytochrome P-450', 'NADPH-cytochrome c reductase']),
 'azo*[tiab] OR "dimethylaminoazobenzene"[tiab] OR DAB[tiab] OR "drug-metabolizing"[tiab] OR "drug metabolizing"[tiab] OR "cytochrome P-450"[tiab] OR '
 '"cytochrome P450"[tiab] OR phenobarbit*[tiab] OR methylcholanthrene[tiab] OR (liver[tiab] AND microsom*[tiab])',
 'effect', None, None, 'mechanism', ['rat']),
("C1401", "Adding CIP2A knockdown to cisplatin suppresses bladder cancer growth in mice",
 "adding the silencing of a protein called CIP2A to cisplatin chemotherapy slowed the growth of bladder cancer tumours",
 ("CIP2A knockdown", ['CIP2A knockdown', 'knockdown of CIP2A', 'CIP2A depletion', 'CIP2A suppression', 'cancerous inhibitor of protein phosphatase 2A (CIP2A)']),
 ("bladder cancer growth", ['bladder cancer', 'advanced bladder cancer', 'bladder cancer cells', 'subcutaneous tumor growth']),
 'cisplatin[tiab] OR DDP[tiab] OR CIP2A[tiab] OR "bladder cancer"[tiab] OR ((chemosensitiv*[tiab] OR chemoresistan*[tiab] OR "drug resistance"[tiab]) AND '
 '(xenograft*[tiab] OR mice[tiab]))', 'effect', None,
 ("cisplatin", ['cisplatin (DDP)', 'cisplatin', 'DDP', 'DDP-based therapy']), 'benefit', ['mouse']),
("C1402", "An hCG- and symptom-based early pregnancy algorithm with early ultrasound detects ectopic and heterotopic pregnancies early after IVF",
 "checking hCG hormone levels and symptoms early in every IVF pregnancy, with an early ultrasound scan for abnormal results, picks up ectopic and heterotopic pregnancies early",
 ("early pregnancy monitoring algorithm after ART", ['clinical algorithm', 'Early pregnancy monitoring via clinical algorithm', 'treatment algorithm',
                                                    'human chorionic gonadotropin (hCG) levels', 'early ultrasound evaluation']),
 ("ectopic and heterotopic pregnancy after assisted reproduction", ['ectopic pregnancy (EP)', 'heterotopic pregnancy (HP)', 'EP and HP']),
 '"ectopic pregnan*"[tiab] OR "heterotopic pregnan*"[tiab] OR "early pregnancy"[tiab] OR "pregnancy loss"[tiab] OR miscarriage*[tiab] OR ((hCG[tiab] OR '
 '"chorionic gonadotropin"[tiab]) AND pregnan*[tiab]) OR (("in vitro fertilization"[tiab] OR IVF[tiab] OR "assisted reproductive technology"[tiab]) AND pregnan*[tiab])',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
