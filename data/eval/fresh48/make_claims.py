# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 32 (2026-12-04) after fresh47 was scored (c20adf3) and the harm-title reading landed (fea6547), from
# titles of workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before
# any project output or review for these claims existed. C556-C563 are harm claims; C554, C555, C558 and C561
# laboratory claims. Synonyms name the claim's own therapy and condition, none broader (bare words such as
# 'instrumentation', 'infection', 'nephroblastoma' or 'trastuzumab' were struck before the packet was sent).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C552","Chondrocytes implanted in a fibrin matrix repair knee cartilage lesions","chondrocytes implanted in a fibrin matrix repair cartilage lesions of the knee",
 ("fibrin-matrix autologous chondrocyte implantation",['fibrin-matrix autologous chondrocyte implantation','fibrin matrix autologous chondrocyte implantation','fibrin-based autologous chondrocyte implantation','fibrin ACI','chondrocytes in fibrin']),
 ("knee cartilage lesions",['chondral lesions','cartilage lesions','cartilage defects','chondral defects','cartilage repair']),
 'fibrin*[ti] AND (chondrocyte*[ti] OR cartilage[ti] OR chondral[ti])','effect',None,None,'benefit',None),
("C553","A biosimilar trastuzumab is safe in metastatic breast cancer","a biosimilar trastuzumab is safe in metastatic breast cancer",
 ("biosimilar trastuzumab",['biosimilar trastuzumab','trastuzumab biosimilar']),
 ("safety in metastatic breast cancer",['safety','tolerability','dose-limiting toxicity','adverse events']),
 'trastuzumab[tiab]','effect',None,None,'benefit',None),
("C554","Nuphar alkaloids kill cancer cells","nuphar alkaloids kill cancer cells",
 ("Nuphar alkaloids",['Nuphar alkaloids','dimeric Nuphar alkaloids','hydroxylated dimeric Nuphar alkaloids','thioalkaloids']),
 ("cancer cell death",['apoptosis','cytotoxicity','cell death','cytotoxic']),
 'Nuphar[tiab] OR "dimeric alkaloids"[tiab]','effect',None,None,'benefit',None),
("C555","An antibody fused to staphylococcal enterotoxin A turns immune cells against tumour cells","an antibody fused to staphylococcal enterotoxin A turns immune cells against tumour cells",
 ("SEA-scFv fusion antibody",['SEA-scFv','staphylococcal enterotoxin A','bifunctional antibody','scFv fusion protein']),
 ("immune killing of tumour cells",['cytotoxicity','T-cell activation','tumor cell lysis','tumour cell killing']),
 'scFv[tiab] OR "bifunctional antibody"[tiab]','effect',None,None,'benefit',None),
("C556","Spinal instrumentation for scoliosis can become infected years later","spinal instrumentation for scoliosis can become infected years later",
 ("spinal instrumentation for scoliosis",['spinal instrumentation','posterior spinal instrumentation','spinal fusion instrumentation']),
 ("late infection",['late infection','late infections','delayed infection','deep wound infection']),
 'scoliosis[tiab] AND infection*[tiab]','effect',None,None,'harm',None),
("C557","HER-2/neu amplification makes breast cancer more aggressive","HER-2/neu amplification makes breast cancer more aggressive",
 ("HER-2/neu amplification",['HER-2/neu amplification','HER2 amplification','HER-2 amplification','HER2 overexpression','HER2-positive']),
 ("aggressive breast cancer",['tumor grade','tumour grade','poor prognosis','lymph node metastasis','aggressive breast cancer','advanced stage']),
 '"HER-2"[tiab] OR HER2[tiab]','effect',None,None,'harm',None),
("C558","Inducible nitric oxide synthase rises as pancreatic cells transform","inducible nitric oxide synthase rises as pancreatic cells transform",
 ("pancreatic cell transformation",['fibroblast growth factor transformation','malignant transformation','transformed cells']),
 ("raised inducible nitric oxide synthase",['inducible nitric oxide synthase','iNOS','nitrotyrosine','nitric oxide synthase']),
 '"nitric oxide synthase"[tiab] OR nitrotyrosine[tiab]','effect',None,None,'harm',None),
("C559","Losing the DCC gene worsens the outlook of nephroblastoma","losing the DCC gene worsens the outlook of nephroblastoma",
 ("loss of the DCC gene",['DCC gene','loss of heterozygosity','DCC loss','DCC allelic loss','microsatellite instability']),
 ("poorer prognosis of nephroblastoma",['prognosis','poor prognosis','prognostic implications','anaplasia']),
 'DCC[tiab] OR nephroblastoma*[tiab]','effect',None,None,'harm',None),
("C560","Impulsivity and aggression make suicide attempts more serious","impulsivity and aggression make suicide attempts more serious",
 ("impulsivity and aggression",['impulsivity','hostility-aggressiveness','aggression','aggressiveness','impulsive']),
 ("more serious suicide attempts",['severity of intent','suicidal intent','suicide attempt','attempted suicide','lethality']),
 'impulsivity[tiab] OR suicid*[tiab]','effect',None,None,'harm',None),
("C561","The HIV-1 Tat protein disturbs the splicing of tau","the HIV-1 Tat protein disturbs the splicing of tau",
 ("HIV-1 Tat protein",['HIV-1 Tat','HIV-1-Tat','Tat protein','HIV Tat']),
 ("disturbed tau splicing",['tau exon 10','tau splicing','exon 10 inclusion','tau isoforms']),
 'Tat[tiab] AND tau[tiab]','effect',None,None,'harm',None),
("C562","Clusterin marks larger and more advanced pancreatic neuroendocrine tumours","clusterin marks larger and more advanced pancreatic neuroendocrine tumours",
 ("clusterin expression",['clusterin','cytoplasmic clusterin','clusterin expression']),
 ("larger, more advanced pancreatic neuroendocrine tumours",['tumor size','tumour size','pathological stage']),
 'clusterin[tiab]','effect',None,None,'harm',None),
("C563","Interleukin-6 drives degeneration of the intervertebral disc","interleukin-6 drives degeneration of the intervertebral disc",
 ("interleukin-6",['interleukin-6','IL-6','interleukin 6']),
 ("intervertebral disc degeneration",['intervertebral disc degeneration','disc degeneration','disc degenerative disease','discogenic pain']),
 '("IL-6"[tiab] OR "interleukin-6"[tiab]) AND disc[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
