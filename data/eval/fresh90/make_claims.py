# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.105, before any project output or review for these
# claims existed: cartilage-repair claims on pairs no earlier set claimed (intralesional osteophytes, obesity, smoking and
# older age with the outcome of cartilage repair; microfracture in the shoulder): a pair-level held-out set. Synonyms name
# the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

REPAIR_OUTCOME = ['outcome of cartilage repair', 'cartilage repair', 'clinical outcome', 'clinical outcomes', 'graft failure',
                  'failure', 'repair tissue', 'functional outcome']
C = [
("C929", "Intralesional osteophytes worsen the outcome of cartilage repair",
 "Intralesional osteophytes worsen the outcome of cartilage repair",
 ("intralesional osteophytes", ['intralesional osteophytes', 'intralesional osteophyte', 'osteophytes', 'osteophyte',
                                'subchondral osteophytes']),
 ("outcome of cartilage repair", REPAIR_OUTCOME),
 'osteophyte*[tiab] AND cartilage[tiab]', 'effect', None, None, 'harm', None),
("C930", "Microfracture repairs cartilage lesions of the shoulder",
 "Microfracture repairs cartilage lesions of the shoulder",
 ("microfracture", ['microfracture', 'microfracturing', 'microfracture surgery', 'marrow stimulation']),
 ("cartilage lesions of the shoulder", ['cartilage lesions of the shoulder', 'glenohumeral cartilage lesions',
                                        'chondral lesions of the shoulder', 'humeral head cartilage defects',
                                        'glenohumeral chondral defects', 'shoulder cartilage defects']),
 '(shoulder[tiab] OR glenohumeral[tiab] OR humeral head[tiab]) AND (microfracture[tiab] OR chondrocyte*[tiab] OR cartilage repair[tiab])',
 'effect', None, None, 'benefit', None),
("C931", "Obesity worsens the outcome of cartilage repair",
 "Obesity worsens the outcome of cartilage repair",
 ("obesity", ['obesity', 'obese', 'high body mass index', 'higher body mass index', 'overweight']),
 ("outcome of cartilage repair", REPAIR_OUTCOME),
 '(obesity[tiab] OR obese[tiab] OR body mass index[tiab] OR BMI[tiab]) AND (cartilage repair[tiab] OR chondrocyte implantation[tiab] OR microfracture[tiab])',
 'effect', None, None, 'harm', None),
("C932", "Smoking impairs cartilage repair",
 "Smoking impairs cartilage repair",
 ("smoking", ['smoking', 'smokers', 'tobacco', 'cigarette smoking', 'nicotine']),
 ("cartilage repair", ['cartilage repair', 'outcome of cartilage repair', 'repair tissue', 'cartilage regeneration',
                       'clinical outcome']),
 'smok*[tiab] AND cartilage[tiab]', 'effect', None, None, 'harm', None),
("C933", "Older age worsens the outcome of microfracture and chondrocyte implantation",
 "Older age worsens the outcome of microfracture and chondrocyte implantation",
 ("older age", ['older age', 'older patients', 'age over 40', 'advanced age', 'increasing age', 'patient age']),
 ("outcome of microfracture and chondrocyte implantation", ['outcome of microfracture', 'outcome after microfracture',
                                                            'outcome of chondrocyte implantation', 'clinical outcome',
                                                            'failure', 'graft failure', 'functional outcome']),
 '(older[tiab] OR patient age[tiab]) AND (microfracture[tiab] OR chondrocyte implantation[tiab])', 'effect', None, None,
 'harm', None),
]

write_claims(C)
