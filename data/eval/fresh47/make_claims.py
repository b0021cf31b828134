# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 32 (2026-12-04) after fresh46 was scored (11c5047) and its readings mended (96b83a9), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before any
# project output or review for these claims existed. C543-C551 are harm claims; C541 and C542 laboratory claims.
# Synonyms name the claim's own therapy and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C540","A multiply incised cartilage allograft integrates into focal cartilage defects","a cartilage allograft cut with many small incisions grows into a focal cartilage defect",
 ("multiply incised cartilage allograft",['multiply incised pure cartilage allograft','multiply incised cartilage allograft','incised cartilage allograft','incised allograft']),
 ("integration into focal cartilage defects",['osteochondral integration','integration','focal chondral defects','chondral defects','cartilage defects']),
 'allograft*[ti] AND (cartilage[ti] OR chondral[ti])','effect',None,None,'benefit',None),
("C541","Fenugreek seeds act like oestrogen","fenugreek seeds act like oestrogen",
 ("fenugreek seeds",['fenugreek','Trigonella foenum graecum','Trigonella foenum-graecum','fenugreek seeds']),
 ("oestrogenic activity",['estrogenic activity','estrogenic activities','oestrogenic activity','estrogenic']),
 'fenugreek[tiab] OR Trigonella[tiab] OR estrogenic[tiab]','effect',None,None,'benefit',None),
("C542","Plakortin kills malaria parasites","plakortin kills malaria parasites",
 ("plakortin",['plakortin','plakortins']),
 ("malaria parasites",['Plasmodium falciparum','malaria parasites','parasitized red blood cells','antimalarial activity']),
 'plakortin[tiab] OR "Plasmodium falciparum"[tiab]','effect',None,None,'benefit',None),
("C543","Antidepressants that block CYP2D6 weaken tamoxifen in breast cancer","antidepressants which block CYP2D6 weaken tamoxifen in breast cancer",
 ("CYP2D6-inhibiting antidepressants",['CYP2D6 inhibitors','CYP2D6-inhibiting antidepressants','paroxetine','fluoxetine','strong CYP2D6 inhibitors']),
 ("weaker tamoxifen effect",['tamoxifen efficacy','endoxifen concentrations','endoxifen','breast cancer recurrence']),
 'CYP2D6[tiab] OR tamoxifen[tiab]','effect',None,None,'harm',None),
("C544","A thymidylate synthase gene variant makes 5-fluorouracil work less well","a thymidylate synthase gene variant makes 5-fluorouracil work less well",
 ("thymidylate synthase polymorphism",['thymidylate synthase polymorphism','TS polymorphism','TSER polymorphism','thymidylate synthase gene polymorphism','3R/3R genotype']),
 ("poorer response to 5-fluorouracil",['response to 5-fluorouracil','5-fluorouracil based chemotherapy','5-FU response','chemotherapy response']),
 '"thymidylate synthase"[tiab] OR 5-fluorouracil[tiab]','effect',None,None,'harm',None),
("C545","Hepatitis C genotype 4 raises inflammatory cytokines in liver disease","hepatitis C genotype 4 raises inflammatory cytokines in the liver",
 ("HCV genotype 4 infection",['HCV genotype 4','HCV-genotype-4','hepatitis C virus genotype 4','chronic HCV infection']),
 ("inflammatory cytokines in liver disease",['pro-inflammatory cytokines','proinflammatory cytokines','inflammatory cytokines','TNF-alpha','interleukin-6']),
 'HCV[tiab] AND (cytokine*[tiab] OR genotype*[tiab])','effect',None,None,'harm',None),
("C546","High school grades raise the risk of eating disorders","high school grades raise the risk of eating disorders",
 ("high school achievement",['school achievement','high school grades','academic achievement','school performance','high grades']),
 ("eating disorders",['eating disorders','eating disorder','anorexia nervosa','bulimia nervosa']),
 '"eating disorders"[tiab] OR anorexia[tiab]','effect',None,None,'harm',None),
("C547","A stress fracture can cause an osteonecrosis-like lesion of the knee","a stress fracture can cause an osteonecrosis-like lesion of the knee",
 ("stress fracture",['stress fracture','stress fractures','subchondral insufficiency fracture','insufficiency fracture','subchondral fracture']),
 ("osteonecrosis-like lesion of the knee",['osteonecrosis of the knee','osteonecrosis-like syndrome','spontaneous osteonecrosis','osteonecrosis','bone marrow edema']),
 'osteonecrosis[tiab] AND (knee[tiab] OR tibial[tiab])','effect',None,None,'harm',None),
("C548","Trypsinogen gene mutations cause hereditary pancreatitis","trypsinogen gene mutations cause hereditary pancreatitis",
 ("trypsinogen gene mutations",['trypsinogen gene mutation','trypsinogen gene mutations','cationic trypsinogen mutation','PRSS1 mutation','R117H mutation']),
 ("hereditary pancreatitis",['hereditary pancreatitis','familial pancreatitis','chronic pancreatitis']),
 '"hereditary pancreatitis"[tiab] OR trypsinogen[tiab]','effect',None,None,'harm',None),
("C549","Disseminated tumour cells shorten survival in pancreatic cancer","tumour cells disseminated in the blood or marrow shorten survival in pancreatic cancer",
 ("disseminated tumour cells",['disseminated tumor cells','disseminated tumour cells','tumor cell dissemination','micrometastases','circulating tumor cells']),
 ("survival in pancreatic cancer",['survival','overall survival','prognosis','prognostic factor','relapse-free survival']),
 '"disseminated tumor cells"[tiab] OR "disseminated tumour cells"[tiab] OR micrometastas*[tiab]','effect',None,None,'harm',None),
("C550","Fatty infiltration of the neck muscles worsens the outcome of cervical spine surgery","fatty infiltration of the neck muscles worsens the outcome of cervical spine surgery",
 ("fatty infiltration of cervical paraspinal muscles",['fatty infiltration','fat infiltration','paraspinal muscle fatty infiltration','muscle fat infiltration']),
 ("worse outcome of cervical spine surgery",['postoperative outcomes','surgical outcome','hybrid surgery','neck disability index','clinical outcomes']),
 '"fatty infiltration"[tiab]','effect',None,None,'harm',None),
("C551","Obstructive jaundice raises CA19-9 whatever its cause","obstructive jaundice raises CA19-9 whatever its cause",
 ("obstructive jaundice",['obstructive jaundice','biliary obstruction','cholestasis','benign biliary obstruction']),
 ("raised CA19-9",['CA19-9','CA 19-9','serum CA19-9','elevated CA19-9']),
 '"CA19-9"[tiab] OR "CA 19-9"[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
