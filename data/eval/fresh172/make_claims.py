# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 62 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last six sets, with anchors drawn from endocrinology,
# dentistry, laboratory oncology and ophthalmology:
# Compound A against glucocorticoids for side effects (a review, PMID 26436695, 2015, typed Journal Article and Review,
# summarising the discovering laboratories' work on Compound A (CpdA), a selective glucocorticoid receptor activator
# that prevents receptor dimerisation and shifts its activity towards transrepression, with anti-inflammatory effects in
# animal models of inflammation and autoimmune disease, anti-cancer effects, and a mechanistic analysis in skin, muscle,
# bone and glucose and fat metabolism explaining decreased CpdA side effects compared to glucocorticoids; the evidence is
# from cells and animals, not patients; no earlier claim's eligible records held it, and the only earlier query that met
# it was the one about Compound A reducing inflammation (C522, a different outcome with no comparator); among a
# glucocorticoid receptor in pancreatic cancer, synthetic progestins in HRT and contraception, tissue-specific luciferase
# reporters, antenatal corticosteroids and as-needed budesonide-formoterol),
# ERK1/2 and STAT3 activation and poor differentiation of oral squamous cell carcinoma (an immunohistochemical study,
# PMID 28090628, 2017, typed Journal Article, of 60 well, moderately and poorly differentiated oral SCCs stained for
# phosphorylated STAT3 (tyrosine and serine), ERK1/2 and JNK; pSTAT3(tyr) and pERK1/2 were higher in poorly than in well
# differentiated tumours, pJNK was higher in moderately than in poorly differentiated tumours, pSTAT3(ser) did not
# correlate with differentiation, and pERK1/2 correlated with both pSTAT3 forms and pJNK; no earlier claim's eligible
# records held it, the earlier queries that met it were about polo-like kinase 1 in oral cancer and CK2 and STAT3 in CLL
# cells; among regulatory T cells in oral squamous cell carcinoma, oral cancer gene expression in Sudan and Norway,
# HIV-associated oral lesions, betel nut chewing and paclitaxel and STAT3 Ser727 in oesophageal cancer cells),
# c-FLIP in ovarian carcinoma effusions and chemoresponse and survival (a flow cytometry study, PMID 22032542, 2011,
# typed Journal Article, that set up an assay for c-FLIP in serous effusions and applied it to 69 ovarian carcinoma
# effusions; c-FLIP was found in tumour cells of all 69 (median 80%), with no association with clinicopathological
# parameters including chemoresponse and survival, only an inverse correlation with cleaved caspase-3, the authors
# concluding that its expression appears unrelated to disease aggressiveness, so a finding of no difference supports
# the claim; no earlier claim's eligible records held it, the earlier queries that met it were about pericardiotomy for
# cardiac tamponade, asbestos exposure and mortality and NRCP siRNA nanoparticles in ovarian tumours; among NSAIDs with
# NF-kB inhibitors, p53 phosphorylation and chemosensitivity and cisplatin-resistant ovarian tumour cells, CA-125 and HE4
# tissue expression, ARID1A immunohistochemistry and CXCR7 and oestrogen receptor alpha in ovarian cancer),
# blocking ezrin Ser66 phosphorylation and lymph node metastasis of oesophageal squamous cell carcinoma in mice (a
# laboratory study, PMID 28504189, 2017, typed Journal Article, in ESCC cells and a nude mouse model of regional lymph
# node metastasis; ezrin S66 phosphorylation recruited ezrin to the membrane, non-phosphorylatable ezrin (S66A) prevented
# filopodia formation and suppressed migration and invasion but not proliferation in vitro, and in mice attenuated local
# invasion and regional lymph node metastasis but not primary tumour growth; no earlier claim's eligible records held
# it, the earlier queries that met it were about automated microendoscopy in Barrett's oesophagus and oesophagectomy for
# oesophageal squamous cell cancer; among G-protein gamma 7 in oesophageal carcinoma cells, heat shock and anticancer
# drugs in oesophageal cancer cells, intraluminal brachytherapy, oesophageal cancer in Africa and ezrin and NGX6a),
# TRPM2 inhibition with clotrimazole added to doxorubicin for neuroblastoma cells (a laboratory study, PMID 25391657,
# 2014, typed Research Support, N.I.H., Extramural, MeSH naming nude mice, in SH-SY5Y neuroblastoma cells and xenografts;
# tumours expressing the short TRPM2-S isoform grew less than those expressing full-length TRPM2-L, with lower HIF-1/2
# alpha and its targets, and inhibition of TRPM2-L by pretreatment with clotrimazole or expression of TRPM2-S increased
# the cells' sensitivity to doxorubicin (the loss of survival was rescued by HIF-1 or -2 alpha); no earlier claim's
# eligible records held it, the earlier queries that met it were about hydrogen peroxide and superoxide dismutase, FK317
# in tumour xenografts, LDHA inhibition and LDH-5 in lung cancer; among heat shock and anticancer drugs in oesophageal
# cancer cells, 3-bromopyruvate and glutathione, PHGDH in HIF2 alpha-targeting therapy and carbon monoxide and connexin
# hemichannels), and
# acanthamoeba keratitis and interleukin-8 in the tears of contact lens wearers (a prospective case-control study, PMID
# 28489721, 2017, typed Journal Article, of 132 tear samples from 61 contact lens wearers with acanthamoeba keratitis (15
# severe, 46 mild to moderate) and 22 control lens wearers, with cytokines measured by multiplex bead array and ELISA;
# IL-8 was detectable more often in keratitis than in control wearers (P = 0.003) and was higher in severe than in
# milder disease, and IL-22 was detected more often in severe disease; no earlier claim's eligible records held it, the
# earlier queries that met it were about phototherapeutic keratectomy before crosslinking, tear osmolarity and
# keratometry, measles virus and Bst2/tetherin, interleukin-1 beta in osteoarthritis and hyaluronic acid eye drops;
# among MRSA keratitis after astigmatic keratotomy, tear-film instability after cataract surgery, crosslinking in
# keratoconus and anterior chamber depth measurement). Synonyms name the claim's own exposure and condition, no wider.
# C1421 is a comparative effect claim with its comparator, resting on a review of laboratory and animal work; C1422 is a
# harm association resting on 60 tumours; C1423 is an equivalence claim (c-FLIP unrelated to chemoresponse and survival)
# resting on 69 effusions; C1424 is a benefit claim about mice; C1425 is an add-on claim (clotrimazole added to
# doxorubicin) resting on cell lines; C1426 is a mechanism claim resting on 83 contact lens wearers.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1421", "Compound A, a selective glucocorticoid receptor activator, causes fewer side effects than glucocorticoids",
 "Compound A, an experimental drug that works on the same receptor as steroid medicines, caused fewer side effects than the steroids themselves",
 ("Compound A", ['Compound A (CpdA)', 'Compound A', 'CpdA']),
 ("side effects of glucocorticoid receptor activation", ['side effects', 'adverse effects', 'metabolic and atrophogenic effects']),
 'glucocorticoid*[tiab] OR corticosteroid*[tiab] OR dexamethasone[tiab] OR "Compound A"[tiab] OR "selective glucocorticoid"[tiab] OR '
 '((steroid*[tiab] OR hormone*[tiab]) AND ("side effects"[tiab] OR "adverse effects"[tiab]))', 'effect',
 ("glucocorticoids", ['glucocorticoids', 'Glucocorticoids']), None, 'benefit', None),
("C1422", "Activation of ERK1/2 and STAT3 goes with poorly differentiated oral squamous cell carcinoma",
 "switched-on ERK1/2 and STAT3 signalling proteins go with a less differentiated, more aggressive-looking mouth cancer",
 ("ERK1/2 and STAT3 activation", ['ERK1/2 and STAT3 activation', 'pERK1/2', 'pSTAT3(tyr)']),
 ("poor differentiation of oral squamous cell carcinoma", ['poorly differentiated tumors', 'less differentiated phenotype in OSCC']),
 '"oral squamous cell carcinoma"[tiab] OR "oral SCC"[tiab] OR OSCC[tiab] OR OSCCs[tiab] OR "oral cancer"[tiab] OR ((STAT3[tiab] OR "ERK1/2"[tiab] OR '
 'JNK[tiab]) AND (differentiat*[tiab] OR "squamous cell carcinoma"[tiab] OR immunohistochem*[tiab]))', 'effect', None, None, 'harm', None),
("C1423", "c-FLIP expression in ovarian carcinoma effusions does not predict chemoresponse or survival",
 "the amount of a cell-survival protein called c-FLIP in the cancer cells of fluid drained from the abdomen or chest did not predict how ovarian cancer responded to chemotherapy or how long women survived",
 ("c-FLIP expression in ovarian carcinoma effusions", ['c-FLIP expression', 'cellular FLICE-inhibitory protein (c-FLIP)', 'c-FLIP levels']),
 ("chemoresponse and survival in ovarian carcinoma", ['chemoresponse and survival', 'disease aggressiveness']),
 'c-FLIP[tiab] OR FLICE[tiab] OR "death receptor"[tiab] OR "serous effusion*"[tiab] OR "cleaved caspase-3"[tiab] OR ((ovarian[tiab] OR ovary[tiab]) AND '
 '(carcinoma[tiab] OR cancer[tiab] OR tumor[tiab] OR tumour[tiab]))', 'equivalence', None, None, 'harm', None),
("C1424", "Blocking ezrin Ser66 phosphorylation reduces lymph node metastasis of oesophageal squamous cell carcinoma in mice",
 "In mice, oesophageal cancer cells carrying a form of the protein ezrin that cannot be switched on at one site spread less to the lymph nodes",
 ("blocking ezrin Ser66 phosphorylation", ['non-phosphorylatable ezrin (S66A)']),
 ("lymph node metastasis of oesophageal squamous cell carcinoma", ['regional lymph node metastasis', 'local invasion and regional lymph node metastasis',
                                                                  'invasion and metastasis of esophageal squamous cell carcinoma cells']),
 'ezrin[tiab] OR filopodia[tiab] OR ((esophageal[tiab] OR oesophageal[tiab] OR esophagus[tiab] OR oesophagus[tiab]) AND (carcinoma[tiab] OR cancer[tiab])) OR '
 '(metasta*[tiab] AND ("nude mice"[tiab] OR "nude mouse"[tiab]))', 'effect', None, None, 'benefit', ['mouse']),
("C1425", "Adding TRPM2 inhibition with clotrimazole to doxorubicin makes neuroblastoma cells more sensitive to the drug",
 "adding clotrimazole, which blocks a calcium channel called TRPM2, to doxorubicin made neuroblastoma cells more sensitive to the chemotherapy",
 ("TRPM2 inhibition with clotrimazole", ['Inhibition of TRPM2-L by pretreatment with clotrimazole', 'clotrimazole', 'interference with TRPM2-L function']),
 ("neuroblastoma", ['neuroblastoma', 'SH-SY5Y neuroblastoma cells']),
 'TRPM2[tiab] OR clotrimazole[tiab] OR neuroblastoma[tiab] OR doxorubicin[tiab] OR adriamycin[tiab] OR "ion channel"[tiab] OR "hypoxia-inducible factor"[tiab] OR '
 '((chemosensiti*[tiab] OR chemoresist*[tiab] OR "sensitivity of cells"[tiab]) AND (cancer[tiab] OR tumor[tiab] OR tumour[tiab]))', 'effect', None,
 ("doxorubicin", ['doxorubicin']), 'benefit', None),
("C1426", "Acanthamoeba keratitis raises interleukin-8 in the tears of contact lens wearers",
 "acanthamoeba infection of the cornea raises an inflammatory signal called IL-8 in the tears of contact lens wearers",
 ("acanthamoeba keratitis", ['acanthamoeba keratitis (AK)', 'Acanthamoeba Keratitis', 'AK']),
 ("interleukin-8 in tears", ['IL-8']),
 'acanthamoeba[tiab] OR keratitis[tiab] OR "tear film"[tiab] OR "tear osmolarity"[tiab] OR "tear cytokine*"[tiab] OR "contact lens"[tiab] OR "contact lenses"[tiab] OR '
 '"IL-8"[tiab] OR "interleukin-8"[tiab] OR ((cornea*[tiab] OR ocular[tiab]) AND (infect*[tiab] OR inflammat*[tiab] OR cytokine*[tiab]))', 'effect', None, None,
 'mechanism', None),
]

write_claims(C)
