# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 34 (2026-12-04) at 567a53d (fresh50 scored and mended), from titles of workshop-corpus records that
# no earlier set's or the catalog's query returns (random draws of them, and topics beside them), before any project
# output or review for these claims existed. C589 and C592 are equivalence claims with a comparator; C588, C590, C591
# treatment claims (case series and reports among the hits); C593-C597 laboratory claims; C598, C599 harm claims.
# Synonyms name the claim's own therapy and condition, none broader (no bare disease name for an outcome claim).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C588","Hyalograft C repairs cartilage defects of the knee","a hyaluronan-based scaffold seeded with the patient's own chondrocytes (Hyalograft C) repairs cartilage defects of the knee",
 ("Hyalograft C",['Hyalograft C','Hyalograft','hyaluronan-based scaffold seeded with autologous chondrocytes','second-generation autologous chondrocyte implantation']),
 ("cartilage defects of the knee",['cartilage defects of the knee','chondral defects of the knee','knee cartilage lesions','full-thickness chondral defects']),
 'Hyalograft[tiab]','effect',None,None,'benefit',None),
("C589","Accelerated weight-bearing after MACI works as well as traditional rehabilitation","after matrix-induced autologous chondrocyte implantation, an accelerated return to full weight-bearing works as well as traditional rehabilitation",
 ("accelerated weight-bearing rehabilitation",['accelerated weightbearing','accelerated weight-bearing','accelerated rehabilitation','accelerated approach']),
 ("outcome after matrix-induced autologous chondrocyte implantation",['outcome after matrix-induced autologous chondrocyte implantation','graft outcome','clinical outcome','knee pain and function']),
 '"matrix-induced autologous chondrocyte"[tiab] AND (rehabilitation[tiab] OR weightbearing[tiab] OR "weight bearing"[tiab])','equivalence',
 ("traditional rehabilitation",['traditional rehabilitation','traditional approach','traditional weightbearing','conventional rehabilitation']),None,'benefit',None),
("C590","Percutaneous drainage cures a psoas abscess","percutaneous drainage cures a psoas abscess",
 ("percutaneous drainage",['percutaneous drainage','CT-guided drainage','ultrasound-guided percutaneous drainage','percutaneous catheter drainage']),
 ("psoas abscess",['psoas abscess','iliopsoas abscess','psoas abscesses','psoas muscle abscess']),
 '"psoas abscess"[tiab] AND "percutaneous drainage"[tiab]','effect',None,None,'benefit',None),
("C591","Antibiotics cure vertebral osteomyelitis","antibiotics cure vertebral osteomyelitis",
 ("antibiotic treatment",['antibiotics','antibiotic therapy','antibiotic treatment','antimicrobial therapy']),
 ("vertebral osteomyelitis",['vertebral osteomyelitis','pyogenic spondylitis','spondylodiscitis','pyogenic vertebral osteomyelitis']),
 '"vertebral osteomyelitis"[tiab] AND antibiotic*[tiab]','effect',None,None,'benefit',None),
("C592","An early switch to oral antibiotics is as safe as staying intravenous for vertebral osteomyelitis","switching to oral antibiotics after two weeks of intravenous treatment is as safe as continuing intravenous treatment for vertebral osteomyelitis",
 ("early switch to oral antibiotics",['oral antibiotics','oral antibiotic regimen','switching to oral antibiotics','early oral switch']),
 ("vertebral osteomyelitis",['vertebral osteomyelitis','pyogenic vertebral osteomyelitis','spondylodiscitis']),
 '"vertebral osteomyelitis"[tiab] AND (oral[tiab] OR intravenous[tiab])','equivalence',
 ("continued intravenous antibiotics",['intravenous antibiotics','intravenous treatment','parenteral antibiotics','IV antibiotics']),None,'benefit',None),
("C593","PAK2 shields cells from apoptosis by phosphorylating caspase-7","PAK2 shields cells from apoptosis by phosphorylating caspase-7",
 ("PAK2 phosphorylation of caspase-7",['PAK2','p21-activated kinase 2','caspase-7 phosphorylation by PAK2']),
 ("apoptosis",['apoptosis','apoptotic activity','caspase-7 activity','cell death']),
 'PAK2[tiab] OR "caspase-7"[tiab]','effect',None,None,'benefit',None),
("C594","CDK4 phosphorylation lets mutant p53 drive tumour growth","CDK4 phosphorylation lets mutant p53 drive tumour growth",
 ("CDK4 phosphorylation of mutant p53",['CDK4 phosphorylation','CDK4','phosphorylation at serine 249','mutant p53 phosphorylation']),
 ("tumour growth driven by mutant p53",['tumour growth','tumor growth','gain of function','oncogenic activity','tumorigenesis']),
 'p53[tiab] AND (CDK4[tiab] OR PIN1[tiab])','effect',None,None,'harm',None),
("C595","SHMT2 drives cancer cell proliferation","SHMT2 drives cancer cell proliferation",
 ("SHMT2",['SHMT2','serine hydroxymethyltransferase 2','serine hydroxymethyltransferase','mitochondrial serine hydroxymethyltransferase']),
 ("cancer cell proliferation",['cancer cell proliferation','tumor growth','tumour growth','cell proliferation']),
 'SHMT2[tiab] OR "serine hydroxymethyltransferase"[tiab]','effect',None,None,'harm',None),
("C596","A short-chain ceramide activates SGK1","a short-chain ceramide activates the kinase SGK1",
 ("short-chain ceramide",['short-chain ceramide','C6-ceramide','C2-ceramide','ceramide']),
 ("SGK1 activation",['SGK1 activation','SGK1 activity','serum- and glucocorticoid-induced protein kinase 1','SGK1']),
 'ceramide*[tiab] OR SGK1[tiab]','effect',None,None,'benefit',None),
("C597","Phosphorylation of Olig2 drives glioma growth","phosphorylation of Olig2 drives the growth of gliomas",
 ("Olig2 phosphorylation",['Olig2 phosphorylation','phosphorylated Olig2','Olig2']),
 ("glioma growth",['glioma growth','gliomagenesis','glioma','tumor growth']),
 'Olig2[tiab] OR (glioma*[tiab] AND phosphorylation[tiab])','effect',None,None,'harm',None),
("C598","Rich angiogenesis shortens survival in pancreatic cancer","rich angiogenesis shortens survival in pancreatic cancer",
 ("high tumour angiogenesis",['angiogenesis','high microvessel density','microvessel density','tumor angiogenesis']),
 ("survival in pancreatic cancer",['survival','poor prognosis','overall survival','prognosis of pancreatic cancer']),
 '(angiogenesis[tiab] OR microvessel*[tiab] OR angiogenin[tiab]) AND pancrea*[tiab]','effect',None,None,'harm',None),
("C599","Tumour-associated macrophages feed the growth of ameloblastoma","tumour-associated macrophages feed the growth of ameloblastoma",
 ("tumour-associated macrophages",['tumour-associated macrophages','tumor-associated macrophages','tumour associated macrophages','TAMs','CD68-positive macrophages']),
 ("ameloblastoma growth",['ameloblastoma','ameloblastoma growth','ameloblastoma aggressiveness']),
 'ameloblastoma[tiab] OR "tumour associated macrophages"[tiab] OR "tumor-associated macrophages"[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
