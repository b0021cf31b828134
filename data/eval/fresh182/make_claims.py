# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 64 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last sixteen sets, with anchors drawn from cardiology,
# endocrinology, infectious disease and microbiology, nephrology and pharmacology:
# novel oral anticoagulants against warfarin for food and drug interactions (a short review, PMID 26702159, 2015, typed
# Journal Article, no MeSH recorded, on warfarin and the novel oral anticoagulants dabigatran, rivaroxaban and the direct
# factor Xa inhibitors for atrial fibrillation; it states that NOAC have fewer food and drug interactions than warfarin, so
# patients need fewer clinic visits, and lists as drawbacks the twice-a-day dosing forced by a short half-life, a higher
# prothrombotic risk when doses are missed, the lack of long-term data, high cost and no locally available antidote; it is
# a statement in a review, not a new comparison; no earlier claim's eligible records held it, and the earlier queries that
# met it were about NOACs preventing stroke in atrial fibrillation, NOACs discontinued more often than warfarin, starting
# warfarin without a loading dose, older age and warfarin sensitivity, pulmonary vein isolation and gastric emptying, a
# biphasic P wave foretelling atrial fibrillation and magnetocardiography in atrial fibrillation (a topic of the last
# sixteen sets, not used here); among factors in warfarin response in hospital, persistence of NOAC use in Japan and yoga
# for atrial fibrillation),
# medroxyprogesterone acetate in hormone replacement therapy and the risk of breast cancer and coronary heart disease (a
# review, PMID 21414337, 2011, typed Journal Article and Review, MeSH naming Hormone Replacement Therapy, Contraception and
# Progesterone Congeners, of the steroid-receptor actions of old (MPA, norethisterone, levonorgestrel, gestodene) and new
# (drospirenone, dienogest, trimegestone) progestins; it cites clinical evidence that medroxyprogesterone acetate, a first
# generation progestin, increases the risk of breast cancer and coronary heart disease in HRT users, and argues that
# progestins differ through their binding to progesterone, glucocorticoid, androgen and mineralocorticoid receptors; the
# harm is cited from clinical evidence, not measured in the review; no earlier claim's eligible records held it, and the
# earlier queries that met it were about hormone therapy and menopausal sleep, progestins and continuous against cyclic
# oral contraceptives after surgery for endometriosis (the latter a topic of the last sixteen sets, not used here),
# Compound A against glucocorticoids, aldosterone and renal kallikrein and gene-expression signatures in HR-positive breast
# cancer; among the oestrogenic activity of fenugreek, phosphorylated progesterone receptors in breast cancer stem cells,
# kisspeptin signalling and hormone replacement cycles for frozen embryo transfer),
# plakortin and haemoglobin leakage and glutathione oxidation in parasitized red blood cells (a data report, PMID 26702418,
# 2015, typed Journal Article, no MeSH recorded, on how often 4-hydroxynonenal modifies lysine, histidine and cysteine in
# six Plasmodium falciparum proteins after parasitized red cells were challenged with the antimalarial endoperoxide
# plakortin; plakortin did not elicit haemoglobin leakage from host red blood cells and did not oxidize reduced
# glutathione, so a finding of no change supports the claim; in vitro only; no earlier claim's eligible records held it,
# and the earlier queries that met it were about plakortin killing malaria parasites and haemoglobin Koln precipitating
# on shaking; among in silico Plasmodium falciparum drug targets (a purinergic receptor, perforin-like protein 1 and
# phytoene synthase), counting intraerythrocytic merozoites, malaria case management after the switch to artemisinin
# combination therapy in Cameroon and sulfadoxine-pyrimethamine resistance in Malawi),
# heme and the heme oxygenase-1 expression threshold in rat glomeruli (a data report, PMID 26702422, 2015, typed Journal
# Article, no MeSH recorded, of HO-1 expression in isolated rat glomeruli and in cultured glomerular epithelial cells in
# response to heme; the qualitative and quantitative data support an HO-1 expression threshold in glomeruli but not in the
# epithelial cells; it is a short companion report with no numbers in the abstract; no earlier claim's eligible records
# held it, and the earlier queries that met it were about heme oxygenase-1 protecting the glomeruli and aldosterone and
# rat renal cortical kallikrein (a topic of the last sixteen sets, not used here); among bicarbonate and rat kidney
# aconitate hydratase and cephaloridine and rat kidney lysosomes (both without abstracts), andrographolide acting through Nrf2/HO-1 in disc
# degeneration, and dexamethasone ablating a lipopolysaccharide-induced NF-kB reporter signal in mice, PMID 26138224, left
# out as too near Compound A and glucocorticoid receptors, a topic of the last sixteen sets),
# exogenous glutathione added to 3-bromopyruvate and the resistance of cancer cells to it (a hypothesis paper, PMID
# 28236852, 2017, typed Journal Article, MeSH naming Glutathione, Pyruvates, Drug Resistance, Neoplasm and Models,
# Theoretical, arguing from earlier reports that 3BP is conjugated with glutathione with permanent loss of its effect, as
# with cisplatin; cancer cells with high endogenous GSH resist 3BP and 3BP-sensitive cells acquire resistance when
# exogenous GSH is added, and the authors propose GSH as an antidote that makes 3BP's effects reversible; it is an
# argument from cited evidence, not a new experiment reported with numbers; no earlier claim's eligible records held it,
# and the earlier queries that met it were about 3-bromopyruvate killing cancer and glioblastoma cells, CIP2A knockdown
# added to cisplatin, clotrimazole added to doxorubicin (both topics of the last sixteen sets, not used here), cisplatin
# and ovarian cancer cells, metabolic reprogramming beyond the Warburg effect and N-acetylcysteine and glutathione in
# healing; among 3-bromopyruvate in glioblastoma cells, glutathione S-transferase gene deletions and LDHA inhibition), and
# the uncoupler CCCP and the ATPase inhibitor DCCD against the internal-alkaline pH gradient and growth of Clostridium
# pasteurianum (a laboratory study, PMID 237, 1975, typed Journal Article, MeSH naming Clostridium, Carbonyl Cyanide
# m-Chlorophenyl Hydrazone and Dicyclohexylcarbodiimide, that measured intracellular pH in growing cultures with
# distribution probes; the interior was 0.4 to 0.8 pH units more alkaline than the medium, the gradient was abolished by
# carbonylcyanide m-chlorophenylhydrazone and N,N'-dicyclohexylcarbodiimide and absent in energy-depleted cells, and growth
# was inhibited by 5 uM of either; no earlier claim's eligible records held it, and no earlier query met it; among the
# membrane ATPase of Azotobacter vinelandii, untouched by azide, ouabain, dinitrophenol or oligomycin, an invertase of
# Clostridium pasteurianum and the penicillin sensitivity of DD-carboxypeptidase in Proteus mirabilis L-forms). Synonyms
# name the claim's own exposure and condition, no wider.
# C1481 is a comparative claim with its comparator, resting on a statement in a short review; C1482 is a harm claim resting
# on clinical evidence cited in a review; C1483 is an equivalence claim (plakortin leaving host red cells' haemoglobin and
# glutathione unchanged) resting on parasitized red cells in vitro; C1484 is a mechanism claim about rats; C1485 is an
# add-on claim (glutathione added to 3-bromopyruvate) whose added therapy harms the background drug's effect, resting on
# a hypothesis paper; C1486 is a mechanism claim resting on bacterial cultures.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1481", "Novel oral anticoagulants have fewer food and drug interactions than warfarin",
 "the newer blood thinners, such as dabigatran and rivaroxaban, have fewer interactions with foods and other medicines than warfarin",
 ("novel oral anticoagulants", ['novel oral anticoagulants (NOAC)', 'NOAC', 'novel oral anticoagulants']),
 ("food and drug interactions of oral anticoagulation", ['food and drug interactions', 'fewer food and drug interactions']),
 'warfarin[tiab] OR anticoagula*[tiab] OR NOAC*[tiab] OR dabigatran[tiab] OR rivaroxaban[tiab] OR apixaban[tiab] OR "vitamin K antagonist"[tiab] OR '
 '"vitamin K antagonists"[tiab]', 'effect', ("warfarin", ['warfarin', 'Warfarin']), None, 'benefit', None),
("C1482", "Medroxyprogesterone acetate in hormone replacement therapy raises the risk of breast cancer and coronary heart disease",
 "medroxyprogesterone acetate, an older progestogen used in hormone replacement therapy, raises the risk of breast cancer and coronary heart disease",
 ("medroxyprogesterone acetate in hormone replacement therapy", ['medroxyprogesterone acetate (MPA)', 'medroxyprogesterone acetate', 'MPA']),
 ("breast cancer and coronary heart disease", ['risk of breast cancer and coronary heart disease', 'breast cancer and coronary heart disease']),
 'medroxyprogesterone[tiab] OR progestin*[tiab] OR progestogen*[tiab] OR "hormone replacement"[tiab] OR HRT[tiab] OR contracept*[tiab] OR '
 '("coronary heart disease"[tiab] AND (hormone*[tiab] OR estrogen*[tiab] OR oestrogen*[tiab]))', 'effect', None, None, 'harm', None),
("C1483", "Plakortin does not make parasitized red blood cells leak haemoglobin or oxidize their glutathione",
 "plakortin, an experimental malaria drug, did not make infected red blood cells leak haemoglobin or oxidize their glutathione",
 ("plakortin", ['plakortin', 'Plakortin']),
 ("haemoglobin leakage and glutathione oxidation in parasitized red blood cells", ['hemoglobin leakage from host red blood cells', 'hemoglobin leakage',
                                                                                   'oxidize reduced glutathione']),
 'plakortin[tiab] OR endoperoxide*[tiab] OR antimalarial*[tiab] OR anti-malarial*[tiab] OR Plasmodium[tiab] OR hemolysis[tiab] OR haemolysis[tiab] OR '
 '((hemoglobin[tiab] OR haemoglobin[tiab]) AND leakage[tiab]) OR ("red blood cells"[tiab] AND glutathione[tiab])', 'equivalence', None, None, 'mechanism', None),
("C1484", "Heme induces heme oxygenase-1 in rat glomeruli only above a threshold, unlike in cultured glomerular epithelial cells",
 "in rats, the kidney's filtering units made heme oxygenase-1 in response to heme only once a threshold was passed, while cultured cells from those filters showed no such threshold",
 ("heme", ['heme', 'its natural substrate heme']),
 ("heme oxygenase-1 expression threshold in rat glomeruli", ['HO-1 expression threshold in glomeruli', 'HO-1 expression threshold',
                                                              'HO-1 expression patterns of heme oxygenase (HO)-1 in isolated rat glomeruli']),
 '"heme oxygenase"[tiab] OR "haem oxygenase"[tiab] OR HO-1[tiab] OR heme[tiab] OR haem[tiab] OR hemin[tiab] OR glomerul*[tiab] OR ((kidney[tiab] OR '
 'renal[tiab]) AND (rat[tiab] OR rats[tiab]))', 'effect', None, None, 'mechanism', ['rat']),
("C1485", "Adding glutathione to 3-bromopyruvate makes sensitive cancer cells resistant to it",
 "adding glutathione, the body's own antioxidant, to the experimental drug 3-bromopyruvate makes cancer cells that were sensitive to the drug resistant to it",
 ("exogenous glutathione", ['exogenous GSH', 'glutathione (GSH)', 'GSH']),
 ("resistance of cancer cells to 3-bromopyruvate", ['3BP sensitive cells acquire resistance', 'acquire resistance', 'resistance to 3BP',
                                                     'GSH-induced inhibition of 3BP effects']),
 'bromopyruvate[tiab] OR 3-BrPA[tiab] OR 3BP[tiab] OR glutathione[tiab] OR GSH[tiab] OR ("Warburg effect"[tiab] AND (drug*[tiab] OR inhibit*[tiab]))',
 'effect', None, ("3-bromopyruvate", ['3-Bromopyruvate (3BP)', '3-bromopyruvate', '3BP']), 'harm', None),
("C1486", "The uncoupler CCCP and the ATPase inhibitor DCCD abolish the internal-alkaline pH gradient and growth of Clostridium pasteurianum",
 "two chemicals, CCCP and DCCD, that disrupt how a bacterium pumps out acid abolished the less acidic interior of growing Clostridium pasteurianum and stopped its growth",
 ("carbonylcyanide m-chlorophenylhydrazone and N,N'-dicyclohexylcarbodiimide", ['carbonylcyanide m-chlorophenylhydrazone', "N,N'-dicyclohexylcarbodiimide",
                                                                               'dicyclohexylcarbodiimide']),
 ("internal-alkaline pH gradient and growth of Clostridium pasteurianum", ['pH gradient (interior alkaline)', 'internal-alkaline pH gradient',
                                                                           'intracellular pH was more alkaline than the extracellular pH', 'Growth of the organism']),
 'uncoupler*[tiab] OR "proton conductor"[tiab] OR dicyclohexylcarbodiimide[tiab] OR carbonylcyanide*[tiab] OR "pH gradient"[tiab] OR "intracellular pH"[tiab] OR '
 'Clostridium[tiab] OR (ATPase[tiab] AND (bacteria*[tiab] OR membrane*[tiab] OR inhibitor*[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
