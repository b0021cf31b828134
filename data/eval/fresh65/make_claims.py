# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) after fresh64 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C732, C733 test and prediction claims; C734-C736 human harm claims; C737-C741 laboratory claims. Synonyms name the
# claim's own therapy and condition (for a laboratory claim the outcome it asserts), no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C732","PAX8 staining marks pancreatic neuroendocrine tumours","PAX8 staining marks pancreatic neuroendocrine tumours",
 ("PAX8 immunostaining",['PAX8','PAX8 immunohistochemistry','PAX8 antibody','PAX8 expression','PAX8 staining','polyclonal PAX8']),
 ("pancreatic neuroendocrine tumours",['pancreatic neuroendocrine tumors','pancreatic neuroendocrine tumours','pancreatic NETs','PanNETs','pancreatic NET','islet cell tumors']),
 'PAX8[tiab] OR "neuroendocrine tumor"[tiab] OR "neuroendocrine tumors"[tiab]','effect',None,None,'benefit',None),
("C733","Proactive semantic interference signals brain amyloid in elders","Proactive semantic interference on memory testing signals amyloid building up in the brains of elders",
 ("proactive semantic interference",['proactive semantic interference','semantic interference','PSI','Semantic Interference Test','susceptibility to semantic interference']),
 ("brain amyloid load",['amyloid load','amyloid burden','amyloid deposition','amyloid PET','brain amyloid','cerebral amyloid','amyloid positivity']),
 'amyloid[tiab] AND (memory[tiab] OR cognitive[tiab])','effect',None,None,'benefit',None),
("C734","Methamphetamine dependence brings psychotic symptoms","Methamphetamine dependence brings psychotic symptoms",
 ("methamphetamine dependence",['methamphetamine','methamphetamine use','methamphetamine dependence','methamphetamine abuse','amphetamine-type stimulants','meth use']),
 ("psychotic symptoms",['psychosis','psychotic symptoms','persecutory delusions','hallucinations','methamphetamine-associated psychosis','methamphetamine psychosis']),
 'methamphetamine[tiab] AND (psychosis[tiab] OR psychotic[tiab])','effect',None,None,'harm',None),
("C735","BRCA2 mutations cause male breast cancer","BRCA2 mutations give men breast cancer",
 ("BRCA2 mutations",['BRCA2','BRCA2 mutation','BRCA2 germline mutation','BRCA2 mutation carriers','BRCA2 variants','pathogenic BRCA2 variant']),
 ("male breast cancer",['male breast cancer','breast cancer in men','men with breast cancer','breast cancer in a man','male breast carcinoma']),
 'BRCA2[tiab] AND (male[tiab] OR man[tiab] OR men[tiab])','effect',None,None,'harm',None),
("C736","Frontal sinusitis leads to Pott's puffy tumour","Frontal sinusitis leads to Pott's puffy tumour",
 ("frontal sinusitis",['frontal sinusitis','sinusitis','frontal sinus infection','acute frontal sinusitis','chronic frontal sinusitis']),
 ("Pott's puffy tumour",["Pott's puffy tumor","Pott's puffy tumour","Pott puffy tumor","Pott's tumor",'subperiosteal abscess','frontal bone osteomyelitis']),
 '"puffy tumor"[tiab] OR "puffy tumour"[tiab] OR "frontal sinusitis"[tiab]','effect',None,None,'harm',None),
("C737","Nuclear GSK3β drives DNA double-strand break repair in glioblastoma","nuclear GSK3β drives DNA double-strand break repair in glioblastoma",
 ("nuclear GSK3β",['GSK3β','GSK3beta','GSK-3β','GSK-3beta','glycogen synthase kinase 3β','glycogen synthase kinase 3 beta','nuclear GSK3β']),
 ("DNA double-strand break repair",['DNA double-strand break repair','DSB repair','double-strand break repair','DNA repair','DNA damage repair','radioresistance']),
 'GSK3*[tiab] AND (glioblastoma[tiab] OR "DNA repair"[tiab] OR 53BP1[tiab])','effect',None,None,'harm',None),
("C738","B55β/PP2A lets CaMKII suppress caspase-2","the B55β/PP2A phosphatase lets CaMKII hold caspase-2 in check",
 ("B55β/PP2A phosphatase",['PP2A','protein phosphatase 2A','B55β','B55beta','PP2A-B55β','B55β/PP2A']),
 ("CaMKII-mediated caspase-2 suppression",['caspase-2 suppression','caspase-2 phosphorylation','inhibitory phosphorylation of caspase-2','CaMKII activation','caspase-2 activation','apoptosis']),
 'caspase-2[tiab] OR CaMKII[tiab]','effect',None,None,'benefit',None),
("C739","Pepducins switch on β2-adrenergic Gs signalling","pepducins switch on Gs signalling of the β2-adrenergic receptor",
 ("pepducins",['pepducin','pepducins','ICL3 pepducins','lipidated peptides','cell-penetrating lipopeptides']),
 ("β2-adrenergic receptor Gs signalling",['Gs signaling','Gs signalling','cAMP production','Gs activation','adenylyl cyclase activation','beta2-adrenergic receptor activation','β2AR activation']),
 'pepducin*[tiab] OR ("beta2-adrenergic"[tiab] AND biased[tiab])','effect',None,None,'benefit',None),
("C740","Whirlin and PDZD7 are needed for the Usher syndrome type 2 protein complex","whirlin and PDZD7 are needed to build the Usher syndrome type 2 protein complex",
 ("whirlin and PDZD7",['whirlin','PDZD7','WHRN','PDZ domain-containing 7','DFNB31']),
 ("Usher syndrome type 2 protein complex",['USH2 complex','Usher syndrome type 2 complex','quaternary protein complex','complex formation','USH2A','GPR98']),
 'Usher[tiab] OR whirlin[tiab] OR PDZD7[tiab]','effect',None,None,'benefit',None),
("C741","LPA2 lets fibroblasts sense chemotactic gradients","LPA2 lets fibroblasts sense a chemotactic gradient",
 ("LPA2",['LPA2','LPA receptor 2','lysophosphatidic acid receptor 2','LPAR2']),
 ("gradient sensing by fibroblasts",['gradient sensing','chemotaxis','chemotactic migration','directional migration','cell migration','chemotactic response']),
 'LPA2[tiab] OR (lysophosphatidic[tiab] AND fibroblast*[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
