# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 21 (2026-12-02), from the code of ef0a88b (after fresh17's rules), before any project output or
# review for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','osteochondral defects','articular cartilage','cartilage repair','cartilage lesions','knee cartilage defects']
C=[
("C206","Third-generation autologous chondrocyte implantation repairs knee cartilage defects","third-generation autologous chondrocyte implantation repairs knee cartilage defects",
 ("third-generation autologous chondrocyte implantation",['third-generation autologous chondrocyte implantation','third generation autologous chondrocyte implantation','third-generation ACI','matrix-induced autologous chondrocyte implantation','MACI','matrix-assisted autologous chondrocyte implantation','matrix-assisted chondrocyte transplantation','MACT']),
 ("knee cartilage defects",CART),
 '("third-generation"[tiab] OR "third generation"[tiab]) AND (chondrocyte*[tiab] OR ACI[tiab])','effect',None,None),
("C207","Local anaesthesia works as well as general anaesthesia for lumbar disc herniation surgery","local anaesthesia works as well as general anaesthesia for lumbar disc herniation surgery",
 ("local anaesthesia",['local anaesthesia','local anesthesia','epidural anesthesia','epidural anaesthesia','regional anesthesia','spinal anesthesia']),
 ("lumbar disc herniation surgery",['lumbar disc herniation','lumbar disc herniation surgery','LDH','discectomy','lumbar discectomy','lumbar disc surgery']),
 '("local anesthesia"[tiab] OR "epidural anesthesia"[tiab] OR "spinal anesthesia"[tiab]) AND (disc[tiab] OR discectomy[tiab] OR lumbar[tiab])','equivalence',("general anaesthesia",['general anaesthesia','general anesthesia','GA']),None),
("C208","Prophylactic omeprazole prevents gastrointestinal complications in dogs operated on for disc extrusion","prophylactic omeprazole prevents gastrointestinal complications",
 ("prophylactic omeprazole",['prophylactic omeprazole','omeprazole','proton pump inhibitor','proton pump inhibitors']),
 ("gastrointestinal complications in dogs after disc surgery",['gastrointestinal complications','gastrointestinal signs','regurgitation','esophagitis','oesophagitis','melena','vomiting','diarrhea','gastrointestinal bleeding']),
 'omeprazole[tiab] OR "proton pump inhibitor"[tiab] OR "proton pump inhibitors"[tiab]','effect',None,None),
("C209","Single-incision laparoscopic right hemicolectomy is as safe as conventional laparoscopic surgery","single-incision laparoscopic right hemicolectomy is as safe as conventional laparoscopic surgery",
 ("single-incision laparoscopic right hemicolectomy",['single-incision laparoscopic right hemicolectomy','single-incision laparoscopic right hemi-colectomy','single-incision laparoscopic surgery','single-port laparoscopic right colectomy','SILS','single-incision']),
 ("right hemicolectomy",['right hemicolectomy','right hemi-colectomy','right colectomy','colorectal surgery','colon cancer']),
 '("single-incision"[tiab] OR "single incision"[tiab] OR "single-port"[tiab]) AND (colectomy[tiab] OR hemicolectomy[tiab] OR laparoscopic[tiab])','equivalence',("conventional laparoscopic surgery",['conventional laparoscopic surgery','conventional laparoscopic','multiport laparoscopic','multi-port laparoscopic','standard laparoscopic','conventional laparoscopy']),None),
("C210","An anticholinergic given with a tranquilizer reduces gastric acid secretion","an anticholinergic given with a tranquilizer reduces gastric acid secretion",
 ("an anticholinergic with a tranquilizer",['anticholinergic agent in combination with a tranquilizer','anticholinergic','anticholinergic agent','anticholinergics']),
 ("gastric acid secretion",['gastric acid secretion','gastric juice secretion','gastric secretion','acid secretion','gastric juice']),
 '(anticholinergic*[tiab]) AND (gastric[tiab])','effect',None,None),
("C211","Pemetrexed controls bronchioloalveolar carcinoma","pemetrexed controls bronchioloalveolar carcinoma",
 ("pemetrexed",['pemetrexed','Alimta']),
 ("bronchioloalveolar carcinoma",['bronchioloalveolar carcinoma','bronchioloalveolar','adenocarcinoma in situ','lung adenocarcinoma','BAC']),
 'pemetrexed[tiab]','effect',None,None),
("C212","Oral clofazimine shrinks unresectable liver cancer","oral clofazimine shrinks unresectable liver cancer",
 ("oral clofazimine",['oral clofazimine','clofazimine']),
 ("unresectable liver cancer",['unresectable liver cancer','hepatocellular carcinoma','HCC','liver cancer','hepatoma']),
 'clofazimine[tiab]','effect',None,None),
("C213","Ombrabulin added to docetaxel and cisplatin shrinks advanced solid tumours","ombrabulin added to docetaxel and cisplatin shrinks advanced solid tumours",
 ("ombrabulin",['ombrabulin','AVE8062']),
 ("advanced solid tumours",['advanced solid tumours','advanced solid tumors','solid tumors','solid tumours','tumor response','partial response']),
 'ombrabulin[tiab]','effect',None,("docetaxel and cisplatin",['docetaxel and cisplatin','docetaxel','cisplatin'])),
("C214","Cognitive training improves cognition in schizophrenia","cognitive training improves cognition in schizophrenia",
 ("cognitive training",['cognitive training','cognitive remediation','computerized cognitive training','auditory training','neuroplasticity-based cognitive training']),
 ("cognition in schizophrenia",['schizophrenia','cognition','cognitive deficits','global cognition','cognitive enhancement']),
 '("cognitive remediation"[tiab] OR "cognitive training"[tiab]) AND schizophrenia[tiab]','effect',None,None),
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
