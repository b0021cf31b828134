# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh73 and fresh74 were scored, from titles of workshop-corpus records that no
# earlier set's or the catalog's query returns (a random draw), before any project output or review for these claims
# existed. C832-C838 human harm, programme and cause claims; C839-C841 laboratory claims. Synonyms name the claim's own
# therapy (or exposure) and condition (for a laboratory claim the outcome it asserts), no parent condition, none lifted
# from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C832","Glomus tumours can grow in the trachea","Glomus tumours can grow in the trachea, outside the skin",
 ("glomus tumour",['glomus tumour','glomus tumor','glomangioma','glomus tumours','glomus tumors']),
 ("tracheal location",['trachea','tracheal','airway','extracutaneous','tracheal tumour','tracheal tumor']),
 'glomus[tiab] OR trachea*[tiab]','effect',None,None,'harm',None),
("C833","Following the whole care cascade helps reach heart disease prevention goals","Following patients through the whole care cascade helps a health system reach its goals for preventing heart disease",
 ("care cascade model",['care cascade','cascade of care','care continuum','integrated care model','population health model','chronic disease management program']),
 ("cardiovascular secondary prevention goals",['secondary prevention','cardiovascular disease','hypertension control','roadmap goals','blood pressure control','CVD prevention']),
 '"care cascade"[tiab] OR "secondary prevention"[tiab] OR Kenya[tiab]','effect',None,None,'benefit',None),
("C834","Primary psoas abscess can arise in pregnancy","A primary abscess of the psoas can arise during pregnancy",
 ("pregnancy",['pregnancy','pregnant','pregnant woman','pregnant women','gestation','gravid']),
 ("primary psoas abscess",['primary psoas abscess','psoas abscess','psoas muscle abscess','iliopsoas abscess']),
 'pregnan*[tiab] AND (abscess[tiab] OR psoas[tiab])','effect',None,None,'harm',None),
("C835","Odontoid osteomyelitis can bring on meningitis","Osteomyelitis of the odontoid process can bring on meningitis",
 ("odontoid osteomyelitis",['odontoid osteomyelitis','osteomyelitis of the odontoid','odontoid process','C2 osteomyelitis','craniovertebral junction infection','vertebral osteomyelitis']),
 ("meningitis",['meningitis','bacterial meningitis','purulent meningitis','meningeal infection']),
 'odontoid[tiab] OR (meningitis[tiab] AND osteomyelitis[tiab])','effect',None,None,'harm',None),
("C836","Halo pins can pierce the skull and cause epidural abscess","The pins of a halo brace can pierce the skull and cause an epidural abscess",
 ("halo pin fixation",['halo pin','halo pins','halo vest','halo fixation','halo brace','halo orthosis']),
 ("intracranial penetration with epidural abscess",['epidural abscess','intracranial penetration','skull penetration','intracranial abscess','pin site infection','brain abscess']),
 '"halo pin"[tiab] OR "halo pins"[tiab] OR "halo vest"[tiab] OR cranioplasty[tiab]','effect',None,None,'harm',None),
("C837","Actinomycosis causes splenic abscesses","Actinomycosis can cause abscesses of the spleen",
 ("actinomycosis",['actinomycosis','Actinomyces','actinomycotic','Actinomyces israelii']),
 ("splenic abscess",['splenic abscess','splenic abscesses','abscess of the spleen','splenic lesions']),
 'actinomyco*[tiab] AND (splenic[tiab] OR spleen[tiab] OR abscess*[tiab])','effect',None,None,'harm',None),
("C838","Maxillary canine impaction has mostly genetic causes","Maxillary canines become impacted mostly for genetic reasons",
 ("genetic factors",['genetic factors','genetic','heredity','inherited','genetic theory','familial']),
 ("maxillary canine impaction",['canine impaction','impacted canines','impacted maxillary canines','palatally displaced canines','palatal canine displacement','maxillary canine impaction']),
 '"canine impaction"[tiab] OR "impacted canine*"[tiab] OR "palatally displaced"[tiab]','effect',None,None,'harm',None),
("C839","The AtxE2 isopeptidase recognises the lasso fold","the AtxE2 isopeptidase recognises the lasso fold of its peptide",
 ("AtxE2 isopeptidase",['AtxE2','lasso peptide isopeptidase','isopeptidase','astexin isopeptidase']),
 ("recognition of the lasso fold",['lasso fold','lasso topology','substrate specificity','specificity determinants','threaded structure','lasso peptide recognition']),
 '"lasso peptide*"[tiab] OR isopeptidase[tiab]','effect',None,None,'benefit',None),
("C840","RNA polymerase structural dynamics make it copy with errors","the structural dynamics of an RNA-dependent RNA polymerase make it copy with errors",
 ("RNA-dependent RNA polymerase structural dynamics",['structural dynamics','conformational dynamics','RNA-dependent RNA polymerase','RdRp','motif D','active-site dynamics']),
 ("error-prone replication",['error-prone replication','fidelity','replication fidelity','mutation rate','misincorporation','nucleotide incorporation errors']),
 '"RNA-dependent RNA polymerase"[tiab] AND (fidelity[tiab] OR error-prone[tiab] OR mutation*[tiab])','effect',None,None,'harm',None),
("C841","Abiotic stress changes Corynebacterium pseudotuberculosis gene expression","abiotic stresses change which genes Corynebacterium pseudotuberculosis expresses",
 ("abiotic stress",['abiotic stress','abiotic stresses','acid stress','osmotic stress','heat stress','thermal stress']),
 ("gene expression of Corynebacterium pseudotuberculosis",['gene expression','transcriptome','RNA-seq','differentially expressed genes','expression profile','transcription']),
 'Corynebacterium[tiab] AND (stress[tiab] OR RNA-seq[tiab] OR transcriptom*[tiab])','effect',None,None,'benefit',None),
]

write_claims(C)
