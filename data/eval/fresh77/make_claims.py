# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh76 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw; most of them reviews, so that claims whose only records are
# reviews are among the set), before any project output or review for these claims existed. C852-C856 human treatment
# and test claims; C857-C861 laboratory and mechanism claims. Synonyms name the claim's own therapy and condition, no
# parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C852","Gene therapy vectors have become safe and efficient","Gene therapy vectors have become safe and efficient",
 ("gene therapy vectors",['gene therapy vectors','viral vectors','AAV vectors','lentiviral vectors','adeno-associated virus','non-viral vectors']),
 ("safe and efficient gene transfer",['gene transfer','transduction efficiency','safety','insertional mutagenesis','immunogenicity','transgene expression']),
 '"gene therapy"[tiab] AND vector*[tiab]','effect',None,None,'benefit',None),
("C853","Targeted drugs lengthen survival in advanced melanoma","Targeted drugs lengthen survival in advanced melanoma",
 ("targeted therapy",['targeted therapy','BRAF inhibitors','vemurafenib','MEK inhibitors','targeted drugs','kinase inhibitors']),
 ("survival in advanced melanoma",['metastatic melanoma','advanced melanoma','malignant melanoma','overall survival','melanoma','survival']),
 'melanoma[tiab] AND (treatment[tiab] OR therapy[tiab])','effect',None,None,'benefit',None),
("C854","Cetuximab improves head and neck squamous cell carcinoma outcomes","Cetuximab improves the outcome of head and neck squamous cell carcinoma",
 ("cetuximab",['cetuximab','anti-EGFR antibody','EGFR inhibitors','EGFR-targeted therapy','Erbitux']),
 ("head and neck squamous cell carcinoma",['head and neck squamous cell carcinoma','HNSCC','head and neck cancer','squamous cell carcinoma of the head and neck','oral cancer']),
 '"head and neck"[tiab] AND (cetuximab[tiab] OR EGFR[tiab])','effect',None,None,'benefit',None),
("C855","Most low back pain settles without specific treatment","Most low back pain settles without any specific treatment",
 ("no specific treatment",['natural history','conservative management','no treatment','spontaneous recovery','watchful waiting','self-care']),
 ("low back pain",['low back pain','back pain','lumbago','acute low back pain','nonspecific low back pain']),
 '"low back pain"[ti]','effect',None,None,'benefit',None),
("C856","MRI is the best test for pyogenic vertebral osteomyelitis","Magnetic resonance imaging is the best test for pyogenic vertebral osteomyelitis",
 ("magnetic resonance imaging",['magnetic resonance imaging','MRI','MR imaging','gadolinium-enhanced MRI','contrast-enhanced MRI']),
 ("pyogenic vertebral osteomyelitis",['pyogenic vertebral osteomyelitis','vertebral osteomyelitis','spondylodiscitis','discitis','spinal infection','pyogenic spondylitis']),
 '"vertebral osteomyelitis"[ti] AND (MRI[tiab] OR "magnetic resonance"[tiab])','effect',None,None,'benefit',None),
("C857","MET signalling drives cancer growth","MET signalling drives the growth of cancers",
 ("MET signalling",['MET','c-Met','MET receptor','HGF/MET','MET amplification','MET signaling']),
 ("cancer growth",['cancer','tumour growth','tumor growth','oncogenesis','metastasis','tumorigenesis']),
 'MET[ti] OR "c-Met"[tiab]','effect',None,None,'harm',None),
("C858","DNA methylation changes drive hepatocellular carcinoma","changes in DNA methylation drive hepatocellular carcinoma",
 ("aberrant DNA methylation",['DNA methylation','hypermethylation','hypomethylation','promoter methylation','CpG island methylation','epigenetic changes']),
 ("hepatocellular carcinoma",['hepatocellular carcinoma','HCC','liver cancer','hepatocarcinogenesis','hepatoma']),
 '"DNA methylation"[tiab] AND (hepatocellular[tiab] OR liver[tiab])','effect',None,None,'harm',None),
("C859","Cancer cells reprogram metabolism beyond the Warburg effect","cancer cells reprogram their metabolism beyond the Warburg effect",
 ("cancer cell metabolic reprogramming",['metabolic reprogramming','Warburg effect','aerobic glycolysis','glutaminolysis','cancer metabolism','metabolic rewiring']),
 ("cancer cell growth and survival",['tumour growth','tumor growth','cancer cell survival','proliferation','tumour microenvironment','tumor microenvironment']),
 'Warburg[tiab] OR "metabolic reprogramming"[tiab]','effect',None,None,'harm',None),
("C860","Loss of NGLY1 causes a developmental disorder","loss of NGLY1 causes a developmental disorder",
 ("NGLY1 deficiency",['NGLY1 deficiency','NGLY1 mutations','loss of NGLY1','N-glycanase 1 deficiency','NGLY1']),
 ("developmental disorder",['developmental disorder','developmental delay','congenital disorder of deglycosylation','alacrima','movement disorder','intellectual disability']),
 'NGLY1[tiab] OR "N-glycanase"[tiab]','effect',None,None,'harm',None),
("C861","Systems biology drug combinations work better than single drugs","drug combinations found by systems biology work better than single drugs",
 ("drug combinations from systems biology",['drug combinations','combination therapy','systems biology','network pharmacology','synergistic combinations','computational prediction']),
 ("greater efficacy than single drugs",['synergy','synergistic','efficacy','improved efficacy','drug resistance','therapeutic effect']),
 '"drug combination*"[tiab] AND "systems biology"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
