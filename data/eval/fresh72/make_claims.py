# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh70 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C802-C806 human harm and treatment claims; C807-C811 laboratory, device and mechanism claims. Synonyms name the
# claim's own therapy (or exposure) and condition (for a laboratory claim the outcome it asserts), no parent condition,
# none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C802","Bacteroides fragilis bacteraemia seeds distant muscle abscesses","Bacteroides fragilis in the bloodstream can seed abscesses in distant muscles",
 ("Bacteroides fragilis bacteraemia",['Bacteroides fragilis','B. fragilis','Bacteroides bacteraemia','Bacteroides bacteremia','anaerobic bacteraemia']),
 ("muscle abscess",['muscle abscess','intramuscular abscess','pyomyositis','trapezius abscess','soft tissue abscess','metastatic abscess']),
 '"Bacteroides fragilis"[tiab] OR (bacteraemia[tiab] AND abscess[tiab])','effect',None,None,'harm',None),
("C803","Psoas abscess in infants comes with septic arthritis of the hip","In infants a psoas abscess comes with septic arthritis of the hip",
 ("psoas abscess in infants",['psoas abscess','iliopsoas abscess','psoas abscesses','psoas muscle abscess']),
 ("septic arthritis of the hip",['septic arthritis of the hip','septic hip','hip joint infection','septic coxitis','pyogenic arthritis of the hip','septic arthritis']),
 '"psoas abscess"[tiab] AND ("septic arthritis"[tiab] OR infant*[tiab])','effect',None,None,'harm',None),
("C804","Neonatal cervical osteomyelitis causes Erb's palsy","Osteomyelitis of the cervical spine in a newborn can cause Erb's palsy",
 ("neonatal cervical osteomyelitis",['cervical osteomyelitis','vertebral osteomyelitis','neonatal osteomyelitis','osteomyelitis of the cervical spine','cervical spine osteomyelitis']),
 ("Erb's palsy",["Erb's palsy","Erb palsy",'brachial plexus palsy','upper brachial plexus palsy','pseudoparalysis','arm paralysis']),
 '(osteomyelitis[tiab] AND neonat*[tiab]) OR "Erb\'s palsy"[tiab]','effect',None,None,'harm',None),
("C805","Antibiotics alone cure most pyogenic vertebral osteomyelitis","Antibiotics alone cure most pyogenic vertebral osteomyelitis",
 ("antibiotics alone",['antibiotic therapy','antibiotics','antimicrobial therapy','conservative treatment','medical treatment','intravenous antibiotics']),
 ("pyogenic vertebral osteomyelitis",['vertebral osteomyelitis','pyogenic spondylodiscitis','spondylodiscitis','discitis','pyogenic spondylitis','spinal infection']),
 '"vertebral osteomyelitis"[tiab] AND antibiotic*[tiab]','effect',None,None,'benefit',None),
("C806","Nanoparticles deliver genes to the eye","Nanoparticles deliver genes to the eye",
 ("nanoparticle gene delivery",['nanoparticles','nanoparticle','non-viral vectors','lipid nanoparticles','polymeric nanoparticles','gene carriers']),
 ("gene delivery to the eye",['ocular gene delivery','gene delivery','retina','cornea','ophthalmic','transfection']),
 'nanoparticle*[tiab] AND (gene[tiab] OR ocular[tiab] OR ophthalmic[tiab])','effect',None,None,'benefit',None),
("C807","Chorionic villus mesenchymal stromal cells look like fibroblasts","mesenchymal stromal cells from chorionic villi look like fibroblasts",
 ("chorionic villus mesenchymal stromal cells",['chorionic villi','chorionic villus','mesenchymal stromal cells','MSCs','placental MSCs','chorionic MSCs']),
 ("fibroblast-like morphology",['fibroblast-like','spindle-shaped','morphology','morphological features','ultrastructure','cell shape']),
 '"chorionic villi"[tiab] OR "chorionic villus"[tiab]','effect',None,None,'benefit',None),
("C808","Sealing the cranial window keeps two-photon imaging of neural electrodes possible","sealing the cranial window keeps two-photon imaging of implanted neural electrodes possible for weeks",
 ("cranial window sealing",['sealing','sealing methods','sealant','silicone elastomer','cranial window','Kwik-Sil']),
 ("long-term two-photon imaging of implanted electrodes",['two-photon imaging','chronic imaging','imaging quality','optical clarity','chronically implanted electrodes','long-term imaging']),
 '"two-photon"[tiab] OR "neural electrode"[tiab] OR "neural electrodes"[tiab]','effect',None,None,'benefit',None),
("C809","A screen finds genes Dictyostelium needs for electrotaxis","a large screen finds genes that Dictyostelium needs for electrotaxis",
 ("large-scale genetic screen",['screen','genetic screen','large-scale screen','mutant screen','REMI mutants','insertional mutagenesis']),
 ("genes needed for electrotaxis in Dictyostelium",['electrotaxis','galvanotaxis','directional migration','electric field','electrotactic','directional sensing']),
 'electrotaxis[tiab] OR galvanotaxis[tiab] OR Dictyostelium[tiab]','effect',None,None,'benefit',None),
("C810","Small RNA sequencing kits differ with low-input RNA","commercial small RNA sequencing kits differ in how they handle low-input RNA",
 ("commercial small RNA sequencing library kits",['library preparation kits','small RNA library','library preparation','small RNA-seq kits','commercial kits','kits']),
 ("performance with low-input RNA",['low input','low-input RNA','bias','miRNA detection','reproducibility','sensitivity']),
 '"small RNA"[tiab] AND (library[tiab] OR sequencing[tiab])','effect',None,None,'benefit',None),
("C811","Long non-coding RNAs drive hepatitis B-related liver cancer","long non-coding RNAs drive hepatitis B-related liver cancer",
 ("long non-coding RNAs",['long non-coding RNAs','lncRNAs','lncRNA','long noncoding RNAs','non-coding RNAs']),
 ("hepatitis B-related hepatocellular carcinoma",['HBV-related hepatocellular carcinoma','hepatocellular carcinoma','HCC','liver cancer','HBV-related HCC','hepatocarcinogenesis']),
 '"non-coding RNA*"[tiab] OR lncRNA*[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
