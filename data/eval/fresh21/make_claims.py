# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 22 (2026-12-02), after fresh20's once-only score (1fa4935) and before any project output or
# review for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','cartilage repair','articular cartilage defects','cartilage lesions','cartilage regeneration','focal cartilage defects']
C=[
("C238","Kartogenin regenerates cartilage","kartogenin regenerates cartilage",
 ("kartogenin",['kartogenin','KGN']),
 ("cartilage regeneration",CART+['chondrogenesis','cartilage']),
 'kartogenin[tiab]','effect',None,None,'benefit'),
("C239","Metal implants repair focal cartilage defects","metal implants repair focal cartilage defects",
 ("metal implants",['metal implants','metal implant','metallic implants','titanium implants','titanium implant','HemiCAP','resurfacing implant','metal resurfacing']),
 ("focal cartilage defects",CART),
 '(titanium[tiab] OR metal*[tiab]) AND implant*[tiab] AND (cartilage[tiab] OR chondral[tiab])','effect',None,None,'benefit'),
("C240","Spheroid-based autologous chondrocyte implantation repairs cartilage defects","spheroid-based autologous chondrocyte implantation repairs cartilage defects",
 ("spheroid-based autologous chondrocyte implantation",['spheroid-based autologous chondrocyte implantation','chondrospheres','chondrosphere','spheroids','spheroid-based ACI','spheroid ACI','spherox']),
 ("cartilage defects",CART),
 '(spheroid*[tiab] OR chondrosphere*[tiab]) AND (chondrocyte*[tiab] OR cartilage[tiab])','effect',None,None,'benefit'),
("C241","Fibrin glue improves the fixation of cartilage scaffolds","fibrin glue improves the fixation of cartilage scaffolds",
 ("fibrin glue",['fibrin glue','fibrin sealant','fibrin adhesive','Tissucol','Tisseel']),
 ("scaffold fixation",['scaffold fixation','fixation','graft fixation','scaffold stability','delamination','graft stability']),
 '"fibrin glue"[tiab] AND fixation[tiab]','effect',None,None,'benefit'),
("C242","Drug-releasing implants improve cartilage healing after microfracture","drug-releasing implants improve cartilage healing",
 ("drug-releasing implants",['drug-releasing implants','drug-releasing implant','drug-releasing rod-type implant','drug-eluting implant','dual-drug-releasing hydrogel']),
 ("cartilage healing",CART+['cartilage healing']),
 '("drug-releasing"[tiab] OR "drug-eluting"[tiab] OR "drug releasing"[tiab]) AND (implant*[tiab] OR cartilage[tiab])','effect',None,("microfracture",['microfracture','microfracture surgery','marrow stimulation'])),
("C243","Nelfinavir-loaded nanoparticles improve the drug's oral bioavailability","nelfinavir-loaded nanoparticles improve the drug's oral bioavailability",
 ("nelfinavir-loaded nanoparticles",['nelfinavir-loaded nanoparticles','nelfinavir loaded PLGA nanoparticles','nelfinavir nanoparticles','PLGA nanoparticles']),
 ("oral bioavailability",['oral bioavailability','bioavailability','plasma concentration','absorption']),
 'nelfinavir[tiab] OR ((PLGA[tiab]) AND nanoparticle*[tiab] AND oral[tiab])','effect',("free nelfinavir",['free nelfinavir','nelfinavir suspension','plain drug','free drug']),None),
("C244","Aortic valve replacement improves left ventricular function","aortic valve replacement improves left ventricular function",
 ("aortic valve replacement",['aortic valve replacement','AVR','valve replacement','surgical aortic valve replacement']),
 ("left ventricular function",['left ventricular function','LV function','ventricular function','systolic function','diastolic function','aortic stenosis']),
 '"aortic valve replacement"[tiab] OR "aortic stenosis"[tiab]','effect',None,None),
("C245","Photodynamic therapy kills breast cancer cells","photodynamic therapy kills breast cancer cells",
 ("photodynamic therapy",['photodynamic therapy','PDT','photosensitizer','metallophthalocyanine']),
 ("breast cancer cells",['breast cancer cells','breast cancer','cell death','apoptosis','cancer cells']),
 '"photodynamic therapy"[tiab]','effect',None,None),
("C246","Antibiotics cure vertebral osteomyelitis","antibiotics cure vertebral osteomyelitis",
 ("antibiotics",['antibiotics','antibiotic therapy','antibiotic treatment','antimicrobial therapy','medical treatment','intravenous antibiotics']),
 ("vertebral osteomyelitis",['vertebral osteomyelitis','spondylodiscitis','pyogenic spondylitis','spinal infection','discitis']),
 '("vertebral osteomyelitis"[tiab]) AND (antibiotic*[tiab] OR surgery[tiab] OR outcome*[tiab])','effect',None,None),
("C247","Modafinil added to atypical antipsychotics reduces excessive daytime drowsiness","modafinil added to atypical antipsychotics reduces excessive daytime drowsiness",
 ("modafinil",['modafinil','Provigil']),
 ("excessive daytime drowsiness",['excessive daytime drowsiness','daytime drowsiness','daytime sleepiness','sedation','excessive daytime sleepiness','EDD']),
 'modafinil[tiab]','effect',None,("atypical antipsychotics",['atypical antipsychotics','atypical anti-psychotics','antipsychotics','anti-psychotics'])),
]
out=[]
for row in C:
    cid,title,quote,(tn,ts),(cn,cs),q,kind,comp,host=row[:9]
    s=seed.lower().index(quote.lower()); quote=seed[s:s+len(quote)]
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if host:
        n,syn=host; c['added_to']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
