# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twelve sets, with anchors drawn from cardiology,
# infectious disease and microbiology, nephrology and urology, and dermatology:
# glyoxylate-based serum lactate dehydrogenase activity ratios against the hydroxypyruvate/alpha-oxobutyrate ratio for
# telling myocardial infarction from hepatocellular damage (a laboratory study, PMID 159, 1975, typed Comparative Study and
# Journal Article, that assayed LDH in 89 sera from patients with myocardial infarction and 55 from patients with
# hepatocellular damage with pyruvate, alpha-oxobutyrate, hydroxypyruvate and glyoxylate as substrates; correct
# differentiation by single ratios ranged from virtually nil for hydroxypyruvate/alpha-oxobutyrate to more than 93 per
# cent for glyoxylate/hydroxypyruvate and glyoxylate/alpha-oxobutyrate, multiple ratios of up to seven assays improved
# this little, and the hydroxypyruvate/pyruvate ratio was inverted in one case of morphine poisoning; no earlier claim's
# eligible records held it, and the earlier queries that met it were about evidence-based medications after myocardial
# infarction and LDH-5 in lung cancer; among a serum gamma-glutamyl transpeptidase method, plasma lactate on a
# centrifugal analyzer, prophylactic antiarrhythmics in acute myocardial infarction and myocardial infarction trends in
# Tuscany),
# oxacillinases, mostly OXA-23, and multidrug resistance in clinical Acinetobacter baumannii (a molecular epidemiology
# study, PMID 26518066, 2015, typed Journal Article, of 21 MDR A. baumannii isolates from one Los Angeles hospital typed
# by PCR and sequencing, PFGE and MLST; MDR consistently correlated with oxacillinases, mostly the plasmid-mediated OXA-23
# (12 isolates, 57.1%), GES-type carbapenemases were in 20, AAC in all 21, PER in 7 and ISAba1 in 16, 5 isolates were
# related to ST1 and 16 to ST2; every isolate was MDR, so the association is the authors' reading of resistance genes in
# resistant isolates, not a comparison with susceptible ones; no earlier claim's eligible records held it, and the earlier
# queries that met it were about imipenem against meropenem for moderate to severe infections; among BlaR1 signal
# transduction in MRSA, MRSA in iliopsoas abscesses and nitrofurazone reductases in E. coli (a topic of the last twelve
# sets, not used here)),
# commercial kits against ultracentrifugation for the microRNA profiles of urine extracellular vesicles (a laboratory
# methods study, PMID 27973407, 2016, typed Journal Article, that isolated urine extracellular vesicles with three
# commercial kits, ultracentrifugation and lectin-based purification and profiled miRNAs with a multiplex assay; results
# correlated highly across all isolation techniques, 48 of 68 miRNAs were detected above the limit at least 10 times,
# Taqman qPCR confirmed them, and selected miRNAs were detected in almost all urine samples from patients with bladder
# cancer, benign prostate hyperplasia or prostate cancer with no significant differences between groups; a finding of
# no difference supports the claim; no earlier claim's eligible records held it, and the earlier queries that met it were
# about urine-derived stem cells for cartilage, multiparametric MRI for prostate cancer, bicalutamide and mTOR (a topic of
# the last twelve sets, not used here), CIP2A knockdown with cisplatin in bladder cancer, schistosomiasis and bladder
# glutathione, radical radiotherapy for prostate cancer and exosomal microRNA cargo; among FirePlex multiplex microRNA
# profiling and small RNA-seq library kits),
# aldosterone and the kallikrein released by rat renal cortical cells (a laboratory animal study, PMID 78, 1975, typed
# Journal Article, MeSH naming Rats, Aldosterone and Spironolactone, that developed a way to separate and measure
# kallikrein in suspensions of rat renal cortical cells; non-incubated cells held 0.6-4.6 x 10^-2 Tos-Arg-OMe esterase
# units per 10^8 cells, cells incubated in nutrient medium at 37 degrees C for 3-8 h held none, and the kallikrein activity
# of the surrounding medium was significantly increased by aldosterone and decreased by spironolactone; the abstract gives
# no doses or numbers for these effects; no earlier claim's eligible records held it, and the earlier query that met it
# was about nifedipine against tamsulosin for ureteric stones; among renal dipeptidase, an HO-1 expression threshold in
# rat glomeruli (an earlier claim's pairing, not used here) and rat kidney aconitate hydratase),
# an Antibiocycle of oral antibiotics added to intermittent self-catheterization for recurrent urinary tract infections
# in neurogenic bladder (a French narrative article with an English abstract, PMID 17622075, 2007, typed Journal Article,
# MeSH naming Spinal Cord Injuries and Urinary Bladder, Neurogenic, drawing on the SPILF-AFU 2002 consensus conference;
# it reports that control of detrusor activity with intermittent self-catheterization lowers the risk of infection, that
# many patients still have recurrent symptomatic infections, that repeated antibiotic therapy selects multiresistant
# bacteria without reducing them, and that Antibiocycle strategies could significantly decrease infections and
# hospitalizations with no major ecological risk; it is a review, not a trial; no earlier claim's eligible records held
# it, and the earlier queries that met it were about neurogenic bladder and urinary tract infection (an earlier claim's
# pairing with the bladder as the exposure; this claim's exposure is the Antibiocycle), catheters and psoas or epidural
# abscesses and leaflets for haemodialysis patients; among ketamine-associated urinary tract dysfunction and occult
# maxillary sinusitis as a cause of fever in tetraplegia), and
# the MAPK inhibitor UO126 and the vitamin D receptor complex in ras-transformed keratinocytes (a laboratory study, PMID
# 29300860, 2018, typed Journal Article, MeSH naming Keratinocytes, Receptors, Calcitriol and Retinoid X Receptors, that
# used FRET and immunofluorescence in normal human keratinocytes (HPK1A) and ras-transformed ones (HPK1Aras); the
# hRXRalpha-DRIP205 interaction and the nuclear colocalization and chromatin binding of the VDR/hRXRalpha/DRIP205 complex
# were impaired in HPK1Aras cells, and the nonphosphorylatable hRXRalpha S260A mutant or the MAPK inhibitor UO126 rescued
# them; no earlier claim's eligible records held it, and the earlier queries that met it were about ultraviolet B and
# vitamin D deficiency in heart failure and vitamin D deficiency and muscle weakness; among xeroderma pigmentosum group C
# keratinocytes, TBX3 and TGF-beta1 and Sestrin2 in skin cancer cells (a topic of the last twelve sets, not used here)).
# Synonyms name the claim's own exposure and condition, no wider.
# C1451 is a comparative claim with its comparator, resting on 144 sera; C1452 is a harm association resting on 21
# bacterial isolates; C1453 is an equivalence claim (kits against ultracentrifugation) resting on urine samples in the
# laboratory; C1454 is a mechanism claim about rats; C1455 is an add-on claim (an Antibiocycle added to intermittent
# self-catheterization) resting on a review; C1456 is a mechanism claim resting on cultured human keratinocytes.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1451", "Glyoxylate-based serum LDH activity ratios tell myocardial infarction from liver damage better than the hydroxypyruvate/alpha-oxobutyrate ratio",
 "measuring the blood enzyme lactate dehydrogenase with glyoxylate as the test substance, and comparing it with the same enzyme measured with hydroxypyruvate or "
 "alpha-oxobutyrate, told a heart attack from liver damage correctly in more than nine cases out of ten, while the ratio of hydroxypyruvate to alpha-oxobutyrate "
 "told them apart hardly at all",
 ("glyoxylate-based serum lactate dehydrogenase activity ratios", ['glyoxylate/hydroxypyruvate', 'glyoxylate/alpha-oxobutyrate']),
 ("telling myocardial infarction from hepatocellular damage", ['Correct differentiations']),
 '"lactate dehydrogenase"[tiab] OR "myocardial infarction"[tiab] OR ((serum[tiab] OR sera[tiab] OR plasma[tiab]) AND (transpeptidase[tiab] OR '
 'aminotransferase*[tiab] OR isoenzyme*[tiab] OR "enzyme activity"[tiab] OR substrates[tiab] OR lactate[tiab]))', 'effect',
 ("hydroxypyruvate/alpha-oxobutyrate ratio", ['hydroxypyruvate/alpha-oxobutyrate']), None, 'benefit', None),
("C1452", "Oxacillinases, mostly OXA-23, go with multidrug resistance in clinical Acinetobacter baumannii isolates",
 "resistance to many antibiotics in the hospital germ Acinetobacter baumannii went together with enzymes called oxacillinases, mostly one called OXA-23",
 ("oxacillinases, mostly OXA-23", ['oxacillinases', 'OXA-23', 'plasmid-mediated OXA-23 enzyme']),
 ("multidrug resistance in clinical Acinetobacter baumannii isolates", ['multiple drug-resistant (MDR)', 'MDR', 'MDR A. baumannii',
                                                                       'multiple drug-resistant (MDR) clinical isolates of Acinetobacter baumannii']),
 'Acinetobacter[tiab] OR carbapenem*[tiab] OR oxacillinase*[tiab] OR "beta-lactamase"[tiab] OR "beta-lactamases"[tiab] OR "β-lactamases"[tiab] OR '
 '"beta-lactam"[tiab] OR "β-lactam"[tiab] OR multidrug[tiab] OR "multiple drug-resistant"[tiab] OR "multiresistant"[tiab] OR ((resistance[tiab] OR '
 'resistant[tiab]) AND (isolates[tiab] OR plasmid*[tiab] OR "resistance genes"[tiab]))', 'effect', None, None, 'harm', None),
("C1453", "Commercial isolation kits give urine extracellular vesicle microRNA profiles that match those from ultracentrifugation",
 "three ready-made kits for collecting the tiny particles that cells shed into urine gave microRNA readings that closely matched those from the standard "
 "laboratory method of spinning the urine at very high speed",
 ("commercial kits for isolating urine extracellular vesicles", ['three commercial isolation kits', 'commercial isolation kits']),
 ("microRNA profiles of urine extracellular vesicles", ['miRNA profiling', 'miRNA Analysis of Urine Extracellular Vesicles', 'exosomes-associated miRNAs']),
 '"extracellular vesicles"[tiab] OR "extracellular vesicle"[tiab] OR exosome*[tiab] OR exosomal[tiab] OR ultracentrifugation[tiab] OR ((miRNA*[tiab] OR '
 'microRNA*[tiab]) AND (isolation[tiab] OR profiling[tiab] OR multiplex[tiab] OR purification[tiab] OR urine[tiab] OR plasma[tiab] OR serum[tiab] OR kits[tiab]))',
 'equivalence', ("ultracentrifugation", ['ultracentrifugation']), None, 'benefit', None),
("C1454", "Aldosterone increases the kallikrein released by rat renal cortical cells",
 "in rats, cells from the outer layer of the kidney released more of an enzyme called kallikrein into their nutrient fluid when the hormone aldosterone was added",
 ("aldosterone", ['aldosterone']),
 ("kallikrein activity released by rat renal cortical cells", ['kallikrein activity', 'rat renal cortical cell kallikrein', 'renal cortical cell kallikrein']),
 'kallikrein*[tiab] OR aldosterone[tiab] OR spironolactone[tiab] OR mineralocorticoid*[tiab] OR ((renal[tiab] OR kidney*[tiab] OR urinary[tiab] OR urine[tiab]) '
 'AND (rat[tiab] OR rats[tiab] OR esterase*[tiab] OR enzyme[tiab] OR "enzyme activity"[tiab] OR hormone*[tiab]))', 'effect', None, None, 'mechanism', ['rat']),
("C1455", "An Antibiocycle of oral antibiotics added to intermittent self-catheterization reduces urinary tract infections in neurogenic bladder",
 "a scheme of well-tolerated oral antibiotics taken in cycles, called an Antibiocycle, added to emptying the bladder with a catheter may reduce the number of "
 "infections and hospital stays",
 ("Antibiocycle of oral antibiotics", ['Antibiocycle', '"Antibiocycle" strategies']),
 ("recurrent symptomatic urinary tract infections in neurogenic bladder", ['recurrent symptomatic urinary tract infections', 'number of infections and hospitalizations']),
 '"urinary tract infection"[tiab] OR "urinary tract infections"[tiab] OR bacteriuria[tiab] OR "neurogenic bladder"[tiab] OR "self-catheterization"[tiab] OR '
 '"intermittent catheterization"[tiab] OR (antibiotic*[tiab] AND (prophyla*[tiab] OR multiresistant[tiab] OR "resistant bacteria"[tiab] OR "selection pressure"[tiab]))',
 'effect', None, ("intermittent self-catheterization", ['intermittent self-catheterization', 'intermittent catheterization']), 'benefit', None),
("C1456", "Blocking MAPK with UO126 restores the vitamin D receptor complex's nuclear localization and chromatin binding in ras-transformed keratinocytes",
 "in skin cells made cancerous by the ras gene, a drug that blocks the MAPK signalling pathway, called UO126, restored the ability of the vitamin D receptor and "
 "its partner proteins to come together in the cell nucleus and attach to the genetic material",
 ("MAPK inhibitor UO126", ['UO126', 'mitogen-activated protein kinase (MAPK) inhibitor UO126']),
 ("nuclear localization and chromatin binding of the VDR/RXR/DRIP205 complex in ras-transformed keratinocytes",
  ['nuclear localization, interaction, and binding of the complex to chromatin', 'VDR/hRXRα/DRIP205 complex binding to chromatin',
   'nuclear colocalization of VDR/DRIP205, hRXRα/DRIP205, and VDR/hRXRα/DRIP205 complex binding to chromatin']),
 '"vitamin D receptor"[tiab] OR VDR[tiab] OR "retinoid X receptor"[tiab] OR RXR[tiab] OR keratinocyte*[tiab] OR calcitriol[tiab] OR coactivator*[tiab] OR '
 '"nuclear receptor"[tiab] OR "nuclear receptors"[tiab] OR (("vitamin D"[tiab] OR ras[tiab]) AND (MAPK[tiab] OR "mitogen-activated protein kinase"[tiab] OR '
 'MEK[tiab] OR cancer[tiab] OR phosphorylation[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
