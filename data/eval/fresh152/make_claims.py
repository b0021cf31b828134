# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 56 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# fluoro-free navigated coracoclavicular drilling against a conventional drill guide for the accuracy of fixation-button
# placement in acromioclavicular joint repair (26 patients in a non-randomized cohort, PMID 26702301, with 100% first pass
# accuracy against repeat drilling in 30.8% and the intended button position missed in 46.2% with the drill guide; the
# earlier claim on it was radiation exposure; among a retrograde tibial cartilage transplantation study, a navigational
# bronchoscopy gas embolism case and a PTES-OLIF spine surgery study), the Repiphysis non-invasive expandable prosthesis
# and aseptic loosening and structural failure (20 children, 22 limbs, PMID 26702382, with 15 complications in 11
# patients including four aseptic loosenings and five structural failures; the earlier claim on it was limb salvage in
# malignant bone tumours; among a sequential femoral-tibial bypass study, a distal femoral osteotomy study, two
# chondrocyte graft studies and an expandable scaffold rabbit study), patient-specific resurfacing implants and knee
# kinematics in early osteoarthritis (ten episealer knees against ten healthy knees, PMID 34601628, with the same medial
# pivot but higher lateral femoral rollback and axial rotation than healthy knees; among two patient-specific implant
# series, two UniCAP condyle resurfacing series, a patellofemoral revision-rate study and a coated implant study), a
# biphasic cartilage repair device saturated in bone marrow against microfracture in horses (12 horses, PMID 28934879,
# with more fissures in the cartilage surrounding the microfracture defects, better early arthroscopic scores but less
# proteoglycan on MRI in the device-treated defects; among a BioCartilage equine study, an equine nanostructured scaffold
# study, an equine multilayered OCD construct study and human cartilage repair studies), bone marrow mesenchymal stem
# cells added to a type-I collagen gel and integration of repaired cartilage in cynomolgus macaques (36 knees of 18
# macaques, PMID 25175660, with seamless integration with neighbouring cartilage in the MSC group although less new
# cartilage than gel alone; among a monkey ESC-derived MSC spheroid study, a minipig cell-free collagen gel study, a
# minipig defect-size study and other collagen gel cartilage studies) and reduced coronary blood flow and ventricular
# performance in isolated rat hearts (PMID 156, with a 60% reduction in coronary blood flow lowering heart rate and peak
# systolic pressure; the earlier claim on it was glycolysis; among a rat heart glycolytic inhibition study, a rat heart
# acid-base contraction study and a canine coronary chemoreflex study). Synonyms name the claim's own exposure and
# condition, no wider. C1301 and C1304 are head-to-head claims with a comparator; C1305 is an add-on claim.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1301", "Fluoro-free navigated coracoclavicular drilling places the fixation buttons more accurately than a conventional drill guide in acromioclavicular joint repair",
 "In repairing a dislocated collarbone joint, computer navigation gets the drill holes right first time more often than the usual drill guide",
 ("navigated coracoclavicular drilling", ['navigated procedure with a fluoro-free optoelectronic system',
                                          'arthroscopic controlled fluoro-free navigated coracoclavicular drilling',
                                          'navigated image free placement of double cortical fixation buttons', 'navigation']),
 ("accuracy of coracoclavicular drilling and button placement", ['first pass accuracy', 'FPA', 'intended position achieved (IPA)',
                                                                'subcoracoidal position of the fixation buttons',
                                                                'precise position of the drill holes']),
 'acromioclavicular[tiab] OR coracoclavicular[tiab] OR navigat*[tiab] OR "drill guide"[tiab] OR (fluoroscop*[tiab] AND '
 '(screw*[tiab] OR drill*[tiab] OR placement[tiab]))', 'effect',
 ("conventional drill guide based placement", ['conventional drill guide based placement', 'drill guide', 'group 1']),
 None, 'benefit', None),
("C1302", "Non-invasive expandable Repiphysis prostheses for childhood malignant bone tumours are often complicated by aseptic loosening and structural failure",
 "The lengthening implants used to save a child's leg after bone cancer often work loose or break down mechanically",
 ("Repiphysis non-invasive expandable prosthesis", ['Repiphysis® prosthesis', 'Repiphysis expandable prosthesis',
                                                   'expandable prostheses', 'non-invasive prostheses']),
 ("aseptic loosening and structural failure of the prosthesis", ['aseptic loosening', 'structural failures',
                                                                'expansion mechanism failures', 'complications']),
 'expandable[tiab] OR endoprosthe*[tiab] OR "limb salvage"[tiab] OR "limb-salvage"[tiab] OR (prosthe*[tiab] AND (sarcoma*[tiab] OR '
 '"bone tumor*"[tiab] OR "bone tumour*"[tiab]))', 'effect', None, None, 'harm', None),
("C1303", "Patient-specific focal resurfacing implants restore physiological knee kinematics in early knee osteoarthritis",
 "A custom-made metal resurfacing implant for early knee arthritis gives back a knee that moves like a healthy one",
 ("patient-specific resurfacing implant (Episealer)", ['patient-specific episealer implants', 'episealer resurfacing procedure',
                                                      'patient-specific resurfacing implants', 'metallic resurfacing implants']),
 ("knee kinematics", ['in vivo post-operative knee kinematics', 'medial pivot', 'lateral femoral rollback',
                      'coupled axial rotation', 'physiological knee kinematics pattern']),
 '(kinematic*[tiab] AND (knee*[tiab] OR femor*[tiab])) OR "femoral rollback"[tiab] OR "medial pivot"[tiab] OR episealer[tiab] OR '
 '"patient-specific"[ti] OR "resurfacing implant*"[tiab]', 'effect', None, None, 'benefit', None),
("C1304", "A biphasic cartilage repair device saturated in bone marrow limits fissuring of the surrounding cartilage compared with microfracture in horses",
 "In horses, a two-layer plug soaked in bone marrow protects the cartilage around a joint defect from cracking better than microfracture does",
 ("biphasic cartilage repair device saturated in bone marrow", ['biphasic cartilage repair device (CRD)', 'CRD',
                                                               'novel biphasic graft saturated in bone marrow']),
 ("fissuring of the cartilage surrounding the defect", ['fissures', 'fissure formation in adjacent cartilage',
                                                        'cartilage surrounding MFX defects had more fissures']),
 '(horse*[tiab] OR equine[tiab]) AND (osteochondral[tiab] OR microfracture[tiab] OR fissur*[tiab])', 'effect',
 ("microfracture", ['microfracture (MFX)', 'MFX']),
 None, 'benefit', ['horse']),
("C1305", "Adding bone marrow mesenchymal stem cells to a collagen gel improves integration of repaired cartilage with the surrounding cartilage in macaques",
 "In monkeys, adding bone marrow stem cells to a collagen gel makes the repaired cartilage knit seamlessly into the cartilage around it",
 ("bone marrow mesenchymal stem cells", ['bone marrow-derived MSCs', 'collagen gel incorporating MSCs', 'MSC group',
                                         'mesenchymal stem cells (MSCs)']),
 ("integration of repaired cartilage with surrounding cartilage", ['cartilage integration', 'seamless integration with neighboring naïve cartilage',
                                                                  'integration and repair of cartilage defects',
                                                                  'better-quality cartilage with regular surface']),
 '(macaque*[tiab] OR monkey*[tiab] OR primate*[tiab] OR "collagen gel"[tiab]) AND (cartilage[tiab] OR osteochondral[tiab] OR '
 'chondral[tiab])', 'effect', None,
 ("type-I collagen gel", ['type-I collagen gel', 'collagen gel alone', 'gel group']),
 'benefit', ['monkey']),
("C1306", "Reduced coronary blood flow depresses ventricular performance in isolated rat hearts",
 "In rats' hearts, cutting down the blood flow through the heart's own arteries weakens the pumping of the heart",
 ("reduced coronary blood flow", ['reduction in coronary blood flow', 'restriction in coronary blood flow',
                                  'reductions in coronary blood flow', 'oxygen-deficient hearts']),
 ("depressed ventricular performance", ['ventricular performance deteriorated', 'decrease in heart rate and peak systolic pressure',
                                        'ventricular performance']),
 '"coronary blood flow"[tiab] OR "coronary flow"[tiab] OR ((heart*[tiab] OR myocard*[tiab]) AND (rat[tiab] OR rats[tiab]) AND '
 '(ischemi*[tiab] OR ischaemi*[tiab] OR perfused[tiab] OR anoxi*[tiab]))', 'effect', None, None, 'harm', ['rat']),
]

write_claims(C)
