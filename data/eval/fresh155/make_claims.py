# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 57 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# untreated chronic endometritis and the next pregnancy of women with recurrent pregnancy loss (107 women with two or more
# losses, PMID 26207958, with a live birth rate in the next clinical intrauterine pregnancy of 67.6% with untreated CD138-
# detected chronic endometritis against 87.1% without it; the earlier claim on it was antibiotics for chronic endometritis;
# among an IUI progesterone study, an antimullerian hormone live-birth study, a men's meat intake study, a tubal reversal
# study, a vitrified blastocyst study, a paternal age review, a natural versus HRT frozen embryo trial, an endometriosis
# obstetric complication study and a hurricane birth-rate study), hormone therapy and sleep after the menopause (a general
# population sample of 1324 subjects in the sleep laboratory, PMID 19302341, with menopause in the absence of hormone
# treatment associated with prolonged sleep latency and decreased deep sleep; the earlier claim on it was the menopause
# itself; among a fenugreek oestrogenic study, a review of progestins used in HRT, a vitrified blastocyst study and a natural
# versus HRT frozen embryo trial), blastocyst against cleavage-stage embryo transfer and low birth weight or small for
# gestational age (43,952 singleton and 3,418 twin deliveries in the Australian and New Zealand registry, PMID 26253819,
# with no difference in the risks of LBW and SGA after adjusting for confounders; the earlier claim on it was preterm
# birth; among a sperm aneuploidy blastocyst study, a proteomics implantation study, a fresh versus vitrified blastocyst
# study, a paternal age review and a natural versus HRT frozen embryo trial), hypertension and albuminuria in type 2
# diabetes (786 patients in a Singapore primary care clinic, PMID 26702164, with hypertension, odds ratio 3.47, and higher
# systolic and diastolic pressures associated with albuminuria; the earlier claim on it was diabetes itself; among two
# insomnia studies, a potassium diet trial, a vitamin D cataract study, a dental chairside screening study, a pregabalin
# haemodialysis study, a prosthetic valve study, a childhood metabolic syndrome study and a Kenyan care-cascade study),
# oral clofazimine and skin hyperpigmentation (a phase II study of 30 patients with unresectable or metastatic hepatocellular
# carcinoma, PMID 9553669, with hyperpigmentation, eczematous skin rashes and palpitations as adverse events; the earlier
# claim on it was the liver cancer; among hepatocellular carcinoma studies of anti-p53 antibodies, PRIMA-1, COX-2, RNA
# interference, AFP gene targeting, carcinogen-induced H3 phosphorylation and a 5-FU cisplatin modulation study) and
# liposomal vincristine and dose-limiting pain and constipation (a phase I study of 25 patients, PMID 10080616, with pain and
# obstipation the dose-limiting toxicities and fever, rigors, fatigue, myalgias and peripheral neuropathy also seen; the
# earlier claim on it was the cancer; among a gemcitabine and fluorouracil phase I-II study, a paclitaxel chemoradiation study,
# an R-CHOP radioimmunotherapy trial and an ombrabulin phase 1 study). Synonyms name the claim's own exposure and condition,
# no wider. C1321 is an "as safe as" claim, stated as kind equivalence with its comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1319", "Untreated chronic endometritis lowers the live birth rate in the next pregnancy of women with recurrent pregnancy loss",
 "A silent, low-grade inflammation of the womb lining, if left untreated, makes another miscarriage more likely after repeated pregnancy loss",
 ("untreated chronic endometritis", ['chronic endometritis (CE)', 'untreated CE', 'untreated chronic endometritis']),
 ("miscarriage and lower live birth rate after recurrent pregnancy loss", ['live birth rate in the next clinical intrauterine pregnancy',
                                                                          'miscarriage rate', 'poor pregnancy outcomes']),
 '"chronic endometritis"[tiab] OR "recurrent pregnancy loss"[tiab] OR miscarriage*[tiab] OR "live birth"[tiab]', 'effect', None, None,
 'harm', None),
("C1320", "Hormone therapy prevents the prolonged sleep latency and loss of deep sleep that accompany the menopause",
 "Hormone therapy after the menopause helps women fall asleep sooner and sleep more deeply",
 ("hormone therapy after the menopause", ['hormone treatment (HT)', 'HT', 'gonadal hormones']),
 ("poor sleep after the menopause", ['prolonged sleep latency', 'decreased deep sleep', 'slow wave sleep', 'sleep latency']),
 '(sleep[tiab] AND (women[tiab] OR menopaus*[tiab] OR hormon*[tiab])) OR "hormone replacement"[tiab] OR HRT[tiab]', 'effect', None, None,
 'benefit', None),
("C1321", "Blastocyst transfer carries no higher risk of low birth weight or small-for-gestational-age babies than cleavage-stage embryo transfer",
 "Transferring an embryo grown to the blastocyst stage is as safe for the baby's birth weight as transferring an earlier-stage embryo",
 ("blastocyst embryo transfer", ['blastocyst transfer', 'blastocyst embryo transfer', 'blastocyst culture']),
 ("low birth weight and small for gestational age", ['low birth weight (LBW)', 'small for gestational age (SGA)', 'risks of LBW and SGA']),
 'blastocyst*[tiab] OR "cleavage-stage"[tiab] OR (("birth weight"[tiab] OR "small for gestational age"[tiab]) AND (embryo*[tiab] OR IVF[tiab] OR '
 '"assisted reproduct*"[tiab]))', 'equivalence',
 ("cleavage-stage embryo transfer", ['cleavage-stage embryo transfer (ET)', 'cleavage-stage ETs', 'cleavage-stage embryos']),
 None, 'benefit', None),
("C1322", "Hypertension raises the risk of albuminuria in patients with type 2 diabetes",
 "If you have type 2 diabetes, high blood pressure makes it more likely that your kidneys start leaking protein into the urine",
 ("hypertension in type 2 diabetes", ['hypertension', 'higher systolic and diastolic blood pressures', 'suboptimal blood pressure control']),
 ("albuminuria in type 2 diabetes", ['albuminuria', 'microalbuminuria', 'macroalbuminuria', 'urine albumin-creatinine ratio (ACR)']),
 'albuminuria[tiab] OR microalbuminuria[tiab] OR (diabet*[tiab] AND hypertension[tiab])', 'effect', None, None, 'harm', None),
("C1323", "Oral clofazimine causes skin hyperpigmentation in patients treated for hepatocellular carcinoma",
 "The old leprosy drug clofazimine, when tried against liver cancer, darkens the skin",
 ("oral clofazimine", ['clofazimine', 'oral clofazimine 600 mg daily']),
 ("skin hyperpigmentation", ['hyperpigmentation', 'eczematous skin rashes']),
 'clofazimine[tiab] OR ("hepatocellular carcinoma"[tiab] AND (chemotherap*[tiab] OR "phase II"[tiab] OR treat*[tiab]))', 'effect', None, None,
 'harm', None),
("C1324", "Liposomal vincristine causes dose-limiting pain and constipation",
 "Packaging the cancer drug vincristine in fat bubbles does not spare patients pain and severe constipation at higher doses",
 ("liposomal vincristine", ['liposomal vincristine', 'ONCO-TCS', 'vincristine encapsulated inside distearoylphosphatidylcholine-cholesterol liposomes']),
 ("dose-limiting pain and constipation", ['pain and obstipation', 'dose-limiting toxicities', 'peripheral neuropathy', 'myalgias']),
 'vincristine[tiab] OR (("phase I"[tiab] OR "dose-escalation"[tiab] OR "dose escalation"[tiab]) AND ("dose-limiting"[tiab] OR '
 '"maximum tolerated dose"[tiab] OR "maximum-tolerated dose"[tiab] OR toxicit*[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
