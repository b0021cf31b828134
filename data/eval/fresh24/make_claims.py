# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 23 (2026-12-02), after fresh23 was scored once (3747c4c) and before any project output or review
# for these claims existed. C275 is about mice, C278 about rabbits (population).
import yaml
seed=open('seed.txt').read()
DISC=['intervertebral disc degeneration','IDD','IVDD','disc degeneration','degenerated discs','nucleus pulposus degeneration']
C=[
("C267","Pregabalin relieves uremic pruritus in hemodialysis patients","pregabalin relieves uremic pruritus in hemodialysis patients",
 ("pregabalin",['pregabalin','Lyrica']),
 ("uremic pruritus",['uremic pruritus','uraemic pruritus','pruritus','itch','itching','chronic kidney disease-associated pruritus']),
 'pregabalin[tiab] OR "uremic pruritus"[tiab] OR "uraemic pruritus"[tiab]','effect',None,None,'benefit',None),
("C268","Andrographolide slows intervertebral disc degeneration","andrographolide slows intervertebral disc degeneration",
 ("andrographolide",['andrographolide','AG','Andrographis paniculata']),("intervertebral disc degeneration",DISC),
 'andrographolide[tiab]','effect',None,None,'benefit',None),
("C269","Limonin slows intervertebral disc degeneration","limonin slows intervertebral disc degeneration",
 ("limonin",['limonin']),("intervertebral disc degeneration",DISC),
 'limonin[tiab]','effect',None,None,'benefit',None),
("C270","Natural compounds slow intervertebral disc degeneration","natural compounds slow intervertebral disc degeneration",
 ("natural compounds",['natural compounds','natural products','plant compounds','phytochemicals','andrographolide','limonin','physalin A','herbal extracts']),
 ("intervertebral disc degeneration",DISC),
 '("intervertebral disc degeneration"[tiab]) AND (inhibit*[tiab] OR attenuat*[tiab] OR delay*[tiab] OR alleviat*[tiab])','effect',None,None,'benefit',None),
("C271","An educational module improves surgical antibiotic prophylaxis","an educational module improves surgical antibiotic prophylaxis",
 ("educational module",['educational module','educational intervention','education','training module','educational programme','educational program']),
 ("surgical antibiotic prophylaxis",['surgical antibiotic prophylaxis','surgical prophylaxis','antibiotic prophylaxis','antimicrobial prophylaxis','prophylactic antibiotics']),
 '(prophylaxis[tiab]) AND (educational[tiab] OR education[tiab])','effect',None,None,'benefit',None),
("C272","MammaPrint pre-screening reduces chemotherapy in early breast cancer","mammaprint pre-screening reduces chemotherapy in early breast cancer",
 ("MammaPrint pre-screening",['MammaPrint pre-screening','MammaPrint','MammaPrint Pre-screen Algorithm','MPA','70-gene signature','70-gene assay']),
 ("chemotherapy in early breast cancer",['chemotherapy','adjuvant chemotherapy','early-stage breast cancer','early breast cancer','breast cancer']),
 'MammaPrint[tiab] OR "70-gene"[tiab]','effect',None,None,'benefit',None),
("C273","Expandable prostheses treat malignant bone tumours in children","expandable prostheses treat malignant bone tumours in children",
 ("expandable prostheses",['expandable prostheses','expandable prosthesis','Repiphysis','Repiphysis expandable prosthesis','growing prosthesis','extendible endoprosthesis']),
 ("malignant bone tumours in children",['malignant bone tumours','malignant bone tumors','primary malignant bone tumours','primary malignant bone tumors','bone sarcoma','osteosarcoma','Ewing sarcoma']),
 '"expandable prosthesis"[tiab] OR "expandable prostheses"[tiab] OR Repiphysis[tiab]','effect',None,None,'benefit',None),
("C274","Hormonal therapy after conservative surgery prevents the recurrence of endometriosis","hormonal therapy after conservative surgery prevents the recurrence of endometriosis",
 ("postoperative hormonal therapy",['postoperative hormonal therapy','hormonal therapy','hormonal suppression','oral contraceptives','progestins','dienogest','GnRH agonists','levonorgestrel-releasing intrauterine system']),
 ("recurrence of endometriosis",['recurrence of endometriosis','endometriosis recurrence','recurrence','recurrent endometriosis','endometrioma recurrence']),
 'endometriosis[tiab] AND (recurrence[tiab])','effect',None,("conservative surgery",['conservative surgery','laparoscopic surgery','surgery','laparoscopy','excision']),'benefit',None),
("C275","Bisphenol A harms the uterus of mice","bisphenol a harms the uterus of mice",
 ("bisphenol A",['bisphenol A','BPA']),
 ("the uterus",['uterus','uterine','endometrium','endometrial hyperplasia','uterine pathology']),
 '"bisphenol A"[tiab] OR ethinyl*[tiab]','effect',None,None,'harm',['mouse']),
("C276","Lupinus luteus with lifestyle changes treats metabolic syndrome","lupinus luteus with lifestyle changes treats metabolic syndrome",
 ("Lupinus luteus with lifestyle changes",['Lupinus luteus','Lupineus luteus','lupin','lupine','yellow lupin','lifestyle changes']),
 ("metabolic syndrome",['metabolic syndrome','MetS','insulin resistance','obesity']),
 '(lupin*[tiab] OR Lupineus[tiab]) OR ("metabolic syndrome"[tiab] AND lifestyle[tiab])','effect',None,None,'benefit',None),
("C277","Insomnia with short sleep causes hypertension","insomnia with short sleep causes hypertension",
 ("insomnia with short sleep",['insomnia with short sleep','insomnia with objective short sleep duration','insomnia','short sleep duration']),
 ("hypertension",['hypertension','incident hypertension','high blood pressure','blood pressure']),
 'insomnia[tiab] AND hypertension[tiab]','effect',None,None,'harm',None),
("C278","Surgical angiogenesis keeps allogeneic knee transplants viable in rabbits","surgical angiogenesis keeps allogeneic knee transplants viable in rabbits",
 ("surgical angiogenesis",['surgical angiogenesis','arteriovenous bundle implantation','AV bundle','vascular bundle implantation','surgical angiogenesis with short-term immunosuppression']),
 ("allogeneic knee transplants",['allogeneic knee transplants','allogenic knee joint transplantation','knee joint allotransplantation','bone viability','allograft viability']),
 '(allogenic[tiab] OR allogeneic[tiab]) AND (angiogenesis[tiab]) AND (transplantation[tiab])','effect',None,None,'benefit',['rabbit']),
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
