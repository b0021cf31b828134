# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh71 and fresh72 were scored, from titles of workshop-corpus records that no
# earlier set's or the catalog's query returns (a random draw), before any project output or review for these claims
# existed. C812-C820 human treatment, harm and course claims; C821 an animal genetics claim. Synonyms name the claim's
# own therapy (or exposure) and condition, no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C812","Spinal epidural abscess can be treated without surgery","A spinal epidural abscess can be treated without surgery",
 ("non-surgical treatment",['conservative treatment','nonoperative treatment','non-operative management','antibiotics alone','medical management','parasurgical']),
 ("spinal epidural abscess",['spinal epidural abscess','epidural abscess','spinal epidural abscesses','epidural empyema']),
 '"epidural abscess"[tiab] AND (conservative[tiab] OR nonoperative[tiab] OR "non-operative"[tiab] OR parasurgical[tiab])','effect',None,None,'benefit',None),
("C813","Diabetes predisposes to staphylococcal muscle abscesses","Diabetes leaves patients open to staphylococcal abscesses in their muscles",
 ("diabetes mellitus",['diabetes','diabetes mellitus','diabetic','type 2 diabetes','diabetic patients']),
 ("staphylococcal muscle abscess",['muscle abscess','psoas abscess','iliacus abscess','pyomyositis','staphylococcal abscess','intramuscular abscess']),
 '(abscess[tiab] OR abcess[tiab]) AND (diabetic[tiab] OR diabetes[tiab]) AND staphylococcal[tiab]','effect',None,None,'harm',None),
("C814","Liver cirrhosis predisposes to Escherichia coli spinal infection","Liver cirrhosis opens the spine to Escherichia coli infection",
 ("liver cirrhosis",['liver cirrhosis','cirrhosis','cirrhotic','chronic liver disease','hepatic cirrhosis']),
 ("Escherichia coli spinal infection",['vertebral osteomyelitis','discitis','spondylodiscitis','Escherichia coli','E. coli','retropharyngeal abscess']),
 '(cirrhosis[tiab] OR cirrhotic[tiab]) AND (discitis[tiab] OR spondylodiscitis[tiab] OR "Escherichia coli"[tiab])','effect',None,None,'harm',None),
("C815","Iliopsoas abscess carries a substantial mortality","An iliopsoas abscess still kills a share of the patients who have it",
 ("iliopsoas abscess",['iliopsoas abscess','psoas abscess','iliopsoas abscesses','psoas abscesses']),
 ("mortality",['mortality','death','died','fatal','in-hospital mortality','case fatality']),
 '"iliopsoas abscess"[tiab] AND (mortality[tiab] OR prognostic[tiab])','effect',None,None,'harm',None),
("C816","Newborns can develop iliopsoas abscess","Newborn babies can develop an iliopsoas abscess",
 ("the neonatal period",['neonate','neonates','neonatal','newborn','newborns','infant']),
 ("iliopsoas abscess",['iliopsoas abscess','psoas abscess','psoas abscesses','iliopsoas abscesses']),
 '(neonatal[tiab] OR neonate*[tiab]) AND (psoas[tiab] OR iliopsoas[tiab])','effect',None,None,'harm',None),
("C817","Primary psoas abscess is common in tropical countries","Primary abscess of the psoas is common in tropical countries",
 ("living in a tropical country",['tropical countries','tropical','tropics','developing countries','Africa','Asia']),
 ("primary psoas abscess",['primary psoas abscess','psoas abscess','primary abscess of the psoas','iliopsoas abscess','tropical pyomyositis']),
 '"psoas"[tiab] AND tropical[tiab]','effect',None,None,'harm',None),
("C818","Anomalous coronary arteries can present as rest angina","An anomalous coronary artery can present as angina at rest",
 ("coronary artery anomaly",['coronary artery anomaly','anomalous coronary artery','single coronary artery','dual left anterior descending artery','coronary anomaly','anomalous origin']),
 ("rest angina",['angina inversa','variant angina','Prinzmetal angina','rest angina','vasospastic angina','angina at rest']),
 '"angina inversa"[tiab] OR "variant angina"[tiab] OR "coronary artery anomaly"[tiab] OR "anomalous coronary"[tiab]','effect',None,None,'harm',None),
("C819","Incident reporting by an acute pain service catches analgesia harms","Incident reporting by an acute pain service catches the harms of pain treatment",
 ("incident reporting by an acute pain service",['incident reporting','incident reports','acute pain service','critical incident reporting','reporting system']),
 ("adverse events of pain treatment",['adverse events','critical incidents','respiratory depression','complications','medication errors','harms']),
 '"incident reporting"[tiab] OR "acute pain service"[tiab]','effect',None,None,'benefit',None),
("C820","Cortical surface area and volume mature along different paths","The surface area and the volume of the cortex mature along different paths in childhood",
 ("brain development in childhood",['brain development','normal brain development','childhood','adolescence','maturation','development']),
 ("different trajectories of cortical surface area and volume",['cortical surface area','cortical volume','cortical thickness','trajectories','developmental trajectories','cortical maturation']),
 '"cortical surface area"[tiab] OR "cortical volume"[tiab] OR "cortical thickness"[tiab]','effect',None,None,'benefit',None),
("C821","HGF gene variants change its expression in cattle","In cattle, variants of the HGF gene change how much of it is expressed",
 ("HGF gene variants",['HGF gene','HGF SNPs','single nucleotide polymorphisms','SNPs','alternative splicing','HGF variants']),
 ("HGF expression in cattle",['HGF expression','expression patterns','mRNA expression','expression level','gene expression','transcripts']),
 'HGF[tiab] AND (cattle[tiab] OR bovine[tiab] OR SNP*[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
