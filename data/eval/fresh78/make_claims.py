# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 39 (2026-12-05) before any project output or review for these claims existed, from titles of the
# last workshop-corpus records that no earlier set's or the catalog's query returns (most of them old laboratory papers
# and reviews; the pool is now spent for clinical claims). C862-C869 human treatment and test claims, C870-C871
# laboratory and mechanism claims. Synonyms name the claim's own therapy and condition, no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C862","Keeping the antrum and pylorus prevents reflux gastritis after gastric surgery","keeping an intact, innervated antrum and pylorus prevents duodenogastric reflux and gastritis",
 ("antrum and pylorus preservation",['pylorus preservation','pylorus-preserving','antrum preservation','preserved antrum','intact pylorus','proximal gastric vagotomy','highly selective vagotomy','parietal cell vagotomy']),
 ("duodenogastric reflux and gastritis",['duodenogastric reflux','bile reflux','reflux gastritis','alkaline reflux gastritis','bile gastritis','enterogastric reflux']),
 '"duodenogastric reflux"[tiab] OR "bile reflux"[tiab] OR "reflux gastritis"[tiab] OR pylor*[ti]','effect',None,None,'benefit',None),
("C863","Fetal tracheal occlusion improves survival in congenital diaphragmatic hernia","closing the fetal trachea improves survival in congenital diaphragmatic hernia",
 ("fetal tracheal occlusion",['fetal tracheal occlusion','fetoscopic tracheal occlusion','FETO','fetal endoscopic tracheal occlusion','tracheal occlusion','tracheal balloon']),
 ("survival in congenital diaphragmatic hernia",['congenital diaphragmatic hernia','CDH','Bochdalek hernia','diaphragmatic hernia','pulmonary hypoplasia']),
 '"diaphragmatic hernia"[tiab]','effect',None,None,'benefit',None),
("C864","Topical anaesthesia is enough for painless cataract surgery","topical anaesthesia alone is enough to make cataract surgery painless",
 ("topical anaesthesia",['topical anaesthesia','topical anesthesia','topical anaesthetic','topical anesthetic','anaesthetic eye drops','anesthetic eye drops','topical lidocaine','tetracaine','proparacaine','oxybuprocaine']),
 ("pain during cataract surgery",['cataract surgery','phacoemulsification','pain during cataract surgery','intraoperative pain','pain sensation','cataract extraction']),
 '"topical anesthe*"[tiab] OR "topical anaesthe*"[tiab] OR phacoemulsification[tiab]','effect',None,None,'benefit',None),
("C865","Clinical decision support helps dental hygienists screen for chronic disease","a clinical decision support system helps dental hygienists screen their patients for chronic disease at the chair",
 ("clinical decision support system",['clinical decision support system','clinical decision support','decision support system','CDSS','computerized decision support','decision support tool']),
 ("chronic disease screening at the dental chair",['chairside screening','chronic disease screening','screening','dental patients','dental hygiene','primary care screening','diabetes screening','hypertension screening']),
 '"decision support"[tiab] AND (dental[tiab] OR dentist*[tiab] OR hygienist*[tiab])','effect',None,None,'benefit',None),
("C866","Treating renal hypertension lowers blood pressure","treating the kidney's cause of renal hypertension lowers the blood pressure",
 ("treatment of renal hypertension",['renal revascularization','renal revascularisation','renal angioplasty','renal artery stenting','percutaneous transluminal renal angioplasty','nephrectomy','renal artery surgery','antihypertensive treatment']),
 ("renal hypertension",['renal hypertension','renovascular hypertension','renal artery stenosis','renoparenchymal hypertension','hypertension of renal origin']),
 '"renovascular hypertension"[tiab] OR "renal hypertension"[tiab] OR "renal artery stenosis"[tiab]','effect',None,None,'benefit',None),
("C867","Repairing an epigastric hernia relieves its symptoms","repairing an epigastric hernia relieves the symptoms it causes",
 ("epigastric hernia repair",['hernia repair','herniorrhaphy','hernioplasty','mesh repair','suture repair','surgical repair','laparoscopic repair']),
 ("epigastric hernia",['epigastric hernia','epigastric hernias','hernia of the linea alba','linea alba hernia','supraumbilical hernia']),
 '"epigastric hernia*"[tiab] OR "linea alba"[tiab]','effect',None,None,'benefit',None),
("C868","The in vitro bioassay measures erythropoietin reliably","the in vitro bioassay measures erythropoietin reliably",
 ("in vitro erythropoietin bioassay",['in vitro bioassay','bioassay','fetal mouse liver cell assay','erythropoietin assay','cell culture assay','radioiron incorporation']),
 ("erythropoietin measurement",['erythropoietin','erythropoietin activity','erythropoietin levels','EPO','erythropoietic activity','serum erythropoietin']),
 'erythropoietin[tiab] AND (bioassay[tiab] OR assay[tiab])','effect',None,None,'benefit',None),
("C869","Human red cell membranes activate complement","membranes of human red blood cells activate complement",
 ("red cell membranes",['erythrocyte stromata','erythrocyte stroma','red cell stroma','red cell membranes','erythrocyte membranes','erythrocyte ghosts','red blood cell ghosts']),
 ("complement activation",['complement activation','complement consumption','C3 conversion','alternative pathway','classical pathway','complement fixation','anticomplementary activity']),
 'complement[tiab] AND (erythrocyte*[tiab] OR "red cell*"[tiab] OR stroma*[tiab])','effect',None,None,'harm',None),
("C870","Mercury inhibits fatty acid synthesis","mercury inhibits the synthesis of fatty acids",
 ("mercury",['mercury','mercuric chloride','methylmercury','organomercurials','mercurials','Hg2+','p-chloromercuribenzoate']),
 ("fatty acid synthesis",['fatty acid synthesis','fatty acid synthetase','fatty acid synthase','lipogenesis','palmitate synthesis']),
 'mercury[tiab] OR mercuric[tiab] OR methylmercury[tiab] OR "fatty acid synth*"[tiab]','effect',None,None,'harm',None),
("C871","Atrial muscle contracts and relaxes faster than ventricular muscle","heart muscle from the atria contracts and relaxes faster than muscle from the ventricles",
 ("atrial muscle",['atrial muscle','atrial myocardium','atrial trabeculae','atrial tissue','left atrium','right atrium','atrial myocytes']),
 ("faster contraction and relaxation",['contraction','relaxation','time to peak tension','contractile performance','twitch duration','shortening velocity','contractility']),
 '(atrial[tiab] AND ventricular[tiab]) AND (contractil*[tiab] OR contraction[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
