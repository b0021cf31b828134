# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 19 (2026-12-02), after that session's rules were committed (f23ba51) and before any project output
# or review for these claims existed.
import yaml
seed=open('seed.txt').read()
C=[
("C143","Yoga reduces atrial fibrillation episodes","yoga reduces atrial fibrillation episodes",
 ("yoga",['yoga','yoga training','Iyengar yoga']),("atrial fibrillation",['atrial fibrillation','AF','paroxysmal atrial fibrillation','arrhythmia']),
 'yoga[tiab] AND (atrial fibrillation[tiab] OR arrhythmi*[tiab])','effect',None,None),
("C144","Non-vitamin K oral anticoagulants prevent strokes in atrial fibrillation","non-vitamin K oral anticoagulants prevent strokes in atrial fibrillation",
 ("non-vitamin K oral anticoagulants",['non-vitamin K antagonist oral anticoagulants','non-vitamin K oral anticoagulants','novel oral anticoagulants','NOACs','NOAC','DOACs','direct oral anticoagulants','dabigatran','rivaroxaban','apixaban','edoxaban']),
 ("stroke in atrial fibrillation",['stroke','strokes','thromboembolism','systemic embolism','atrial fibrillation']),
 '("oral anticoagulant"[tiab] OR "oral anticoagulants"[tiab] OR NOAC*[tiab] OR dabigatran[tiab] OR rivaroxaban[tiab] OR apixaban[tiab]) AND "atrial fibrillation"[tiab]','effect',None,None),
("C145","Electroconvulsive therapy rapidly resolves catatonia","electroconvulsive therapy rapidly resolves catatonia",
 ("electroconvulsive therapy",['electroconvulsive therapy','ECT','electroconvulsive']),("catatonia",['catatonia','catatonic features','catatonic']),
 '(electroconvulsive[tiab] OR ECT[tiab]) AND (catatoni*[tiab])','effect',None,None),
("C146","Transcranial direct current stimulation reduces auditory hallucinations in schizophrenia","transcranial direct current stimulation reduces auditory hallucinations in schizophrenia",
 ("transcranial direct current stimulation",['transcranial direct current stimulation','tDCS']),("auditory hallucinations in schizophrenia",['auditory hallucinations','auditory verbal hallucinations','hallucinations','schizophrenia']),
 '("transcranial direct current stimulation"[tiab] OR tDCS[tiab]) AND (schizophreni*[tiab] OR hallucination*[tiab])','effect',None,None),
("C147","An injection of bone marrow mononuclear cells relieves knee osteoarthritis","an injection of bone marrow mononuclear cells relieves knee osteoarthritis",
 ("bone marrow mononuclear cells",['bone marrow mononuclear cells','bone marrow-derived mononuclear cells','bone marrow–derived mononuclear cell','mononuclear cells','BMMNCs','BM-MNCs','BMNC']),
 ("knee osteoarthritis",['knee osteoarthritis','osteoarthritis of the knee','knee OA','osteoarthritis']),
 '("mononuclear cell"[tiab] OR "mononuclear cells"[tiab] OR BMMNC*[tiab] OR BM-MNC*[tiab]) AND (osteoarthritis[tiab] OR cartilage[tiab] OR knee[tiab])','effect',None,None),
("C148","Condoliase chemonucleolysis relieves the leg pain of lumbar disc herniation","condoliase chemonucleolysis relieves the leg pain of lumbar disc herniation without surgery",
 ("condoliase chemonucleolysis",['condoliase','chemonucleolysis','intradiscal condoliase injection','condoliase injection']),
 ("lumbar disc herniation",['lumbar disc herniation','disc herniation','herniated disc','leg pain','sciatica']),
 '(condoliase[tiab] OR chemonucleolysis[tiab] OR "intradiscal"[tiab]) AND (hernia*[tiab] OR disc[tiab])','effect',None,None),
("C149","Physical exercise reverses frailty","physical exercise reverses frailty",
 ("physical exercise",['physical exercise','exercise','exercise training','resistance training','physical activity']),("frailty",['frailty','frail','frail older adults']),
 '(exercise[tiab] OR "physical activity"[tiab] OR training[tiab]) AND frail*[ti]','effect',None,None),
("C150","Community volunteering increases the physical activity of older adults","community volunteering increases the physical activity of older adults",
 ("community volunteering",['community volunteering','volunteering','volunteer service','Experience Corps']),("physical activity of older adults",['physical activity','walking','steps','older adults']),
 '(volunteer*[tiab]) AND ("physical activity"[tiab] OR walking[tiab] OR exercise[tiab])','effect',None,None),
("C151","Adding a DPP-4 inhibitor to metformin improves glycaemic control","adding a DPP-4 inhibitor to metformin improves glycaemic control",
 ("DPP-4 inhibitor",['DPP-4 inhibitor','DPP-4 inhibitors','dipeptidyl peptidase-4 inhibitor','dipeptidyl peptidase-4 inhibitors','dipeptidyl peptidase 4 inhibitors','sitagliptin','vildagliptin','saxagliptin','linagliptin','alogliptin','gliptins']),
 ("glycaemic control in type 2 diabetes",['glycaemic control','glycemic control','HbA1c','glycated haemoglobin','glycated hemoglobin','type 2 diabetes','type 2 diabetes mellitus']),
 '(metformin[tiab]) AND ("dipeptidyl peptidase"[tiab] OR DPP-4[tiab] OR sitagliptin[tiab] OR vildagliptin[tiab] OR gliptin*[tiab])','effect',None,
 ("metformin",['metformin'])),
("C152","Trabecular micro-bypass stents with cataract surgery lower eye pressure better than ab interno trabeculotomy","two trabecular micro-bypass stents implanted with cataract surgery lower eye pressure better than ab interno trabeculotomy",
 ("trabecular micro-bypass stents",['trabecular micro-bypass stents','trabecular microbypass stents','trabecular micro-bypass stent','iStent','micro-bypass stents']),
 ("intraocular pressure in glaucoma",['intraocular pressure','IOP','glaucoma','open-angle glaucoma','eye pressure']),
 '(trabecular[tiab] AND (stent*[tiab] OR bypass[tiab] OR micro-bypass[tiab] OR trabeculotomy[tiab])) AND (glaucoma[tiab] OR cataract[tiab])','effect',
 ("ab interno trabeculotomy",['ab interno trabeculotomy','trabeculotomy','Trabectome']),None),
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
