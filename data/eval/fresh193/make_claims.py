# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 67 (2026-12-08), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair, MSCs and PRP for joints and from the topics of the last twenty sets, with anchors drawn
# from cardiology, endocrinology, haematology, obstetrics and laboratory animal and veterinary studies:
# contrast-enhanced CT and 3D mapping for extensive encircling pulmonary vein isolation in a man with atrial fibrillation
# and severe scoliosis (a case report, PMID 26702320, 2015, typed Journal Article, of a 62-year-old man whose scoliosis
# had rotated his heart clockwise; enhanced CT helped the Brockenbrough (transseptal) puncture, and the authors
# successfully isolated an extensive encircling pulmonary vein using enhanced CT and 3D mapping, writing that CT and 3D
# mapping may ensure a more stable and safer procedure; no earlier claim's eligible records held it, and the earlier
# queries that met it were about anteroseptal line ablation for perimitral flutter, a biphasic P wave foretelling atrial
# fibrillation, pulmonary vein isolation and stomach emptying (a different pairing) and magnetocardiography in atrial
# fibrillation; among those and non-vitamin K oral anticoagulants, yoga for atrial fibrillation, ATP and left atrial
# electrograms, a high-fat diet and porcine atria, catheter ablation for ventricular tachycardia in two case reports, a
# pannus and thrombus in aortic valve prostheses and air embolism after CT-guided lung biopsy),
# antimüllerian hormone against age alone for predicting cumulative live birth within a year of IVF (a cohort study, PMID
# 26196233, 2015, typed Journal Article, an observational retrospective substudy of an ongoing prospective cohort of 487
# women starting their first IVF/ICSI cycle with GnRH antagonist cotreatment at one university medical centre; the model
# with age, AMH, type of infertility and previous ART live birth discriminated only 59%, AMH had intermediate added value
# (net reclassification improvement 29.8), and the authors concluded that AMH's predictive accuracy was limited and did not
# yield much additional value on top of age; the claim that AMH adds little to age is an equivalence claim against age
# alone; no earlier claim's eligible records held it, and the earlier queries that met it were about natural against
# hormone replacement cycles for frozen embryo transfer, men's meat and poultry intake in IVF, tubal sterilization
# reversal, chronic endometritis and live birth, the Elecsys and Access AMH assays against ELISA (a different pairing:
# assays' agreement, not live birth prediction) and an early pregnancy algorithm; among those and suboptimal sperm and
# aneuploidy, follicular fluid microRNAs by age, fresh against vitrified blastocyst transfer, paternal age and hurricane
# exposure and birth rates),
# chemotherapy and white blood cell beta-endorphin in acute leukaemia (a case-control study, PMID 23038967, 2012, typed
# Journal Article, in Russian with an English abstract, MeSH naming Leukemia, Anemia, Aplastic, Purpura, Thrombocytopenic,
# beta-Endorphin, Altitude and Case-Control Studies, of 59 patients with acute leukaemia, 30 with aplastic anaemia, 24 with
# thrombocytopenic purpura and 20 healthy volunteers during a 40-day stay at 3200 m; in patients with initial leukocytosis
# white blood cell beta-endorphin reached 85.9 pg/ml and rose about twofold during chemotherapy to 170.74 pg/ml, with
# serum beta-endorphin 1.5-2-fold above normal in most patients with acute leukaemia; no earlier claim's eligible records
# held it, and the earlier queries that met it were about ABCB5 and MDR1 in acute leukaemia, pancreatic cancer and
# clotting and clotrimazole with doxorubicin for neuroblastoma cells; among ABCB5 and MDR1 in acute leukaemia, MTHFR in
# childhood ALL, TNF-alpha in immune thrombocytopenic purpura, an epidural abscess during ALL chemotherapy and records on
# hypoxia-inducible factor in other tumours),
# contaminating leucocytes and the protease activity of erythrocyte membrane preparations (a laboratory study, PMID 92,
# 1975, typed Journal Article, MeSH naming Cattle, Humans, Erythrocytes, Leukocytes, Cell Membrane and Peptide
# Hydrolases, that found protease activity in human and bovine erythrocyte membranes prepared by the usual washing and
# removal of the buffy layer, extracted and activated by KCNS or ammonium sulphate, and an alkaline protease with similar
# properties in leucocytes; the similar properties and the correlation of membrane activity with the content of white
# cells led the authors to suggest that the contaminating leucocytes are responsible; no earlier claim's eligible
# records held it, and the earlier queries that met it were about haemoglobin Köln against haemoglobin S, glucose and a
# snake venom phospholipase's haemolysis and placental choline acetyltransferase (pairings of other sets, not used
# here); among human erythrocyte stromata and complement, bovine erythrocyte superoxide dismutase and hydrogen peroxide,
# phospholipase A2 and erythrocyte membrane phospholipids, rabbit erythrocyte casein kinases and plakortin-treated
# parasitized red cells),
# phosphorylase b against phosphorylase a for substrate binding in rat liver (a laboratory study of rat tissue, PMID 75,
# 1975, typed Journal Article, MeSH naming Rats, Liver, Phosphorylases and Diabetes Mellitus, that purified both forms
# of glycogen phosphorylase from rat liver; phosphorylase b was active without AMP but bound its substrates poorly (KM
# glycogen 2.5 mM, glucose-1-P 250 mM) compared with phosphorylase a (KM glycogen 1.8 mM, glucose-1-P 0.7 mM), AMP
# lowering phosphorylase b's KM for glucose-1-P to 80 mM; no earlier claim's eligible records held it, and the only
# earlier query that met it was about titrating glycogen in vitro; among alpha- and beta-agonists and liver cyclic AMP
# and glycogen phosphorylase, rat liver phosphatidate phosphohydrolase, a phenobarbital-induced aldehyde dehydrogenase,
# rat liver azoreductases and liver microsomal beta-glucuronidase),
# natural Leishmania major and L. infantum infection of Algerian hedgehogs in Tunisia (a field study of wild animals,
# PMID 26086952, 2015, typed Journal Article, of six hedgehogs (Atelerix algirus) captured in 2011-2013 in an endemic area
# of El Kef, north-western Tunisia; by PCR of liver, heart, kidney and spleen all six were Leishmania infected, mainly in
# liver and spleen, all with L. major and three co-infected with L. infantum, confirmed by sequencing, the authors
# suggesting a possible reservoir role; hedgehog is not a species key, so the claim has no population; no earlier
# claim's eligible records held it, and the earlier queries that met it were about antimonial drugs for leishmaniasis in
# dogs and canine leishmaniasis from L. infantum; among sand flies, leptin with miltefosine in mice, a new L. tropica
# focus in Morocco, Leishmania in bats in Brazil and Ethiopia, canine leishmaniasis in Argentina and Echinococcus in
# Greek livestock). Synonyms name the claim's own exposure and condition, no wider, in the anchors' own wording.
# C1547 is a benefit claim resting on one case report; C1548 is an equivalence claim with its comparator (AMH adds little
# to age alone) resting on a cohort of 487 women; C1549 is a mechanism claim resting on a small case-control study at
# altitude; C1550 is a mechanism claim resting on laboratory work on human and bovine blood; C1551 is a comparative
# mechanism claim about rats (phosphorylase b against phosphorylase a); C1552 is a harm claim resting on six wild
# hedgehogs.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1547", "Enhanced CT and 3D mapping allow extensive encircling pulmonary vein isolation for atrial fibrillation in severe scoliosis",
 "guided by a contrast-enhanced CT scan and three-dimensional mapping of the heart, doctors successfully isolated the veins from the lungs with a wide encircling ablation",
 ("contrast-enhanced CT and three-dimensional mapping", ['Enhanced computed tomography (CT)', 'enhanced CT and 3D mapping', 'CT and 3D mapping',
                                                         'Three-dimensional (3D) mapping', '3D mapping', 'CT venous images']),
 ("extensive encircling pulmonary vein isolation for atrial fibrillation with severe scoliosis", ['isolated extensive encircling pulmonary vein',
                                                                                                 'extensive encircling pulmonary vein isolation',
                                                                                                 'atrial fibrillation and severe scoliosis',
                                                                                                 'pulmonary vein isolation']),
 '"atrial fibrillation"[tiab] OR "pulmonary vein"[tiab] OR "pulmonary veins"[tiab] OR "catheter ablation"[tiab] OR "3D mapping"[tiab] OR ((scoliosis[tiab] OR '
 'kyphoscoliosis[tiab]) AND (heart[tiab] OR cardiac[tiab] OR cardiorespiratory[tiab]))', 'effect', None, None, 'benefit', None),
("C1548", "Antimüllerian hormone adds little to age in predicting cumulative live birth within a year of IVF",
 "the AMH hormone level added little to a woman's age in predicting whether she would have a baby",
 ("antimüllerian hormone (AMH)", ['antimüllerian hormone', 'Antimüllerian hormone', 'AMH', 'anti-Müllerian hormone', 'antimullerian hormone']),
 ("prediction of cumulative live birth within one year of IVF", ['cumulative live birth rate (CLBR)', 'CLBR', '1-year CLBR', 'cumulative live birth',
                                                                'predicting CLBR', 'live birth']),
 '"anti-mullerian hormone"[tiab] OR "antimullerian hormone"[tiab] OR "antimüllerian hormone"[tiab] OR "anti-müllerian hormone"[tiab] OR AMH[tiab] OR '
 '"ovarian reserve"[tiab] OR "live birth"[tiab] OR "live births"[tiab] OR ((IVF[tiab] OR "in vitro fertilization"[tiab] OR ICSI[tiab]) AND (predict*[tiab] OR '
 'age[tiab]))', 'equivalence',
 ("age alone", ['age at first treatment', 'on top of age', 'age']), None, 'benefit', None),
("C1549", "Chemotherapy raises beta-endorphin in the white blood cells of patients with acute leukaemia",
 "chemotherapy roughly doubled the level of beta-endorphin, the body's own painkilling hormone, in the white blood cells",
 ("chemotherapy", ['chemotherapy', 'cytostatics', 'use of cytostatics']),
 ("white blood cell beta-endorphin in acute leukaemia", ['white blood cell beta-endorphin concentrations', 'beta-endorphin', 'beta-Endorphin',
                                                        'acute leukemia (AL)', 'acute leukemia']),
 'endorphin*[tiab] OR "beta-endorphin"[tiab] OR "hypoxia-inducible factor"[tiab] OR HIF-1alpha[tiab] OR ((leukemia[tiab] OR leukaemia[tiab] OR '
 '"aplastic anemia"[tiab] OR "aplastic anaemia"[tiab] OR "thrombocytopenic purpura"[tiab]) AND (chemotherapy[tiab] OR cytostatic*[tiab] OR hypoxia[tiab] OR '
 'altitude[tiab] OR cytokine*[tiab]))', 'effect', None, None, 'mechanism', None),
("C1550", "Contaminating leucocytes account for the protease activity of erythrocyte membrane preparations",
 "the protein-cutting enzyme activity seen in preparations of red blood cell membranes came from white blood cells left in the preparations, not from the red cells themselves",
 ("contaminating leucocytes", ['contaminating leucocytes', 'leucocytes', 'content of white cells', 'white cells', 'leucocytic']),
 ("protease activity of erythrocyte membrane preparations", ['Protease activity', 'membraneous protease', 'membraneous proteases in erythrocytes',
                                                            'erythrocyte enzyme', 'erythrocytic proteases', 'alkaline protease']),
 '((erythrocyte*[ti] OR "red cell"[tiab] OR "red cells"[tiab] OR "red blood cells"[tiab]) AND (membrane*[tiab] OR stromata[tiab] OR enzym*[tiab] OR '
 'protein*[tiab])) OR ((protease*[tiab] OR proteinase*[tiab] OR proteolytic[tiab]) AND (leucocyte*[tiab] OR leukocyte*[tiab] OR membrane*[tiab]))', 'effect',
 None, None, 'mechanism', None),
("C1551", "Rat liver phosphorylase b binds glucose-1-phosphate far less readily than phosphorylase a",
 "in rats, the switched-off form of the liver enzyme that releases stored sugar took up its raw material far less readily than the switched-on form",
 ("phosphorylase b", ['phosphorylase b', 'dephosphorylated form (phosphorylase b)', 'dephosphorylated form of phosphorylase', 'Liver phosphorylase b',
                      'purified phosphorylase b']),
 ("substrate binding of rat liver glycogen phosphorylase", ['Substrate binding', 'KM glucose-1-P', 'glucose-1-P', 'KM glycogen',
                                                           'liver glycogen phosphorylase']),
 'phosphorylase*[tiab] OR glycogen[tiab] OR "adenosine monophosphate"[tiab] OR ((liver[tiab] OR hepatic[tiab]) AND (rat[tiab] OR rats[tiab]) AND (enzyme*[tiab] OR '
 'kinase[tiab] OR phosphatase[tiab] OR purified[tiab]))', 'effect',
 ("phosphorylase a", ['phosphorylase a', 'phosphorylated form of liver glycogen phosphorylase']), None, 'mechanism', ['rat']),
("C1552", "Algerian hedgehogs in Tunisia are naturally infected with Leishmania major and Leishmania infantum",
 "all six wild Algerian hedgehogs caught were infected with Leishmania, the sandfly-borne parasites behind leishmaniasis",
 ("Leishmania major and Leishmania infantum", ['Leishmania parasites', 'Leishmania parasites species L. major and L. infantum', 'L. major', 'L. infantum',
                                               'Leishmania infected']),
 ("natural Leishmania infection of Algerian hedgehogs (Atelerix algirus)", ['Algerian hedgehog', 'Algerian hedgehogs', 'Atelerix algirus',
                                                                           'North African hedgehogs', 'hedgehog animals', 'hedgehogs']),
 'leishmania*[tiab] OR leishmaniasis[tiab] OR hedgehog*[tiab] OR Atelerix[tiab] OR (reservoir*[tiab] AND (host*[tiab] OR wild[tiab] OR zoonotic[tiab] OR '
 'rodent*[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
