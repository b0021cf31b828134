# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) after fresh53 was scored (its readings mended in the working tree), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (a random draw, and topics beside them),
# before any project output or review for these claims existed. C622 a marker claim (harm); C623-C625 diagnostic claims
# (C625 an equivalence claim); C626 a human exposure claim; C627-C630 laboratory claims; C631 an animal prognostic claim.
# Synonyms name the claim's own therapy and condition, none broader, in every wording I could think of.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C622","Raised soluble IL-2 receptor alpha marks shorter survival in pancreatic cancer","a raised soluble interleukin-2 receptor alpha in the blood marks shorter survival in pancreatic adenocarcinoma",
 ("raised soluble interleukin-2 receptor alpha",['soluble interleukin-2 receptor alpha','soluble interleukin-2 receptor','sIL-2R','sIL-2Ralpha','sIL-2Rα','soluble IL-2 receptor','soluble IL-2R','serum sIL-2R','CD25']),
 ("survival in pancreatic adenocarcinoma",['survival','overall survival','prognosis','poor prognosis','pancreatic adenocarcinoma','pancreatic cancer','adenocarcinoma of the pancreas']),
 '"interleukin-2 receptor"[tiab] OR "sIL-2R"[tiab] OR ("pancreatic cancer"[tiab] AND prognos*[tiab])','effect',None,None,'harm',None),
("C623","The STOP-BANG questionnaire detects obstructive sleep apnea","the STOP-BANG questionnaire detects obstructive sleep apnea",
 ("STOP-BANG questionnaire",['STOP-BANG','STOP-Bang questionnaire','STOP-BANG questionnaire','STOP questionnaire','screening questionnaire']),
 ("obstructive sleep apnea",['obstructive sleep apnea','obstructive sleep apnoea','OSA','sleep apnea','sleep-disordered breathing','apnea-hypopnea index']),
 '"STOP-BANG"[tiab] OR "sleep apnea"[tiab] OR "sleep apnoea"[tiab]','effect',None,None,'benefit',None),
("C624","K-ras codon 12 analysis improves brush cytology for malignant bile duct stenosis","adding K-ras codon 12 analysis to brush cytology improves the diagnosis of malignant bile duct stenosis",
 ("K-ras codon 12 analysis",['K-ras codon 12 analysis','K-ras analysis','K-ras mutation analysis','KRAS mutation','K-ras codon 12','K-ras mutations','KRAS testing']),
 ("diagnosis of malignant bile duct stenosis",['malignant bile duct stenosis','malignant biliary stricture','bile duct stenosis','biliary stricture','cholangiocarcinoma','diagnostic sensitivity','sensitivity']),
 '("K-ras"[tiab] OR KRAS[tiab]) AND (cytology[tiab] OR biliary[tiab] OR "bile duct"[tiab])','effect',None,("brush cytology",['brush cytology','endobiliary brush cytology','brushing cytology','biliary brushing']),'benefit',None),
("C625","Dried blood spots measure Schistosoma CAA as well as serum","measuring Schistosoma circulating anodic antigen in dried blood spots works as well as measuring it in serum",
 ("circulating anodic antigen measured in dried blood spots",['dried blood spots','dried blood spot','DBS','dried blood spot CAA','DBS CAA']),
 ("Schistosoma circulating anodic antigen quantitation",['circulating anodic antigen','CAA','Schistosoma infection','schistosomiasis','CAA levels','CAA quantitation']),
 '"dried blood spot"[tiab] OR "dried blood spots"[tiab] OR "circulating anodic antigen"[tiab]','equivalence',("serum",['serum','serum CAA','serum samples','serum CAA levels']),None,'benefit',None),
("C626","Eleven days of moderate exercise in the heat produce heat acclimation","eleven days of moderate exercise in the heat produce heat acclimation",
 ("moderate exercise in the heat",['exercise in the heat','moderate exercise and heat exposure','exercise-heat exposure','heat exposure','exercise heat acclimation','heat training']),
 ("heat acclimation",['heat acclimation','acclimation','heat acclimatization','lower core temperature','lower heart rate','thermoregulation']),
 '"heat acclimation"[tiab] OR (exercise[tiab] AND heat[tiab])','effect',None,None,'benefit',None),
("C627","PFKFB4 drives breast cancer growth","the metabolic enzyme PFKFB4 drives breast cancer growth",
 ("PFKFB4",['PFKFB4','6-phosphofructo-2-kinase/fructose-2,6-bisphosphatase 4','PFKFB4 kinase']),
 ("breast cancer growth",['breast cancer','breast tumor growth','breast tumour growth','breast cancer metastasis','tumor growth','SRC-3 activation']),
 'PFKFB4[tiab] OR "SRC-3"[tiab] OR "steroid receptor coactivator-3"[tiab]','effect',None,None,'harm',None),
("C628","TBX3 carries TGF-beta1's tumour-promoting signal","the transcription factor TBX3 carries the tumour-promoting signal of TGF-beta1",
 ("TBX3",['TBX3','T-box 3','T-box transcription factor 3']),
 ("TGF-beta1 tumour-promoting signalling",['TGF-β1 signaling','TGF-beta1 signaling','TGF-β1','TGF-beta1','transforming growth factor-beta1','tumorigenesis','cell migration','invasion']),
 'TBX3[tiab] OR (TGF*[tiab] AND oncogen*[tiab])','effect',None,None,'harm',None),
("C629","p32 helps herpes simplex virus leave the nucleus","the host protein p32 helps herpes simplex virus leave the nucleus",
 ("p32",['p32','gC1qR','C1QBP','p32 protein']),
 ("herpes simplex virus nuclear egress",['nuclear egress','viral nuclear egress','herpes simplex virus','HSV-1','herpes simplex virus type 1','viral replication']),
 '"herpes simplex"[tiab] OR ICP34.5[tiab]','effect',None,None,'harm',None),
("C630","Merlin suppresses tumour growth","the protein Merlin suppresses tumour growth",
 ("Merlin",['Merlin','NF2','neurofibromin 2','schwannomin','Merlin protein']),
 ("tumour growth",['tumor growth','tumour growth','tumor suppressor','tumour suppressor','cell proliferation','tumorigenesis','neurofibromatosis type 2']),
 'Merlin[tiab] OR NF2[tiab]','effect',None,None,'benefit',None),
("C631","MRI changes after traumatic brain injury predict seizure susceptibility in rats","changes on MRI after a traumatic brain injury predict later seizure susceptibility",
 ("MRI changes after traumatic brain injury",['ADC mapping','apparent diffusion coefficient','T1-weighted signal changes','MRI','magnetic resonance imaging','post-injury MRI','diffusion-weighted imaging']),
 ("seizure susceptibility after traumatic brain injury",['seizure susceptibility','post-traumatic epilepsy','posttraumatic epilepsy','epileptogenesis','seizures','traumatic brain injury']),
 '"traumatic brain injury"[tiab] AND (seizure*[tiab] OR epilep*[tiab])','effect',None,None,'harm',['rat']),
]

write_claims(C)
