# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 21 (2026-12-02), from the code of 5a58574 (session 20's end), before any project output or review
# for these claims existed.
import yaml
seed=open('seed.txt').read()
CART=['cartilage defects','cartilage defect','chondral defects','chondral defect','osteochondral defects','osteochondral defect','articular cartilage','cartilage repair','cartilage regeneration','cartilage lesions','hyaline cartilage']
DISC=['intervertebral disc degeneration','disc degeneration','degenerated intervertebral discs','degenerated discs','intervertebral disc','nucleus pulposus degeneration','degenerative disc disease']
C=[
("C185","Insulin-like growth factor-I enhances the repair of cartilage defects","insulin-like growth factor-I enhances the repair of cartilage defects",
 ("insulin-like growth factor-I",['insulin-like growth factor-I','insulin-like growth factor-1','insulin-like growth factor I','IGF-I','IGF-1','hIGF-1']),
 ("cartilage defects",CART),
 '("insulin-like growth factor"[tiab] OR IGF-1[tiab] OR IGF-I[tiab]) AND (cartilage[tiab] OR chondrocyte*[tiab])','effect',None,None),
("C186","TGF-beta regenerates articular cartilage","TGF-beta regenerates articular cartilage",
 ("TGF-beta",['TGF-beta','TGF-beta1','TGF-beta 1','TGF-β','TGF-β1','TGF-β3','TGF-beta3','transforming growth factor beta','transforming growth factor-beta','transforming growth factor-β','transforming growth factor beta1']),
 ("articular cartilage",CART),
 '("transforming growth factor"[tiab] OR TGF-beta*[tiab] OR TGF-β*[tiab]) AND (cartilage[tiab] OR chondral[tiab])','effect',None,None),
("C187","Chitosan implants regenerate hyaline cartilage","Chitosan implants regenerate hyaline cartilage",
 ("chitosan implants",['chitosan implants','chitosan implant','chitosan','chitosan-glycerol phosphate','chitosan/blood implants','chitosan/blood implant','chitosan scaffold','chitosan scaffolds','BST-CarGel']),
 ("hyaline cartilage",CART),
 'chitosan[tiab] AND (cartilage[tiab] OR chondral[tiab] OR chondrocyte*[tiab])','effect',None,None),
("C188","Gene therapy protects the cartilage of arthritic joints","gene therapy protects the cartilage of arthritic joints",
 ("gene therapy",['gene therapy','gene transfer','gene delivery','gene-enhanced','gene enhanced','gene-modified','gene-transduced','transfected']),
 ("cartilage of arthritic joints",CART+['osteoarthritis','arthritic joints','arthritis']),
 '("gene therapy"[tiab]) AND (cartilage[tiab] OR osteoarthritis[tiab])','effect',None,None),
("C189","Subchondral drilling repairs cartilage defects","subchondral drilling repairs cartilage defects",
 ("subchondral drilling",['subchondral drilling','subchondral bone drilling','Pridie drilling','retrograde drilling','antegrade drilling','drilling','microdrilling']),
 ("cartilage defects",CART+['osteochondral lesions','osteochondritis dissecans']),
 '("subchondral drilling"[tiab] OR "subchondral bone drilling"[tiab] OR "Pridie drilling"[tiab] OR "retrograde drilling"[tiab] OR "antegrade drilling"[tiab])','effect',None,None),
("C190","Nucleus pulposus cell transplantation restores degenerated intervertebral discs","nucleus pulposus cell transplantation restores degenerated intervertebral discs",
 ("nucleus pulposus cell transplantation",['nucleus pulposus cell transplantation','nucleus pulposus cells','NP cells','nucleus pulposus cell','disc cell transplantation','autologous disc chondrocyte transplantation']),
 ("degenerated intervertebral discs",DISC),
 '("nucleus pulposus"[tiab]) AND (cell*[tiab]) AND (transplant*[tiab] OR implant*[tiab] OR injection[tiab])','effect',None,None),
("C191","MicroRNA therapy reverses intervertebral disc degeneration","microRNA therapy reverses intervertebral disc degeneration",
 ("microRNA therapy",['microRNA therapy','microRNA','microRNAs','miRNA','miRNAs','miR-503','agomir','antagomir']),
 ("intervertebral disc degeneration",DISC),
 '(microRNA[tiab] OR miR*[tiab]) AND ("intervertebral disc"[tiab] OR "nucleus pulposus"[tiab])','effect',None,None),
("C192","Low-intensity pulsed ultrasound accelerates tendon-to-bone healing","low-intensity pulsed ultrasound accelerates tendon-to-bone healing",
 ("low-intensity pulsed ultrasound",['low-intensity pulsed ultrasound','low intensity pulsed ultrasound','LIPUS','pulsed ultrasound']),
 ("tendon-to-bone healing",['tendon-to-bone healing','bone-tendon junction healing','bone-tendon junction','tendon-bone healing','tendon-bone junction','bone-tendon healing']),
 '("low-intensity pulsed ultrasound"[tiab] OR LIPUS[tiab]) AND (bone[tiab] OR tendon[tiab] OR fracture*[tiab])','effect',None,None),
("C193","Adding modafinil to atypical antipsychotics relieves excessive daytime drowsiness","adding modafinil to atypical antipsychotics relieves excessive daytime drowsiness",
 ("modafinil",['modafinil','armodafinil']),
 ("excessive daytime drowsiness",['excessive daytime drowsiness','daytime drowsiness','excessive daytime sleepiness','daytime sleepiness','sedation','somnolence','Epworth Sleepiness Scale']),
 'modafinil[tiab]','effect',None,("atypical antipsychotics",['atypical antipsychotics','atypical antipsychotic','antipsychotics','antipsychotic','second-generation antipsychotics','olanzapine','risperidone','clozapine','quetiapine'])),
("C194","Low-dose amisulpride relieves clozapine-induced sialorrhea","low-dose amisulpride relieves clozapine-induced sialorrhea",
 ("low-dose amisulpride",['low-dose amisulpride','amisulpride','amisulpiride']),
 ("clozapine-induced sialorrhea",['clozapine-induced sialorrhea','clozapine-induced sialorrhoea','sialorrhea','sialorrhoea','hypersalivation','clozapine-induced hypersalivation','drooling']),
 'amisulpride[tiab] AND (sialorrhea[tiab] OR hypersalivation[tiab] OR clozapine[tiab])','effect',None,None),
("C195","Adding radioimmunotherapy after R-CHOP improves the outcome of early-stage diffuse large B-cell lymphoma","adding radioimmunotherapy after R-CHOP improves the outcome of early-stage diffuse large B-cell lymphoma",
 ("radioimmunotherapy",['radioimmunotherapy','ibritumomab tiuxetan','90Y-ibritumomab tiuxetan','yttrium-90 ibritumomab tiuxetan','Zevalin','tositumomab','RIT']),
 ("early-stage diffuse large B-cell lymphoma",['diffuse large B-cell lymphoma','diffuse large B-cell non-Hodgkin lymphoma','DLBCL','early-stage diffuse large B-cell lymphoma','progression-free survival','overall survival']),
 '(radioimmunotherapy[tiab] OR ibritumomab[tiab] OR tositumomab[tiab])','effect',None,("R-CHOP",['R-CHOP','RCHOP','rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone','rituximab plus CHOP','CHOP'])),
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
