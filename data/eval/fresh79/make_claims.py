# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 40 (2026-12-05) before any project output or review for these claims existed. The workshop records no
# earlier query returns are spent (session 39), so these claims are written on records earlier sets' queries returned, for
# therapies those sets did not claim (umbilical cord and donor MSCs, fat pad MSCs, magnetic targeting, interleukin-1 beta,
# knee replacement): every claim-record pair is new, the records are not (a pair-level held-out set). Synonyms name the
# claim's own therapy and condition, no parent condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C872","Umbilical cord MSCs repair knee cartilage defects","Mesenchymal stem cells from umbilical cord blood, implanted into the knee, repair its cartilage defects",
 ("umbilical cord mesenchymal stem cells",['umbilical cord mesenchymal stem cells','umbilical cord blood-derived mesenchymal stem cells','hUCB-MSCs','UCB-MSCs',"Wharton's jelly mesenchymal stem cells",'umbilical cord MSCs','UC-MSCs']),
 ("knee cartilage defects",['cartilage defects','cartilage defect','chondral defects','chondral defect','cartilage lesions','full-thickness cartilage defects']),
 '"umbilical cord"[tiab] AND (knee[tiab] OR cartilage[tiab])','effect',None,None,'benefit',None),
("C873","Donor (allogeneic) MSCs repair cartilage defects","mesenchymal stem cells from a donor repair cartilage defects",
 ("allogeneic mesenchymal stem cells",['allogeneic mesenchymal stem cells','allogenic mesenchymal stem cells','allogeneic MSCs','allogenic MSCs','allogeneic stem cells','donor mesenchymal stem cells']),
 ("cartilage defects",['cartilage defects','cartilage defect','chondral defects','osteochondral defects','cartilage lesions','cartilage repair']),
 '(allogeneic[tiab] OR allogenic[tiab]) AND (mesenchymal[tiab] OR MSC*[tiab])','effect',None,None,'benefit',None),
("C874","Infrapatellar fat pad MSCs relieve knee osteoarthritis","Stem cells taken from the fat pad below the kneecap relieve knee osteoarthritis",
 ("infrapatellar fat pad mesenchymal stem cells",['infrapatellar fat pad mesenchymal stem cells','infrapatellar fat pad-derived mesenchymal stem cells','infrapatellar fat pad stem cells','IFP-MSCs','fat pad-derived stem cells','infrapatellar fat pad-derived mesenchymal stromal cells']),
 ("knee osteoarthritis",['knee osteoarthritis','osteoarthritis of the knee','knee OA','gonarthrosis','osteoarthritic knees']),
 '"infrapatellar fat pad"[tiab]','effect',None,None,'benefit',None),
("C875","Interleukin-1 beta drives cartilage breakdown in osteoarthritis","interleukin-1 beta drives the breakdown of cartilage in osteoarthritis",
 ("interleukin-1 beta",['interleukin-1 beta','interleukin-1β','IL-1β','IL-1beta','interleukin-1','IL-1']),
 ("cartilage breakdown",['cartilage degradation','cartilage breakdown','matrix degradation','cartilage destruction','MMP-13','aggrecanase','chondrocyte catabolism']),
 '"interleukin-1"[tiab] OR IL-1beta[tiab] OR "IL-1β"[tiab]','effect',None,None,'harm',None),
("C876","Total knee replacement relieves end-stage knee osteoarthritis","replacing the whole knee relieves the pain of end-stage osteoarthritis",
 ("total knee arthroplasty",['total knee arthroplasty','total knee replacement','TKA','TKR','knee arthroplasty','knee replacement']),
 ("end-stage knee osteoarthritis",['knee osteoarthritis','osteoarthritis of the knee','knee OA','end-stage osteoarthritis','gonarthrosis']),
 '"total knee arthroplasty"[tiab]','effect',None,None,'benefit',None),
("C877","Magnetic targeting of MSCs improves cartilage repair","Magnetically labelled mesenchymal stem cells, guided by an external magnet into a cartilage defect, improve its repair",
 ("magnetic targeting of mesenchymal stem cells",['magnetic targeting','magnetic delivery','magnetically labeled mesenchymal stem cells','magnetically labelled mesenchymal stem cells','external magnetic device','magnetic cell delivery']),
 ("cartilage defect repair",['cartilage defects','cartilage defect','cartilage repair','chondral defects','osteochondral defects','cartilage regeneration']),
 'magnet*[ti] AND (stem[tiab] OR MSC*[tiab] OR cells[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
