# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) from titles of workshop-corpus records that no earlier set's or the catalog's query
# returns (a random draw, and topics beside them), before any project output or review for these claims existed.
# C611, C612 marker claims (harm); C613 a diagnostic-feasibility claim; C614-C619 laboratory claims; C620, C621 animal
# claims. Synonyms name the claim's own therapy and condition, none broader, but every wording of them I could think of
# (fresh51/52's lower grades came partly from synonyms written too narrowly).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C611","LDH-5 overexpression in lung cancer marks a poorer prognosis","overexpression of lactate dehydrogenase-5 in lung cancer tissue marks a poorer prognosis",
 ("lactate dehydrogenase-5 overexpression",['lactate dehydrogenase-5','LDH-5','LDH5','lactate dehydrogenase 5','LDH-5 overexpression','LDH-5 expression','lactate dehydrogenase']),
 ("prognosis in lung cancer",['poor prognosis','survival','overall survival','prognosis','non-small-cell lung cancer','lung cancer']),
 '"LDH-5"[tiab] OR "lactate dehydrogenase"[tiab]','effect',None,None,'harm',None),
("C612","High ABCB5 and MDR1 expression marks poor chemotherapy response in acute leukemia","high ABCB5 and MDR1 gene expression marks a poor response to chemotherapy in acute leukemia",
 ("high ABCB5 and MDR1 gene expression",['ABCB5','MDR1','ABCB5 expression','MDR1 expression','multidrug resistance gene','P-glycoprotein','ABCB1']),
 ("response to chemotherapy in acute leukemia",['response to chemotherapy','complete remission','remission','chemotherapy response','acute leukemia','acute myeloid leukemia','acute lymphoblastic leukemia','drug resistance']),
 'ABCB5[tiab] OR MDR1[tiab] OR ("acute leukemia"[tiab] AND chemotherapy[tiab])','effect',None,None,'harm',None),
("C613","PD-L1 can be tested on bronchoscopic cytology specimens","programmed death-ligand 1 can be tested reliably on cytology specimens obtained by bronchoscopic needle aspiration",
 ("PD-L1 testing of bronchoscopic cytology specimens",['PD-L1 testing','programmed death-ligand 1 testing','PD-L1 expression testing','PD-L1 immunohistochemistry','cytology cell block','bronchoscopic needle aspiration','EBUS-TBNA']),
 ("adequate PD-L1 result in non-small cell lung cancer",['success rate','specimen adequacy','adequate for PD-L1 testing','non-small cell lung cancer','NSCLC','lung cancer']),
 '"PD-L1"[tiab]','effect',None,None,'benefit',None),
("C614","Loranthus micranthus mistletoe constituents promote osteoblast activity","constituents of the Nigerian mistletoe Loranthus micranthus promote bone-forming osteoblast activity",
 ("Loranthus micranthus constituents",['Loranthus micranthus','mistletoe','eastern Nigeria mistletoe','mistletoe extract','mistletoe constituents']),
 ("osteoblast activity",['osteogenic','osteoblast','osteoblast differentiation','osteoblast proliferation','bone formation','alkaline phosphatase','mineralization']),
 'osteogenic[tiab] AND (extract*[tiab] OR plant*[tiab])','effect',None,None,'benefit',None),
("C615","LL-37 switches on group A Streptococcus virulence genes","the antimicrobial peptide LL-37 switches on the virulence genes of group A Streptococcus",
 ("LL-37",['LL-37','cathelicidin','human antimicrobial peptide LL-37','antimicrobial peptide LL-37']),
 ("group A Streptococcus virulence gene expression",['virulence','virulence gene expression','virulence factors','group A Streptococcus','Streptococcus pyogenes','CsrS','CsrRS']),
 '"LL-37"[tiab] OR "group A Streptococcus"[tiab] OR "Streptococcus pyogenes"[tiab]','effect',None,None,'harm',None),
("C616","MicroRNA-200 drives beta-cell apoptosis","microRNA-200 drives the apoptosis of pancreatic beta cells",
 ("microRNA-200",['microRNA-200','miR-200','miR-200 family','miR-200 cluster','miR-200a','miR-200b','miR-200c','miR-141','miR-429']),
 ("beta-cell apoptosis",['beta cell apoptosis','beta-cell apoptosis','β-cell apoptosis','beta cell death','islet apoptosis','pancreatic beta cells']),
 '"miR-200"[tiab] OR "microRNA-200"[tiab] OR TXNIP[tiab] OR "thioredoxin-interacting protein"[tiab]','effect',None,None,'harm',None),
("C617","Ganoderic acid holds back lung cancer growth","ganoderic acid holds back lung cancer growth",
 ("ganoderic acid",['ganoderic acid','ganoderic acids','Ganoderma lucidum','Ganoderma triterpenoids']),
 ("lung cancer growth",['lung cancer','non-small cell lung cancer','lung cancer cells','tumor growth','tumour growth','cell proliferation','A549']),
 '"ganoderic acid"[tiab] OR Ganoderma[tiab] OR (Nrf2[tiab] AND "lung cancer"[tiab])','effect',None,None,'benefit',None),
("C618","GRB2 organises osteoclast podosomes","the adaptor protein GRB2 organises the podosomes of osteoclasts",
 ("GRB2",['GRB2','growth factor receptor-bound protein 2','adaptor protein GRB2','Grb2']),
 ("osteoclast podosome organization",['podosome','podosomes','podosomal organization','podosome organization','sealing zone','osteoclast','Src activation','bone resorption']),
 'GRB2[tiab] OR podosom*[tiab] OR (Src[tiab] AND osteoclast*[tiab])','effect',None,None,'benefit',None),
("C619","Increased formate production drives cancer cell invasion","increased formate production drives the invasion of cancer cells",
 ("increased formate production",['formate production','formate overflow','serine catabolism to formate','formate','MTHFD1L']),
 ("cancer cell invasion",['invasion','cancer cell invasion','metastasis','invasive','tumor progression','cancer']),
 'formate[tiab]','effect',None,None,'harm',None),
("C620","Loss of Fmr1 disrupts neocortical circuit connectivity in mice","loss of Fmr1 disrupts the connectivity of neocortical circuits",
 ("loss of Fmr1",['Fmr1','Fmr1 knockout','Fmr1 (-/y)','Fmr1-KO','FMRP','fragile X','fragile X syndrome','FMR1']),
 ("neocortical circuit connectivity",['connectivity','functional connectivity','structural connectivity','neocortical circuits','cortical connectivity','neural circuits','synaptic connectivity']),
 'Fmr1[tiab] OR "fragile X"[tiab] OR (autism[tiab] AND mouse[tiab])','effect',None,None,'harm',['mouse']),
("C621","Light exposure speeds up inherited retinal degeneration in mice","light exposure speeds up inherited retinal degeneration",
 ("light exposure",['light exposure','light','light-induced','bright light','light damage','light stress']),
 ("inherited retinal degeneration",['retinal degeneration','inherited retinal degeneration','retinitis pigmentosa','photoreceptor degeneration','photoreceptor loss','sectorial retinal degeneration']),
 '"retinal degeneration"[tiab] OR "retinitis pigmentosa"[tiab]','effect',None,None,'harm',['mouse']),
]

write_claims(C)
