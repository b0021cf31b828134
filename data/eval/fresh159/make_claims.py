# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 59 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# platelet-rich plasma with adipose-derived mesenchymal stem cells against platelet-rich plasma alone and knee function
# after arthroscopic microfracture of a knee cartilage defect (a pilot randomised controlled trial of 38 patients with an
# Outerbridge grade IV monocompartmental knee cartilage defect, all given microfracture and randomised to an added PRP
# injection or a PRP and AD-MSC injection, PMID 35529427, with comparable functional improvement in both groups at 12 months
# on IKDC, KOOS, pain VAS and SF-12, all improved from baseline, and a more hyaline-like cartilage in the AD-MSC group on four
# second-look biopsies; no earlier claim's eligible records held it, the earlier queries that met it were about platelet-rich
# plasma added to microfracture, PRP with meniscal allograft transplantation, a kartogenin-PRP gel for meniscal tears,
# mesenchymal stem cells for meniscus regeneration and the bundled PRP-for-knee-osteoarthritis and two mesenchymal stem cell
# claims; among a rabbit study of adipose-derived stem cells with PRP against microfracture, a microfracture with or without
# stromal vascular fraction injection study in knee osteoarthritis, a dog study of PRP against stromal vascular fraction for
# osteochondral injury, a chondromalacia patellae report and an orthobiologics review), autologous bone marrow-derived
# mesenchymal stem cells transplanted with microfracture against microfracture alone and knee function in articular
# cartilage lesions of the knee (a multicentre randomised trial of 11 patients, 7 given BMSCs with microfracture and 4
# microfracture alone, PMID 31312692, with no significant change in IKDC or KOOS from before to 48 weeks after surgery in
# either group, only a trend to a higher KOOS quality-of-life score with the cells, 79.4 against 39.1, P = 0.07, no
# difference in T2 mapping and a higher MOCART score with the cells, P = 0.02; no earlier claim's eligible records held it,
# the earlier queries that met it were about T2 mapping of repair cartilage and the two bundled mesenchymal stem cell
# claims; among an equine study of intra-articular stem cells after microfracture, a prospective comparative study of
# microfracture with stem cell and hyaluronic acid injections, a randomised trial of cultured bone marrow stem cells with
# high tibial osteotomy, a hyaluronic acid scaffold with activated bone marrow cells against microfracture study, an
# all-arthroscopic AMIC paper, a rabbit scaffold study, a rat SDF-1 microfracture study, a Kartigen phase I trial, a
# meta-analysis of acellular biomaterials after marrow stimulation and reviews and scaffold papers), intra-articular
# mesenchymal stem cell secretome and osteoarthritis pain in mice (54 mice with collagenase-induced osteoarthritis randomly
# given secretome from 20,000 stimulated human bone marrow MSCs, 20,000 MSCs or medium, PMID 30398288, with less pain on
# hind limb weight distribution at day 7 only, cartilage damage not above that of healthy knees with secretome or cells, and
# no effect on synovial inflammation, subchondral bone volume or macrophage subtypes; no earlier claim's eligible records
# held it, the earlier queries that met it were about synovial stem cells for cartilage defects, subchondral against
# intra-articular bone marrow concentrate and the bundled secretome and two other mesenchymal stem cell claims; among a
# murine antigen-induced arthritis stem cell injection study, an iron nanoparticle-labelled murine stromal cell
# osteoarthritis study, a sponge scaffold with adipose stem cells and secretome study, a metformin-alendronate mouse
# osteoarthritis study, a cell-sheet study, microcarrier and scaffold studies, a dental pulp stem cell review and an in vitro
# subchondral bone model), spinal anaesthesia and cauda equina syndrome (a case report of a 23-year-old woman given spinal
# anaesthesia with bupivacaine and fentanyl for drainage of a Bartholin abscess, PMID 29742719, with bilateral leg weakness
# and pain on the first day after, gadolinium uptake in the cauda equina nerve sheaths on MRI read as arachnoiditis, flaccid
# paraparesis still on day 4 and walking with difficulty at discharge on day 25 after steroids; no earlier claim's eligible
# records held it, the earlier queries that met it were about buprenorphine in brachial plexus block, timing of surgery and
# decompression for cauda equina syndrome, intrathecal fentanyl and pruritus, pregabalin for uremic pruritus, appendectomy
# under spinal anaesthesia, local against general anaesthesia for disc surgery and spinal anaesthesia causing epidural and
# paraspinal abscesses; among two reports of peridural or paraspinal abscess after spinal anaesthesia, an epidural abscess
# report, a tubercular spinal epidural abscess report, a ropivacaine review, a hyperbaric ropivacaine against bupivacaine
# trial, a continuous spinal levobupivacaine trial, an intrathecal clonidine-fentanyl study, a cauda equina outcome study
# and an anorectal fistula trial), intradiscal condoliase first against surgery from the beginning and the cost of
# treating lumbar disc herniation (a Japanese cost-effectiveness model built from the literature, fee tables and an online
# questionnaire, PMID 36794375, with an average cost per patient of 701,643 yen for condoliase then open surgery for
# non-responders against 1,365,012 yen for open surgery from the beginning and 643,909 against 1,158,817 yen for the
# endoscopic pathway, and an ICER of 1.58 million yen per QALY against conservative treatment, utilities assumed equal in
# the surgical comparisons; no earlier claim's eligible records held it, the earlier queries that met it were about
# condoliase and disc height, condoliase and leg pain, early against late surgery and surgery for lumbar disc herniation and
# opioid use; among a short-term condoliase outcome study, an oxygen-ozone chemonucleolysis discitis report, a BCG
# spondylodiscitis report, an opioid use after nonsurgical, early and late surgery study, a reherniation prognostic model,
# an annular repair study, an anaesthesia network meta-analysis, an acupotomy study, a conjoined nerve root report and an
# interbody height study), and a CT contrast power injector and venous and pulmonary air embolism (a case report of an
# inadvertent antecubital venous injection of 150 mL of air by a contrast power injector during computed tomography, PMID
# 28115731, with air in the right atrium, right ventricle and pulmonary arteries on immediate CT, 48 hours of mechanical
# ventilation and recovery to discharge; no earlier claim's eligible records held it, the earlier queries that met it were
# about early against delayed and any hyperbaric oxygen for gas and cerebral air embolism, mechanical ventilation causing
# air embolism and airway pressure release ventilation; among a left ventriculography cerebral air embolism report, a fatal
# paradoxical pulmonary air embolism after CT-guided lung biopsy, a pulmonary air embolism during central venous catheter
# insertion, an iatrogenic cerebral air embolism report and four hyperbaric oxygen reports for venous and cerebral venous
# air embolism). Synonyms name the claim's own exposure and condition, no wider. C1343, C1344 and C1347 are head-to-head
# claims with their comparators (C1343 an equivalence claim); C1343 and C1344 rest on randomised trials; C1346 and C1348
# are harm claims; C1345 is about mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1343", "Adding adipose-derived mesenchymal stem cells to platelet-rich plasma after knee microfracture gives the same knee function as platelet-rich plasma alone",
 "After keyhole microfracture surgery for a knee cartilage defect, adding stem cells from your own fat to the platelet-rich plasma injection gives the same knee function as the platelet-rich plasma injection alone",
 ("platelet-rich plasma with adipose-derived mesenchymal stem cells", ['PRP in combination with adipose-derived mesenchymal stem cells (AD-MSCs)',
                                                                      'PRP and AD-MSC injection', 'PRP and AD-MSC']),
 ("knee function after microfracture of a knee cartilage defect", ['knee monocompartmental cartilage defect',
                                                                   'cartilage defects, undergoing knee arthroscopic microfracture',
                                                                   'comparable functional improvement']),
 '("platelet-rich plasma"[tiab] OR PRP[tiab]) AND ("adipose-derived"[tiab] OR "adipose derived"[tiab] OR "adipose tissue-derived"[tiab] OR '
 'AD-MSC*[tiab] OR "stromal vascular fraction"[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR microfracture[tiab])', 'equivalence',
 ("platelet-rich plasma alone", ['platelet-rich plasma (PRP) alone', 'additional PRP injection', 'PRP alone']), None, 'benefit', None),
("C1344", "Autologous bone marrow mesenchymal stem cells transplanted with microfracture improve knee function more than microfracture alone for knee cartilage lesions",
 "For a damaged patch of knee cartilage, adding stem cells grown from your own bone marrow to microfracture surgery gives you a better working knee than microfracture surgery alone",
 ("autologous bone marrow-derived mesenchymal stem cells transplanted with microfracture",
  ['transplantation of autologous bone marrow-derived mesenchymal stem cells (BMSCs)', 'BMSCs with MFX', 'BMSC transplantation with MFX']),
 ("knee function in articular cartilage lesions of the knee", ['articular cartilage lesions in the knee', 'symptomatic articular cartilage defect of the knee',
                                                              'KOOS QOL score']),
 '("bone marrow-derived mesenchymal"[tiab] OR "bone marrow mesenchymal"[tiab] OR BMSC*[tiab]) AND microfracture[tiab]', 'effect',
 ("microfracture alone", ['microfracture alone', 'MFX alone', 'control group']), None, 'benefit', None),
("C1345", "An intra-articular injection of mesenchymal stem cell secretome relieves osteoarthritis pain in mice",
 "In mice with arthritis of the knee, an injection of the substances that stem cells give off, without the cells themselves, eases the joint pain",
 ("intra-articular mesenchymal stem cell secretome", ['MSC secretome', 'intra-articular injection of MSC secretome', 'Injection of MSC secretome']),
 ("osteoarthritis pain", ['OA-related pain', 'pain reduction', 'collagenase-induced OA model']),
 '(secretome[tiab] OR "conditioned medium"[tiab] OR "conditioned media"[tiab] OR (("mesenchymal stem cell*"[tiab] OR "mesenchymal stromal cell*"[tiab]) '
 'AND (mice[tiab] OR mouse[tiab] OR murine[tiab]))) AND (osteoarthritis[tiab] OR cartilage[tiab])', 'effect', None, None, 'benefit', ['mouse']),
("C1346", "Spinal anaesthesia causes cauda equina syndrome",
 "A spinal anaesthetic, the injection in the back that numbs you from the waist down, can damage the nerves at the bottom of the spine and leave your legs weak and painful",
 ("spinal anaesthesia", ['spinal anesthesia', 'Neuraxial anesthesia', 'neuraxial anesthesia']),
 ("cauda equina syndrome", ['Cauda equina syndrome', 'arachnoiditis', 'bilateral flaccid paraparesis']),
 '"cauda equina"[tiab] OR arachnoiditis[tiab] OR "spinal anesthesia"[tiab] OR "spinal anaesthesia"[tiab] OR "neuraxial anesthesia"[tiab] OR '
 '"neuraxial anaesthesia"[tiab]', 'effect', None, None, 'harm', None),
("C1347", "Intradiscal condoliase before surgery costs less than surgery from the beginning for lumbar disc herniation",
 "For a slipped disc in the lower back, trying a condoliase injection into the disc first costs less than going straight to an operation",
 ("intradiscal condoliase injection as first-line treatment", ['intradiscal condoliase injection', 'Condoliase as a first line treatment option',
                                                               'condoliase followed by open surgery', 'condoliase followed by endoscopic surgery']),
 ("cost of treating lumbar disc herniation", ['lumbar disc herniation (LDH)', 'average cost per patient', 'cost-effectiveness']),
 'condoliase[tiab] OR chemonucleolysis[tiab] OR ("lumbar disc herniation"[tiab] AND (surgery[tiab] OR surgical[tiab] OR discectomy[tiab]))', 'effect',
 ("surgery from the beginning", ['open surgery from the beginning', 'endoscopic surgery from the beginning', 'surgical treatment from the beginning']),
 None, 'benefit', None),
("C1348", "A CT contrast power injector causes venous and pulmonary air embolism",
 "The pump that pushes dye into your arm vein for a CT scan can push air into the vein and on into the lungs",
 ("contrast power injector during computed tomography", ['contrast power injector', 'venous injection of 150 mL of air using a contrast power injector']),
 ("venous and pulmonary air embolism", ['Pulmonary Air Embolism', 'Venous air embolism', 'massive air embolism']),
 '"venous air embolism"[tiab] OR "pulmonary air embolism"[tiab] OR ("air embolism"[tiab] AND (injector[tiab] OR contrast[tiab]))', 'effect',
 None, None, 'harm', None),
]

write_claims(C)
