# How claims.yaml was written (run in this folder): the eight claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written at the start of session 13 (2026-12-01), before any project output or review for these claims existed.
import yaml
seed=open('seed.txt').read()
cart=['cartilage defect','cartilage defects','chondral defect','chondral defects','cartilage lesion','cartilage lesions','chondral lesion','chondral lesions','osteochondral defect','osteochondral lesion','osteochondral lesions','articular cartilage','cartilage repair']
C=[
("C99","Particulated juvenile articular cartilage allograft for knee cartilage defects","particulated juvenile articular cartilage allograft fills knee cartilage defects with durable repair tissue",
 ("particulated juvenile articular cartilage allograft",['particulated juvenile articular cartilage','particulated juvenile allograft cartilage','juvenile articular cartilage','juvenile allograft cartilage','PJAC','DeNovo NT','DeNovo','juvenile cartilage allograft']),
 ("knee cartilage defects",cart+['knee cartilage defects','patellofemoral cartilage lesions','patellar chondral defects']),
 '(particulated[tiab] OR "juvenile articular cartilage"[tiab] OR "juvenile allograft cartilage"[tiab] OR DeNovo[tiab])',
 'effect'),
("C100","Intra-articular hyaluronic acid after microfracture","intra-articular hyaluronic acid after microfracture improves the cartilage repair tissue",
 ("intra-articular hyaluronic acid",['hyaluronic acid','hyaluronan','hyaluronate','sodium hyaluronate','HA','viscosupplementation','hyaluronan injection','hyaluronic acid injection']),
 ("cartilage repair after microfracture",cart+['microfracture','microfractured defects','marrow stimulation','bone marrow stimulation','cartilage repair tissue','repair tissue']),
 '(microfracture*[tiab] OR micro-fracture*[tiab] OR "marrow stimulation"[tiab]) AND (hyaluron*[tiab] OR viscosupplement*[tiab])',
 'effect'),
("C101","Six months of anti-tubercular therapy is as effective as twelve for spinal tuberculosis","six months of anti-tubercular therapy is as effective as twelve months for spinal tuberculosis",
 ("six months of anti-tubercular therapy",['6 months of anti-tubercular therapy','six months of antitubercular therapy','6 months ATT','short-course chemotherapy','short-course antitubercular therapy','six-month regimen','6-month regimen','6 months of anti TB therapy']),
 ("spinal tuberculosis",['spinal TB','tuberculous spondylitis','tuberculous spondylodiscitis',"Pott's disease",'Pott disease','spinal-vertebral tuberculosis','tuberculosis of the spine','vertebral tuberculosis']),
 '(tubercul*[tiab] OR Pott*[tiab]) AND (spine[tiab] OR spinal[tiab] OR vertebra*[tiab] OR spondyl*[tiab]) AND (months[tiab] OR duration[tiab] OR "short-course"[tiab] OR regimen[tiab])',
 'equivalence'),
("C102","Low-dose propofol suppresses fentanyl-induced cough","a low dose of propofol suppresses fentanyl-induced cough at the induction of anaesthesia",
 ("low-dose propofol",['propofol','low dose of propofol','low-dose propofol']),
 ("fentanyl-induced cough",['fentanyl induced cough','FIC','cough','coughing']),
 '(propofol[tiab] OR fentanyl[tiab]) AND (cough*[tiab])',
 'effect'),
("C103","As-needed budesonide-formoterol for mild asthma","as-needed budesonide-formoterol controls mild asthma as well as daily maintenance therapy",
 ("as-needed budesonide-formoterol",['budesonide-formoterol','budesonide formoterol','budesonide plus formoterol','as-needed inhaled glucocorticoid plus a fast-acting beta2-agonist','reliever budesonide-formoterol']),
 ("mild asthma",['asthma','mild persistent asthma','asthma control','asthma exacerbations']),
 '(asthma*[tiab]) AND (budesonide[tiab] OR formoterol[tiab] OR "inhaled glucocorticoid"[tiab] OR "inhaled corticosteroid"[tiab] OR "as needed"[tiab] OR "as-needed"[tiab])',
 'equivalence'),
("C104","Femtosecond laser-assisted cataract surgery is safer than standard phacoemulsification","femtosecond laser-assisted cataract surgery is safer than standard phacoemulsification",
 ("femtosecond laser-assisted cataract surgery",['femtosecond laser-assisted cataract surgery','femtosecond laser','femtosecond laser cataract surgery','FLACS','laser-assisted cataract surgery','laser-assisted anterior capsulotomy']),
 ("cataract surgery complications",['cataract surgery','cataract','intraoperative complications','posterior capsule rupture','anterior capsule tear','phacoemulsification']),
 '(femtosecond[tiab] OR "laser-assisted"[tiab]) AND (cataract*[tiab] OR phacoemulsification[tiab] OR capsulotomy[tiab])',
 'effect'),
("C105","Acellular dermal matrix for complex anorectal fistula","an acellular dermal matrix plug heals complex anorectal fistulas",
 ("acellular dermal matrix",['acellular dermal matrix','ADM','acellular dermal matrix plug','bioprosthetic material','fistula plug','anal fistula plug','collagen plug','bioprosthetic plug']),
 ("complex anorectal fistula",['anorectal fistula','anal fistula','complex anal fistula','fistula-in-ano','perianal fistula','anorectal fistulae','fistula']),
 '(fistula*[tiab]) AND (anal[tiab] OR anorectal[tiab] OR perianal[tiab] OR "in-ano"[tiab] OR rectal[tiab])',
 'effect'),
("C106","Mesenchymal stem cells for tendon-to-bone healing after ACL reconstruction","mesenchymal stem cells enhance tendon-to-bone healing after anterior cruciate ligament reconstruction",
 ("mesenchymal stem cells",['mesenchymal stem cells','bone marrow-derived mesenchymal stem cells','BMSCs','MSCs','stem cells','bone marrow stromal cells','bone marrow aspirate','bone marrow concentrate']),
 ("tendon-to-bone healing after anterior cruciate ligament reconstruction",['anterior cruciate ligament reconstruction','ACL reconstruction','tendon-bone healing','tendon-to-bone healing','graft healing','graft-tunnel healing','tunnel widening','ACL']),
 '("anterior cruciate"[tiab] OR ACL[tiab]) AND (reconstruct*[tiab]) AND ("stem cell"[tiab] OR "stem cells"[tiab] OR "stromal cells"[tiab] OR "bone marrow"[tiab] OR "tendon-bone"[tiab] OR "tendon-to-bone"[tiab] OR biologic*[tiab])',
 'effect'),
]
# Added after the set's end-of-session score (session 13, the set is development data since): the comparator each
# head-to-head claim names, so a study's direction rests only on its findings against it.
COMPARATOR={
 "C101":("twelve months of anti-tubercular therapy",['12 months of anti-tubercular therapy','12 months of antitubercular therapy','12 months ATT','12 months','twelve months','12-month regimen','12 months of anti TB therapy']),
 "C103":("daily maintenance therapy",['budesonide maintenance therapy','budesonide maintenance','maintenance budesonide','twice-daily budesonide','daily inhaled glucocorticoid','maintenance therapy','maintenance group']),
 "C104":("standard phacoemulsification",['conventional phacoemulsification','phacoemulsification cataract surgery','standard phacoemulsification cataract surgery','manual cataract surgery','conventional cataract surgery']),
}
out=[]
for cid,title,quote,(tn,ts),(cn,cs),q,kind in C:
    s=seed.index(quote)
    c=dict(id=cid,title=title,therapy=dict(name=tn,synonyms=ts),condition=dict(name=cn,synonyms=cs),
        quotes=[dict(start=s,end=s+len(quote),text=quote)],seed_strength='asserted',polarity='benefit',query=q,topics=[cid],reference_pmids=[])
    if kind!='effect': c['kind']=kind
    if cid in COMPARATOR:
        n,syn=COMPARATOR[cid]; c['comparator']=dict(name=n,synonyms=syn)
    out.append(c)
yaml.safe_dump(dict(seed_file='seed.txt',claims=out),open('claims.yaml','w'),sort_keys=False,allow_unicode=True)
