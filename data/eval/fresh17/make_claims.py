# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 21 (2026-12-02), from the code of f893a31 (after fresh16's rules), before any project output or
# review for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','osteochondral defects','osteochondral defect','articular cartilage','cartilage repair','cartilage regeneration','cartilage lesions','articular defects']
C=[
("C196","Cell sheets regenerate articular cartilage","cell sheets regenerate articular cartilage",
 ("cell sheets",['cell sheets','cell sheet','chondrocyte sheets','chondrocyte sheet','cell sheet technology','layered chondrocyte sheets']),
 ("articular cartilage",CART),
 '("cell sheet"[tiab] OR "cell sheets"[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR osteochondral[tiab])','effect',None,None),
("C197","Bilayer scaffolds repair osteochondral defects","bilayer scaffolds repair osteochondral defects",
 ("bilayer scaffolds",['bilayer scaffolds','bilayer scaffold','bilayered scaffold','bilayered scaffolds','biphasic scaffold','biphasic scaffolds','double-layer scaffold','double-layer scaffolds','double layer scaffold']),
 ("osteochondral defects",CART),
 '(bilayer*[tiab] OR biphasic[tiab] OR "double-layer"[tiab] OR "double layer"[tiab]) AND scaffold*[tiab] AND osteochondral[tiab]','effect',None,None),
("C198","Grafts conditioned in a bioreactor improve cartilage repair","grafts conditioned in a bioreactor improve cartilage repair",
 ("bioreactor-conditioned grafts",['bioreactor','bioreactors','perfusion bioreactor','dynamic culture','cyclic compression','bioreactor-cultured','bioreactor culture']),
 ("cartilage repair",CART),
 '(bioreactor*[tiab]) AND (cartilage[tiab] OR osteochondral[tiab] OR chondrocyte*[tiab])','effect',None,None),
("C199","Adding biologic augmentation to microfracture improves cartilage repair","Adding biologic augmentation to microfracture improves cartilage repair",
 ("biologic augmentation",['biologic augmentation','biological augmentation','augmentation','augmented','platelet-rich plasma','PRP','bone marrow aspirate concentrate','BMAC','hyaluronic acid','mesenchymal stem cells','scaffold']),
 ("cartilage repair",CART),
 '(augment*[tiab]) AND microfracture[tiab]','effect',None,("microfracture",['microfracture','microfractures','microfracturing','MFx','marrow stimulation','bone marrow stimulation'])),
("C200","Tissue-engineered cartilage grafts repair joint defects in horses","tissue-engineered cartilage grafts repair joint defects in horses",
 ("tissue-engineered cartilage grafts",['tissue-engineered cartilage grafts','tissue engineering grafts','tissue-engineered grafts','cartilage tissue engineering grafts','polymer-based cartilage tissue engineering grafts','MACI implant','chondrocyte infiltrated collagen membrane','engineered cartilage','tissue-engineered cartilage']),
 ("joint defects in horses",CART+['equine articular defects','equine cartilage defects']),
 '(horse*[tiab] OR equine[tiab]) AND (cartilage[tiab] OR chondral[tiab])','effect',None,None),
("C201","Antibiotics alone cure spinal epidural abscess without surgery","antibiotics alone cure spinal epidural abscess without surgery",
 ("antibiotics alone",['antibiotics alone','antibiotic therapy alone','non-surgical treatment','nonsurgical treatment','conservative treatment','conservative management','medical treatment','medical management','nonoperative treatment','non-operative treatment']),
 ("spinal epidural abscess",['spinal epidural abscess','spinal epidural abscesses','epidural abscess','epidural abscesses','SEA']),
 '(epidural[tiab] AND abscess*[tiab]) AND (conservative*[tiab] OR nonsurgical[tiab] OR non-surgical[tiab] OR "antibiotics alone"[tiab] OR "medical treatment"[tiab] OR "medical management"[tiab])','effect',None,None),
("C202","Resveratrol protects cells from oxidative stress","resveratrol protects cells from oxidative stress",
 ("resveratrol",['resveratrol','trans-resveratrol']),
 ("oxidative stress",['oxidative stress','hydrogen peroxide','H2O2','reactive oxygen species','ROS','cellular stress','cell death']),
 '(resveratrol[tiab])','effect',None,None),
("C203","Liposomal vincristine is well tolerated by patients with cancer","liposomal vincristine is well tolerated by patients with cancer",
 ("liposomal vincristine",['liposomal vincristine','vincristine sulfate liposome','sphingosomal vincristine','Marqibo']),
 ("cancer",['cancer','cancers','malignancy','malignancies','tumor','tumors','tumour','lymphoma','leukemia','neoplasm','neoplasms']),
 '("liposomal"[tiab])','effect',None,None),
("C204","Pyriproxyfen-treated bed nets sterilize malaria mosquitoes","pyriproxyfen-treated bed nets sterilize malaria mosquitoes",
 ("pyriproxyfen-treated bed nets",['pyriproxyfen-treated bed nets','pyriproxyfen-treated nets','pyriproxyfen treated mosquito nets','pyriproxyfen','PPF']),
 ("malaria mosquitoes",['malaria mosquitoes','Anopheles gambiae','Anopheles','mosquitoes','mosquito','malaria vectors','sterilizing effect','fecundity','fertility']),
 '(pyriproxyfen[tiab])','effect',None,None),
("C205","Community-based targeted testing and treatment finds latent tuberculosis in foreign-born people","community-based targeted testing and treatment finds latent tuberculosis in foreign-born people",
 ("community-based targeted testing and treatment",['community-based targeted testing and treatment','targeted testing and treatment','targeted testing','community-based tuberculosis targeted testing','screening']),
 ("latent tuberculosis in foreign-born people",['latent tuberculosis','latent tuberculosis infection','LTBI','tuberculosis','foreign-born']),
 '(tuberculosis[tiab]) AND (screening[tiab] OR testing[tiab]) AND (treatment[tiab])','effect',None,None),
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
