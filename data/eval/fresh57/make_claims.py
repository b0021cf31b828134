# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) after fresh56 was scored (its readings mended and committed), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (a random draw, and topics beside them),
# before any project output or review for these claims existed. C652, C653 diagnostic claims; C654, C655 human
# association claims (C655 of harm); C656-C661 laboratory claims. Synonyms name the claim's own therapy and condition in
# every wording I could think of, and no parent condition (fresh53 and fresh56 counted pairs through such synonyms).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C652","ARID1A immunohistochemistry predicts ARID1A mutation","ARID1A immunohistochemistry predicts ARID1A mutation in gynaecological cancers",
 ("ARID1A immunohistochemistry",['ARID1A immunohistochemistry','ARID1A IHC','ARID1A staining','ARID1A immunostaining','loss of ARID1A expression','ARID1A protein loss']),
 ("ARID1A mutational status",['ARID1A mutation','ARID1A mutations','ARID1A mutational status','ARID1A-mutated','truncating mutations']),
 'ARID1A[tiab]','effect',None,None,'benefit',None),
("C653","Circulating HSP27 tells lung cancer patients from healthy people","circulating heat shock protein 27 tells patients with lung cancer from healthy people",
 ("circulating heat shock protein 27",['heat shock protein 27','HSP27','Hsp27','serum HSP27','plasma HSP27','circulating HSP27','HSPB1']),
 ("lung cancer versus healthy controls",['lung cancer','non-small cell lung cancer','NSCLC','differentiation of patients with lung cancer','diagnosis of lung cancer']),
 '"heat shock protein 27"[tiab] OR HSP27[tiab]','effect',None,None,'benefit',None),
("C654","APOA1 gene variants set serum apolipoprotein A-I","variants of the APOA1 gene set the serum level of apolipoprotein A-I",
 ("APOA1 gene variants",['APOA1','APOA1 gene','APOA1 polymorphisms','single nucleotide polymorphisms of APOA1','APOA1 SNPs','apolipoprotein A1 gene']),
 ("serum apolipoprotein A-I level",['serum apolipoprotein A-I','apolipoprotein A-I concentrations','apoA-I','apoA-I levels','apolipoprotein A-I']),
 'APOA1[tiab] OR "apolipoprotein A-I"[tiab]','effect',None,None,'benefit',None),
("C655","Obsessive beliefs shape OCD symptom dimensions","obsessive beliefs shape the symptom dimensions of obsessive-compulsive disorder",
 ("obsessive beliefs",['obsessive beliefs','Obsessive Beliefs Questionnaire','OBQ','dysfunctional beliefs','inflated responsibility','perfectionism','intolerance of uncertainty']),
 ("OCD symptom dimensions",['symptom dimensions','OCD symptoms','obsessive-compulsive symptoms','obsessive-compulsive disorder','OCD','contamination','checking']),
 '"obsessive-compulsive"[tiab] OR "obsessive compulsive"[tiab]','effect',None,None,'harm',None),
("C656","mTORC1 drives serine and glycine metabolism in osteosarcoma","mTORC1 drives the serine and glycine metabolism of osteosarcoma",
 ("mTORC1",['mTORC1','mTORC1 signaling','mTORC1 signalling','mTOR complex 1','mTORC1 activation']),
 ("serine and glycine metabolism in osteosarcoma",['serine/glycine metabolism','serine metabolism','glycine metabolism','serine synthesis','PHGDH','osteosarcoma','osteosarcoma development']),
 'mTORC1[tiab] OR osteosarcoma[tiab]','effect',None,None,'harm',None),
("C657","CDK12 keeps DNA repair genes whole by suppressing intronic polyadenylation","CDK12 keeps DNA repair genes whole by suppressing intronic polyadenylation",
 ("CDK12",['CDK12','cyclin-dependent kinase 12','CDK12 kinase']),
 ("intronic polyadenylation of DNA repair genes",['intronic polyadenylation','IPA','DNA repair genes','DNA damage response genes','full-length transcripts','homologous recombination genes']),
 'CDK12[tiab] OR "intronic polyadenylation"[tiab]','effect',None,None,'benefit',None),
("C658","ASIC1a worsens NMDA receptor-mediated neuronal death","the acid-sensing channel ASIC1a worsens NMDA receptor-mediated death of hippocampal neurons",
 ("ASIC1a",['ASIC1a','acid-sensing ion channel 1a','acid-sensing ion channel','ASIC1a activity','ASIC1a channels']),
 ("NMDA receptor-mediated neuronal death",['NMDAR-mediated neuronal death','neuronal death','hippocampal neuronal death','excitotoxicity','NMDA receptor','NMDAR','neuronal injury']),
 'ASIC1a[tiab] OR "acid-sensing ion channel"[tiab]','effect',None,None,'harm',None),
("C659","S6K1 makes lung cancer resistant to radiation","S6K1 makes lung cancer resistant to radiation",
 ("S6K1",['S6K1','p70S6K','ribosomal protein S6 kinase 1','S6K1 phosphorylation']),
 ("radioresistance of lung cancer",['radioresistance','radiation resistance','radiosensitivity','resistance to radiation','lung cancer','lung cancer cells']),
 'S6K1[tiab] OR Mxi1[tiab] OR radioresistance[tiab]','effect',None,None,'harm',None),
("C660","FBXO31 holds back EMT in gastric cancer","FBXO31 holds back the epithelial-mesenchymal transition of gastric cancer",
 ("FBXO31",['FBXO31','F-box protein 31','FBXO31 overexpression']),
 ("epithelial-mesenchymal transition of gastric cancer",['epithelial-mesenchymal transition','EMT','gastric cancer EMT','migration','invasion','metastasis','gastric cancer']),
 'FBXO31[tiab] OR ("gastric cancer"[tiab] AND EMT[tiab])','effect',None,None,'benefit',None),
("C661","Ro60 restrains inflammatory gene expression","the Ro60 autoantigen restrains inflammatory gene expression",
 ("Ro60",['Ro60','Ro 60','Ro60 autoantigen','60 kDa Ro','TROVE2','SSA/Ro60']),
 ("inflammatory gene expression",['inflammatory gene expression','interferon-stimulated genes','inflammatory genes','type I interferon','inflammation','endogenous retroelements']),
 'Ro60[tiab] OR "Ro 60"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
