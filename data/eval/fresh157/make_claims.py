# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 58 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# as-needed budesonide-formoterol against as-needed terbutaline and severe exacerbations of mild asthma (a 52-week
# double-blind randomised trial of 3849 patients, PMID 29768149, with an annual severe exacerbation rate of 0.07 on
# as-needed budesonide-formoterol against 0.20 on as-needed terbutaline, rate ratio 0.36; the earlier claims on it were
# as-needed budesonide-formoterol against daily maintenance therapy and twice-daily budesonide maintenance for asthma control;
# among a pepducin agonist study, a sublingual immunotherapy dosing review, a methacholine piglet study, an asthma beliefs
# conversation study, a Choosing Wisely emergency medicine list, a schizophrenia exacerbation study, an aortitis pleural
# effusion report and a Pott's puffy tumour report), oligozoospermic sperm and sex chromosome aneuploidy in IVF blastocysts
# (a retrospective cohort of 3835 embryos from 629 couples, PMID 26183314, with a roughly threefold higher rate of sex
# chromosome aneuploidy in embryos from oligozoospermic samples than from normozoospermic standard IVF or ICSI controls, with
# donor or own eggs, but no difference in overall autosomal aneuploidy; no earlier claim's eligible records held it, the
# earlier queries that met it were about blastocyst transfer, men's diet and IVF, and frozen embryo transfer cycles; among
# two pancreatic cancer ploidy and FISH studies, an embryo implantation proteomics study, a follicular fluid microRNA study,
# a paternal age review and a benzophenone semen quality study), intrasplenic umbilical cord-derived multipotent stromal
# cells and liver regeneration after subtotal (80%) hepatectomy in rats (Sprague-Dawley rats given 10^6 cells into the
# spleen, PMID 29527264, with higher hepatocyte proliferation, faster recovery of liver mass and more M2 macrophages, though
# no direct evidence of a paracrine effect and no differentiation of the cells into liver cells; no earlier claim's eligible
# records held it, the earlier queries that met it were about MSC mechanisms and sources, allogeneic MSCs for cartilage and a
# radiofrequency liver resection device; among that Habib device study, a robotic hepatectomy report, a curcumin review, a
# stem cell hepatic differentiation gene study, a hepatic stellate cell MMP study and a lentiviral MSC haemophilic arthropathy
# primate study), crizotinib and overall survival in advanced ALK-positive non-small-cell lung cancer (a retrospective
# analysis of 82 crizotinib-treated trial patients against crizotinib-naive ALK-positive, EGFR-mutant and wild-type controls,
# PMID 21933749, with a 2-year overall survival of 55% in 30 second- or third-line crizotinib patients against 12% in 23
# ALK-positive controls given other second-line therapy, hazard ratio 0.36; no earlier claim's eligible records held it, the
# earlier queries that met it were about lung cancer growth, ALK immunohistochemistry, entinostat with erlotinib and smoking;
# among the erlotinib-entinostat trial, a pemetrexed bronchioloalveolar trial, two ALK immunohistochemistry studies and
# BRCA1, KIR, LAG-3 and MHC class II lung cancer expression studies), the ABCG2 C421A polymorphism and toxic plasma
# methotrexate during high-dose methotrexate for childhood acute lymphoblastic leukaemia (200 Egyptian children on the St
# Jude Total XV protocol, PMID 24718721, with 14.5% carrying the variant allele and no significant association with the
# toxic 24-hour plasma cut-off or with steady-state concentrations; no earlier claim's eligible records held it, the earlier
# queries that met it were about high-dose methotrexate curing the leukaemia and chemotherapy and fungal infection; among an
# MTHFR polymorphism leukaemia study, GSTM1/GSTT1 lymphoma and TNF-alpha thrombocytopenia polymorphism studies in Egypt, two
# 1975 dihydrofolate reductase studies, an infliximab abscess report and a serine pathway BRAF inhibitor study) and chronic
# headache and mental health problems in adolescents (a cross-sectional survey of 19,985 Norwegian adolescents aged 13 to 19,
# PMID 26702390, with mental health problems on the strengths and difficulties questionnaire in 23% of those with chronic
# headache against 6% without, and more internal coping strategies in those with both; no earlier claim's eligible records
# held it, the earlier queries that met it were about migraine and atmospheric pressure and the epidural blood patch; among
# that migraine study, a Ugandan child mental health services study, an inpatient youth mental health review, an
# obsessive-compulsive narrative study and a hearing impairment and nightmares paper). Synonyms name the claim's own exposure
# and condition, no wider. C1331 is a head-to-head claim with its comparator; C1332, C1335 and C1336 are harm claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1331", "As-needed budesonide-formoterol lowers severe exacerbations of mild asthma compared with as-needed terbutaline",
 "If your asthma is mild, using a combined steroid and reliever inhaler only when you need it prevents more severe asthma attacks than using a plain reliever inhaler",
 ("as-needed budesonide-formoterol", ['as-needed budesonide-formoterol', 'budesonide-formoterol used as needed',
                                     'twice-daily placebo plus budesonide-formoterol', 'budesonide-formoterol group']),
 ("severe exacerbations of mild asthma", ['severe exacerbations', 'annual rate of severe exacerbations', 'Exacerbation rates']),
 'asthma*[tiab] OR budesonide[tiab] OR terbutaline[tiab] OR exacerbation*[tiab]', 'effect',
 ("as-needed terbutaline", ['as-needed terbutaline', 'twice-daily placebo plus terbutaline', 'terbutaline group']),
 None, 'benefit', None),
("C1332", "Oligozoospermic sperm raise the risk of sex chromosome aneuploidy in IVF blastocyst embryos",
 "When IVF uses sperm from a man with a very low sperm count, the embryos are more likely to carry an abnormal number of sex chromosomes",
 ("oligozoospermic sperm (severe male factor infertility)", ['suboptimal sperm', 'oligozoospermic semen samples', 'oligozoospermic group',
                                                            'Severe male factor infertility']),
 ("sex chromosome aneuploidy in blastocyst embryos", ['sex chromosome aneuploidy', 'aneuploidy of the sex chromosomes in preimplantation blastocyst embryos',
                                                     'sex chromosome abnormalities in blastocyst embryos']),
 'aneuploid*[tiab] OR oligozoospermi*[tiab] OR "male factor"[tiab] OR "semen quality"[tiab] OR ((sperm*[tiab] OR semen[tiab]) AND '
 '(embryo*[tiab] OR blastocyst*[tiab]))', 'effect', None, None, 'harm', None),
("C1333", "Intrasplenic umbilical cord multipotent stromal cells speed liver regeneration after subtotal hepatectomy in rats",
 "In rats, stromal cells taken from the umbilical cord help the liver grow back faster after most of it has been removed",
 ("intrasplenic umbilical cord-derived multipotent stromal cells", ['umbilical cord-derived multipotent stromal cells (MSCs)',
                                                                   'intrasplenic allogeneic transplantation of the umbilical cord-derived multipotent stromal cells',
                                                                   'transplanted MSC']),
 ("liver regeneration after subtotal resection", ['liver regeneration', 'hepatocyte proliferation', 'organ mass recovery',
                                                  'recovery of the liver after the subtotal resection']),
 'hepatectomy[tiab] OR "liver regeneration"[tiab] OR "hepatic resection*"[tiab] OR "liver resection"[tiab] OR ((liver[tiab] OR '
 'hepat*[tiab]) AND ("stromal cells"[tiab] OR "stem cells"[tiab] OR macrophage*[tiab]))', 'effect', None, None, 'benefit', ['rat']),
("C1334", "Crizotinib prolongs overall survival in advanced ALK-positive non-small-cell lung cancer",
 "For advanced lung cancer with an ALK gene change, the targeted pill crizotinib helps people live longer",
 ("crizotinib", ['crizotinib', 'ALK tyrosine-kinase inhibitor (TKI) crizotinib', 'crizotinib-treated patients']),
 ("overall survival in advanced ALK-positive non-small-cell lung cancer", ['overall survival', 'advanced, ALK-positive NSCLC',
                                                                          'advanced non-small-cell lung cancer harbouring ALK gene rearrangement']),
 'crizotinib[tiab] OR ALK[tiab] OR (("lung cancer"[tiab] OR NSCLC[tiab]) AND "overall survival"[tiab])', 'effect', None, None, 'benefit', None),
("C1335", "The ABCG2 C421A polymorphism raises plasma methotrexate to toxic levels during high-dose methotrexate for childhood acute lymphoblastic leukaemia",
 "Children with leukaemia who carry a common variant of the ABCG2 gene build up toxic levels of methotrexate in the blood during high-dose treatment",
 ("ABCG2 C421A polymorphism", ['ABCG2 C421A genetic polymorphism', 'ABCG2 421C>A SNP', 'variant allele of the ABCG2 C421A SNP']),
 ("toxic plasma methotrexate levels during high-dose methotrexate", ['cutoff toxic plasma level of 24 h HD-MTX infusion', 'plasma levels of HD-MTX',
                                                                    'plasma MTX levels', 'plasma concentrations of HD-MTX']),
 'methotrexate[tiab] OR ABCG2[tiab] OR (polymorphism*[tiab] AND (Egyptian[tiab] OR pediatric[tiab] OR paediatric[tiab] OR children[tiab]))',
 'effect', None, None, 'harm', None),
("C1336", "Chronic headache in adolescents is associated with mental health problems",
 "Teenagers who have headaches most days are more likely to have mental health problems as well",
 ("chronic headache in adolescents", ['chronic headache', 'adolescents with chronic headache', 'young people with chronic headaches']),
 ("mental health problems", ['mental health problems', 'comorbid mental health problems', 'frequent mental health problems']),
 'migraine[tiab] OR "chronic headache*"[tiab] OR coping[tiab] OR ("mental health"[tiab] AND (adolescen*[tiab] OR "young people"[tiab] OR '
 'youth[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
