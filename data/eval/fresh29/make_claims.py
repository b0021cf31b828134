# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 25 (2026-12-03) at the session's start (code of 9a43ffe), from titles of workshop-corpus records
# that no earlier query returns, before any project output or review for these claims existed. C329 is about sheep;
# C335 is a harm claim.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C326","Collagen-covered autologous chondrocyte implantation repairs knee cartilage defects","collagen-covered autologous chondrocyte implantation repairs knee cartilage defects",
 ("collagen-covered autologous chondrocyte implantation",['collagen-covered autologous chondrocyte implantation','collagen-covered ACI','CACI','autologous chondrocyte implantation with a collagen membrane','collagen membrane-covered ACI']),
 ("knee cartilage defects",['knee cartilage defects','chondral defects of the knee','cartilage defects','chondral defects','osteochondral defects','cartilage lesions']),
 '"collagen-covered"[tiab] OR CACI[tiab]','effect',None,None,'benefit',None),
("C327","Scaffold-enhanced microfracture improves the repair of knee cartilage defects","scaffold-enhanced microfracture improves the repair of knee cartilage defects",
 ("scaffold-enhanced microfracture",['scaffold-enhanced microfracture','enhanced microfracture','augmented microfracture','microfracture augmentation','autologous matrix-induced chondrogenesis','AMIC']),
 ("knee cartilage defects",['knee cartilage defects','chondral defects of the knee','cartilage defects','chondral defects','osteochondral defects','focal cartilage defects']),
 '"enhanced microfracture"[tiab] OR "augmented microfracture"[tiab] OR "microfracture augmentation"[tiab]','effect',None,None,'benefit',None),
("C328","Transplanting the posterior femoral condyle repairs large osteochondral defects","transplanting the posterior femoral condyle repairs large osteochondral defects of the femoral condyle",
 ("posterior femoral condyle transplantation",['posterior femoral condyle transplantation','transplantation of the posterior femoral condyle','Mega-OATS','MEGA-OATS','press-fit transplantation of the posterior femoral condyle']),
 ("large osteochondral defects of the femoral condyle",['large osteochondral defects','osteochondral defects of the femoral condyle','osteochondral lesions of the femoral condyles','large osteochondral lesions','osteonecrosis of the femoral condyle']),
 '"MEGA-OATS"[tiab] OR "posterior femoral condyle"[tiab]','effect',None,None,'benefit',None),
("C329","Growth factor delivery improves cartilage repair in sheep","growth factor delivery improves cartilage repair in sheep",
 ("growth factor delivery",['growth factor delivery','growth factors','rhFGF-18','FGF-18','autologous growth factors','growth factor-based matrix']),
 ("cartilage repair",['cartilage repair','cartilage regeneration','chondral defects','full-thickness defects','cartilage defects','osteochondral defects']),
 'sheep[tiab] AND cartilage[tiab] AND ("growth factor*"[tiab] OR FGF*[tiab] OR rhFGF*[tiab])','effect',None,None,'benefit',['sheep']),
("C330","Pulsed electromagnetic fields promote cartilage repair","pulsed electromagnetic fields promote cartilage repair",
 ("pulsed electromagnetic fields",['pulsed electromagnetic fields','pulsed electromagnetic field','PEMF','PEMFs','biophysical stimulation']),
 ("cartilage repair",['cartilage repair','cartilage defects','osteochondral defects','focal articular cartilage defects','cartilage regeneration']),
 '"pulsed electromagnetic"[tiab] OR PEMF[tiab]','effect',None,None,'benefit',None),
("C331","RNA interference suppresses hepatitis B virus replication","rna interference suppresses hepatitis b virus replication",
 ("RNA interference",['RNA interference','RNAi','siRNA','shRNA','short hairpin RNA','RNAi-activating lentiviruses']),
 ("hepatitis B virus replication",['hepatitis B virus replication','hepatitis B virus','HBV replication','chronic hepatitis B','HBV']),
 '"hepatitis B"[tiab] AND (RNAi[tiab] OR siRNA[tiab] OR shRNA[tiab] OR "RNA interference"[tiab])','effect',None,None,'benefit',None),
("C332","Hyperbaric oxygen treats air embolism after lung needle biopsy","hyperbaric oxygen treats air embolism after lung needle biopsy",
 ("hyperbaric oxygen",['hyperbaric oxygen','hyperbaric oxygen therapy','hyperbaric oxygenation','HBO','recompression']),
 ("air embolism after lung needle biopsy",['air embolism','cerebral air embolism','systemic air embolism','arterial air embolism','gas embolism']),
 '("air embolism"[tiab] OR "gas embolism"[tiab]) AND (biopsy[ti] OR puncture[ti]) AND hyperbaric[tiab]','effect',None,None,'benefit',None),
("C333","Mechanical circulatory support bridges patients with heart failure to transplantation","mechanical circulatory support bridges patients with heart failure to transplantation",
 ("mechanical circulatory support",['mechanical circulatory support','ventricular assist device','ventricular assist devices','VAD','LVAD','pulsatile-flow mechanical circulatory support']),
 ("bridge to heart transplantation",['bridge to transplantation','bridge to transplant','heart transplantation','end-stage heart failure','heart failure']),
 '"ventricular assist"[tiab] OR "mechanical circulatory support"[tiab] OR "bridge to transplant*"[tiab]','effect',None,None,'benefit',None),
("C334","Antisense oligonucleotides inhibit tumour growth","antisense oligonucleotides inhibit tumour growth",
 ("antisense oligonucleotides",['antisense oligonucleotides','antisense oligonucleotide','antisense','antisense therapy','ASO']),
 ("tumour growth",['tumour growth','tumor growth','cancer growth','pancreatic cancer','tumor']),
 'antisense[tiab] AND (cancer[tiab] OR tumor*[tiab] OR carcinoma*[tiab])','effect',None,None,'benefit',None),
("C335","Asbestos exposure raises cancer mortality","asbestos exposure raises cancer mortality",
 ("asbestos exposure",['asbestos exposure','asbestos','exposure to asbestos','asbestos-exposed']),
 ("cancer mortality",['cancer mortality','lung cancer','mesothelioma','mortality','standardized mortality ratio']),
 'asbestos[tiab] OR mesothelioma[tiab]','effect',None,None,'harm',None),
("C336","A capsular tension ring prevents zonular damage during cataract surgery","a capsular tension ring prevents zonular damage during cataract surgery",
 ("capsular tension ring",['capsular tension ring','capsular tension rings','CTR','suture-guided capsular tension ring insertion']),
 ("zonular damage during cataract surgery",['zonular damage','zonular dialysis','zonular weakness','iatrogenic zonular damage','zonulopathy']),
 '(capsular[tiab] AND ring*[tiab]) OR zonular[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
