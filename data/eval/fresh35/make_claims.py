# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 29 (2026-12-03) while the session's rules were being measured, from titles of workshop-corpus
# records that no earlier set's or the catalog's query returns (and topics beside them), before any project output or
# review for these claims existed. C396, C401, C404 and C399 are harm claims; C397, C399, C402 and C405 are laboratory
# claims; C398 is a field/laboratory claim about mosquitoes.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C396","Cardiac resynchronisation therapy can cause ventricular arrhythmias","cardiac resynchronisation therapy can cause ventricular arrhythmias",
 ("cardiac resynchronisation therapy",['cardiac resynchronisation therapy','cardiac resynchronization therapy','CRT','biventricular pacing','CRT-D','left ventricular pacing']),
 ("ventricular arrhythmias",['ventricular arrhythmias','ventricular arrhythmia','ventricular tachycardia','arrhythmic storm','electrical storm','premature ventricular contractions']),
 'resynchronisation[tiab] OR resynchronization[tiab] OR "lead placement"[tiab]','effect',None,None,'harm',None),
("C397","Carbon monoxide blocks connexin hemichannels","carbon monoxide blocks connexin hemichannels",
 ("carbon monoxide",['carbon monoxide','CO','CO-releasing molecules','CORM-2','CORM-A1']),
 ("connexin hemichannels",['connexin hemichannels','hemichannels','connexin 43','Cx43','Cx46','hemichannel currents']),
 '"carbon monoxide"[tiab]','effect',None,None,'benefit',None),
("C398","Fish cues slow the development of mosquito larvae","fish cues slow the development of mosquito larvae",
 ("fish cues",['fish cues','fish kairomones','predator cues','fish-conditioned water','fish presence']),
 ("mosquito larvae development",['mosquito larvae','larval development','larvae development','Culex','Aedes','mosquitoes']),
 'mosquito*[tiab] AND larva*[tiab]','effect',None,None,'benefit',None),
("C399","Acrylamide exposure can cause nerve damage","acrylamide exposure can cause nerve damage",
 ("acrylamide exposure",['acrylamide exposure','acrylamide','ACR']),
 ("nerve damage",['nerve damage','neurotoxicity','neuropathy','synapsin I phosphorylation','synaptic dysfunction','axonal degeneration']),
 'acrylamide[tiab]','effect',None,None,'harm',None),
("C400","Handwashing with soap prevents diarrhoeal disease in refugee camps","handwashing with soap prevents diarrhoeal disease",
 ("handwashing with soap",['handwashing with soap','handwashing','hand washing','soap','hand hygiene']),
 ("diarrhoeal disease",['diarrhoeal disease','diarrheal disease','diarrhoea','diarrhea','hepatitis E','infection']),
 'handwashing[tiab] OR "hand washing"[tiab] OR soap[tiab]','effect',None,None,'benefit',None),
("C401","Chromium plating work can cause cancer","chromium plating work can cause cancer",
 ("chromium plating work",['chromium plating','chromium thin-layer plating','hexavalent chromium','chromium exposure','chromium']),
 ("cancer",['cancer','cancer mortality','lung cancer','malignant neoplasms','tumours','tumors']),
 'chromium[tiab]','effect',None,None,'harm',None),
("C402","Blocking Axl slows prostate cancer growth","blocking Axl slows prostate cancer growth",
 ("Axl blockade",['Axl knockdown','Axl inhibition','Axl siRNA','Axl shRNA','Axl inhibitor','silencing Axl']),
 ("prostate cancer growth",['prostate cancer','prostate cancer cells','tumor growth','tumour growth','proliferation']),
 'Axl[tiab]','effect',None,None,'benefit',None),
("C403","A large condyle resurfacing prosthesis gives lasting results for knee cartilage lesions","a large condyle resurfacing prosthesis gives lasting results for cartilage lesions",
 ("large condyle resurfacing prosthesis",['condyle resurfacing prosthesis','UniCAP','HemiCAP','focal resurfacing prosthesis','metallic inlay resurfacing','inlay resurfacing prosthesis','resurfacing prosthesis']),
 ("knee cartilage lesions",['full-thickness cartilage lesions','cartilage lesions','cartilage defects','femoral cartilage lesions','early osteoarthritis','early OA']),
 'UniCAP[tiab] OR "focal resurfacing"[tiab] OR HemiCAP[tiab]','effect',None,None,'benefit',None),
("C404","Herbal and dietary supplements can cause liver injury","herbal and dietary supplements can cause liver injury",
 ("herbal and dietary supplements",['herbal and dietary supplements','herbal medicines','herbal medicine','dietary supplements','traditional Chinese medicine','herbs']),
 ("liver injury",['drug-induced liver injury','liver injury','DILI','hepatotoxicity','acute liver failure','hepatitis']),
 '"drug-induced liver injury"[tiab] OR hepatotoxicity[tiab]','effect',None,None,'harm',None),
("C405","Magnetic nanoparticles guide the delivery of corneal endothelial cells","magnetic nanoparticles guide the delivery of corneal endothelial cells",
 ("magnetic nanoparticles",['magnetic nanoparticles','superparamagnetic iron oxide nanoparticles','SPIONs','nanoparticle-loaded cells','magnetic field-guided delivery']),
 ("delivery of corneal endothelial cells",['corneal endothelial cells','corneal endothelium','cell delivery','cell engraftment','endothelial cell density']),
 '"magnetic nanoparticles"[tiab]','effect',None,None,'benefit',None),
("C406","Antifungal therapy cures spinal blastomycosis","antifungal therapy cures the infection",
 ("antifungal therapy",['antifungal therapy','antifungal treatment','amphotericin B','itraconazole','ketoconazole','fluconazole']),
 ("spinal blastomycosis",['spinal blastomycosis','blastomycosis','Blastomyces dermatitidis','vertebral osteomyelitis','paravertebral abscess']),
 'blastomycosis[tiab]','effect',None,None,'benefit',None),
("C407","Cyclooxygenase-2 inhibitors prevent liver and pancreatic cancer","cyclooxygenase-2 inhibitors prevent liver and pancreatic cancer",
 ("cyclooxygenase-2 inhibitors",['cyclooxygenase-2 inhibitors','COX-2 inhibitors','selective COX-2 inhibitors','celecoxib','NS-398','coxibs']),
 ("liver and pancreatic cancer",['hepatocellular carcinoma','hepatic carcinoma','liver cancer','pancreatic cancer','pancreatic adenocarcinoma','carcinogenesis']),
 '"cyclooxygenase-2"[tiab] OR COX-2[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
