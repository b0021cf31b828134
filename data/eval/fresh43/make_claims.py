# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 30 (2026-12-03) after the session's final rules (8ea7a55), from titles of workshop-corpus records
# that no earlier set's or the catalog's query returns (and topics beside them), before any project output or review for
# these claims existed. C499-C503 are harm claims; C497, C498 and C502 laboratory claims. Synonyms name the claim's own
# therapy and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C492","Intra-articular hyaluronic acid heals sports-related chondral lesions of the knee","intra-articular hyaluronic acid heals sports-related chondral lesions of the knee",
 ("intra-articular hyaluronic acid",['intra-articular hyaluronic acid','hyaluronic acid injection','intraarticular hyaluronic acid injection','hyaluronan injection','viscosupplementation']),
 ("sports-related chondral lesions of the knee",['chondral lesion','chondral lesions','cartilage lesion','cartilage lesions','sports-related chondral lesion']),
 '"hyaluronic acid"[tiab] AND sport*[tiab]','effect',None,None,'benefit',None),
("C493","Surgical excision cures left atrial myxoma","surgical excision cures left atrial myxoma",
 ("surgical excision",['surgical excision','surgical resection','excision','resection','surgical removal']),
 ("left atrial myxoma",['left atrial myxoma','atrial myxoma','cardiac myxoma']),
 'myxoma[tiab]','effect',None,None,'benefit',None),
("C494","Localising lung nodules under CT guidance helps surgeons remove them","localising lung nodules under CT guidance helps surgeons remove them",
 ("CT-guided localization",['CT-guided localization','computed tomography-guided localization','CT-guided hook-wire localization','preoperative localization','hook wire localization']),
 ("resection of lung nodules",['lung nodules','pulmonary nodules','video-assisted thoracoscopic surgery','VATS resection','successful localization']),
 '"lung nodules"[tiab] OR "pulmonary nodules"[tiab]','effect',None,None,'benefit',None),
("C495","Counselling by pharmacists improves patients' satisfaction with their care","counselling by pharmacists improves patients' satisfaction with their care",
 ("pharmacist counselling",['pharmacist counselling','pharmacist counseling','pharmacist services','pharmaceutical care','pharmacist-led care']),
 ("patient satisfaction",['patient satisfaction','public satisfaction','patients satisfaction']),
 'pharmacist*[tiab]','effect',None,None,'benefit',None),
("C496","Hepcidin protects the gut in inflammatory bowel disease","hepcidin protects the gut in inflammatory bowel disease",
 ("hepcidin",['hepcidin','hepcidin agonist','minihepcidin']),
 ("inflammatory bowel disease",['inflammatory bowel disease','IBD','Crohn disease',"Crohn's disease",'ulcerative colitis','colitis']),
 'hepcidin[tiab]','effect',None,None,'benefit',None),
("C497","Correcting the XPC gene restores DNA repair in xeroderma pigmentosum cells","correcting the XPC gene restores DNA repair in xeroderma pigmentosum cells",
 ("XPC gene correction",['XPC gene correction','genetic correction','gene correction','retroviral transfer of XPC','XPC cDNA transfer']),
 ("DNA repair in xeroderma pigmentosum cells",['DNA repair','xeroderma pigmentosum','UV-induced DNA damage repair','nucleotide excision repair','xeroderma pigmentosum keratinocytes']),
 '"xeroderma pigmentosum"[tiab]','effect',None,None,'benefit',None),
("C498","Activating PPAR-alpha lowers endothelin-1 in heart cells","activating PPAR-alpha lowers endothelin-1 in heart cells",
 ("PPAR-alpha activation",['PPAR-alpha activation','PPARα activation','PPAR-α activation','PPARalpha agonist','PPAR-α agonist','fenofibrate','peroxisome proliferator-activated receptor-α activation','peroxisome proliferator-activated receptor-alpha activation']),
 ("endothelin-1",['endothelin-1','ET-1','endothelin-1 expression','preproendothelin-1']),
 'PPAR*[tiab] OR "peroxisome proliferator-activated"[tiab]','effect',None,None,'benefit',None),
("C499","Helicobacter pylori infection causes gastric cancer","Helicobacter pylori infection causes gastric cancer",
 ("Helicobacter pylori infection",['Helicobacter pylori infection','Helicobacter pylori','H. pylori infection','H. pylori']),
 ("gastric cancer",['gastric cancer','gastric carcinoma','stomach cancer','gastric adenocarcinoma']),
 '"Helicobacter pylori"[tiab] AND (cancer[tiab] OR carcinoma[tiab])','effect',None,None,'harm',None),
("C500","Low self-esteem drives young men to smoke","low self-esteem drives young men to smoke",
 ("low self-esteem",['low self-esteem','self-esteem','positive beliefs about smoking']),
 ("smoking",['smoking','cigarette smoking','smoking behaviour','smoking behavior','tobacco use']),
 'smoking[tiab] AND (esteem[tiab] OR beliefs[tiab])','effect',None,None,'harm',None),
("C501","A diet poor in folate and methionine raises the risk of pancreatic cancer","a diet poor in folate and methionine raises the risk of pancreatic cancer",
 ("low folate and methionine intake",['low folate intake','folate deficiency','low serum folate','low methionine intake','methyl-group availability','low folate']),
 ("pancreatic cancer",['pancreatic cancer','pancreatic carcinoma','pancreatic adenocarcinoma']),
 'folate[tiab] OR methionine[tiab] OR "methyl-group"[tiab]','effect',None,None,'harm',None),
("C502","Blocking bromodomains impairs stem cell maintenance","blocking bromodomains impairs stem cell maintenance",
 ("bromodomain inhibition",['bromodomain inhibition','bromodomain inhibitor','bromodomain inhibitors','BRG/PB1 bromodomain inhibitors','BET inhibitor','PFI-3']),
 ("stem cell maintenance",['stem cell maintenance','embryonic stem cells','trophoblast stem cells','stemness','self-renewal']),
 'bromodomain*[tiab]','effect',None,None,'harm',None),
("C503","Diabetes causes albuminuria","diabetes causes albuminuria",
 ("diabetes",['diabetes','diabetes mellitus','type 2 diabetes','diabetic patients']),
 ("albuminuria",['albuminuria','microalbuminuria','macroalbuminuria','diabetic kidney disease']),
 'albuminuria[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
