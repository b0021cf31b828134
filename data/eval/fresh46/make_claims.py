# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 32 (2026-12-04) after fresh45 was scored (071f4c5), from titles of workshop-corpus records that no
# earlier set's or the catalog's query returns (and topics beside them), before any project output or review for these
# claims existed. C533-C539 are harm claims; C529 and C530 laboratory or preclinical claims. Synonyms name the claim's
# own therapy and condition, none broader.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C528","Cartilage from the iliac crest repairs knee cartilage defects","cartilage taken from the iliac crest repairs cartilage defects of the knee",
 ("autologous iliac crest cartilage",['iliac crest cartilage','autologous iliac crest cartilage','iliac crest apophysis','iliac crest graft','costal cartilage']),
 ("knee cartilage defects",['cartilage defects','cartilage defect','chondral defects','osteochondral defects','articular cartilage defects']),
 '"iliac crest"[tiab] AND cartilage[tiab]','effect',None,None,'benefit',None),
("C529","Steroids keep stored corneas from breaking down","steroids keep stored corneas from breaking down",
 ("steroids",['steroid','steroids','corticosteroid','hydrocortisone','dexamethasone','methylprednisolone']),
 ("autolysis of stored corneas",['autolysis','stored cornea','stored corneas','corneal storage','corneal preservation']),
 'cornea*[tiab] AND (stor*[tiab] OR preserv*[tiab])','effect',None,None,'benefit',None),
("C530","Pentamidine holds back kidney cancer","pentamidine holds back kidney cancer",
 ("pentamidine",['pentamidine']),
 ("renal cell cancer",['renal cell cancer','renal cell carcinoma','RCC','kidney cancer']),
 'pentamidine[tiab] OR "renal cell"[tiab]','effect',None,None,'benefit',None),
("C531","Surgery retrieves guidewire fragments left in the coronary arteries","surgery retrieves guidewire fragments left in the coronary arteries after angioplasty",
 ("surgical removal",['surgical removal','surgical retrieval','surgically removed','surgical extraction','open surgery','surgery']),
 ("entrapped guidewire fragments",['entrapped guidewire','guidewire fragment','retained guidewire','guidewire entrapment','fractured guidewire']),
 'guidewire[tiab]','effect',None,None,'benefit',None),
("C532","Intravenous AAV9 delivers genes throughout the body of fetuses and newborns","gene therapy vectors given into the vein reach the whole body of unborn and newborn animals",
 ("intravenous AAV9",['AAV9','adeno-associated virus serotype 9','adeno-associated virus','AAV vector','AAV vectors']),
 ("systemic gene delivery in fetuses and newborns",['systemic gene delivery','gene transfer','transduction','fetal','neonatal']),
 'AAV9[tiab] OR "adeno-associated virus"[tiab]','effect',None,None,'benefit',None),
("C533","A biphasic P wave in the inferior leads foretells atrial fibrillation","a biphasic P wave in the inferior leads foretells atrial fibrillation",
 ("biphasic P wave",['biphasic P wave','biphasic P waves','advanced interatrial block','interatrial block','P wave morphology']),
 ("atrial fibrillation",['atrial fibrillation','AF','new-onset atrial fibrillation']),
 '"atrial fibrillation"[tiab]','effect',None,None,'harm',None),
("C534","Streptococcal infection in children brings on neuropsychiatric disorders","streptococcal throat infection in children brings on neuropsychiatric disorders",
 ("group A streptococcal infection",['group A streptococcal infection','group A beta-hemolytic streptococcal infection','streptococcal infection','GABHS','streptococcal pharyngitis']),
 ("neuropsychiatric disorders",['neuropsychiatric disorders','neuropsychiatric disorder','PANDAS','obsessive-compulsive disorder','tic disorders','tics']),
 'streptococc*[tiab] AND (neuropsychiatric[tiab] OR PANDAS[tiab] OR "obsessive-compulsive"[tiab])','effect',None,None,'harm',None),
("C535","Helicobacter pylori infection shortens survival in stomach cancer","helicobacter pylori infection shortens survival in stomach cancer",
 ("Helicobacter pylori infection",['Helicobacter pylori','H. pylori','H pylori','Helicobacter pylori infection']),
 ("survival in gastric cancer",['survival','overall survival','prognosis','gastric carcinoma','gastric cancer']),
 '"Helicobacter pylori"[tiab] AND gastric[tiab]','effect',None,None,'harm',None),
("C536","Regulatory T cells in mouth cancer go with a higher tumour grade","regulatory T cells in mouth cancer go with a higher tumour grade",
 ("tumour-infiltrating regulatory T cells",['regulatory T cells','Tregs','Treg','FoxP3+ cells','CD25+ FoxP3+']),
 ("higher grade of oral squamous cell carcinoma",['tumour grade','tumor grade','histological grade','oral squamous cell carcinoma','OSCC']),
 'FoxP3[tiab] OR Treg*[tiab] OR "regulatory T cells"[tiab]','effect',None,None,'harm',None),
("C537","The NOD2 3020insC variant worsens the outcome of colorectal cancer treatment","the NOD2 3020insC variant worsens the outcome of colorectal cancer treatment",
 ("NOD2 3020insC variant",['3020insC','NOD2 3020insC','CARD15 3020insC','NOD2 polymorphism','NOD2 variant']),
 ("colorectal cancer treatment outcome",['colorectal cancer','colorectal carcinoma','treatment outcome','survival','recurrence']),
 'NOD2[tiab] OR CARD15[tiab]','effect',None,None,'harm',None),
("C538","Bone cement monomer in the blood lowers blood pressure","bone cement monomer in the blood lowers blood pressure",
 ("methylmethacrylate monomer",['monomethylmethacrylate','methylmethacrylate monomer','methyl methacrylate','methylmethacrylate','bone cement','MMA']),
 ("low blood pressure",['hypotension','blood pressure','arterial pressure','circulation','cardiovascular effects']),
 'methylmethacrylate[tiab] OR methacrylate[tiab] OR "bone cement"[tiab]','effect',None,None,'harm',None),
("C539","Environmental exposures in pregnancy cause hypoplastic left heart syndrome","environmental exposures in pregnancy cause hypoplastic left heart syndrome",
 ("environmental exposures in pregnancy",['environmental factors','environmental exposures','maternal exposure','exposure during pregnancy','prenatal exposure']),
 ("hypoplastic left heart syndrome",['hypoplastic left heart syndrome','HLHS','hypoplastic left heart']),
 '"hypoplastic left heart"[tiab] OR "congenital heart disease"[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
