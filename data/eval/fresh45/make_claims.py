# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 31 (2026-12-03) after d5b8c66 (fresh44 C511's mend), from titles of workshop-corpus records that no
# earlier set's or the catalog's query returns (and topics beside them), before any project output or review for these
# claims existed. C523-C527 are harm claims; C521, C522 and C527 laboratory claims. Synonyms name the claim's own therapy
# and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C516","Arthroscopic autologous chondrocyte implantation repairs cartilage defects of the knee","arthroscopic autologous chondrocyte implantation repairs cartilage defects of the knee",
 ("arthroscopic autologous chondrocyte implantation",['arthroscopic autologous chondrocyte implantation','arthroscopic ACI','arthroscopic implantation of autologous chondrocytes','arthroscopic matrix-induced autologous chondrocyte implantation','arthroscopic chondrocyte transplantation']),
 ("knee cartilage defects",['cartilage defects','cartilage defect','chondral defects','chondral lesions','full-thickness cartilage defects']),
 'chondrocyte*[ti] AND arthroscop*[ti]','effect',None,None,'benefit',None),
("C517","Traction of the neck reduces cervical spine dislocations","traction of the neck reduces cervical spine dislocations",
 ("cervical traction",['cervical traction','closed cervical traction','closed reduction','skeletal traction','tong traction']),
 ("cervical spine dislocation",['cervical dislocation','cervical spine dislocation','facet dislocation','cervical spine injury','subaxial cervical spine injuries']),
 'traction[tiab] AND cervical[tiab]','effect',None,None,'benefit',None),
("C518","Endoscopic papillotomy clears stones from the bile duct","endoscopic papillotomy clears stones from the bile duct",
 ("endoscopic papillotomy",['endoscopic papillotomy','endoscopic sphincterotomy','papillotomy','sphincterotomy']),
 ("bile duct stones",['bile duct stones','common bile duct stones','choledocholithiasis','gall stones','gallstones']),
 'papillotomy[tiab] OR sphincterotomy[tiab] OR choledocholithiasis[tiab]','effect',None,None,'benefit',None),
("C519","Skin grafts from tissue-typed donors heal burns","skin grafts from tissue-typed donors heal burns",
 ("tissue-typed skin allografts",['tissue-typed skin','skin allograft','skin allografts','skin homograft','allogeneic skin graft']),
 ("burns",['burns','burn wounds','burn injury','burned patients']),
 'burns[tiab] AND skin[tiab]','effect',None,None,'benefit',None),
("C520","Multiple sequential femoral-tibial bypass grafting saves limbs with severe ischaemia","multiple sequential femoral-tibial bypass grafting saves limbs with severe ischaemia",
 ("sequential femoral-tibial bypass grafting",['sequential femoral tibial grafting','femoral tibial grafting','femorotibial bypass','femoral-tibial bypass','sequential bypass grafting']),
 ("severe limb ischaemia",['severe ischemia','critical limb ischemia','limb ischemia','limb salvage','critical limb ischaemia']),
 'ischemia[tiab] AND (bypass[tiab] OR grafting[tiab])','effect',None,None,'benefit',None),
("C521","Salicylates make pancreatic cancer cells die","salicylates make pancreatic cancer cells die",
 ("salicylates",['salicylates','salicylate','sodium salicylate','aspirin','acetylsalicylic acid']),
 ("pancreatic cancer cell death",['pancreatic cancer cells','apoptosis','cell death','pancreatic cancer cell lines']),
 'salicylate*[tiab] OR aspirin[tiab]','effect',None,None,'benefit',None),
("C522","Activating the glucocorticoid receptor with Compound A reduces inflammation","activating the glucocorticoid receptor with Compound A reduces inflammation",
 ("Compound A",['Compound A','CpdA','selective glucocorticoid receptor activator','selective glucocorticoid receptor agonist']),
 ("inflammation",['inflammation','inflammatory','anti-inflammatory']),
 '"glucocorticoid receptor"[tiab]','effect',None,None,'benefit',None),
("C523","Cartilage damage found at ACL reconstruction goes with a weaker quadriceps","cartilage damage found at ACL reconstruction goes with a weaker quadriceps",
 ("cartilage damage at ACL reconstruction",['cartilage damage','chondral damage','cartilage lesions','chondral lesions','articular cartilage damage']),
 ("weaker quadriceps",['quadriceps strength','quadriceps function','quadriceps weakness','weaker quadriceps']),
 '"anterior cruciate ligament"[tiab] AND (cartilage[tiab] OR chondral[tiab])','effect',None,None,'harm',None),
("C524","Older age makes patients more sensitive to warfarin","older age makes patients more sensitive to warfarin",
 ("older age",['older age','advanced age','elderly patients','age','elderly']),
 ("warfarin sensitivity",['warfarin sensitivity','warfarin response','warfarin dose requirement','over-anticoagulation','INR']),
 'warfarin[tiab]','effect',None,None,'harm',None),
("C525","Malaria parasites in pregnant women raise inflammatory cytokines","malaria parasites in pregnant women raise inflammatory cytokines",
 ("malaria parasitaemia",['malaria parasitaemia','malaria parasitemia','peripheral parasitaemia','peripheral parasitemia','Plasmodium falciparum infection','malaria infection']),
 ("inflammatory cytokines",['inflammatory cytokines','plasma cytokines','cytokine levels','TNF-alpha','interleukin-6','IL-6','IL-10']),
 'malaria[tiab] AND (pregnan*[tiab] OR cytokine*[tiab])','effect',None,None,'harm',None),
("C526","Losing the GSTM1 and GSTT1 genes raises the risk of lymphoma","losing the GSTM1 and GSTT1 genes raises the risk of lymphoma",
 ("GSTM1 and GSTT1 null genotypes",['GSTM1 null','GSTT1 null','null genotype','null genotypes','GSTM1 and GSTT1 deletion','double null genotype']),
 ("lymphoma",['lymphoma','diffuse large B-cell lymphoma','DLBCL','non-Hodgkin lymphoma']),
 'GSTM1[tiab] OR GSTT1[tiab] OR "glutathione S-transferase"[tiab]','effect',None,None,'harm',None),
("C527","Group B Streptococcus infection triggers autophagy in the brain's blood vessel lining","group B Streptococcus infection triggers autophagy in the brain's blood vessel lining",
 ("group B Streptococcus infection",['group B Streptococcus','Streptococcus agalactiae','GBS infection','GBS']),
 ("autophagy in brain endothelium",['autophagy','brain microvascular endothelial cells','blood-brain barrier endothelium','autophagic']),
 '"group B Streptococcus"[tiab] OR "Streptococcus agalactiae"[tiab] OR autophagy[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
