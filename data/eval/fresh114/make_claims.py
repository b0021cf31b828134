# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# adenovirus-mediated tob gene transfer and pancreatic cancer growth (a title-only laboratory study and two pancreatic
# cancer records that mention gene changes), the ABO blood group and pancreatic cancer (an old title-only study among
# epidemiological records on pancreatic cancer risk and an ovarian cancer locus study), septic abortion and muscle
# abscesses (an old and a recent case report and two records on other muscle and spinal infections), plastic (Karman)
# compared with metal cannulae for first trimester suction abortion (an old comparative study among records that merely
# say curettage or abortion), isoliquiritigenin and non-small-cell lung cancer (a cell and xenograft study among lung
# cancer and EGFR records) and matrilin-3 and hypertrophy of stem-cell-engineered cartilage (an in vitro and mouse study
# and two cartilage repair records that mention hypertrophy).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1073", "Introducing the tob gene stops pancreatic cancer cells growing",
 "Introducing the tob gene stops pancreatic cancer cells growing",
 ("tob gene transfer", ['tob', 'tob gene', 'adenovirus-mediated introduction of tob',
                        'adenovirus-mediated introduction of a novel growth suppressing gene, tob',
                        'growth suppressing gene tob']),
 ("pancreatic cancer growth", ['pancreatic cancer growth', 'human pancreatic cancer growth', 'growth of pancreatic cancer cells',
                               'pancreatic cancer cell growth', 'human pancreatic cancer cell growth']),
 'tob[tiab] OR (pancrea*[tiab] AND (adenovir*[tiab] OR "gene therapy"[tiab] OR "gene transfer"[tiab] OR '
 '"growth suppress*"[tiab] OR "tumor suppressor gene"[tiab]))', 'effect', None, None, 'benefit', None),
("C1074", "A person's ABO blood group changes their risk of pancreatic cancer",
 "A person's ABO blood group changes their risk of pancreatic cancer",
 ("ABO blood group", ['ABO blood group', 'ABO blood-group system', 'ABO blood groups', 'blood group A', 'ABO blood type']),
 ("pancreatic cancer", ['pancreatic cancer', 'pancreatic carcinoma', 'cancer of the pancreas', 'carcinoma of the pancreas',
                        'pancreatic adenocarcinoma']),
 '"blood group*"[tiab] OR "blood-group"[tiab] OR ABO[tiab] OR ("pancreatic cancer"[tiab] AND "risk factor*"[tiab])',
 'effect', None, None, 'harm', None),
("C1075", "Septic abortion seeds abscesses in the muscles",
 "Septic abortion seeds abscesses in the muscles",
 ("septic abortion", ['septic abortion', 'infected abortion', 'septic abortion with bacteraemia',
                      'septic abortion secondary to Bacteroides fragilis bacteraemia', 'abortion complicated by sepsis']),
 ("muscle abscess", ['muscle abscess', 'acute bacterial myositis', 'bacterial myositis', 'trapezius abscess',
                     'right lower trapezius abscess', 'abscess deep in the trapezius muscle']),
 '"septic abortion"[tiab] OR ("bacterial myositis"[tiab]) OR (abscess[tiab] AND bacteraemia[tiab]) OR (myositis[tiab] AND '
 '(streptococ*[tiab] OR clostrid*[tiab]))', 'effect', None, None, 'harm', None),
("C1076", "Plastic Karman cannulae are better than metal cannulae for first trimester abortion by suction curettage",
 "Plastic Karman cannulae are better than metal cannulae for first trimester abortion by suction curettage",
 ("plastic (Karman) cannulae", ['plastic (Karman) cannulae', 'Karman cannulae', 'plastic cannulae', 'Karman cannula',
                                'flexible plastic cannula']),
 ("first trimester abortion by suction curettage", ['first trimester abortion by suction curettage', 'suction curettage',
                                                    'first trimester abortion', 'first-trimester suction abortion',
                                                    'vacuum aspiration abortion']),
 'abortion[tiab] OR curettage[tiab]', 'effect',
 ("metal cannulae", ['metal cannulae', 'metal cannula', 'rigid metal cannulae', 'metal suction cannula',
                     'metal suction cannulae']),
 None, 'benefit', None),
("C1077", "Isoliquiritigenin inhibits the growth of non-small-cell lung cancer",
 "Isoliquiritigenin inhibits the growth of non-small-cell lung cancer",
 ("isoliquiritigenin", ['isoliquiritigenin', 'ILQ', 'isoliquiritigenin (ILQ)', 'treatment with ILQ',
                        'chalcone derivative isoliquiritigenin']),
 ("non-small-cell lung cancer", ['non-small-cell lung cancer', 'NSCLC', 'human lung cancer cells',
                                 'TKI-sensitive and -resistant NSCLC cells', 'NSCLC cell growth',
                                 'xenograft tumor growth of H1975 cells']),
 'isoliquiritigenin[tiab] OR ("lung cancer"[tiab] AND (EGFR[tiab] OR xenograft*[tiab]))', 'effect', None, None,
 'benefit', None),
("C1078", "Matrilin-3 keeps stem-cell cartilage from hypertrophy and endochondral ossification",
 "Matrilin-3 keeps stem-cell cartilage from hypertrophy and endochondral ossification",
 ("matrilin-3", ['matrilin-3', 'MATN3', 'pretreatment with MATN3', 'administration of MATN3', 'MATN3 treatment']),
 ("hypertrophy and endochondral ossification of stem-cell cartilage", ['hypertrophy and endochondral ossification',
                                                                      'mesenchymal stem cell hypertrophy',
                                                                      'hypertrophy/endochondral ossification',
                                                                      'hypertrophic transition',
                                                                      'BMSC hypertrophy and endochondral ossification']),
 'matrilin*[tiab] OR MATN3[tiab] OR (hypertroph*[tiab] AND "endochondral ossification"[tiab])', 'effect', None, None,
 'benefit', None),
]

write_claims(C)
