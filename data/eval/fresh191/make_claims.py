# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 66 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from orthopaedics,
# emergency care, pharmacology and toxicology, radiology and imaging and public health:
# UHMWPE reinforced with 6% polyester fibres against unreinforced UHMWPE for artificial cervical disc replacement (a
# materials study, PMID 36799133, 2023, typed Journal Article, that reinforced ultra-high molecular weight polyethylene
# with 2, 4, 6, 8 or 10% polyester fibres; tensile strength and modulus of elasticity improved by 43.4% and 34.3% with 6%
# fibres, and flexural strength and modulus, impact strength, fracture toughness and compression strength also improved,
# the highest values at 6%; it is bench testing of material samples, not of implanted discs; no earlier claim's eligible
# records held it, and the earlier queries that met it were about the ADDISC lumbar disc prosthesis, robotic cervical
# traction, S-type dynamic cervical cage graft windows and mechanical loading for disc regeneration; among Baguera C
# against Bryan disc arthroplasty, biomimetic annulus fibrosus and nucleus pulposus analogs and a porcine disc model of the
# centre of rotation),
# MRSA and iliopsoas abscess (a retrospective study, PMID 21641042, 2011, typed Journal Article, MeSH naming
# Methicillin-Resistant Staphylococcus aureus and Psoas Abscess, of 61 patients with iliopsoas abscesses at The Johns
# Hopkins Hospital from 1993 to 2007; the rate rose from 0.5 to 6.5 cases per 10,000 admissions, and in 2005-2007 MRSA
# caused 25% of all cases and 37% of those with a definitive microbiological diagnosis, the authors writing that MRSA is now
# the leading cause; no earlier claim's eligible records held it, and the only earlier query that met it was about
# surgical drainage with antibiotics for MRSA abscesses; among MRSA psoas abscess after retroperitoneal fibrosis,
# community-acquired MRSA retroperitoneal infections, bilateral MRSA psoas abscesses in a neutropenic patient and the spine
# as the source of psoas abscess; computed tomography against ultrasound for psoas abscess, a topic of the last twenty
# sets, was not used),
# cartilage against femoral blood for measuring methanol after fatal methanol poisoning (a case series, PMID 36851027,
# 2023, typed Journal Article, of 17 people who died in one mass methanol intoxication from industrial alcohol; by gas
# chromatography, methanol in costal cartilage correlated with femoral blood (r = 0.871), as did epiglottis cartilage
# (r = 0.822) and intervertebral disc cartilage (r = 0.892), while formic acid in blood correlated only with urine and
# epiglottis, and the authors wrote that cartilage could serve as an alternative material for methanol but not for formic
# acid; agreement with blood supports the claim; no earlier claim's eligible records held it, and the earlier queries
# that met it were about rib cartilage cell implants for knee cartilage, alcohol dependence before liver transplantation
# and an extended-position postmortem CT scan of the cervical spine; among a formate assay for methanol poisoning),
# alpha-naphthoflavone and 6-hydroxymethylbenzo(a)pyrene synthetase in rat liver and lung (a laboratory study, PMID 143,
# 1975, typed Journal Article, MeSH naming Rats, Benzoflavones, Benzopyrenes, Microsomes, Liver and Lung, whose two-sentence
# abstract reports that alpha-naphthoflavone activates the aryl hydroxymethyl synthetase of both the microsomal
# membrane-bound and the soluble enzymes of rat liver and rat lung, the enzyme that hydroxymethylates benzo(a)pyrene at
# position 6; no earlier claim's eligible records held it, and the only earlier query that met it was about dietary DAB
# and the drug-metabolizing enzymes of rat liver (a topic of the last twenty sets, whose pairing is not used here); among
# digitoxin metabolism by rat liver microsomes, liver microsomal beta-glucuronidase and UDP-glucuronyltransferase, the
# azoreductases of rat liver and 12alpha-hydroxylation in rabbit liver microsomes),
# digital volume correlation added to 3T clinical MRI for measuring lumbar spine kinematics and disc strains in vivo (a
# methods study, PMID 36801782, 2023, typed Journal Article, that set against imaging which gives morphology alone a tool
# combining digital volume correlation with 3T clinical MRI, used in six healthy people during lumbar extension; it
# measured kinematics and disc strains with errors of no more than 0.17 mm and 0.5%, total 3D translations of 1 to 4.5 mm
# and mean maximum strains of 3.5% to 7.2%; no earlier claim's eligible records held it, and the only earlier query that
# met it was about mechanical loading for disc regeneration; among the transition zone of the intervertebral disc,
# automatic grading of lumbar disc degeneration with a neural network and multifidus and erector spinae degeneration), and
# Cameroon's switch of first-line malaria treatment to artemisinin combination therapy and prescribing at one health centre
# (a retrospective study, PMID 26095044, 2015, typed Journal Article, of the laboratory and prescription registers of the
# Mbakong Health Centre from 2006 to 2012; ACT prescription rose from 23% in 2007 to 44-45% in 2008-2009 while quinine
# fell from 38% to 13% (r = -0.43, p > 0.05), 61.3% of those given an ACT had a negative malaria test, patients with a
# negative test were more likely to get an antibiotic (OR 6.12), and the authors wrote of over-treatment of malaria and
# the old practice still being rampant; no earlier claim's eligible records held it, and the earlier queries that met it
# were about plakortin and parasitized red cells, Anopheles biting times (a topic of the last twenty sets, not used here)
# and withdrawing sulfadoxine-pyrimethamine; among sulfadoxine-pyrimethamine resistance in Malawi and in silico
# antimalarial drug targets). Synonyms name the claim's own exposure and condition, no wider.
# C1535 is a comparative claim with its comparator, resting on material samples; C1536 is a harm claim resting on one
# hospital's 61 patients; C1537 is an equivalence claim (cartilage as good as femoral blood for methanol) resting on 17
# deaths; C1538 is a mechanism claim about rats; C1539 is an add-on claim (digital volume correlation added to clinical
# MRI) resting on six healthy people; C1540 is a public health claim resting on one health centre's registers.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1535", "UHMWPE reinforced with 6% polyester fibres is stronger than unreinforced UHMWPE for artificial cervical discs",
 "a stiffer, tougher plastic made by mixing 6% polyester fibres into the polyethylene used for artificial neck discs was stronger than the polyethylene alone",
 ("UHMWPE reinforced with 6% polyester fibres", ['UHMWPE reinforced with polyester fibers', '6% polyester fibers', '6% polyester fiber',
                                                 'UHMWPE is reinforced with different percent of polyester', 'new bio-composite polymers']),
 ("mechanical strength of artificial cervical disc material", ['tensile strength and modulus of elasticity', 'tensile strength', 'modulus of elasticity',
                                                              'flexural strength and modulus, impact strength, fracture toughness, and compression strength',
                                                              'fracture toughness']),
 'polyethylene[tiab] OR UHMWPE[tiab] OR ((disc[tiab] OR disk[tiab]) AND (replacement[tiab] OR arthroplasty[tiab] OR prosthe*[tiab]) AND (cervical[tiab] OR '
 'material*[tiab] OR biomaterial*[tiab]))', 'effect',
 ("unreinforced UHMWPE", ['ultra-high molecular weight polyethylene', 'UHMWPE']), None, 'benefit', None),
("C1536", "MRSA has become a leading cause of iliopsoas abscesses",
 "MRSA, a staph germ that resists common antibiotics, had become the leading cause of abscesses in the iliopsoas, the deep muscle running from the lower back to the hip",
 ("methicillin-resistant Staphylococcus aureus", ['MRSA', 'Methicillin-resistant Staphylococcus aureus (MRSA)', 'Methicillin-resistant Staphylococcus aureus',
                                                  'methicillin resistant Staphylococcus aureus']),
 ("iliopsoas abscess", ['iliopsoas abscesses', 'Iliopsoas abscesses (IPAs)', 'IPAs', 'IPA', 'psoas abscess', 'psoas abscesses']),
 '(psoas[tiab] OR iliopsoas[tiab] OR retroperitoneal[tiab]) AND (MRSA[tiab] OR methicillin*[tiab] OR meticillin*[tiab])', 'effect', None, None, 'harm', None),
("C1537", "Cartilage reflects methanol concentrations as well as femoral blood after fatal methanol poisoning",
 "the amount of methanol in rib, voice-box and spinal disc cartilage rose and fell with the amount in the blood, so cartilage can be tested instead of blood",
 ("cartilage as a postmortem sample for methanol", ['costal cartilage', 'epiglottis cartilage', 'intervertebral disc cartilage', 'Cartilage tissue',
                                                    'cartilage tissues']),
 ("methanol concentration after fatal methanol poisoning", ['Methanol concentration', 'methanol concentrations', 'methanol analyses',
                                                           'postmortem diagnosis of methanol poisoning']),
 'methanol[tiab] OR "formic acid"[tiab] OR formate[tiab] OR poisoning*[tiab] OR intoxication*[tiab] OR ((postmortem[tiab] OR post-mortem[tiab] OR forensic[tiab] OR '
 'autopsy[tiab]) AND (blood[tiab] OR cartilage[tiab] OR tissue*[tiab] OR diagnos*[tiab]))', 'equivalence',
 ("femoral blood", ['femoral blood']), None, 'benefit', None),
("C1538", "alpha-Naphthoflavone activates 6-hydroxymethylbenzo(a)pyrene synthetase in rat liver and lung",
 "in rats, a chemical called alpha-naphthoflavone switched on a liver and lung enzyme that adds a small chemical group to benzo(a)pyrene, a cancer-causing substance in smoke and tar",
 ("alpha-naphthoflavone", ['alpha-Naphthoflavone', 'alpha-naphthoflavone', 'α-naphthoflavone']),
 ("6-hydroxymethylbenzo(a)pyrene synthetase activity in rat liver and lung", ['6-hydroxymethylbenzo(alpha)pyrene synthetase', 'aryl hydroxymethyl synthetase',
                                                                             'hydroxymethylation of benzo(alpha)pyrene']),
 '"benzo(a)pyrene"[tiab] OR "benzo(alpha)pyrene"[tiab] OR benzopyrene*[tiab] OR naphthoflavone[tiab] OR "polycyclic aromatic"[tiab] OR "aryl hydrocarbon"[tiab] OR '
 '(microsom*[tiab] AND (liver[tiab] OR lung[tiab] OR rat[tiab] OR rats[tiab]))', 'effect', None, None, 'mechanism', ['rat']),
("C1539", "Adding digital volume correlation to clinical MRI measures lumbar spine kinematics and disc strains in living people",
 "adding a computer method called digital volume correlation to ordinary hospital MRI scans measured how the bones of the lower back move and how much the discs stretch",
 ("digital volume correlation", ['digital volume correlation (DVC)', 'DVC', 'combining digital volume correlation (DVC) with 3T clinical MRI']),
 ("in vivo measurement of lumbar spine kinematics and intervertebral disc strains", ['lumbar kinematics and IVD strains', 'spine kinematics and IVD strains',
                                                                                     'in vivo displacement and strain measurement within the human lumbar spine',
                                                                                     'intervertebral disc (IVD) strains']),
 '"digital volume correlation"[tiab] OR ((kinematic*[tiab] OR strain*[tiab] OR "range of motion"[tiab]) AND (lumbar[tiab] OR intervertebral[tiab] OR spine[tiab] OR '
 'spinal[tiab])) OR ((MRI[tiab] OR "magnetic resonance"[tiab]) AND (quantif*[tiab] OR "in vivo"[tiab]) AND (lumbar[tiab] OR intervertebral[tiab]))', 'effect',
 None, ("3T clinical MRI", ['3T clinical MRI', 'clinical MRI']), 'benefit', None),
("C1540", "Switching malaria treatment policy to artemisinin combination therapy raised ACT prescribing and cut quinine prescribing",
 "after the country switched its first-choice malaria treatment to artemisinin combination therapy, prescriptions of that therapy rose and prescriptions of quinine fell",
 ("switch of first-line malaria treatment policy to artemisinin combination therapy", ['changes in the treatment policy to artemisinin combination therapy',
                                                                                     'changed its malaria treatment policy from monotherapy to artemisinin-based combination therapy (ACT)',
                                                                                     'change in policy']),
 ("prescribing of artemisinin combination therapy in place of quinine", ['ACT prescription', 'prescription of ACT', 'prescription of quinine']),
 'artemisinin*[tiab] OR antimalarial*[tiab] OR anti-malarial*[tiab] OR quinine[tiab] OR (malaria[tiab] AND (treatment[tiab] OR policy[tiab] OR prescri*[tiab] OR '
 '"case management"[tiab] OR drug*[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
