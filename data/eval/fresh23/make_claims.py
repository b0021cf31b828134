# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 23 (2026-12-02), after fresh22 was scored and developed (3c5eb9b) and before any project output or
# review for these claims existed. C265 is about rats (population).
import yaml
seed=open('seed.txt').read()
C=[
("C257","Fixation of chondral fragments heals traumatic cartilage injuries in young athletes","fixation of chondral fragments heals traumatic cartilage injuries in young athletes",
 ("fixation of chondral fragments",['fixation of chondral fragments','chondral fragment fixation','fragment fixation','fixation','refixation','internal fixation','bioabsorbable fixation']),
 ("traumatic cartilage injuries",['traumatic cartilage injuries','chondral fragments','chondral-only fragments','chondral fractures','osteochondral fractures','osteochondral fragments','cartilage injuries']),
 'fixation[tiab] AND (chondral[tiab] OR osteochondral[tiab]) AND (fragment*[tiab])','effect',None,None,'benefit',None),
("C258","A cartilage extracellular matrix membrane added to microfracture improves cartilage repair","a cartilage extracellular matrix membrane added to microfracture improves cartilage repair",
 ("cartilage extracellular matrix membrane",['cartilage extracellular matrix membrane','cartilage extracellular matrix','extracellular matrix','extra-cellular matrix','ECM','biomembrane','ECM scaffold']),
 ("cartilage repair",['cartilage repair','cartilage defects','cartilage defect','chondral defects','chondral defect','cartilage regeneration','osteochondral defects']),
 '("extracellular matrix"[tiab] OR "extra-cellular matrix"[tiab] OR ECM[tiab]) AND microfracture[tiab]','effect',None,("microfracture",['microfracture','microfractured defects','marrow stimulation','bone marrow stimulation']),'benefit',None),
("C259","Antibiotics with drainage cure pyomyositis","antibiotics with drainage cure pyomyositis",
 ("antibiotics with drainage",['antibiotics with drainage','antibiotics','antibiotic therapy','antibiotic treatment','drainage','surgical drainage','percutaneous drainage','incision and drainage']),
 ("pyomyositis",['pyomyositis','pyomyositis tropicans','primary pyomyositis','muscle abscess','psoas abscess','iliopsoas abscess']),
 'pyomyositis[tiab]','effect',None,None,'benefit',None),
("C260","Split-thickness skin grafts reconstruct the cervix in congenital cervical atresia","split-thickness skin grafts reconstruct the cervix in congenital cervical atresia",
 ("split-thickness skin graft",['split-thickness skin graft','split thickness skin graft','split-thickness skin grafts','skin graft','skin grafts']),
 ("congenital cervical atresia",['congenital cervical atresia','congenital atresia of cervix','cervical atresia','cervical agenesis','cervicovaginal atresia']),
 '("skin graft"[tiab] OR "split thickness"[tiab]) AND (vagina*[tiab] OR cervi*[tiab])','effect',None,None,'benefit',None),
("C261","Carbamazepine treats visual hallucinations","carbamazepine treats visual hallucinations",
 ("carbamazepine",['carbamazepine','Tegretol']),
 ("visual hallucinations",['visual hallucinations','hallucinations','hallucinatory psychosis','chronic hallucinatory psychosis']),
 'carbamazepine[tiab]','effect',None,None,'benefit',None),
("C262","Opiates harm articular chondrocytes","opiates harm articular chondrocytes",
 ("opiates",['opiates','opiate analgesics','opioids','fentanyl','alfentanil','diamorphine','morphine']),
 ("articular chondrocytes",['articular chondrocytes','chondrocytes','chondrocyte proliferation','chondrocyte viability','articular cartilage']),
 '(opiate*[tiab] OR opioid*[tiab] OR morphine[tiab]) AND (chondrocyte*[tiab] OR cartilage[tiab])','effect',None,None,'harm',None),
("C263","2-Methoxyestradiol inhibits the growth of pancreatic cancer","2-methoxyestradiol inhibits the growth of pancreatic cancer",
 ("2-methoxyestradiol",['2-methoxyestradiol','2-ME','2ME2','2-ME2']),
 ("pancreatic cancer",['pancreatic cancer','pancreatic adenocarcinoma','pancreatic carcinoma','pancreatic cancer cell lines','pancreatic tumours','pancreatic tumors']),
 '"2-methoxyestradiol"[tiab]','effect',None,None,'benefit',None),
("C264","Retinoids inhibit the growth of pancreatic cancer","retinoids inhibit the growth of pancreatic cancer",
 ("retinoids",['retinoids','retinoid','retinoic acid','all-trans retinoic acid','ATRA','9-cis retinoic acid','13-cis retinoic acid']),
 ("pancreatic cancer",['pancreatic cancer','pancreatic adenocarcinoma','pancreatic carcinoma','pancreatic cancer cell lines','pancreatic tumours','pancreatic tumors']),
 'retinoid*[tiab] AND pancrea*[tiab]','effect',None,None,'benefit',None),
("C265","Penehyclidine postconditioning protects rats against cerebral ischemia-reperfusion injury","penehyclidine postconditioning protects rats against cerebral ischemia-reperfusion injury",
 ("penehyclidine postconditioning",['penehyclidine postconditioning','penehyclidine hydrochloride','penehyclidine','PHC','PHC postconditioning']),
 ("cerebral ischemia-reperfusion injury",['cerebral ischemia-reperfusion injury','cerebral ischemia/reperfusion injury','cerebral ischemia/reperfusion','CI/R injury','brain infarction','ischemia-reperfusion injury','stroke']),
 'penehyclidine[tiab] OR postconditioning[tiab]','effect',None,None,'benefit',['rat']),
("C266","Floating drug delivery systems prolong drug release in the stomach","floating drug delivery systems prolong drug release in the stomach",
 ("floating drug delivery systems",['floating drug delivery systems','floating drug delivery system','floating dosage forms','floating pellets','floating microspheres','floating tablets','gastroretentive tablets']),
 ("drug release in the stomach",['drug release','gastric retention','gastric residence time','residence time','controlled release','sustained release','bioavailability']),
 '"floating"[tiab] AND (drug[tiab] OR release[tiab] OR gastric[tiab])','effect',None,None,'benefit',None),
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
