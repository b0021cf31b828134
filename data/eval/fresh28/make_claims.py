# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 24 (2026-12-03), after fresh27 was scored once (2858507) and its rules committed (7f5087f), from
# titles of workshop-corpus records that no earlier query returns, before any project output or review for these claims
# existed. C324 is about rats, C325 about mice; C321 and C322 are harm claims.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C315","Correcting hyperkalemia stops inappropriate defibrillator shocks","correcting hyperkalemia stops inappropriate defibrillator shocks",
 ("correcting hyperkalemia",['correcting hyperkalemia','correction of hyperkalemia','potassium correction','hemodialysis','treatment of hyperkalemia']),
 ("inappropriate defibrillator shocks",['inappropriate defibrillator shocks','inappropriate shocks','inappropriate ICD therapy','inappropriate implantable cardioverter defibrillator therapy','T-wave oversensing']),
 '("T-wave oversensing"[tiab] OR "inappropriate shock*"[tiab] OR "inappropriate implantable cardioverter"[tiab] OR "inappropriate ICD"[tiab])','effect',None,None,'benefit',None),
("C316","Limited drainage with antibiotics cures spinal subdural abscess","limited drainage with antibiotics cures spinal subdural abscess",
 ("limited drainage with antibiotics",['limited drainage with antibiotics','limited drainage','surgical drainage','drainage','antibiotics']),
 ("spinal subdural abscess",['spinal subdural abscess','subdural abscess','subdural empyema','spinal subdural empyema']),
 '("subdural abscess"[tiab] OR "subdural empyema"[tiab])','effect',None,None,'benefit',None),
("C317","Penicillin cures Erysipelothrix rhusiopathiae infections","penicillin cures erysipelothrix rhusiopathiae infections",
 ("penicillin",['penicillin','penicillin G','benzylpenicillin','ampicillin','beta-lactam antibiotics']),
 ("Erysipelothrix rhusiopathiae infections",['Erysipelothrix rhusiopathiae infection','Erysipelothrix rhusiopathiae','Erysipelothrix infection','erysipeloid']),
 'Erysipelothrix[tiab]','effect',None,None,'benefit',None),
("C318","Autologous osteochondral grafts integrate into cartilage defects","autologous osteochondral grafts integrate into cartilage defects",
 ("autologous osteochondral grafts",['autologous osteochondral grafts','autologous osteochondral graft','osteochondral autograft','osteochondral autografts','autologous osteochondral transplantation','mosaicplasty']),
 ("cartilage defects",['cartilage defects','cartilage defect','chondral defects','osteochondral defects','osteochondral defect','graft integration']),
 '("osteochondral graft*"[tiab] OR "osteochondral transplantation"[tiab]) AND (minipig*[tiab] OR pig*[tiab] OR sheep[tiab] OR goat*[tiab] OR rabbit*[tiab] OR horse*[tiab])','effect',None,None,'benefit',None),
("C319","Single-stage cell-based procedures repair cartilage defects","single-stage cell-based procedures repair cartilage defects",
 ("single-stage cell-based procedures",['single-stage cell-based procedure','single-stage cell-based cartilage repair','one-stage cell-based repair','single-stage procedure','one-step procedure','bone marrow-derived cell transplantation']),
 ("cartilage defects",['cartilage defects','cartilage defect','chondral defects','chondral lesions','osteochondral lesions','cartilage repair']),
 '("single-stage"[tiab] OR "one-stage"[tiab] OR "single stage"[tiab]) AND ("cell-based"[tiab] OR "cell therapy"[tiab] OR "bone marrow"[tiab])','effect',None,None,'benefit',None),
("C320","Tissue-engineered meniscus implants repair meniscal tears","tissue-engineered meniscus implants repair meniscal tears",
 ("tissue-engineered meniscus implants",['tissue-engineered meniscus','tissue engineered meniscus','tissue-engineered meniscal implant','meniscal scaffold','meniscus scaffold','engineered meniscus']),
 ("meniscal tears",['meniscal tears','meniscal tear','meniscus tear','meniscal defect','meniscal lesions','meniscus repair']),
 '(meniscus[tiab] OR meniscal[tiab]) AND ("tissue engineer*"[tiab] OR "tissue-engineer*"[tiab])','effect',None,None,'benefit',None),
("C321","Smartphone gaming overloads the neck in adolescents","smartphone gaming overloads the neck in adolescents",
 ("smartphone gaming",['smartphone gaming','smartphone game play','smartphone use','smartphone']),
 ("neck load in adolescents",['neck load','load at C7','head flexion angle','neck pain','cervical load','muscle activity']),
 'smartphone*[tiab] AND (neck[tiab] OR "head flexion"[tiab] OR cervical[tiab])','effect',None,None,'harm',None),
("C322","Low serum cholesterol raises the risk of infection after gastrointestinal surgery","low serum cholesterol raises the risk of infection after gastrointestinal surgery",
 ("low serum cholesterol",['low serum cholesterol','hypocholesterolemia','low cholesterol','serum total cholesterol','low total cholesterol']),
 ("infection after gastrointestinal surgery",['nosocomial infections','nosocomial infection','postoperative infection','infection after gastrointestinal surgery','surgical site infection']),
 'cholesterol[tiab] AND (infection*[tiab] OR sepsis[tiab])','effect',None,None,'harm',None),
("C323","Percutaneous drainage cures pyogenic liver abscess in children","percutaneous drainage cures pyogenic liver abscess in children",
 ("percutaneous drainage",['percutaneous drainage','percutaneous catheter drainage','needle aspiration','percutaneous aspiration','drainage']),
 ("pyogenic liver abscess in children",['pyogenic liver abscess','liver abscess','hepatic abscess','liver abscesses']),
 '"liver abscess*"[tiab]','effect',None,None,'benefit',None),
("C324","Blocking semaphorin 3A protects the retina in rats with oxygen-induced retinopathy","blocking semaphorin 3a protects the retina in rats with oxygen-induced retinopathy",
 ("semaphorin 3A blockade",['semaphorin 3A blockade','semaphorin 3A inhibition','blocking semaphorin 3A','Sema3A inhibitor','anti-Sema3A','semaphorin 3A']),
 ("oxygen-induced retinopathy",['oxygen-induced retinopathy','OIR','retinopathy of prematurity','retinal apoptosis','retinal neovascularization']),
 '("oxygen-induced retinopathy"[tiab] OR "retinopathy of prematurity"[tiab])','effect',None,None,'benefit',['rat']),
("C325","Perinatal gene delivery induces tolerance to factor IX in mice","perinatal gene delivery induces tolerance to factor ix in mice",
 ("perinatal gene delivery",['perinatal gene delivery','perinatal gene transfer','neonatal gene transfer','adenovirus vector delivery','perinatal adenovirus vector delivery','gene therapy']),
 ("tolerance to factor IX",['immune tolerance to factor IX','tolerance to factor IX','factor IX tolerance','immune tolerance','hemophilia B']),
 '("factor IX"[tiab] AND (tolerance[tiab] OR "gene transfer"[tiab] OR "gene therapy"[tiab]))','effect',None,None,'benefit',['mouse']),
]
write_claims(C)
