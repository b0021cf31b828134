# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 66 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from surgery, rheumatology
# (low back pain), psychology, neurology (pain), gastroenterology and respiratory medicine:
# the shape of the bone graft window of an S-type dynamic PEEK cage for anterior cervical discectomy and fusion (an
# experimental and finite element study, PMID 36842778, 2023, typed Journal Article, MeSH naming Finite Element Analysis,
# Cervical Vertebrae and Spinal Fusion, that designed a C4-C5 S-type dynamic cage with a square, circular, rectangular or
# elliptical central window for the bone graft, took minimized cage stress (to avoid subsidence) as the design constraint,
# optimized the window shape with a teaching learning based optimization algorithm and tested square- and elliptical-window
# prototypes on a six-axis spine simulator with a PVC model; cage stress varied with window shape, and square and
# elliptical windows "resulted in better outcomes" and were the better design factor; a computer and bench study of a
# prototype, not a test in people or animals; no earlier claim's eligible records held it, and the earlier queries that met
# it were about PEEK cages in cervical spondylodiscitis, posterior endoscopic cervical foraminotomy and discectomy against
# ACDF, robotic cervical traction, inner annulus fibrosus patches, osteoporosis in finite element spine models and
# postoperative spondylodiscitis; among a polyester-reinforced UHMWPE cervical disc replacement, the ADDISC lumbar disc
# prosthesis and anterior bone loss after cervical disc arthroplasty),
# altered trunk muscle moment-arms and chronic low back pain (a comparative study, PMID 36813904, 2023, typed Journal
# Article, of 50 patients with chronic low back pain and 25 healthy controls whose muscle moment-arms were measured on T2W
# axial lumbar MRI; sagittal-plane moment-arms differed significantly at every level from L1-L2 to L5-S1 (psoas, rectus
# abdominis, obliques, quadratus lumborum, erector spinae), coronal-plane moment-arms mostly did not, and the authors
# concluded that the difference alters compressive forces on the discs and may be one of the risk factors for low back
# pain; a cross-sectional comparison, not a cohort; no earlier claim's eligible records held it, and the earlier queries
# that met it were about low back pain settling without specific treatment and degenerated, fatty back muscles leading to
# low back pain (a muscle-quality exposure, not the moment-arm geometry claimed here); among multifidus and erector spinae
# degeneration in low back pain, psoas major morphology in lumbar spinal stenosis, trunk rotation in baseball batting with
# disc degeneration and paraspinal muscle quantity and disc degeneration),
# nonwhite against white patients' expected benefit from complementary and alternative medicine (a cross-sectional survey,
# PMID 26011157, 2015, typed Journal Article, of 969 patients (response rate 82.7%) in thoracic, breast and
# gastrointestinal oncology clinics, attitudes measured with the Attitudes and Beliefs about CAM (ABCAM) instrument; nonwhite
# patients reported more perceived barriers to CAM use than white patients (P<.0001) but a similar degree of expected
# benefit (P = .76), and all ABCAM domains were associated with CAM use; a finding of no difference supports the claim;
# no earlier claim's eligible records held it, and the earlier queries that met it were about complementary and alternative
# medicine improving the wellbeing of people with cancer and minority patients being under-enrolled in cancer trials; among
# the development of the ABCAM instrument, Chinese cancer patients' expectations and barriers toward traditional Chinese
# medicine and asthma patients' beliefs about integrative medicine),
# disc puncture with PBS infusion and discogenic pain in rats (an animal study, PMID 36815126, 2023, typed Journal Article,
# no MeSH recorded, that made a rat model of disc degeneration with discogenic low back pain by disc puncture and PBS
# infusion; von Frey, hot plate and acetone tests fell significantly (P < 0.05), IL-6 and TMEM100 expression in the model's
# discs was significantly higher than in sham controls and in punctured discs without PBS infusion, and metabolomics found
# 15 contributing metabolites and a weakened glycine-serine-threonine pathway; the authors tie IL-6-mediated TMEM100 to
# discogenic pain; no earlier claim's eligible records held it, and the only earlier query that met it was about
# interleukin-6 driving disc degeneration (a different pairing: IL-6 and degeneration, not the puncture model and pain);
# among ultra-purified stem cells with alginate for discogenic pain, endplate microfracture injury with spinal cord
# sensitization in rats and aspirin in a rat disc model),
# percutaneous drainage added to FOLFIRI chemotherapy for an abdominal wall abscess from mucinous cystadenocarcinoma of the
# appendix (a case report, PMID 22202258, 2011, typed Case Reports, English Abstract, Journal Article and Review, MeSH naming
# Abdominal Abscess, Appendiceal Neoplasms and Drainage, of a 76-year-old woman judged inoperable for direct invasion of the
# right psoas muscle, given FOLFIRI with bevacizumab, whose tumour progressed after the first cycle and formed an abdominal
# wall abscess at the right groin with fever and pain; a drainage tube placed in the abscess improved her symptoms markedly
# and FOLFIRI with drainage went on for 10 months without progressive disease; one patient; no earlier claim's eligible
# records held it, and the earlier queries that met it were about percutaneous drainage for psoas abscesses and antibiotics
# alone without drainage for pyogenic psoas abscess; among a retroperitoneal abscess with necrotizing fasciitis of the thigh
# during chemotherapy for sigmoid colon cancer, a sigmoid perforation with psoas abscess and pyomyositis in chronic myeloid
# leukaemia), and
# informing primary care providers of their asthma patients' beliefs about inhaled corticosteroids and integrative medicine
# (a qualitative study, PMID 26702503, 2016, typed Journal Article, of transcripts of 33 audio-recorded primary care visits
# for asthma analysed by conventional content analysis; when providers knew their patients' beliefs, four themes emerged
# (negative ICS beliefs, integrative medicine use for asthma, decision-making and healthy lifestyles) against two when they
# did not (asthma self-management and healthy lifestyles), and providers who knew of a patient's integrative medicine
# endorsement or negative ICS beliefs initiated conversations about these modifiable beliefs; asthma control was not
# measured; no earlier claim's eligible records held it, and the earlier queries that met it were about budesonide-formoterol
# and budesonide for mild asthma, sublingual immunotherapy for house dust mite asthma (a topic of the last twenty sets, not
# used here), pictogram leaflets for haemodialysis patients, Compound A and corticosteroid injections causing abscesses;
# among attitudes and beliefs about complementary medicine in people with cancer). Synonyms name the claim's own exposure
# and condition, no wider.
# C1517 is a comparative claim with its comparator, resting on a finite element and bench study; C1518 is a harm
# association resting on 75 people; C1519 is an equivalence claim (nonwhite and white patients expecting the same benefit
# from complementary medicine) resting on a survey of 969 people; C1520 is a harm claim about rats; C1521 is an add-on
# claim (percutaneous drainage added to FOLFIRI chemotherapy) resting on one patient; C1522 is a benefit claim resting on
# 33 recorded visits.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1517", "A square or elliptical bone graft window makes a better S-type dynamic cervical fusion cage than a circular or rectangular window",
 "in a new design of neck fusion cage, a square or oval window for the bone graft made a better design than a round or rectangular one",
 ("square or elliptical central bone graft window of an S-type dynamic PEEK cage", ['square and elliptical shape bone graft cavity',
                                                                                  'square and elliptical shape of the central window',
                                                                                  'square and elliptical shaped central window']),
 ("cage stress after anterior cervical discectomy and fusion", ['cage stress', 'cage stress values', 'minimized cage stress']),
 'interbody[tiab] OR "anterior cervical"[tiab] OR "cervical disc"[tiab] OR PEEK[tiab] OR polyetheretherketone[tiab] OR ("finite element"[tiab] AND '
 '(implant*[tiab] OR prosthes*[tiab] OR screw*[tiab]))', 'effect',
 ("circular or rectangular central bone graft window", ['circle', 'rectangle']), None, 'benefit', None),
("C1518", "Altered trunk muscle moment-arms go with chronic low back pain",
 "the trunk muscles of people with long-lasting back pain worked on the lower spine with different leverage, a difference that may add to the risk of back pain",
 ("altered trunk muscle moment-arms", ['muscle moment-arms', 'moment-arms', 'difference in the moment-arms', 'difference of the moment-arms',
                                       'sagittal plane moment-arms']),
 ("chronic low back pain", ['chronic low back pain', 'CLBP', 'low back pain (LBP)', 'LBP']),
 '"moment-arm"[tiab] OR "moment-arms"[tiab] OR "moment arm"[tiab] OR "moment arms"[tiab] OR (("low back pain"[tiab] OR "back pain"[tiab] OR LBP[tiab] OR '
 '"lumbar spine"[tiab] OR "lumbar disc"[tiab]) AND ("psoas major"[tiab] OR paraspinal[tiab] OR multifidus[tiab] OR "erector spinae"[tiab] OR '
 '"trunk muscle"[tiab] OR "trunk muscles"[tiab] OR "rectus abdominis"[tiab] OR "quadratus lumborum"[tiab] OR "trunk rotation"[tiab]))',
 'effect', None, None, 'harm', None),
("C1519", "Nonwhite patients with cancer expect as much benefit from complementary and alternative medicine as white patients",
 "patients who were not white expected just as much benefit from complementary and alternative medicine as white patients did",
 ("being a nonwhite patient", ['Nonwhite patients', 'nonwhite']),
 ("expected benefit from complementary and alternative medicine", ['expected benefit', 'expected benefits', 'similar degree of expected benefit',
                                                                   'expected benefit from CAM']),
 '"complementary and alternative medicine"[tiab] OR "complementary medicine"[tiab] OR "alternative medicine"[tiab] OR "integrative medicine"[tiab] OR '
 '"traditional Chinese medicine"[tiab] OR "complementary therapies"[tiab] OR "herbal medicine"[tiab] OR ((attitude*[tiab] OR belief*[tiab]) AND '
 '(race[tiab] OR racial[tiab] OR ethnic*[tiab] OR nonwhite[tiab] OR minority[tiab] OR minorities[tiab]))',
 'equivalence', ("white patients", ['white patients']), None, 'mechanism', None),
("C1520", "Disc puncture with PBS infusion gives rats discogenic pain with raised IL-6 and TMEM100 in the disc",
 "in rats, puncturing a disc in the lower back and infusing it with a buffered salt solution made the animals more sensitive to pain",
 ("lumbar disc puncture with PBS infusion", ['disc punctures and PBS infusion', 'PBS infusion', 'IDD-DLBP']),
 ("discogenic pain", ['discogenic low back pain (DLBP)', 'DLBP', 'discogenic pain', 'Lumbar Discogenic Pain']),
 'discogenic[tiab] OR TMEM100[tiab] OR (puncture*[tiab] AND (disc[tiab] OR discs[tiab] OR intervertebral[tiab])) OR ((intervertebral[tiab] OR '
 '"nucleus pulposus"[tiab]) AND (rat[tiab] OR rats[tiab]) AND (pain[tiab] OR "von Frey"[tiab] OR hyperalgesia[tiab] OR allodynia[tiab]))',
 'effect', None, None, 'harm', ['rat']),
("C1521", "Percutaneous drainage added to FOLFIRI chemotherapy controls an abdominal wall abscess from inoperable mucinous cystadenocarcinoma of the appendix",
 "a tube placed through the skin to drain an abscess in the abdominal wall, while her FOLFIRI chemotherapy carried on, markedly eased her symptoms",
 ("percutaneous drainage of the abdominal wall abscess", ['percutaneous drainage', 'drainage tube', 'drainage']),
 ("abdominal wall abscess from mucinous cystadenocarcinoma of the appendix", ['abdominal wall abscess',
                                                                            'mucinous cystadenocarcinoma of the appendix with abdominal wall abscess']),
 '"abdominal wall abscess"[tiab] OR cystadenocarcinoma[tiab] OR FOLFIRI[tiab] OR (appendix[tiab] AND (carcinoma[tiab] OR cancer[tiab] OR neoplasm*[tiab])) OR '
 '(abscess*[tiab] AND ("colon cancer"[tiab] OR "colorectal cancer"[tiab] OR "sigmoid colon"[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab] OR '
 'malignan*[tiab]) AND (drainage[tiab] OR drained[tiab]))',
 'effect', None, ("FOLFIRI chemotherapy", ['FOLFIRI', 'FOLFIRI treatment', 'systemic chemotherapy']), 'benefit', None),
("C1522", "Informing primary care providers of their asthma patients' beliefs about inhaled corticosteroids and integrative medicine leads them to discuss those beliefs",
 "when family doctors were told what their patients with asthma believed about steroid inhalers and about integrative medicine, they brought those beliefs up and talked them through during the visit",
 ("informing providers of patients' beliefs about inhaled corticosteroids and integrative medicine",
  ["providers are informed of asthma patients' beliefs", "providers had knowledge of their patient's IM endorsement or negative ICS beliefs",
   "providers had knowledge of patient's beliefs"]),
 ("conversations about medication beliefs at primary care visits for asthma", ['conversations about these modifiable beliefs', 'clinical conversations',
                                                                                'initiated conversations about these modifiable beliefs']),
 'asthma[tiab] OR "shared decision-making"[tiab] OR "shared decision making"[tiab] OR ((belief*[tiab] OR attitude*[tiab]) AND (medication*[tiab] OR '
 'medicine*[tiab] OR therapies[tiab] OR treatment[tiab]) AND (patient*[tiab]) AND (provider*[tiab] OR physician*[tiab] OR clinician*[tiab] OR '
 'consultation*[tiab] OR visit*[tiab]))',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
