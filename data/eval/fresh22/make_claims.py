# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 22 (2026-12-02), after fresh21's once-only score (1425181) and before any project output or
# review for these claims existed. C253 is about mice (population).
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','cartilage repair','articular cartilage defects','cartilage lesions','cartilage regeneration','osteochondral defects']
C=[
("C248","Polyglycolic acid scaffolds repair cartilage defects","polyglycolic acid scaffolds repair cartilage defects",
 ("polyglycolic acid scaffolds",['polyglycolic acid scaffolds','polyglycolic acid scaffold','polyglycolic acid','PGA scaffold','PGA scaffolds','PGA implant','PGA']),
 ("cartilage defects",CART),
 '("polyglycolic acid"[tiab] OR PGA[tiab]) AND (cartilage[tiab] OR chondrocyte*[tiab])','effect',None,None,'benefit',None),
("C249","Cartilage repair works for bipolar chondral lesions","cartilage repair works for bipolar chondral lesions",
 ("cartilage repair",['cartilage repair','autologous chondrocyte implantation','ACI','cartilage repair surgery','osteochondral transplantation','microfracture']),
 ("bipolar chondral lesions",['bipolar chondral lesions','bipolar chondral defects','bipolar lesions','kissing lesions','bipolar cartilage lesions','bipolar defects']),
 '("bipolar"[tiab] OR kissing[tiab]) AND (chondral[tiab] OR cartilage[tiab]) AND (defect*[tiab] OR lesion*[tiab])','effect',None,None,'benefit',None),
("C250","Surgery for meniscus root tears prevents worsening arthritis","surgery for meniscus root tears prevents worsening arthritis",
 ("meniscus root repair surgery",['meniscus root repair','meniscal root repair','root repair','surgical repair','surgery','arthroscopic repair']),
 ("worsening arthritis after meniscus root tears",['worsening arthritis','arthritis','osteoarthritis','arthritis progression','arthroplasty']),
 '("meniscus root"[tiab] OR "root tears"[tiab] OR "root tear"[tiab])','effect',("non-operative management",['non-operative management','nonoperative management','non-operative treatment','conservative treatment']),None,'benefit',None),
("C251","Ablation at the anteroseptal line treats perimitral flutter","ablation at the anteroseptal line treats perimitral flutter",
 ("anteroseptal line ablation",['anteroseptal line ablation','ablation at the anteroseptal line','anteroseptal line','catheter ablation','ablation']),
 ("perimitral flutter",['perimitral flutter','perimitral atrial flutter','atrial flutter','atrial tachycardia']),
 '(ablation[tiab]) AND (flutter[tiab] OR "atrial fibrillation"[tiab])','effect',None,None,'benefit',None),
("C252","Prophylactic antiarrhythmic drugs prevent arrhythmias after myocardial infarction","prophylactic antiarrhythmic drugs prevent arrhythmias after myocardial infarction",
 ("prophylactic antiarrhythmic drugs",['prophylactic antiarrhythmic drugs','prophylactic antiarrhythmic drug therapy','antiarrhythmic drugs','antiarrhythmic drug therapy','lidocaine']),
 ("arrhythmias after myocardial infarction",['arrhythmias','ventricular arrhythmias','ventricular fibrillation','acute myocardial infarction','myocardial infarction']),
 'cardioversion[tiab] OR (antiarrhythmic[tiab])','effect',None,None,'benefit',None),
("C253","A homologous prime-boost vaccine protects mice against chronic toxoplasmosis","a homologous prime-boost vaccine protects mice against chronic toxoplasmosis",
 ("homologous prime-boost vaccine",['homologous prime-boost vaccine','homologous prime-boost','prime-boost','TgPI-1 vaccine','TgPI-1','vaccination']),
 ("chronic toxoplasmosis",['chronic toxoplasmosis','chronic Toxoplasma gondii infection','Toxoplasma gondii','toxoplasmosis','brain cysts']),
 '("prime-boost"[tiab] OR vaccin*[tiab]) AND (Toxoplasma[tiab] OR toxoplasmosis[tiab])','effect',None,None,'benefit',['mouse']),
("C254","Solid dispersion speeds the dissolution of hydrochlorothiazide","solid dispersion speeds the dissolution of hydrochlorothiazide",
 ("solid dispersion",['solid dispersion','solid dispersions','liquisolid','liqui-solid compacts']),
 ("dissolution of hydrochlorothiazide",['dissolution rate','dissolution','hydrochlorothiazide','drug release']),
 '("solid dispersion"[tiab] OR liquisolid[tiab] OR "dissolution rate"[tiab])','effect',None,None,'benefit',None),
("C255","Antibiotics for chronic endometritis improve pregnancy outcomes after recurrent pregnancy loss","antibiotics for chronic endometritis improve pregnancy outcomes after recurrent pregnancy loss",
 ("antibiotics for chronic endometritis",['antibiotics','antibiotic treatment','antibiotic therapy','doxycycline','antibiotic']),
 ("pregnancy outcomes after recurrent pregnancy loss",['pregnancy outcomes','live birth','live birth rate','miscarriage','recurrent pregnancy loss','chronic endometritis']),
 '"chronic endometritis"[tiab] OR ("recurrent pregnancy loss"[tiab] AND antibiotic*[tiab])','effect',None,None,'benefit',None),
("C256","Education improves health and promotes health equity","education improves health and promotes health equity",
 ("education",['education','educational attainment','schooling','education programs']),
 ("health and health equity",['public health','health equity','health','health outcomes','mortality']),
 '"education"[tiab] AND ("health equity"[tiab] OR "public health"[tiab])','effect',None,None,'benefit',None),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp,host,polarity,population in C:
    s=seed.lower().index(quote.lower()); quote=seed[s:s+len(quote)]
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity=polarity,query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if host:
        n,syn=host; c['added_to']=dict(name=n,synonyms=syn)
    if population: c['population']=population
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
