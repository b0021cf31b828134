# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 64 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last fourteen sets, with anchors drawn from haematology,
# respiratory medicine, gastroenterology, neurology and surgery:
# haemoglobin Köln against haemoglobin S and precipitation on mechanical shaking (a laboratory study, PMID 83, 1975,
# typed Journal Article, MeSH naming Hemoglobins, Abnormal and Hemoglobin, Sickle; Hb Köln (beta 98 Val to Met)
# precipitated rapidly during mechanical shaking, 5-6 times faster than Hb S, the patient's haemolysate (Hb Köln with
# Hb A) gave a biphasic curve showing that Hb Köln precipitates independently of Hb A, and the authors offered shaking
# as a way to detect and measure unstable haemoglobins; it is a test-tube study of one patient's haemoglobin; no
# earlier claim's eligible records held it, and the only earlier query that met it was about 2,3-diphosphoglycerate
# and haemoglobin Tak (a topic of the last fourteen sets, not used here); among haemoglobin Manitoba, haemoglobin
# Rahere, N-terminal spin labels of haemoglobin, chloride-binding sites in haemoglobin digests and organic phosphates
# binding methaemoglobin A),
# BRCA1 phosphorylated at serine 1524 and shorter survival in advanced non-small-cell lung cancer (a cohort study of
# tissue microarrays, PMID 23128816, 2013, typed Journal Article, MeSH naming Carcinoma, Non-Small-Cell Lung, BRCA1
# Protein and Cisplatin, of 113 early (stage I-II) and advanced (stage III-IV) NSCLCs stained with MS110 and a
# phospho-S1524 antibody, the advanced ones treated with adjuvant cisplatin-based chemotherapy; S1524 nuclear
# positivity went with longer overall and disease-free survival in stage I-II but shorter overall and disease-free
# survival in stage III-IV (P<0.05), and was not correlated with brain metastases; the abstract gives no hazard ratios
# or group sizes; no earlier claim's eligible records held it, and the earlier queries that met it were about
# crizotinib in ALK-positive NSCLC, PD-L1 immunohistochemistry assays in lung adenocarcinoma, LAG-3 in NSCLC (a topic
# of the last fourteen sets, not used here), cisplatin and ovarian cancer cells, c-FLIP in ovarian effusions, CIP2A
# knockdown with cisplatin and siRNA nanoparticles in ovarian tumours; among LDH-5, MHC class II and KIR expression in
# lung cancer, FHIT, GSTP1 and p16 methylation in NSCLC and TCF-4 exon 11),
# Helicobacter pylori infection and Fhit protein expression in advanced gastric carcinoma (an immunohistochemical
# study, PMID 19419937, 2009, typed Journal Article, MeSH naming Stomach Neoplasms and Helicobacter Infections, of 80
# patients with advanced gastric carcinoma; Fhit expression in the main tumour and in lymph node metastases was not
# correlated with gender, depth of invasion, differentiation, Lauren or Borrmann class, nodal metastases or
# Helicobacter pylori infection, was correlated with age (p=0.04) and tumour location (p=0.02), and was not related to
# survival time (p=0.26); a finding of no difference supports the claim, and the abstract gives no counts of infected
# patients; no earlier claim's eligible records held it, and the earlier queries that met it were about Helicobacter
# pylori and survival in stomach cancer, FHIT alterations in pancreatic cancer, reflux gastritis after gastric surgery
# and Helicobacter pylori eradication and capsaicin-sensitive nerves (a topic of the last fourteen sets, not used
# here); among the pathobiology of Helicobacter pylori-induced gastric cancer, FBXO31 in gastric cancer and
# thymidylate synthase polymorphism in gastric cancer),
# nascent cerebrospinal fluid and the self-renewal of forebrain progenitor cells in mouse embryos (a laboratory and
# animal study, PMID 26702835, 2015, typed Journal Article, no MeSH recorded, that imaged the embryonic ventricles by
# ultrasound, collected pure amniotic fluid and nascent CSF before and after neural tube closure and compared their
# proteomes during mouse development; in embryonic neural explants age-matched fluids promoted Sox2-positive
# neurogenic identity in the forebrain and olfactory epithelia, and nascent CSF stimulated SOX2-positive self-renewal
# of forebrain progenitor cells, partly through LIFR signalling; the abstract gives no numbers; no earlier claim's
# eligible records held it, and the earlier queries that met it were about amnion stem cells and macrophages and
# amnion-derived products for knee osteoarthritis; among fetal neural stem cells, N6-methyladenosine and embryonic
# neural stem cell self-renewal, Olig2 phosphorylation and doublecortin antibodies),
# glucose added to a basic snake venom phospholipase A2 and haemolysis of human red cells (a laboratory study, PMID
# 54, 1975, typed Journal Article, MeSH naming Erythrocytes, Phospholipases, Snake Venoms, Glucose and Hemolysis, of
# intact human erythrocytes incubated with snake venom phospholipases A2; the basic enzyme from Agkistrodon halys
# blomhoffii first hydrolysed 70% of the cell phosphatidylcholine without haemolysis, then, at pH 8.0 and/or 40 mM
# Ca2+, hydrolysed the rest with phosphatidylethanolamine and phosphatidylserine and haemolysed the cells; adding
# glucose limited the enzyme to the first, non-haemolytic stage under any conditions, and haemolysis came when cell
# ATP fell; the Naja naja enzyme behaved alike, the Crotalus and acidic enzymes barely acted, and of other species
# only guinea pig red cells behaved like human ones; it is the only add-on the six hold: glucose added to the venom
# enzyme that every incubation received; no earlier claim's eligible records held it, and the earlier queries that met
# it were about salicylate and red cell sodium and potassium fluxes and jellyfish venom and heart muscle cells; among
# the basic phospholipase of Naja nigricollis venom, phospholipase A2 at micellar interfaces, casein kinase of rabbit
# erythrocytes and leucocyte protease in erythrocyte membranes), and
# laparoscopy and the diagnosis of peritoneal tuberculosis (a retrospective cohort study, PMID 12504225, 2002, typed
# Comparative Study and Journal Article, MeSH naming Tuberculosis, Gastrointestinal and Laparoscopy, of 18 patients
# with abdominal tuberculosis treated at a US tertiary centre in 1992-2001; 17 needed an operation, laparoscopy was
# useful for diagnosis in eight, laparotomy was done for complications in six and for a tissue diagnosis in three, and
# the authors concluded that laparoscopy is an effective modality for diagnosing peritoneal tuberculosis; there is no
# comparison with other tests; no earlier claim's eligible records held it, and the earlier queries that met it were
# about anti-tuberculous drugs with drainage for tuberculous psoas abscess and spinal tuberculosis causing psoas
# abscesses; among staging laparoscopy for pancreatic cancer, psoas abscess series and a tuberculous aneurysm of the
# abdominal aorta).
# Synonyms name the claim's own exposure and condition, no wider.
# C1469 is a comparative claim with its comparator, resting on one patient's haemoglobin in the test tube; C1470 is a
# harm association resting on 113 tumours, reversed in early-stage disease; C1471 is an equivalence claim
# (Helicobacter pylori unrelated to Fhit expression) resting on 80 tumours; C1472 is a mechanism claim about mice;
# C1473 is an add-on claim (glucose added to a venom phospholipase) resting on red cells in vitro; C1474 is a benefit
# claim resting on 18 patients.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1469", "Haemoglobin Köln precipitates faster than haemoglobin S on mechanical shaking",
 "an unstable haemoglobin called Hb Köln clumped and fell out of solution five to six times faster than sickle haemoglobin (Hb S) when shaken in the laboratory",
 ("haemoglobin Köln", ['Hb Köln', 'hemoglobin Köln', 'Hb Köln (beta 98 Val leads to Met)']),
 ("precipitation on mechanical shaking", ['precipitate rapidly during mechanical shaking', 'rate of precipitation', 'mechanical precipitation',
                                          'precipitates independently from Hb A']),
 'hemoglobin*[tiab] OR haemoglobin*[tiab] OR methemoglobin*[tiab] OR methaemoglobin*[tiab] OR hemolysate*[tiab] OR ((precipitat*[tiab] OR unstable[tiab]) AND '
 '(variant*[tiab] OR globin*[tiab] OR heme[tiab]))', 'effect',
 ("haemoglobin S", ['Hb S']), None, 'mechanism', None),
("C1470", "BRCA1 phosphorylated at serine 1524 goes with shorter survival in advanced non-small-cell lung cancer treated with cisplatin-based chemotherapy",
 "in advanced non-small-cell lung cancer treated with cisplatin-based chemotherapy, tumours that stained for a form of the BRCA1 protein marked at one particular site went with shorter survival",
 ("BRCA1 phosphorylated at serine 1524 in the tumour", ['BRCA1 S1524 nuclear positivity', 'S1524 positive', 'phosphorylated form of BRCA1 protein at ser1524',
                                                        'BRCA1 phosphorylaton, at least in ser1524', 'BRCA1 S1524']),
 ("shorter overall and disease-free survival in stage III and IV non-small-cell lung cancer", ['OS and DFS were shorter', 'overall survival (OS)',
                                                                                               'disease free survival (DFS)', 'OS and DFS']),
 'BRCA1[tiab] OR ((phosphorylat*[tiab] OR prognos*[tiab] OR "overall survival"[tiab] OR "disease free survival"[tiab]) AND ("non-small-cell lung"[tiab] OR '
 '"non-small cell lung"[tiab] OR NSCLC[tiab] OR "lung cancer"[tiab] OR "lung carcinoma"[tiab]))', 'effect', None, None, 'harm', None),
("C1471", "Helicobacter pylori infection is unrelated to Fhit protein expression in advanced gastric carcinoma",
 "whether or not the stomach was infected with Helicobacter pylori made no difference to how much of a protein called Fhit the cancer still made",
 ("Helicobacter pylori infection", ['Helicobacter pylori infection']),
 ("Fhit protein expression in advanced gastric carcinoma", ['expression of Fhit protein', 'Fhit protein expression', 'Fhit expression']),
 'FHIT[tiab] OR "fragile histidine triad"[tiab] OR Helicobacter[tiab] OR "H. pylori"[tiab] OR "gastric carcinoma*"[tiab] OR "gastric cancer*"[tiab] OR '
 '"stomach cancer*"[tiab] OR "gastric adenocarcinoma*"[tiab]', 'equivalence', None, None, 'mechanism', None),
("C1472", "Nascent cerebrospinal fluid stimulates SOX2-positive self-renewal of forebrain progenitor cells in mouse embryos",
 "in mouse embryos, the first fluid to fill the developing brain helped the brain's young stem-like cells keep renewing themselves",
 ("nascent cerebrospinal fluid", ['Nascent CSF', 'nascent CSF']),
 ("self-renewal of forebrain progenitor cells", ['SOX2-positive self-renewal of forebrain progenitor cells', 'self-renewal of forebrain progenitor cells']),
 '"amniotic fluid"[tiab] OR SOX2[tiab] OR "neural tube"[tiab] OR "neural stem"[tiab] OR "neural progenitor*"[tiab] OR neuroepithelial[tiab] OR '
 'neurogenesis[tiab] OR forebrain[tiab] OR ((CSF[tiab] OR "cerebrospinal fluid"[tiab]) AND (embryo*[tiab] OR progenitor*[tiab] OR proteom*[tiab] OR '
 'development*[tiab] OR mouse[tiab] OR mice[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1473", "Adding glucose to a basic snake venom phospholipase A2 prevents the haemolysis of human red cells",
 "adding glucose stopped an enzyme from snake venom from bursting human red blood cells, although the enzyme still broke down part of the cells' outer coat",
 ("glucose", ['glucose', 'addition of glucose']),
 ("haemolysis of human red cells", ['hemolysis', 'total cell hemolysis', 'enzymically induced hemolysis', 'onset of hemolysis']),
 'phospholipase*[tiab] OR venom*[tiab] OR hemolysis[tiab] OR haemolysis[tiab] OR ((erythrocyte*[tiab] OR "red cell*"[tiab] OR "red blood cell*"[tiab]) AND '
 '(membrane*[tiab] OR glucose[tiab] OR ATP[tiab] OR calcium[tiab]))', 'effect', None,
 ("basic phospholipase A2 from Agkistrodon halys blomhoffii venom", ['basis phospholipase from Agkistrodon halys blomhifii', 'basic enzyme',
                                                                      'the basic enzyme']),
 'mechanism', None),
("C1474", "Laparoscopy diagnoses peritoneal tuberculosis",
 "looking inside the abdomen with a camera through a small cut, called laparoscopy, was an effective way to confirm tuberculosis of the lining of the abdomen",
 ("laparoscopy", ['Laparoscopy', 'laparoscopy']),
 ("diagnosis of peritoneal tuberculosis", ['diagnosis of peritoneal tuberculosis', 'peritoneal tuberculosis']),
 '(tubercul*[tiab] AND (abdominal[tiab] OR peritone*[tiab] OR intestinal[tiab] OR gastrointestinal[tiab] OR ascites[tiab] OR mesenteric[tiab] OR '
 'omental[tiab])) OR (laparoscop*[tiab] AND diagnos*[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
