# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 24 (2026-12-03), after fresh26 was scored once (0a29e03), from titles of workshop-corpus records
# that no earlier query returns, before any project output or review for these claims existed. C305 is an add-on claim.
import yaml
seed=open('seed.txt').read()
C=[
("C303","Cell-free scaffolds repair small cartilage defects","cell-free scaffolds repair small cartilage defects",
 ("cell-free scaffolds",['cell-free scaffolds','cell-free scaffold','cell-free implant','cell-free implants','acellular scaffold','cell-free repair']),
 ("small cartilage defects",['cartilage defects','cartilage defect','chondral defects','chondral defect','osteochondral defects','cartilage repair']),
 '"cell-free"[tiab] AND (cartilage[tiab] OR chondral[tiab]) AND (minipig*[tiab] OR pig*[tiab] OR porcine[tiab] OR swine[tiab])','effect',None,None,'benefit',None),
("C304","Inhibiting Rac1 restores tamoxifen sensitivity in resistant breast cancer cells","inhibiting rac1 restores tamoxifen sensitivity in resistant breast cancer cells",
 ("Rac1 inhibition",['Rac1 inhibition','Rac1 inhibitor','Rac1 inhibitors','inhibiting Rac1','PAK1 inhibition','PAK1 inhibitor','Rac1-PAK1 inhibition']),
 ("tamoxifen resistance in breast cancer cells",['tamoxifen resistance','tamoxifen-resistant','tamoxifen sensitivity','resistant breast cancer cells','breast cancer']),
 '(Rac1[tiab] OR PAK1[tiab]) AND tamoxifen[tiab]','effect',None,None,'benefit',None),
("C305","3D-printed scaffolds enhance microfracture repair of cartilage defects","3d-printed scaffolds enhance microfracture repair of cartilage defects",
 ("3D-printed scaffolds",['3D-printed scaffolds','3D printed scaffolds','3D-printed scaffold','3D printed scaffold','bioprinted scaffold','three-dimensional printed scaffold']),
 ("cartilage defects",['cartilage defects','cartilage defect','chondral defects','osteochondral defects','cartilage repair','cartilage regeneration']),
 '"3D printed"[tiab] OR "3D-printed"[tiab] OR "three-dimensional printed"[tiab] OR bioprint*[tiab]','effect',None,("microfracture",['microfracture','microfracturing','marrow stimulation']),'benefit',None),
("C306","Hyaluronic acid injections heal sports-related chondral lesions of the knee","hyaluronic acid injections heal sports-related chondral lesions of the knee",
 ("hyaluronic acid injections",['hyaluronic acid injections','hyaluronic acid injection','intra-articular hyaluronic acid','hyaluronic acid','hyaluronan','sodium hyaluronate']),
 ("chondral lesions of the knee",['chondral lesions','chondral lesion','cartilage lesions','chondral defects','sports-related chondral lesion','knee cartilage injury']),
 '("hyaluronic acid"[tiab] OR hyaluronan[tiab]) AND (chondral[tiab] OR "cartilage lesion*"[tiab]) AND (sport*[tiab] OR athlete*[tiab])','effect',None,None,'benefit',None),
("C307","Transdermal beta-blockers lower blood pressure in hypertension","transdermal beta-blockers lower blood pressure in hypertension",
 ("transdermal beta-blockers",['transdermal beta-blockers','transdermal beta blockers','transdermal β-blockers','transdermal propranolol','transdermal delivery of beta-blockers','transdermal drug delivery']),
 ("hypertension",['hypertension','high blood pressure','blood pressure','hypertensive patients']),
 'transdermal[tiab] AND (hypertension[tiab] OR "blood pressure"[tiab])','effect',None,None,'benefit',None),
("C308","Antibiotics cure Lemierre syndrome","antibiotics cure lemierre syndrome",
 ("antibiotics",['antibiotics','antibiotic therapy','antibiotic treatment','intravenous antibiotics','antimicrobial therapy']),
 ("Lemierre syndrome",['Lemierre syndrome',"Lemierre's syndrome",'Fusobacterium necrophorum infection','fusobacterial infection','septic thrombophlebitis']),
 '"Lemierre"[tiab] OR fusobacter*[tiab]','effect',None,None,'benefit',None),
("C309","Ciprofloxacin cures Salmonella osteomyelitis in sickle cell disease","ciprofloxacin cures salmonella osteomyelitis in sickle cell disease",
 ("ciprofloxacin",['ciprofloxacin','fluoroquinolone','fluoroquinolones','quinolone']),
 ("Salmonella osteomyelitis in sickle cell disease",['Salmonella osteomyelitis','Salmonella septicemia','Salmonella infection','osteomyelitis','sickle cell disease']),
 'Salmonella[tiab] AND (osteomyelitis[tiab] OR "sickle cell"[tiab])','effect',None,None,'benefit',None),
("C310","Spinal joint release corrects rigid post-traumatic kyphosis","spinal joint release corrects rigid post-traumatic kyphosis",
 ("spinal joint release",['spinal joint release','spinal joints release','facet joint release','posterior release','osteotomy']),
 ("rigid post-traumatic kyphosis",['post-traumatic kyphosis','posttraumatic kyphosis','thoracolumbar kyphosis','kyphotic deformity','kyphosis']),
 'kyphosis[tiab] AND (post-traumatic[tiab] OR posttraumatic[tiab] OR osteotomy[tiab])','effect',None,None,'benefit',None),
("C311","High-dose methotrexate cures childhood acute lymphoblastic leukemia","high-dose methotrexate cures childhood acute lymphoblastic leukemia",
 ("high-dose methotrexate",['high-dose methotrexate','high dose methotrexate','HD-MTX','HDMTX','methotrexate']),
 ("childhood acute lymphoblastic leukemia",['acute lymphoblastic leukemia','acute lymphoblastic leukaemia','ALL','pediatric acute lymphoblastic leukemia','childhood leukemia']),
 '"high-dose methotrexate"[tiab] OR ("methotrexate"[tiab] AND "lymphoblastic leukemia"[tiab])','effect',None,None,'benefit',None),
("C312","Restoring intervertebral height during lumbar interbody fusion relieves nerve root tension","restoring intervertebral height during lumbar interbody fusion relieves nerve root tension",
 ("restoring intervertebral height",['restoring intervertebral height','intervertebral space height','intervertebral height','disc height restoration','restoration of disc height','disc height']),
 ("nerve root tension",['nerve root tension','nerve root compression','foraminal stenosis','radicular pain','nerve root']),
 '("disc height"[tiab] OR "intervertebral space height"[tiab] OR "intervertebral height"[tiab]) AND (nerve[tiab] OR fusion[tiab])','effect',None,None,'benefit',None),
("C313","Preserving the meniscus protects the knee from osteoarthritis","preserving the meniscus protects the knee from osteoarthritis",
 ("meniscal preservation",['meniscal preservation','meniscus preservation','meniscal repair','meniscus repair','preserving the meniscus','meniscal tissue']),
 ("knee osteoarthritis",['knee osteoarthritis','osteoarthritis','early osteoarthritis','joint degeneration','cartilage degeneration']),
 '(meniscus[tiab] OR meniscal[tiab]) AND (osteoarthritis[tiab]) AND (preserv*[tiab] OR protect*[tiab])','effect',None,None,'benefit',None),
("C314","Fibrin-based constructs regenerate cartilage","fibrin-based constructs regenerate cartilage",
 ("fibrin-based constructs",['fibrin-based constructs','fibrin-based construct','fibrin glue','fibrin gel','fibrin scaffold','fibrin matrix','fibrin hydrogel']),
 ("cartilage regeneration",['cartilage regeneration','cartilage repair','cartilage defects','cartilage defect','chondral defects','cartilage']),
 'fibrin[tiab] AND (cartilage[tiab] OR chondrocyte*[tiab]) AND (regenerat*[tiab] OR engineer*[tiab])','effect',None,None,'benefit',None),
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
