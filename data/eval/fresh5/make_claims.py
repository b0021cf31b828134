# How claims.yaml was written (run in this folder): the eight claims, their synonyms and queries, and the quote offsets in seed.txt.
import yaml
seed=open('seed.txt').read()
cart=['cartilage defect','chondral defect','cartilage lesion','osteochondral defect','articular cartilage','chondral lesion','cartilage repair']
maci=['MACI','matrix-associated autologous chondrocyte implantation','matrix-induced autologous chondrocyte implantation','matrix-assisted autologous chondrocyte implantation','MACT','second-generation autologous chondrocyte implantation']
C=[
("C58","Matrix-induced autologous chondrocyte implantation for knee cartilage defects","matrix-induced autologous chondrocyte implantation repairs knee cartilage defects",
 ("matrix-induced autologous chondrocyte implantation",maci),
 ("knee cartilage defects",cart+['knee cartilage defect','femoral condyle defect','patellofemoral defect']),
 '("matrix-induced autologous chondrocyte"[tiab] OR MACI[tiab] OR "matrix-associated autologous chondrocyte"[tiab]) AND (knee[tiab] OR femoral[tiab] OR patell*[tiab] OR tibiofemoral[tiab])',
 'effect'),
("C59","Accelerated weight-bearing after MACI is as good as traditional rehabilitation","accelerated weight-bearing after matrix-induced autologous chondrocyte implantation is as safe and effective as traditional rehabilitation",
 ("accelerated weight-bearing rehabilitation",["accelerated weightbearing","accelerated rehabilitation","early weight-bearing","early weightbearing","accelerated weight bearing","full weight-bearing at 8 weeks","6-week return to full weightbearing"]),
 ("rehabilitation after matrix-induced autologous chondrocyte implantation",maci+['autologous chondrocyte implantation','ACI']),
 '(weightbearing[tiab] OR weight-bearing[tiab] OR rehabilitation[tiab]) AND ("autologous chondrocyte"[tiab] OR MACI[tiab])',
 'equivalence'),
("C60","Bone marrow aspirate concentrate for osteochondral allograft healing","bone marrow aspirate concentrate improves the healing of osteochondral allografts into the host bone",
 ("bone marrow aspirate concentrate",["BMAC","bone marrow concentrate","bone marrow aspirate","autogenous bone marrow aspirate","marrow aspirate concentrate"]),
 ("osteochondral allograft integration",["osteochondral allograft","osteochondral allografts","osseous integration","graft incorporation","osteochondral allograft transplantation"]),
 '("bone marrow aspirate"[tiab] OR "bone marrow concentrate"[tiab] OR BMAC[tiab]) AND (osteochondral[tiab]) AND (allograft*[tiab])',
 'effect'),
("C61","Hyaluronan-based scaffolds for cartilage defects","hyaluronan-based scaffolds regenerate cartilage defects",
 ("hyaluronan-based scaffold",["Hyalograft C","Hyalograft","HYAFF","HYAFF-11","hyaluronic acid-based scaffold","hyaluronan scaffold","hyaluronic acid scaffold","hyaluronan-based delivery vehicle"]),
 ("cartilage defects",cart),
 '(Hyalograft[tiab] OR HYAFF[tiab] OR "hyaluronan-based"[tiab] OR "hyaluronic acid-based"[tiab] OR "hyaluronan scaffold"[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR chondrocyte*[tiab])',
 'effect'),
("C62","Subchondral drilling for chondral defects","subchondral drilling regenerates cartilage in chondral defects",
 ("subchondral drilling",["drilling","Pridie drilling","retrograde drilling","retro-articular drilling","antegrade drilling","bone marrow stimulation"]),
 ("chondral defects",cart),
 '("subchondral drilling"[tiab] OR drilling[ti] OR Pridie[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR osteochondral[tiab])',
 'effect'),
("C63","Chemotherapy for advanced pancreatic cancer","chemotherapy prolongs survival in advanced pancreatic cancer",
 ("chemotherapy",["gemcitabine","fluorouracil","5-FU","5-fluorouracil","cisplatin","mitomycin C","epirubicin","etoposide","chemoradiotherapy","paclitaxel","combination chemotherapy"]),
 ("advanced pancreatic cancer",["pancreatic cancer","pancreatic carcinoma","pancreatic adenocarcinoma","carcinoma of the pancreas","pancreatic ductal adenocarcinoma"]),
 '(pancreatic[tiab] OR pancreas[tiab]) AND (cancer[tiab] OR carcinoma[tiab] OR adenocarcinoma[tiab]) AND (chemotherapy[tiab] OR gemcitabine[tiab] OR fluorouracil[tiab] OR 5-FU[tiab] OR cisplatin[tiab] OR mitomycin[tiab])',
 'effect'),
("C64","Annular repair after lumbar discectomy","annular repair reduces reherniation after lumbar discectomy",
 ("annular repair",["annular closure","annulus repair","annular closure device","annular suture","annulus fibrosus repair","Barricaid"]),
 ("reherniation after lumbar discectomy",["recurrent lumbar disc herniation","reherniation","recurrent disc herniation","lumbar disc herniation"]),
 '(annular[tiab] OR annulus[tiab]) AND (closure[tiab] OR repair[tiab] OR suture*[tiab]) AND (herniat*[tiab] OR discectomy[tiab] OR reherniation[tiab])',
 'effect'),
("C65","Medical expulsive therapy for ureteric stones","medical expulsive therapy with tamsulosin helps ureteric stones pass",
 ("tamsulosin",["medical expulsive therapy","alpha-blocker","alpha blockers","nifedipine"]),
 ("ureteric stones",["ureteric colic","ureteral calculi","ureteral stones","ureteric calculi","renal colic","stone passage"]),
 '(tamsulosin[tiab] OR nifedipine[tiab] OR "expulsive therapy"[tiab] OR alpha-blocker*[tiab]) AND (ureter*[tiab] OR stone*[tiab] OR colic[tiab])',
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
