# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 19 (2026-12-02), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
C=[
("C135","Autologous chondrocyte implantation heals osteochondral lesions of the talus","autologous chondrocyte implantation heals osteochondral lesions of the talus",
 ("autologous chondrocyte implantation",['autologous chondrocyte implantation','autologous chondrocyte transplantation','ACI','matrix-associated chondrocyte implantation','matrix-induced autologous chondrocyte implantation','MACI','chondrocyte implantation','chondrocyte transplantation','Knorpelzelltransplantation']),
 ("osteochondral lesions of the talus",['osteochondral lesions of the talus','talar osteochondral lesions','osteochondral lesions','osteochondral defects','cartilage defects','chondral lesions','talus','ankle']),
 'chondrocyte*[tiab] AND (ankle[ti] OR talus[ti] OR talar[ti])',
 'effect',None),
("C136","Fresh osteochondral allografts restore large cartilage defects of the knee","fresh osteochondral allografts restore large cartilage defects of the knee",
 ("fresh osteochondral allografts",['osteochondral allograft','osteochondral allografts','osteochondral allograft transplantation','fresh osteochondral allograft','fresh stored allografts','OCA','allograft transplantation']),
 ("large knee cartilage defects",['cartilage defects','chondral defects','osteochondral defects','osteochondral lesions','cartilage lesions','osteochondritis dissecans','femoral condyle','knee']),
 '("osteochondral allograft"[ti] OR "osteochondral allografts"[ti] OR "osteochondral allograft transplantation"[ti] OR "fresh osteochondral"[ti] OR "fresh stored allografts"[ti]) AND (knee[tiab] OR femoral[tiab] OR patell*[tiab] OR condyl*[tiab])',
 'effect',None),
("C137","Combining bone grafting with chondrocyte implantation repairs deep osteochondral defects","combining bone grafting with chondrocyte implantation repairs deep osteochondral defects",
 ("bone grafting combined with chondrocyte implantation",['sandwich technique','sandwich procedure','bone grafting and autologous chondrocyte implantation','autologous chondrocyte implantation with bone grafting','bone grafting','bone graft','osteoperiosteal cylinder graft']),
 ("deep osteochondral defects",['osteochondral defects','osteochondral lesions','osteochondritis dissecans','deep osteochondral defects','subchondral bone','cartilage defects']),
 '(sandwich[tiab] OR "bone grafting"[ti] OR "bone graft"[ti] OR "osteoperiosteal"[tiab]) AND (osteochondral[tiab] OR chondrocyte*[tiab])',
 'effect',None),
("C138","Osteochondral autograft transplantation heals capitellar osteochondritis dissecans","osteochondral autograft transplantation heals capitellar osteochondritis dissecans and returns athletes to sport",
 ("osteochondral autograft transplantation",['osteochondral autograft transplantation','osteochondral autograft','autologous osteochondral grafting','osteochondral transplantation','mosaicplasty','osteochondral graft','OAT']),
 ("capitellar osteochondritis dissecans",['osteochondritis dissecans','capitellar osteochondritis dissecans','OCD','capitellum','elbow','osteochondral lesions']),
 '(osteochondral[tiab] OR mosaicplasty[tiab] OR chondrograft[tiab]) AND (elbow[ti] OR capitell*[ti] OR capitulum[ti] OR humerus[ti] OR Panner*[ti])',
 'effect',None),
("C139","Meniscal allograft transplantation protects knee cartilage","Meniscal allograft transplantation protects the knee's cartilage after the meniscus is lost",
 ("meniscal allograft transplantation",['meniscal allograft transplantation','meniscus allograft transplantation','meniscal allograft','meniscus transplantation','meniscal transplantation','MAT','deep frozen menisci']),
 ("knee cartilage after meniscectomy",['cartilage','cartilage defects','chondral defects','osteoarthritis','meniscal deficiency','meniscectomy','knee']),
 '("meniscal allograft"[tiab] OR "meniscus allograft"[tiab] OR "meniscus transplantation"[tiab] OR "meniscal transplantation"[tiab] OR "transplantation of deep frozen menisci"[ti])',
 'effect',None),
("C140","Injectable hydrogels and cell therapies regenerate degenerated intervertebral discs","Injectable hydrogels and cell therapies regenerate degenerated intervertebral discs",
 ("injectable hydrogels and cell therapies",['hydrogel','injectable hydrogel','peptide hydrogel','cartilage gel','injectable','stem cells','mesenchymal stem cells','MSCs','nucleus pulposus stem cells','cell therapy']),
 ("intervertebral disc degeneration",['intervertebral disc degeneration','disc degeneration','degenerated discs','intervertebral disc','nucleus pulposus','annulus fibrosus','IVDD']),
 '(hydrogel*[tiab] OR injectable[tiab] OR "cell therapy"[tiab] OR "stem cells"[tiab] OR MSCs[tiab] OR regenerat*[ti] OR repair[ti]) AND (intervertebral[ti] OR "nucleus pulposus"[ti] OR "annulus fibrosus"[ti] OR disc[ti])',
 'effect',None),
("C141","Growth hormone speeds the repair of cartilage defects","growth hormone speeds the repair of cartilage defects",
 ("growth hormone",['growth hormone','human growth hormone','GH','somatropin','recombinant growth hormone']),
 ("cartilage defects",['cartilage defects','chondral defects','chondral defect repair','osteochondral defects','cartilage repair']),
 '("growth hormone"[tiab] OR somatropin[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR chondrocyte*[tiab])',
 'effect',None),
("C142","Adding bone marrow aspirate concentrate to an osteochondral allograft improves its integration","adding bone marrow aspirate concentrate to an osteochondral allograft improves how the graft integrates with the host bone",
 ("bone marrow aspirate concentrate added to osteochondral allograft",['bone marrow aspirate concentrate','BMAC','bone marrow aspirate','bone marrow concentrate','autogenous bone marrow aspirate']),
 ("osteochondral allograft integration",['osseous integration','graft integration','integration','osteochondral allograft','osteochondral allografts','osteochondral lesions','osteochondral defects']),
 '("bone marrow aspirate"[tiab] OR BMAC[tiab] OR "bone marrow concentrate"[tiab]) AND (allograft*[tiab] OR osteochondral[ti])',
 'effect',None),
]
# Session 19, after the once-only score (development): the two add-on claims name what the therapy is added to
# (schemas/claims.schema.json added_to), a field the catalog gained from this set's errors.
ADDED_TO={
 "C137":("chondrocyte implantation",['autologous chondrocyte implantation','autologous chondrocyte transplantation','chondrocyte implantation','chondrocyte transplantation','ACI','MACI','MACT','matrix-associated autologous chondrocyte implantation','matrix-induced autologous chondrocyte implantation']),
 "C142":("osteochondral allograft",['osteochondral allograft','osteochondral allografts','osteochondral allograft transplantation','OCA','fresh osteochondral allograft']),
}
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if cid in ADDED_TO:
        n,syn=ADDED_TO[cid]; c['added_to']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
