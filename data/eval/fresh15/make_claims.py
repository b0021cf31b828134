# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 20 (2026-12-02), from the code of bf3747b (after fresh14's rules), before any project output or review
# for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','osteochondral defects','osteochondral defect','articular cartilage','cartilage repair','cartilage regeneration','cartilage lesions']
C=[
("C175","BMP-2 gene therapy regenerates osteochondral defects","BMP-2 gene therapy regenerates osteochondral defects",
 ("BMP-2 gene therapy",['BMP-2 gene therapy','BMP-2 gene transfer','BMP-2 gene activated','BMP-2 gene-activated','AdBMP-2','Ad.BMP-2','BMP-2 transduced','BMP-2 gene']),
 ("osteochondral defects",CART),
 '(BMP-2[tiab] OR "bone morphogenetic protein-2"[tiab] OR "bone morphogenetic protein 2"[tiab]) AND (gene[tiab] OR transduc*[tiab] OR adenovir*[tiab]) AND (osteochondral[tiab] OR cartilage[tiab])','effect',None,None),
("C176","Menstrual blood stem cells repair cartilage defects","menstrual blood stem cells repair cartilage defects",
 ("menstrual blood stem cells",['menstrual blood stem cells','menstrual blood-derived stem cells','menstrual blood-derived mesenchymal stem cells','MenSCs','menstrual stem cells']),
 ("cartilage defects",CART),
 '("menstrual blood"[tiab] OR "menstrual blood-derived"[tiab] OR MenSCs[tiab])','effect',None,None),
("C177","Allogeneic chondrocyte implantation repairs cartilage defects","allogeneic chondrocyte implantation repairs cartilage defects without a harvest from the patient",
 ("allogeneic chondrocyte implantation",['allogeneic chondrocyte implantation','allogenic chondrocyte implantation','allogeneic chondrocytes','allogenic chondrocytes','allogeneic chondrocyte transplantation','allogenic chondrocyte transplantation']),
 ("cartilage defects",CART),
 '(allogenic[tiab] OR allogeneic[tiab]) AND chondrocyte*[tiab] AND (implant*[tiab] OR transplant*[tiab])','effect',None,None),
("C178","Bone marrow cells seeded on scaffolds regenerate articular cartilage","bone marrow cells seeded on scaffolds regenerate articular cartilage",
 ("bone marrow cell-seeded scaffolds",['bone marrow cell-seeded scaffolds','bone marrow cells','scaffolds combined with bone marrow cells','bone marrow cell-seeded scaffold','cell-seeded scaffolds']),
 ("articular cartilage",CART),
 '("bone marrow cells"[tiab] OR "bone marrow cell"[tiab]) AND scaffold*[tiab] AND cartilage[tiab]','effect',None,None),
("C179","Silk fibroin scaffolds with chondrocytes repair damaged cartilage","Silk fibroin scaffolds with chondrocytes repair damaged cartilage",
 ("silk fibroin scaffolds with chondrocytes",['silk fibroin scaffolds','silk fibroin scaffold','silk fibroin','silk fibroin/collagen','silk scaffolds']),
 ("damaged cartilage",CART),
 '("silk fibroin"[tiab]) AND (cartilage[tiab] OR chondrocyte*[tiab] OR osteochondral[tiab])','effect',None,None),
("C180","Autologous collagen-induced chondrogenesis repairs knee cartilage defects","autologous collagen-induced chondrogenesis repairs knee cartilage defects in a single stage",
 ("autologous collagen-induced chondrogenesis",['autologous collagen-induced chondrogenesis','collagen-induced chondrogenesis','ACIC']),
 ("knee cartilage defects",CART),
 '("collagen-induced chondrogenesis"[tiab] OR ACIC[tiab])','effect',None,None),
("C181","Vitamin K supplements strengthen the bones of older adults","vitamin K supplements strengthen the bones of older adults",
 ("vitamin K supplements",['vitamin K supplements','vitamin K supplementation','vitamin K','phylloquinone','menaquinone','vitamin K2','vitamin K1']),
 ("bone health in older adults",['bone health','bone mineral density','BMD','fractures','fracture','osteoporosis','bone loss']),
 '"vitamin K"[tiab] AND (bone[tiab] OR fracture*[tiab] OR osteoporosis[tiab])','effect',None,None),
("C182","Vitamin D prevents age-related cataracts","vitamin D prevents age-related cataracts",
 ("vitamin D",['vitamin D','25-hydroxyvitamin D','25(OH)D','vitamin D supplementation','cholecalciferol']),
 ("age-related cataracts",['age-related cataracts','age-related cataract','cataracts','cataract']),
 '"vitamin D"[tiab] AND cataract*[tiab]','effect',None,None),
("C183","Wavefront-guided LASIK safely corrects myopia","wavefront-guided LASIK safely corrects myopia",
 ("wavefront-guided LASIK",['wavefront-guided LASIK','wavefront-guided laser in situ keratomileusis','wavefront-guided myopic LASIK','wavefront-guided']),
 ("myopia",['myopia','myopic','refractive error','uncorrected distance visual acuity','visual acuity']),
 '(wavefront[tiab]) AND (LASIK[tiab] OR keratomileusis[tiab])','effect',None,None),
("C184","Hyperbaric oxygen helps clear parasitic infections such as schistosomiasis","hyperbaric oxygen helps clear parasitic infections such as schistosomiasis",
 ("hyperbaric oxygen",['hyperbaric oxygen','hyperbaric oxygen therapy','HBO','HBOT','HBO2']),
 ("schistosomiasis",['schistosomiasis','schistosomiasis mansoni','Schistosoma mansoni','parasitic infections','worm burden']),
 '("hyperbaric oxygen"[tiab]) AND (schistosom*[tiab] OR parasit*[tiab] OR infection*[tiab])','effect',None,None),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp,host in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if host:
        n,syn=host; c['added_to']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
