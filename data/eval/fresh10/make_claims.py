# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 18 (2026-12-02), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
C=[
("C127","Autologous chondrocyte implantation repairs knee cartilage defects better than microfracture","autologous chondrocyte implantation repairs knee cartilage defects better than microfracture",
 ("autologous chondrocyte implantation",['autologous chondrocyte implantation','autologous chondrocyte transplantation','ACI','characterized chondrocyte implantation','matrix-induced autologous chondrocyte implantation','MACI','matrix-assisted autologous chondrocyte transplantation','chondrocyte implantation']),
 ("knee cartilage defects",['cartilage defects','cartilage defect','chondral defects','chondral lesions','cartilage lesions','full-thickness cartilage defects','femoral condyle','knee']),
 'chondrocyte*[ti] AND (microfracture*[ti] OR "marrow stimulation"[ti])',
 'effect',("microfracture",['microfracture','microfractures','marrow stimulation','bone marrow stimulation'])),
("C128","Nasal chondrocyte grafts rebuild damaged joint cartilage","nasal chondrocyte cartilage grafts rebuild damaged joint cartilage",
 ("nasal chondrocyte cartilage grafts",['nasal chondrocytes','nasal chondrocyte','nasal septum chondrocytes','nasal cartilage','engineered autologous cartilage tissue','tissue-engineered cartilage graft']),
 ("articular cartilage defects",['articular cartilage defects','cartilage defects','chondral defects','cartilage lesions','cartilage repair','knee']),
 '(nasal[tiab] OR septal[tiab] OR septum[tiab]) AND (chondrocyte*[tiab] OR cartilage[ti])',
 'effect',None),
("C129","Osteochondral autograft transplantation restores knee cartilage defects","Osteochondral autograft transplantation restores cartilage defects of the knee",
 ("osteochondral autograft transplantation",['osteochondral autograft transplantation','autologous osteochondral transplantation','osteochondral autograft','osteochondral autografting','mosaicplasty','OATS','osteochondral cylinder transplantation','osteochondral grafting','autologous osteochondral grafting']),
 ("knee cartilage defects",['cartilage defects','chondral defects','osteochondral defects','osteochondral lesions','cartilage lesions','femoral condyle','knee']),
 '(mosaicplasty[ti] OR "osteochondral autograft"[ti] OR "osteochondral autografts"[ti] OR "autologous osteochondral"[ti] OR "osteochondral transplantation"[ti] OR "osteochondral autogenous"[ti] OR "osteochondral cylinder"[ti]) AND (knee[ti] OR femoral[ti] OR condyle*[ti] OR patellar[ti])',
 'effect',None),
("C130","A cell-free multilayer scaffold regenerates osteochondral lesions","a cell-free multilayer scaffold regenerates osteochondral lesions without any cells at all",
 ("cell-free multilayer scaffold",['cell-free scaffold','multilayer scaffold','multi-layered scaffold','multilayered biomaterial','biphasic scaffold','triphasic scaffold','osteochondral scaffold','nanostructured scaffold','MaioRegen','TruFit','scaffold']),
 ("osteochondral lesions",['osteochondral lesions','osteochondral defects','osteochondral defect','chondral lesions','cartilage defects','osteochondritis dissecans']),
 '(scaffold*[ti] OR biomaterial*[ti] OR TruFit[ti] OR MaioRegen[ti]) AND osteochondral[ti] AND (knee[tiab] AND patients[tiab])',
 'effect',None),
("C131","Adding platelet-rich plasma to microfracture improves cartilage repair","adding platelet-rich plasma to microfracture improves cartilage repair",
 ("platelet-rich plasma added to microfracture",['platelet-rich plasma','PRP','platelet concentrate','platelet-rich fibrin','PRF','platelet-rich plasma-infused','autologous conditioned plasma']),
 ("cartilage repair after microfracture",['cartilage repair','cartilage defects','chondral defects','chondral lesions','microfracture','osteochondral lesions']),
 '(platelet*[ti] OR PRP[ti] OR PRF[ti]) AND (microfracture*[tiab] OR cartilage[ti] OR chondral[ti] OR osteochondral[ti])',
 'effect',None),
("C132","Minced cartilage grafts improve the repair of cartilage defects","minced cartilage grafts improve the repair of cartilage defects",
 ("minced cartilage grafts",['minced cartilage','particulated cartilage','cartilage chips','cartilage fragments','autologous cartilage chips','cartilage paste','articular cartilage paste','osteochondral paste','micronized cartilage','particulated juvenile articular cartilage']),
 ("cartilage defects",['cartilage defects','chondral defects','osteochondral defects','cartilage lesions','chondral lesions','cartilage repair']),
 '(minced[tiab] OR particulated[tiab] OR chips[ti] OR paste[ti] OR micronized[tiab]) AND (cartilage[tiab] OR chondral[tiab])',
 'effect',None),
("C133","A focal metallic resurfacing implant treats localized femoral cartilage defects","a focal metallic resurfacing implant treats localized cartilage defects of the femoral condyle",
 ("focal metallic resurfacing implant",['focal metallic implant','metal implant','metallic implant','metallic inlay','resurfacing implant','HemiCAP','Episealer','patient-specific implant','resurfacing prosthesis','focal resurfacing']),
 ("localized femoral condyle cartilage defects",['cartilage defects','focal cartilage defects','chondral lesions','osteochondral lesions','femoral condyle','knee']),
 '(metal*[ti] OR inlay[ti] OR resurfacing[ti] OR "patient-specific"[ti] OR HemiCAP[tiab] OR Episealer[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR osteochondral[tiab])',
 'effect',None),
("C134","Autologous protein solution relieves knee osteoarthritis pain","an injection of autologous protein solution relieves knee osteoarthritis pain for a year",
 ("autologous protein solution",['autologous protein solution','APS','nSTRIDE','autologous anti-inflammatory','autologous blood product']),
 ("knee osteoarthritis pain",['knee osteoarthritis','osteoarthritis of the knee','knee OA','knee pain','WOMAC','pain']),
 '("protein solution"[tiab] OR "autologous protein"[tiab] OR "autologous conditioned serum"[tiab] OR "conditioned serum"[tiab]) OR ((osteoarthritis[tiab]) AND (injection*[tiab] OR intra-articular[tiab]) AND (autologous[tiab] OR blood[tiab]))',
 'effect',None),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
