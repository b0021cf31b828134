# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 29 (2026-12-03) with session 28's final code (f163599), from titles of workshop-corpus records that
# no earlier set's or the catalog's query returns (and topics beside them), before any project output or review for
# these claims existed. C387, C388 and C390 are harm claims; C391, C392 and C395 are laboratory claims; C393 is a field
# study claim about mosquitoes; C389 is an add-on claim.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C384","Orthodontic treatment improves oral health-related quality of life","orthodontic treatment improves oral health-related quality of life",
 ("orthodontic treatment",['orthodontic treatment','orthodontic therapy','orthodontics','orthodontic care','fixed appliances']),
 ("oral health-related quality of life",['oral health-related quality of life','OHRQoL','quality of life','patient satisfaction']),
 'orthodontic*[tiab]','effect',None,None,'benefit',None),
("C385","Percutaneous drainage cures psoas abscesses","percutaneous drainage cures the abscess",
 ("percutaneous drainage",['percutaneous drainage','percutaneous catheter drainage','ultrasound-guided percutaneous drainage','CT-guided drainage','catheter drainage']),
 ("psoas abscess",['psoas abscess','psoas abscesses','iliopsoas abscess','ilio-psoas abscess','retroperitoneal abscess']),
 '"percutaneous drainage"[tiab] AND psoas[tiab]','effect',None,None,'benefit',None),
("C386","Trifocal intraocular lenses restore vision at every distance after cataract surgery","trifocal intraocular lenses restore vision at every distance",
 ("trifocal intraocular lenses",['trifocal intraocular lens','trifocal intraocular lenses','trifocal IOL','diffractive trifocal intraocular lens','trifocal lens']),
 ("vision after cataract surgery",['visual acuity','near visual acuity','intermediate visual acuity','distance visual acuity','spectacle independence','cataract']),
 'trifocal[tiab] OR diffractive[tiab]','effect',None,None,'benefit',None),
("C387","Cataract surgery can cause eye infections","cataract surgery can cause eye infections",
 ("cataract surgery",['cataract surgery','phacoemulsification','cataract extraction','astigmatic keratotomy']),
 ("eye infections",['eye infections','endophthalmitis','keratitis','infectious keratitis','ocular infection']),
 'cataract*[tiab] AND (endophthalmitis[tiab] OR keratitis[tiab] OR infection*[tiab])','effect',None,None,'harm',None),
("C388","Vitamin D deficiency can cause muscle weakness","vitamin D deficiency can cause muscle weakness",
 ("vitamin D deficiency",['vitamin D deficiency','vitamin D inadequacy','low vitamin D','low serum 25-hydroxyvitamin D','hypovitaminosis D']),
 ("muscle weakness",['muscle weakness','skeletal muscle index','physical performance','sarcopenia','muscle strength']),
 '"vitamin D"[tiab] OR "25-hydroxyvitamin D"[tiab]','effect',None,None,'harm',None),
("C389","Modafinil added to atypical antipsychotics reduces daytime drowsiness","modafinil reduces their daytime drowsiness",
 ("modafinil",['modafinil','modafinil add-on']),
 ("daytime drowsiness",['excessive daytime drowsiness','daytime drowsiness','daytime sleepiness','sedation','somnolence']),
 'modafinil[tiab] OR antipsychotic*[tiab]','effect',None,("atypical antipsychotics",['atypical antipsychotics','atypical anti-psychotics','antipsychotics','second-generation antipsychotics']),'benefit',None),
("C390","Intravesical BCG therapy can cause Mycobacterium bovis infections","intravesical BCG therapy can cause Mycobacterium bovis infections",
 ("intravesical BCG therapy",['intravesical BCG','intravesical bacillus Calmette-Guerin','BCG instillation','BCG immunotherapy','bacillus Calmette-Guerin']),
 ("Mycobacterium bovis infections",['Mycobacterium bovis infection','Mycobacterium bovis','M. bovis','BCG infection','spondylodiscitis','mycotic aneurysm']),
 'BCG[tiab] OR "Mycobacterium bovis"[tiab]','effect',None,None,'harm',None),
("C391","Frankincense oil kills cancer cells","frankincense oil kills cancer cells",
 ("frankincense oil",['frankincense oil','frankincense','Boswellia carteri','Boswellia','boswellic acids']),
 ("cancer cells",['cancer cells','tumor cells','tumour cells','bladder cancer cells','cytotoxicity']),
 'frankincense[tiab] OR boswellia[tiab]','effect',None,None,'benefit',None),
("C392","Silencing NANOG slows the spread of bladder cancer cells","silencing NANOG slows the spread of bladder cancer cells",
 ("NANOG silencing",['NANOG silencing','silencing NANOG','NANOG siRNA','NANOG knockdown','silencing expression of the NANOG gene']),
 ("spread of bladder cancer cells",['bladder cancer cells','urinary bladder cancer','migration','metastasis','invasion']),
 'NANOG[tiab]','effect',None,None,'benefit',None),
("C393","Attractive toxic sugar baits reduce malaria mosquito populations","attractive toxic sugar baits reduce malaria mosquito populations",
 ("attractive toxic sugar baits",['attractive toxic sugar bait','attractive toxic sugar baits','ATSB','toxic sugar bait','sugar bait']),
 ("malaria mosquito populations",['Anopheles','Anopheles sergentii','Anopheles gambiae','mosquito population','malaria vectors','mosquitoes']),
 '"sugar bait"[tiab] OR Anopheles[tiab]','effect',None,None,'benefit',None),
("C394","Endoscopic discectomy relieves sciatica from lumbar disc herniation","endoscopic discectomy relieves the pain",
 ("endoscopic discectomy",['endoscopic discectomy','percutaneous endoscopic lumbar discectomy','PELD','percutaneous endoscopic transforaminal discectomy','full-endoscopic discectomy','discectomy']),
 ("sciatica from lumbar disc herniation",['lumbar disc herniation','LDH','sciatica','radicular pain','low back pain','leg pain']),
 'discectomy[tiab] AND lumbar[tiab]','effect',None,None,'benefit',None),
("C395","Photodynamic therapy kills breast cancer cells","photodynamic therapy kills breast cancer cells",
 ("photodynamic therapy",['photodynamic therapy','PDT','photosensitizer','metallophthalocyanine','photodynamic treatment']),
 ("breast cancer cells",['breast cancer cells','MCF-7','MCF7','breast cancer','cell death','apoptosis']),
 'photodynamic[tiab] OR phthalocyanine*[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
