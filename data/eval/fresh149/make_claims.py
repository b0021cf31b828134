# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 55 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# interferon and interleukin-2 immunotherapy against chemotherapy for metastatic melanoma (a 1998 treatment review, PMID
# 9617594, stating that IFNs and IL-2 alone or combined have yielded results similar to chemotherapy alone, dacarbazine
# being the cornerstone; among an African plant-extract B16F10 melanoma study, a Sestrin2 AKT study, an AXL-p53 melanoma
# study, a BRAF-inhibitor serine-pathway study, an LDHA study, an NSAID ovarian cancer study, a fertility-drug cancer
# review and an MDA5 coronavirus study), the safety of a dipeptidyl peptidase-4 inhibitor added to metformin against
# placebo with metformin in type 2 diabetes (a meta-analysis of 19 randomised trials, PMID 26702254, with a very similar
# adverse event profile and no difference in body weight change; the earlier claim on it was glycaemic control; among a
# TET2-AMPK diabetes-cancer study, a metformin PD-L1 antitumour immunity study and a metformin-alendronate mouse
# osteoarthritis study), bisoprolol and recurrent syncope in a sigmoid-shaped interventricular septum (two patients, PMID
# 26702321, with no further syncope after bisoprolol was begun; the earlier claim on it was the septum as the cause; among
# a beta-blocker sepsis review, a transdermal beta-blocker review, a yoga atrial fibrillation review, a medication
# persistence study and a cough-syncope abscess case without abstract), oxazepam alone and gastric acid secretion (a
# double-blind randomised crossover study in 12 volunteers, PMID 26, in which oxazepam reduced basal acid only in the first
# 30 minutes and basal acid concentration, with no effect on secretion volume or stimulated acid; the earlier claim on it
# was the anticholinergic-tranquilliser combination; among a neuroleptic pharmacology study and a lupus catatonia ECT
# case), acupotomy added to rehabilitation after percutaneous transforaminal endoscopic discectomy and pain and disability
# (a 104-patient randomised trial, PMID 36808508, with lower VAS and ODI scores than rehabilitation alone at one and six
# months; the earlier claim on it was multifidus fat infiltration; among a PTES-OLIF hybrid surgery series, a paediatric
# epidural abscess case and a nucleus pulposus stem-cell study) and repeated heat shock and the sensitivity of oesophageal
# cancer cells to anticancer drugs (the WHCO-3 cell line, PMID 10953346, with lower IC50s of doxorubicin and amsacrine
# after five heat shocks and a 90% fall in GST-P rather than multidrug resistance; among an exercise heat-acclimation
# study, a heat-shock-protein-27 lung cancer marker study, an Aha1 chaperone study, an MCF-7 reference-gene study, a
# thermosensitive hydrogel review and a cancer-therapy evolution review). Synonyms name the claim's own exposure and
# condition, no wider. C1283 and C1284 are "as well as"/"no more than" claims, stated as kind equivalence with their
# comparators; C1284 and C1287 are add-on claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1283", "Interferon and interleukin-2 immunotherapy is as effective as chemotherapy for metastatic melanoma",
 "For melanoma that has spread, immune treatment with interferon and interleukin-2 works about as well as chemotherapy",
 ("interferon and interleukin-2 immunotherapy", ['Immunotherapy involving IFNs and interleukin-2 (IL-2) alone or in combination', 'IFNs',
                                                'interleukin-2 (IL-2)', 'immunotherapy']),
 ("metastatic melanoma", ['metastatic melanoma', 'malignant melanoma', 'metastatic disease']),
 'melanoma[tiab] AND (interferon*[tiab] OR "interleukin-2"[tiab] OR chemotherap*[tiab] OR dacarbazine[tiab] OR immunotherap*[tiab] OR '
 'treatment*[tiab] OR therap*[tiab])', 'equivalence',
 ("chemotherapy", ['chemotherapy alone', 'single agent dacarbazine (DTIC)', 'dacarbazine', 'combination chemotherapy']),
 None, 'benefit', None),
("C1284", "Adding a dipeptidyl peptidase-4 inhibitor to metformin in type 2 diabetes is as safe as metformin with placebo",
 "Adding a DPP-4 inhibitor tablet to metformin for type 2 diabetes causes no more side effects than staying on metformin alone",
 ("dipeptidyl peptidase-4 inhibitor", ['dipeptidyl peptidase-4 inhibitors (DPPIs)', 'DPPI', 'DPPI-MET',
                                      'combinational therapy with DPPI and metformin']),
 ("adverse events", ['safety profile', 'adverse event profile', 'safety and tolerability', 'safety']),
 '"dipeptidyl peptidase-4"[tiab] OR DPP-4[tiab] OR sitagliptin[tiab] OR metformin[tiab] OR ("type 2 diabetes"[tiab] AND (HbA1c[tiab] OR '
 'glycaemic[tiab] OR glycemic[tiab] OR "body weight"[tiab]))', 'equivalence',
 ("placebo with metformin", ['placebo-MET', 'PBO-MET', 'MET-only groups']),
 ("metformin", ['metformin', 'MET']),
 'benefit', None),
("C1285", "Bisoprolol prevents recurrent syncope in patients with a sigmoid-shaped interventricular septum",
 "For people who faint because of an S-shaped heart wall, a beta-blocker such as bisoprolol stops the fainting spells",
 ("bisoprolol", ['bisoprolol', 'bisoprolol treatment', 'beta-blockers']),
 ("recurrent syncope in a sigmoid-shaped interventricular septum", ['recurrent syncope', 'episodes of syncope', 'syncope']),
 'syncope[tiab] OR bisoprolol[tiab] OR "sigmoid septum"[tiab] OR "sigmoid-shaped"[tiab] OR "outflow tract obstruction"[tiab] OR '
 '("beta-blocker*"[tiab] AND (heart[tiab] OR cardiac[tiab] OR ventric*[tiab]))', 'effect', None, None, 'benefit', None),
("C1286", "Oxazepam alone reduces gastric acid secretion",
 "The calming drug oxazepam on its own cuts the amount of acid the stomach makes",
 ("oxazepam", ['oxazepam', '10 mg oxazepam', 'oxazepam alone']),
 ("gastric acid secretion", ['amount of basal acid', 'basal acid', 'acid concentration', 'stimulated acid', 'gastric juice volume',
                            'basal and stimulated secretion volume']),
 'oxazepam[tiab] OR benzodiazepine*[tiab] OR tranquil*[tiab] OR ("gastric acid"[tiab] OR "gastric juice"[tiab] OR "acid secretion"[tiab] OR '
 'pentagastrin[tiab])', 'effect', None, None, 'benefit', None),
("C1287", "Acupotomy added to rehabilitation reduces pain and disability after percutaneous transforaminal endoscopic discectomy for lumbar disc herniation",
 "After keyhole surgery for a slipped disc, one session of acupotomy on top of rehabilitation eases back pain and disability more than rehabilitation alone",
 ("acupotomy", ['acupotomy', 'acupotomy (L3-L5 Jiaji [EX-B 2])']),
 ("pain and disability after endoscopic discectomy", ['visual analogue scale (VAS) score', 'Oswestry disability index (ODI) score',
                                                      'VAS score', 'ODI score', 'pain symptoms and activities of daily living']),
 'acupotomy[tiab] OR acupuncture[tiab] OR "dry needling"[tiab] OR ((PTED[tiab] OR "endoscopic discectomy"[tiab] OR '
 '"percutaneous transforaminal"[tiab]) AND (pain[tiab] OR rehabilitation[tiab]))', 'effect', None,
 ("rehabilitation training after endoscopic discectomy", ['rehabilitation training', 'rehabilitation training of two weeks']),
 'benefit', None),
("C1288", "Repeated heat shock sensitises oesophageal cancer cells to anticancer drugs",
 "Repeated mild heating makes gullet cancer cells more sensitive to chemotherapy drugs rather than resistant to them",
 ("repeated heat shock", ['repetitive heat-shock (HS) treatment', 'repetitive heat shocks', 'multiple heat-shocks', 'consecutive HS treatments']),
 ("sensitivity of oesophageal cancer cells to anticancer drugs", ['sensitized the oesophageal cancer cells against toxic anticancer drugs',
                                                                 'IC50s of doxorubucin and amsacrine decreased', 'thermosensitized',
                                                                 'drug cytotoxicity']),
 '"heat shock"[tiab] OR hyperthermi*[tiab] OR thermosensit*[tiab] OR ((oesophageal[tiab] OR esophageal[tiab]) AND (cancer[tiab] OR '
 'carcinoma[tiab]) AND (cells[tiab] OR "cell line*"[tiab]) AND (drug*[tiab] OR resistan*[tiab] OR cytotox*[tiab]))', 'effect',
 None, None, 'benefit', None),
]

write_claims(C)
