# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 61 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair:
# serum parasite-specific IgG against saliva antibodies for diagnosing human strongyloidiasis (a diagnostic study from
# northern Paraná state, Brazil, PMID 26238982, typed Research Support, testing paired serum and saliva samples by ELISA
# with an alkaline extract of S. venezuelensis L3 larvae as heterologous antigen in 30 patients copropositive for S.
# stercoralis, 30 healthy people and 30 patients copropositive for other parasites, with a sensitivity of 96.7% for
# serum IgG and 76.7% for serum IgA against only 6.7% for saliva IgG and 56.7% for saliva IgA, a specificity of 100% for
# serum IgG and for saliva IgG and IgA and 96.7% for serum IgA, and cross-reactivity of serum IgG in 26.7% of the
# patients with other parasites against 6.7% for saliva; away from knee cartilage, the only record outside earlier
# claims' eligible records that rests on randomized trials is a retrospective look at the Clinical Benefit Response
# endpoint in upper gastrointestinal cancer, mostly pancreatic, a field earlier claims cover densely, so this comparison
# of two sample types in the same patients stands in for a trial; no earlier claim's eligible records held it, the
# earlier queries that met it were about handwashing and helminth eggs on schoolchildren's hands and stool real-time PCR
# for Strongyloides; among stool real-time PCR for S. stercoralis in Côte d'Ivoire, Enterobius eggs on schoolchildren's
# hands, leptin with miltefosine in experimental visceral leishmaniasis, a prime-boost vaccine against chronic
# toxoplasmosis in mice, early biting of Anopheles gambiae against bed nets and peripheral parasitaemia with plasma
# cytokines in pregnant women with malaria),
# the MTHFR C677T TT genotype and methotrexate toxicity and relapse in childhood acute lymphoblastic leukaemia (a cohort
# of 40 Egyptian children with ALL treated on a modified ALL-BFM 90 protocol and followed for 3.1-6.5 years, PMID
# 19923983, typed Journal Article, with TT, CT and CC genotypes in 40%, 27.5% and 32.5%, methotrexate therapy associated
# with grade III/IV toxicity in the TT genotype, diarrhoea in 81.3%, oral mucositis in 81.3%, raised transaminases in
# 87.5% and neutropenia in 78.7%, against 7.7, 7.7, 15.3 and 7.7% in CC, relapse within 5 years in 56.3% of TT against
# 18.2% of CT and 0% of CC, five-year overall survival 50% in TT against 92.3% in CC, P = 0.001, and no relation of the
# A1298C polymorphism to complications or relapse, the authors asking for large multicentre studies and for methotrexate
# dosing by MTHFR genotype to be considered; no earlier claim's eligible records held it, the earlier queries that met
# it were about the ABCG2 C421A polymorphism and plasma methotrexate, high-dose methotrexate for childhood ALL, invasive
# fungal infections during ALL chemotherapy, a diet poor in folate and methionine and pancreatic cancer, and MTHFR C677T
# in subclinical hypothyroidism; among the ABCG2 C421A study in Egyptian children, MTHFR C677T and DNA
# methyltransferases in subclinical hypothyroidism, bovine liver and E. coli dihydrofolate reductase, SCL/tal in T-cell
# ALL, a spinal epidural abscess from pulmonary zygomycosis during ALL chemotherapy, cutaneous abscesses during
# infliximab therapy and the serine pathway in BRAF inhibitor resistance),
# motorized robotic closed cervical traction against manual weight-and-pulley traction (a biomechanical proof-of-concept
# study, PMID 36763835, typed Journal Article, of a prototype robotic traction device with real-time force measurement
# and ±1 lbs accuracy, tested in an extension spring model, where it reached and held prescribed forces of 25 and 80
# lbs, and in one intact fresh cadaver put first in manual and then in robotic traction in 10-lbs steps up to 80 lbs,
# with radiographic outcomes equivalent between the two methods, disc space measurements within ±10% at all levels, the
# authors concluding that robotic cervical traction can safely and effectively apply controlled traction forces; no
# earlier claim's eligible records held it, the only earlier query that met it was about neck traction reducing cervical
# spine dislocations; among craniocervical junction tuberculosis and Pott's disease, a postsurgical prevertebral
# abscess, neonatal cervical osteomyelitis with Erb's palsy, a halo pin penetrating the skull, oesophageal rupture after
# anterior cervical surgery, spinal epidural abscess, PEEK cages in cervical spondylodiscitis, cervical blastomycosis
# and actinomycosis, a polyethylene artificial cervical disc, foraminal decompression after discoplasty and a dynamic
# lumbar cage),
# the peroxiredoxin Prx3 and the virulence of Vibrio vulnificus in mice (a laboratory study, PMID 25398878, typed
# Research Support, identifying Prx3 as a Grx3/GSH-dependent 1-Cys peroxiredoxin that reduces H2O2, a prx3 mutant that
# grew poorly in medium containing peroxides and showed reduced virulence in mice, MeSH naming ICR mice, and prx3
# activated by direct binding of the Fe-S cluster regulator IscR in response to aerobic growth and iron starvation, the
# authors concluding that Prx3 is essential for survival under oxidative stress and for the pathogenesis of V.
# vulnificus; no earlier claim's eligible records held it, the earlier queries that met it were about vicarious social
# defeat stress in mice, hydrogen peroxide and erythrocyte superoxide dismutase, and N-acetylcysteine and glutathione
# under oxidative stress; among glutaredoxin 2 and cataract in mice, the mevalonate pathway in macrophages and pulmonary
# fibrosis, LL-37 and group A streptococcal virulence factors, the herpes simplex ICP34.5 target p32, domesticated
# viruses and parasite virulence, exosomal miR-15a and diabetic oxidative stress, TIF1β phosphorylation as an oxidative
# defence in colorectal tumour cells and Cutibacterium acnes in intervertebral discs),
# high glucose and the destabilization of the tumour suppressor TET2 through lost AMPK phosphorylation at serine 99 (a
# laboratory study in cells and mice, PMID 30022161, typed Research Support, in which hyperglycaemic conditions
# disturbed the DNA 5-hydroxymethylome, AMPK phosphorylated TET2 at serine 99 and so stabilized it, raised glucose
# impeded this phosphorylation, destabilizing TET2 and dysregulating 5hmC and TET2's tumour-suppressive function in
# vitro and in vivo, and metformin protected the phosphorylation, raising TET2 stability and 5hmC, the authors proposing
# this pathway as a link between diabetes and cancer; no earlier claim's eligible records held it, the earlier queries
# that met it were about obesity and the metabolic syndrome in children, a DPP-4 inhibitor added to metformin, metformin
# and antitumour immunity, and AMPK and drug resistance in cancer cells; among metformin and PD-L1 degradation, AMPK
# driving Akt activation, glucose metabolism of hepatocytes under pancreatic cancer conditioned medium, hyperpolarized
# dihydroxyacetone for hepatic gluconeogenesis, hereditary pancreatitis, Sutherlandia extracts in MCF-7 cells,
# osteogenic mistletoe constituents, aspirin and nucleus pulposus apoptosis, autophagy in bone, a giant psoas abscess
# and a 1975 immunostimulant against carcinosarcoma), and
# HPV infection of the penile epithelium and HPV in the semen of healthy men (an observational study of 213 healthy male
# volunteers, PMID 26211884, typed Journal Article, each giving one penile scrape and three semen samples tested for HPV
# DNA by GP5+/6+ and SPF10 PCR, with penoscopy for flat penile lesions, finding moderate/high viral loads in at least
# one semen sample in 27%, in semen in 85% of the men with moderate/high loads in the penile scrape against 3% of the
# men with an HPV-negative scrape, agreement on a genotype-specific level and flat penile lesions a risk factor for HPV
# in semen, the authors concluding that HPV in semen is common and may come from desquamated infected penile cells; no
# earlier claim's eligible records held it, the earlier queries that met it were about men's poultry intake and IVF,
# persistence with medications after myocardial infarction, HPV types 6 and 11 and genital warts in men, HPV and the
# recurrence of oropharyngeal carcinoma and HIV and cervical HPV in women; among genital HPV and external genital
# lesions in the HIM study, HPV16 E7 protein bodies in mice, cervical high-risk HPV in HIV-infected women in Rio de
# Janeiro, HPV status and recurrence of oropharyngeal carcinoma, HIV-associated oral lesions and oesophageal cancer in
# Africa). Synonyms name the claim's own exposure and condition, no wider. C1385 is a comparative effect claim with its
# comparator, resting on two sample types tested in the same patients; C1386 is a harm claim resting on a small cohort;
# C1387 is a head-to-head equivalence claim resting on a biomechanical comparison in a spring model and one cadaver;
# C1388 is about mice; C1389 is a harm claim whose mechanism, AMPK phosphorylation of TET2 at serine 99, is stated in
# its title and quote, resting on work in cells and mice; C1390 is a harm association resting on an observational study.
# (The developer's one edit, before the claims were committed or reviewed: the drafting instructions had called the
# tuple's ninth field "mechanism", and the helper put C1389's mechanism there; write_claims stores that field as
# added_to, the therapy a claim's therapy is added to, which C1389 has none of. The field is now None; nothing else of
# the claim changed.)
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1385", "A serum IgG ELISA detects human strongyloidiasis more sensitively than saliva antibody testing",
 "a blood test for antibodies against the threadworm picks up the infection far more reliably than a saliva test",
 ("serum parasite-specific IgG ELISA", ['parasite-specific IgG', 'IgG was detected in 96.7% serum', 'serum samples', 'ELISA']),
 ("diagnosis of human strongyloidiasis", ['human strongyloidiasis', 'Strongyloides stercoralis', 'S. stercoralis', 'copropositive for S. stercoralis']),
 'strongyloid*[tiab] OR helminth*[tiab] OR hookworm*[tiab] OR ((IgG[tiab] OR IgA[tiab] OR ELISA[tiab] OR serodiagnos*[tiab] OR immunodiagnos*[tiab]) '
 'AND (parasit*[tiab] OR larva*[tiab] OR stool[tiab]))', 'effect',
 ("saliva IgG and IgA ELISA", ['saliva samples', 'detection of IgG and IgA in saliva', 'saliva']), None, 'benefit', None),
("C1386", "The MTHFR 677TT genotype raises methotrexate toxicity and relapse in children with acute lymphoblastic leukaemia",
 "children who carry two copies of a common variant of the MTHFR gene, the 677TT type, suffer far more severe mouth sores, diarrhoea and liver strain from methotrexate and relapse more often",
 ("MTHFR 677TT genotype", ['MTHFR C677>T', '677 TT genotype', 'MTHFR TT genotype', 'TT genotype', 'methylene tetrahydrofolate reductase (MTHFR)']),
 ("methotrexate toxicity and relapse in childhood acute lymphoblastic leukaemia", ['grade III/IV toxicity', 'mucosal and hepatic toxicity during methotrexate therapy',
                                                                                  'oral mucositis', 'elevated transaminases', 'relapse',
                                                                                  'acute lymphoblastic leukemia (ALL)']),
 'MTHFR[tiab] OR methylenetetrahydrofolate[tiab] OR "methylene tetrahydrofolate"[tiab] OR methotrexate[tiab] OR "acute lymphoblastic leukemia"[tiab] OR '
 '"acute lymphoblastic leukaemia"[tiab]', 'effect', None, None, 'harm', None),
("C1387", "Motorized robotic cervical traction applies closed cervical traction as effectively as manual weight-and-pulley traction",
 "a motorised robotic traction device applies the pulling force as effectively as the traditional weights and pulley",
 ("motorized robotic cervical traction", ['robotic cervical traction', 'motorized robotic cervical traction', 'prototype robotic traction device', 'robotic traction']),
 ("closed cervical traction", ['closed cervical traction', 'controlled traction forces', 'disc space measurements',
                              'subaxial cervical spine dislocation injuries']),
 'traction[tiab] OR "Gardner-Wells"[tiab] OR halo[tiab] OR Mayfield[tiab] OR ((robot*[tiab] OR motorized[tiab] OR cadaver*[tiab]) AND (spine[tiab] OR '
 'spinal[tiab] OR cervical[tiab] OR vertebra*[tiab])) OR (cervical[tiab] AND (dislocation*[tiab] OR instability[tiab] OR fracture*[tiab] OR trauma*[tiab]))',
 'equivalence',
 ("manual weight-and-pulley traction", ['manual weight-and-pulley traction', 'Weight-and-pulley cervical traction', 'manual traction']), None, 'benefit', None),
("C1388", "Vibrio vulnificus needs its peroxiredoxin Prx3 for full virulence in mice",
 "In mice, the bacterium Vibrio vulnificus relies on its antioxidant enzyme Prx3 to cause disease",
 ("Vibrio vulnificus peroxiredoxin Prx3", ['Prx3', 'Vibrio vulnificus 1-Cys peroxiredoxin Prx3', 'Grx3/GSH-dependent 1-Cys Prx', 'prx3 mutation']),
 ("virulence of Vibrio vulnificus infection", ['virulence', 'pathogenesis of V. vulnificus', 'survival under oxidative stress']),
 'vibrio[tiab] OR peroxiredoxin*[tiab] OR virulence[tiab] OR ((peroxide*[tiab] OR H2O2[tiab] OR "oxidative stress"[tiab]) AND (bacteri*[tiab] OR mice[tiab]))',
 'effect', None, None, 'harm', ['mouse']),
("C1389", "High glucose destabilizes the tumour suppressor TET2 by blocking its AMPK phosphorylation at serine 99",
 "high glucose stops the enzyme AMPK from marking the cancer-suppressing protein TET2 with a phosphate tag, so that TET2 becomes unstable and breaks down",
 ("high glucose", ['hyperglycaemic conditions', 'Increased glucose levels', 'High glucose levels', 'high glucose state']),
 ("destabilization of the tumour suppressor TET2", ['destabilization of TET2', 'tumour suppressor TET2', 'TET2 stability',
                                                    'dysregulation of both 5-hydroxymethylcytosine (5hmC)', 'DNA 5-hydroxymethylome']),
 'TET2[tiab] OR 5hmC[tiab] OR "5-hydroxymethylcytosine"[tiab] OR hyperglyc*[tiab] OR AMPK[tiab] OR "AMP-activated"[tiab] OR (metformin[tiab] AND '
 '(cancer[tiab] OR tumour[tiab] OR tumor[tiab])) OR (diabet*[tiab] AND (cancer[tiab] OR tumour[tiab] OR tumor[tiab] OR epigen*[tiab]))', 'effect', None,
 None, 'harm', None),
("C1390", "HPV in the semen of healthy men goes with HPV infection of the penile epithelium",
 "finding HPV in semen is common in healthy men and goes with an HPV infection of the skin of the penis",
 ("HPV infection of the penile epithelium", ['HPV infections of the penile epithelium', 'HPV-infected penile cells', 'HPV in the penile scrape',
                                             'flat penile lesions (FPL)']),
 ("HPV DNA in semen", ['HPV-DNA presence in semen', 'presence of HPV in semen', 'human papillomavirus in semen', 'moderate/high viral loads in semen']),
 'HPV[tiab] OR papillomavirus*[tiab] OR ((semen[tiab] OR penile[tiab]) AND (virus*[tiab] OR viral[tiab] OR infect*[tiab]))',
 'effect', None, None, 'harm', None),
]

write_claims(C)
