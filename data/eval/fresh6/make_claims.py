# How claims.yaml was written (run in this folder): the eight claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written at the start of session 12 (2026-12-01), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
cart=['cartilage defect','cartilage defects','chondral defect','chondral defects','cartilage lesion','cartilage lesions','chondral lesion','osteochondral defect','osteochondral lesion','articular cartilage','cartilage repair']
aci=['ACI','autologous chondrocyte transplantation','ACT','matrix-induced autologous chondrocyte implantation','MACI','matrix-associated autologous chondrocyte implantation','characterized chondrocyte implantation','chondrocyte implantation']
C=[
("C66","Autologous chondrocyte implantation for patellofemoral cartilage defects","autologous chondrocyte implantation restores patellofemoral cartilage defects",
 ("autologous chondrocyte implantation",aci),
 ("patellofemoral cartilage defects",['patellofemoral cartilage defect','patellar cartilage defect','patellar cartilage defects','patellar defects','trochlear defects','trochlear cartilage defect','patellofemoral joint','patella','trochlea','patellofemoral chondral defects']),
 '(patella*[tiab] OR patellofemoral[tiab] OR trochlea*[tiab]) AND ("chondrocyte implantation"[tiab] OR "chondrocyte transplantation"[tiab] OR ACI[tiab] OR MACI[tiab])',
 'effect'),
("C67","A collagen membrane cover instead of a periosteal flap in chondrocyte implantation","covering the implanted chondrocytes with a collagen membrane instead of a periosteal flap reduces graft hypertrophy and reoperations",
 ("collagen membrane cover",['collagen membrane','collagen cover','collagen type I/III membrane','porcine collagen membrane','Chondro-Gide','bilayer collagen membrane','collagen-covered ACI','ACI-C','CACI']),
 ("graft hypertrophy after autologous chondrocyte implantation",['graft hypertrophy','periosteal hypertrophy','hypertrophy','reoperation','reoperations','autologous chondrocyte implantation','chondrocyte implantation']),
 '("collagen membrane"[tiab] OR "collagen type I/III"[tiab] OR "collagen cover"[tiab] OR Chondro-Gide[tiab]) AND ("chondrocyte implantation"[tiab] OR "chondrocyte transplantation"[tiab] OR ACI[tiab]) AND (periosteal[tiab] OR periosteum[tiab])',
 'effect'),
("C68","Fresh osteochondral allografts for large knee cartilage defects","fresh osteochondral allografts restore knee function in large cartilage defects",
 ("fresh osteochondral allograft",['fresh osteochondral allografts','osteochondral allograft','osteochondral allografts','osteochondral allograft transplantation','fresh allograft','fresh stored allografts','OCA']),
 ("large knee cartilage defects",cart+['knee cartilage defects','large cartilage defects','osteochondritis dissecans']),
 '("fresh osteochondral allograft"[tiab] OR "fresh osteochondral allografts"[tiab] OR "fresh allograft"[tiab] OR "fresh allografts"[tiab] OR "fresh stored allografts"[tiab] OR ("osteochondral allograft"[ti] AND knee[tiab]))',
 'effect'),
("C69","CT-guided hook-wire localization before thoracoscopic resection of small lung nodules","CT-guided hook-wire localization allows small pulmonary nodules to be removed by video-assisted thoracoscopic surgery",
 ("CT-guided hook-wire localization",['hook-wire localization','hook wire localization','hookwire','hook wire','CT-guided localization','CT-guided marking','preoperative localization','preoperative marking','needle marking','lung marking']),
 ("small pulmonary nodules resected by video-assisted thoracoscopic surgery",['pulmonary nodules','pulmonary nodule','lung nodules','ground-glass opacity','ground glass nodules','solitary pulmonary nodule','video-assisted thoracoscopic surgery','VATS']),
 '("hook wire"[tiab] OR "hook-wire"[tiab] OR localization[tiab] OR localisation[tiab] OR marking[tiab]) AND (thoracoscop*[tiab] OR VATS[tiab]) AND (nodule*[tiab] OR lesion*[tiab])',
 'effect'),
("C78","Surgical fixation of unstable osteochondritis dissecans","surgical fixation heals unstable osteochondritis dissecans lesions",
 ("surgical fixation",['internal fixation','fragment fixation','fixation','bioabsorbable pins','bioabsorbable screws','compression screws','suture anchor fixation','Herbert screw','fixed']),
 ("unstable osteochondritis dissecans",['osteochondritis dissecans','OCD','juvenile osteochondritis dissecans','unstable OCD','osteochondral fragment','loose fragment']),
 '(osteochondritis[tiab]) AND (fixation[tiab] OR bioabsorbable[tiab] OR pins[tiab] OR screws[tiab] OR anchor*[tiab])',
 'effect'),
("C79","Cartilage repair added to high tibial osteotomy","adding a cartilage repair procedure to high tibial osteotomy regenerates the cartilage of the medial compartment",
 ("cartilage repair procedure",['cartilage repair','microfracture','abrasion arthroplasty','mesenchymal stem cells','bone marrow aspirate concentrate','autologous chondrocyte implantation','collagen augmentation','stem cell implantation','umbilical cord blood-derived mesenchymal stem cells','cartilage regeneration']),
 ("medial compartment cartilage in varus knees undergoing high tibial osteotomy",['high tibial osteotomy','HTO','varus knee','varus knees','medial compartment osteoarthritis','medial unicompartmental osteoarthritis','genu varum']),
 '("high tibial osteotomy"[tiab] OR HTO[tiab] OR (osteotomy[tiab] AND varus[tiab])) AND (cartilage[tiab] OR chondral[tiab] OR chondrogenesis[tiab]) AND ("chondrocyte implantation"[tiab] OR microfracture[tiab] OR "stem cell"[tiab] OR "stem cells"[tiab] OR "stromal cells"[tiab] OR abrasion[tiab] OR "bone marrow aspirate"[tiab] OR collagen[tiab] OR regenerat*[tiab])',
 'effect'),
("C89","Epidural steroid injection for lumbar radicular pain","an epidural steroid injection relieves lumbar radicular pain",
 ("epidural steroid injection",['epidural steroid injections','epidural steroid','epidural injection','transforaminal epidural steroid injection','interlaminar epidural injection','caudal epidural injection','ESI','TFESI']),
 ("lumbar radicular pain",['radicular pain','sciatica','lumbar radiculopathy','lumbar disc herniation','herniated disc','radicular leg pain','lumbosacral radicular pain']),
 '("epidural steroid"[tiab] OR "epidural injection"[tiab] OR "epidural injections"[tiab] OR transforaminal[tiab]) AND (radicul*[tiab] OR sciatica[tiab] OR herniat*[tiab] OR "back pain"[tiab])',
 'effect'),
("C98","Antibiotics for brucellar spondylitis","antibiotic treatment cures brucellar spondylitis without surgery in most patients",
 ("antibiotic treatment",['antibiotics','antibiotic therapy','antimicrobial therapy','doxycycline','rifampicin','rifampin','streptomycin','ciprofloxacin','trimethoprim-sulfamethoxazole','medical treatment','conservative treatment']),
 ("brucellar spondylitis",['brucellar spondylodiscitis','spinal brucellosis','Brucella spondylitis','Brucella spondylodiscitis','brucellosis','Brucella']),
 '(brucell*[tiab]) AND (spondylitis[tiab] OR spondylodiscitis[tiab] OR spine[tiab] OR spinal[tiab] OR vertebral[tiab])',
 'effect'),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
