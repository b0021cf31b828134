# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 37 (2026-12-04) after fresh68 was scored, from titles of workshop-corpus records that no earlier
# set's or the catalog's query returns (a random draw), before any project output or review for these claims existed.
# C772-C775 test and device claims; C776-C778 human harm and comparison claims; C779-C781 laboratory claims. Synonyms
# name the claim's own therapy and condition (for a laboratory claim the outcome it asserts), no parent condition,
# none lifted from a single title.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C=[
("C772","CT shows paradoxical cerebral gas embolism","A CT scan shows paradoxical gas embolism in the brain",
 ("computed tomography",['computed tomography','CT','CT scan','cranial CT','head CT']),
 ("paradoxical cerebral gas embolism",['paradoxical embolism','paradoxical air embolism','cerebral arterial gas embolism','cerebral air embolism','paradoxical gas embolism']),
 '"paradoxical"[tiab] AND embolism[tiab]','effect',None,None,'benefit',None),
("C773","Seldinger guide wires differ in stiffness and strength","Seldinger guide wires differ in how stiff and strong they are",
 ("Seldinger guide wires",['guide wire','guide wires','guidewire','guidewires','Seldinger guide wire','J-tip wire']),
 ("differences in stiffness and strength",['flexing performance','stiffness','tensile strength','mechanical properties','bending','flexibility']),
 '"guide wire"[tiab] OR "guide wires"[tiab] OR Seldinger[tiab]','effect',None,None,'benefit',None),
("C774","Auditory tasks reveal sensory and prosody deficits in schizophrenia","Auditory tasks reveal sensory and prosody deficits in schizophrenia",
 ("auditory tasks",['auditory tasks','tone matching','auditory processing tasks','prosody identification','auditory tests','pitch discrimination']),
 ("sensory and affective prosody deficits in schizophrenia",['affective prosody','prosody deficits','auditory sensory deficits','emotion recognition','sensory processing deficits','auditory deficits']),
 'schizophrenia[tiab] AND (auditory[tiab] OR prosody[tiab])','effect',None,None,'benefit',None),
("C775","Histogram analysis extracts brain tissue from CT automatically","Histogram analysis pulls brain tissue out of CT images automatically",
 ("histogram analysis",['histogram analysis','histogram-based','intensity histogram','histogram','automated histogram analysis']),
 ("automated extraction of brain tissue from CT",['brain extraction','skull stripping','brain-tissue region','segmentation','automated extraction','brain tissue segmentation']),
 'histogram[tiab]','effect',None,None,'benefit',None),
("C776","Incisor inclination distorts root resorption on panoramic radiographs","The tilt of the incisors distorts root resorption on panoramic radiographs",
 ("incisor inclination",['incisal inclination','incisor inclination','tooth inclination','anteroposterior inclination','root angulation','incisor tipping']),
 ("distorted root resorption on panoramic radiographs",['perceived root resorption','apparent root shortening','root length distortion','measurement error','distortion','root resorption']),
 '"root resorption"[tiab] OR "panoramic radiography"[tiab]','effect',None,None,'harm',None),
("C777","Immigrant children reach psychiatric services less often","Immigrant children reach psychiatric services less often than resident children",
 ("being an immigrant child",['immigrant','immigrants','immigrant children','immigrant paediatric population','foreign-born','migrant children']),
 ("access to psychiatric services",['access to psychiatric services','use of mental health services','service use','psychiatric services','access to care','contact with services']),
 '"psychological distress"[tiab]','effect',None,None,'harm',None),
("C778","Inpatient mental health care carries risks for young people","Inpatient mental health care carries risks for young people",
 ("inpatient mental health care",['inpatient mental health care','inpatient care','psychiatric admission','inpatient settings','adolescent inpatient units','hospitalisation']),
 ("risks for young people",['risk','self-harm','suicide','violence','absconding','harm']),
 '"inpatient mental health"[tiab] OR (inpatient[tiab] AND "young people"[tiab])','effect',None,None,'harm',None),
("C779","The serum extraction method shapes mass spectrometry results","the serum extraction method shapes what mass spectrometry finds",
 ("serum extraction method",['extraction method','extraction methods','protein precipitation','solid-phase extraction','liquid-liquid extraction','sample preparation']),
 ("mass spectrometry findings",['mass spectrometry','metabolite coverage','number of features','reproducibility','detected metabolites','signal']),
 'serum[tiab] AND "mass spectrometry"[tiab]','effect',None,None,'benefit',None),
("C780","Phosphodiesterase 5 is abundant in the striated muscle of the rat urethra","phosphodiesterase 5 is abundant in the striated muscle of the rat urethra",
 ("phosphodiesterase 5",['phosphodiesterase 5','PDE5','phosphodiesterase type 5','PDE-5']),
 ("expression in urethral striated muscle",['striated muscle','urethral rhabdosphincter','levator ani','external urethral sphincter','expression']),
 '"phosphodiesterase 5"[tiab] OR PDE5[tiab]','effect',None,None,'benefit',None),
("C781","Commercial ERβ antisera label tissue without ERβ","commercial ERβ antisera label tissue that has no ERβ",
 ("commercial ERβ antisera",['ERbeta antisera','ERβ antisera','anti-ERbeta antibodies','ERbeta antibodies','estrogen receptor beta antibodies','antisera']),
 ("labelling of tissue without ERβ",['nonspecific labeling','non-specific labelling','ERbeta knockout','ERbeta null','false positive staining','immunoreactivity']),
 'ERbeta[tiab] OR "estrogen receptor beta"[tiab]','effect',None,None,'harm',None),
]

write_claims(C)
