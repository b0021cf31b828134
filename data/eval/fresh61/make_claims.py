# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 36 (2026-12-04) after fresh60 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw, and topics beside them), before any project output or review for
# these claims existed. C692, C695, C696 test claims; C693 a reagent-specificity claim; C694 a feasibility claim; C697 a
# harm case claim; C698-C701 laboratory claims. Synonyms name the claim's own therapy and condition (for a laboratory
# claim the outcome it asserts, not the cells it is studied in), no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C692","Phosphohistone H3 staining can replace mitotic counts in meningioma grading","phosphohistone H3 staining can stand in for counting mitoses when meningiomas are graded",
 ("phosphohistone H3 staining",['phosphohistone H3','PHH3','PHH3 immunostaining','anti-PHH3','phospho-histone H3']),
 ("mitotic count for grading meningiomas",['mitotic count','mitotic figure count','mitotic index','mitoses','meningioma grading','grading of meningiomas']),
 '"phosphohistone H3"[tiab] OR PHH3[tiab] OR meningioma*[tiab]','effect',None,None,'benefit',None),
("C693","Commercial AT1 receptor antibodies are specific","commercial antibodies against the angiotensin II AT1 receptor recognise that receptor specifically",
 ("commercial AT1 receptor antibodies",['AT1 receptor antibodies','AT1R antibodies','anti-AT1 receptor antibodies','angiotensin II type 1 receptor antibodies','commercially available antibodies']),
 ("specific recognition of the AT1 receptor",['specificity','specific','non-specific','nonspecific','immunoreactivity','AT1 receptor knockout','AT1A receptor knockout']),
 '"AT1 receptor"[tiab] OR (antibod*[tiab] AND knockout[tiab])','effect',None,None,'benefit',None),
("C694","Radical bowel cancer resection is feasible under local anaesthesia and sedation","radical bowel cancer resection can be done under local anaesthesia and sedation",
 ("local anaesthesia and sedation",['local anaesthesia','local anesthesia','local anaesthesia and sedation','local anesthesia and sedation','regional anaesthesia','awake surgery']),
 ("radical bowel cancer resection",['bowel cancer resection','colorectal cancer resection','colectomy','radical resection','bowel resection','colorectal resection']),
 '"local anaesthesia"[tiab] OR "local anesthesia"[tiab]','effect',None,None,'benefit',None),
("C695","Factor XIIIa staining marks sebaceous differentiation","factor XIIIa staining marks sebaceous differentiation in skin tumours",
 ("factor XIIIa staining",['factor XIIIa','FXIIIa','factor XIIIa staining','factor XIIIa immunostaining','AC-1A1']),
 ("sebaceous differentiation",['sebaceous differentiation','sebaceous neoplasms','sebaceous tumours','sebaceous tumors','sebaceous adenoma','sebaceous carcinoma','sebaceoma','sebocytes']),
 '"factor XIIIa"[tiab] OR sebaceous[tiab]','effect',None,None,'benefit',None),
("C696","Asymmetric real-time PCR with melting curves detects PIK3CA mutations","asymmetric real-time PCR with melting curve analysis detects PIK3CA mutations",
 ("asymmetric real-time PCR with melting curve analysis",['asymmetric real-time PCR','melting curve analysis','multiplex melting curve analysis','asymmetric PCR','TaqMan probes','melting curve']),
 ("PIK3CA mutations",['PIK3CA mutations','PIK3CA mutation','PIK3CA hotspot mutations','mutant PIK3CA','PIK3CA-mutated']),
 'PIK3CA[tiab] OR "melting curve"[tiab]','effect',None,None,'benefit',None),
("C697","Pachygyria can present as mania","pachygyria can present as mania",
 ("pachygyria",['pachygyria','lissencephaly','agyria-pachygyria','cortical malformation','malformation of cortical development']),
 ("mania",['mania','manic episode','manic symptoms','bipolar disorder','hypomania']),
 'pachygyria[tiab] OR (mania[tiab] AND (malformation*[tiab] OR lissencephaly[tiab]))','effect',None,None,'harm',None),
("C698","Mouse strain decides lung metastasis of sarcoma cells","the mouse strain decides whether sarcoma cells spread to the lungs",
 ("mouse strain",['mouse strain','mouse strains','inbred mice','inbred strains','strain','strains','genetic background']),
 ("lung metastasis of sarcoma cells",['pulmonary metastasis','pulmonary metastases','lung metastasis','lung metastases','metastatic nodules','lung colonization']),
 'metasta*[tiab] AND (mice[tiab] OR mouse[tiab]) AND lung*[tiab] AND strain*[tiab]','effect',None,None,'harm',None),
("C699","The HUSH complex silences genes epigenetically","the HUSH complex silences genes by epigenetic means",
 ("HUSH complex",['HUSH complex','HUSH','human silencing hub','TASOR','MPP8','periphilin']),
 ("epigenetic gene silencing",['epigenetic silencing','gene silencing','silencing','position-effect variegation','H3K9me3','heterochromatin','transgene silencing']),
 'HUSH[tiab] OR "position-effect variegation"[tiab] OR "epigenetic silencing"[tiab]','effect',None,None,'benefit',None),
("C700","Positive allosteric modulators of the delta-opioid receptor strengthen its agonists","positive allosteric modulators of the delta-opioid receptor strengthen the effect of its agonists",
 ("positive allosteric modulators of the delta-opioid receptor",['positive allosteric modulators','positive allosteric modulator','PAMs','PAM','δ-PAM','delta-opioid receptor PAMs','allosteric modulators']),
 ("agonist effect at the delta-opioid receptor",['agonist potency','agonist efficacy','potency','efficacy','agonist responses','δ-opioid receptor agonists','delta-opioid receptor agonists','receptor signaling']),
 '"opioid receptor"[tiab]','effect',None,None,'benefit',None),
("C701","The prion protein binds copper at its N-terminal region","the prion protein binds copper at its N-terminal region",
 ("prion protein",['prion protein','PrP','PrPC','cellular prion protein','N-terminal region of the prion protein','octarepeat']),
 ("copper binding",['copper binding','Cu2+ binding','Cu(2+) binding','copper','Cu2+','binding of copper','copper coordination']),
 'prion[tiab] AND copper[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
