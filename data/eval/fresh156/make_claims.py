# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 57 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# early (within 30 days of diagnosis) against late surgery for lumbar disc herniation and long-term opioid use (573,082
# patients from a claims database, PMID 36775237, with daily opioid MME, the prevalence of opioid use and the one-year
# cumulative opioid burden consistently lower in the early than the late surgery cohort; the earlier claim on it was surgery
# against nonsurgical treatment; among a condoliase cost-effectiveness study, an epidural steroid trial, a buprenorphine
# brachial plexus block trial and an opioid growth factor pancreatic cancer cell study), paraspinal muscle fatty atrophy and
# lumbar disc herniation (102 patients with an L4-5 herniation and 102 matched controls on MRI, PMID 36812791, with a higher
# Goutallier score in the herniated group and a score of 2 to 4 carrying 2.87 times the odds of herniation, but no relation
# for subcutaneous fat thickness; the earlier claims its query met were about low back pain, body mass and age; among a
# baseball batting disc degeneration study, a multifidus and erector spinae degeneration study, a microgravity loading study,
# a hybrid endoscopic fusion study, an acupotomy multifidus trial and a cervical paraspinal fat study), intra-articular
# clonidine with bupivacaine and pain after anterior cruciate ligament repair (85 patients randomised to intrathecal,
# intra-articular or femoro-sciatic block clonidine or control, PMID 26702206, with a pain-free duration of 234.9 min in the
# intra-articular group against 172.2 min in controls and less rescue analgesia; the earlier claims on it were clonidine in
# the femoro-sciatic block and intrathecal clonidine; among an intrathecal clonidine and fentanyl trial, a renal hypertension
# report and an intra-articular steroid arthroscopy infection study), an autologous protein solution injection and bone marrow
# lesions in knee osteoarthritis (a 46-patient double-blind saline-controlled pilot trial, PMID 29016185, with change in
# bone marrow lesion size on MRI and central lateral femoral osteophytes favouring APS at 12 months; the earlier claim on it
# was knee pain; among two subchondral stem cell studies, an osteochondral scaffold study, an adipose stem cell trial design,
# an acetabular bioplasty technique and a MACI bone marrow lesion study), monomethylmethacrylate from bone cement and fat
# embolism and arterial hypoxaemia in dogs (four dogs given graded intravenous infusions, PMID 168, in which doses matching
# those released at hip replacement did not trap platelets and fibrin in the lungs, did not generate fat emboli and did not
# depress arterial oxygen tension; the earlier claims on it were coagulation and blood pressure; among a canine etafenone
# myocardial blood flow study, a canine defibrillation
# hypoxia study and a discoplasty bone cement study) and the recombinant mature against the pro-cathepsin L1 vaccine and liver
# damage from Fasciola gigantica in mice (ICR mice vaccinated and challenged with metacercariae, PMID 26116785, with AST and ALT
# significantly lower in the mature CatL1 group than in the pro-CatL1 group and fewer liver lesions in both vaccinated groups;
# the earlier claim on it was protection against the infection itself; among a Toxoplasma prime-boost vaccine study and a
# hepatitis B core antigen DNA vaccine study). Synonyms name the claim's own exposure and condition, no wider. C1325 and C1330
# are head-to-head claims with their comparators.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1325", "Early surgery for lumbar disc herniation lowers long-term opioid use compared with late surgery",
 "If a slipped disc in your lower back needs an operation, having it within a month means needing fewer opioid painkillers later than if you wait",
 ("early surgery within 30 days of diagnosis", ['early surgery', 'surgery within 30-days post-diagnosis', 'early surgery cohort']),
 ("long-term opioid use after lumbar disc herniation", ['average daily opioid morphine milligram equivalent (MME)', 'daily opioid MME',
                                                       'incidence of opioid use', 'cumulative opioid burden']),
 '(opioid*[tiab] AND ("disc herniation"[tiab] OR lumbar[tiab] OR spine[tiab] OR spinal[tiab] OR "back pain"[tiab] OR surgery[tiab])) OR '
 '("disc herniation"[tiab] AND ("early surgery"[tiab] OR timing[tiab] OR nonsurgical[tiab] OR conservative[tiab]))', 'effect',
 ("late surgery (after 30 days, within a year)", ['late surgery', 'surgery after 30 days but before 1-year post-diagnosis', 'late surgery cohort']),
 None, 'benefit', None),
("C1326", "Paraspinal muscle fatty atrophy is associated with lumbar disc herniation",
 "Fatty wasting of the muscles alongside the spine goes hand in hand with a slipped disc in the lower back",
 ("paraspinal muscle fatty atrophy", ['paraspinal muscle atrophy', 'Goutallier score', 'Goutallier classification (GC)']),
 ("lumbar disc herniation", ['disc herniation', 'intervertebral disc herniation', 'lumbar disc herniation']),
 'Goutallier[tiab] OR ((paraspinal[tiab] OR multifidus[tiab] OR "muscle atrophy"[tiab]) AND ("disc herniation"[tiab] OR '
 '"disc degeneration"[tiab]))', 'effect', None, None, 'harm', None),
("C1327", "Intra-articular clonidine with bupivacaine prolongs pain relief after anterior cruciate ligament repair",
 "After knee ligament reconstruction, clonidine injected into the joint keeps the pain away for longer",
 ("intra-articular clonidine with bupivacaine", ['1 μg/kg clonidine intra-articularly', '0.25% bupivacaine and 1 μg/kg clonidine intra-articularly',
                                                'group IA']),
 ("pain after anterior cruciate ligament repair", ['postoperative pain free interval', 'pain-free duration', 'rescue analgesic requirement']),
 'clonidine[tiab] OR ("intra-articular"[tiab] AND (analges*[tiab] OR bupivacaine[tiab]) AND (knee[tiab] OR arthroscop*[tiab] OR '
 '"anterior cruciate"[tiab]))', 'effect', None, None, 'benefit', None),
("C1328", "An autologous protein solution injection reduces bone marrow lesions on MRI in knee osteoarthritis",
 "A single knee injection of a protein concentrate made from your own blood shrinks the bone bruising seen on MRI in arthritis",
 ("autologous protein solution injection", ['autologous protein solution (APS)', 'single ultrasound-guided injection of APS',
                                            'intra-articular injection of APS']),
 ("bone marrow lesions in knee osteoarthritis", ['bone marrow lesion size', 'bone marrow lesion size as assessed on MRI', 'osteophytes']),
 '"autologous protein solution"[tiab] OR ("bone marrow lesion*"[tiab] AND osteoarthritis[tiab])', 'effect', None, None, 'benefit', None),
("C1329", "Methylmethacrylate monomer entering the blood from bone cement causes fat embolism and arterial hypoxaemia in dogs",
 "The liquid that seeps from bone cement during a hip replacement throws fat clots into the lungs and lowers blood oxygen, as shown in dogs",
 ("monomethylmethacrylate from acrylic bone cement", ['monomethylmethacrylate', 'i.v. infused monomethylmethacrylate', 'acrylic cement']),
 ("fat embolism and fall in arterial oxygen tension", ['fat emboli', 'depression of the arterial oxygen tension',
                                                      'trapping of platelets and fibrin in the lungs']),
 'monomethylmethacrylate[tiab] OR methylmethacrylate[tiab] OR "bone cement"[tiab] OR "fat embol*"[tiab] OR (dogs[tiab] AND '
 '("oxygen tension"[tiab] OR hypoxaemia[tiab] OR hypoxemia[tiab] OR hypoxia[tiab]))', 'effect', None, None, 'harm', ['dog']),
("C1330", "A recombinant mature cathepsin L1 vaccine protects the liver against Fasciola gigantica better than a pro-cathepsin L1 vaccine in mice",
 "In mice, a liver-fluke vaccine made from the parasite's mature enzyme spares the liver better than one made from its precursor",
 ("recombinant mature cathepsin L1 vaccine", ['rmatFgCatL1', 'recombinant mature F.gigantica CatL1', 'rmatFgCatL1-immunized group']),
 ("liver damage from Fasciola gigantica infection", ['liver parenchyma damage', 'serum aspartate aminotransferase (AST) and alanine transaminase (ALT)',
                                                     'pathological lesions of liver']),
 'cathepsin*[tiab] OR Fasciola[tiab] OR fasciolosis[tiab] OR (vaccin*[tiab] AND mice[tiab] AND (parasite*[tiab] OR infection[tiab]))', 'effect',
 ("recombinant pro-cathepsin L1 vaccine", ['rproFgCatL1', 'recombinant pro-F.gigantica CatL1', 'rproFgCatL1-immunized group']),
 None, 'benefit', ['mouse']),
]

write_claims(C)
