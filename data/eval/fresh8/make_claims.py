# How claims.yaml was written (run in this folder): the ten claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written at the start of session 14 (2026-12-01), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
C=[
("C107","Intrathecal clonidine prolongs spinal anaesthesia with bupivacaine","intrathecal clonidine prolongs spinal anaesthesia with bupivacaine",
 ("intrathecal clonidine",['clonidine','intrathecal clonidine','clonidine adjuvant','alpha-2 agonist','alpha2 agonist']),
 ("spinal anaesthesia with bupivacaine",['spinal anaesthesia','spinal anesthesia','subarachnoid block','spinal block','intrathecal bupivacaine','sensory block','motor block','duration of analgesia','postoperative analgesia']),
 '(clonidine[tiab] OR alpha-2[tiab] OR adjuvant*[tiab] OR adjunct*[tiab]) AND (intrathecal[tiab] OR spinal[tiab] OR subarachnoid[tiab]) AND (bupivacaine[tiab] OR anesthesia[tiab] OR anaesthesia[tiab] OR analgesia[tiab])',
 'effect',None),
("C108","Ropivacaine is as good as bupivacaine for spinal anaesthesia","ropivacaine gives spinal anaesthesia as good as bupivacaine with fewer side effects",
 ("ropivacaine",['ropivacaine','hyperbaric ropivacaine','isobaric ropivacaine','intrathecal ropivacaine','spinal ropivacaine']),
 ("spinal anaesthesia",['spinal anaesthesia','spinal anesthesia','subarachnoid block','spinal block','sensory block','motor block','intrathecal anaesthesia','intrathecal anesthesia']),
 '(ropivacaine[tiab] OR levobupivacaine[tiab]) AND (spinal[tiab] OR intrathecal[tiab] OR epidural[tiab])',
 'equivalence',("bupivacaine",['bupivacaine','hyperbaric bupivacaine','isobaric bupivacaine','intrathecal bupivacaine','bupivacaine-fentanyl'])),
("C109","Continuous transversus abdominis plane block after renal transplantation","a continuous transversus abdominis plane block relieves pain after renal transplantation",
 ("continuous transversus abdominis plane block",['transversus abdominis plane block','TAP block','TAP catheter','continuous TAP block','abdominal wall block','plane block']),
 ("pain after renal transplantation",['renal transplantation','kidney transplantation','renal transplant recipients','postoperative pain','post-operative pain','opioid consumption','morphine consumption']),
 '("plane block"[tiab] OR "transversus abdominis"[tiab] OR "nerve block"[tiab] OR "plexus block"[tiab]) AND (pain[tiab] OR analgesi*[tiab])',
 'effect',None),
("C110","Melatonin premedication reduces anxiety before oral surgery","melatonin premedication reduces anxiety before oral surgery",
 ("melatonin premedication",['melatonin','oral melatonin','melatonin premedication','sublingual melatonin']),
 ("anxiety before oral surgery",['preoperative anxiety','anxiety','dental anxiety','wisdom teeth extraction','third molar extraction','third molar surgery','oral surgery','sedation']),
 'melatonin[tiab]',
 'effect',None),
("C111","A trifocal intraocular lens gives better intermediate vision than a bifocal lens","a trifocal intraocular lens gives better intermediate vision than a bifocal lens",
 ("trifocal intraocular lens",['trifocal intraocular lens','trifocal IOL','diffractive trifocal intraocular lens','trifocal lens','trifocal diffractive IOL']),
 ("intermediate vision after cataract or lens surgery",['intermediate vision','intermediate visual acuity','defocus curve','near vision','distance vision','visual acuity','presbyopia','cataract surgery','refractive lens exchange']),
 '(trifocal[tiab] OR bifocal[tiab] OR multifocal[tiab] OR "intraocular lens"[tiab] OR IOL[tiab])',
 'effect',("bifocal intraocular lens",['bifocal IOL','bifocal intraocular lens','bifocal lens','bifocal diffractive IOL','+3.0 D bifocal IOL'])),
("C112","Corneal collagen crosslinking halts progressive keratoconus","corneal collagen crosslinking halts progressive keratoconus",
 ("corneal collagen crosslinking",['corneal collagen crosslinking','corneal collagen cross-linking','collagen crosslinking','cross-linking','crosslinking','CXL','riboflavin-UVA crosslinking','corneal cross-linking']),
 ("progressive keratoconus",['keratoconus','progressive keratoconus','corneal ectasia','ectasia','keratometry','maximum keratometry']),
 '(crosslinking[tiab] OR cross-linking[tiab] OR keratoconus[tiab])',
 'effect',None),
("C113","Cryoanalgesia reduces pain during phacoemulsification","cryoanalgesia reduces pain during phacoemulsification",
 ("cryoanalgesia",['cryoanalgesia','cryo-analgesia','cooling','cold','ice','cooled balanced salt solution']),
 ("pain during phacoemulsification",['phacoemulsification','cataract surgery','pain during cataract surgery','pain sensation','intraoperative pain','topical anaesthesia','topical anesthesia']),
 '(cryoanalgesia[tiab] OR cold[tiab] OR cooling[tiab] OR anesthesia[tiab] OR anaesthesia[tiab]) AND (phacoemulsification[tiab] OR cataract[tiab])',
 'effect',None),
("C114","Low-level laser therapy accelerates orthodontic tooth movement","low-level laser therapy accelerates orthodontic tooth movement",
 ("low-level laser therapy",['low-level laser therapy','low-level laser','LLLT','low-intensity laser','photobiomodulation','laser therapy','diode laser']),
 ("orthodontic tooth movement",['orthodontic tooth movement','tooth movement','orthodontic treatment','canine retraction','rate of tooth movement']),
 '(laser[tiab] OR photobiomodulation[tiab]) AND (orthodontic[tiab] OR "tooth movement"[tiab] OR teeth[tiab] OR tooth[tiab])',
 'effect',None),
("C115","Somatostatin analogues prolong survival in advanced pancreatic cancer","somatostatin analogues such as octreotide prolong survival in advanced pancreatic cancer",
 ("somatostatin analogues",['somatostatin analogues','somatostatin analogue','somatostatin analog','octreotide','lanreotide','long-acting somatostatin analogue','SMS 201-995']),
 ("advanced pancreatic cancer",['pancreatic cancer','advanced pancreatic cancer','pancreatic adenocarcinoma','pancreatic carcinoma','pancreatic tumor','pancreatic tumour','survival']),
 '(octreotide[tiab] OR lanreotide[tiab] OR somatostatin[tiab]) AND (pancrea*[tiab] OR tumor[tiab] OR tumour[tiab] OR cancer[tiab])',
 'effect',None),
("C116","Metformin slows the progression of osteoarthritis","metformin slows the progression of osteoarthritis",
 ("metformin",['metformin','metformin hydrochloride','biguanide']),
 ("osteoarthritis progression",['osteoarthritis','knee osteoarthritis','OA','cartilage degeneration','cartilage loss','joint degeneration','post-traumatic osteoarthritis']),
 '(metformin[tiab] OR AMPK[tiab]) AND (osteoarthritis[tiab] OR cartilage[tiab] OR chondrocyte*[tiab])',
 'effect',None),
]
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind,comp in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if comp:
        n,syn=comp; c['comparator']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
