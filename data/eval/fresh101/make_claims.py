# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# progenitor cells taken from articular cartilage and the repair of cartilage defects (horse, mouse and laboratory
# studies), a long duration of symptoms before surgery and the outcome of cartilage repair (cohorts and a rabbit study),
# osteochondral allografts for osteochondritis dissecans (case series), osteoporotic vertebral fractures and degeneration
# of the adjacent discs (an MRI cohort), scaffold pore size and bone formation (laboratory and animal studies), and patent
# blue compared with methylene blue as the dye for chromodiscography (a laboratory study among records on other dyes).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C995", "Progenitor cells from joint cartilage repair cartilage defects",
 "Progenitor cells from joint cartilage repair cartilage defects",
 ("cartilage progenitor cells", ['cartilage progenitor cells', 'chondroprogenitor cells', 'articular cartilage progenitor cells',
                                 'cartilage stem/progenitor cells', 'CSPCs', 'cartilage-derived progenitor cells',
                                 'chondrocyte-derived progenitor cells', 'CDPCs']),
 ("cartilage defects", ['cartilage defects', 'cartilage defect', 'articular cartilage defects', 'articular defects',
                        'chondral defects', 'focal cartilage defects']),
 '"cartilage progenitor*"[tiab] OR chondroprogenitor*[tiab] OR "cartilage stem"[tiab] OR "cartilage-derived progenitor*"[tiab] OR '
 '"chondrocyte-derived progenitor*"[tiab] OR "articular cartilage progenitor*"[tiab] OR "progenitor cells"[ti]',
 'effect', None, None, 'benefit', None),
("C996", "A long duration of symptoms before surgery worsens the outcome of cartilage repair",
 "A long duration of symptoms before surgery worsens the outcome of cartilage repair",
 ("long duration of symptoms before surgery", ['long duration of symptoms before surgery', 'long duration of symptoms',
                                               'longer duration of symptoms', 'long preoperative duration of symptoms',
                                               'longer symptom duration', 'delayed treatment', 'late treatment']),
 ("outcome of cartilage repair", ['outcome of cartilage repair', 'cartilage repair outcome', 'outcome after cartilage repair',
                                  'clinical outcome of cartilage repair', 'results of cartilage repair surgery']),
 '("duration of symptoms"[tiab] OR "symptom duration"[tiab] OR "time to surgery"[tiab] OR "preoperative duration"[tiab] OR '
 '"early or late"[tiab] OR "delayed treatment"[tiab] OR "time from injury"[tiab] OR chronicity[tiab]) AND (cartilage[tiab] OR '
 'chondral[tiab] OR osteochondral[tiab])', 'effect', None, None, 'harm', None),
("C997", "Osteochondral allografts restore function in osteochondritis dissecans",
 "Osteochondral allografts restore function in osteochondritis dissecans",
 ("osteochondral allograft transplantation", ['osteochondral allograft transplantation', 'osteochondral allograft',
                                              'osteochondral allografts', 'OCA', 'fresh osteochondral allograft',
                                              'fresh osteochondral allografting', 'osteochondral allografting']),
 ("osteochondritis dissecans", ['osteochondritis dissecans', 'OCD', 'osteochondritis dissecans lesions', 'OCD lesions',
                                'juvenile osteochondritis dissecans', 'osteochondritis dissecans of the knee']),
 '"osteochondral allograft*"[tiab] AND ("osteochondritis dissecans"[tiab] OR OCD[tiab])', 'effect', None, None, 'benefit', None),
("C998", "Osteoporotic spine fractures speed up degeneration of the neighbouring discs",
 "Osteoporotic spine fractures speed up degeneration of the neighbouring discs",
 ("osteoporotic vertebral fractures", ['osteoporotic vertebral fractures', 'osteoporotic vertebral fracture',
                                       'osteoporotic fractures of the spine', 'osteoporotic compression fractures',
                                       'lumbar osteoporotic fractures']),
 ("adjacent disc degeneration", ['adjacent disc degeneration', 'degeneration of the adjacent discs',
                                 'degeneration of adjacent intervertebral discs', 'adjacent intervertebral disc degeneration',
                                 'worsening of adjacent disc degeneration']),
 '(osteopor*[tiab] OR "vertebral fracture*"[tiab] OR "compression fracture*"[tiab]) AND (disc[tiab] OR disk[tiab] OR lumbar[tiab])',
 'effect', None, None, 'harm', None),
("C999", "Larger scaffold pores promote bone formation",
 "Larger scaffold pores promote bone formation",
 ("large scaffold pores", ['large scaffold pores', 'large pore size', 'larger pore size', 'large-pore scaffolds', 'large pores',
                           'interconnected macropores']),
 ("bone formation", ['bone formation', 'new bone formation', 'mature bone formation', 'bone regeneration', 'bone ingrowth',
                     'endochondral ossification']),
 '("pore size"[tiab] OR "pore sizes"[tiab] OR porosity[tiab] OR macroporous[tiab]) AND (bone[tiab] OR osteochondral[tiab] OR '
 'ossification[tiab])', 'effect', None, None, 'benefit', None),
("C1000", "Patent blue is a better dye than methylene blue for chromodiscography",
 "Patent blue is a better dye than methylene blue for chromodiscography",
 ("patent blue", ['patent blue', 'patent blue dye', 'patent blue stain']),
 ("disc staining in chromodiscography", ['disc staining in chromodiscography', 'chromodiscography', 'intradiscal staining',
                                         'intradiscal stain', 'staining of the intervertebral disc', 'disc staining']),
 '"methylene blue"[tiab] OR "patent blue"[tiab] OR "indigo carmine"[tiab] OR chromodiscograph*[tiab] OR dye*[tiab]', 'effect',
 ("methylene blue", ['methylene blue', 'methylene blue dye', 'methylene blue stain']),
 None, 'benefit', None),
]

write_claims(C)
