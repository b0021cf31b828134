# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 29 (2026-12-03) after the session's final rules were committed (code of e25b4f9), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before any
# project output or review for these claims existed. C432, C433, C436, C439 and C443 are harm claims; C441, C442 and C443
# laboratory claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C432","Endometriosis can cause obstetric complications","endometriosis can cause obstetric complications",
 ("endometriosis",['endometriosis','adenomyosis','deep endometriosis']),
 ("obstetric complications",['obstetric complications','obstetrical complications','postpartum complications','preterm birth','placenta previa','pregnancy complications']),
 'endometriosis[tiab] OR adenomyosis[tiab]','effect',None,None,'harm',None),
("C433","Lumbar microdiscectomy can cause instrument breakage","lumbar microdiscectomy can cause instrument breakage",
 ("lumbar microdiscectomy",['lumbar microdiscectomy','microdiscectomy','discectomy']),
 ("instrument breakage",['instrument breakage','breakage','rongeur tip','retained instrument fragment','retained foreign body']),
 'rongeur[tiab] OR microdiscectomy[tiab]','effect',None,None,'harm',None),
("C434","Vaccination prevents measles and other childhood infections","vaccination prevents measles and other childhood infections",
 ("vaccination",['vaccination','vaccines','vaccine','immunization','immunisation','measles vaccination']),
 ("measles and other childhood infections",['measles','childhood infections','vaccine-preventable diseases','infection']),
 'measles[tiab] OR vaccination[tiab]','effect',None,None,'benefit',None),
("C435","Antifungal therapy cures invasive Aspergillus infections","antifungal therapy cures invasive Aspergillus infections",
 ("antifungal therapy",['antifungal therapy','antifungal treatment','amphotericin B','voriconazole','itraconazole']),
 ("invasive Aspergillus infections",['Aspergillus infection','aspergillosis','invasive aspergillosis','Aspergillus fumigatus','Aspergillus myositis','Aspergillus epidural abscess']),
 'aspergill*[tiab]','effect',None,None,'benefit',None),
("C436","Mesh repair can cause deep infections","mesh repair can cause deep infections",
 ("mesh repair",['mesh repair','mesh','vaginal mesh reconstruction','laparoscopic mesh repair','prosthetic mesh']),
 ("deep infections",['mesh infection','deep infection','abscess','bacterial arthritis','infection']),
 'mesh[tiab] AND infection*[tiab]','effect',None,None,'harm',None),
("C437","PCSK9 inhibitors lower LDL cholesterol","PCSK9 inhibitors lower LDL cholesterol",
 ("PCSK9 inhibitors",['PCSK9 inhibitors','PCSK9 inhibitor','evolocumab','alirocumab']),
 ("LDL cholesterol",['LDL cholesterol','low-density lipoprotein cholesterol','LDL-C','hypercholesterolemia']),
 'PCSK9[tiab]','effect',None,None,'benefit',None),
("C438","Renal replacement therapy saves lives in acute kidney injury after cardiac surgery","renal replacement therapy saves lives",
 ("renal replacement therapy",['renal replacement therapy','RRT','hemodialysis','haemodialysis','continuous venovenous hemofiltration','dialysis']),
 ("acute kidney injury after cardiac surgery",['acute renal failure','acute kidney injury','AKI','mortality','cardiac surgery']),
 '"renal replacement"[tiab]','effect',None,None,'benefit',None),
("C439","Hurricane exposure can lower birth rates","hurricane exposure can lower birth rates",
 ("hurricane exposure",['hurricane exposure','hurricanes','hurricane','natural disasters']),
 ("birth rates",['birth rates','birth rate','fertility','births']),
 'hurricane*[tiab]','effect',None,None,'harm',None),
("C440","Calorie labelling lowers the calories of restaurant menu items","calorie labelling lowers the calories of restaurant menu items",
 ("calorie labelling",['calorie labelling','calorie labeling','menu labeling','menu labelling','calorie posting']),
 ("calories of restaurant menu items",['calories','menu items','calorie content','restaurant menu items','energy content']),
 'calorie*[tiab] AND menu*[tiab]','effect',None,None,'benefit',None),
("C441","Cyclic dipeptides induce the maturation of cancer cells","cyclic dipeptides induce the maturation of cancer cells",
 ("cyclic dipeptides",['cyclic dipeptides','cyclic dipeptide','diketopiperazines','diketopiperazine','cyclo(His-Pro)']),
 ("maturation of cancer cells",['cancer cells','differentiation','maturation','leukemia cells','tumor cells']),
 '"cyclic dipeptides"[tiab] OR diketopiperazine*[tiab]','effect',None,None,'benefit',None),
("C442","Shifting cells from anaerobic to aerobic metabolism triggers apoptosis","shifting cells from anaerobic to aerobic metabolism triggers apoptosis",
 ("shift to aerobic metabolism",['shifting anaerobic to aerobic metabolism','aerobic metabolism','dichloroacetate','DCA','pyruvate dehydrogenase kinase inhibition']),
 ("apoptosis",['apoptosis','cell death','redox balance','reactive oxygen species']),
 'dichloroacetate[tiab] OR "aerobic metabolism"[tiab]','effect',None,None,'benefit',None),
("C443","Chemical carcinogens can transform cells","chemical carcinogens can transform cells",
 ("chemical carcinogens",['chemical carcinogens','chemical carcinogen','carcinogens','benzo[a]pyrene','arsenite','nickel']),
 ("cell transformation",['cell transformation','malignant transformation','transformation','anchorage-independent growth','carcinogenesis']),
 'carcinogen*[tiab] AND transformation[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
