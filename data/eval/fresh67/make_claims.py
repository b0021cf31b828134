# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) after fresh66 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C752-C754 human harm claims; C755-C757 test, marker and prediction claims; C758 an intervention claim; C759 a harm
# claim; C760, C761 laboratory claims. Synonyms name the claim's own therapy and condition (for a laboratory claim the
# outcome it asserts), no parent condition, none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C752","Cat scratch disease spreads into the epidural space","Cat scratch disease can spread into a child's epidural space",
 ("cat scratch disease",['cat scratch disease','cat-scratch disease','Bartonella henselae','Bartonella','bartonellosis']),
 ("epidural spread",['epidural abscess','epidural extension','spinal epidural abscess','epidural infection','paraspinal abscess']),
 '"cat scratch"[tiab] OR Bartonella[tiab]','effect',None,None,'harm',None),
("C753","A late diagnosis makes kidney infections life-threatening","A late diagnosis makes a kidney infection life-threatening",
 ("late diagnosis",['delayed diagnosis','delay of diagnosis','diagnostic delay','late diagnosis','delay in diagnosis']),
 ("life-threatening kidney infection",['life-threatening renal infection','fatal renal infection','emphysematous pyelonephritis','renal abscess','death','sepsis','septic shock']),
 '"emphysematous pyelonephritis"[tiab] OR "renal infection"[tiab] OR "renal infections"[tiab]','effect',None,None,'harm',None),
("C754","Xylohypha bantiana infects the brain","The soil fungus Xylohypha bantiana infects the brain",
 ("Xylohypha bantiana",['Xylohypha bantiana','Cladophialophora bantiana','Cladosporium bantianum','dematiaceous fungi','dematiaceous fungus']),
 ("cerebral phaeohyphomycosis",['cerebral phaeohyphomycosis','brain abscess','cerebral abscess','central nervous system infection','fungal brain abscess']),
 'phaeohyphomycosis[tiab] OR bantiana[tiab] OR Cladophialophora[tiab]','effect',None,None,'harm',None),
("C755","Gene-expression signatures tell who gains from chemotherapy in HR-positive breast cancer","Gene-expression signatures tell which women with hormone receptor-positive breast cancer gain from chemotherapy",
 ("gene-expression signatures",['gene expression signature','gene-expression signatures','gene expression profiling','Oncotype DX','21-gene recurrence score','MammaPrint','70-gene signature','genomic assays']),
 ("benefit of chemotherapy in hormone receptor-positive breast cancer",['benefit from chemotherapy','chemotherapy benefit','adjuvant chemotherapy','recurrence','distant recurrence','prognosis']),
 '"gene expression"[tiab] AND breast[tiab]','effect',None,None,'benefit',None),
("C756","Colorectal cancers carry cancer-testis antigens for immunotherapy","Colorectal cancers carry cancer-testis antigens that immunotherapy can target",
 ("cancer-testis antigens",['cancer-testis antigens','cancer testis antigens','CT antigens','CT-X antigens','MAGE-A','NY-ESO-1']),
 ("expression in colorectal cancer",['colorectal cancer','colorectal carcinoma','colon cancer','expression in colorectal cancer','immunotherapy target']),
 '"cancer-testis"[tiab] OR "cancer testis"[tiab]','effect',None,None,'benefit',None),
("C757","Structured instruments predict violence in psychiatric patients","Structured instruments predict which psychiatric patients will turn violent",
 ("structured violence risk instruments",['violence risk assessment','risk assessment instruments','structured instruments','HCR-20','psychometric tools','Violence Risk Appraisal Guide','actuarial instruments']),
 ("violence by psychiatric patients",['violence','aggression','violent behaviour','violent behavior','aggressive behaviour','aggressive behavior']),
 'violence[tiab] AND (psychiatric[tiab] OR schizophrenia[tiab])','effect',None,None,'benefit',None),
("C758","A web-based tracking system improves early infant HIV diagnosis","A web-based tracking system gets HIV-exposed infants diagnosed early",
 ("web-based infant tracking system",['HIV infant tracking system','HITSystem','eHealth intervention','web-based intervention','electronic tracking system','mHealth']),
 ("early infant diagnosis of HIV",['early infant diagnosis','EID','infant HIV testing','retention in care','turnaround time','timely diagnosis']),
 'HIV[tiab] AND infant*[tiab]','effect',None,None,'benefit',None),
("C759","Sexual risk behaviour goes with undiagnosed HIV infection in women","Sexual risk behaviour goes with undiagnosed HIV infection in women",
 ("sexual risk behaviour",['sexual risk behaviors','sexual risk behaviours','sexual risk behavior','multiple partners','unprotected sex','exchange sex','condomless sex']),
 ("undiagnosed HIV infection",['unrecognized HIV infection','undiagnosed HIV infection','HIV infection','HIV prevalence','newly diagnosed HIV']),
 '"sexual risk"[tiab] OR ("HIV infection"[tiab] AND women[tiab])','effect',None,None,'harm',None),
("C760","The body clock sets daily NCAM fucosylation in olfactory neurons","the body clock sets the daily fucosylation of NCAM in olfactory neurons",
 ("the molecular clock",['molecular clock','circadian clock','circadian rhythm','clock genes','Bmal1','Clock']),
 ("daily NCAM fucosylation",['fucosylation','α1-2-fucosylation','alpha1-2-fucosylation','NCAM fucosylation','fucosylated NCAM','daily rhythm of fucosylation']),
 'fucosylation[tiab] OR circadian[tiab]','effect',None,None,'benefit',None),
("C761","Phage display generates antibodies at high throughput","phage display turns out antibodies at high throughput",
 ("phage display",['phage display','phage-display','phage display libraries','antibody phage display','phage libraries']),
 ("high-throughput antibody generation",['antibody generation','antibody discovery','high-throughput','high throughput','antibody characterization','binders']),
 '"phage display"[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
