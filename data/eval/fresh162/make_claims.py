# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 60 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# micro-fragmented stromal-vascular fraction injected after microfracture against microfracture alone and symptomatic
# focal chondral lesions of the knee (a controlled comparison of two groups of 20 patients treated arthroscopically with
# microfractures for a symptomatic focal chondral defect, the experimental group given an intra-articular injection of
# micro-fragmented stromal-vascular fraction at the end of surgery, PMID 31297576, with no adverse reactions, similar
# analgesic and anti-inflammatory consumption, no difference at 1 month, lower VAS at 3 months, 4.2 against 5.9, p =
# 0.04, better scores in all outcomes with a moderate effect size at 6 and 12 months and the primary end point met, WOMAC
# 17.7 against 25.5 at 12 months, p = 0.03; no earlier claim's eligible records held it, the earlier queries that met it
# were about stromal vascular fraction for knee osteoarthritis, ibuprofen as an analgesic after cardiac surgery and the
# bundled claims on MSCs for knee cartilage repair and on MSC source; among an adipose-derived MSC with microfracture
# against microfracture alone randomised trial, a protocol for a randomised pilot study of microfracture with adipose MSC
# injections, the rabbit ADSC study of C1362, microfracture with and without an SVF injection for osteoarthritis,
# adherent ADSCs against microfracture in rabbits, a meta-analysis of cellular implants after marrow stimulation in
# animals, a review of new biotechnologies, microfractures with hydrogel scaffolds, a phase IIa trial of adipose
# progenitor cells with microfracture and hyaluronic acid, a xenogenic sponge scaffold with allogenic ASCs, autologous
# fractionated adipose tissue, SVF with a hyaluronic acid scaffold in rabbits and a pilot randomised trial of PRP with
# adipose MSCs after microfracture), adipose tissue-derived stem cells added to microfracture against microfracture
# alone and chondral healing of osteochondral defects in rabbits (an experimental study in which 30 male rabbits were
# randomly divided into spontaneous healing, microfracture with a 1.5-mm drill, and microfracture with 3x10^6 ADSCs
# applied to 4 x 2 mm osteochondral defects of the medial condyle, PMID 27068292, scored on the ICRS scale at eight
# weeks, the ADSC group better than spontaneous healing for surface properties, p = 0.003, and mineralisation, p = 0.001,
# worse for matrix, p = 0.01, similar for cell distribution, viability and subchondral bone, and better than microfracture
# alone for signs of healing but not significantly, p = 0.185, the authors concluding that added ADSCs may have a
# positive effect that does not seem significant; no earlier claim's eligible records held it, the earlier queries that
# met it were about an intra-articular losartan injection after microfracture and the bundled claims on MSCs for knee
# cartilage repair and on MSC source; among gellan gum hydrogels with autologous cells in rabbits, BMP4 gene delivery to
# ADSCs, ADSCs with acellular cartilaginous matrix in rabbits, adherent ADSCs against microfracture with PRP in rabbits,
# a scaffold-free allogeneic ADSC construct, adherent against injected ADSCs in rabbits, a xenogenic sponge scaffold with
# ASCs and secretome, autologous fractionated adipose tissue, SVF with a hyaluronic acid scaffold in rabbits, composite
# spheroids for osteochondral regeneration and integrin alpha10beta1-selected MSCs in the rabbit knee),
# patellofemoral inlay resurfacing with the HemiCAP-Wave prosthesis and revision to arthroplasty (a prospective cohort
# of 18 patients with large trochlear cartilage lesions, ICRS grades 3-4 and larger than 4 cm2, or isolated
# patellofemoral osteoarthritis, PMID 27714438, with AKSS clinical, function and pain scores significantly improved at 1
# and 2 years but 28% of implants revised to arthroplasty within 6 years for progression of cartilage lesions,
# osteoarthritis or increased knee pain, level IV, the authors seeing the implant as a temporary treatment for younger
# patients; no earlier claim's eligible records held it, the earlier queries that met it were about a focal metallic
# resurfacing implant for femoral cartilage defects, patient-specific focal resurfacing implants and knee kinematics, a
# large condyle resurfacing prosthesis and reoperation after cartilage restoration procedures; among a surface matching
# resurfacing device and contact pressure, HTO with MACI, a distal femoral osteotomy, condyle resurfacing prostheses
# including UniCAP at mid and long term, a systematic review of osteochondral allografts, a systematic review of focal
# metallic inlay resurfacing of the femoral condyles, a customised femoral resurfacing implant, multifocal osteochondral
# allografts, a review of cartilage injuries, cryopreserved osteochondral allografts for patellofemoral defects, coated
# polyurethane resurfacing implants and a patient-specific resurfacing implant kinematics study), arthroscopic
# microfracture with outpatient intra-articular injections of mesenchymal stem cells and hyaluronic acid against open
# implantation of mesenchymal stem cells beneath a sutured periosteal patch and symptomatic knee cartilage defects (a
# prospective comparative study of 70 knees matched for age, sex and lesion size, 35 treated with the minimally invasive
# technique and 35 with the open technique, PMID 23235728, with no clinically significant adverse events and significant
# improvement in IKDC, Lysholm, SF-36 physical component and VAS pain scores in both groups at a mean of 24.5 months, the
# authors calling the results comparable, the new technique minimally invasive and needing a single operation, and a
# randomised trial under way; no earlier claim's eligible records held it, the earlier queries that met it were about
# autologous protein solution for knee osteoarthritis, urine-derived stem cells for cartilage defects, a periosteal flap
# added to microfracture, bone marrow MSCs with microfracture against microfracture alone, intra-articular hyaluronic
# acid after microfracture, serious adverse events of MSC injections and the bundled claims on MSCs for knee cartilage
# repair and on MSC source; among intra-articular MSCs after microfracture in horses, PGA-hyaluronan scaffolds with MSCs in
# rabbits, an Asian update on cartilage repair, injectable MSCs with high tibial osteotomy, the protocol of a randomised
# pilot study of adipose MSC injections after microfracture, a hyaluronic acid scaffold with activated bone marrow MSCs
# against microfracture, a review of new biotechnologies, an editorial commentary, autologous fractionated adipose
# tissue, next-generation marrow stimulation, a review of stem cell therapy for knee osteoarthritis and a pilot
# randomised trial of PRP with adipose MSCs after microfracture), antituberculous treatment and a paradoxical reaction
# with lymph node enlargement (a case report of a 62-year-old woman treated for Pott's disease whose paravertebral abscess
# and disco-vertebral lesions enlarged and who developed uni- then bilateral cervical lymph nodes, PMID 17336571, with a
# favourable outcome after percutaneous drainage of the adenopathies, a short oral course of corticosteroids and
# continued combined antituberculous therapy, the authors noting that such reactions are reported in 10 to 15% of
# HIV-negative patients and must be considered only after excluding inadequate or irregular intake or absorption of the
# drugs; no earlier claim's eligible records held it, the earlier queries that met it were about minimally invasive
# surgery for spinal tuberculosis, stab wounds to the neck and cervical spondylodiscitis, corticosteroids for paradoxical
# reactions in spinal tuberculosis, percutaneous endoscopic lavage and drainage for infectious spondylitis, six against
# twelve months of antitubercular therapy, corticosteroid injections causing abscesses and HIV infection and psoas
# abscess; among a transpedicular approach for thoracic spine tuberculosis, surgery for a tuberculous psoas abscess during
# antituberculosis therapy for miliary tuberculosis, FDG PET-CT in skeletal tuberculosis, Poncet's disease of the foot and
# MMP9 and STAT1 after anti-tuberculosis therapy), and elevated serum neopterin against lower neopterin and survival in
# pancreatic cancer (a prospective clinical study of serum neopterin in 83 patients with pancreatic adenocarcinoma, 47
# with chronic pancreatitis, 8 with cystadenocarcinoma and 24 healthy controls, PMID 10205291, with neopterin raised in
# adenocarcinoma and cystadenocarcinoma but not in chronic pancreatitis, better survival in pancreatic cancer patients
# with neopterin above 2 pmol/ml regardless of stage, p < 0.05, and p < 0.001 in UICC stages III and IV, and neopterin an
# independent prognostic factor in resectable patients on multivariate analysis; no earlier claim's eligible records held
# it, the earlier queries that met it were about obstructive jaundice and CA19-9, soluble IL-2 receptor alpha and
# survival in pancreatic cancer, CEA in pancreatic juice and chronic pancreatitis and pancreatic cancer risk; among opioid
# growth factor and pancreatic cancer cell proliferation, soluble IL-2 receptor alpha in pancreatic adenocarcinoma,
# anti-p53 antibodies in hepatocellular carcinoma, FISH in pancreatic ductal adenocarcinoma, disseminated tumour cells in
# pancreatic cancer, 9-nitrocamptothecin for advanced pancreatic cancer and a study of neopterin's diagnostic value in
# pancreatic adenocarcinoma). Synonyms name the claim's own exposure and condition, no wider. C1361, C1362 and C1366 are
# comparative effect claims with their comparators, C1361 resting on a controlled two-group clinical comparison and C1362
# on a randomised animal experiment; C1364 is a head-to-head equivalence claim resting on a prospective matched
# comparison; C1363 and C1365 are harm claims (a prospective cohort and a case report); C1362 is about rabbits.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1361", "Injecting micro-fragmented stromal-vascular fraction after microfracture improves symptomatic focal knee cartilage lesions more than microfracture alone",
 "If a small patch of worn cartilage in your knee is treated with microfractures, injecting micro-fragmented fat tissue into the joint at the end of the operation leaves you with less pain and a better working knee a year later than the microfractures alone",
 ("micro-fragmented stromal-vascular fraction injected after microfracture", ['micro-fragmented stromal-vascular fraction', 'micro-fragmented stromal-vascular fraction plus microfractures',
                                                                           'injection of micro-fragmented stromal-vascular fraction']),
 ("symptomatic focal chondral lesions of the knee", ['symptomatic focal chondral lesions of the knee', 'symptomatic focal chondral defect of the knee', 'focal chondral lesions']),
 '("stromal vascular fraction"[tiab] OR "stromal-vascular fraction"[tiab] OR "micro-fragmented adipose"[tiab] OR "microfragmented adipose"[tiab] OR '
 '"adipose-derived"[tiab] OR "adipose tissue-derived"[tiab]) AND (microfracture*[tiab] OR "marrow stimulation"[tiab])', 'effect',
 ("microfracture alone", ['microfractures alone', 'microfractures']), None, 'benefit', None),
("C1362", "Adding adipose-derived stem cells to microfracture improves the healing of osteochondral defects in rabbits more than microfracture alone",
 "In rabbits, putting stem cells grown from fat into a knee cartilage defect treated by microfracture makes the defect heal better than microfracture alone",
 ("adipose tissue-derived mesenchymal stem cells added to microfracture", ['adipose tissue-derived mesenchymal stem cells (ADSCs)', 'ADSCs',
                                                                           'adipocyte tissue derived stem cell therapy', 'additional ADSC treatments']),
 ("chondral healing of osteochondral defects", ['chondral healing', 'osteochondral defects (OCDs)', 'standard cylindrical osteochondral defects']),
 '("adipose-derived"[tiab] OR "adipose derived"[tiab] OR "adipose tissue-derived"[tiab] OR "adipocyte tissue derived"[tiab] OR ADSC*[tiab] OR '
 '"stromal vascular fraction"[tiab]) AND rabbit*[tiab] AND (microfracture*[tiab] OR chondral[tiab] OR osteochondral[tiab] OR "cartilage defect*"[tiab])', 'effect',
 ("microfracture alone", ['isolated MF treatment', 'microfracture (MF) technique']), None, 'benefit', ['rabbit']),
("C1363", "Patellofemoral inlay resurfacing with the HemiCAP-Wave prosthesis leads to a high rate of revision to arthroplasty",
 "A metal inlay that resurfaces the groove of the kneecap joint for large cartilage lesions and arthritis eases the pain at first, but more than a quarter of these knees need the implant replaced by a knee arthroplasty within six years",
 ("patellofemoral inlay resurfacing with the HemiCAP-Wave prosthesis", ['HemiCAP-Wave implant', 'large inlay resurfacing prosthesis', 'patellofemoral inlay resurfacing',
                                                                      'patellofemoral resurfacing implantation']),
 ("revision to arthroplasty", ['revised to arthroplasty', 'high mid-term revision rate', 'reoperations']),
 'HemiCAP*[tiab] OR "inlay resurfacing"[tiab] OR "resurfacing prosthesis"[tiab] OR "resurfacing implant*"[tiab] OR '
 '(patellofemoral[tiab] AND (arthroplasty[tiab] OR resurfacing[tiab] OR prosthesis[tiab] OR revision[tiab]))', 'effect', None, None, 'harm', None),
("C1364", "Arthroscopic microfracture with mesenchymal stem cell and hyaluronic acid injections repairs knee cartilage defects as well as open stem cell implantation under a periosteal patch",
 "Repairing a knee cartilage defect by keyhole microfracture followed by outpatient injections of your own bone marrow stem cells and hyaluronic acid works as well as open surgery that stitches the stem cells under a patch of periosteum",
 ("arthroscopic microfracture with intra-articular injections of mesenchymal stem cells and hyaluronic acid",
  ['arthroscopic microfracture and injections of mesenchymal stem cells and hyaluronic acid',
   'intra-articular injections of autologous bone marrow-derived mesenchymal stem cells (MSCs) and hyaluronic acid (HA)', 'minimally invasive technique']),
 ("symptomatic knee cartilage defects", ['symptomatic cartilage defects', 'cartilage repair in the human knee']),
 '("mesenchymal stem cell*"[tiab] OR "mesenchymal stromal cell*"[tiab] OR MSCs[tiab]) AND (microfracture*[tiab] OR periosteal[tiab] OR periosteum[tiab]) AND '
 '(injection*[tiab] OR injected[tiab] OR "hyaluronic acid"[tiab] OR hyaluronan[tiab])', 'equivalence',
 ("open implantation of mesenchymal stem cells beneath a sutured periosteal patch", ['open technique', 'open procedure',
                                                                                     'MSCs were implanted beneath a sutured periosteal patch']), None, 'benefit', None),
("C1365", "Antituberculous treatment of Pott's disease can bring on a paradoxical reaction with enlarging lymph nodes",
 "Treatment for tuberculosis of the spine can itself set off a paradoxical reaction, in which the abscess beside the spine grows and swollen lymph nodes appear in the neck even though the drugs are working",
 ("antituberculous treatment", ['adapted antituberculous treatment', 'combined antituberculous therapy', 'treatment of Pott\'s disease']),
 ("paradoxical reaction with lymph node enlargement", ['tuberculous paradoxical reaction', 'paradoxical reactions', 'lymph node paradoxical enlargement',
                                                     'enlargement of her para-vertebral abscess']),
 '(antitubercul*[tiab] OR "anti-tuberculous"[tiab] OR antituberculosis[tiab] OR "anti-tuberculosis"[tiab] OR "anti-tubercular"[tiab]) AND '
 '(paradoxical[tiab] OR enlargement[tiab] OR worsening[tiab] OR reaction*[tiab] OR lymph*[tiab] OR "new lesion*"[tiab])', 'effect', None, None, 'harm', None),
("C1366", "Raised serum neopterin goes with longer survival in pancreatic cancer",
 "If you have pancreatic cancer and your blood shows a high level of neopterin, a sign that your immune system is switched on, you live longer, whatever the stage of the cancer, than patients whose level is low",
 ("elevated serum neopterin", ['serum neopterin', 'neopterin levels above 2 pmol/ml', 'elevated neopterin concentrations']),
 ("survival in pancreatic cancer", ['pancreatic cancer (PC)', 'adenocarcinoma of the pancreas', 'prognosis']),
 'neopterin[tiab] OR ((pancreatic[tiab] OR pancreas[tiab]) AND (cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab]) AND '
 '(serum[tiab] OR marker*[tiab] OR "immune activation"[tiab]) AND (prognos*[tiab] OR survival[tiab]))', 'effect',
 ("serum neopterin at or below 2 pmol/ml", ['lower neopterin levels']), None, 'benefit', None),
]

write_claims(C)
