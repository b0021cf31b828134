# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# soy formula feeding in infancy and endometriosis (a population-based case-control study of early-life factors, among
# endometriosis heritability, treatment and obstetric records), men's poultry intake and fertilization rate in IVF (a
# prospective cohort of 141 men, among sperm, semen and fertility records), resistance versus aerobic exercise programs and
# non-exercise physical activity (a randomised crossover study of nine young men, among frailty, telomere, heat and
# volunteering exercise records), urine-derived stem cells for cartilage defects (a laboratory and rabbit study against
# bone marrow stem cells, among other stem cell and cartilage comparison records), fibronectin and the migration of
# subchondral progenitor cells (a laboratory study, among other progenitor and fibronectin records) and human amnion
# mesenchymal cells and macrophage inflammatory cytokines (a THP-1 co-culture study, among amnion hydrogel, amniotic fluid
# and xenograft records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1109", "Soy formula in infancy raises the risk of endometriosis",
 "Soy formula in infancy raises the risk of endometriosis later in life",
 ("soy formula feeding in infancy", ['soy formula', 'regular soy formula feeding during infancy', 'soy formula feeding',
                                     'regularly fed soy formula as infants', 'soy infant formula']),
 ("endometriosis", ['endometriosis', 'endometriosis risk', 'endometriosis in adulthood', 'risk of endometriosis',
                    'endometriosis risk in adulthood']),
 'endometriosis[tiab] AND (risk[tiab] OR soy*[tiab] OR infan*[tiab] OR "early-life"[tiab] OR prematurity[tiab] OR '
 'heritab*[tiab])', 'effect', None, None, 'harm', None),
("C1110", "Men's poultry intake goes with better fertilization rates in IVF",
 "Men who eat more poultry have better fertilisation rates in IVF",
 ("men's poultry intake", ["men's poultry intake", 'poultry intake', 'highest quartile of poultry intake',
                           'intake of poultry', 'poultry consumption']),
 ("fertilization rate in IVF", ['fertilization rate', 'fertilization rates', 'fertilization rate in IVF',
                                'fertilization rates in conventional IVF', 'fertilization rate per initiated cycle']),
 'poultry[tiab] OR meat[tiab] OR sperm*[tiab] OR semen[tiab] OR "fertilization rate*"[tiab]', 'effect', None, None,
 'benefit', None),
("C1111", "Resistance training, unlike aerobic training, raises activity on rest days",
 "Strength training, unlike aerobic training, keeps you more active on your rest days",
 ("resistance exercise program", ['resistance exercise', 'resistance exercise program', 'resistance training',
                                  '16-week resistance exercise program', 'resistance exercise intervention']),
 ("non-exercise physical activity", ['non-exercise physical activity', 'non-exercise moderate-to-vigorous PA',
                                     'moderate-to-vigorous PA during non-exercise days', 'physical activity on non-exercise days',
                                     'non-exercise PA']),
 '"resistance exercise"[tiab] OR "resistance training"[tiab] OR "aerobic exercise"[tiab] OR "aerobic training"[tiab] OR '
 'exercise[ti] OR "physical activity"[ti]', 'effect',
 ("aerobic exercise program", ['aerobic exercise', 'aerobic exercise program', 'aerobic training',
                               '16-week aerobic exercise program', 'aerobic endurance training']),
 None, 'benefit', None),
("C1112", "Urine-derived stem cells help repair cartilage defects",
 "Stem cells collected from urine help repair cartilage defects",
 ("urine-derived stem cells", ['urine-derived stem cells', 'human urine-derived stem cells', 'hUSCs',
                               'scaffolds loaded with hUSCs', 'urine derived stem cells']),
 ("cartilage defects", ['cartilage defects', 'cartilage defects in the rabbit knee', 'repair of cartilage defects',
                        'cartilage repair', 'articular cartilage defects']),
 '(urine-derived[tiab] OR "urine derived"[tiab] OR urine[ti]) OR ("stem cell*"[ti] AND cartilage[ti] AND '
 '(comparison[ti] OR compar*[ti]))', 'effect', None, None, 'benefit', None),
("C1113", "Fibronectin attracts cartilage-repairing progenitor cells",
 "Fibronectin attracts the progenitor cells that repair cartilage after microfracture",
 ("fibronectin", ['fibronectin', 'human plasma-derived fibronectin', 'plasma-derived FN', 'treatment with FN', 'plasma-derived fibronectin']),
 ("recruitment of subchondral progenitor cells", ['migration of subchondral mesenchymal progenitor cells',
                                                 'recruitment of subchondral mesenchymal progenitor cells',
                                                 'subchondral progenitor cell migration',
                                                 'migration and proliferation of subchondral progenitor cells',
                                                 'number of migrating cells']),
 'fibronectin[tiab] OR ((subchondral[tiab] AND progenitor*[tiab]) AND (migrat*[tiab] OR recruit*[tiab]))', 'effect', None,
 None, 'benefit', None),
("C1114", "Amnion stem cells damp down macrophage inflammation",
 "Amnion stem cells damp down the inflammatory signals of macrophages",
 ("human amnion mesenchymal cells", ['human amnion mesenchymal cells', 'hAMCs', 'amnion mesenchymal cells',
                                     'hAMCs supernatants', 'co-culture with hAMCs']),
 ("macrophage inflammatory cytokine release", ['TNF-α and IL-1β production', 'inflammatory cytokines of macrophages',
                                               'LPS-induced TNF-α and IL-1β production',
                                               'inflammatory macrophages', 'TNF-α and IL-1β secreted by LPS-stimulated THP-1 cells']),
 '(amnion[tiab] OR amniotic[tiab]) OR ((mesenchymal[tiab] OR MSC*[tiab] OR "stromal cell*"[tiab]) AND (THP-1[tiab] OR '
 'lipopolysaccharide[tiab] OR LPS[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
