# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh70 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C792-C795 human harm and mechanism claims; C796-C801 laboratory, test and device claims. Synonyms name the claim's
# own therapy (or exposure) and condition (for a laboratory claim the outcome it asserts), no parent condition, none
# lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C792","Staphylococcus aureus causes most primary psoas abscesses","A primary abscess of the psoas muscle is mostly caused by Staphylococcus aureus",
 ("Staphylococcus aureus infection",['Staphylococcus aureus','S. aureus','staphylococcal','MRSA','methicillin-resistant Staphylococcus aureus']),
 ("primary psoas abscess",['primary psoas abscess','primary iliopsoas abscess','primary pyogenic psoas abscess','psoas abscess','iliopsoas abscess']),
 '"primary psoas abscess"[tiab] OR "primary pyogenic abscess"[tiab]','effect',None,None,'harm',None),
("C793","Pyogenic spondylitis arises in immobile spinal segments","Pyogenic spondylitis can arise in a spinal segment that no longer moves",
 ("immobile spinal segment",['immobile segment','fused segment','spinal fusion','ankylosed segment','ankylosis','fused vertebrae']),
 ("pyogenic spondylitis",['pyogenic spondylitis','pyogenic spondylodiscitis','vertebral osteomyelitis','infectious spondylitis','discitis']),
 '"spondylitis"[tiab] AND (pyogenic[tiab] OR fusion[tiab])','effect',None,None,'harm',None),
("C794","Hyper-IgE syndrome predisposes to refractory abscesses","The hyper-IgE syndrome leaves patients prone to abscesses that resist treatment",
 ("hyper-IgE syndrome",['hyper-IgE syndrome','hyperimmunoglobulin E syndrome',"Job's syndrome",'Job syndrome','elevated serum IgE','HIES']),
 ("refractory abscesses",['abscess','abscesses','refractory abscesses','recurrent abscesses','staphylococcal abscesses','cold abscesses']),
 '"hyper-IgE"[tiab] OR "Job\'s syndrome"[tiab] OR "IgE"[tiab]','effect',None,None,'harm',None),
("C795","Spinal cord injury makes the cortex reorganise","Damage to the spinal cord makes the cerebral cortex reorganise",
 ("spinal cord injury",['spinal cord injury','spinal cord injuries','SCI','spinal cord lesion','tetraplegia','paraplegia']),
 ("cortical reorganisation",['cortical reorganization','cortical reorganisation','cortical plasticity','cortical remapping','reorganization of the cortex','cortical changes']),
 '"spinal cord injury"[tiab] AND (cortical[tiab] OR cortex[tiab] OR reorganization[tiab])','effect',None,None,'harm',None),
("C796","Commercial Nrf2 antibodies detect a protein other than Nrf2","commercial Nrf2 antibodies detect a protein that is not Nrf2",
 ("commercial Nrf2 antibodies",['Nrf2 antibodies','anti-Nrf2 antibodies','Nrf2 antibody','commercial antibodies','antibodies']),
 ("detection of a protein other than Nrf2",['nonspecific band','non-specific detection','cross-reactivity','wrong protein','misidentification','apparent molecular weight']),
 'Nrf2[tiab] AND antibod*[tiab]','effect',None,None,'harm',None),
("C797","CB1 receptor is expressed in epithelia of the canine embryo","the type-1 cannabinoid receptor is expressed in the epithelia of the developing canine embryo",
 ("type-1 cannabinoid receptor",['type-1 cannabinoid receptor','cannabinoid receptor 1','CB1R','CB1','CB1 receptor']),
 ("epithelial expression in the developing canine embryo",['epithelial expression','expression','immunoreactivity','epithelium','epithelia','embryonic tissues']),
 'cannabinoid[tiab] OR CB1R[tiab] OR CB1[tiab]','effect',None,None,'benefit',None),
("C798","Hexose transporters are expressed in chicken intestinal epithelium","hexose transporters are expressed in the epithelial cells of the chicken small intestine",
 ("hexose transporters",['hexose transporters','glucose transporters','GLUT2','GLUT5','SGLT1','sugar transporters']),
 ("expression in chicken small-intestinal epithelium",['expression','epithelial cells','enterocytes','immunoreactivity','small intestine','intestinal epithelium']),
 'intestin*[tiab] AND (transporter*[tiab] OR mucin[tiab]) AND (chicken[tiab] OR broiler*[tiab])','effect',None,None,'benefit',None),
("C799","A cognition test battery measures astronauts' cognitive performance","a cognition test battery measures the cognitive performance of astronauts",
 ("cognition test battery",['Cognition battery','cognitive test battery','neurocognitive battery','cognitive tests','test battery']),
 ("cognitive performance of astronauts",['cognitive performance','cognitive function','neurocognitive performance','validity','reliability','sensitivity']),
 'spaceflight[tiab] OR astronaut*[tiab]','effect',None,None,'benefit',None),
("C800","FirePlex particles profile microRNAs without RNA purification","FirePlex particles profile microRNAs without RNA purification",
 ("FirePlex particles",['FirePlex','FirePlex particles','hydrogel particles','particle technology','multiplex particles']),
 ("microRNA profiling without RNA purification",['microRNA profiling','miRNA profiling','multiplex microRNA detection','direct detection','crude samples','without RNA purification']),
 'microRNA[tiab] AND (profiling[tiab] OR multiplex[tiab] OR purification[tiab])','effect',None,None,'benefit',None),
("C801","DHPR beta1a residues 489-503 are needed for excitation-contraction coupling","residues 489-503 of the DHPR beta1a subunit are needed for skeletal muscle excitation-contraction coupling",
 ("DHPR beta1a residues 489-503",['beta1a subunit','β1a subunit','beta1a C terminus','residues 489-503','DHPR beta1a','beta1a']),
 ("skeletal excitation-contraction coupling",['excitation-contraction coupling','EC coupling','RyR1 activation','calcium release','Ca2+ release','skeletal muscle EC coupling']),
 'ryanodine[tiab] OR dihydropyridine[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
