# How claims.yaml was written (run in this folder): the ten claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 15 (2026-12-01), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
C=[
("C117","The ProSeal laryngeal mask ventilates as well as an endotracheal tube","the ProSeal laryngeal mask ventilates as well as an endotracheal tube during general anaesthesia",
 ("ProSeal laryngeal mask airway",['ProSeal laryngeal mask airway','ProSeal laryngeal mask','ProSeal LMA','PLMA','laryngeal mask airway','LMA','supraglottic airway device']),
 ("ventilation during general anaesthesia",['ventilation','ventilatory efficacy','airway pressure','peak airway pressure','end-tidal carbon dioxide','oxygenation','general anaesthesia','general anesthesia']),
 '("laryngeal mask"[tiab] OR LMA[tiab] OR PLMA[tiab] OR ProSeal[tiab] OR supraglottic[tiab] OR "endotracheal tube"[tiab] OR intubation[tiab])',
 'equivalence',("endotracheal tube",['endotracheal tube','ETT','endotracheal intubation','tracheal tube','tracheal intubation'])),
("C118","Phenylephrine prevents hypotension after propofol induction","phenylephrine prevents hypotension after propofol induction",
 ("phenylephrine",['phenylephrine','prophylactic phenylephrine','phenylephrine infusion','phenylephrine bolus']),
 ("hypotension after propofol induction",['hypotension','post-induction hypotension','propofol-induced hypotension','blood pressure','mean arterial pressure','induction of anaesthesia','induction of anesthesia']),
 '(phenylephrine[tiab] OR ephedrine[tiab] OR vasopressor*[tiab]) AND (hypotension[tiab] OR propofol[tiab] OR "blood pressure"[tiab])',
 'effect',None),
("C119","Ibuprofen is a safe analgesic after cardiac surgery","ibuprofen is a safe analgesic after cardiac surgery",
 ("ibuprofen",['ibuprofen','slow-release ibuprofen','NSAID','non-steroidal anti-inflammatory drug','nonsteroidal anti-inflammatory drug']),
 ("pain after cardiac surgery",['cardiac surgery','heart surgery','coronary artery bypass','CABG','postoperative pain','post-operative pain','pain management','analgesia']),
 '(ibuprofen[tiab] OR NSAID*[tiab] OR "anti-inflammatory"[tiab]) AND (cardiac[tiab] OR heart[tiab] OR coronary[tiab] OR sternotomy[tiab] OR surgery[tiab])',
 'effect',None),
("C120","A mechanical device keeps tracheal cuff pressure in range","a mechanical cuff-pressure device keeps tracheal cuff pressure in range in intubated patients",
 ("mechanical cuff-pressure device",['mechanical device','PressureEasy','cuff pressure controller','continuous cuff pressure control','automatic cuff pressure controller','pneumatic device']),
 ("tracheal cuff pressure in intubated patients",['cuff pressure','tracheal cuff pressure','endotracheal cuff pressure','intubated patients','mechanically ventilated patients','underinflation','overinflation']),
 '(cuff[tiab] AND (pressure[tiab] OR tracheal[tiab] OR endotracheal[tiab]))',
 'effect',None),
("C121","Alternating rapid maxillary expansion and constriction improves maxillary protraction","alternating rapid maxillary expansion and constriction improves maxillary protraction more than expansion alone",
 ("alternating rapid maxillary expansion and constriction",['alternating rapid maxillary expansion and constriction','Alt-RAMEC','alternating rapid palatal expansion and constriction','RPE/C','alternate rapid maxillary expansions and constrictions']),
 ("maxillary protraction",['maxillary protraction','facemask protraction','face mask','maxillary retrusion','Class III malocclusion','maxillary advancement','A point']),
 '(protraction[tiab] OR "face mask"[tiab] OR facemask[tiab] OR "palatal expansion"[tiab] OR "maxillary expansion"[tiab] OR "class III"[tiab])',
 'effect',("rapid palatal expansion alone",['rapid palatal expansion','RPE','rapid maxillary expansion','RME','expansion alone'])),
("C122","Hyaluronic acid eye drops relieve dry eye after cataract surgery","hyaluronic acid eye drops relieve dry eye after cataract surgery",
 ("hyaluronic acid eye drops",['hyaluronic acid','sodium hyaluronate','hyaluronate','artificial tears','carboxymethylcellulose','lubricant eye drops','tear substitute']),
 ("dry eye after cataract surgery",['dry eye','ocular discomfort','ocular comfort','tear-film stability','tear film','tear break-up time','ocular surface','cataract surgery']),
 '("dry eye"[tiab] OR "tear film"[tiab] OR tear-film[tiab] OR "artificial tears"[tiab] OR hyaluron*[tiab]) AND (eye[tiab] OR ocular[tiab] OR cataract[tiab] OR corneal[tiab])',
 'effect',None),
("C123","A natural cycle gives better pregnancy rates than hormone replacement for frozen embryo transfer","a natural cycle gives better pregnancy rates than hormone replacement for frozen embryo transfer",
 ("natural cycle",['natural cycle','natural cycles','natural cycle frozen embryo transfer','modified natural cycle','NC-FET']),
 ("pregnancy after frozen embryo transfer",['frozen embryo transfer','frozen embryo replacement','FET','FER','pregnancy rate','live birth','clinical pregnancy','in vitro fertilization','IVF']),
 '("embryo transfer"[tiab] OR "embryo replacement"[tiab] OR IVF[tiab] OR "in vitro fertilization"[tiab] OR "in vitro fertilisation"[tiab])',
 'effect',("hormone replacement therapy cycle",['hormone replacement therapy','hormone replacement treatment','HRT','artificial cycle','down-regulated hormone replacement','programmed cycle'])),
("C124","Airway pressure release ventilation protects the injured lung","airway pressure release ventilation protects the injured lung",
 ("airway pressure release ventilation",['airway pressure release ventilation','APRV','pressure release ventilation','bilevel ventilation']),
 ("lung injury",['lung injury','acute lung injury','ARDS','acute respiratory distress syndrome','respiratory mechanics','lung compliance','ventilator-induced lung injury']),
 '("pressure release"[tiab] OR APRV[tiab] OR "lung injury"[tiab] OR ARDS[tiab] OR "respiratory distress"[tiab]) AND (ventilat*[tiab])',
 'effect',None),
("C125","Beta-blockers reduce mortality in septic shock","beta-blockers reduce mortality in septic shock",
 ("beta-blockers",['beta-blockers','β-blockers','beta blockers','beta-blocker','esmolol','landiolol','metoprolol']),
 ("mortality in septic shock",['septic shock','sepsis','severe sepsis','mortality','survival','heart rate control']),
 '(beta-blocker*[tiab] OR β-blocker*[tiab] OR esmolol[tiab] OR landiolol[tiab] OR metoprolol[tiab] OR propranolol[tiab]) AND (sepsis[tiab] OR septic[tiab] OR mortality[tiab] OR shock[tiab])',
 'effect',None),
("C126","Adding entinostat to erlotinib prolongs survival in lung cancer","adding entinostat to erlotinib prolongs survival in lung cancer",
 ("entinostat added to erlotinib",['entinostat','histone deacetylase inhibitor','HDAC inhibitor','HDACi','erlotinib plus entinostat']),
 ("survival in non-small-cell lung cancer",['non-small-cell lung cancer','non-small cell lung cancer','NSCLC','lung cancer','progression-free survival','overall survival','survival']),
 '(entinostat[tiab] OR erlotinib[tiab] OR "histone deacetylase"[tiab] OR HDAC*[tiab] OR EGFR[tiab]) AND (lung[tiab] OR NSCLC[tiab] OR cancer[tiab])',
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
