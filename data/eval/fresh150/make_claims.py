# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 55 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# handwashing with soap before eating and helminth eggs on schoolchildren's hands (a rural South African survey, PMID
# 26169761, with eggs, mostly Enterobius vermicularis, on 16.6% of hands and not reporting handwashing with soap before
# eating associated with their presence; among a refugee-camp handwashing study and two Strongyloides diagnostic
# studies), pyrethroid resistance in Culex mosquitoes and the efficacy of long-lasting insecticide-treated nets (a
# nationwide Ghanaian survey, PMID 26215129, with deltamethrin and DDT resistance, kdr mutations and reduced LLIN efficacy
# in cone and tunnel bioassays in both Culex species; among a pyriproxyfen net study, an Anopheles early-biting study, a
# fish-cue larval study and an urban-park mosquito survey), topical steroids or dietary elimination and oesophageal
# remodelling in eosinophilic oesophagitis (a prospective cohort of 83 patients and 121 controls, PMID 26142556, with the
# biopsy "pull" sign less frequent after successful treatment, 20% against 79%; among a Barrett's microendoscopy study,
# an oesophageal brachytherapy study and gas embolism during upper endoscopy), cerebral arterial gas embolism and
# intracranial pressure and brain oxygen in pigs (eight Landrace pigs, PMID 21074559, with significant changes in
# intracranial pressure and brain oxygen tension after air injection into either artery and a larger brain lactate rise
# via the ascending pharyngeal artery; among a swine hyperbaric oxygen study that also records the rise in intracranial
# pressure after embolization and two cerebral air embolism recompression studies), ifosfamide and the suppression of leucocyte counts in rats (214 DS carcinosarcoma-bearing Wistar
# rats, PMID 22, with the known post-therapeutic suppression of leucocytes after ifosfamide against stimulation after
# BA 1; the earlier claim on it was BA 1 and the tumour; among an encapsulated oxazaphosphorine-activating cell study, a
# chondrocyte implantation study and an R-CHOP radioimmunotherapy trial) and microsecond pulsed electric fields and the
# electropermeabilization of annulus fibrosus cells (bovine annulus fibrosus ex vivo, PMID 36806548, with tissue
# conductivity rising with pulse amplitude and number and Live/Dead imaging confirming intratissue cell permeabilization;
# among an engineered annulus fibrosus study, a mechanically stimulated stem-cell annulus repair study and a disc
# bioadhesive study). Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1289", "Handwashing with soap before eating reduces helminth egg contamination of schoolchildren's hands",
 "Children who wash their hands with soap before eating carry fewer pinworm eggs on their hands",
 ("handwashing with soap before eating", ['wash hands with soap before eating', 'handwashing with soap']),
 ("helminth eggs on children's hands", ['presence of eggs on hands', 'helminth eggs on hands', 'hand contamination',
                                        'Enterobius vermicularis eggs', 'E. vermicularis']),
 'handwash*[tiab] OR "hand washing"[tiab] OR soap[tiab] OR sanitation[tiab] OR hygiene[tiab] OR helminth*[tiab] OR Enterobius[tiab] OR '
 'pinworm*[tiab]', 'effect', None, None, 'benefit', None),
("C1290", "Pyrethroid resistance in Culex mosquitoes reduces the efficacy of long-lasting insecticide-treated nets against them",
 "Because Culex mosquitoes have grown resistant to the insecticides, treated bed nets no longer kill them well",
 ("pyrethroid resistance in Culex mosquitoes", ['pyrethroid resistance', 'deltamethrin and DDT resistance', 'kdr mutations',
                                               'DDT and pyrethroid resistance status']),
 ("reduced efficacy of long-lasting insecticide-treated nets against Culex", ['reduced efficacy of LLINs', 'efficacy of LLINs against the mosquitoes',
                                                                             'bio-efficacy of long lasting insecticide treated nets',
                                                                             'lack of efficacy of long lasting insecticide treated nets (LLINs) against nuisance mosquitoes']),
 '"insecticide treated net*"[tiab] OR "insecticide-treated net*"[tiab] OR LLIN*[tiab] OR "bed net*"[tiab] OR Culex[tiab] OR '
 '(pyrethroid*[tiab] AND resistan*[tiab])', 'effect', None, None, 'harm', None),
("C1291", "Topical steroids or dietary elimination reverse oesophageal remodelling in eosinophilic oesophagitis",
 "In eosinophilic oesophagitis, treatment with swallowed steroids or an elimination diet reverses the stiffening of the gullet lining",
 ("topical steroids or dietary elimination", ['topical steroids', 'dietary elimination', 'successful treatment', 'therapy']),
 ("oesophageal remodelling in eosinophilic oesophagitis", ['esophageal biopsy "pull" sign', '"pull" sign', 'esophageal remodeling',
                                                         'eosinophilic esophagitis (EoE)']),
 '"eosinophilic esophagitis"[tiab] OR "eosinophilic oesophagitis"[tiab] OR ((esophag*[tiab] OR oesophag*[tiab]) AND (biops*[tiab] OR '
 'endoscop*[tiab]))', 'effect', None, None, 'benefit', None),
("C1292", "Cerebral arterial gas embolism raises intracranial pressure and lowers brain oxygen tension in pigs",
 "In pigs, air bubbles in the brain's arteries drive up the pressure inside the skull and starve the brain of oxygen",
 ("cerebral arterial gas embolism", ['cerebral arterial gas embolism', 'air was injected into either the ascending pharyngeal artery or the external carotid artery',
                                    'injection of air into the ascending pharyngeal artery', '0.25 ml/kg of room air']),
 ("raised intracranial pressure and reduced brain oxygen", ['intracranial pressure', 'brain oxygen tension', 'brain lactate',
                                                           'cerebral metabolism']),
 '("gas embolism"[tiab] OR "air embolism"[tiab]) AND (swine[tiab] OR pig*[tiab] OR porcine[tiab] OR dog*[tiab] OR canine[tiab] OR '
 'rabbit*[tiab] OR "intracranial pressure"[tiab] OR "brain oxygen"[tiab] OR lactate[tiab] OR animal*[tiab])', 'effect',
 None, None, 'harm', ['pig']),
("C1293", "Ifosfamide suppresses leucocyte counts in rats",
 "In rats, the cancer drug ifosfamide knocks down white blood cell counts after treatment",
 ("ifosfamide", ['ifosfamide', 'ifosfamide (IF)', 'IF']),
 ("suppression of leucocyte counts", ['suppression in the post-therapeutic interval', 'leucocyte counts', 'total amount of leucocytes and lymphocytes']),
 'ifosfamide[tiab] OR cyclophosphamide[tiab] OR ((leucocyte*[tiab] OR leukocyte*[tiab] OR leucopenia[tiab] OR leukopenia[tiab]) AND '
 '(rat[tiab] OR rats[tiab] OR cytostatic*[tiab] OR cancerostatic*[tiab]))', 'effect', None, None, 'harm', ['rat']),
("C1294", "Microsecond pulsed electric fields electropermeabilize annulus fibrosus cells in bovine intervertebral disc tissue",
 "Short pulses of electric field open up the cells of the disc's tough outer ring, as shown in spinal disc tissue from cattle",
 ("microsecond pulsed electric fields", ['pulsed electric field (PEF) exposure', 'PEF of 100μs duration', 'μsPEF exposure',
                                         'microsecond pulsed electric fields']),
 ("electropermeabilization of annulus fibrosus cells", ['electropermeabilization of the AF cells', 'intratissue cell permeabilization',
                                                       'AF tissue conductivity increases', 'electrical impedance decreases']),
 '"pulsed electric field*"[tiab] OR electroporation[tiab] OR electropermeabili*[tiab] OR "annulus fibrosus"[ti] OR ("annulus fibrosus"[tiab] '
 'AND bovine[tiab])', 'effect', None, None, 'benefit', ['cattle']),
]

write_claims(C)
