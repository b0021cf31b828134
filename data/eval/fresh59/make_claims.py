# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 36 (2026-12-04) from titles of workshop-corpus records that no earlier set's or the catalog's
# query returns (a random draw, and topics beside them), before any project output or review for these claims existed.
# C672, C673 clinical treatment claims (case series and reports expected); C674 a human harm claim; C675 a quality of
# life claim; C676 a marker claim; C677 a growth (harm) claim; C678-C681 laboratory claims. Synonyms name the claim's
# own therapy and condition in every wording I could think of, no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

PSOAS = ['psoas abscess', 'psoas abscesses', 'iliopsoas abscess', 'ilio-psoas abscess', 'tuberculous psoas abscess',
         'pyogenic psoas abscess', 'psoas muscle abscess']
C=[
("C672","Percutaneous drainage treats psoas abscesses","percutaneous drainage treats psoas abscesses",
 ("percutaneous drainage",['percutaneous drainage','percutaneous catheter drainage','ultrasound-guided percutaneous drainage','CT-guided drainage','CT-guided percutaneous drainage','image-guided drainage','catheter drainage']),
 ("psoas abscess",PSOAS),
 'psoas[ti] AND (percutaneous[tiab] AND drainage[ti])','effect',None,None,'benefit',None),
("C673","Antibiotics alone can cure spinal epidural abscess","antibiotics alone can cure a spinal epidural abscess without surgery",
 ("antibiotics without surgery",['antibiotics alone','antibiotic therapy alone','antibiotic treatment alone','medical treatment','medical management','conservative treatment','conservative management','nonoperative management','non-operative management','nonsurgical treatment']),
 ("spinal epidural abscess",['spinal epidural abscess','epidural abscess','epidural abscesses','spinal epidural abscesses']),
 '"epidural abscess"[tiab] AND (conservative*[tiab] OR nonoperative[tiab] OR "medical treatment"[tiab] OR "antibiotics alone"[tiab] OR "antibiotic therapy alone"[tiab])','effect',None,None,'benefit',None),
("C674","Crohn's disease can cause psoas abscess","Crohn's disease can cause a psoas abscess",
 ("Crohn's disease",["Crohn's disease",'Crohn disease','Crohn’s disease','Crohn']),
 ("psoas abscess",PSOAS),
 'psoas[tiab] AND crohn*[tiab]','effect',None,None,'harm',None),
("C675","Orthodontic treatment improves oral health-related quality of life","orthodontic treatment improves oral health-related quality of life",
 ("orthodontic treatment",['orthodontic treatment','orthodontic care','orthodontic therapy','orthodontics']),
 ("oral health-related quality of life",['oral health-related quality of life','OHRQoL','OHRQOL','quality of life','OHIP-14']),
 '"quality of life"[tiab] AND orthodontic*[tiab]','effect',None,None,'benefit',None),
("C676","Serum CA-125 reflects the tumour's CA-125 expression in ovarian cancer","serum CA-125 reflects how much CA-125 an epithelial ovarian tumour expresses",
 ("serum CA-125",['serum CA-125','serum CA125','serum levels of CA-125','CA-125 levels','preoperative CA-125']),
 ("CA-125 expression in epithelial ovarian tumours",['tissue expression of CA-125','CA-125 expression','tissue CA-125','CA-125 immunostaining','CA-125 staining']),
 'CA-125[tiab] OR CA125[tiab] OR "CA 125"[tiab]','effect',None,None,'benefit',None),
("C677","Bilateral cleft lip and palate narrows the upper airway","bilateral cleft lip and palate narrows the upper airway as children grow",
 ("bilateral cleft lip and palate",['bilateral cleft lip and palate','BCLP','bilateral cleft lip','bilateral CLP']),
 ("narrow upper airway",['upper airway','upper-airway','airway dimensions','pharyngeal airway','airway volume','nasopharyngeal airway','oropharyngeal airway']),
 '"cleft lip"[tiab]','effect',None,None,'harm',None),
("C678","Hepatitis C virus core protein makes lipid accumulate in liver cells","the hepatitis C virus core protein makes lipid accumulate in liver cells by blocking its breakdown",
 ("hepatitis C virus core protein",['hepatitis C virus core protein','HCV core protein','HCV core','core protein']),
 ("lipid accumulation in liver cells",['lipid accumulation','lipid droplet accumulation','triglyceride accumulation','steatosis','hepatic steatosis','impaired lipid mobilization','reduced lipolysis']),
 'ATGL[tiab] OR lipolysis[tiab] OR "lipid droplet"[tiab] OR "lipid droplets"[tiab]','effect',None,None,'harm',None),
("C679","Noradrenaline drives heat production in cold-adapted animals","noradrenaline drives heat production in cold-adapted animals",
 ("noradrenaline",['noradrenaline','norepinephrine','NE','noradrenalin']),
 ("thermogenesis in cold adaptation",['thermogenesis','thermogenic action','heat production','nonshivering thermogenesis','non-shivering thermogenesis','oxygen consumption']),
 'thermogen*[tiab] OR "brown adipose"[tiab] OR (noradrenaline[tiab] AND cold[tiab])','effect',None,None,'benefit',None),
("C680","Ischaemia shuts down glycolysis in the heart","ischaemia shuts down glycolysis in the heart",
 ("ischaemia",['ischaemia','ischemia','ischemic','ischaemic','low-flow ischemia','reduced coronary flow','reduced coronary blood flow','global ischemia']),
 ("glycolysis in the heart",['glycolysis','glycolytic flux','glycolytic inhibition','inhibition of glycolysis','lactate production','glucose utilization']),
 'glycoly*[tiab] AND (heart*[tiab] OR ischemi*[tiab] OR ischaemi*[tiab])','effect',None,None,'harm',None),
("C681","3-Bromopyruvate kills glioblastoma cells","3-bromopyruvate kills glioblastoma cells",
 ("3-bromopyruvate",['3-bromopyruvate','3-BP','3-BrPA','bromopyruvate','3-bromopyruvic acid']),
 ("glioblastoma cells",['glioblastoma','glioblastoma cells','glioblastoma cell lines','glioma cells','glioblastoma multiforme']),
 'bromopyruvate[tiab] OR (glioblastoma[tiab] AND glycoly*[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
