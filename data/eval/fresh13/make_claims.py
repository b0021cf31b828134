# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 20 (2026-12-02), from the code of 0eb8fb9, before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
MF=("microfracture",['microfracture','microfractures','marrow stimulation','bone marrow stimulation'])
KNEE=['knee cartilage lesions','cartilage lesions','cartilage defects','chondral defects','chondral lesions','cartilage defect','articular cartilage','cartilage repair']
C=[
("C153","A NeoCart cartilage tissue implant repairs knee cartilage better than microfracture","a NeoCart autologous cartilage tissue implant repairs knee cartilage lesions better than microfracture",
 ("NeoCart autologous cartilage tissue implant",['NeoCart','autologous cartilage tissue implant','cartilage tissue implant','tissue-engineered cartilage','engineered cartilage implant']),
 ("knee cartilage lesions",KNEE),
 '(NeoCart[tiab] OR "cartilage tissue implant"[tiab] OR "tissue-engineered cartilage"[tiab]) AND (knee[tiab] OR defect*[tiab] OR lesion*[tiab]) AND microfracture[tiab]','effect',MF,None),
("C154","Adding particulated cartilage allograft to microfracture improves knee cartilage repair","Adding particulated cartilage allograft to microfracture improves the repair of knee cartilage defects",
 ("particulated cartilage allograft",['particulated cartilage allograft','particulated juvenile articular cartilage','cartilage allograft','allograft cartilage','BioCartilage','micronized cartilage allograft']),
 ("knee cartilage defects",KNEE),
 '("cartilage allograft"[tiab] OR particulated[tiab] OR BioCartilage[tiab] OR "allograft cartilage"[tiab]) AND microfracture[tiab]','effect',None,MF),
("C155","Sprifermin (recombinant FGF-18) regenerates articular cartilage","Sprifermin, recombinant FGF-18, regenerates articular cartilage",
 ("sprifermin (recombinant FGF-18)",['sprifermin','FGF-18','FGF18','rhFGF-18','recombinant human fibroblast growth factor 18','fibroblast growth factor 18','fibroblast growth factor-18']),
 ("articular cartilage loss",['articular cartilage','cartilage','cartilage thickness','cartilage defects','chondral defects','osteoarthritis']),
 '(FGF-18[tiab] OR FGF18[tiab] OR sprifermin[tiab] OR "fibroblast growth factor 18"[tiab] OR "fibroblast growth factor-18"[tiab]) AND (cartilage[tiab] OR chondral[tiab] OR osteoarthritis[tiab])','effect',None,None),
("C156","Grape seed extract relieves osteoarthritis","grape seed extract relieves osteoarthritis",
 ("grape seed extract",['grape seed extract','grape seed proanthocyanidin extract','grape seed proanthocyanidins','proanthocyanidins','GSPE']),
 ("osteoarthritis",['osteoarthritis','OA','arthritis','joint pain']),
 '("grape seed"[tiab] OR proanthocyanidin*[tiab]) AND (osteoarthritis[tiab] OR cartilage[tiab] OR arthritis[tiab])','effect',None,None),
("C157","Bisphosphonates such as risedronate protect cartilage and help cartilage defects heal","bisphosphonates such as risedronate protect cartilage and help cartilage defects heal",
 ("bisphosphonates",['bisphosphonates','bisphosphonate','risedronate','alendronate','zoledronic acid','zoledronate']),
 ("cartilage damage",['cartilage defects','cartilage defect','cartilage damage','cartilage degeneration','articular cartilage','osteoarthritis']),
 '(risedronate[tiab] OR bisphosphonate*[tiab] OR alendronate[tiab] OR zoledron*[tiab]) AND (cartilage[tiab] OR osteoarthritis[tiab])','effect',None,None),
("C158","Hydrogen therapy regenerates degenerated intervertebral discs","hydrogen therapy regenerates degenerated intervertebral discs",
 ("hydrogen therapy",['hydrogen therapy','molecular hydrogen','hydrogen','H2','hydrogen-rich water','hydrogen gas']),
 ("intervertebral disc degeneration",['intervertebral disc degeneration','disc degeneration','degenerated intervertebral discs','IVDD','IDD','degenerative disc disease']),
 '(hydrogen[tiab] OR H2[tiab]) AND (disc[tiab] OR disk[tiab]) AND degenerat*[tiab]','effect',None,None),
("C159","Thoracoscopic sympathicotomy cures primary palmar hyperhidrosis","thoracoscopic sympathicotomy cures primary palmar hyperhidrosis",
 ("thoracoscopic sympathicotomy",['thoracoscopic sympathicotomy','sympathicotomy','sympathectomy','thoracoscopic sympathectomy','endoscopic thoracic sympathectomy','ETS']),
 ("primary palmar hyperhidrosis",['primary palmar hyperhidrosis','palmar hyperhidrosis','hyperhidrosis','sweating']),
 '(sympathicotomy[tiab] OR sympathectomy[tiab]) AND hyperhidrosis[tiab]','effect',None,None),
("C160","A corneal inlay restores near vision in presbyopia","a corneal inlay restores near vision in presbyopia",
 ("corneal inlay",['corneal inlay','corneal inlays','hydrogel inlay','corneal shape-changing hydrogel inlay','Raindrop','KAMRA','intracorneal inlay']),
 ("presbyopia",['presbyopia','presbyopic','near vision','near visual acuity','reading vision']),
 '(inlay[tiab] OR inlays[tiab]) AND (presbyopi*[tiab] OR "near vision"[tiab])','effect',None,None),
("C161","Sublingual immunotherapy relieves allergic rhinitis","sublingual immunotherapy relieves allergic rhinitis",
 ("sublingual immunotherapy",['sublingual immunotherapy','SLIT','sublingual tablet','allergen immunotherapy']),
 ("allergic rhinitis",['allergic rhinitis','rhinitis','hay fever','rhinoconjunctivitis','allergy']),
 '("sublingual immunotherapy"[tiab] OR SLIT[tiab]) AND (rhinitis[tiab] OR allerg*[tiab])','effect',None,None),
("C162","Dexmedetomidine improves survival in sepsis","dexmedetomidine improves survival in sepsis",
 ("dexmedetomidine",['dexmedetomidine','DEX','Dex','dexmedetomidine infusion']),
 ("sepsis",['sepsis','septic shock','septic','survival','mortality']),
 'dexmedetomidine[tiab] AND (sepsis[tiab] OR septic[tiab] OR lipopolysaccharide[tiab])','effect',None,None),
("C163","Neuroendoscopic ventricular irrigation cures ventriculitis","neuroendoscopic ventricular irrigation cures ventriculitis",
 ("neuroendoscopic ventricular irrigation",['neuroendoscopic ventricular irrigation','ventricular irrigation','neuroendoscopic irrigation','endoscopic irrigation','neuroendoscopic lavage','neuroendoscopy']),
 ("ventriculitis",['ventriculitis','ventricular infection','intraventricular infection','meningitis']),
 '(neuroendoscop*[tiab] OR "ventricular irrigation"[tiab] OR "endoscopic irrigation"[tiab]) AND (ventriculitis[tiab] OR meningitis[tiab])','effect',None,None),
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
