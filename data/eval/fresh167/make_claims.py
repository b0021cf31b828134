# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 61 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from fresh165's and fresh166's topics:
# a plasma microRNA signature against a clinical model for predicting left ventricular reverse remodelling in heart
# failure (a prospective cohort, PMID 29438982, typed Journal Article and registered as NCT00351390, measuring
# circulating miRNAs in 64 patients with systolic heart failure, mean age 64.8 years, 91% men, median LV ejection
# fraction 26%, with serial echocardiography 10 months apart during medical therapy, reverse remodelling defined as a
# 15% fall in LV end-systolic volume index; a principal component of plasma miRNAs was associated with reverse
# remodelling, odds ratio 3.99, P = 0.01, and gave risk discrimination superior to a clinical model, C statistic 0.71
# for the RNA-based model against 0.58 for the clinical model, and the miRNAs were dysregulated in animal heart failure
# and targeted genes of autophagy, metabolism and inflammation; away from knee cartilage, no record outside earlier
# claims' eligible records rests on a randomized trial with results (the unused trial records are a knee ACI-against-
# debridement trial, knee and talus trial protocols and a phase I/IIa knee stem-cell trial), so this comparison of two
# prediction models in the same prospective cohort stands in for a trial; no earlier claim's eligible records held it,
# the only earlier query that met it was about Group B Streptococcus and autophagy in brain endothelium; among
# mechanical circulatory support and von Willebrand factor, Purkinje potential pacing in advanced heart failure, vitamin
# D during heart failure pharmacotherapy, cardiac tumours, ventricular tachycardia, hypertrophic cardiomyopathy,
# cardiac biomarkers after a half marathon, and plasma or exosomal microRNAs in endometriosis, sickle cell disease and
# diabetes, with microRNA profiling and small-RNA sequencing methods),
# pretreatment with bicalutamide and resistance of castration-resistant prostate cancer to an mTOR inhibitor combined
# with bicalutamide (a laboratory study in CRPC cell lines, a human-derived tumour xenograft mouse model and human
# prostatectomy samples, PMID 28745319, typed Research Support, starting from clinical trials in which RAD001 with
# bicalutamide was effective in bicalutamide-naive but not in bicalutamide-pretreated CRPC patients; raised eIF4E(S209)
# phosphorylation went with resistance to the combination, bicalutamide pre-treatment raised eIF4E(S209) phosphorylation
# in the xenograft model, the androgen receptor suppressed eIF4E phosphorylation and antiandrogens relieved this
# suppression, eIF4E phosphorylation correlated with Ki67 in prostatectomy samples, eIF4E knockdown or Mnk1/2 or ERK1/2
# inhibitors re-sensitized CRPC cells to RAD001+bicalutamide while eIF4E overexpression induced resistance, the authors
# concluding that pre-treatment with AR antagonists including bicalutamide induces resistance to AR plus mTOR inhibitor
# combinations through cap-independent translation; no earlier claim's eligible records held it, the earlier queries
# that met it were about mTOR inhibitors in advanced prostate cancer, radical radiotherapy for prostate cancer,
# multiparametric MRI staging of prostate cancer, flutamide in pancreatic cancer, androgen receptor phosphorylation in
# triple-negative breast cancer and FK317 in tumour xenografts; among androgen receptor phosphorylation at serine 81,
# 515 and 578, Axl in prostate cancer, CD146 in prostate cancer, adverse pathology at radical prostatectomy,
# multiparametric MRI staging, urine extracellular vesicle miRNAs, PHGDH in renal cell carcinoma and ziyuglycoside I in
# retinoblastoma cells),
# a combined serum neutralization and immune-staining kit against the standard serum neutralization assay for
# neutralizing antibodies to adenovirus Ad36 (a diagnostic study, PMID 25312598, typed Research Support, on sera of 15
# seropositive and 16 seronegative people as confirmed by the serum neutralization assay, SNA, the gold standard that
# takes 2 weeks and considerable training; SNA showed exact reproducibility, an EIA for all adenovirus serotypes
# detected antibodies in 94% of samples, an EIA sold as Ad36-specific was falsely positive in all seronegative samples,
# and the SN-IS kit agreed with SNA-determined Ad36-antibody status in 97% of samples, the authors concluding that the
# available EIA kits are not specific for Ad36 and that the modified SNA with immune-staining reduces assay time and
# increases accuracy by reducing subjectivity; no earlier claim's eligible records held it, the only earlier query that
# met it was about anti-obesity drugs; among adenovirus-mediated gene transfer in pancreatic cancer and in cartilage
# grafts, regulatory T cells and tolerance to factor IX after perinatal adenoviral gene transfer, neutralizing
# antibodies to HIV-1, commercial chikungunya IgM assays and STAT3 phosphorylation by CK2-BLNK-CD5),
# type I interferon and measles virus infection and the induction of Bst2/tetherin in mouse neurons (a laboratory study
# in mouse CNS neurons, mouse embryo fibroblasts and measles virus-challenged mice, PMID 26311886, typed Journal
# Article, in which measles virus infection of neurons set off a robust type I interferon response, neuronal Bst2 RNA
# and protein rose after IFN exposure and viral infection notably more than in similarly treated fibroblasts, Bst2
# synthesis was IFN- and Stat1-dependent, Bst2 prevented measles virus release from non-neuronal cells, but its deletion
# had no effect on viral pathogenesis in measles virus-challenged mice, the authors calling the gene dispensable for
# clearance of neurotropic viral infection; no earlier claim's eligible records held it, the only earlier query that met
# it was about vaccination against measles and other childhood infections; among MDA5 and murine coronavirus, the Ro60
# autoantigen and inflammatory gene expression, HIV-1 Tat and tau exon 10, retroviruses and human disease, tear
# cytokines in Acanthamoeba keratitis and measles after the Ebola epidemic),
# the YAP1 inhibitor verteporfin added to gefitinib for TKI-resistant EGFR-mutated lung adenocarcinoma in mice (a
# laboratory and retrospective clinical study, PMID 29507618, typed Research Support, finding that low miR-630
# expression confers TKI resistance through a miR-630/YAP1/ERK feedback loop and Bad phosphorylation at serine 75, that
# xenograft tumours of miR-630-knockdown PC9 and PC9GR cells in nude mice, MeSH naming BALB/c nude mice, were nearly
# suppressed by gefitinib combined with verteporfin or with the MEK/ERK inhibitor AZD6244, and that patients whose
# tumours had low miR-630 and high YAP1 responded less well to TKI therapy and fared worse; no earlier claim's eligible
# records held it, the earlier queries that met it were about entinostat added to erlotinib in lung cancer and ERBB2
# activation and cetuximab resistance; among the erlotinib-with-entinostat trial, crizotinib in ALK-positive lung
# cancer, MERTK inhibition, isoliquiritigenin, Mig6 and EGFR mutants, PHGDH in lung adenocarcinoma, pemetrexed in
# bronchioloalveolar carcinoma, LDH-5 in lung cancer, PTEN in lung carcinogenesis, an EGFR mutation in nasopharyngeal
# carcinoma, FK317 xenografts, imatinib sensitivity in leukaemia, anti-KIR with anti-PD-1 antibodies, PD-L1 assays and
# hook-wire localization of ground-glass nodules), and
# septic tank seepage and the contamination of shallow water supplies (a 1975 survey of drinking water from 161 randomly
# selected rural communities in Georgetown County, South Carolina, PMID 107, typed Journal Article, finding mostly
# slightly acidic water, 2% of samples above the mandatory arsenic limit of 0.05 ppm but 72% above the recommended 0.01
# ppm, manganese above its limit in 37% and iron in 88%, iron causing the turbidity of 45% of samples, well depth and
# consumer income bearing on water quality, statistical evidence suggesting that septic tank seepage was partially
# responsible for nitrate, phosphate, iron and arsenic contamination of shallow water supplies, and lead varying with
# the plumbing and the pH; no earlier claim's eligible records held it, the earlier queries that met it were about
# hard drinking water and pancreatic cancer mortality, mercury and fatty acid synthesis and zinc-smelter emissions and
# forest soil; among drinking-water hardness and pancreatic cancer in Taiwan, zinc-smelter emissions, mercury and
# avian fatty acid synthetase, a mercury electrode, Campylobacter jejuni surviving in water, fish cues and mosquito
# larvae, renal dipeptidase and a coated knee implant). Synonyms name the claim's own exposure and condition, no wider.
# C1391 is a comparative effect claim with its comparator, resting on two prediction models compared in one prospective
# cohort; C1392 is a harm claim resting on cell lines, xenograft mice and prostatectomy samples; C1393 is a head-to-head
# equivalence claim resting on 31 sera; C1394 is a mechanism claim about mice; C1395 is an add-on claim (verteporfin
# added to gefitinib) about mice; C1396 is a harm association resting on a water survey.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1391", "A plasma microRNA signature predicts left ventricular reverse remodelling in heart failure better than a clinical model",
 "a pattern of microRNAs measured in the blood predicted whether the heart would shrink back towards normal during treatment better than the usual clinical information did",
 ("plasma microRNA signature", ['plasma microRNAs (miRNAs)', 'circulating miRNAs', 'Plasma miRNAs', 'RNA-based model', 'Plasma extracellular RNAs']),
 ("left ventricular reverse remodelling in heart failure", ['LV reverse remodeling', 'Reverse Left Ventricular Remodeling', 'left ventricular (LV) remodeling',
                                                           'systolic HF', 'heart failure (HF)']),
 '"heart failure"[tiab] OR "ventricular remodeling"[tiab] OR "ventricular remodelling"[tiab] OR "reverse remodeling"[tiab] OR cardiomyopath*[tiab] OR '
 '((microRNA*[tiab] OR miRNA*[tiab]) AND (plasma[tiab] OR circulating[tiab] OR serum[tiab]))', 'effect',
 ("clinical model", ['clinical model', 'a clinical model']), None, 'benefit', None),
("C1392", "Pretreatment with bicalutamide makes castration-resistant prostate cancer resistant to an mTOR inhibitor combined with bicalutamide",
 "earlier treatment with the anti-androgen bicalutamide can make the cancer resistant to bicalutamide combined with an mTOR-blocking drug such as everolimus",
 ("bicalutamide pretreatment", ['bicalutamide pre-treatment', 'bicalutamide-pretreated', 'pre-treatment with AR antagonists including bicalutamide', 'antiandrogens']),
 ("resistance of castration-resistant prostate cancer to an mTOR inhibitor plus bicalutamide", ['resistance to the combination',
                                                                                               'resistance to combinations of AR and mTOR inhibitors',
                                                                                               'RAD001+bicalutamide', 'castration-resistant PCa (CRPC)']),
 'bicalutamide[tiab] OR antiandrogen*[tiab] OR "androgen receptor"[tiab] OR eIF4E[tiab] OR "castration-resistant"[tiab] OR CRPC[tiab] OR '
 '"prostate cancer"[tiab] OR ((mTOR[tiab] OR everolimus[tiab] OR RAD001[tiab]) AND resistan*[tiab])', 'effect', None, None, 'harm', None),
("C1393", "A combined serum neutralization and immune-staining test identifies antibodies to adenovirus Ad36 as accurately as the standard serum neutralization assay",
 "a quicker test that combines virus neutralisation with immunostaining identifies past infection as reliably as the standard neutralisation test",
 ("serum neutralization with immune-staining (SN-IS) kit", ['SN-IS', 'combination of SNA and immune-staining (SN-IS) kit', 'modified SNA with immune-staining']),
 ("detection of neutralizing antibodies to adenovirus Ad36", ['neutralizing antibodies (NA) to Ad36', 'NA to Ad36', 'Ad36-antibody status', 'Ad36 exposure',
                                                             'human adenovirus serotype 36 (Ad36)']),
 'adenovirus*[tiab] OR "Ad36"[tiab] OR "neutralizing antibod*"[tiab] OR "neutralising antibod*"[tiab] OR ((EIA[tiab] OR ELISA[tiab] OR '
 '"enzyme immunoassay"[tiab] OR seroposit*[tiab] OR seronegat*[tiab] OR seroprevalence[tiab]) AND (virus*[tiab] OR viral[tiab] OR obesity[tiab])) OR '
 '((obes*[tiab] OR adiposity[tiab]) AND (virus*[tiab] OR viral[tiab]))', 'equivalence',
 ("standard serum neutralization assay", ['serum neutralization assay (SNA)', 'SNA', 'gold standard']), None, 'benefit', None),
("C1394", "Type I interferon and measles virus infection induce the antiviral protein Bst2/tetherin in mouse neurons",
 "In mice, infection of nerve cells with measles virus switches on the antiviral protein Bst2, also called tetherin, through type I interferon",
 ("type I interferon and measles virus infection", ['type I interferon (IFN)', 'IFN exposure', 'viral infection', 'measles virus (MV)', 'MV infection']),
 ("induction of Bst2/tetherin in neurons", ['Bst2/Tetherin Is Induced in Neurons', 'bone marrow stromal antigen 2 (Bst2)/tetherin/CD317',
                                           'neuronal Bst2 RNA and protein', 'Bst2 synthesis']),
 'tetherin[tiab] OR Bst2[tiab] OR measles[tiab] OR antiviral[tiab] OR neurotropic[tiab] OR "type I interferon*"[tiab] OR (interferon*[tiab] AND '
 '(virus*[tiab] OR viral[tiab] OR infection*[tiab])) OR ((neuron*[tiab] OR "central nervous system"[tiab] OR brain[tiab]) AND (virus*[tiab] OR viral[tiab]))',
 'effect', None, None, 'mechanism', ['mouse']),
("C1395", "Adding the YAP1 inhibitor verteporfin to gefitinib suppresses TKI-resistant EGFR-mutated lung adenocarcinoma in mice",
 "adding verteporfin, a drug that blocks the YAP1 protein, to gefitinib nearly stopped the resistant tumours from growing",
 ("verteporfin", ['verteporfin', 'YAP1 inhibitor verteporfin', 'YAP1 inhibitor']),
 ("TKI-resistant EGFR-mutated lung adenocarcinoma", ['TKI resistance', 'resistance to tyrosine kinase inhibitors', 'EGFR-mutated lung adenocarcinomas',
                                                    'Xenographic tumors', 'lung adenocarcinoma']),
 'gefitinib[tiab] OR erlotinib[tiab] OR verteporfin[tiab] OR YAP1[tiab] OR "tyrosine kinase inhibitor*"[tiab] OR "EGFR-mutated"[tiab] OR '
 '"EGFR mutant*"[tiab] OR "EGFR mutation*"[tiab] OR "lung adenocarcinoma*"[tiab] OR (("non-small cell lung"[tiab] OR "non-small-cell lung"[tiab]) AND '
 '(resistan*[tiab] OR xenograft*[tiab]))', 'effect', None,
 ("gefitinib", ['gefitinib', 'tyrosine kinase inhibitors (TKIs)', 'TKI therapy']), 'benefit', ['mouse']),
("C1396", "Septic tank seepage contaminates shallow water supplies with nitrate, phosphate, iron and arsenic",
 "seepage from septic tanks appears to be partly to blame for nitrate, phosphate, iron and arsenic in shallow water supplies",
 ("septic tank seepage", ['septic tank seepage']),
 ("nitrate, phosphate, iron and arsenic contamination of shallow water supplies", ['nitrate, phosphate, iron and arsenic contamination of shallow water supplies',
                                                                                 'contamination of shallow water supplies', 'Drinking water supplies', 'arsenic']),
 '"septic tank*"[tiab] OR sewage[tiab] OR "drinking water"[tiab] OR "potable water"[tiab] OR "water supplies"[tiab] OR "water supply"[tiab] OR '
 'groundwater[tiab] OR "well water"[tiab] OR arsenic[tiab] OR nitrate*[tiab] OR mercury[tiab] OR cadmium[tiab] OR manganese[tiab] OR fluoride[tiab] OR '
 '"water quality"[tiab] OR ((water[tiab] OR soil[tiab]) AND (contaminat*[tiab] OR pollut*[tiab] OR "heavy metal*"[tiab] OR survival[tiab]))',
 'effect', None, None, 'harm', None),
]

write_claims(C)
