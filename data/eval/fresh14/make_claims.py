# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 20 (2026-12-02), from the code of 8586cea (after fresh13's rules), before any project output or review
# for these claims existed.
import yaml
seed=open('seed.txt').read()
MF=("microfracture",['microfracture','microfractures','marrow stimulation','bone marrow stimulation'])
KNEE=['knee cartilage defects','cartilage defects','cartilage defect','chondral defects','chondral lesions','cartilage lesions','osteochondral defects','osteochondral lesions','articular cartilage','cartilage repair']
C=[
("C164","Synthetic scaffolds repair knee cartilage defects better than microfracture","synthetic scaffolds repair knee cartilage defects better than microfracture",
 ("synthetic scaffolds",['synthetic scaffolds','synthetic scaffold','TruFit','biphasic scaffold','biphasic scaffolds','resorbable scaffold','resorbable scaffolds','synthetic resorbable scaffolds','synthetic plugs']),
 ("knee cartilage defects",KNEE),
 '(TruFit[tiab] OR "synthetic scaffold"[tiab] OR "synthetic scaffolds"[tiab] OR "biphasic scaffold"[tiab] OR "biphasic scaffolds"[tiab] OR "resorbable scaffold"[tiab] OR "resorbable scaffolds"[tiab]) AND (cartilage[tiab] OR osteochondral[tiab])','effect',MF,None),
("C165","Cultured autologous chondrocytes heal knee cartilage defects","cultured autologous chondrocytes heal knee cartilage defects",
 ("cultured autologous chondrocytes",['cultured autologous chondrocytes','autologous cultured chondrocytes','cultured chondrocytes','CARTIGROW','autologous chondrocyte implantation','ACI']),
 ("knee cartilage defects",KNEE),
 '(CARTIGROW[tiab] OR "autologous cultured chondrocytes"[tiab] OR "cultured chondrocytes"[tiab]) AND (knee[tiab] OR defect*[tiab])','effect',None,None),
("C166","Adding a periosteal flap to microfracture improves cartilage repair","adding a periosteal flap to microfracture improves the repair of cartilage lesions",
 ("periosteal flap",['periosteal flap','periostal flap','periosteal patch','periosteum','periosteal graft','periosteal cover']),
 ("cartilage lesions",KNEE),
 '(periosteal[tiab] OR periostal[tiab]) AND microfracture[tiab]','effect',None,MF),
("C167","A calcium phosphate bone substitute heals subchondral bone cysts","A calcium phosphate bone substitute heals subchondral bone cysts",
 ("calcium phosphate bone substitute",['calcium phosphate bone substitute','calcium phosphate','bone substitute','bone substitute material','calcium phosphate cement','subchondroplasty']),
 ("subchondral bone cysts",['subchondral bone cysts','subchondral bone cyst','bone cysts','subchondral cysts','subchondral bone marrow lesions','bone marrow lesions']),
 '("calcium phosphate"[tiab] OR "bone substitute"[tiab]) AND (cyst*[tiab] OR subchondral[tiab])','effect',None,None),
("C168","Endoscopic cervical discectomy works as well as anterior cervical discectomy and fusion","endoscopic cervical discectomy works as well as anterior cervical discectomy and fusion",
 ("endoscopic cervical discectomy",['endoscopic cervical discectomy','percutaneous endoscopic discectomy','posterior percutaneous endoscopic discectomy','endoscopic discectomy','posterior endoscopic cervical discectomy','PECD']),
 ("cervical disc herniation",['cervical disc herniation','cervical radiculopathy','cervical spondylotic radiculopathy','cervical disc disease','neck pain','arm pain']),
 '(endoscopic[tiab] AND (discectomy[tiab] OR diskectomy[tiab])) AND cervical[tiab]','equivalence',
 ("anterior cervical discectomy and fusion",['anterior cervical discectomy and fusion','ACDF','anterior cervical fusion']),None),
("C169","Cervical disc arthroplasty relieves cervical radiculopathy","cervical disc arthroplasty relieves cervical radiculopathy",
 ("cervical disc arthroplasty",['cervical disc arthroplasty','cervical arthroplasty','cervical disc replacement','total disc replacement','Baguera C','Bryan disc','artificial disc']),
 ("cervical radiculopathy",['cervical radiculopathy','cervical myelopathy','cervical disc disease','degenerative disc disease','neck pain','arm pain']),
 '("Baguera"[tiab] OR "Bryan disc"[tiab] OR "cervical disc arthroplasty"[tiab] OR "cervical arthroplasty"[tiab])','effect',None,None),
("C170","Subthalamic deep brain stimulation relieves the motor symptoms of Parkinson's disease","subthalamic deep brain stimulation relieves the motor symptoms of Parkinson's disease",
 ("subthalamic deep brain stimulation",['subthalamic deep brain stimulation','deep brain stimulation','DBS','STN-DBS','subthalamic nucleus stimulation']),
 ("motor symptoms of Parkinson's disease",["Parkinson's disease",'Parkinson disease','PD','motor symptoms','UPDRS','dyskinesia']),
 '"deep brain stimulation"[tiab] AND parkinson*[tiab]','effect',None,None),
("C171","Femtosecond laser flaps give better LASIK results than a mechanical microkeratome","femtosecond laser flaps give better LASIK results than a mechanical microkeratome",
 ("femtosecond laser flap creation",['femtosecond laser','femtosecond laser flap','femtosecond laser flaps','femtosecond-assisted LASIK','FS-LASIK','femtosecond']),
 ("LASIK outcomes",['LASIK','laser in situ keratomileusis','refractive outcome','visual acuity','hyperopia','myopia']),
 '(femtosecond[tiab]) AND (LASIK[tiab] OR keratomileusis[tiab] OR flap[tiab])','effect',
 ("mechanical microkeratome",['mechanical microkeratome','microkeratome','MK']),None),
("C172","A diet rich in fruits, vegetables, nuts and beans lowers blood pressure","a diet rich in fruits, vegetables, nuts and beans lowers blood pressure",
 ("a diet rich in fruits, vegetables, nuts and beans",['fruits and vegetables','nuts and beans','Five Plus Nuts and Beans','DASH diet','DASH-type diet','dietary intervention','fruit and vegetable intake']),
 ("blood pressure",['blood pressure','hypertension','systolic blood pressure','diastolic blood pressure','BP']),
 '(nuts[tiab] OR beans[tiab] OR "DASH diet"[tiab] OR "dietary intervention"[tiab]) AND ("blood pressure"[tiab] OR hypertension[tiab])','effect',None,None),
("C173","Gain-framed health messages persuade people to adopt healthier behaviour","gain-framed messages, which persuade people to adopt healthier behaviour",
 ("gain-framed health messages",['gain-framed messages','gain-framed message','gain-framed','message framing','framed messages']),
 ("healthy behaviour",['health behaviour','health behavior','healthy behaviour','healthy behavior','behavioral intentions','intentions','screening','physical activity']),
 '("message framing"[tiab] OR "gain-framed"[tiab] OR "loss-framed"[tiab] OR "framed messages"[tiab])','effect',None,None),
("C174","Meropenem cures moderate to severe infections as well as imipenem","meropenem cures moderate to severe infections as well as imipenem",
 ("meropenem",['meropenem']),
 ("moderate to severe infections",['moderate to severe infections','severe infections','bacterial infections','infections','clinical cure','nosocomial infections']),
 '(imipenem[tiab] OR meropenem[tiab] OR carbapenem*[tiab])','equivalence',
 ("imipenem",['imipenem','imipenem/cilastatin','imipenem-cilastatin']),None),
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
