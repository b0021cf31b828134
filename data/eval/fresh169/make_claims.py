# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 62 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from fresh165's, fresh166's, fresh167's and fresh168's topics, with anchors drawn
# only from surgery and anaesthesia, cardiology, endocrinology and metabolism, nutrition, psychiatry and psychology,
# neurology, and obstetrics and paediatrics; few unused records in these fields report a result of their own (most are
# reviews, and most of those were already drafted as claims whose reviewers found nothing eligible), so four of the six
# anchors are single-centre series or laboratory studies:
# the mismatch negativity and conscious perception of the standard tone stream (an experiment, PMID 26702432, 2015,
# typed Journal Article, using informational masking and magnetoencephalography: spectrally isolated, otherwise
# suprathreshold auditory oddball sequences were at random rendered inaudible by embedding them in random multitone
# masker "clouds"; with identical stimulation and task and a clear representation of all stimuli in auditory cortex, an
# MMN was observed only when the preceding regularity (the standard stream) was consciously perceived, so the claim
# compares consciously perceived with masked sequences; no earlier claim's eligible records held it, the only earlier
# query that met it was about tone-language experience and the MMN to pitch; among cortical evoked potentials after
# cerebral air embolism and hyperbaric oxygen, the pitch MMN in tone-language speakers, prenatal nicotine and pulmonary
# C-fibres, HDAC3 inhibition and auditory cue memory, and air embolism after CT-guided lung biopsy),
# a high blood urea level at the start of renal replacement therapy and death in acute renal failure after cardiac
# surgery (a retrospective analysis, PMID 26702273, typed Journal Article, of the 45 of 3,509 cardiac surgical patients
# (1.25%) operated in 2009-2013 who needed RRT for postoperative acute renal failure; the 23 (51.11%) who died before
# discharge had a higher mean urea level before RRT initiation (156.65 against 102.54 mg/dl, p < 0.05), a higher mean
# EuroSCORE, more concomitant surgery and more postoperative catecholamines than the 22 who survived, and the authors
# name these as death predictors to be confirmed; no earlier claim's eligible records held it, the earlier queries that
# met it were about renal replacement therapy saving lives after cardiac surgery and high-dose adrenaline and myocardial
# nicotinamide coenzymes in rats; among hyperbaric oxygen for air embolism during open-heart surgery and cardiopulmonary
# bypass, pannus and thrombus on a prosthetic aortic valve, an entrapped guidewire fragment, the Polish cardiac surgery
# registry, ibuprofen after cardiac surgery, a urinary AKI marker and tubular cell energy regulation in sepsis),
# handwriting analysis against the Children's Personality Questionnaire for assessing children's personality (a
# comparison, PMID 26702172, 2015, typed Journal Article, in 60 children aged 8-12 assessed with the CPQ, a 16-factor
# scale, and by trained graphologists on the same 14 dimensions; P values were above 0.05 on all 14 dimensions, in line
# with the null hypothesis of no significant differences between the psychodiagnostic assessment through CPQ and
# handwriting analysis, so a finding of no difference supports the claim; no earlier claim's eligible records held it
# and no earlier query met it; among orthodontic quality of life and pain in adolescents, psychological distress in
# immigrant children, a food frequency questionnaire for schoolchildren, first-episode schizophrenia seen by caregivers,
# environmental factors and hypoplastic left heart syndrome, adoption attitudes in Guatemala and coping in adolescents
# with chronic headache),
# dexmedetomidine and the spleen's inflammatory response in mice with lipopolysaccharide-induced sepsis (a laboratory
# study, PMID 26702389, 2015, typed Journal Article, of preemptive Dex in septic mice: Dex attenuated LPS-activated
# NF-kappaB p65 activation and the production of TNF-alpha, IL-6 and IL-1beta in the spleen at mRNA and protein level,
# serum concentrations of these cytokines fell, and preemptive alpha-bungarotoxin, a selective alpha7nAChR antagonist,
# reversed these effects; no earlier claim's eligible records held it, the earlier queries that met it were about
# dexmedetomidine and survival in sepsis (a different outcome: this record reports no survival) and nicotine and learning
# in zebrafish; among amnion mesenchymal cells and LPS-induced cytokines in THP-1 cells, beta-blockers in sepsis,
# perioperative management of sepsis, tubular epithelial cells in sepsis, luciferase reporters in vivo, septic shock from
# psoas myonecrosis, cyclic neutropenia with pyomyositis and hepatic stellate cell MMPs),
# treatment of the sinus source added to neurosurgical drainage and intravenous antibiotics for suppurative intracranial
# complications of sinusitis (a retrospective chart review, PMID 9818818, 1998, typed Comparative Study, of all 176
# admissions for intracranial suppuration at one university centre in 1992-1997, of which 15 patients had 22
# complications of sinusitis: epidural abscess, subdural empyema, meningitis, cerebral abscess, superior sagittal and
# cavernous sinus thrombosis and osteomyelitis; management of the primary source within the paranasal sinuses in
# combination with neurosurgical drainage and intravenous antibiotics gave a mortality of 7% and morbidity of 13%, which
# the authors say compare favourably with previous series, with no concurrent comparison group; no earlier claim's
# eligible records held it, the earlier queries that met it were about drainage of brain abscesses, limited drainage of
# spinal subdural abscess, meropenem for Serratia meningitis, odontoid osteomyelitis and meningitis and the Clagett
# procedure; among nonoperative treatment of neurosurgical infections, occult maxillary sinusitis in tetraplegia, brain
# abscess from cholesteatoma, Pott's puffy tumour, a culture-negative Streptococcus intermedius brain abscess, the
# history of brain abscess drainage and neuroendoscopic irrigation for ventriculitis), and
# ultrasonography for acute haematogenous osteomyelitis in children (a retrospective series, PMID 20488146, 2010, typed
# Journal Article, of 450 children with acute haematogenous osteomyelitis, an initially normal X-ray and symptoms for less
# than a week, treated over 20 years by one protocol at the Noumea Territorial Hospital in New Caledonia; ultrasound,
# used to find the periosteal elevation and subperiosteal abscess and to decide on antibiotics alone or with surgery,
# allowed a positive diagnosis in 64% of cases on the day of admission and 84% by the second day, and all the children
# were treated without chronic evolution or sequelae needing secondary surgery, with no comparison group; no earlier
# claim's eligible records held it, the earlier queries that met it were about pyomyositis, cyclic neutropenia,
# LL-37 and group A streptococcus and two unrelated surgical topics; among pyomyositis and pyogenic spondylitis in
# children, neonatal cervical osteomyelitis with Erb's palsy, psoas abscess with septic arthritis in infants, Lemierre
# syndrome, Salmonella osteomyelitis in sickle cell disease and the French paediatric proposals for antibiotic therapy
# of bone and joint infections). Synonyms name the claim's own exposure and condition, no wider.
# C1403 is a comparative mechanism claim with its comparator (masked sequences), resting on one MEG experiment; C1404
# is a harm association resting on 45 patients; C1405 is an equivalence claim (handwriting analysis assessing children's
# personality no differently from the CPQ) resting on 60 children; C1406 is a mechanism claim about mice; C1407 is an
# add-on claim (treating the sinus source added to neurosurgical drainage and intravenous antibiotics) resting on 15
# patients without a comparison group; C1408 is a diagnostic benefit claim resting on one hospital's uncontrolled series.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1403", "The mismatch negativity arises only when the standard tone stream is consciously perceived, not when it is masked from awareness",
 "the brain's change-detection response arises only when the regular run of tones is consciously heard, and not when the same tones are masked so that they are inaudible",
 ("conscious perception of the standard tone stream", ['consciously perceived', 'the preceding regularity (that is, the standard stream) was consciously perceived',
                                                       'consciously accessible memory trace']),
 ("mismatch negativity", ['mismatch negativity (MMN)', 'MMN', 'mismatch negativity']),
 '"mismatch negativity"[tiab] OR MMN[tiab] OR magnetoencephalograph*[tiab] OR "auditory cortex"[tiab] OR "evoked response*"[tiab] OR '
 '"evoked potential*"[tiab] OR "short-term memory"[tiab] OR consciousness[tiab] OR "conscious perception"[tiab]', 'effect',
 ("auditory sequences masked from awareness", ['informational masking', 'rendered inaudible', 'random multitone masker']),
 None, 'mechanism', None),
("C1404", "A high blood urea level at the start of renal replacement therapy raises the risk of death in acute renal failure after cardiac surgery",
 "a high blood urea level by the time dialysis (renal replacement therapy) starts goes with a higher risk of dying before leaving hospital",
 ("high blood urea level at RRT initiation", ['higher mean urea blood level prior to RRT initiation', 'high urea level at RRT initiation']),
 ("death before discharge among patients treated with RRT for acute renal failure after cardiac surgery", ['died before discharge', 'death predictors',
                                                                                                        'mortality among patients treated with RRT']),
 '"renal replacement"[tiab] OR "acute renal failure"[tiab] OR "acute kidney injury"[tiab] OR "cardiac surgery"[tiab] OR "cardiac surgical"[tiab] OR '
 '"heart surgery"[tiab] OR "cardiopulmonary bypass"[tiab] OR EuroSCORE[tiab]', 'effect', None, None, 'harm', None),
("C1405", "Handwriting analysis assesses children's personality no differently from the Children's Personality Questionnaire",
 "handwriting analysis described children's personality no differently from a standard personality questionnaire",
 ("handwriting analysis", ['handwriting analysis', 'graphological analysis']),
 ("assessment of personality in children", ['assessment of personality', 'personality traits', 'dimensions of personality']),
 '(handwriting[tiab] OR grapholog*[tiab] OR personality[tiab] OR psychodiagnostic[tiab] OR "psychological test*"[tiab] OR questionnaire*[tiab] OR '
 'psychometric*[tiab]) AND (child*[tiab] OR adolescen*[tiab] OR pediatric[tiab] OR paediatric[tiab] OR school*[tiab])', 'equivalence',
 ("Children's Personality Questionnaire", ["Children's Personality Questionnaire (CPQ)", 'CPQ', 'psychodiagnostic assessment of Personality through CPQ']),
 None, 'benefit', None),
("C1406", "Dexmedetomidine suppresses the spleen's inflammatory response in mice with lipopolysaccharide-induced sepsis",
 "the sedative dexmedetomidine calmed the inflammatory response in the spleen",
 ("dexmedetomidine", ['Dexmedetomidine (Dex)', 'Dex', 'Dex treatment', 'preemptive administration of Dex']),
 ("splenic NF-kappaB activation and pro-inflammatory cytokine production in LPS-induced sepsis", ['NF-κB p65 activation',
                                                                                                 'downstream pro-inflammatory cytokine expression in the spleen',
                                                                                                 'production of tumor necrosis factor-α, interleukin-6, and interleukin-1β']),
 'dexmedetomidine[tiab] OR lipopolysaccharide[tiab] OR LPS[tiab] OR sepsis[ti] OR "septic shock"[tiab] OR "alpha2-adrenergic"[tiab] OR '
 '"α2-adrenergic"[tiab] OR "cholinergic anti-inflammatory"[tiab]', 'effect', None, None, 'mechanism', ['mouse']),
("C1407", "Treating the sinus source added to neurosurgical drainage and intravenous antibiotics keeps mortality low in intracranial complications of sinusitis",
 "treating the infected sinuses themselves, together with neurosurgical drainage and intravenous antibiotics, keeps the death rate low",
 ("treatment of the infected paranasal sinuses", ['management of the primary source of sepsis within the paranasal sinuses']),
 ("suppurative intracranial complications of sinusitis", ['suppurative intracranial complications of sinusitis', 'intracranial complications of sinusitis']),
 'sinusitis[tiab] OR "paranasal sinus*"[tiab] OR "subdural empyema"[tiab] OR "brain abscess*"[tiab] OR "cerebral abscess*"[tiab] OR '
 '"intracranial suppuration"[tiab] OR "intracranial complication*"[tiab] OR "sinus thrombosis"[tiab]', 'effect', None,
 ("neurosurgical drainage and intravenous antibiotics", ['neurosurgical drainage and intravenous antibiotics', 'neurosurgical drainage', 'intravenous antibiotics']),
 'benefit', None),
("C1408", "Ultrasonography diagnoses acute haematogenous osteomyelitis in children within the first days of admission",
 "an ultrasound scan picks up acute osteomyelitis in children within a day or two of admission",
 ("ultrasonography", ['Ultrasonography', 'ultrasound']),
 ("acute haematogenous osteomyelitis in children", ['acute hematogenous osteomyelitis', 'acute osteomyelitis', 'Acute Osteo-Periostitis']),
 '(osteomyelitis[tiab] OR "subperiosteal abscess*"[tiab] OR "bone and joint infection*"[tiab] OR "septic arthritis"[tiab] OR pyomyositis[tiab]) AND '
 '(child*[tiab] OR infant*[tiab] OR neonat*[tiab] OR pediatric[tiab] OR paediatric[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
