# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 47 (2026-12-05), before any project output or review for these claims existed: six claims on the
# workshop corpus's records, on what harms spinal discs, joint cartilage and the pancreas (diabetes and disc degeneration
# in animals, blood in the joint and cartilage damage, chronic pancreatitis and pancreatic cancer, chondrocyte death at
# the edges of harvested mosaicplasty plugs) and on osteochondral allografts (return to sport in athletes; condyle-matched
# versus unmatched grafts). Nearly all their records were returned by other claims' queries: pair by pair.
# Synonyms name the claim's own exposure and condition, no wider.
# Checked by the developer before any output existed: C970 lost the synonym "osteochondral harvest" (it leaves out
# "plug", a word of the name).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C965", "Diabetes speeds up degeneration of the spinal discs",
 "Diabetes speeds up degeneration of the spinal discs",
 ("diabetes", ['diabetes', 'diabetes mellitus', 'diabetic', 'hyperglycaemia', 'hyperglycemia', 'high glucose']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'intervertebral disk degeneration', 'IDD',
                                      'degeneration of the intervertebral disc', 'degenerative disc disease',
                                      'intervertebral disc endplate degeneration']),
 '(diabet*[tiab] OR hyperglyc*[tiab] OR glucose[tiab]) AND (disc[tiab] OR disk[tiab] OR intervertebral[tiab] OR '
 '"nucleus pulposus"[tiab] OR endplate[tiab] OR degenerat*[tiab])', 'effect', None, None, 'harm', None),
("C966", "Blood in the joint damages the cartilage",
 "Blood in the joint damages the cartilage",
 ("blood in the joint", ['blood in the joint', 'intra-articular bleeding', 'intraarticular bleeding', 'joint bleeding',
                         'haemarthrosis', 'hemarthrosis', 'intra-articular blood']),
 ("cartilage damage", ['cartilage damage', 'articular cartilage damage', 'cartilage degradation', 'cartilage deterioration',
                       'blood-induced cartilage damage', 'chondrocyte damage']),
 'hemarthros*[tiab] OR haemarthros*[tiab] OR haemophil*[tiab] OR hemophil*[tiab] OR "blood exposure"[tiab] OR '
 '"blood-induced"[tiab] OR "joint bleeding"[tiab] OR "intra-articular blood"[tiab] OR "intraarticular blood"[tiab]',
 'effect', None, None, 'harm', None),
("C967", "Chronic pancreatitis raises the risk of pancreatic cancer",
 "Chronic pancreatitis raises the risk of pancreatic cancer",
 ("chronic pancreatitis", ['chronic pancreatitis', 'chronic recurrent pancreatitis', 'chronic inflammation of the pancreas',
                           'hereditary pancreatitis', 'tropical pancreatitis']),
 ("pancreatic cancer", ['pancreatic cancer', 'pancreatic carcinoma', 'pancreatic adenocarcinoma',
                        'pancreatic ductal adenocarcinoma', 'carcinoma of the pancreas', 'cancer of the pancreas']),
 'pancreatitis[tiab] AND (cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab])', 'effect', None, None, 'harm', None),
("C968", "Osteochondral allograft surgery gets athletes back to their sport",
 "Osteochondral allograft surgery gets athletes back to their sport",
 ("osteochondral allograft transplantation", ['osteochondral allograft transplantation', 'osteochondral allograft',
                                              'osteochondral allografts', 'OCA', 'OCA transplantation',
                                              'fresh osteochondral allograft']),
 ("return to sport in athletes", ['return to sport', 'return to sports', 'return to play', 'return to competition',
                                  'return to high-level play', 'return to athletic activity']),
 '("osteochondral allograft*"[tiab] OR "osteochondral allotransplant*"[tiab]) AND (athlete*[tiab] OR sport*[tiab] OR '
 '"return to play"[tiab] OR player*[tiab])', 'effect', None, None, 'benefit', None),
("C969", "Condyle-matched osteochondral allografts give better results than unmatched grafts",
 "Condyle-matched osteochondral allografts give better results than unmatched grafts",
 ("condyle-matched osteochondral allografts", ['condyle-matched osteochondral allografts', 'condyle-specific matching',
                                               'condyle-specific osteochondral allograft', 'orthotopic osteochondral allograft',
                                               'orthotopic OCA']),
 ("outcome of osteochondral allograft transplantation", ['outcome of osteochondral allograft transplantation',
                                                         'outcomes of osteochondral allograft transplantation',
                                                         'clinical outcome of osteochondral allograft transplantation',
                                                         'osteochondral allograft outcome', 'OCA outcome']),
 '"osteochondral allograft*"[tiab] AND match*[tiab]', 'effect',
 ("unmatched osteochondral allografts", ['unmatched osteochondral allografts', 'non-orthotopic osteochondral allograft',
                                         'non-orthotopic OCA', 'lateral-to-medial condyle allograft',
                                         'medial-to-lateral condyle allograft']),
 None, 'benefit', None),
("C970", "Harvesting plugs for mosaicplasty kills cartilage cells at the plug edges",
 "Harvesting plugs for mosaicplasty kills cartilage cells at the plug edges",
 ("osteochondral plug harvest", ['osteochondral plug harvest', 'osteochondral graft harvest',
                                 'harvesting of osteochondral plugs', 'osteochondral cylinder harvest',
                                 'mosaicplasty graft harvest']),
 ("chondrocyte death", ['chondrocyte death', 'loss of chondrocyte viability', 'reduced chondrocyte viability',
                        'chondrocyte necrosis', 'chondrocyte death at the graft edges']),
 '(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "osteochondral plug*"[tiab] OR "osteochondral graft*"[tiab] OR '
 'harvest*[tiab]) AND (viability[tiab] OR "chondrocyte death"[tiab] OR "cell death"[tiab] OR "chondrocyte survival"[tiab] OR '
 '"chondrocyte viability"[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
