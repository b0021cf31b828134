# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 26 (2026-12-03) at the session's start (code of e0f575d), from titles of workshop-corpus records
# that no earlier set's or the catalog's query returns, before any project output or review for these claims existed.
# C338, C343 and C344 are harm claims; C341 is about mice.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C337","Therapeutic hypothermia treats cerebral air embolism","therapeutic hypothermia treats cerebral air embolism",
 ("therapeutic hypothermia",['therapeutic hypothermia','hypothermia','induced hypothermia','targeted temperature management','cooling']),
 ("cerebral air embolism",['cerebral air embolism','air embolism','cerebral arterial gas embolism','gas embolism','arterial air embolism']),
 'hypotherm*[tiab] AND embolism[tiab]','effect',None,None,'benefit',None),
("C338","A needle biopsy of the lung can cause systemic air embolism","a needle biopsy of the lung can cause systemic air embolism",
 ("lung needle biopsy",['lung needle biopsy','needle biopsy of the lung','CT-guided lung biopsy','percutaneous lung biopsy','transthoracic needle biopsy','core needle biopsy']),
 ("systemic air embolism",['systemic air embolism','air embolism','cerebral air embolism','arterial air embolism','gas embolism']),
 '("air embolism"[tiab] OR "gas embolism"[tiab]) AND (biopsy[tiab] OR "hook wire"[tiab])','effect',None,None,'harm',None),
("C339","Metformin promotes antitumour immunity","metformin promotes antitumour immunity",
 ("metformin",['metformin']),
 ("antitumour immunity",['antitumour immunity','antitumor immunity','tumour immunity','tumor growth','cancer','PD-L1']),
 'metformin[tiab] AND (tumor*[tiab] OR tumour*[tiab] OR cancer[tiab])','effect',None,None,'benefit',None),
("C340","Thymoquinone from black seed kills colorectal cancer cells","thymoquinone from black seed kills colorectal cancer cells",
 ("thymoquinone",['thymoquinone','black seed','Nigella sativa','black seed extract']),
 ("colorectal cancer cells",['colorectal cancer cells','colorectal cancer','colon cancer','colon cancer cells','colorectal carcinoma']),
 'thymoquinone[tiab] OR "black seed"[tiab] OR "Nigella sativa"[tiab]','effect',None,None,'benefit',None),
("C341","A vaccine of HPV16 E7 protein bodies causes tumour regression in mice","a vaccine of hpv16 e7 protein bodies causes tumour regression in mice",
 ("HPV16 E7 protein body vaccine",['HPV16 E7 protein bodies','E7 protein bodies','HPV16 E7 vaccine','E7 vaccine','protein bodies']),
 ("tumour regression",['tumour regression','tumor regression','HPV16-associated tumours','tumours','tumors','cervical cancer']),
 '"E7"[tiab] AND (vaccin*[tiab] OR "protein bodies"[tiab])','effect',None,None,'benefit',['mouse']),
("C342","Physical and cognitive activities deter cognitive decline","physical and cognitive activities deter cognitive decline",
 ("physical and cognitive activities",['physical and cognitive activities','physical activity','cognitive activity','cognitive activities','exercise','leisure activities']),
 ("cognitive decline",['cognitive decline','cognitive impairment','dementia','age-related cognitive decline']),
 '"cognitive decline"[tiab] AND activit*[tiab]','effect',None,None,'benefit',None),
("C343","Infliximab can cause recurrent abscesses","infliximab can cause recurrent abscesses",
 ("infliximab",['infliximab','TNF-alpha antagonist','tumour necrosis factor-alpha antagonist','tumor necrosis factor-alpha antagonist','anti-TNF therapy']),
 ("recurrent abscesses",['recurrent abscesses','abscesses','abscess','cutaneous abscesses','skin abscesses']),
 '(infliximab[tiab] OR "necrosis factor-alpha antagonist"[tiab] OR "TNF-alpha antagonist"[tiab] OR "anti-TNF"[tiab]) AND abscess*[tiab]','effect',None,None,'harm',None),
("C344","Discography accelerates disc degeneration","discography accelerates disc degeneration",
 ("discography",['discography','provocative discography','disc puncture','discogram']),
 ("disc degeneration",['disc degeneration','intervertebral disc degeneration','degenerative disc disease','disc herniation','low back pain']),
 'discograph*[tiab] OR discogram*[tiab]','effect',None,None,'harm',None),
("C345","Inhibiting PHGDH slows cancer growth","inhibiting phgdh slows cancer growth",
 ("PHGDH inhibition",['PHGDH inhibition','PHGDH inhibitors','PHGDH knockdown','serine synthesis inhibitors','inhibition of serine biosynthesis']),
 ("cancer growth",['cancer growth','tumour growth','tumor growth','cancer','tumor','proliferation']),
 'PHGDH[tiab] OR "serine synthesis"[tiab] OR "serine biosynthe*"[tiab] OR "serine synthetic"[tiab]','effect',None,None,'benefit',None),
("C346","A medial closed wedge distal femoral osteotomy relieves lateral knee osteoarthritis","a medial closed wedge distal femoral osteotomy relieves lateral knee osteoarthritis",
 ("medial closed wedge distal femoral osteotomy",['medial closed wedge distal femoral osteotomy','distal femoral osteotomy','varus osteotomy','distal femoral varus osteotomy','DFO']),
 ("lateral knee osteoarthritis",['lateral knee osteoarthritis','valgus knee','valgus deformity','lateral compartment osteoarthritis','valgus osteoarthritis']),
 '"femoral osteotomy"[tiab] OR "varus osteotomy"[tiab] OR (valgus[tiab] AND osteotomy[tiab])','effect',None,None,'benefit',None),
("C347","A bipolar radiofrequency device makes liver resection safer","a bipolar radiofrequency device makes liver resection safer",
 ("bipolar radiofrequency device",['bipolar radiofrequency device','Habib','radiofrequency-assisted liver resection','radiofrequency-assisted hepatectomy','Habib 4X']),
 ("liver resection",['liver resection','hepatic resection','hepatectomy','blood loss','liver transection']),
 'Habib[tiab] OR "radiofrequency-assisted"[tiab] OR (radiofrequency[tiab] AND (hepatectomy[tiab] OR "hepatic resection*"[tiab] OR "liver resection*"[tiab]))','effect',None,None,'benefit',None),
]
write_claims(C)

# The catalog's validation (run by the first build, before any output existed) read "can cause" in C338's and C343's
# quotes as qualified, not asserted, and takes the species as data/lexicons/species.yaml names it ("mouse"): the claims'
# words are unchanged, their stored strength follows the quote.
import yaml
cat = yaml.safe_load(open('claims.yaml', encoding='utf-8'))
for c in cat['claims']:
    if c['id'] in ('C338', 'C343'):
        c['seed_strength'] = 'qualified'
with open('claims.yaml', 'w', encoding='utf-8') as f:
    yaml.safe_dump(cat, f, sort_keys=False, allow_unicode=True)
