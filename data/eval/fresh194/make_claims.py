# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 67 (2026-12-08), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair, MSCs and PRP for joints and from the topics of the last twenty sets, with anchors drawn
# from psychiatry, pulmonology, gastroenterology, urology, rheumatology and sports medicine:
# compulsions as a way of coping with stress and anxiety in obsessive-compulsive disorder (a qualitative interview study,
# PMID 25855685, 2016, typed Journal Article, of 20 adults with obsessive-compulsive disorder interviewed about their
# experience before, during and after their compulsions, with inductive thematic analysis; the anxiety against
# incompleteness dichotomy emerged, some individuals used their behaviours as a way to cope with stress and anxiety more
# generally while others denied finding any comfort in them, and attentional difficulties drove repetition; it counts no
# one and tests nothing; no earlier claim's eligible records held it, and the earlier queries that met it were about
# obsessive beliefs and OCD symptom dimensions, chronic headache and mental health problems in adolescents and OCD
# presenting as seizures with hyponatraemia (a topic of the last twenty sets, whose pairing is not used here); among
# anxiolytic drug tests in zebrafish, vicarious social defeat stress, obsessive beliefs and symptom dimensions and
# nightmares in hearing impairment),
# Mig6 phosphorylation at S256 and the ubiquitination and degradation of mutant EGFR in lung adenocarcinoma cells (a
# laboratory study, PMID 29196224, 2018, typed Journal Article, MeSH naming Adenocarcinoma of Lung, ErbB Receptors,
# Phosphoserine and Ubiquitination, which found by SILAC phosphoproteomics that Mig6 is highly phosphorylated at S256 in
# the EGFR mutants 19del and L858R; loss of Mig6 let EGFR wild type and mutants be degraded efficiently through more c-Cbl
# recruitment, and cells with activating EGFR mutants inactivate Mig6 by S256 phosphorylation, so EGFR is ubiquitinated
# inefficiently and degraded poorly; it is work in cell lines; no earlier claim's eligible records held it, and the
# earlier queries that met it were about entinostat with erlotinib, isoliquiritigenin, verteporfin with gefitinib and
# BRCA1 serine 1524 phosphorylation in lung cancer; among microRNA-630 and TKI resistance in EGFR-mutated lung
# adenocarcinoma, MERTK inhibition, ALK testing, crizotinib, ERK3 activation loop phosphorylation and an EGFR G2607A
# mutation in nasopharyngeal carcinoma),
# inflammatory bowel disease against healthy controls for serum hepcidin (a case-control study, PMID 19262400, 2009,
# typed Journal Article, MeSH naming Case-Control Studies, Hepcidins and Inflammatory Bowel Diseases, of 61 hospital
# patients with IBD (51 ulcerative colitis, 10 Crohn's disease) against 25 healthy volunteers, hepcidin measured by a new
# competitive radioimmunoassay; serum hepcidin was significantly low in IBD without iron deficiency anaemia (mean 6.81
# ng/ml) and with it (4.14 ng/ml) against controls (15.3 ng/ml; P=0.0045 and P=0.005); no earlier claim's eligible
# records held it, and the earlier queries that met it were about hepcidin protecting the gut in IBD (C496, whose
# pairing ran the other way, hepcidin as the therapy, and whose reviewers found no eligible record), a diet poor in
# folate and methionine and pancreatic cancer and contaminating leucocytes in erythrocyte membranes; among psoas abscess
# in Crohn's disease, a NOD2/CARD15 polymorphism in colorectal cancer, the antimicrobial peptide LL-37 and thiamine-
# responsive megaloblastic anaemia),
# phosphorylated Akt and p70 S6 kinase and sperm DNA fragmentation (a laboratory study, PMID 26209830, 2015, typed Journal
# Article, of semen from 37 men, with sperm DNA fragmentation, 75 protein kinases and the phosphorylation or cleavage of
# 18 signalling proteins measured; sperm DNA fragmentation correlated negatively with the percentage of morphologically
# normal sperm and with phosphorylation of Akt and p70 S6 kinase, normal morphology correlated positively with
# phosphorylated p70 S6 kinase and several phosphoproteins correlated with motility; correlations only, and p70S6K
# staining in lymphoma, a topic of the last twenty sets, is not this pairing; no earlier claim's eligible records held
# it, and the earlier queries that met it were about HSP27 in lung cancer, CK2 and STAT3 in CLL cells, poultry intake
# and IVF fertilization, p38 MAPK blockade with hydrogen peroxide and p70S6K Ser240/244 staining in lymphoma; among
# cytochalasin D and kangaroo sperm, single-sperm cryopreservation, suboptimal sperm and sex chromosome aneuploidy,
# benzophenone UV filters and semen quality and HPV in semen),
# systemic lupus erythematosus and a fatal brainstem infarction and haemorrhage (a case report, PMID 11517569, 2001,
# typed Case Reports, in Japanese with an English abstract, of a 21-year-old woman whose SLE had been treated with
# prednisolone and mizoribine for 4 years; a retroperitoneal abscess around the right kidney was drained, and on the
# 17th day after drainage she had high fever, unconsciousness, low blood pressure and down-beat nystagmus, CT showed a
# wide brainstem infarction and a haemorrhage spot, and she died 6 days later despite steroid pulse therapy; no earlier
# claim's eligible records held it, and the earlier queries that met it were about SLE and the P wave axis, intravascular
# catheters and psoas and epidural abscesses and spurting peptic ulcer bleeding; among SLE presenting as catatonia, the
# Ro60 autoantigen, retroperitoneal abscesses after delivery, in diabetes and from community-acquired MRSA, and
# Staphylococcus aureus infections with neurologic manifestations), and
# anterior cruciate ligament transection and the axial braking load in the dog stifle (an animal study, PMID 24678004,
# 2014, no publication type recorded, MeSH naming Anterior Cruciate Ligament Injuries, Dogs, Shear Strength, Telemetry and
# Weight-Bearing, in which a scaffold fitted with strain gauges measured shear and axial loads in the canine stifle by
# implanted telemetry; transecting the ACL significantly reduced the braking load in shear but did not change it axially,
# and reduced the push-off load axially but not in shear; the claim is the no-change finding, so no difference supports
# it; the study's scaffold and cell seeding are not the claim, and the abstract gives no number of dogs; no earlier
# claim's eligible records held it, and the earlier queries that met it were about cartilage damage at ACL reconstruction
# and quadriceps weakness, biomimetic scaffolds, treadmill exercise after a PLGA implant and knee ligament transection and
# pannus-like tissue (an outcome other than load); among sensate scaffolds for joint loads in the dog knee, osteochondral
# autograft transfer for humeral head OCD in dogs, ACL reconstruction with hamstring tendon, meniscal allograft
# transplantation and hybrid bone grafting for revision ACL reconstruction). Synonyms name the claim's own exposure and
# outcome, no wider.
# C1553 is a mechanism claim resting on 20 interviews; C1554 is a mechanism claim resting on cell lines; C1555 is a
# comparative claim (IBD against healthy controls) resting on a case-control study of 86 people; C1556 is a benefit
# association resting on 37 men's sperm; C1557 is a harm claim resting on one case; C1558 is an equivalence claim (ACL
# transection leaves the axial braking load unchanged) about dogs.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1553", "Some people with obsessive-compulsive disorder use their compulsions to cope with stress and anxiety",
 "some people with obsessive-compulsive disorder used their compulsions as a way of coping with stress and anxiety in general",
 ("compulsions in obsessive-compulsive disorder", ['compulsions', 'obsessive-compulsive behaviors', 'their behaviors', 'performing their compulsions',
                                                  'use obsessive-compulsive disorder as a coping mechanism']),
 ("coping with stress and anxiety", ['cope with stress and anxiety more generally', 'coping mechanism', 'stress and anxiety', 'comfort']),
 '"obsessive-compulsive"[tiab] OR obsessive*[tiab] OR compulsi*[tiab] OR "Obsessive-Compulsive Disorder"[mh] OR ((anxiety[tiab] OR anxiolytic*[tiab]) AND '
 '(coping[tiab] OR stress[tiab] OR behavio*[tiab]))', 'effect', None, None, 'mechanism', None),
("C1554", "Phosphorylation of Mig6 at S256 slows the ubiquitination and degradation of mutant EGFR in lung adenocarcinoma cells",
 "phosphorylation of the Mig6 protein at serine 256 slows the ubiquitination and degradation of mutant EGFR",
 ("phosphorylation of Mig6 at S256", ['Phosphorylation of Mig6', 'Mig6 is highly phosphorylated at S256', 'phosphorylation at S256', 'Inactivated Mig6',
                                      'inactivate Mig6 through phosphorylation at S256']),
 ("ubiquitination and degradation of mutant EGFR in lung adenocarcinoma cells", ['ubiquitination and degradation of EGFR mutants', 'ubiquitination of EGFR',
                                                                                 'degradation of the receptor', 'stability of the receptor', 'EGFR stability']),
 'Mig6[tiab] OR ((EGFR[tiab] OR "epidermal growth factor receptor"[tiab]) AND (lung[tiab] OR ubiquitin*[tiab] OR degradation[tiab])) OR (("lung adenocarcinoma"[tiab] '
 'OR "lung cancer cells"[tiab]) AND (phosphorylat*[tiab] OR ubiquitin*[tiab]))', 'effect', None, None, 'mechanism', None),
("C1555", "Serum hepcidin is lower in inflammatory bowel disease than in healthy people",
 "people with inflammatory bowel disease had lower levels of hepcidin, a hormone that controls iron and helps fight germs, in their blood than healthy people",
 ("inflammatory bowel disease", ['inflammatory bowel disease (IBD)', 'IBD', 'patients with IBD', 'IBD patients', 'ulcerative colitis', "Crohn's disease"]),
 ("serum hepcidin level", ['serum hepcidin', 'serum hepcidin levels', 'hepcidin levels', 'hepcidin concentration', 'mean hepcidin', 'low serum hepcidin levels']),
 'hepcidin[tiab] OR defensin*[tiab] OR "antimicrobial peptide"[tiab] OR "antimicrobial peptides"[tiab] OR "inflammatory bowel disease"[tiab] OR IBD[tiab] OR '
 'colitis[tiab] OR crohn*[tiab] OR "iron deficiency"[tiab] OR "iron homoeostasis"[tiab] OR "iron homeostasis"[tiab] OR ferritin[tiab] OR anaemia[tiab] OR '
 'anemia[tiab]', 'effect',
 ("healthy controls", ['healthy controls', 'healthy volunteers', 'a control group of healthy volunteers']), None, 'mechanism', None),
("C1556", "More phosphorylated Akt and p70 S6 kinase in sperm goes with less sperm DNA fragmentation",
 "men whose sperm carried more of the activated forms of two signalling proteins, Akt and p70 S6 kinase, had less damaged sperm DNA",
 ("phosphorylated Akt and p70 S6 kinase in spermatozoa", ['phosphorylation of Akt and p70 S6 kinase', 'phosphorylated levels of p70 S6 kinase',
                                                         'phosphorylated Akt', 'p70 S6 kinase', 'signaling proteins']),
 ("sperm DNA fragmentation", ['sperm DNA fragmentation (SDF)', 'SDF', 'DNA fragmentation']),
 'sperm[tiab] OR spermatozoa[tiab] OR semen[tiab] OR teratozoospermia[tiab] OR varicocele[tiab] OR "sperm DNA fragmentation"[tiab]', 'effect', None, None,
 'benefit', None),
("C1557", "Systemic lupus erythematosus can present as a fatal brainstem infarction and haemorrhage during treatment of a retroperitoneal abscess",
 "a 21-year-old woman with systemic lupus erythematosus, who had taken prednisolone and mizoribine for four years, suffered a fatal brainstem infarction and haemorrhage",
 ("systemic lupus erythematosus treated with prednisolone and mizoribine", ['systemic lupus erythematosus (SLE)', 'Systemic lupus erythematosus', 'SLE']),
 ("brainstem infarction and haemorrhage", ['brainstem infarction and hemorrhage', 'a brainstem wide infarction and hemorrhage spot', 'brainstem infarction',
                                           'brain stem infarction']),
 '"systemic lupus erythematosus"[tiab] OR lupus[tiab] OR SLE[tiab] OR mizoribine[tiab] OR "retroperitoneal abscess"[tiab] OR ((brainstem[tiab] OR '
 '"brain stem"[tiab] OR cerebral[tiab] OR stroke[tiab]) AND (infarction[tiab] OR hemorrhage[tiab] OR haemorrhage[tiab]) AND (steroid*[tiab] OR '
 'prednisolone[tiab] OR immunosuppress*[tiab] OR abscess*[tiab] OR autoimmune[tiab]))', 'effect', None, None, 'harm', None),
("C1558", "Cutting the anterior cruciate ligament leaves the axial braking load in the dog's knee unchanged",
 "cutting the anterior cruciate ligament did not change the axial load on the knee during braking",
 ("anterior cruciate ligament transection", ['transecting the anterior cruciate ligament', 'ligament disruption', 'anterior cruciate ligament']),
 ("axial braking load in the stifle joint", ['braking load', 'axial', 'shear and axial loads', 'shear and axial load monitoring in the canine stifle joint',
                                             'push-off load']),
 'stifle[tiab] OR telemetr*[tiab] OR "strain gauge"[tiab] OR "strain gauges"[tiab] OR (("anterior cruciate ligament"[tiab] OR ACL[tiab]) AND (transect*[tiab] OR '
 'deficien*[tiab] OR disruption[tiab] OR "joint load"[tiab] OR "joint loads"[tiab] OR shear[tiab] OR biomechanic*[tiab]))', 'equivalence', None, None,
 'mechanism', ['dog']),
]

write_claims(C)
