# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 22 (2026-12-02), from the code of fc49a3d (session 21's end), before any project output or
# review for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','knee cartilage defects','cartilage lesions','articular cartilage defects','focal cartilage defects']
C=[
("C215","Polymer-based autologous chondrocyte grafts repair knee cartilage defects","polymer-based autologous chondrocyte grafts repair knee cartilage defects",
 ("polymer-based autologous chondrocyte grafts",['polymer-based autologous chondrocyte grafts','polymer-based autologous chondrocyte graft','polymer-based cartilage tissue engineering grafts','BioSeed-C','BioSeed','polymer-based chondrocyte grafts','scaffold-assisted autologous chondrocyte grafts']),
 ("knee cartilage defects",CART),
 'BioSeed*[tiab] OR ("polymer-based"[tiab] AND chondrocyte*[tiab])','effect',None,None,'benefit'),
("C216","Image-guided techniques improve the outcome of osteochondral autograft surgery","image-guided techniques improve the outcome of osteochondral autograft surgery",
 ("image-guided techniques",['image-guided techniques','image-guided','image guidance','computer-assisted','navigation']),
 ("osteochondral autograft surgery",['osteochondral autograft','osteochondral autograft surgery','autologous osteochondral','osteochondral cartilage repair','mosaicplasty','osteochondral autograft transplantation']),
 '"image-guided"[tiab] AND (osteochondral[tiab] OR cartilage[tiab])','effect',None,None,'benefit'),
("C217","An intra-articular steroid injection at the time of knee arthroscopy increases the risk of infection","an intra-articular steroid injection at the time of knee arthroscopy increases the risk of infection",
 ("intra-articular steroid injection at arthroscopy",['intra-articular steroid injection','intra-articular corticosteroid injection','intra-articular steroid','intra-articular corticosteroid','steroid injection','corticosteroid injection']),
 ("infection after knee arthroscopy",['post-operative infection','postoperative infection','infection','septic arthritis','surgical site infection']),
 '"intra-articular"[tiab] AND (steroid*[tiab] OR corticosteroid*[tiab]) AND arthroscop*[tiab]','effect',None,None,'harm'),
("C218","Hyperbaric oxygen treats cerebral air embolism","hyperbaric oxygen treats cerebral air embolism",
 ("hyperbaric oxygen",['hyperbaric oxygen','hyperbaric oxygen therapy','hyperbaric oxygenation','hyperbaric treatment','recompression','HBO','HBOT']),
 ("cerebral air embolism",['cerebral air embolism','cerebral arterial gas embolism','arterial gas embolism','air embolism','gas embolism','CAGE']),
 '(hyperbaric[tiab] OR HBO[tiab] OR HBOT[tiab]) AND embolism[tiab]','effect',None,None,'benefit'),
("C219","Staging laparoscopy spares patients with pancreatic cancer an unnecessary laparotomy","staging laparoscopy spares patients with pancreatic cancer an unnecessary laparotomy",
 ("staging laparoscopy",['staging laparoscopy','diagnostic laparoscopy','laparoscopic staging','laparoscopic ultrasonography','laparoscopy']),
 ("unnecessary laparotomy in pancreatic cancer",['pancreatic cancer','pancreatic carcinoma','pancreatic malignancy','unnecessary laparotomy','unresectable','resectability']),
 '"staging laparoscopy"[tiab] OR (laparoscop*[tiab] AND pancrea*[tiab] AND staging[tiab])','effect',None,None,'benefit'),
("C220","Folate-decorated nanoparticles improve the antitumour effect of paclitaxel","folate-decorated nanoparticles improve the antitumour effect of paclitaxel",
 ("folate-decorated paclitaxel nanoparticles",['folate-decorated nanoparticles','folate decorated nanoparticles','folate-decorated paclitaxel','folate-targeted nanoparticles','folate decorated paclitaxel loaded nanoparticles','PLA-TPGS nanoparticles']),
 ("tumour growth",['antitumour effect','antitumor effect','tumor growth','tumour growth','cancer','tumor','cytotoxicity','tumor targeting']),
 'folate[tiab] AND nanoparticle*[tiab]','effect',("free paclitaxel",['free paclitaxel','Taxol','paclitaxel alone','commercial paclitaxel','non-targeted nanoparticles']),None,'benefit'),
("C221","3-Bromopyruvate kills cancer cells","3-bromopyruvate kills cancer cells",
 ("3-bromopyruvate",['3-bromopyruvate','3-BrPA','3-BP','bromopyruvate']),
 ("cancer cells",['cancer cells','tumor cells','tumour cells','glioblastoma cells','cell death','cytotoxicity','cancer']),
 '"3-bromopyruvate"[tiab] OR 3-BrPA[tiab] OR bromopyruvate[tiab]','effect',None,None,'benefit'),
("C222","Non-steroidal anti-inflammatory drugs added to NF-kappaB inhibitors kill ovarian cancer cells","non-steroidal anti-inflammatory drugs added to NF-kappaB inhibitors kill ovarian cancer cells",
 ("non-steroidal anti-inflammatory drugs",['non-steroidal anti-inflammatory drugs','nonsteroidal anti-inflammatory drugs','NSAIDs','NSAID','non-steroidal anti-inflammatory drug']),
 ("ovarian cancer cells",['ovarian cancer cells','ovarian cancer','ovarian carcinoma','ovarian tumor cells','cell growth','cell viability']),
 '("non-steroidal anti-inflammatory"[tiab] OR NSAID*[tiab]) AND (cancer[tiab] OR tumor*[tiab])','effect',None,("NF-kappaB inhibitors",['NF-kappaB inhibitors','NF-κB inhibitors','NF-kB inhibitors','NF-κB inhibitor','NF-kappaB inhibitor'])),
("C223","Lidocaine infusions relieve refractory neuropathic itch","lidocaine infusions relieve refractory neuropathic itch",
 ("lidocaine infusions",['lidocaine infusions','lidocaine infusion','intravenous lidocaine','lidocaine','lignocaine']),
 ("refractory neuropathic itch",['neuropathic itch','notalgia paresthetica','pruritus','itch','itching']),
 '(lidocaine[tiab] OR lignocaine[tiab]) AND (infusion*[tiab] OR intravenous[tiab])','effect',None,None,'benefit'),
("C224","Pramipexole relieves refractory depression","pramipexole relieves refractory depression",
 ("pramipexole",['pramipexole','Mirapex','dopamine agonist']),
 ("refractory depression",['refractory depression','treatment-resistant depression','depression','depressive symptoms','bipolar depression','major depressive disorder']),
 'pramipexole[tiab]','effect',None,None,'benefit'),
("C225","Physical activity keeps telomeres long","physical activity keeps telomeres long",
 ("physical activity",['physical activity','exercise','physical fitness','fitness','walking']),
 ("telomere length",['telomere length','telomeres','leukocyte telomere length','telomere shortening','telomere attrition']),
 'telomere*[tiab] AND ("physical activity"[tiab] OR exercise[tiab] OR fitness[tiab])','effect',None,None,'benefit'),
]
out=[]
for row in C:
    cid,title,quote,(tn,ts),(cn,cs),q,kind,comp,host=row[:9]
    polarity=row[9] if len(row)>9 else 'benefit'
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity=polarity,query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if host:
        n,syn=host; c['added_to']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
