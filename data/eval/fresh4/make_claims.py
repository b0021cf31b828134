# How claims.yaml was written (run in this folder): the eight claims, their synonyms and queries, and the quote offsets in seed.txt.
import yaml
seed=open('seed.txt').read()
cart=['cartilage defect','chondral defect','cartilage lesion','osteochondral defect','articular cartilage','chondral lesion','cartilage repair']
koa=['knee OA','osteoarthritis of the knee','gonarthrosis','knee osteoarthritis','OA knee']
C=[
("C50","High tibial osteotomy for medial knee osteoarthritis","high tibial osteotomy relieves pain in medial knee osteoarthritis",
 ("high tibial osteotomy",["HTO","tibial osteotomy","valgus osteotomy","opening-wedge osteotomy","closing-wedge osteotomy","osteotomy"]),
 ("medial knee osteoarthritis",["medial compartment osteoarthritis","varus knee","medial gonarthrosis"]+koa),
 '("high tibial osteotomy"[tiab] OR "tibial osteotomy"[tiab]) AND (osteoarthritis[tiab] OR cartilage[tiab])'),
("C51","Arthroscopic debridement for knee osteoarthritis","arthroscopic debridement relieves the pain of knee osteoarthritis",
 ("arthroscopic debridement",["debridement","arthroscopic lavage","lavage","joint lavage","arthroscopy"]),
 ("knee osteoarthritis",koa),
 '(debridement[tiab] OR lavage[tiab]) AND knee[tiab] AND osteoarthritis[tiab]'),
("C52","Chitosan scaffolds for articular cartilage","Chitosan scaffolds regenerate articular cartilage",
 ("chitosan scaffold",["chitosan","chitosan-glycerol phosphate","BST-CarGel","chitosan-based scaffold","chitosan hydrogel","chitosan/blood implant"]),
 ("articular cartilage defects",cart),
 'chitosan[tiab] AND (cartilage[tiab] OR chondral[tiab])'),
("C53","Periosteal grafts for cartilage defects","periosteal grafts regenerate articular cartilage defects",
 ("periosteal graft",["periosteum","periosteal flap","periosteal transplantation","periosteal autograft","periosteal patch"]),
 ("articular cartilage defects",cart),
 '(periosteal[tiab] OR periosteum[tiab]) AND (cartilage[tiab] OR chondral[tiab]) AND (graft*[tiab] OR transplant*[tiab])'),
("C54","Minced cartilage implants for chondral defects","minced cartilage implants repair chondral defects",
 ("minced cartilage",["particulated cartilage","particulated juvenile articular cartilage","cartilage fragments","minced cartilage implantation","DeNovo NT","cartilage autograft implantation system","CAIS"]),
 ("chondral defects",cart),
 '(juvenile[tiab] OR particulated[tiab] OR minced[tiab]) AND cartilage[tiab] AND (allograft[tiab] OR autograft[tiab] OR implant*[tiab])'),
("C55","Surgical debridement for spinal tuberculosis","surgical debridement cures spinal tuberculosis faster than drugs alone",
 ("surgical debridement",["debridement","surgery","surgical treatment","anterior debridement","decompression","radical debridement","fusion"]),
 ("spinal tuberculosis",["tuberculous spondylitis","Pott's disease","spinal TB","tuberculosis of the spine","tuberculous spondylodiscitis"]),
 '(tuberculous[tiab] OR tuberculosis[tiab]) AND (spondylitis[tiab] OR spinal[tiab] OR spine[tiab])'),
("C56","Bone morphogenetic proteins for cartilage repair","Bone morphogenetic proteins enhance cartilage repair",
 ("bone morphogenetic protein",["BMP","BMP-2","BMP-7","BMP-4","bone morphogenetic proteins","OP-1","osteogenic protein-1"]),
 ("cartilage repair",cart),
 '("BMP-7"[tiab] OR "BMP-2"[tiab] OR "bone morphogenetic protein"[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR chondrogen*[tiab])'),
("C57","Insulin-like growth factor 1 for cartilage repair","insulin-like growth factor 1 enhances cartilage repair",
 ("insulin-like growth factor 1",["IGF-1","IGF-I","insulin-like growth factor-I","IGF1"]),
 ("cartilage repair",cart),
 '("IGF-1"[tiab] OR "insulin-like growth factor"[tiab]) AND (cartilage[tiab] OR chondrocyte*[tiab])'),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q in C:
    s=seed.index(quote)
    out.append(dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[]))
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
