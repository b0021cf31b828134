# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 32 (2026-12-04) after fresh48 was scored (a154781) and its reading mended (107ed14), from titles of
# workshop-corpus records that no earlier set's or the catalog's query returns (and topics beside them), before any
# project output or review for these claims existed. C567-C575 are harm claims; C565 an animal (worm) claim, C570 a
# laboratory claim. Synonyms name the claim's own therapy and condition, none broader (no bare disease name for an
# outcome claim).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C564","A PGLA/polydioxanone membrane holds implanted chondrocytes in the hip","a membrane of PGLA and polydioxanone holds implanted chondrocytes in place in the hip",
 ("PGLA/polydioxanone membrane",['PGLA/polydioxanone membrane','PGLA/polydioxanone','polyglactin/polydioxanone membrane','polydioxanone membrane']),
 ("fixation of chondrocyte implants in the hip",['primary stability','hip joint','membrane fixation','autologous chondrocyte implantation in the hip']),
 '(membrane[tiab] AND hip[tiab]) AND chondrocyte*[tiab]','effect',None,None,'benefit',None),
("C565","Omega-3 fatty acids help worms withstand oxidative stress","omega-3 fatty acids help worms withstand oxidative stress",
 ("omega-3 fatty acids",['omega-3 fatty acids','omega-3','n-3 fatty acids','polyunsaturated fatty acids']),
 ("resistance to oxidative stress",['oxidative stress','fitness','survival under oxidative stress','stress resistance']),
 '"omega-3"[tiab] OR elegans[tiab]','effect',None,None,'benefit',["c. elegans"]),
("C566","Correcting low levels of astigmatism sharpens vision","correcting even low levels of astigmatism sharpens vision",
 ("correction of low astigmatism",['correction of low levels of astigmatism','astigmatism correction','toric','correcting astigmatism']),
 ("sharper vision",['visual acuity','uncorrected visual acuity','visual performance','contrast sensitivity']),
 'astigmatism[tiab]','effect',None,None,'benefit',None),
("C567","Bacterial antigens in the joint fluid drive arthritis","bacterial antigens in the joint fluid drive arthritis",
 ("bacterial antigens in synovial fluid",['bacterial antigens','super antigens','superantigens','bacterial DNA']),
 ("arthritis",['arthritis','reactive arthritis','rheumatoid arthritis','undifferentiated arthritis']),
 '"synovial fluid"[tiab] AND (bacteri*[tiab] OR antigen*[tiab])','effect',None,None,'harm',None),
("C568","Antibodies against p53 in the blood mark a worse liver cancer","antibodies against p53 in the blood mark a worse liver cancer",
 ("circulating anti-p53 antibodies",['anti-p53 antibodies','p53 antibodies','circulating anti-p53','serum p53 antibodies']),
 ("worse hepatocellular carcinoma",['poor prognosis','shorter survival','survival','tumour differentiation','tumor differentiation']),
 'p53[tiab] AND antibod*[tiab]','effect',None,None,'harm',None),
("C569","The TNF-alpha -308 A allele predisposes children to immune thrombocytopenia","the TNF-alpha -308 A allele predisposes children to immune thrombocytopenia",
 ("TNF-alpha -308G/A polymorphism",['-308G/A','TNF-alpha -308','TNF-α -308','-308 A allele','308A allele']),
 ("immune thrombocytopenia",['immune thrombocytopenic purpura','immune thrombocytopenia','ITP','chronic ITP']),
 'thrombocytopenic[tiab] OR "TNF-alpha"[tiab] AND polymorphism[tiab]','effect',None,None,'harm',None),
("C570","Jellyfish venom damages heart muscle cells","jellyfish venom damages heart muscle cells",
 ("jellyfish venom",['jellyfish venom','Nemopilema nomurai venom','Nemopilema nomurai jellyfish venom']),
 ("damage to heart muscle cells",['cardiomyocytes','cardiotoxicity','cardiomyocyte','cardiac toxicity']),
 'venom[tiab]','effect',None,None,'harm',None),
("C571","Chlamydia pneumoniae can cause abscesses in the chest","chlamydia pneumoniae can cause abscesses in the chest",
 ("Chlamydia pneumoniae infection",['Chlamydia pneumoniae','C. pneumoniae','Chlamydophila pneumoniae']),
 ("intrathoracic abscesses",['intrathoracic abscesses','intrathoracic abscess','lung abscess','empyema','mediastinal abscess']),
 '"Chlamydia pneumoniae"[tiab]','effect',None,None,'harm',None),
("C572","Defects of the vertebral endplate go with disc degeneration","defects of the vertebral endplate go with disc degeneration",
 ("vertebral endplate defects",['endplate defects','endplate defect','endplate injury','endplate lesions','Schmorl nodes']),
 ("intervertebral disc degeneration",['disc degeneration','intervertebral disc degeneration','degenerated discs']),
 'endplate[tiab]','effect',None,None,'harm',None),
("C573","Androgen receptor phosphorylation at serine 515 worsens triple negative breast cancer","androgen receptor phosphorylation at serine 515 worsens triple negative breast cancer",
 ("androgen receptor phosphorylation at serine 515",['phosphorylation of androgen receptors at serine 515','AR serine 515 phosphorylation','pAR-S515','serine 515']),
 ("worse prognosis of triple negative breast cancer",['poor prognosis','prognostic marker','survival','recurrence']),
 '"androgen receptor"[tiab]','effect',None,None,'harm',None),
("C574","Menopause worsens women's sleep","menopause worsens women's sleep",
 ("menopause",['menopause','postmenopausal','menopausal']),
 ("poorer sleep",['sleep quality','sleep efficiency','slow wave sleep','sleep disruption']),
 'sleep[tiab] AND (menopause[tiab] OR women[tiab])','effect',None,None,'harm',None),
("C575","Some strains of Trypanosoma brucei rhodesiense are deadlier than others","some strains of Trypanosoma brucei rhodesiense are deadlier than others",
 ("Trypanosoma brucei rhodesiense strains",['Trypanosoma brucei rhodesiense','T. b. rhodesiense','rhodesiense strains']),
 ("greater virulence",['pathogenicity','virulence','survival time','mortality']),
 'Trypanosoma[tiab]','effect',None,None,'harm',None),
]
write_claims(C)
