# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 23 (2026-12-02), after fresh24 was scored once (e411827) and before any project output or review
# for these claims existed. C287 and C288 are about mice (population).
import yaml
seed=open('seed.txt').read()
C=[
("C279","Walking training speeds rehabilitation after coronary artery bypass grafting","walking training speeds rehabilitation after coronary artery bypass grafting",
 ("walking training",['walking training','walking exercise','walking program','exercise training','cardiac rehabilitation']),
 ("rehabilitation after coronary artery bypass grafting",['rehabilitation after coronary artery bypass grafting','coronary artery bypass grafting','CABG','functional capacity','exercise capacity','recovery']),
 '("walking training"[tiab] OR "exercise training"[tiab] OR "cardiac rehabilitation"[tiab]) AND (bypass[tiab] OR CABG[tiab])','effect',None,None,'benefit',None),
("C280","Pericardiotomy treats primary cardiac tamponade","pericardiotomy treats primary cardiac tamponade",
 ("pericardiotomy",['pericardiotomy','pericardial window','subxiphoid pericardiotomy','pericardiostomy']),
 ("primary cardiac tamponade",['primary cardiac tamponade','cardiac tamponade','pericardial effusion','tamponade']),
 'pericardiotomy[tiab] OR ("cardiac tamponade"[tiab] AND (surgery[tiab] OR drainage[tiab]))','effect',None,None,'benefit',None),
("C281","Fusion extension resolves disc herniations with proximal junctional kyphosis","fusion extension resolves disc herniations with proximal junctional kyphosis",
 ("fusion extension",['fusion extension','extension of fusion','revision fusion','extension of the fusion']),
 ("disc herniations with proximal junctional kyphosis",['disc herniations','disc herniation','proximal junctional kyphosis','PJK','herniated disc']),
 '("proximal junctional kyphosis"[tiab]) OR ("fusion extension"[tiab])','effect',None,None,'benefit',None),
("C282","ACL reconstruction with cross-pin femoral fixation restores knee stability","acl reconstruction with cross-pin femoral fixation restores knee stability",
 ("cross-pin femoral fixation",['cross-pin femoral fixation','cross-pin femoral system','cross-pin fixation','cross-pin','transfemoral fixation']),
 ("knee stability after ACL rupture",['knee stability','anterior cruciate ligament rupture','ACL rupture','ACL reconstruction','knee laxity','instability']),
 '("cross-pin"[tiab] OR "crosspin"[tiab]) AND (ACL[tiab] OR "anterior cruciate"[tiab])','effect',None,None,'benefit',None),
("C283","Antibiotics cure pyogenic sacroiliitis","antibiotics cure pyogenic sacroiliitis",
 ("antibiotics",['antibiotics','antibiotic therapy','antibiotic treatment','antimicrobial therapy','intravenous antibiotics']),
 ("pyogenic sacroiliitis",['pyogenic sacroiliitis','septic sacroiliitis','infectious sacroiliitis','sacroiliitis']),
 '"pyogenic sacroiliitis"[tiab] OR "septic sacroiliitis"[tiab] OR "infectious sacroiliitis"[tiab]','effect',None,None,'benefit',None),
("C284","Long-term penicillin cures actinomycosis","long-term penicillin cures actinomycosis",
 ("long-term penicillin",['long-term penicillin','penicillin','penicillin G','amoxicillin','antibiotic therapy','antibiotics']),
 ("actinomycosis",['actinomycosis','Actinomyces israelii','actinomycotic infection']),
 'actinomycosis[tiab]','effect',None,None,'benefit',None),
("C285","Oral antenatal corticosteroids improve neonatal outcomes","oral antenatal corticosteroids improve neonatal outcomes",
 ("oral antenatal corticosteroids",['oral antenatal corticosteroids','antenatal corticosteroids','antenatal corticosteroid','antenatal steroids','oral betamethasone','oral dexamethasone']),
 ("neonatal outcomes",['neonatal outcomes','respiratory distress syndrome','neonatal morbidity','neonatal mortality','preterm birth']),
 '("antenatal corticosteroid*"[tiab]) OR ("antenatal steroid*"[tiab])','effect',None,None,'benefit',None),
("C286","Benzophenone sunscreen filters harm semen quality","benzophenone sunscreen filters harm semen quality",
 ("benzophenone sunscreen filters",['benzophenone sunscreen filters','benzophenone-type ultraviolet light filters','benzophenone-type UV filters','benzophenones','benzophenone','ultraviolet filters','UV filters']),
 ("semen quality",['semen quality','sperm quality','sperm concentration','sperm motility','male infertility']),
 'benzophenone*[tiab] OR ("ultraviolet filters"[tiab]) OR ("UV filters"[tiab])','effect',None,None,'harm',None),
("C287","Leptin enhances miltefosine against leishmaniasis in mice","leptin enhances miltefosine against leishmaniasis in mice",
 ("leptin",['leptin']),
 ("leishmaniasis",['leishmaniasis','visceral leishmaniasis','Leishmania donovani','experimental visceral leishmaniasis','parasite burden']),
 'miltefosine[tiab] OR (leptin[tiab] AND leishman*[tiab])','effect',None,("miltefosine",['miltefosine']),'benefit',['mouse']),
("C288","A cathepsin L1 vaccine protects mice against fasciolosis","a cathepsin l1 vaccine protects mice against fasciolosis",
 ("cathepsin L1 vaccine",['cathepsin L1 vaccine','cathepsinL1','cathepsin L1','recombinant cathepsin L1','rpmCatL1','vaccination']),
 ("fasciolosis",['fasciolosis','fascioliasis','Fasciola gigantica','fasciolosis gigantica','worm burden','liver flukes']),
 '(fasciol*[tiab]) AND (vaccin*[tiab] OR cathepsin*[tiab])','effect',None,None,'benefit',['mouse']),
("C289","L-canavanine inhibits the growth of pancreatic cancer cells","l-canavanine inhibits the growth of pancreatic cancer cells",
 ("L-canavanine",['L-canavanine','canavanine']),
 ("pancreatic cancer cells",['pancreatic cancer cells','pancreatic cancer','MIA PaCa-2','pancreatic adenocarcinoma']),
 'canavanine[tiab]','effect',None,None,'benefit',None),
("C290","Oncolytic viruses treat human cancer","oncolytic viruses treat human cancer",
 ("oncolytic viruses",['oncolytic viruses','oncolytic virus','oncolytic virotherapy','genetically engineered viruses','oncolytic therapy']),
 ("cancer",['cancer','tumours','tumors','malignancy','human cancer']),
 'oncolytic[tiab]','effect',None,None,'benefit',None),
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
