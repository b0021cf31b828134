# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 33 (2026-12-04) at 323bf18 (fresh49 scored and mended), from titles of workshop-corpus records that
# no earlier set's or the catalog's query returns (a random draw of them, and topics beside them), before any project
# output or review for these claims existed. C577 is an add-on claim (hyaluronan after microfracture); C578 a treatment
# claim in case reports; C579, C580, C583, C584, C587 laboratory or animal claims; C581, C582, C585, C586 harm claims.
# Synonyms name the claim's own therapy and condition, none broader (no bare disease name for an outcome claim).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C576","Microfracture heals osteochondral lesions of the talus","microfracture heals osteochondral lesions of the talus",
 ("microfracture",['microfracture','microfracturing','arthroscopic microfracture']),
 ("osteochondral lesions of the talus",['osteochondral lesions of the talus','osteochondral lesion of the talus','talar osteochondral lesions','osteochondral defects of the talus']),
 'talus[tiab] AND microfracture[tiab]','effect',None,None,'benefit',None),
("C577","Hyaluronan injected after microfracture improves the repair","hyaluronan injected after microfracture improves the outcome of the repair",
 ("hyaluronan injection",['hyaluronan','hyaluronic acid','sodium hyaluronate','intra-articular hyaluronan']),
 ("outcome of cartilage repair",['cartilage repair','clinical outcome','functional outcome','AOFAS score']),
 'hyaluronan[tiab] AND microfracture[tiab]','effect',None,("microfracture",['microfracture','microfracturing']),'benefit',None),
("C578","Antibiotics alone can cure a spinal epidural abscess","antibiotics alone, without surgery, can cure a spinal epidural abscess",
 ("antibiotics without surgery",['antibiotics alone','antibiotic therapy alone','conservative treatment','nonoperative treatment','medical treatment','medical management']),
 ("spinal epidural abscess",['spinal epidural abscess','epidural abscess','spinal epidural abscesses']),
 '"epidural abscess"[tiab] AND (conservative*[tiab] OR nonoperative[tiab] OR nonsurgical[tiab] OR "medical treatment"[tiab] OR "medical management"[tiab])','effect',None,None,'benefit',None),
("C579","An Akt3 variant lacking its serine 472 site holds back breast tumours","an Akt3 variant lacking its serine 472 site holds back breast tumours",
 ("Akt3 splice variant lacking serine 472",['Akt3 splice variant','Akt3 variant lacking the serine 472 phosphorylation site','Akt3 lacking serine 472','Akt3 splice variant lacking serine 472']),
 ("mammary tumorigenesis",['mammary tumorigenesis','mammary tumors','mammary tumours','breast tumour growth','breast tumor growth']),
 'Akt3[tiab]','effect',None,None,'benefit',None),
("C580","RSK2 holds back colon cancer's spread and growth","RSK2 holds back the spread and growth of colon cancer",
 ("RSK2",['RSK2','ribosomal S6 kinase 2','RSK2-mediated T-bet phosphorylation']),
 ("colon cancer metastasis and growth",['colon cancer metastasis','colon cancer growth','colorectal cancer metastasis']),
 'RSK2[tiab] OR "T-bet"[tiab]','effect',None,None,'benefit',None),
("C581","HIV infection raises high-risk cervical HPV in women","HIV infection raises the rate of high-risk cervical HPV in women",
 ("HIV infection",['HIV infection','HIV-infected','human immunodeficiency virus infection','HIV-positive']),
 ("cervical high-risk HPV infection",['high-risk HPV','high-risk human papillomavirus','cervical HPV infection','HPV prevalence']),
 'papillomavirus[tiab]','effect',None,None,'harm',None),
("C582","HIV infection predisposes to dermatophytosis","HIV infection predisposes to dermatophytosis",
 ("HIV infection",['HIV infection','HIV-infected','human immunodeficiency virus infection','HIV-positive']),
 ("dermatophytosis",['dermatophytosis','dermatophyte infection','tinea','onychomycosis']),
 'dermatophyt*[tiab] OR (HIV[tiab] AND skin[tiab])','effect',None,None,'harm',None),
("C583","Heme oxygenase-1 protects the kidney's glomeruli","heme oxygenase-1 protects the kidney's glomeruli",
 ("heme oxygenase-1",['heme oxygenase-1','HO-1','haem oxygenase-1','HO-1 expression']),
 ("glomerular injury",['glomerular injury','glomerular damage','glomerular protection']),
 '"heme oxygenase-1"[tiab] OR HO-1[tiab]','effect',None,None,'benefit',None),
("C584","Andrographolide protects discs from degeneration under mechanical pressure","andrographolide protects discs from degeneration under mechanical pressure",
 ("andrographolide",['andrographolide']),
 ("pressure-induced disc degeneration",['mechanical pressure-induced intervertebral disc degeneration','pressure-induced disc degeneration','nucleus pulposus cell apoptosis','intervertebral disc degeneration']),
 'andrographolide[tiab] OR ("disc degeneration"[tiab] AND pressure[tiab])','effect',None,None,'benefit',None),
("C585","Older age worsens lumbar disc degeneration","older age worsens lumbar disc degeneration",
 ("older age",['older age','ageing','aging','age-related']),
 ("lumbar disc degeneration",['lumbar disc degeneration','lumbar intervertebral disc degeneration','disc degeneration']),
 '"disc degeneration"[tiab] AND (age[tiab] OR aging[tiab] OR ageing[tiab])','effect',None,None,'harm',None),
("C586","Overexpression of polo-like kinase 1 marks oral cancer","overexpression of polo-like kinase 1 marks oral cancer",
 ("polo-like kinase 1 overexpression",['polo-like kinase 1','PLK1','PLK1 expression','polo-like kinase 1 expression']),
 ("oral squamous cell carcinoma",['oral squamous cell carcinoma','oral SCC','OSCC']),
 '"polo-like kinase"[tiab] OR "oral squamous"[tiab]','effect',None,None,'harm',None),
("C587","Synovial tissue boosts the growth of chondrocytes","synovial tissue boosts the growth of chondrocytes",
 ("synovium",['synovium','synovial tissue','synovial membrane','co-culture with synovium']),
 ("chondrocyte growth",['chondrocyte growth','chondrocyte proliferation','chondrocyte growth rate']),
 'synovium[tiab] AND chondrocyte*[tiab]','effect',None,None,'benefit',None),
]
write_claims(C)
