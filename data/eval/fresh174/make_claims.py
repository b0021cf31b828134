# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last eight sets, with anchors drawn from obstetrics and
# gynaecology, dentistry and paediatrics, psychiatry and psychology and respiratory medicine:
# continuous against cyclic oral contraceptives after conservative surgery for endometriosis (a review, PMID 26354093,
# 2015, typed Journal Article, Research Support, Non-U.S. Gov't and Review, of the evidence since the 1990s on preventing
# recurrence after conservative surgery; long-term postoperative medication, mostly oral contraceptives in a cyclic or
# continuous regimen, markedly reduced recurrence, continuous OC was more efficacious than cyclic OC, especially for
# dysmenorrhea, the levonorgestrel intrauterine system and dienogest also helped, and the protective effect vanished
# rapidly after discontinuation; no earlier claim's eligible records held it, and the earlier queries that met it were
# about hormonal therapy after conservative surgery (C274, no comparator), progestins after surgery (C409), surgery for
# the pain of deep endometriosis, endometriosis and obstetric complications and intrauterine diethylstilbestrol; among
# circulating miR-200 in endometriosis, heritability of endometriosis, early-life factors, DNMT3B in endometriotic
# stromal cells, endometriosis and ovarian cancer and infertility with deep endometriosis),
# periodontal disease as the source of Lemierre syndrome in children (a report of two cases, PMID 12424589, 2002, typed
# Case Reports and Journal Article, of two boys with Fusobacteria in monoculture; the first had a large subphrenic
# abscess with pneumonic infiltration of the right middle lobe and periodontal disease as the primary focus, the second
# a retropharyngeal abscess with perforated otitis media, osteomyelitis of the atlas and jugular vein thrombosis; the
# authors conclude the oropharyngeal region must be examined as a primary site; no earlier claim's eligible records held
# it, the earlier queries that met it were about antibiotics for Lemierre syndrome (C308, a treatment, not a source),
# retropharyngeal and spinal epidural abscess, group A streptococcal infection and venous thrombosis and ultrasonography
# for osteomyelitis in children; among odontoid osteomyelitis with retropharyngeal abscess, Lemierre disease with a
# multilevel epidural abscess, cervical actinomycosis in a child and craniovertebral junction tuberculosis),
# insomnia with objective normal sleep duration and medical complications (a review, PMID 23419741, 2013, typed Journal
# Article, Research Support, N.I.H., Extramural and Review, presenting evidence that insomnia with objective short sleep
# duration is associated with activation of the stress system and a higher risk of hypertension, impaired heart rate
# variability, diabetes, neurocognitive impairment and mortality, whereas insomnia with objective normal sleep duration
# is associated with cognitive-emotional and cortical arousal and sleep misperception but not with stress-system
# activation or medical complications, so a finding of no association supports the claim; no earlier claim's eligible
# records held it, the earlier queries that met it were about insomnia with short sleep and hypertension (C277) and
# diabetes (C1244), both about the short-sleep phenotype, melatonin before wisdom teeth extraction, pramipexole and
# zolpidem dependence, genetic hypertension in rats and hypertension and albuminuria; among the Penn State cohort on
# incident hypertension, sex and age differences in objective sleep, zolpidem sleepwalking and the STOP-BANG
# questionnaire),
# fenofibrate and miR-199a2 in the lungs of sickle cell mice (a laboratory study, PMID 25389292, 2014, typed Journal
# Article and Research Support, N.I.H., Extramural, MeSH naming C57BL mice, in endothelial cells, people with sickle cell
# disease and Berkeley sickle mice; placenta growth factor lowered miR-199a2, which targets HIF-1 alpha and so restrains
# endothelin-1, plasma miR-199a2 was lower in sickle cell patients than in controls, PPAR alpha drove miR-199a2
# transcription from the DNM3os unit, and fenofibrate-fed sickle mice had more miR-199a2 and less endothelin-1 in lung
# tissue; no earlier claim's eligible records held it, the earlier queries that met it were about PPAR-alpha activation
# and endothelin-1 in heart cells (C498, a different exposure-outcome pairing in another tissue), a plasma microRNA
# signature in heart failure and clotrimazole with doxorubicin; among Salmonella osteomyelitis and Citrobacter
# spondylitis in sickle cell disease, congenital diaphragmatic hernia, LDH-5 in lung cancer and plasma miR-200 in
# endometriosis),
# a repositioning splint added to fixed orthodontic treatment for temporomandibular disorder with a mandibular functional
# shift (a case report, PMID 26432322, 2015, typed Journal Article, of an adolescent boy with a mandibular functional
# shift, TMD symptoms and facial asymmetry from an asymmetric maxillary arch and multiple crossbites; the displaced
# mandible was repositioned by full-time wearing of a splint for 10 months, bite-blocks held the new position during
# fixed appliance treatment, the TMD symptoms disappeared and never relapsed, with good stability at 2 years 3 months
# of retention; no earlier claim's eligible records held it, the earlier queries that met it were about physical
# activity and orthodontic pain, Medicaid and orthodontic compliance, orthodontic treatment and oral health-related
# quality of life and titanium implants; among bone-borne against tooth-borne maxillary expanders, maxillary protraction
# with alternating expansion and constriction, a rapid maxillary expander for Class II crowding and serial
# extractions), and
# 300 IR sublingual immunotherapy for house dust mite allergic asthma (a review, PMID 26702353, 2015, typed Journal
# Article and Review, of the rationale for the 300 index of reactivity dose of SLIT; it reports the dose as offering
# optimal efficacy and tolerability for allergic rhinitis due to grass and birch pollen and HDM and for HDM-induced
# moderate, persistent allergic asthma, and in HDM-associated AR and/or asthma significant improvements in symptoms and
# quality of life and decreased use of symptomatic medication; no earlier claim's eligible records held it, the earlier
# queries that met it were about sublingual immunotherapy for allergic rhinitis (C161, another condition) and
# budesonide-formoterol in mild asthma (C1224, C1331); among as-needed budesonide-formoterol, asthma patients' beliefs
# about inhaled corticosteroids, Choosing Wisely in emergency medicine and a raised-IgE case with epidural abscesses).
# Synonyms name the claim's own exposure and condition, no wider.
# C1433 is a comparative effect claim with its comparator, resting on a narrative review; C1434 is a harm claim
# resting on one case; C1435 is an equivalence claim (no medical complications with normal-duration insomnia) resting
# on a review; C1436 is a mechanism claim about mice; C1437 is an add-on claim (a splint added to fixed appliances)
# resting on one case; C1438 is a benefit claim resting on a review built around one dose.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1433", "Continuous oral contraceptives prevent the return of period pain after conservative surgery for endometriosis better than cyclic oral contraceptives",
 "continuous oral contraceptives taken after surgery for endometriosis kept period pain from coming back better than cyclic ones taken with a monthly break",
 ("continuous oral contraceptives", ['Continuous OC', 'continuous regimen']),
 ("recurrence of dysmenorrhoea after conservative surgery for endometriosis", ['dysmenorrhea', 'recurrence of dysmenorrhea']),
 'endometriosis[tiab] OR endometrioma*[tiab] OR dysmenorrh*[tiab] OR "oral contraceptive*"[tiab] OR dienogest[tiab] OR "levonorgestrel-releasing"[tiab]',
 'effect', ("cyclic oral contraceptives", ['cyclic OC', 'cyclic regimen']), None, 'benefit', None),
("C1434", "Periodontal disease can lead to Lemierre syndrome in children",
 "gum disease can be the starting point of Lemierre syndrome, a severe Fusobacterium infection, in children",
 ("periodontal disease", ['periodontal disease']),
 ("Lemierre syndrome", ['Lemierre syndrome', 'Lemierre disease', 'Severe Fusobacteria infections']),
 'Lemierre*[tiab] OR Fusobacteri*[tiab] OR periodont*[tiab] OR "retropharyngeal abscess"[tiab] OR ((dental[tiab] OR odontogenic[tiab] OR oropharyn*[tiab]) AND '
 '(abscess*[tiab] OR sepsis[tiab] OR septic*[tiab]))', 'effect', None, None, 'harm', None),
("C1435", "Insomnia with normal objective sleep duration is not associated with medical complications such as hypertension and diabetes",
 "insomnia with a normal amount of measured sleep does not carry the medical complications, such as high blood pressure and diabetes, that come with insomnia and short sleep",
 ("insomnia with objective normal sleep duration", ['insomnia with objective normal sleep duration']),
 ("medical complications of insomnia", ['medical complications', 'hypertension', 'diabetes']),
 'insomnia[tiab] OR sleep[tiab] OR sleeping[tiab] OR hypnotic*[tiab] OR "stress system"[tiab] OR "heart rate variability"[tiab]', 'equivalence', None, None,
 'harm', None),
("C1436", "Fenofibrate raises miR-199a2 in the lungs of sickle cell mice",
 "In mice with sickle cell disease, fenofibrate, a blood-fat-lowering medicine, raised the level of miR-199a2, a small RNA that holds back the blood-vessel-narrowing protein endothelin-1, in the lungs",
 ("fenofibrate", ['fenofibrate', 'fenofibrate-fed']),
 ("miR-199a2 in the lungs in sickle cell disease", ['miR-199a2', 'expression of miR-199a2', 'levels of miR-199a2']),
 'fenofibrate[tiab] OR PPAR*[tiab] OR "endothelin-1"[tiab] OR "miR-199a2"[tiab] OR "sickle cell"[tiab] OR "placenta growth factor"[tiab] OR '
 '"pulmonary hypertension"[tiab] OR "hypoxia-inducible factor-1"[tiab] OR ((microRNA*[tiab] OR miRNA*[tiab]) AND (endothelial[tiab] OR plasma[tiab] OR lung[tiab]))',
 'effect', None, None, 'mechanism', ['mouse']),
("C1437", "Adding a full-time repositioning splint to fixed orthodontic treatment resolves temporomandibular disorder with a mandibular functional shift",
 "adding a repositioning splint worn full time to fixed braces cleared the temporomandibular disorder symptoms of a teenage boy whose lower jaw had shifted",
 ("full-time repositioning splint", ['splint', 'full-time wearing of a splint']),
 ("temporomandibular disorder with a mandibular functional shift", ['temporomandibular disorder (TMD)', 'TMD symptoms', 'TMD']),
 'temporomandibular[tiab] OR TMD[tiab] OR splint*[tiab] OR crossbite*[tiab] OR malocclusion[tiab] OR orthodont*[tiab] OR "functional shift"[tiab]', 'effect', None,
 ("fixed orthodontic appliance treatment", ['fixed appliance treatment', 'fixed appliance']), 'benefit', None),
("C1438", "Sublingual immunotherapy at the 300 IR dose improves house dust mite allergic asthma",
 "sublingual immunotherapy, an allergen extract taken under the tongue at the 300 IR dose, improved asthma symptoms and quality of life and reduced the need for reliever medicines in house dust mite allergic asthma",
 ("300 IR sublingual immunotherapy", ['Sublingual immunotherapy (SLIT)', 'SLIT', '300 IR dose']),
 ("house dust mite allergic asthma", ['HDM-induced moderate, persistent allergic asthma', 'HDM-associated AR and/or asthma']),
 'sublingual[tiab] OR "house dust mite"[tiab] OR HDM[tiab] OR asthma[tiab] OR asthmatic*[tiab] OR allergen*[tiab] OR allergic[tiab] OR allergy[tiab] OR '
 'allergies[tiab] OR rhinitis[tiab] OR pollen[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
