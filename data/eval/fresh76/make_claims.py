# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 38 (2026-12-05) after fresh75 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C842-C846 human harm, presentation and test claims; C847-C851 laboratory claims. Synonyms name the claim's own therapy
# (or exposure, or test) and condition (for a laboratory claim the outcome it asserts), no parent condition, none
# lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C842","Spinal epidural abscess presents with back pain and fever","A spinal epidural abscess announces itself with back pain and fever",
 ("spinal epidural abscess",['spinal epidural abscess','epidural abscess','spinal epidural abscesses','epidural empyema']),
 ("back pain and fever",['back pain','fever','neck pain','febrile','pyrexia','classic triad']),
 '"epidural abscess"[tiab] AND "back pain"[tiab] AND fever[tiab]','effect',None,None,'harm',None),
("C843","Streptococcus sanguis can cause iliopsoas abscess","Streptococcus sanguis can cause an iliopsoas abscess",
 ("Streptococcus sanguis infection",['Streptococcus sanguis','Streptococcus sanguinis','S. sanguis','viridans streptococci','viridans streptococcus']),
 ("iliopsoas abscess",['iliopsoas abscess','psoas abscess','iliopsoas abscesses','psoas abscesses']),
 'sanguis[tiab] OR sanguinis[tiab] OR "viridans streptococ*"[tiab]','effect',None,None,'harm',None),
("C844","Scintigraphy finds pyogenic psoas abscess without an operation","Scintigraphy finds a pyogenic psoas abscess without an operation",
 ("scintigraphy",['scintigraphy','gallium scan','gallium-67','radionuclide imaging','indium-111 leukocyte scan','noninvasive diagnostic techniques']),
 ("pyogenic psoas abscess",['pyogenic psoas abscess','psoas abscess','iliopsoas abscess','psoas abscesses']),
 '"psoas abscess*"[tiab] AND (scintigraphy[tiab] OR gallium[tiab] OR noninvasive[tiab])','effect',None,None,'benefit',None),
("C845","Secondary iliopsoas abscesses are mostly polymicrobial","Secondary iliopsoas abscesses are mostly polymicrobial",
 ("secondary iliopsoas abscess",['secondary iliopsoas abscess','secondary psoas abscess','secondary abscesses','secondary iliopsoas abscesses']),
 ("polymicrobial infection",['polymicrobial','mixed infection','enteric organisms','Escherichia coli','mixed flora','gram-negative']),
 '"iliopsoas abscess"[tiab] AND (secondary[tiab] OR polymicrobial[tiab])','effect',None,None,'harm',None),
("C846","Imaging diagnoses pancreatic cancer","Imaging diagnoses pancreatic cancer",
 ("imaging",['ultrasonography','computed tomography','CT','ultrasound','endoscopic retrograde cholangiopancreatography','ERCP']),
 ("pancreatic cancer",['pancreatic cancer','pancreatic carcinoma','carcinoma of the pancreas','pancreatic adenocarcinoma','cancer of the pancreas']),
 '"pancreatic cancer"[ti] AND diagnos*[ti]','effect',None,None,'benefit',None),
("C847","N6-methyladenosine keeps embryonic neural stem cells self-renewing","N6-methyladenosine marks on RNA keep embryonic neural stem cells renewing themselves",
 ("N6-methyladenosine RNA modification",['N6-methyladenosine','m6A','m6A modification','Mettl14','Mettl3','RNA methylation']),
 ("neural stem cell self-renewal",['self-renewal','neural stem cells','NSC proliferation','neural stem cell self-renewal','NSCs']),
 'N6-methyladenosine[tiab] OR m6A[tiab]','effect',None,None,'benefit',None),
("C848","SKI-1 is activated from its zymogen inside the cell","the SKI-1 protease is activated from its zymogen inside the cell",
 ("SKI-1/S1P zymogen",['SKI-1','site 1 protease','S1P','subtilisin kexin isozyme 1','SKI-1/S1P','zymogen']),
 ("intracellular activation",['activation','zymogen activation','autoprocessing','prodomain processing','maturation','subcellular activity']),
 'SKI-1[tiab] OR "site 1 protease"[tiab] OR S1P[tiab]','effect',None,None,'benefit',None),
("C849","Bcl-2 family proteins differ in function through their BH domains","Bcl-2 family proteins differ in function because their Bcl-2 homology domains differ in structure",
 ("Bcl-2 homology domain structure",['BH domains','Bcl-2 homology domains','BH1','BH3','BH4','structural differences']),
 ("pro-survival versus pro-apoptotic function",['pro-survival','pro-apoptotic','apoptosis','anti-apoptotic','cell death','functional differences']),
 'Bcl-2[tiab] AND (BH1[tiab] OR BH3[tiab] OR "Bcl-2 homology"[tiab])','effect',None,None,'benefit',None),
("C850","Chrysanthemyl diphosphate synthase also makes chrysanthemol in planta","chrysanthemyl diphosphate synthase also makes chrysanthemol in the plant",
 ("chrysanthemyl diphosphate synthase",['chrysanthemyl diphosphate synthase','CDS','CPPase','chrysanthemol synthase']),
 ("chrysanthemol production",['chrysanthemol','chrysanthemol synthase activity','bifunctional','in planta','pyrethrins','chrysanthemyl diphosphate']),
 'chrysanthem*[tiab] OR pyrethrin*[tiab]','effect',None,None,'benefit',None),
("C851","Morus alba prenyltransferases are regio-specific","the prenyltransferases of Morus alba attach their prenyl group to one position of a flavonoid",
 ("Morus alba flavonoid prenyltransferases",['prenyltransferases','prenyltransferase','MaIDT','flavonoid prenyltransferase','Morus alba','Cudrania tricuspidata']),
 ("regio-specific prenylation",['regio-specific','regiospecific','prenylation','prenylated flavonoids','isoflavone','substrate specificity']),
 'prenyltransferase*[tiab]','effect',None,None,'benefit',None),
]

write_claims(C)
