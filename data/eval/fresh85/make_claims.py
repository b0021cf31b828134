# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 45 (2026-12-05), with LINKER_RELEASE 2026.12.100, before any project output or review for these
# claims existed, on workshop titles naming no therapy any earlier set claimed for these conditions (ceramic implants,
# chondroitin sulfate for cartilage repair, corticosteroid injections and abscesses, methylene blue marking of lung
# nodules, atypical antipsychotics): a pair-level held-out set. Synonyms name the claim's own therapy and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C902", "Ceramic implants repair articular cartilage defects",
 "ceramic implants repair articular cartilage defects",
 ("ceramic implants", ['ceramic implants', 'ceramic implant', 'ceramics', 'calcium phosphate ceramics',
                       'ceramic-metal implants', 'bioceramic']),
 ("articular cartilage defects", ['articular cartilage defects', 'cartilage defects', 'cartilage defect',
                                  'osteochondral defects', 'chondral defects']),
 'ceramic*[tiab]', 'effect', None, None, 'benefit', None),
("C903", "Chondroitin sulfate promotes cartilage repair",
 "chondroitin sulfate promotes cartilage repair",
 ("chondroitin sulfate", ['chondroitin sulfate', 'chondroitin sulphate', 'chondroitin', 'CS']),
 ("cartilage repair", ['cartilage repair', 'cartilage regeneration', 'cartilage defects', 'chondrogenesis',
                       'cartilage degeneration']),
 'chondroitin sulfate[tiab]', 'effect', None, None, 'benefit', None),
("C904", "Corticosteroid injections can cause abscesses",
 "corticosteroid injections can cause abscesses",
 ("corticosteroid injections", ['corticosteroid injections', 'corticosteroid injection', 'steroid injections',
                                'corticosteroids', 'steroid injection', 'corticosteroid therapy']),
 ("abscesses", ['abscess', 'abscesses', 'epidural abscess', 'psoas abscess', 'abscess formation']),
 'corticosteroid*[tiab]', 'effect', None, None, 'harm', None),
("C905", "Methylene blue marks small lung nodules for thoracoscopic resection",
 "methylene blue dye marks the nodule so the surgeon can find it at thoracoscopy",
 ("methylene blue marking", ['methylene blue', 'methylene blue labeling', 'methylene blue localization',
                             'methylene blue dye', 'dye marking']),
 ("small pulmonary nodules", ['pulmonary nodules', 'pulmonary nodule', 'lung nodules', 'small pulmonary nodules',
                              'thoracoscopic resection']),
 'methylene blue[tiab]', 'effect', None, None, 'benefit', None),
("C906", "Atypical antipsychotics improve schizophrenia symptoms",
 "atypical antipsychotics improve the symptoms of schizophrenia",
 ("atypical antipsychotics", ['atypical antipsychotics', 'atypical antipsychotic', 'atypical anti-psychotics',
                              'second-generation antipsychotics', 'neuroleptic']),
 ("schizophrenia symptoms", ['schizophrenia', 'negative symptoms', 'positive symptoms', 'psychotic symptoms',
                             'schizophrenic patients']),
 'antipsychotic*[tiab] OR anti-psychotic*[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
