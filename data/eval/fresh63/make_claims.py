# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 36 (2026-12-04) after fresh62 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C712-C714 test and prediction claims; C715, C716 human harm claims; C717-C721 laboratory claims. Synonyms name the
# claim's own therapy and condition (for a laboratory claim the outcome it asserts), no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C712","Whole-cell MALDI-TOF tells macrophage activation states apart","whole-cell MALDI-TOF mass spectrometry tells apart the ways macrophages are activated",
 ("whole-cell MALDI-TOF mass spectrometry",['MALDI-TOF','whole-cell MALDI-TOF','MALDI-TOF mass spectrometry','matrix-assisted laser desorption ionization time-of-flight','mass spectrometry fingerprints']),
 ("macrophage activation states",['macrophage activation','M1','M2','macrophage polarization','activated macrophages','modes of macrophage activation']),
 'MALDI-TOF[tiab] OR "macrophage activation"[tiab]','effect',None,None,'benefit',None),
("C713","Caspase recruitment domain markers diagnose HCV-related liver cancer","caspase recruitment domain markers diagnose liver cancer in patients with hepatitis C",
 ("caspase recruitment domain markers",['caspase recruitment domains','CARD','CARD9','CARD10','CARD11','caspase recruitment domain']),
 ("HCV-related hepatocellular carcinoma",['hepatocellular carcinoma','HCC','liver cancer','HCV-related HCC','HCV-associated hepatocellular carcinoma']),
 '"caspase recruitment"[tiab] OR (hepatocellular[tiab] AND HCV[tiab])','effect',None,None,'benefit',None),
("C714","A recalibrated SCORE chart predicts cardiovascular death in Russia","a recalibrated SCORE chart predicts cardiovascular death in the Russian population",
 ("recalibrated SCORE chart",['SCORE','SCORE risk chart','recalibrated SCORE','Systematic COronary Risk Evaluation','SCORE chart']),
 ("cardiovascular death",['cardiovascular mortality','cardiovascular death','CVD mortality','fatal cardiovascular disease','cardiovascular risk']),
 'SCORE[tiab] AND risk[tiab] AND cardiovascular[tiab]','effect',None,None,'benefit',None),
("C715","Fluid overload raises blood pressure in haemodialysis patients","fluid overload in haemodialysis patients raises their blood pressure",
 ("fluid overload",['fluid overload','volume overload','fluid volume expansion','overhydration','fluid expansion','hypervolemia','hypervolaemia']),
 ("blood pressure in haemodialysis patients",['blood pressure','hypertension','systolic blood pressure','diastolic blood pressure','BP']),
 'hemodialysis[tiab] AND (fluid[tiab] OR volume[tiab])','effect',None,None,'harm',None),
("C716","Klebsiella osteomyelitis fills the bone with gas","Klebsiella osteomyelitis fills the bone with gas",
 ("Klebsiella osteomyelitis",['Klebsiella pneumoniae','Klebsiella','Klebsiella osteomyelitis','osteomyelitis due to Klebsiella']),
 ("intraosseous gas",['intraosseous gas','intra-osseous gas','gas formation','gas in the bone','emphysematous osteomyelitis','intraosseous gas formation']),
 '"intraosseous gas"[tiab] OR "intra-osseous gas"[tiab] OR (Klebsiella[tiab] AND osteomyelitis[tiab])','effect',None,None,'harm',None),
("C717","O-GlcNAcylation of FOXO3 drives cancer cell growth","O-GlcNAcylation of FOXO3 drives cancer cell growth",
 ("O-GlcNAcylation of FOXO3",['O-GlcNAcylation','O-GlcNAc modification','FOXO3 O-GlcNAcylation','O-GlcNAcylated FOXO3','O-GlcNAc']),
 ("cancer cell growth",['cell growth','cell proliferation','tumor growth','tumour growth','aberrant cancer cell growth','anchorage-independent growth']),
 'O-GlcNAc*[tiab] OR FOXO3[tiab]','effect',None,None,'harm',None),
("C718","CD326-positive tumour cells can be recovered pure from ascites lavage","tumour cells carrying CD326 can be recovered pure from ascites lavage fluid",
 ("recovery of CD326-positive cells from lavage fluid",['CD326','CD326(+)','EpCAM','EpCAM-positive','recovery of CD326(+) tumor cells','magnetic cell separation']),
 ("purity of recovered tumour cells",['purity','highly purified','recovery','purified tumor cells','purified tumour cells','yield']),
 'CD326[tiab] OR EpCAM[tiab] OR (ascites[tiab] AND tumor[tiab])','effect',None,None,'benefit',None),
("C719","Hyperpolarized dihydroxyacetone shows liver gluconeogenesis in real time","hyperpolarized dihydroxyacetone shows liver gluconeogenesis as it happens",
 ("hyperpolarized dihydroxyacetone",['hyperpolarized dihydroxyacetone','hyperpolarized [2-13C]dihydroxyacetone','[2-13C]dihydroxyacetone','hyperpolarized DHAc','DHAc','hyperpolarized']),
 ("real-time detection of hepatic gluconeogenesis",['gluconeogenesis','gluconeogenic','hepatic gluconeogenesis','glycogenolysis','glycogenolytic','gluconeogenic state']),
 'hyperpolarized[tiab] OR gluconeogen*[tiab]','effect',None,None,'benefit',None),
("C720","VanX breaks open bacteria","the VanX enzyme breaks open bacteria",
 ("VanX",['VanX','VanX enzyme','D-Ala-D-Ala dipeptidase','VanX dipeptidase']),
 ("bacteriolysis",['bacteriolytic activity','bacteriolysis','lysis','cell lysis','cell wall hydrolysis','peptidoglycan hydrolysis']),
 'VanX[tiab] OR vancomycin[tiab]','effect',None,None,'benefit',None),
("C721","Multiplex surface plasmon resonance measures insulin-receptor binding kinetics","multiplex surface plasmon resonance measures how fast insulin binds its receptor",
 ("multiplex surface plasmon resonance",['surface plasmon resonance','SPR','multiplex SPR','multiplex surface plasmon resonance','ProteOn']),
 ("insulin receptor binding kinetics",['binding kinetics','association rate','dissociation rate','insulin receptor binding','kinetics','affinity','insulin-receptor interaction']),
 '"surface plasmon resonance"[tiab] OR "insulin receptor"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
