# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-05), before any project output or review for these claims existed: six claims drafted from
# the corpus's records (the articles table only) and the list of earlier claims, each a new exposure-outcome pair: on
# mesenchymal stem cells combined with chondrocytes for cartilage defects, on medial malleolar osteotomy and the results of
# surgery for talar cartilage lesions, on implants placed in an infected spine and persisting infection, on platelet-rich
# plasma and the integration of osteochondral grafts, on the complications of stem cell injections for orthopaedic
# conditions, and one comparison (extended radical versus standard pancreatoduodenectomy for survival in pancreatic cancer).
# Synonyms name the claim's own exposure and condition, no wider.
# Checked before any output existed: C984 left out "malleolar osteotomy" (it leaves out "medial", a word of the name);
# C987 left out "stem cell injections" and "MSC therapy" (they leave out "mesenchymal" or "injection"); C988 left out
# "extended resection" and "radical pancreatoduodenectomy" (they leave out a word of the name) and, for the comparator,
# "modified standard pancreaticoduodenectomy" (a different operation).
# The developer then took out, before any output existed, C988's "extended resection for pancreatic cancer" (extended
# resections of vessels or other organs are other operations).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C983", "Combining mesenchymal stem cells with chondrocytes repairs cartilage defects",
 "Combining mesenchymal stem cells with chondrocytes repairs cartilage defects",
 ("mesenchymal stem cells combined with chondrocytes", ['mesenchymal stem cells combined with chondrocytes',
                                                        'co-culture of mesenchymal stem cells and chondrocytes',
                                                        'coculture of hWJMSCs and pACs',
                                                        'combined autologous chondrocyte and bone marrow mesenchymal stromal cell implantation',
                                                        'CACAMI', 'allogeneic MSCs mixed with recycled autologous chondrons',
                                                        'mesenchymal stem cells mixed with chondrons']),
 ("cartilage defects", ['cartilage defects', 'articular cartilage defects', 'cartilage defects in the knee', 'cartilage lesions',
                        'full-thickness cartilage defects']),
 '(co-culture*[tiab] OR coculture*[tiab] OR chondron*[tiab] OR "combined autologous chondrocyte"[tiab]) AND '
 '(mesenchymal[tiab] OR MSC*[tiab] OR "stem cell*"[tiab])', 'effect', None, None, 'benefit', None),
("C984", "Medial malleolar osteotomy worsens the results of surgery for talar cartilage lesions",
 "Medial malleolar osteotomy worsens the results of surgery for talar cartilage lesions",
 ("medial malleolar osteotomy", ['medial malleolar osteotomy', 'medial malleolus osteotomy',
                                 'osteotomy of the medial malleolus']),
 ("outcome of surgery for osteochondral lesions of the talus", ['outcome of surgery for osteochondral lesions of the talus',
                                                                'clinical outcome of talar osteochondral lesion repair',
                                                                'outcome of talar cartilage repair',
                                                                'clinical outcome of M-BMS for osteochondral lesions of the talus',
                                                                'outcome of OLT surgery']),
 '"malleolar osteotomy"[tiab] OR "malleolus osteotomy"[tiab] OR "medial malleolar"[tiab] OR "malleolar osteotomies"[tiab]',
 'effect', None, None, 'harm', None),
("C985", "Putting implants into an infected spine keeps the infection going",
 "Putting implants into an infected spine keeps the infection going",
 ("spinal instrumentation in active spinal infection", ['spinal instrumentation in active spinal infection',
                                                        'instrumentation in spinal infection',
                                                        'anterior instrumentation in spinal tuberculosis',
                                                        "instrumentation in Pott's disease",
                                                        'PEEK cage fusion in spondylodiscitis', 'cage fusion in spondylodiscitis',
                                                        'instrumented fusion of the infected spine']),
 ("persistent or recurrent spinal infection", ['persistent spinal infection', 'recurrent spinal infection',
                                               'recurrence of spinal infection', 'recurrence of spinal tuberculosis',
                                               'relapse of spondylodiscitis']),
 '(cage*[tiab] OR instrumentation[tiab]) AND (spondylodiscitis[tiab] OR "vertebral osteomyelitis"[tiab] OR '
 '"spinal infection"[tiab] OR spondylitis[tiab] OR tuberculosis[tiab])', 'effect', None, None, 'harm', None),
("C986", "Platelet-rich plasma improves the healing of osteochondral grafts",
 "Platelet-rich plasma improves the healing of osteochondral grafts",
 ("platelet-rich plasma", ['platelet-rich plasma', 'platelet rich plasma', 'PRP']),
 ("osteochondral graft integration", ['osteochondral graft integration', 'integration of osteochondral grafts',
                                      'healing of osteochondral grafts', 'osseous integration of osteochondral allografts',
                                      'osseointegration of osteochondral autografts',
                                      'osteochondral autograft integration after mosaicplasty']),
 '("platelet-rich plasma"[tiab] OR "platelet rich plasma"[tiab] OR PRP[tiab]) AND (mosaicplasty[tiab] OR '
 '"osteochondral autograft*"[tiab] OR "osteochondral allograft*"[tiab] OR "osteochondral graft*"[tiab] OR '
 '"osteochondral transplant*"[tiab] OR "osteochondral autologous"[tiab])', 'effect', None, None, 'benefit', None),
("C987", "Mesenchymal stem cell injections for orthopaedic conditions cause serious adverse events",
 "Mesenchymal stem cell injections for orthopaedic conditions cause serious adverse events",
 ("mesenchymal stem cell injections", ['mesenchymal stem cell injections', 'mesenchymal stem cell injection',
                                       'injection of mesenchymal stem cells', 'injections of mesenchymal stem cells',
                                       'MSC injection', 'MSC injections',
                                       'intra-articular injection of mesenchymal stem cells',
                                       're-implantation of culture-expanded mesenchymal stem cells']),
 ("serious adverse events", ['serious adverse events', 'serious complications', 'clinically significant adverse events',
                             'treatment-related serious adverse events', 'tumor formation', 'tumour formation']),
 '("stem cell*"[tiab] OR mesenchymal[tiab] OR MSC[tiab] OR MSCs[tiab]) AND ("adverse event*"[tiab] OR '
 '"serious adverse"[tiab] OR "tumor formation"[tiab] OR "tumour formation"[tiab] OR neoplasm*[tiab]) AND (inject*[tiab] OR '
 're-implant*[tiab] OR reimplant*[tiab])', 'effect', None, None, 'harm', None),
("C988", "Extended radical pancreatoduodenectomy gives longer survival in pancreatic cancer than standard pancreatoduodenectomy",
 "Extended radical pancreatoduodenectomy gives longer survival in pancreatic cancer than standard pancreatoduodenectomy",
 ("extended radical pancreatoduodenectomy", ['extended radical pancreatoduodenectomy', 'extended pancreatoduodenectomy',
                                             'extended pancreaticoduodenectomy',
                                             'radical pancreatoduodenectomy with extended lymph node and connective tissue dissection',
                                             'pancreatoduodenectomy with extended lymphadenectomy',
                                             'pancreaticoduodenectomy with D2-D3 lymph node dissection']),
 ("survival in pancreatic cancer", ['survival in pancreatic cancer', 'survival of patients with pancreatic cancer',
                                    'pancreatic cancer survival', 'survival in pancreatic head cancer',
                                    'survival in invasive ductal carcinoma of the pancreas',
                                    'long-term survival after resection of pancreatic cancer']),
 '(pancreatoduodenectomy[tiab] OR pancreaticoduodenectomy[tiab] OR pancreatectomy[tiab] OR Whipple[tiab] OR '
 '"extended resection"[tiab] OR "extended lymphadenectomy"[tiab]) AND pancrea*[tiab]', 'effect',
 ("standard pancreatoduodenectomy", ['standard pancreatoduodenectomy', 'standard pancreaticoduodenectomy',
                                     'pancreaticoduodenectomy with D1 lymph node dissection',
                                     'pancreatoduodenectomy with regional lymph node dissection',
                                     'conventional pancreatoduodenectomy']),
 None, 'benefit', None),
]

write_claims(C)
