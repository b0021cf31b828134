# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 34 (2026-12-04) after fresh51 was scored (its readings mended in the working tree), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (a random draw, and topics beside them),
# before any project output or review for these claims existed. C600, C601 treatment claims (case series); C602 a
# prognostic-factor claim after cell implantation; C603 an animal claim ("in rabbits"); C604-C608 laboratory or animal
# claims; C609, C610 a harm and a marker claim. Synonyms name the claim's own therapy and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C600","Microfracture heals osteochondral lesions of the tibial plafond","microfracture heals osteochondral lesions of the tibial plafond",
 ("microfracture",['microfracture','arthroscopic microfracture','microfracturing','bone marrow stimulation']),
 ("osteochondral lesions of the tibial plafond",['osteochondral lesions of the tibial plafond','tibial plafond osteochondral lesions','osteochondral lesion of the tibial plafond','tibial plafond lesions']),
 'plafond[tiab]','effect',None,None,'benefit',None),
("C601","Osteochondral autograft transfer keeps the cartilage's quality","after an osteochondral autograft transfer, the transplanted cartilage keeps the quality of healthy cartilage",
 ("osteochondral autograft transfer",['osteochondral autograft transfer','osteochondral autograft transplantation','osteochondral autogenous transfer','mosaicplasty','OATS']),
 ("quality of the transplanted cartilage",['cartilage quality','graft cartilage quality','glycosaminoglycan content','T2 values','dGEMRIC index']),
 '("osteochondral autograft"[tiab] OR "osteochondral autogenous"[tiab]) AND (dGEMRIC[tiab] OR "T2 mapping"[tiab] OR "T2 values"[tiab] OR longitudinal[tiab])','effect',None,None,'benefit',None),
("C602","Higher chondrocytic gene expression gives better repair after chondrocyte implantation","chondrocytes with higher chondrocytic gene expression give better repair tissue after autologous chondrocyte implantation",
 ("higher chondrocytic gene expression of the implanted cells",['chondrocytic gene expression','chondrogenic gene expression','higher expression of chondrocytic genes','COL2A1 expression','aggrecan expression']),
 ("repair tissue quality after autologous chondrocyte implantation",['repair tissue quality','graft survival','repair tissue','MRI outcomes','MOCART score']),
 '"autologous chondrocyte"[tiab] AND ("gene expression"[tiab] OR chondrocytic[tiab])','effect',None,None,'benefit',None),
("C603","Polyester scaffold membranes regenerate articular cartilage in rabbits","membranes of polyester scaffolds regenerate articular cartilage in rabbits",
 ("polyester scaffold membranes",['polyester scaffolds','polyester scaffold','polyester membranes','polyester scaffold membranes']),
 ("articular cartilage defects",['articular cartilage regeneration','cartilage regeneration','cartilage repair','osteochondral defects','cartilage defects']),
 'polyester[tiab] AND cartilage[tiab]','effect',None,None,'benefit',['rabbit']),
("C604","Klotho raises the kidney's calcium channel TRPV5","Klotho raises the kidney's calcium channel TRPV5",
 ("Klotho",['Klotho','alpha-Klotho','klotho protein']),
 ("TRPV5 calcium channel abundance",['TRPV5','transient receptor potential vanilloid 5','TRPV5 abundance','renal calcium channel']),
 'Klotho[tiab] OR TRPV5[tiab]','effect',None,None,'benefit',None),
("C605","MDA5 defends mice against coronavirus infection","MDA5 defends mice against coronavirus infection",
 ("MDA5",['MDA5','melanoma differentiation-associated gene 5','MDA5 signalling','MDA5 signaling']),
 ("coronavirus infection",['coronavirus infection','murine coronavirus','mouse hepatitis virus','MHV infection']),
 'MDA5[tiab] OR coronavirus[tiab]','effect',None,None,'benefit',['mouse']),
("C606","A secreted truncated OSTM1 holds back osteoclast formation","a secreted truncated OSTM1 holds back the formation of osteoclasts",
 ("secreted truncated OSTM1",['truncated OSTM1','OSTM1 mutant','secreted OSTM1','osteopetrosis-associated transmembrane protein 1']),
 ("osteoclast formation",['osteoclastogenesis','osteoclast formation','osteoclast differentiation']),
 'OSTM1[tiab] OR osteoclastogenesis[tiab]','effect',None,None,'benefit',None),
("C607","Cameroonian medicinal plant extracts kill drug-resistant tumour cells","extracts of Cameroonian medicinal plants kill drug-resistant tumour cells",
 ("Cameroonian medicinal plant extracts",['Cameroonian medicinal plants','medicinal plant extracts','plant extracts','crude extracts']),
 ("drug-resistant tumour cells",['drug-resistant tumor cells','drug-resistant tumour cells','multidrug-resistant cancer cells','resistant cancer cell lines']),
 '("medicinal plants"[tiab] OR "plant extracts"[tiab]) AND resistan*[tiab]','effect',None,None,'benefit',None),
("C608","Pyruvate carboxylase fuels invasive breast cancer growth","pyruvate carboxylase fuels the growth of invasive breast cancer cells",
 ("pyruvate carboxylase",['pyruvate carboxylase','PC','pyruvate carboxylase activity']),
 ("invasive breast cancer cell growth",['breast cancer cell growth','invasive breast cancer','breast cancer cell proliferation','tumor growth']),
 '"pyruvate carboxylase"[tiab] OR ("breast cancer"[tiab] AND anaplerosis[tiab])','effect',None,None,'harm',None),
("C609","Mild Alzheimer's disease impairs P-glycoprotein at the blood-brain barrier","mild Alzheimer's disease impairs P-glycoprotein at the blood-brain barrier",
 ("mild Alzheimer's disease",["mild Alzheimer's disease","Alzheimer's disease",'Alzheimer disease','mild Alzheimer disease']),
 ("P-glycoprotein activity at the blood-brain barrier",['P-glycoprotein activity','P-gp activity','P-glycoprotein function','blood-brain barrier P-glycoprotein']),
 '"P-glycoprotein"[tiab]','effect',None,None,'harm',None),
("C610","MHC class II on lung cancer's infiltrating lymphocytes marks longer survival","MHC class II on the lymphocytes infiltrating lung cancer marks longer survival",
 ("MHC class II expression on tumour-infiltrating lymphocytes",['MHC class II','MHC Class II expression','HLA class II','HLA-DR']),
 ("survival in lung cancer",['survival','overall survival','regression-free survival','prognosis']),
 '"lung cancer"[tiab] AND (MHC[tiab] OR HLA[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
