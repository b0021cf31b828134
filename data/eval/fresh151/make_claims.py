# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 56 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# genital HPV 6 and 11 infection and genital warts in men (the HIM cohort of 3,033 men, PMID 26051441, with 16% of
# genital HPV 6 and 22% of HPV 11 infections progressing to a type-positive condyloma within 12 months; the earlier
# claims on HPV were a cervical HIV cohort and an E7 vaccine; among a semen HPV study, an HIV oral-lesion review, an
# oropharyngeal cancer recurrence study, an E7 protein-body mouse study and an oesophageal cancer review), hyperbaric
# oxygen added to laminectomy, drainage and antibiotics for spinal epidural abscess (42 operated cases, PMID 7117323, with
# permanent disability in 11% of the last nine given barotherapy against 21% without; among a spinal tuberculosis
# hyperbaric oxygen study, a schistosomiasis hyperbaric study and two gas embolism reports), spinal fusion and psoas
# abscess (three cases after anterior spinal fusion, PMID 12658345, and one after posterior transpedicular stabilization,
# PMID 11189932; among an iliacus abscess with prosthetic hip infection series, a late infection after instrumentation
# case, a DISH osteomyelitis case and several lumbar tuberculosis psoas abscess studies), postoperative infection and the
# cost of hospitalisation after gastrointestinal cancer surgery (85 patients, PMID 10155277, with total costs of US$42,551
# against US$18,064, a 136% increase, in patients with diagnosed infections; among a mesh infection review, a serum
# cholesterol nosocomial infection study, a carbapenem cost-minimization study, a surgical prophylaxis education study,
# spinal infection reports and a cartilage repair study), occupational asbestos exposure and death from asbestosis (249
# shipyard laggers and boiler repairers, PMID 10052294, with four laggers and four boiler repairers dying of asbestosis;
# the earlier claim on it was cancer mortality; among a lung and pleura apoptosis review and an ovarian effusion c-FLIP
# study) and garlic-oil attractive toxic sugar bait and bait feeding by non-target insects (a desert-oasis field trial,
# PMID 26119042, with more than 36% of non-target Diptera, especially non-biting midges, having fed on foliage-applied
# bait, against 0.7% of non-Diptera; the earlier claim on it was the Anopheles population; among a pyriproxyfen net study,
# an early-biting Anopheles study, a Culex resistance survey and a fish-cue larval study). Synonyms name the claim's own
# exposure and condition, no wider. C1296 is an add-on claim, stated with added_to.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1295", "Genital infection with HPV types 6 and 11 progresses to genital warts in men",
 "In men, genital infection with the wart-virus types HPV 6 and 11 often goes on to cause genital warts",
 ("genital HPV 6 and 11 infection", ['genital HPV 6 infection', 'HPV 11 infections', 'genital human papillomavirus infection',
                                     'genital HPV infection', 'HPV 6, 11, or 16']),
 ("genital warts", ['genital warts (condyloma)', 'condyloma', 'HPV 6-positive condyloma', 'HPV 11-positive condyloma',
                    'external genital lesions', 'EGL']),
 'papillomavirus[tiab] OR HPV[tiab] OR condylom*[tiab] OR "genital wart*"[tiab]', 'effect', None, None, 'harm', None),
("C1296", "Hyperbaric oxygen added to surgical drainage and antibiotics reduces permanent disability from spinal epidural abscess",
 "For an abscess in the spine, adding hyperbaric oxygen sessions to surgery and antibiotics means fewer patients are left permanently disabled",
 ("hyperbaric oxygen (barotherapy)", ['barotherapy', 'hyperbaric treatment', 'sessions of barotherapy, consisting of 1.7-2.0 atm']),
 ("permanent disability from spinal epidural abscess", ['permanent disability', 'rate of permanent disability',
                                                        'spinal epidural abscesses']),
 '(hyperbaric[tiab] OR barotherap*[tiab]) AND (abscess*[tiab] OR infection*[tiab] OR osteomyelitis[tiab] OR tubercul*[tiab] OR '
 'spondyl*[tiab])', 'effect', None,
 ("surgical drainage with antibiotics", ['extensive laminectomy of all the affected spinal segments, and drainage of infected material',
                                         'local and systemic appropriate antibiotic therapy']),
 'benefit', None),
("C1297", "Spinal fusion surgery can be complicated by a psoas abscess",
 "A spinal fusion operation can be followed by an abscess in the psoas muscle deep in the back of the abdomen",
 ("spinal fusion surgery", ['anterior spinal fusion', 'anterior spondylodesis', 'posterior lower spine stabilization and fusion',
                           'transpedicular spine fixation', 'instrumentation of the lumbar spine']),
 ("psoas abscess", ['secondary psoas abscess', 'unilateral psoas abscess', 'psoas abscess after anterior spondylodesis']),
 '(psoas[tiab] OR iliopsoas[tiab] OR iliacus[tiab]) AND (fusion[tiab] OR spondylodesis[tiab] OR stabilization[tiab] OR '
 'instrumentation[tiab] OR arthroplasty[tiab])', 'effect', None, None, 'harm', None),
("C1298", "Infection after surgery for gastrointestinal cancer increases the cost of hospitalisation",
 "An infection after bowel or stomach cancer surgery more than doubles the cost of the hospital stay",
 ("postoperative infection", ['diagnosed infections', 'major systemic infections', 'major infections', 'infections, both surgical and nonsurgical']),
 ("cost of hospitalisation", ['costs and charges for hospitalisation', 'total costs', 'costs and charges', 'increases in costs']),
 '((infection*[tiab] OR febril*[tiab]) AND (cost*[tiab] OR charges[tiab])) OR "surgical site infection*"[tiab] OR '
 '"wound infection*"[tiab]', 'effect', None, None, 'harm', None),
("C1299", "Occupational asbestos exposure in shipyard work causes death from asbestosis",
 "Men who handled asbestos in shipyards die of asbestosis, the lung scarring it causes",
 ("occupational asbestos exposure", ['asbestos exposure', 'exposed to asbestos', 'handled asbestos materials directly',
                                     'secondary exposure to asbestos']),
 ("asbestosis", ['asbestosis', 'died from asbestosis', 'asbestos-related diseases']),
 'asbestos[tiab] OR asbestosis[tiab] OR mesothelioma[tiab] OR shipyard[tiab] OR pneumoconios*[tiab]', 'effect', None, None,
 'harm', None),
("C1300", "Attractive toxic sugar bait applied to vegetation is also ingested by non-target insects, especially non-biting midges",
 "Sugar baits laced with garlic-oil poison, sprayed on plants to kill mosquitoes, are also eaten by harmless midges and other insects",
 ("attractive toxic sugar bait with microencapsulated garlic oil", ['attractive toxic sugar bait (ATSB)', 'ATSB',
                                                                   'ATSB solution containing 0.4% encapsulated garlic oil',
                                                                   'foliage-applied ASB', 'attractive sugar bait (ASB)']),
 ("bait feeding by non-target insects", ['non-target insects', 'non-target species', 'non-biting midges',
                                         'ingested ASB-solution', 'foraged on bait-derived sugars']),
 '"sugar bait*"[tiab] OR ATSB[tiab] OR "non-target"[tiab] OR (mosquito*[tiab] AND (insecticid*[tiab] OR bait*[tiab] OR '
 'control[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
