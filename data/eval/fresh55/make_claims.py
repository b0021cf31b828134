# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 35 (2026-12-04) after fresh54 was scored (its reading mended in the working tree), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (a random draw, and topics beside them),
# before any project output or review for these claims existed. C632, C640, C641 diagnostic claims; C633-C635 human
# observational claims (C633, C634 of harm); C636-C639 laboratory claims (C636, C637 about reagents' specificity).
# Synonyms name the claim's own therapy and condition, none broader, in every wording I could think of.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C632","ALK immunohistochemistry detects ALK-rearranged lung cancer","ALK immunohistochemistry detects ALK-rearranged non-small cell lung cancer",
 ("ALK immunohistochemistry",['ALK immunohistochemistry','ALK IHC','ALK antibodies','ALK antibody','anti-ALK antibody','D5F3','5A4','immunohistochemistry']),
 ("ALK-rearranged non-small cell lung cancer",['ALK-rearranged','ALK rearrangement','ALK-positive','ALK fusion','EML4-ALK','non-small cell lung cancer','NSCLC']),
 'ALK[tiab] AND (immunohistochem*[tiab] OR IHC[tiab] OR rearrang*[tiab])','effect',None,None,'benefit',None),
("C633","People with high autistic traits show impaired joint attention","people with high autistic traits show impaired joint attention",
 ("high autistic traits",['high autistic traits','autistic traits','autism spectrum traits','high AQ','Autism-Spectrum Quotient','broader autism phenotype']),
 ("joint attention",['joint attention','impaired joint attention','gaze following','attention following','social attention']),
 '"joint attention"[tiab] OR "autistic traits"[tiab]','effect',None,None,'harm',None),
("C634","Greater self-awareness lowers well-being in Alzheimer disease","greater self-awareness lowers well-being in mild to moderate Alzheimer disease",
 ("greater self-awareness",['self-awareness','awareness','awareness of deficits','anosognosia','insight','awareness of memory deficits']),
 ("well-being in Alzheimer disease",['well-being','wellbeing','quality of life','depression','mood','psychological well-being','Alzheimer disease',"Alzheimer's disease"]),
 '"self-awareness"[tiab] OR (awareness[tiab] AND Alzheimer*[tiab])','effect',None,None,'harm',None),
("C635","Tone-language experience shapes the mismatch negativity to pitch","experience with a tone language shapes the brain's mismatch negativity to pitch",
 ("tone-language experience",['tone language','tone-language','Chinese listeners','Mandarin','native tone language speakers','language experience','linguistic experience']),
 ("mismatch negativity to pitch",['mismatch negativity','MMN','pitch processing','pitch dimensions','pitch contour','pitch direction','pitch height']),
 '"mismatch negativity"[tiab] OR (pitch[tiab] AND language[tiab])','effect',None,None,'benefit',None),
("C636","Commercial alpha-1-adrenergic receptor antibodies are specific","commercial antibodies against the alpha-1-adrenergic receptor subtypes bind their targets specifically",
 ("commercial alpha-1-adrenergic receptor subtype antibodies",['alpha-1-adrenergic receptor antibodies','α1-adrenergic receptor antibodies','adrenergic receptor antibodies','commercial antibodies','antibodies']),
 ("specific binding to the receptor subtypes",['specificity','specific','selectivity','selective','nonspecific','receptor subtypes','alpha-1-adrenergic receptor subtypes','α1-adrenergic receptor subtypes','immunoreactivity']),
 '"adrenergic receptor"[tiab] AND antibod*[tiab]','effect',None,None,'benefit',None),
("C637","Commercial DRD1 and DRD2 antibodies are specific","commercial DRD1 and DRD2 antibodies recognise the dopamine receptors specifically",
 ("commercial DRD1 and DRD2 antibodies",['DRD1 antibodies','DRD2 antibodies','dopamine receptor antibodies','DRD1 antibody','DRD2 antibody','commercial antibodies','antibodies']),
 ("specific recognition of the dopamine receptors",['specificity','specific','selectivity','nonspecific','dopamine receptors','DRD1','DRD2','immunoreactivity','receptor deficient mice']),
 '"dopamine receptor"[tiab] OR DRD1[tiab] OR DRD2[tiab]','effect',None,None,'benefit',None),
("C638","EnPresso B raises recombinant protein yield in shaken E. coli cultures","the EnPresso B medium raises the yield of recombinant protein in shaken E. coli cultures",
 ("EnPresso B medium",['EnPresso B','EnPresso','enzymatic glucose release medium','fed-batch medium','glucose release medium']),
 ("recombinant protein yield in E. coli",['recombinant protein yield','protein yield','yield','recombinant protein','Escherichia coli','E. coli','protein production','expression']),
 'EnPresso[tiab] OR ("recombinant protein"[tiab] AND coli[tiab])','effect',None,None,'benefit',None),
("C639","Tpa1 repairs alkylation damage to DNA in yeast","the yeast protein Tpa1 repairs alkylation damage to DNA",
 ("Tpa1",['Tpa1','Tpa1 protein','Tpa1p']),
 ("alkylation DNA damage repair",['alkylation repair','alkylation damage','direct alkylation repair','DNA repair','alkylating agents','methyl methanesulfonate','MMS','alkylated DNA']),
 'Tpa1[tiab] OR (alkylation[tiab] AND repair[tiab])','effect',None,None,'benefit',None),
("C640","[18F]CFA PET images deoxycytidine kinase activity","a PET tracer, [18F]CFA, images deoxycytidine kinase activity",
 ("[18F]CFA PET",['[18F]CFA','18F-CFA','CFA','PET probe','PET imaging','positron emission tomography','PET tracer']),
 ("deoxycytidine kinase activity",['deoxycytidine kinase','dCK activity','dCK','deoxycytidine kinase activity']),
 '"deoxycytidine kinase"[tiab] OR "[18F]CFA"[tiab]','effect',None,None,'benefit',None),
("C641","SDHB immunohistochemistry identifies SDH deficiency in muscle biopsies","succinate dehydrogenase B immunohistochemistry identifies succinate dehydrogenase deficiency in muscle biopsies",
 ("SDHB immunohistochemistry",['SDHB immunohistochemistry','succinate dehydrogenase B immunohistochemistry','SDHB IHC','SDHB staining','SDHB immunostaining','immunohistochemistry']),
 ("succinate dehydrogenase deficiency in muscle",['succinate dehydrogenase deficiency','SDH deficiency','SDH-deficient','mitochondrial myopathy','mitochondrial disease','muscle biopsies','muscle biopsy']),
 'SDHB[tiab] OR "succinate dehydrogenase"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
