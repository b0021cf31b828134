# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# intrauterine diethylstilbestrol exposure and endometriosis (a population-based case-control study of 310 cases and
# 727 controls, PMID 26211883, with an odds ratio of 2.0 for maternal DES use whose confidence interval included the null,
# among endometriosis reviews on ovarian cancer, infertility, obstetric complications, recurrence after surgery, pain and
# management), the MERTK inhibitor UNC2025 and non-small cell lung cancer growth in mice (PMID 26162689, with decreased
# colony formation and tumour xenograft growth in murine models, among an FK317 xenograft study, an isoliquiritigenin
# lung-cancer xenograft study, a crizotinib survival study, an erlotinib-entinostat trial and an EGFR mutation survey),
# hydrogen peroxide and inactivation of bovine erythrocyte superoxide dismutase (PMID 49, slow irreversible inactivation
# by H2O2, among a low-pH bovine superoxide dismutase study, a chloroplast superoxide study and oxidative-stress records on
# rat hearts, glioma cells, nucleus pulposus cells, neuroblastoma and colorectal tumour cells), phenobarbital and the
# induction of a cytoplasmic aldehyde dehydrogenase in rat liver (PMID 66, with 7-12-fold higher cytoplasmic activity in
# reactor rats, among a DAB-fed rat liver enzyme study and a breast-cancer ALDH1 study), repaglinide-loaded floating
# microspheres versus pure repaglinide for blood glucose in alloxan-diabetic rats (PMID 26702263, with a significantly
# greater reduction in blood glucose than the pure drug, among a floating-tablet hydroxypropyl-cellulose study and a
# hot-melt-extrusion floating system) and alpha-receptor blockade with phenoxybenzamine and the maintenance of cerebral
# blood flow in haemorrhagic hypotension in baboons (PMID 153, with cerebral blood flow kept until mean arterial pressure
# fell to about 35% of baseline, against 65% in normal baboons, among cerebral air embolism, P-glycoprotein and
# hyperhidrosis records). Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1253", "Intrauterine diethylstilbestrol exposure increases the risk of endometriosis",
 "Women whose mothers took the hormone DES while pregnant with them are more likely to develop endometriosis",
 ("intrauterine diethylstilbestrol exposure", ['intrauterine diethylstilbestrol (DES) exposure', 'maternal use of DES', 'maternal DES use']),
 ("endometriosis", ['endometriosis', 'endometriosis risk', 'endometriosis risk in adulthood']),
 'endometriosis[tiab] AND (diethylstilbestrol[tiab] OR DES[tiab] OR prenatal[tiab] OR intrauterine[tiab] OR "early-life"[tiab] OR '
 'prematurity[tiab] OR risk[tiab])', 'effect', None, None, 'harm', None),
("C1254", "The MERTK inhibitor UNC2025 inhibits non-small cell lung cancer xenograft growth in mice",
 "In mice, the new MERTK-blocking drug UNC2025 slows the growth of lung cancers",
 ("UNC2025", ['UNC2025', 'MERTK inhibition by UNC2025', 'small molecule inhibitor targeting MERTK', 'inhibition of MERTK']),
 ("non-small cell lung cancer growth", ['tumor xenograft growth', 'colony formation', 'non-small cell lung cancer', 'NSCLC']),
 'MERTK[tiab] OR UNC2025[tiab] OR (("lung cancer"[tiab] OR NSCLC[tiab]) AND (xenograft*[tiab] OR "kinase inhibitor*"[tiab]))', 'effect',
 None, None, 'benefit', ['mouse']),
("C1255", "Hydrogen peroxide inactivates bovine erythrocyte superoxide dismutase",
 "Hydrogen peroxide wears down superoxide dismutase, one of the body's own antioxidant enzymes, as shown with the enzyme from cattle blood",
 ("hydrogen peroxide", ['hydrogen peroxide', 'H2O2']),
 ("inactivation of superoxide dismutase", ['slowly and irreversibly inactivated', 'inactivation of the enzyme', 'loss of catalytic activity',
                                          'inactivation']),
 '"superoxide dismutase"[tiab] OR "hydrogen peroxide"[tiab] OR H2O2[tiab]', 'effect', None, None, 'harm', ['cattle']),
("C1256", "Phenobarbital induces a cytoplasmic aldehyde dehydrogenase in rat liver",
 "In rats, the sedative phenobarbital boosts a liver enzyme that breaks down acetaldehyde, the toxic product of alcohol",
 ("phenobarbital", ['phenobarbital', 'phenobarbital treatment']),
 ("induction of liver aldehyde dehydrogenase", ['phenobarbital induced cytoplasmic aldehyde dehydrogenase', 'induced aldehyde dehydrogenase',
                                               'higher levels were seen in the cytoplasmic activities', 'aldehyde dehydrogenase (EC 1.2.1.3)']),
 'phenobarbital[tiab] OR "aldehyde dehydrogenase"[tiab] OR acetaldehyde[tiab]', 'effect', None, None, 'benefit', ['rat']),
("C1257", "Repaglinide-loaded floating microspheres lower blood glucose in diabetic rats more than pure repaglinide",
 "In diabetic rats, repaglinide packed into floating microspheres lowers blood sugar more than the plain drug",
 ("repaglinide-loaded floating microspheres", ['repaglinide loaded floating microspheres', 'repaglinide encapsulated floating microspheres',
                                              'floating microspheres', 'optimized formulation treated group']),
 ("blood glucose in diabetic rats", ['blood glucose level', 'reduction in blood glucose level', 'antidiabetic activity']),
 'repaglinide[tiab] OR gastroretentive[tiab] OR (floating[tiab] AND (drug[tiab] OR tablet*[tiab] OR microsphere*[tiab])) OR alloxan[tiab]', 'effect',
 ("pure repaglinide", ['pure drug', 'pure drug treated group']),
 None, 'benefit', ['rat']),
("C1258", "Alpha-adrenergic blockade with phenoxybenzamine preserves cerebral blood flow during haemorrhagic hypotension in baboons",
 "In baboons, blocking alpha-adrenergic nerve signals with phenoxybenzamine helps keep blood flowing to the brain when blood pressure falls from bleeding",
 ("alpha-receptor blockade with phenoxybenzamine", ['alpha-receptor blockade (1.5 mg/kg of phenoxybenzamine)', 'alpha-receptor blockade',
                                                    'phenoxybenzamine']),
 ("maintenance of cerebral blood flow during haemorrhagic hypotension", ['maintenance of cerebral blood flow in the face of hemorrhagic hypotension',
                                                                        'constancy of cerebral blood flow', 'cerebral autoregulation',
                                                                        'cerebral blood flow']),
 'phenoxybenzamine[tiab] OR sympathectomy[tiab] OR "cerebral blood flow"[tiab] OR (haemorrhag*[tiab] AND hypotension[tiab]) OR '
 '(hemorrhag*[tiab] AND hypotension[tiab])', 'effect', None, None, 'benefit', ['monkey']),
]

write_claims(C)
