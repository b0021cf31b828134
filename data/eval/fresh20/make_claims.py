# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 22 (2026-12-02), after fresh19's once-only score (f5ac82e) and before any project output or
# review for these claims existed. C229 is the first claim written with the catalog's population field (dogs).
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','cartilage repair','articular cartilage defects','cartilage lesions','cartilage regeneration']
OC=['osteochondral defects','osteochondral defect','osteochondral regeneration','osteochondral repair','osteochondral lesions']
C=[
("C226","Polycaprolactone scaffolds repair cartilage defects","polycaprolactone scaffolds repair cartilage defects",
 ("polycaprolactone scaffolds",['polycaprolactone scaffolds','polycaprolactone scaffold','polycaprolactone','PCL scaffold','PCL scaffolds','PCL']),
 ("cartilage defects",CART),
 'polycaprolactone[tiab] AND (cartilage[tiab] OR osteochondral[tiab])','effect',None,None,'benefit',None),
("C227","Microsphere-based implants regenerate osteochondral defects","microsphere-based implants regenerate osteochondral defects",
 ("microsphere-based implants",['microsphere-based implants','microsphere-based implant','microspheres','microsphere','microcarriers','microsphere-based gradient implants']),
 ("osteochondral defects",OC+CART),
 '(microsphere*[tiab]) AND (osteochondral[tiab] OR cartilage[tiab])','effect',None,None,'benefit',None),
("C228","Dynamic compressive loading improves cartilage repair","dynamic compressive loading improves cartilage repair",
 ("dynamic compressive loading",['dynamic compressive loading','dynamic compression','compressive loading','mechanical loading','mechanostimulation','mechanical stimulation']),
 ("cartilage repair",CART+['chondrocytes','repair tissue']),
 '("mechanical loading"[tiab] OR "compressive loading"[tiab] OR "dynamic compression"[tiab]) AND cartilage[tiab]','effect',None,None,'benefit',None),
("C229","Umbilical cord mesenchymal stem cells relieve knee arthritis in dogs","umbilical cord mesenchymal stem cells relieve knee arthritis in dogs",
 ("umbilical cord mesenchymal stem cells",['umbilical cord mesenchymal stem cells','umbilical cord MSCs','UC-MSCs','UCMSCs','mesenchymal stem cells','stem cell therapy','MSCs']),
 ("knee arthritis in dogs",['knee arthritis','arthritis','osteoarthritis','joint disease','lameness']),
 '(dogs[tiab] OR canine[tiab]) AND ("stem cell"[tiab] OR "stem cells"[tiab] OR mesenchymal[tiab] OR "platelet-rich plasma"[tiab] OR PRP[tiab]) AND (arthritis[tiab] OR osteoarthritis[tiab] OR joint[tiab])','effect',None,None,'benefit',['dog']),
("C230","Laparoscopic appendectomy leads to fewer postoperative abscesses than open appendectomy","laparoscopic appendectomy leads to fewer postoperative abscesses than open appendectomy",
 ("laparoscopic appendectomy",['laparoscopic appendectomy','laparoscopic appendicectomy','LA']),
 ("postoperative intra-abdominal abscess",['postoperative intraabdominal abscess','postoperative intra-abdominal abscess','intraabdominal abscess','intra-abdominal abscess','abscess','postoperative abscess']),
 'appendectomy[tiab] AND (laparoscopic[tiab])','effect',("open appendectomy",['open appendectomy','open appendicectomy','OA','conventional appendectomy']),None,'benefit',None),
("C231","Cataract surgery lowers intraocular pressure","cataract surgery lowers intraocular pressure",
 ("cataract surgery",['cataract surgery','phacoemulsification','cataract extraction','lens implantation','intraocular lens implantation']),
 ("intraocular pressure",['intraocular pressure','IOP','glaucoma','ocular hypertension']),
 '"cataract surgery"[tiab] AND ("intraocular pressure"[tiab] OR glaucoma[tiab])','effect',None,None,'benefit',None),
("C232","Vitrified-warmed blastocyst transfer is as safe for the baby as fresh blastocyst transfer","vitrified-warmed blastocyst transfer is as safe for the baby as fresh blastocyst transfer",
 ("vitrified-warmed blastocyst transfer",['vitrified-warmed blastocyst transfer','vitrified blastocyst transfer','frozen embryo transfer','frozen-thawed embryo transfer','FET','vitrification']),
 ("perinatal outcomes",['perinatal outcomes','birth weight','preterm birth','neonatal outcomes','live birth','pregnancy outcomes']),
 '(vitrified[tiab] OR vitrification[tiab] OR frozen[tiab]) AND (blastocyst*[tiab] OR embryo*[tiab])','equivalence',("fresh blastocyst transfer",['fresh blastocyst transfer','fresh embryo transfer','fresh transfer','fresh cycles']),None,'benefit',None),
("C233","Paravertebral injections for back pain can cause deep abscesses","paravertebral injections for back pain can cause deep abscesses",
 ("paravertebral injections",['paravertebral injections','paravertebral injection','epidural steroid injection','epidural injection','spinal injections','injections']),
 ("deep abscess",['abscess','abscess formation','epidural abscess','psoas abscess','vertebral osteomyelitis','spinal infection']),
 '(paravertebral[tiab] OR epidural[tiab]) AND injection*[tiab] AND abscess[tiab]','effect',None,None,'harm',None),
("C234","Dietary serine and glycine starvation slows tumour growth","dietary serine and glycine starvation slows tumour growth",
 ("dietary serine and glycine starvation",['dietary serine and glycine starvation','serine and glycine starvation','serine/glycine starvation','serine and glycine depletion','serine-free diet','serine and glycine-free diet']),
 ("tumour growth",['tumour growth','tumor growth','tumours','tumors','cancer','tumor progression']),
 '(serine[tiab] OR glycine[tiab]) AND (starvation[tiab] OR diet*[tiab]) AND (tumour*[tiab] OR tumor*[tiab] OR cancer[tiab])','effect',None,None,'benefit',None),
("C235","Hwanggeumchal sorghum suppresses breast cancer growth","hwanggeumchal sorghum suppresses breast cancer growth",
 ("Hwanggeumchal sorghum",['Hwanggeumchal sorghum','sorghum','sorghum extract','HSE']),
 ("breast cancer growth",['breast cancer','tumor growth','tumour growth','metastasis','breast cancer cells','xenografts']),
 'sorghum[tiab]','effect',None,None,'benefit',None),
("C236","Exercise programs increase daily energy expenditure","exercise programs increase daily energy expenditure",
 ("exercise programs",['exercise programs','exercise programmes','aerobic exercise','resistance exercise','exercise training','exercise']),
 ("daily energy expenditure",['energy expenditure','total daily energy expenditure','physical activity energy expenditure','TDEE','daily energy expenditure']),
 '(exercise[tiab] OR training[tiab]) AND ("energy expenditure"[tiab])','effect',None,None,'benefit',None),
("C237","Intravenous metronidazole cures Bacteroides fragilis meningitis","intravenous metronidazole cures Bacteroides fragilis meningitis",
 ("intravenous metronidazole",['intravenous metronidazole','metronidazole','Flagyl']),
 ("Bacteroides fragilis meningitis",['Bacteroides fragilis meningitis','Bacteroides meningitis','meningitis','Bacteroides fragilis','anaerobic meningitis']),
 'metronidazole[tiab]','effect',None,None,'benefit',None),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp,host,polarity,population in C:
    s=seed.lower().index(quote.lower())
    quote=seed[s:s+len(quote)]
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='qualified' if ' can ' in quote else 'asserted',polarity=polarity,query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    if host:
        n,syn=host; c['added_to']=dict(name=n,synonyms=syn)
    if population: c['population']=population
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
