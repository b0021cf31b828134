# How claims.yaml was written (run in this folder): the eight claims, their synonyms and queries, and the quote offsets in seed.txt.
import yaml
seed=open('seed.txt').read()
cart=['cartilage defect','chondral defect','cartilage lesion','osteochondral defect','articular cartilage','chondral lesion','cartilage repair']
C=[
("C70","Microfracture for osteochondral lesions of the talus","Microfracture heals osteochondral lesions of the talus.",
 ("microfracture",["bone marrow stimulation","marrow stimulation","drilling","microfracturing"]),
 ("osteochondral lesions of the talus",["osteochondral lesion of the talus","talar osteochondral lesion","OLT","talar dome lesion","osteochondral defect of the talus"]),
 '(talus[tiab] OR talar[tiab]) AND (osteochondral[tiab] OR chondral[tiab]) AND (microfracture[tiab] OR "marrow stimulation"[tiab] OR drilling[tiab])'),
("C71","Cell-free scaffolds for knee cartilage defects","Cell-free scaffolds regenerate knee cartilage defects.",
 ("cell-free scaffold",["acellular scaffold","cell-free implant","acellular implant","cell-free matrix","acellular matrix","cell-free osteochondral scaffold"]),
 ("knee cartilage defects",cart),
 '("cell-free"[ti] OR acellular[ti]) AND (scaffold*[tiab] OR implant*[tiab]) AND (cartilage[tiab] OR osteochondral[tiab])'),
("C72","Surgical decompression for spinal epidural abscess","Surgical decompression restores neurological function in spinal epidural abscess.",
 ("surgical decompression",["decompression","laminectomy","surgical drainage","surgery","surgical treatment"]),
 ("spinal epidural abscess",["epidural abscess","SEA","spinal abscess"]),
 '"epidural abscess"[tiab] AND (surgery[tiab] OR surgical[tiab] OR decompression[tiab] OR laminectomy[tiab])'),
("C73","Synovial mesenchymal stem cells for cartilage defects","Synovial mesenchymal stem cells repair articular cartilage defects.",
 ("synovial mesenchymal stem cells",["synovial MSCs","synovium-derived mesenchymal stem cells","synovial stem cells","synovial mesenchymal stromal cells","synovium-derived MSCs"]),
 ("articular cartilage defects",cart),
 '(synovial[tiab] OR synovium[tiab]) AND ("mesenchymal stem"[tiab] OR "mesenchymal stromal"[tiab] OR MSC*[tiab]) AND (cartilage[tiab] OR chondral[tiab])'),
("C74","Mesenchymal stem cells for meniscus regeneration","Mesenchymal stem cells regenerate the injured meniscus.",
 ("mesenchymal stem cells",["MSCs","mesenchymal stromal cells","stem cells","MSC"]),
 ("meniscus injury",["meniscal tear","meniscus tear","meniscal defect","meniscus regeneration","meniscal lesion","meniscectomy","meniscal injury"]),
 '(meniscus[tiab] OR meniscal[tiab]) AND ("stem cell*"[tiab] OR mesenchymal[tiab])'),
("C75","Bone marrow aspirate concentrate for knee cartilage defects","Bone marrow aspirate concentrate repairs knee cartilage defects.",
 ("bone marrow aspirate concentrate",["BMAC","bone marrow concentrate","BMC","concentrated bone marrow aspirate"]),
 ("knee cartilage defects",cart),
 '("bone marrow aspirate concentrate"[tiab] OR BMAC[tiab]) AND (cartilage[tiab] OR chondral[tiab])'),
("C76","Hydrogel implants for cartilage regeneration","Hydrogel implants regenerate articular cartilage.",
 ("hydrogel",["hydrogels","hydrogel implant","injectable hydrogel","hydrogel scaffold"]),
 ("articular cartilage defects",cart),
 'hydrogel*[ti] AND (cartilage[tiab] OR chondral[tiab] OR osteochondral[tiab])'),
("C77","Autologous chondrocyte implantation for osteochondritis dissecans","Autologous chondrocyte implantation restores the knee in osteochondritis dissecans.",
 ("autologous chondrocyte implantation",["ACI","MACI","matrix-induced autologous chondrocyte implantation","autologous chondrocyte transplantation","MACT","chondrocyte implantation"]),
 ("osteochondritis dissecans",["OCD","osteochondritis dissecans lesion"]),
 '"osteochondritis dissecans"[tiab] AND ("chondrocyte implantation"[tiab] OR "chondrocyte transplantation"[tiab])'),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q in C:
    s=seed.index(quote)
    out.append(dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[]))
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
