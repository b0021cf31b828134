# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh69 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C782-C787 human harm, treatment and test claims; C788-C791 laboratory and physiology claims. Synonyms name the claim's
# own therapy (or exposure) and condition (for a laboratory claim the outcome it asserts), no parent condition, none
# lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C782","Spinal epidural abscess compresses the spinal cord","An abscess in the spinal epidural space can compress the spinal cord",
 ("spinal epidural abscess",['epidural abscess','spinal epidural abscess','cervical epidural abscess','epidural empyema']),
 ("spinal cord compression",['cord compression','spinal cord compression','Brown-Sequard syndrome','hemiparesis','paraplegia','myelopathy']),
 '"epidural abscess"[tiab] AND (hemiparesis[tiab] OR Brown-Sequard[tiab] OR "spinal cord"[tiab])','effect',None,None,'harm',None),
("C783","Anterior cervical spine surgery can be complicated by prevertebral abscess","Surgery on the front of the cervical spine can be complicated by an abscess in front of the vertebrae",
 ("anterior cervical spine surgery",['anterior cervical surgery','anterior cervical spine surgery','anterior cervical discectomy','anterior cervical fusion','anterior cervical corpectomy','cervical spine surgery']),
 ("prevertebral abscess",['prevertebral abscess','retropharyngeal abscess','prevertebral infection','postoperative abscess','deep neck infection']),
 'prevertebral[tiab] OR ("anterior cervical"[tiab] AND abscess[tiab])','effect',None,None,'harm',None),
("C784","Recompression restores brain function after cerebral arterial air embolism","Raising the ambient pressure restores brain function after an air embolism in the cerebral arteries",
 ("recompression",['recompression','hyperbaric pressure','increased ambient pressure','hyperbaric oxygen','compression','pressure treatment']),
 ("cerebral arterial air embolism",['cerebral air embolism','cerebral arterial gas embolism','arterial air embolism','cerebral gas embolism','air embolism']),
 '"air embolism"[tiab] AND (pressure[tiab] OR recompression[tiab])','effect',None,None,'benefit',None),
("C785","Paracoccidioides brasiliensis causes psoas abscesses","The fungus Paracoccidioides brasiliensis can cause abscesses of the psoas muscle",
 ("Paracoccidioides brasiliensis infection",['Paracoccidioides brasiliensis','paracoccidioidomycosis','P. brasiliensis','South American blastomycosis']),
 ("psoas abscess",['psoas abscess','psoas abscesses','iliopsoas abscess','psoas muscle abscess']),
 'Paracoccidioides[tiab] OR paracoccidioidomycosis[tiab] OR ("psoas abscess"[tiab] AND fungal[tiab])','effect',None,None,'harm',None),
("C786","CAMTA1 immunostaining distinguishes epithelioid hemangioendothelioma from its mimics","CAMTA1 immunostaining tells epithelioid hemangioendothelioma apart from the tumours that mimic it",
 ("CAMTA1 immunostaining",['CAMTA1 immunostaining','CAMTA1 immunohistochemistry','CAMTA1 staining','CAMTA1 expression','nuclear CAMTA1']),
 ("epithelioid hemangioendothelioma",['epithelioid hemangioendothelioma','epithelioid haemangioendothelioma','EHE']),
 'CAMTA1[tiab] OR hemangioendothelioma[tiab]','effect',None,None,'benefit',None),
("C787","Medullary thyroid carcinoma metastasises to the breast","Medullary thyroid carcinoma can spread to the breast",
 ("medullary thyroid carcinoma",['medullary thyroid carcinoma','medullary thyroid cancer','MTC','medullary carcinoma of the thyroid']),
 ("breast metastasis",['breast metastasis','metastasis to the breast','breast metastases','metastatic to the breast','axillary lymph node metastasis']),
 '(breast[tiab] OR axillary[tiab]) AND metastasis[tiab] AND thyroid[tiab]','effect',None,None,'harm',None),
("C788","High oxygen affinity haemoglobin variants cause polycythaemia","haemoglobin variants with a high oxygen affinity cause polycythaemia",
 ("high oxygen affinity haemoglobin variant",['high affinity haemoglobin','high oxygen affinity hemoglobin','haemoglobin variant','hemoglobin variant','abnormal haemoglobin']),
 ("polycythaemia",['polycythaemia','polycythemia','erythrocytosis','raised haematocrit','increased red cell mass']),
 'haemoglobin[tiab] AND affinity[tiab]','effect',None,None,'harm',None),
("C789","Short maximal exercise raises red-cell 2,3-DPG in women","a short bout of maximal exercise raises the 2,3-diphosphoglycerate of red cells in women",
 ("short maximal exercise",['maximal exercise','short term maximal exercise','exhaustive exercise','sprint exercise','strenuous exercise']),
 ("erythrocyte 2,3-diphosphoglycerate",['2,3-diphosphoglycerate','2,3-DPG','2,3 diphosphoglycerate','red cell 2,3-DPG','erythrocyte 2,3-DPG']),
 '"diphosphoglycerate"[tiab] OR "2,3-DPG"[tiab]','effect',None,None,'benefit',None),
("C790","Methylxanthines change myocardial nicotinamide coenzymes in rats","methylxanthines change the nicotinamide coenzymes of the rat myocardium",
 ("methylxanthines",['methylxanthines','methylxanthine','theophylline','theobromine','caffeine']),
 ("myocardial nicotinamide coenzymes",['nicotinamide coenzymes','NAD','NADH','NADP','NADPH','pyridine nucleotides']),
 'methylxanthines[tiab] OR theophylline[tiab] OR caffeine[tiab]','effect',None,None,'benefit',None),
("C791","Acidosis depresses contraction of the perfused rat heart","acidosis depresses the contraction of the perfused rat heart",
 ("acidosis",['acidosis','intracellular acidosis','hydrogen ion','low pH','hypercapnic acidosis','proton accumulation']),
 ("depressed myocardial contraction",['contractile behavior','contractility','developed pressure','contractile failure','contraction','cardiac performance']),
 'heart[tiab] AND acidosis[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
