# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 24 (2026-12-03), from titles of workshop-corpus records that no earlier query returns, before any
# project output or review for these claims existed. C301 is about mice (population).
import yaml
seed=open('seed.txt').read()
C=[
("C291","A defunctionalized jejunal loop prevents pancreatic fistula after pancreatoduodenectomy","a defunctionalized jejunal loop for pancreatic stump drainage prevents pancreatic fistula after pancreatoduodenectomy",
 ("defunctionalized jejunal loop",['defunctionalized jejunal loop','defunctionalized loop','isolated jejunal loop','Roux-en-Y loop','pancreatic stump drainage']),
 ("pancreatic fistula after pancreatoduodenectomy",['pancreatic fistula','anastomotic leak','pancreatic leak','pancreatoduodenectomy','pancreaticoduodenectomy']),
 'pancreatoduodenectomy[tiab] OR pancreaticoduodenectomy[tiab] OR "Whipple"[tiab]','effect',None,None,'benefit',None),
("C292","Redo endovascular repair treats endoleaks after aortic aneurysm repair","redo endovascular repair treats endoleaks after aortic aneurysm repair",
 ("redo endovascular repair",['redo endovascular repair','redo-EVAR','secondary endovascular intervention','stent graft','endovascular aneurysm repair','EVAR']),
 ("endoleaks after aortic aneurysm repair",['endoleak','endoleaks','abdominal aortic aneurysm','ruptured abdominal aortic aneurysm','aneurysm expansion']),
 '("endovascular aneurysm repair"[tiab] OR EVAR[tiab]) AND (endoleak*[tiab] OR reintervention[tiab] OR "secondary intervention*"[tiab])','effect',None,None,'benefit',None),
("C293","Preoperative intraluminal brachytherapy destroys esophageal squamous cell carcinoma","preoperative intraluminal brachytherapy destroys esophageal squamous cell carcinoma",
 ("preoperative intraluminal brachytherapy",['preoperative intraluminal brachytherapy','intraluminal brachytherapy','high dose rate intraluminal brachytherapy','brachytherapy','HDRILBT']),
 ("esophageal squamous cell carcinoma",['esophageal squamous cell carcinoma','oesophageal squamous cell carcinoma','esophageal cancer','tumour regression','tumor regression']),
 'brachytherapy[tiab] AND (esophag*[tiab] OR oesophag*[tiab])','effect',None,None,'benefit',None),
("C294","Tissue-engineered cartilage implants repair cartilage defects","tissue-engineered cartilage implants repair cartilage defects",
 ("tissue-engineered cartilage implants",['tissue-engineered cartilage','tissue engineered cartilage','engineered cartilage','chondrocyte construct','chondrocyte constructs','cartilage construct']),
 ("cartilage defects",['cartilage defects','cartilage defect','chondral defects','osteochondral defects','osteochondral lesions','cartilage repair']),
 '("tissue engineered cartilage"[tiab] OR "tissue-engineered cartilage"[tiab] OR "chondrocyte construct*"[tiab] OR "engineered cartilage"[tiab])','effect',None,None,'benefit',None),
("C295","Surgical drainage with antibiotics cures MRSA abscesses","surgical drainage with antibiotics cures mrsa abscesses",
 ("surgical drainage with antibiotics",['surgical drainage','drainage','percutaneous drainage','incision and drainage','debridement']),
 ("MRSA abscesses",['MRSA abscess','MRSA abscesses','methicillin-resistant Staphylococcus aureus','methicillin resistant Staphylococcus aureus','MRSA','abscess','psoas abscess']),
 '("methicillin resistant Staphylococcus aureus"[tiab] OR MRSA[tiab]) AND (abscess*[tiab] OR retroperitoneal[tiab])','effect',None,("antibiotics",['antibiotics','antibiotic therapy','vancomycin','intravenous antibiotics']),'benefit',None),
("C296","Antibiotics cure septic facet joint arthritis","antibiotics cure septic facet joint arthritis",
 ("antibiotics",['antibiotics','antibiotic therapy','antibiotic treatment','intravenous antibiotics','antimicrobial therapy']),
 ("septic facet joint arthritis",['septic facet joint arthritis','facet joint septic arthritis','facet joint infection','septic arthritis','pyogenic facet arthritis']),
 '("facet joint"[tiab] AND (septic[tiab] OR infection[tiab] OR pyogenic[tiab]))','effect',None,None,'benefit',None),
("C297","Doxycycline cures postoperative Mycoplasma hominis infections","doxycycline cures postoperative mycoplasma hominis infections",
 ("doxycycline",['doxycycline','tetracycline','tetracyclines','fluoroquinolone','levofloxacin']),
 ("postoperative Mycoplasma hominis infections",['Mycoplasma hominis infection','Mycoplasma hominis','postoperative infection','surgical site infection']),
 '"Mycoplasma hominis"[tiab]','effect',None,None,'benefit',None),
("C298","Withdrawing sulfadoxine-pyrimethamine restores malaria parasites' sensitivity to it","withdrawing sulfadoxine-pyrimethamine restores the parasites' sensitivity to it",
 ("withdrawing sulfadoxine-pyrimethamine",['withdrawing sulfadoxine-pyrimethamine','reduced sulfadoxine-pyrimethamine use','replacing sulfadoxine-pyrimethamine','reduction of drug pressure','artemisinin-based combination therapy']),
 ("sulfadoxine-pyrimethamine resistance in malaria",['sulfadoxine-pyrimethamine resistance','SP resistance','drug resistance','Plasmodium falciparum','malaria','resistance markers']),
 '"sulfadoxine-pyrimethamine"[tiab] OR "sulfadoxine pyrimethamine"[tiab]','effect',None,None,'benefit',None),
("C299","Extracts of African medicinal plants stop melanoma cell growth","extracts of african medicinal plants stop melanoma cell growth",
 ("extracts of African medicinal plants",['extracts of African medicinal plants','African medicinal plants','medicinal plant extracts','plant extracts','Moringa oleifera','Aframomum melegueta','Eremomastax speciosa']),
 ("melanoma cell growth",['melanoma','melanoma cells','B16F10','melanoma cell growth','cell proliferation']),
 '("medicinal plant*"[tiab] OR "plant extract*"[tiab] OR "Moringa"[tiab]) AND (melanoma[tiab] OR cancer[tiab])','effect',None,None,'benefit',None),
("C300","Soursop leaf extract inhibits prostate cell proliferation","soursop leaf extract inhibits prostate cell proliferation",
 ("soursop leaf extract",['soursop leaf extract','soursop','Annona muricata','graviola','Annona muricata leaf extract']),
 ("prostate cell proliferation",['prostate cell proliferation','BPH-1 cells','benign prostatic hyperplasia','prostate','prostate cancer']),
 '"Annona muricata"[tiab] OR soursop[tiab] OR graviola[tiab]','effect',None,None,'benefit',None),
("C301","Automated reaching training improves forelimb recovery after stroke in mice","automated reaching training improves forelimb recovery after stroke in mice",
 ("automated reaching training",['automated reaching training','reaching training','forelimb training','motor training','rehabilitative training','skilled reaching']),
 ("forelimb recovery after stroke",['forelimb recovery','forelimb function','ischemic stroke','stroke','photothrombotic stroke','motor recovery']),
 '(stroke[tiab] AND (mice[tiab] OR mouse[tiab]) AND (training[tiab] OR rehabilitation[tiab] OR "reaching"[tiab]))','effect',None,None,'benefit',['mouse']),
("C302","JAK inhibition calms axial spondyloarthritis","jak inhibition calms axial spondyloarthritis",
 ("JAK inhibition",['JAK inhibition','JAK inhibitor','JAK inhibitors','Janus kinase inhibitor','tofacitinib','upadacitinib']),
 ("axial spondyloarthritis",['axial spondyloarthritis','axSpA','ankylosing spondylitis','disease activity','spondyloarthritis']),
 '("axial spondyloarthritis"[tiab] OR "ankylosing spondylitis"[tiab]) AND (NF-kB[tiab] OR "NF-κB"[tiab] OR STAT*[tiab] OR JAK*[tiab])','effect',None,None,'benefit',None),
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
