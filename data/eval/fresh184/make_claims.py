# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 65 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from infectious disease
# and microbiology, public health, endocrinology and diabetes, nephrology and pharmacology:
# late-night against early-evening indoor biting of Anopheles gambiae and the risk of malaria transmission (a field
# entomological study, PMID 26209103, 2015, typed Journal Article, that trapped mosquitoes with CDC light traps inside six
# houses of a western Kenya highland village twice a week for 16 months, alternating 18:00-21:00 and 21:00-06:00; of 653
# A. gambiae s.l. 15.8% bit within 18:00-21:00 (3.2 bites per person per hour) and 84.2% from 21:00-06:00 (3.8 bites per
# person per hour), sporozoite rates were 3.8% and 3.5%, and the risk of malaria transmission from 21:00 to 06:00 was about
# 5 fold the risk within 18:00-21:00; the difference comes mostly from the longer late period, not from a higher hourly
# rate; no earlier claim's eligible records held it, and the earlier queries that met it were about pyrethroid resistance
# in Culex and long-lasting insecticide-treated nets, attractive toxic sugar baits, plakortin and malaria parasites, the
# strongyloidiasis serology and insomnia topics of the last twenty sets (not used here) and the care cascade for heart
# disease prevention; among pyriproxyfen-treated nets at different blood-feeding intervals, DDT and pyrethroid resistance of
# Culex in Ghana, mosquitoes of an urban park, several dengue virus types in single mosquitoes and malaria case management
# after the switch to artemisinin combination therapy in Cameroon),
# a homozygous 287delG mutation in SLC19A2 and thiamine-responsive megaloblastic anaemia with diabetes and deafness (a
# family report, PMID 11380424, 2001, typed Case Reports and Journal Article, MeSH naming Diabetes Mellitus, Type 1, Deafness
# and Anemia, Megaloblastic, of two patients from a Tunisian kindred with TRMA syndrome; the proband was homozygous for a
# novel mutation, 287delG, in the high-affinity thiamine transporter gene SLC19A2, the proband's fibroblasts showed
# defective thiamine transport, and the authors concluded that this novel mutation is responsible for TRMA syndrome; no
# earlier claim's eligible records held it, and the only earlier query that met it was about thiamine treating TRMA (a
# different pairing: the treatment, not the cause); among hereditary pancreatitis and the trypsinogen gene, metabolic
# syndrome in Iranian schoolchildren and glucose and TET2 (a topic of the last twenty sets, not used here)),
# azide, ouabain, 2,4-dinitrophenol and oligomycin and the membrane-bound ATPase of Azotobacter vinelandii (a laboratory
# study, PMID 141, 1975, typed Journal Article, of sonically disrupted A. vinelandii cells, in which ATPase activity was
# concentrated in the R3 electron-transport membrane fraction, was stimulated by Mg2+ and 12-fold by trypsin, and was
# neither inhibited nor stimulated by azide, ouabain, 2,4-dinitrophenol or oligomycin, nor stimulated by sodium or
# potassium; a finding of no effect supports the claim; no earlier claim's eligible records held it, and the earlier
# queries that met it were about dietary DAB and rat liver enzymes and CCCP and DCCD in Clostridium pasteurianum (topics of
# the last twenty sets, not used here), urine vesicle isolation kits, cholesterol and sodium-potassium ATPase, and
# dinitrophenol stimulating respiration (a different outcome); among the membrane ATPase of Micrococcus lysodeikticus and
# pH, calcium-stimulated ATPase of porcine tooth germ and the invertase of Clostridium pasteurianum),
# cyanide against the other monoanions as inhibitors of renal dipeptidase (a laboratory study, PMID 48, 1975, typed
# Journal Article, MeSH naming Swine, Kidney Cortex and Dipeptidases, of the zinc metalloenzyme renal dipeptidase; the
# monovalent anions fluoride, chloride, bromide, iodide, azide, nitrate and thiocyanate and the divalent sulfate inhibited
# it competitively, one anion bound per enzyme molecule, while cyanide produced a much more effective inhibition than the
# other monoanions, with two cyanide ions bound per enzyme molecule; the work is on purified pig enzyme, not on live
# animals; no earlier claim's eligible records held it, and the earlier queries that met it were about septic tank seepage,
# aldosterone and renal kallikrein (a topic of the last twenty sets, not used here) and zinc smelter emissions and forest
# soil; among anions and the creatine kinase of rhesus monkey muscle, azoreductases of rat liver and VanX
# bacteriolytic activity),
# carboxymethyl pregelatinized starch as an excipient added to ibuprofen tablets for sustained release (a laboratory
# study, PMID 26702266, 2015, typed Journal Article, no MeSH recorded, that made CMPGS with degrees of substitution of
# 0.12-0.55, found solubility and viscosity rising with substitution, and tested CMPGS as a tablet excipient with ibuprofen
# as model drug (25% loading) in phosphate buffer at pH 6.8, where drug release was driven over a period of up to 8 h by
# non-Fickian diffusion; the abstract gives no comparison with ibuprofen tablets made without CMPGS, and nothing was tested
# in people or animals; no earlier claim's eligible records held it, and the earlier queries that met it were about
# slow-release ibuprofen after cardiac surgery (a different pairing: the drug's effects in patients); among floating
# drug delivery by hot-melt extrusion, low-substituted hydroxypropyl cellulose in floating systems, solid dispersion and
# liqui-solid techniques for hydrochlorothiazide, nelfinavir PLGA nanoparticles and repaglinide floating microspheres), and
# antibiotics without drainage for pancreatic abscesses in melioidosis (a retrospective case series, PMID 20601811, 2010,
# typed Case Reports and Journal Article, MeSH naming Melioidosis, Pancreatic Diseases and Anti-Bacterial Agents, of 65
# patients with melioidosis who had CT scans, four of whom (6.2%) had pancreatic involvement, all with predisposing
# diabetes or thalassaemia and several other infected sites; all pancreatic abscesses resolved with antibiotics without
# drainage, one patient dying of disseminated melioidosis; no earlier claim's eligible records held it, and the earlier
# queries that met it were about ceftazidime for melioidosis (its reviewers did not count this record), psoas abscess in
# the tropics and in diabetes, pancreatic cancer and thrombosis, group A streptococcal thrombosis, abscesses after liver
# resection with a bipolar radiofrequency device and school grades and eating disorders; among an infected pseudocyst of
# tropical pancreatitis presenting as a psoas abscess, pyogenic liver abscess in children and actinomycotic splenic
# abscesses). Synonyms name the claim's own exposure and condition, no wider.
# C1493 is a comparative claim with its comparator, resting on one village's mosquitoes; C1494 is a harm claim resting on
# one family; C1495 is an equivalence claim (four inhibitors leaving a bacterial ATPase unchanged) resting on bacterial
# membranes; C1496 is a comparative mechanism claim about purified pig kidney enzyme; C1497 is an add-on claim (CMPGS
# added to ibuprofen tablets) resting on dissolution tests; C1498 is a benefit claim resting on four patients.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1493", "Anopheles mosquitoes biting indoors from 21:00 to 06:00 carry about five times the malaria transmission risk of those biting from 18:00 to 21:00",
 "mosquitoes that bit indoors late at night, between 9 pm and 6 am, carried about five times the malaria transmission risk of those biting in the early evening",
 ("indoor Anopheles gambiae biting from 21:00 to 06:00", ['biting from 21:00-06:00h', 'from 21:00 to 06:00h', 'biting deep into the night']),
 ("risk of malaria transmission", ['risk of malaria transmission', 'malaria transmission']),
 'malaria[tiab] OR Anopheles[tiab] OR mosquito*[tiab] OR Plasmodium[tiab] OR sporozoite*[tiab] OR biting[tiab] OR "blood meal"[tiab] OR "blood-feeding"[tiab]',
 'effect', ("indoor Anopheles gambiae biting from 18:00 to 21:00", ['biting indoors within 18:00-21:00h', 'within 18:00-21:00h', 'early hours of the night']),
 None, 'harm', None),
("C1494", "A homozygous 287delG mutation in the thiamine transporter gene SLC19A2 causes thiamine-responsive megaloblastic anaemia with diabetes and deafness",
 "a child who inherited two copies of a newly found fault (287delG) in SLC19A2, the gene for the cell's high-affinity thiamine transporter, had thiamine-responsive anaemia with diabetes and deafness",
 ("homozygous 287delG mutation in SLC19A2", ['287delG', 'a novel mutation, 287delG', 'this novel mutation']),
 ("thiamine-responsive megaloblastic anaemia with diabetes and deafness", ['Thiamine-responsive megaloblastic anaemia (TRMA) syndrome with diabetes and deafness',
                                                                          'TRMA syndrome', 'thiamine-responsive megaloblastic anaemia, diabetes and deafness syndrome']),
 'thiamine[tiab] OR SLC19A2[tiab] OR megaloblastic[tiab] OR "thiamine transporter"[tiab] OR ((diabetes[tiab] OR diabetic[tiab]) AND (deafness[tiab] OR '
 '"hearing loss"[tiab] OR mutation*[tiab] OR syndrome[tiab] OR anaemia[tiab] OR anemia[tiab]))', 'effect', None, None, 'harm', None),
("C1495", "Azide, ouabain, dinitrophenol and oligomycin leave the membrane-bound ATPase of Azotobacter vinelandii unchanged",
 "four classic energy poisons, azide, ouabain, dinitrophenol and oligomycin, neither blocked nor boosted the membrane enzyme that splits ATP in the soil bacterium Azotobacter",
 ("azide, ouabain, 2,4-dinitrophenol or oligomycin", ['azide, ouabain, 2,4-dinitrophenol, or oligomycin', 'azide', 'ouabain', '2,4-dinitrophenol', 'oligomycin']),
 ("membrane-bound ATPase activity of Azotobacter vinelandii", ['membrane-bound ATPase activity', 'membrane-bound ATPase', 'ATPase activity',
                                                               'adenosinetriphosphatase (ATPase) (EC 3.6.1.3) activity in Azotobacter vinelandii']),
 'ATPase[tiab] OR ATPases[tiab] OR "adenosine triphosphatase"[tiab] OR Azotobacter[tiab] OR oligomycin[tiab] OR ouabain[tiab] OR azide[tiab] OR dinitrophenol[tiab] OR '
 '"2,4-dinitrophenol"[tiab] OR "oxidative phosphorylation"[tiab]', 'equivalence', None, None, 'mechanism', None),
("C1496", "Cyanide inhibits pig renal dipeptidase far more strongly than chloride and the other monoanions",
 "cyanide blocked the kidney enzyme renal dipeptidase far more strongly than chloride, fluoride and other simple negatively charged salts did",
 ("cyanide", ['Cyanide ion', 'cyanide', 'two cyanide ions']),
 ("renal dipeptidase activity", ['renal dipeptidase', 'the zinc metalloenzyme, renal dipeptidase', 'enzyme-catalyzed hydrolysis of glycyldehydrophenylalanine']),
 'dipeptidase*[tiab] OR peptidase*[tiab] OR cyanide[tiab] OR zinc[tiab] OR metalloenzyme*[tiab] OR "competitive inhibition"[tiab] OR ((anion[tiab] OR anions[tiab] OR '
 'monoanion*[tiab] OR chloride[tiab] OR thiocyanate[tiab]) AND inhibit*[tiab])', 'effect',
 ("the other monoanions (fluoride, chloride, bromide, iodide, azide, nitrate and thiocyanate)",
  ['the other monoanions', 'monovalent anions fluoride, chloride, bromide, iodide, azide, nitrate, or thiocyanate']),
 None, 'mechanism', ['pig']),
("C1497", "Adding carboxymethyl pregelatinized starch as an excipient to ibuprofen tablets sustains the drug's release for up to 8 hours",
 "a tablet filler made from chemically modified starch let ibuprofen tablets release the painkiller slowly, over up to 8 hours, in laboratory dissolution tests",
 ("carboxymethyl pregelatinized starch as a tablet excipient", ['carboxymethyl pregelatinized starch (CMPGS)', 'CMPGS', 'sustained release excipient',
                                                             'tablet excipient for sustained drug release']),
 ("sustained ibuprofen release from tablets", ['sustained drug release', 'drug release was driven over a period up to 8 h']),
 'excipient*[tiab] OR starch[tiab] OR tablet*[tiab] OR "sustained release"[tiab] OR "sustained drug release"[tiab] OR "controlled release"[tiab] OR "drug release"[tiab] OR '
 '"extended release"[tiab] OR "slow-release"[tiab] OR "slow release"[tiab] OR dissolution[tiab]', 'effect', None,
 ("ibuprofen tablets", ['Ibuprofen as drug model (25% loading)', 'Ibuprofen']), 'benefit', None),
("C1498", "Antibiotics without drainage resolve pancreatic abscesses in melioidosis",
 "all four people with melioidosis whose pancreas held abscesses saw those abscesses clear with antibiotics alone, without any need to drain them",
 ("antibiotics without drainage", ['resolved with antibiotics without requiring pancreatic abscess drainage', 'without requiring drainage']),
 ("pancreatic abscesses in melioidosis", ['pancreatic melioidosis', 'pancreatic abscesses', 'pancreatic involvement in melioidosis']),
 'melioidosis[tiab] OR Burkholderia[tiab] OR pseudomallei[tiab] OR ((pancreas[tiab] OR pancreatic[tiab] OR splenic[tiab] OR liver[tiab]) AND (abscess[tiab] OR '
 'abscesses[tiab]) AND (antibiotic*[tiab] OR drainage[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
