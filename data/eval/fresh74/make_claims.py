# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh71 and fresh72 were scored, from titles of workshop-corpus records that no
# earlier set's or the catalog's query returns (a random draw), before any project output or review for these claims
# existed. C822-C823 a human mechanism and an animal model claim; C824-C831 laboratory claims. Synonyms name the claim's
# own therapy (or agent) and condition (for a laboratory claim the outcome it asserts), no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C822","Liver cancers carry tumour-associated antigens","Liver cancers carry antigens of their own that the immune system can recognise",
 ("tumour-associated antigens",['tumor-associated antigens','tumour-associated antigens','tumor antigens','TAAs','cancer-testis antigens','autoantibodies']),
 ("hepatocellular carcinoma",['hepatocellular carcinoma','HCC','liver cancer','hepatoma','primary liver cancer']),
 '"tumor-associated antigen*"[tiab] OR "tumour-associated antigen*"[tiab]','effect',None,None,'benefit',None),
("C823","The rat cutaneous trunk muscle reflex models pain signalling","In rats, the reflex of the cutaneous trunk muscle is a good model for studying pain signalling",
 ("cutaneous trunk muscle reflex",['cutaneous trunk muscle reflex','CTM reflex','CTMR','cutaneous trunk muscle','nociceptive reflex']),
 ("nociceptive signalling",['nociception','nociceptive','pain','sensory input','nociceptive processing','spinal nociceptive']),
 'nociceptive[tiab] AND reflex[tiab]','effect',None,None,'benefit',None),
("C824","Su(H)-MAPK variants change Notch target gene expression in Drosophila","variants of Su(H) carrying MAPK sites change how Notch target genes are expressed in Drosophila",
 ("Su(H)-MAPK variants",['Su(H)','Suppressor of Hairless','Su(H) variants','MAPK phosphorylation','phospho-mimetic','phospho-deficient']),
 ("Notch target gene expression",['Notch target genes','Notch target gene expression','Notch signalling','Notch activity','E(spl)','target gene expression']),
 'Notch[tiab] AND Drosophila[tiab]','effect',None,None,'benefit',None),
("C825","Goose CYP11A1 expression follows the reproductive cycle","the CYP11A1 gene of the goose is expressed in step with its reproductive cycle",
 ("CYP11A1",['CYP11A1','cholesterol side chain cleavage enzyme','P450scc','side-chain cleavage']),
 ("expression across the goose reproductive cycle",['expression patterns','mRNA expression','reproductive cycle','laying period','ovary','follicles']),
 'CYP11A1[tiab] OR (goose[tiab] AND gene[tiab])','effect',None,None,'benefit',None),
("C826","Glycogen can be titrated biochemically in vitro","glycogen can be titrated biochemically in vitro",
 ("biochemical titration",['titration','biochemical titration','enzymatic assay','amyloglucosidase','glycogen assay','quantification']),
 ("glycogen measurement",['glycogen','glycogen content','glycogen levels','glycogen quantification','glucose release']),
 'glycogen[tiab] AND (titration[tiab] OR "in vitro"[tiab])','effect',None,None,'benefit',None),
("C827","Trichinella spiralis larvae stages differ in surface proteins","the surface proteins of Trichinella spiralis differ between its muscle and intestinal larvae",
 ("Trichinella spiralis larval stage",['muscle larvae','intestinal infective larvae','Trichinella spiralis','T. spiralis','larvae','ML and IIL']),
 ("surface protein profile",['surface proteins','proteome','differentially expressed proteins','protein spots','surface antigens','proteomic analysis']),
 'Trichinella[tiab]','effect',None,None,'benefit',None),
("C828","OSR1 kinase is activated through its structure","the kinase OSR1 is activated through its structure",
 ("OSR1 kinase",['OSR1','oxidative stress responsive 1','germinal center kinase','SPAK','OSR1 kinase']),
 ("kinase activation",['activation','autophosphorylation','activation loop','kinase activity','WNK phosphorylation','dimerization']),
 'OSR1[tiab] OR "germinal center kinase"[tiab] OR SPAK[tiab]','effect',None,None,'benefit',None),
("C829","Gram-positive bacteria de-N-acetylate their PNAG","Gram-positive bacteria strip acetyl groups from their poly-N-acetylglucosamine",
 ("PNAG de-N-acetylase",['IcaB','PgaB','deacetylase','de-N-acetylase','PNAG deacetylase','carbohydrate esterase']),
 ("de-N-acetylation of PNAG",['de-N-acetylation','deacetylation','PNAG','poly-N-acetylglucosamine','biofilm','exopolysaccharide']),
 'PNAG[tiab] OR "poly-N-acetylglucosamine"[tiab] OR "N-acetyl-D-glucosamine"[tiab]','effect',None,None,'benefit',None),
("C830","Peptides can be displayed on amyloid fibre surfaces","peptides can be displayed on the surface of amyloid fibres",
 ("peptide amyloid surface display",['amyloid display','surface display','amyloid fibres','amyloid fibrils','peptide display','displayed peptides']),
 ("peptide display on amyloid",['display','functional peptides','fibril surface','binding','functionalization','surface-displayed']),
 'amyloid[tiab] AND (display[tiab] OR peptide*[tiab])','effect',None,None,'benefit',None),
("C831","The upper Entner-Doudoroff pathway of Pseudomonas putida produces NAD(P)H","the upper Entner-Doudoroff pathway of Pseudomonas putida produces NAD(P)H",
 ("upper Entner-Doudoroff pathway",['Entner-Doudoroff pathway','ED pathway','glucose-6-phosphate dehydrogenase','Zwf','glucose dehydrogenase','upper ED pathway']),
 ("NAD(P)H production",['NAD(P)H production','NADPH production','NADPH','NADH','reducing power','redox cofactors']),
 '"Entner-Doudoroff"[tiab] OR (NADPH[tiab] AND Pseudomonas[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
