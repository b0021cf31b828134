# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twelve sets, with anchors drawn from gastroenterology,
# psychiatry, haematology, neurology and surgery:
# spurting against oozing peptic ulcer bleeding and residual arterial flow and rebleeding after endoscopic haemostasis (a
# prospective cohort study, PMID 26318834, 2016, typed Journal Article, of 163 consecutive patients with severe peptic
# ulcer bleeding examined with a Doppler endoscopic probe; arterial flow was detected under 87.4% of major stigmata and
# 42.3% of oozing or flat spots, and for spurting (Forrest IA) against oozing (Forrest IB) bleeding baseline arterial flow
# was 100% against 46.7%, residual flow after endoscopic haemostasis 35.7% against 0% and 30-day rebleeding 28.6% against
# 0% (all P < .05); the group sizes are not given in the abstract and it compares kinds of bleeding, not treatments; no
# earlier claim's eligible records held it, and the earlier query that met it was about Doppler-guided endoscopic therapy
# for peptic ulcer bleeding; among a duodenal ulcer perforation with Boerhaave syndrome, ibuprofen after cardiac surgery
# and prophylactic omeprazole in dogs after disc surgery),
# undiagnosed obsessive-compulsive disorder presenting as recurrent seizures with hyponatraemia (a single case discussion,
# PMID 26702187, 2015, typed Journal Article, of a 45-year-old woman with recurrent seizures and hyponatremia ascribed to
# undiagnosed OCD, who later did well on anti-obsessional treatment without any antiepileptic; one case; no earlier
# claim's eligible records held it, and the earlier queries that met it were about anti-epileptic drugs and skin
# eruptions, serial EEGs in infants with tuberous sclerosis (a topic of the last twelve sets, not used here) and obsessive
# beliefs and OCD symptom dimensions; among narratives of adults with OCD, pachygyria presenting as mania, organic mood
# disorder after temporal lobectomy and streptococcal infection with neuropsychiatric disorder in children),
# 2,3-diphosphoglycerate and the oxygen affinity of haemoglobin Tak (a laboratory study, PMID 88, 1975, typed Journal
# Article, MeSH naming Hemoglobins, Abnormal and Diphosphoglyceric Acids, of purified Hb Tak, a variant with elongated beta
# chains; its P50 was very low and not influenced by adding 2,3-diphosphoglycerate, with n = 1 (no cooperativity), and in
# haemolysate Hb A and Hb Tak interacted little if at all; a finding of no difference supports the claim; no earlier
# claim's eligible records held it, and the earlier queries that met it were about high oxygen affinity haemoglobin
# variants and polycythaemia and short maximal exercise and red-cell 2,3-DPG; among Hb Koln precipitation on shaking,
# Hb Manitoba, Hb Rahere and organic phosphates binding methaemoglobin),
# photothrombotic cortical stroke and long-lasting loss of distal forelimb function in mice (a methods study, PMID 26484787,
# 2016, typed Journal Article, no MeSH recorded, presenting an automated task in which mice reach, grip and pull an
# isometric handle; it measured long-lasting impairment in success rate, force pulled, latency to pull and latency to
# success up to 22 weeks after photothrombotic cortical strokes; the abstract gives no numbers of mice or effect sizes; no
# earlier claim's eligible records held it, and the earlier query that met it was about automated reaching training for
# forelimb recovery after stroke in mice (training and recovery, not the stroke's lasting deficit); among MRI after
# experimental brain injury and seizures in rats, penehyclidine postconditioning in cerebral ischaemia and reviews of
# cortical plasticity after injury),
# transoral decompression and occipitocervical fusion added to antitubercular therapy for craniovertebral junction
# tuberculosis (a retrospective case series, PMID 15040715, 2004, typed Journal Article, MeSH naming Tuberculosis, Spinal
# and Decompression, Surgical, of 10 consecutive patients with neurological features from CVJ tuberculosis, all given 15
# months of antitubercular therapy and operated on, four with transoral drainage of a retropharyngeal abscess, one with
# odontoidectomy and six with occipitocervical fusion; at a median 50.2 months functional status considerably improved,
# and two patients died of myocardial infarction two months later; no comparison group; no earlier claim's eligible
# records held it, and the earlier queries that met it were about posterior endoscopic cervical discectomy, corticosteroids
# for paradoxical reactions in spinal tuberculosis, cervical traction (a topic of the last twelve sets, not used here),
# Lemierre syndrome, medications after myocardial infarction, surgical debridement for spinal tuberculosis, six against
# twelve months of anti-tubercular therapy and titanium implants; among a two-patient report of craniocervical junction
# tuberculosis treated by transoral debridement and drugs, odontoid osteomyelitis with meningitis and pyogenic
# osteomyelitis of the occiput, atlas and axis),
# SMTP-7 and soluble epoxide hydrolase (a laboratory study, PMID 25361765, 2014, typed Journal Article, MeSH naming Epoxide
# Hydrolases and Fibrinolytic Agents, finding that the small-molecule thrombolytic SMTP-7 inhibited both sEH activities,
# epoxide hydrolase and lipid phosphate phosphatase, suppressed epoxy-fatty acid hydrolysis in HepG2 cells, and did so
# independently of its thrombolytic activity; enzymes and cultured cells, no outcome in patients; no earlier claim's
# eligible records held it, and the earlier query that met it was about inhibiting soluble epoxide hydrolase to reduce
# inflammation (the enzyme as the exposure, not SMTP-7 acting on it); among NSAIDs with NF-kB inhibitors in ovarian
# cancer cells, Japanese quince flavanols in colon cancer cells and physalin A in disc degeneration).
# Synonyms name the claim's own exposure and condition, no wider.
# C1457 is a comparative claim with its comparator (spurting against oozing bleeding), a harm resting on one cohort;
# C1458 is a harm claim resting on one case; C1459 is an equivalence claim (2,3-DPG leaves Hb Tak's oxygen affinity
# unchanged) resting on purified haemoglobin; C1460 is a harm claim about mice; C1461 is an add-on claim (surgery added to
# antitubercular therapy) resting on 10 patients without controls; C1462 is a mechanism claim resting on enzymes and cells.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1457", "Spurting peptic ulcer bleeding keeps more arterial flow after endoscopic haemostasis and rebleeds more than oozing bleeding",
 "bleeding from an ulcer that was spurting blood more often than bleeding that was only oozing still had blood flowing in the artery underneath after treatment through the endoscope, and more often bled again within 30 days",
 ("spurting arterial peptic ulcer bleeding (Forrest IA)", ['spurting arterial bleeding (Forrest [F] IA)', 'spurting bleeding (F IA)', 'spurting (F IA) PUB']),
 ("residual arterial blood flow and 30-day rebleeding after endoscopic haemostasis of peptic ulcer bleeding",
  ['residual blood flow detected after endoscopic hemostasis', 'residual arterial blood flow', '30-day rebleed rates', '30-day rebleed rate']),
 '((ulcer*[tiab] OR gastric[tiab] OR duoden*[tiab] OR gastrointestinal[tiab] OR endoscop*[tiab]) AND (bleeding[tiab] OR hemorrhage[tiab] OR '
 'haemorrhage[tiab] OR hemostasis[tiab] OR haemostasis[tiab] OR perforat*[tiab])) OR rebleed*[tiab] OR "risk stratification"[tiab] OR Doppler[tiab]',
 'effect', ("oozing peptic ulcer bleeding (Forrest IB)", ['oozing bleeding (F IB)', 'oozing (F IB)', 'oozing (F IB) PUB']), None, 'harm', None),
("C1458", "Undiagnosed obsessive-compulsive disorder can present as recurrent seizures with hyponatraemia",
 "obsessive-compulsive disorder that had not been recognised can show up as repeated seizures with a low level of sodium in the blood",
 ("undiagnosed obsessive-compulsive disorder", ['undiagnosed obsessive compulsive disorder (OCD)', 'obsessive compulsive disorder (OCD)', 'OCD']),
 ("recurrent seizures with hyponatraemia", ['recurrent seizures with hyponatremia', 'seizures with hyponatremia']),
 'obsessive*[tiab] OR compulsi*[tiab] OR hyponatr*[tiab] OR polydipsia[tiab] OR ((seizure*[tiab] OR epilep*[tiab]) AND (psychiatric[tiab] OR '
 'behavio*[tiab] OR anxiety[tiab] OR mood[tiab] OR sodium[tiab]))', 'effect', None, None, 'harm', None),
("C1459", "2,3-Diphosphoglycerate leaves the high oxygen affinity of haemoglobin Tak unchanged",
 "adding 2,3-diphosphoglycerate, a natural substance in red blood cells that normally helps haemoglobin let go of oxygen, did not change how tightly haemoglobin Tak held on to oxygen",
 ("2,3-diphosphoglycerate", ['2,3 diphosphoglycerate', 'addition of 2,3 diphosphoglycerate']),
 ("oxygen affinity of haemoglobin Tak", ['oxygen affinity', 'very low P50 value', 'P50 value']),
 '((haemoglobin*[tiab] OR hemoglobin*[tiab]) AND (oxygen[tiab] OR variant*[tiab] OR abnormal[tiab] OR unstable[tiab] OR P50[tiab])) OR '
 'diphosphoglycer*[tiab] OR "oxygen affinity"[tiab]', 'equivalence', None, None, 'mechanism', None),
("C1460", "Photothrombotic cortical stroke leaves mice with distal forelimb deficits lasting up to 22 weeks",
 "in mice, a small stroke in the outer layer of the brain left a weakness in reaching, gripping and pulling with the front paw that was still measurable up to 22 weeks later",
 ("photothrombotic cortical stroke", ['photothrombotic cortical strokes', 'mouse model of ischemic stroke']),
 ("long-lasting impairment of distal forelimb function", ['long-lasting impairment in success rate, force pulled, latency to pull, and latency to success',
                                                          'long-lasting impairment', 'long-lasting motor impairments']),
 'photothrombo*[tiab] OR forelimb[tiab] OR "cortical plasticity"[tiab] OR "cortical reorganization"[tiab] OR (stroke[tiab] AND (mice[tiab] OR '
 'mouse[tiab] OR rats[tiab] OR rodent*[tiab] OR animal*[tiab])) OR ((mice[tiab] OR mouse[tiab] OR rats[tiab]) AND (cortex[tiab] OR cortical[tiab] OR '
 'cerebral[tiab]) AND (ischemi*[tiab] OR ischaemi*[tiab] OR injury[tiab]))', 'effect', None, None, 'harm', ['mouse']),
("C1461", "Transoral decompression and occipitocervical fusion added to antitubercular therapy improve function in craniovertebral junction tuberculosis",
 "adding an operation through the mouth to relieve pressure on the spinal cord, followed by fusing the skull to the top of the neck, to the usual tuberculosis medicines improved the day-to-day functioning of people with tuberculosis at the junction of the skull and spine",
 ("transoral decompression and occipitocervical fusion", ['transoral decompression, occipitocervical stabilization with fusion',
                                                          'transoral decompressive procedures followed by occipitocervical fusion',
                                                          'occipitocervical (occiput -C3 or -C4) fusion']),
 ("craniovertebral junction tuberculosis", ['craniovertebral junction (CVJ) tuberculosis', 'CVJ tuberculosis', "Pott's disease of the craniovertebral junction",
                                            'Craniovertebral junction Pott\'s disease', 'craniocervical junction tuberculosis']),
 'craniovertebral[tiab] OR craniocervical[tiab] OR occipitocervical[tiab] OR transoral[tiab] OR atlantoaxial[tiab] OR atlanto-axial[tiab] OR '
 'odontoid*[tiab] OR ((cervical[tiab] OR "upper cervical"[tiab]) AND (tubercul*[tiab] OR Pott*[tiab]))', 'effect', None,
 ("antitubercular therapy", ['antitubercular therapy (ATT)', 'ATT', 'antituberculosis medication', 'anti-tuberculous medications']), 'benefit', None),
("C1462", "SMTP-7 inhibits soluble epoxide hydrolase",
 "SMTP-7, an experimental clot-dissolving drug for stroke, blocks an enzyme called soluble epoxide hydrolase that breaks down the body's own anti-inflammatory fats",
 ("SMTP-7", ['SMTP-7', 'small molecule thrombolytic SMTP-7']),
 ("soluble epoxide hydrolase activity", ['soluble epoxide hydrolase (sEH)', 'both of the two sEH enzyme activities', 'epoxy-fatty acid hydrolysis',
                                         'sEH inhibition']),
 'SMTP*[tiab] OR "epoxide hydrolase"[tiab] OR thrombolytic*[tiab] OR "ischemic stroke"[tiab] OR "ischaemic stroke"[tiab] OR (stroke[tiab] AND '
 '(inflammat*[tiab] OR drug*[tiab])) OR ("anti-inflammatory"[tiab] AND (enzyme*[tiab] OR inhibitor*[tiab] OR inhibition[tiab]))', 'effect', None, None,
 'mechanism', None),
]

write_claims(C)
