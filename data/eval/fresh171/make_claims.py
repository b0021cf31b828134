# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 62 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the last six sets' topics, with anchors drawn from infectious disease and
# microbiology, surgery and anaesthesia, neurology and pharmacology:
# computed tomography against ultrasound for finding a psoas abscess (a retrospective comparative review, PMID 21982042,
# 2011, in Spanish with an English abstract, typed Comparative Study and Evaluation Studies, of 30 psoas abscesses seen
# at one hospital from 1983 to 2009, 25 pyogenic and 5 tuberculous; the abscesses were diagnosed by CT in 29 and by MRI
# in one, both with a diagnostic sensitivity of 100%, against 50% for ultrasound scanning; no earlier claim's eligible
# records held it, the earlier queries that met it were about tuberculosis of the spine causing psoas abscesses and
# anti-tuberculous drugs with drainage for tuberculous psoas abscess; among the other psoas abscess series, in which
# ultrasound was sometimes the first test to show the abscess (a prospective and retrospective series of 9 and a
# 20-patient series from the HIV era) and contrast-enhanced CT was called the technique of choice (3 cases), CT-guided
# aspiration, scintigraphy and drainage),
# hyperbaric oxygen therapy causing pulmonary barotrauma and cerebral arterial gas embolism (a case report, PMID
# 20824998, 2010, typed Case Reports, MeSH naming chronic obstructive pulmonary disease: an older man with respiratory
# disease suffered a cerebral arterial gas embolism during decompression from hyperbaric oxygen therapy and was left with
# irreversible spastic quadriparesis, and was then found to have bullous changes in the left lung; the authors call the
# event rare and catastrophic and recommend pretreatment screening; no earlier claim's eligible records held it, the
# earlier queries that met it were about hyperbaric oxygen treating arterial and cerebral gas embolism and helium
# inhalation causing cerebral arterial gas embolism; among gas embolism in a hypobaric chamber and during air travel
# with a pulmonary cyst, a spontaneous gas embolism with a pulmonary arteriovenous malformation and therapeutic
# compression after barotrauma),
# antiretroviral drugs and the apoptosis regulators Bax and Bcl-2 in cervical cells (a laboratory study, PMID 24011602,
# 2014, typed Research Support, Non-U.S. Gov't, in the cervical cancer line HCS-2 and the immortalised normal line
# NCE16IIA: all the protease inhibitors, nucleoside and non-nucleoside reverse transcriptase inhibitors and combinations
# tested had no effect on Bax and Bcl-2 gene expression (real-time qPCR) or protein localisation, so a finding of no
# difference supports the claim; separately, lopinavir/ritonavir inhibited camptothecin-induced apoptosis in HCS-2 but not
# NCE16IIA cells; no earlier claim's eligible records held it, the earlier queries that met it were about HIV drugs and
# MUC1 in cervical cancer cells, camptothecin and 9-nitrocamptothecin, HIV neutralising antibodies and HIV infection with
# psoas abscess; among HAART and MUC1 and p65 in HCS-2 cells, HHV8, EBV and HPV in HIV-associated oral lesions, mTOR in
# AIDS-related lymphoma and HIV-1 polymerase genotypes in Cameroon),
# magnetic tension through membrane-bound nanoparticles and the filopodia of rat retinal ganglion cells (a laboratory
# study, PMID 25596077, 2015, typed Research Support, N.I.H., Extramural, MeSH naming Sprague-Dawley rats and cultured
# retinal ganglion cells: when magnetic fields were applied to surface-functionalised, membrane-targeted superparamagnetic
# iron oxide nanoparticles bound to growth cone filopodia, the filopodia elongated directionally, contained polymerised
# actin and generated retrograde forces, while the data countered the idea that filopodial tension directly advances the
# growth cone; no earlier claim's eligible records held it, the earlier query that met it was about magnetic
# nanoparticles guiding corneal endothelial cells; among ezrin and filopodia in oesophageal cancer cells, semaphorin 3A in
# rat retinopathy, cortical plasticity after injury and crustacean axonal membranes),
# surgical debridement and stabilisation added to itraconazole for spinal blastomycosis (a case report, PMID 26607290,
# 2015, typed Case Reports: a 25-year-old woman with C6 vertebral osteomyelitis from Blastomyces dermatitidis, with
# vertebral body destruction, instability, a prevertebral abscess and cord compression, had anterior cervical corpectomy
# and fusion, then a year of itraconazole, with no recurrence 4 years after surgery; with a second case report, PMID
# 25379755, 2014, of a man with T11 blastomycosis and a paravertebral and epidural abscess treated by drainage, corpectomy
# and fusion while itraconazole continued, which reports no outcome in its abstract; no earlier claim's eligible records
# held either, the earlier queries that met them were about antifungal therapy curing spinal blastomycosis, surgical
# debridement with a shorter antifungal course for Candida spondylodiscitis, spinal epidural abscess, retropharyngeal and
# prevertebral abscess and cervical spine surgery; among paediatric spinal blastomycosis managed without drainage,
# blastomycosis with a paravertebral abscess drained with amphotericin B, Candida and Aspergillus epidural abscesses), and
# broad-range 16S rRNA PCR for a culture-negative brain abscess (a case report, PMID 24101431, 2013, in Japanese with an
# English abstract, typed Case Reports: a 50-year-old man with multiple cerebral abscesses and hydrocephalus whose
# ventricular fluid showed Gram-positive cocci but grew nothing; 16S rRNA sequencing after broad-range PCR identified
# Streptococcus intermedius, the antibiotics were narrowed to ampicillin, and after a year all abscesses had gone; no
# earlier claim's eligible records held it, the earlier queries that met it were about drainage of brain abscesses,
# intracranial complications of sinusitis and a trifocal intraocular lens; among nonoperative treatment of neurosurgical
# infections, a brain abscess from cholesteatoma, Massilia timonae endophthalmitis and a rat-bite epidural abscess).
# Synonyms name the claim's own exposure and condition, no wider.
# C1415 is a comparative effect claim with its comparator, resting on one hospital's retrospective series of 30; C1416
# is a harm claim resting on one case report; C1417 is an equivalence claim (no change in Bax or Bcl-2) resting on two
# cell lines; C1418 is a mechanism claim about rats resting on cultured neurons; C1419 is an add-on claim (surgery added
# to itraconazole) resting on two case reports; C1420 is a benefit claim resting on one case report.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1415", "Computed tomography detects psoas abscesses more reliably than ultrasound",
 "a CT scan finds a psoas abscess more reliably than an ultrasound scan",
 ("computed tomography", ['computed tomography (CT)', 'CT', 'computed tomography', 'computerized tomography',
                          'contrast-enhanced CT', 'CT with contrast enhancement']),
 ("psoas abscess", ['abscess on the psoas muscle', 'psoas abscess', 'psoas abscesses', 'abscess of the psoas muscle',
                    'psoas muscle abscesses', 'pyogenic and tuberculous abscesses of the psoas muscle']),
 '(psoas[tiab] OR iliopsoas[tiab]) AND (ultrasound[tiab] OR ultrasonography[tiab] OR sonograph*[tiab] OR echograph*[tiab] OR '
 'ecograph*[tiab]) AND ("computed tomography"[tiab] OR CT[tiab] OR scan*[tiab])', 'effect',
 ("ultrasound", ['ultrasound scanning', 'ultrasound', 'ultrasonography']), None, 'benefit', None),
("C1416", "Hyperbaric oxygen therapy can cause pulmonary barotrauma and cerebral arterial gas embolism",
 "hyperbaric oxygen treatment can injure the lungs and send gas bubbles into the arteries of the brain",
 ("hyperbaric oxygen therapy", ['hyperbaric oxygen therapy (HBOT)', 'HBOT', 'decompression from HBOT', 'hyperbaric oxygen therapy']),
 ("cerebral arterial gas embolism from pulmonary barotrauma", ['cerebral arterial gas embolism (CAGE)', 'CAGE',
                                                              'cerebral arterial gas embolism', 'pulmonary barotrauma']),
 'barotrauma[tiab] OR hypobaric[tiab] OR "air travel"[tiab] OR ((hyperbaric[tiab] OR HBOT[tiab]) AND (bullous[tiab] OR bullae[tiab] OR '
 '"lung disease"[tiab] OR "respiratory disease"[tiab] OR COPD[tiab] OR contraindicat*[tiab] OR decompression[tiab] OR pneumothorax[tiab] OR '
 '"pulmonary cyst"[tiab] OR "rare complications"[tiab] OR "safe treatment"[tiab]))', 'effect', None, None, 'harm', None),
("C1417", "Antiretroviral drugs do not change Bax or Bcl-2 expression in cervical cell lines",
 "the HIV medicines tested did not change the levels of Bax and Bcl-2, two proteins that control cell death, in cells from the cervix",
 ("antiretroviral drugs", ['antiretroviral drugs', 'selected antiretroviral agents', 'HIV protease, nucleoside/non-nucleoside reverse '
                          'transcriptase inhibitors', 'Protease inhibitors (PIs) and reverse transcriptase drugs', 'LPV/r']),
 ("Bax and Bcl-2 expression in cervical cells", ['Bax and Bcl-2 gene expression', 'expression of key apoptotic regulatory genes; Bax and Bcl-2',
                                                 'Bax, Bcl-2']),
 'antiretroviral*[tiab] OR "protease inhibitor*"[tiab] OR lopinavir[tiab] OR "reverse transcriptase inhibitor*"[tiab] OR HAART[tiab] OR '
 '(Bax[tiab] AND "Bcl-2"[tiab])', 'equivalence', None, None, 'mechanism', None),
("C1418", "Magnetic tension through membrane-bound nanoparticles elongates the growth cone filopodia of rat retinal ganglion cells",
 "pulling on the tips of growing rat nerve cells with tiny magnetic particles made their filopodia, the fine feelers at the tip, grow longer",
 ("magnetic tension through membrane-bound magnetic nanoparticles", ['membrane-bound magnetic nanoparticles',
                                                                     'membrane-targeted superparamagnetic iron oxide nanoparticles (SPIONs)',
                                                                     'surface-bound SPIONs', 'SPIONs']),
 ("filopodial elongation of retinal ganglion cell growth cones", ['filopodial elongation', 'RGC filopodia elongated',
                                                                 'filopodia growth', 'RGC growth cone filopodia']),
 'filopodia[tiab] OR filopodial[tiab] OR "growth cone*"[tiab] OR axon*[tiab] OR neurite*[tiab] OR "retinal ganglion"[tiab] OR ((magnetic[tiab] OR '
 'nanoparticle*[tiab]) AND (neurons[tiab] OR neuronal[tiab]))', 'effect', None, None, 'mechanism', ['rat']),
("C1419", "Surgical debridement and spinal fusion added to itraconazole cure spinal blastomycosis with vertebral destruction",
 "adding surgery to clean out and stabilise the spine to itraconazole treatment cured blastomycosis that had destroyed a vertebra",
 ("surgical debridement and stabilisation of the spine", ['anterior cervical corpectomy and fusion', 'C6 anterior cervical corpectomy and fusion',
                                                         'incision and drainage', 'corpectomy of T11 with autogenous rib graft in a titanium cage',
                                                         'posterior fusion and instrumentation']),
 ("spinal blastomycosis", ['blastomycosis of the spine', 'cervical spine osteomyelitis caused by Blastomyces dermatitidis',
                           'vertebral osteomyelitis caused by Blastomyces dermatitidis', 'Blastomycosis that disseminates to the spine',
                           'spinal blastomycosis']),
 'blastomycosis[tiab] OR Blastomyces[tiab] OR ((spinal[tiab] OR vertebral[tiab] OR vertebra[tiab] OR spine[tiab] OR spondylodiscitis[tiab] OR '
 'osteomyelitis[tiab]) AND (fungal[tiab] OR antifungal[tiab] OR "anti-fungal"[tiab] OR itraconazole[tiab] OR fluconazole[tiab] OR '
 'amphotericin[tiab]))', 'effect', None,
 ("itraconazole", ['itraconazole', 'oral itraconazole', 'a 1-year course of itraconazole']), 'benefit', None),
("C1420", "Broad-range 16S rRNA PCR identifies the bacterial cause of a culture-negative brain abscess",
 "a broad-range 16S ribosomal RNA PCR test identified the germ behind a brain abscess whose cultures grew nothing",
 ("broad-range PCR of 16S ribosomal RNA", ['broad-range PCR of 16S ribosomal RNA', '16S ribosomal RNA sequencing with broad-range PCR',
                                          'Bacterial 16S rRNA gene analysis with broad-range PCR']),
 ("culture-negative brain abscess", ['culture-negative brain abscess', 'culture-negative brain abscess caused by Streptococcus intermedius infection']),
 '"16S"[tiab] OR "broad-range"[tiab] OR "brain abscess"[tiab] OR "brain abscesses"[tiab] OR "cerebral abscess*"[tiab] OR "culture-negative"[tiab]',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
