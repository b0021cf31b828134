# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 61 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair:
# magnetocardiography against the surface ECG in detecting the regional dominant frequencies of atrial fibrillation (a
# study of 18 consecutive patients referred for catheter ablation of persistent atrial fibrillation, PMID 26702313, typed
# Journal Article, each recorded with a 64-sensor MCG system in the frontal, lateral and back planes before ablation and
# mapped with intracardiac electrograms at 17 sites as the reference, with the MCG dominant frequency correlating with the
# intracardiac one at the right atrial appendage, R = 0.95, the left atrial appendage, R = 0.91, and the coronary sinus,
# R = 0.93, against only a modest correlation of ECG lead V5 with the left atrial appendage, R = 0.82, the authors
# concluding that MCG detects the dominant frequencies in the left atrium and coronary sinus more precisely than ECG and
# that its use for planning ablation needs prospective study; no randomized or controlled trial outside earlier claims'
# eligible records was left in the corpus, so this comparison against an invasive reference in the same patients stands
# in for one; no earlier claim's eligible records held it, the earlier queries that met it were about pulmonary vein
# isolation and slowed stomach emptying, adenosine triphosphate and dominant frequency in atrial fibrillation, the
# anteroseptal line for perimitral flutter and the biphasic P wave; among non-vitamin K oral anticoagulants and their
# persistence in atrial fibrillation, yoga in atrial fibrillation, a high-fat diet and porcine atria, the anteroseptal
# ablation line, periesophageal nerve injury after pulmonary vein isolation, the biphasic P wave, ATP and atrial
# electrograms, pulmonary vein isolation in severe scoliosis, the P wave axis in lupus, an aortic prosthesis obstructed by
# pannus and an air embolism after lung biopsy),
# cyclic neutropenia and pyomyositis with overwhelming sepsis (a case report, PMID 11890621, of a young, fit patient with
# primary pyomyositis, multiple abscesses and overwhelming sepsis, MeSH adding Pseudomonas aeruginosa, psoas abscess and
# acute kidney and liver failure, who survived long enough for the cycling of the neutrophil count to show, the cause thus
# being established, and who after drainage of the abscesses was treated successfully with granulocyte colony stimulating
# factor and remained well; no earlier claim's eligible records held it, the only earlier query that met it was about
# antibiotics with drainage for pyomyositis; among pyomyositis in children, tropical, pneumococcal and staphylococcal
# pyomyositis, pyomyositis at a surgical site in chronic myeloid leukaemia, bilateral psoas abscesses from MRSA in a
# neutropenic patient, iliopsoas and paravertebral abscesses, a spinal epidural abscess from pulmonary zygomycosis during
# leukaemia chemotherapy, septic sacroiliitis, osteoarticular tuberculosis, acute osteomyelitis in children and a
# paclitaxel chemoradiation trial that only mentions neutropenia),
# the new automated Elecsys and Access anti-Müllerian hormone assays against the Gen II and Ansh Labs ELISA assays (a
# prospective assay evaluation in 83 patients referred for serum AMH measurement before an IVF cycle, PMID 26183313, typed
# Research Support, with low intra-assay variation for all four assays, Passing-Bablok regressions showing the automated
# assays reading substantially lower than the ELISAs but agreeing closely with each other, and AMH from every assay
# correlating alike with the antral follicle count, r = 0.62-0.64, the number of cumulus oocyte complexes, r = 0.60-0.64,
# and metaphase II oocytes, r = 0.48-0.50, with a uniformly low accuracy for predicting pregnancy, AUC 0.62-0.63, the
# authors asking for assay-specific interpretation and an international standard; no earlier claim's eligible records
# held it, the only earlier query that met it was about the natural cycle for frozen embryo transfer; among AMH and the
# cumulative live birth rate after IVF, intercycle variability of the ovarian response to corifollitropin alfa, the
# ectopic pregnancy rate and the number of retrieved oocytes, progesterone and intrauterine insemination, microRNA
# profiles of follicular fluid, endometrial VEGF and raised progesterone, and infertility with deep endometriosis),
# Leishmania infantum infection and the clinical signs of canine leishmaniasis in dogs (a study of 48 dogs from north-
# eastern Argentina diagnosed by Leishmania amastigotes on lymph node, bone marrow or spleen aspirates, PMID 26277067,
# typed Research Support, with systemic abnormalities in 95.8%, most often lymphadenopathy, 89.6%, and emaciation, 75%,
# tegumentary abnormalities in 87%, such as alopecia, 54.2%, and secondary skin lesions, 47.9%, and cytochrome b
# sequencing of the 23 amplified samples showing two genotypes of L. (L.) infantum, LiA1 in 18 and LiA2 in five, the
# parasites seeming to spread in urban areas; no earlier claim's eligible records held it, the only earlier query that met
# it was about antimonial drugs for canine leishmaniasis; among leptin with miltefosine in experimental visceral
# leishmaniasis, a new focus of cutaneous leishmaniasis from L. tropica in Morocco, Leishmania in bats in Brazil and
# Ethiopia and in Algerian hedgehogs in Tunisia, and the genitalia of phlebotomine sand flies),
# serial routine EEG and the prediction of epilepsy in infants with tuberous sclerosis complex (a multicentre prospective
# observational study of 40 infants younger than 7 months, seizure-free and on no antiepileptic drugs, 28 of them past 12
# months at this interim analysis, PMID 26498039, typed Journal Article, in which 19 of the 28 developed seizures, mostly
# epileptic spasms, epileptiform abnormalities first appeared on EEG in 14 at an average age of 4.2 months, a median of
# 1.9 months before seizure onset, every child with epileptiform discharges went on to epilepsy, a positive predictive
# value of 100%, and the negative predictive value of a normal EEG was 64%; no earlier claim's eligible records held it,
# the earlier queries that met it were about antiepileptic drugs and skin eruptions and preventive antiepileptic treatment
# in infants with tuberous sclerosis; among the adverse effects of antiepileptic drugs, a levetiracetam drug eruption, MRI
# predicting seizures after experimental brain injury, a mood disorder after temporal lobectomy, an unusual startle,
# obsessive-compulsive disorder presenting as a neurological emergency and a cerebral gas embolism after bronchoscopy),
# and
# a point-source colour LED topographer against a Placido-disk topographer and a combined Placido and dual Scheimpflug
# device for measuring corneal power (a retrospective observational case series of normal and post-refractive-surgery
# eyes measured consecutively on the three devices, PMID 26432123, typed Research Support, with no significant
# differences in corneal power in normal and post-refractive-surgery eyes, nor in astigmatism magnitude after refractive
# surgery, between the colour-LED device and either of the others, all P > .05, agreement on higher-order aberrations
# varying by term, and the authors concluding that all three devices were comparable with respect to corneal power; no
# earlier claim's eligible records held it, the only earlier query that met it was about the correction of low
# astigmatism; among tear osmolarity and keratometry before cataract surgery, corneal asphericity and refractive outcome,
# toric intraocular lenses, a trifocal intraocular lens, corneal sensitivity after SMILE and LASIK and torsional movements
# in refractive procedures). Synonyms name the claim's own exposure and condition, no wider. C1379 is a comparative
# effect claim with its comparator, resting on a comparison of two recording methods against intracardiac electrograms
# in the same patients; C1380 is a harm claim resting on a case report; C1381 is a head-to-head equivalence claim resting
# on four assays run on the same sera; C1382 is about dogs; C1383 is an effect claim without a comparator resting on a
# prospective multicentre study; C1384 is a second equivalence claim resting on three devices measuring the same eyes.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1379", "Magnetocardiography detects the dominant frequencies of atrial fibrillation more precisely than the ECG",
 "a magnetic recording of the heart's activity, magnetocardiography, picks up the rhythm of the fibrillation in the left upper chamber more precisely than an ordinary ECG",
 ("magnetocardiography", ['magnetocardiography', 'MCG', 'MCG system with 64 magnetic sensors']),
 ("detection of regional dominant frequencies of atrial fibrillation", ['regional dominant frequencies of atrial fibrillation', 'dominant frequency',
                                                                        'regional DFs', 'persistent AF', 'atrial fibrillation']),
 '"atrial fibrillation"[tiab] OR magnetocardiograph*[tiab] OR "dominant frequenc*"[tiab] OR "P wave"[tiab]', 'effect',
 ("electrocardiography", ['electrocardiography', 'ECG', 'Lead V1 on electrocardiography']), None, 'benefit', None),
("C1380", "Cyclic neutropenia can cause pyomyositis with overwhelming sepsis",
 "a pus-forming infection can take hold in the muscles and cause overwhelming sepsis",
 ("cyclic neutropenia", ['cyclic neutropenia', 'cycling of his neutrophil count']),
 ("pyomyositis with overwhelming sepsis", ['pyomyositis', 'primary pyomyositis', 'overwhelming sepsis',
                                           'pyogenic infection of skeletal muscle with abscess formation']),
 'pyomyositis[tiab] OR (neutropeni*[tiab] AND (infection*[tiab] OR sepsis[tiab] OR abscess*[tiab])) OR (myositis[tiab] AND sepsis[tiab])',
 'effect', None, None, 'harm', None),
("C1381", "The new automated Elecsys and Access AMH assays track follicle and oocyte numbers as well as the older ELISA assays",
 "the new automated blood tests for this hormone reflect the number of egg follicles and of eggs collected as well as the older laboratory tests do",
 ("automated Elecsys and Access anti-Müllerian hormone assays", ['Elecsys AMH', 'Access AMH', 'new automated antimüllerian hormone (AMH) assay',
                                                                 'novel automated assays']),
 ("AMH measurement before IVF and its correlation with antral follicle count and oocyte yield", ['serum AMH concentration', 'AFC',
                                                                                                'number of cumulus oocyte complexes', 'metaphase II oocytes']),
 '"antimullerian hormone"[tiab] OR "antimüllerian hormone"[tiab] OR "anti-mullerian hormone"[tiab] OR "anti-Müllerian hormone"[tiab] OR AMH[tiab] OR '
 '"ovarian reserve"[tiab] OR "antral follicle count"[tiab] OR (("in vitro fertilization"[tiab] OR IVF[tiab] OR "intracytoplasmic sperm injection"[tiab] OR '
 'ICSI[tiab]) AND (ovarian[tiab] OR oocyte*[tiab] OR follic*[tiab]))', 'equivalence',
 ("Gen II and Ansh Labs AMH ELISA assays", ['AMH Gen II ELISA', 'AMH ELISA (Ansh Labs)', 'Gen II', 'Ansh']), None, 'benefit', None),
("C1382", "Leishmania infantum infection causes canine leishmaniasis with lymphadenopathy, emaciation and skin lesions in dogs",
 "In dogs, infection with the parasite Leishmania infantum causes swollen lymph nodes, wasting and skin problems such as hair loss",
 ("Leishmania infantum infection", ['Leishmania (Leishmania) infantum', 'L. (L.) infantum', 'Leishmania amastigotes']),
 ("canine leishmaniasis with lymphadenopathy, emaciation and skin lesions", ['canine leishmaniasis (CanL)', 'lymphadenopathy', 'emaciation', 'alopecia',
                                                                           'tegumentary abnormalities']),
 'leishmania*[tiab] OR ((canine[tiab] OR dogs[tiab]) AND (parasit*[tiab] OR zoonos*[tiab] OR zoonotic[tiab] OR vector*[tiab]))',
 'effect', None, None, 'harm', ['dog']),
("C1383", "Serial routine EEGs identify infants with tuberous sclerosis complex who will develop epilepsy",
 "regular routine EEG recordings can pick out the babies who will go on to develop epilepsy",
 ("serial routine electroencephalography", ['serial routine EEGs', 'routine electroencephalography (EEG)', 'video EEGs', 'epileptiform discharges']),
 ("epilepsy in infants with tuberous sclerosis complex", ['epilepsy', 'seizure onset', 'tuberous sclerosis complex', 'epileptic spasms']),
 '"tuberous sclerosis"[tiab] OR epilep*[tiab] OR ((electroencephalogra*[tiab] OR EEG[tiab]) AND (seizure*[tiab] OR infants[tiab] OR spasms[tiab]))',
 'effect', None, None, 'benefit', None),
("C1384", "A colour-LED corneal topographer measures corneal power as well as Placido-disk and dual Scheimpflug devices",
 "the newer colour-LED topographer measures the power of the cornea as well as the established Placido-disk and Scheimpflug instruments",
 ("point-source colour LED-based topographer", ['point-source color light-emitting diode (LED)-based topographer', 'color-LED', 'color-LED device']),
 ("measurement of anterior corneal power in normal and post-refractive-surgery eyes", ['anterior corneal power', 'corneal power',
                                                                                       'post-refractive surgery eyes', 'astigmatism magnitude']),
 'topographer*[tiab] OR "corneal topography"[tiab] OR Scheimpflug[tiab] OR Placido[tiab] OR keratometr*[tiab] OR "corneal power"[tiab] OR '
 '"corneal aberrations"[tiab] OR "higher-order aberrations"[tiab] OR ((LASIK[tiab] OR "refractive surgery"[tiab] OR keratomileusis[tiab]) AND cornea*[tiab])',
 'equivalence',
 ("Placido-disk topographer and combined Placido and dual Scheimpflug device", ['Placido-disk topographer', 'combined Placido and dual Scheimpflug device',
                                                                               'Placido', 'dual Scheimpflug devices']), None, 'benefit', None),
]

write_claims(C)
