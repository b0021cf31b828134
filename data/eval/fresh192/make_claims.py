# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 67 (2026-12-08), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair, MSCs and PRP for joints and from the topics of the last twenty sets, with anchors drawn
# from infectious disease, dermatology, ophthalmology, dentistry and oral health, nutrition and neurology. Nearly every
# record of these fields with a study of its own had already been found eligible for an earlier claim (the trials of
# melatonin before wisdom teeth extraction, of trifocal lenses and of the "Five Plus Nuts and Beans" diet among them), so
# no randomised trial was left to anchor one; the six rest on a laboratory study, an animal tissue study, a bench study in
# animal eyes, a case report, a census of restaurant menus and a membrane study:
# vertical transmission of several dengue virus types in single mosquitoes (a laboratory study, PMID 26209106, 2015, typed
# Journal Article, of 212 infected mosquitoes reared in the laboratory from larvae collected in 31 dengue-endemic towns of
# Rajasthan, India; by type-specific RT-PCR, 78.7% of the individual mosquitoes carried vertically transmitted multiple
# DENV types, the authors writing that they report for the first time that single mosquitoes contain multiple dengue virus
# types, and setting this against dengue haemorrhagic fever and shock syndrome arising from two infections with different
# serotypes; no earlier claim's eligible records held it, and the earlier queries that met it were about fish cues and
# mosquito larvae, PRP for a joint damaged by bleeding and late-night Anopheles biting (a topic of the last twenty sets,
# whose malaria pairing is not used here); among fish cues and mosquito larvae, mosquitoes of an urban park, pyriproxyfen
# nets, attractive toxic sugar bait, insecticide resistance of Anopheles, Leishmania in bats, Trypanosoma cruzi in
# triatomines and sand flies),
# the glycosidases of guinea-pig epidermis against those of whole skin (a laboratory study of animal tissue, PMID 30, 1975,
# typed Journal Article, in the British Journal of Dermatology, whose three-sentence abstract reports seven distinct
# glycosidases characterized in guinea-pig epidermis, of lysosomal origin, with a profile significantly different from
# that reported for whole skin: beta-galactosidase and beta-acetylglucosaminidase very high, the others relatively low; the
# whole-skin figures are other workers' reports, not measured side by side; no earlier claim's eligible records held it and
# no earlier query met it; among its companion paper on the ester hydrolases of the epidermis, alpha-mannosidases and
# mannosidosis oligosaccharides, liver microsomal beta-glucuronidase and the release of lysosomal hydrolases from
# fibroblasts by chloroquine),
# syringe-type injector systems and the resistance force of intraocular lens insertion (an experimental study, PMID
# 26432134, 2015, typed Journal Article and Research Support, of five implantation systems used to insert IOLs into the
# capsular bag of porcine eyes after phacoemulsification, with an automated force gauge; mean resistance forces were 17.2,
# 6.3, 4.2, 20.7 and 2.3 N in porcine eyes (14.4, 5.8, 4.5, 12.6 and 2.2 N into a plastic dish), the authors concluding
# that appropriate IOL and injector selection may be achieved after clarifying resistance force; the systems are lettered,
# not named; no earlier claim's eligible records held it, and the earlier queries that met it were about trifocal against
# bifocal lenses, topical anaesthesia for cataract surgery, an add-on lens for macular degeneration, a protective membrane
# against capsular bag opacification, cold irrigation solution and anterior chamber depth measurement; among trifocal and
# bifocal lenses, toric lens outcome prediction, corneal asphericity and refraction, phakic lens sizing, paediatric
# bag-in-the-lens implantation and femtosecond laser-assisted cataract surgery),
# a specially designed rapid maxillary expander for a skeletal Class II malocclusion with severe crowding (a case report,
# PMID 25636559, 2015, typed Case Reports and Journal Article, of a growing girl with a skeletal Class II malocclusion and
# severe crowding from a totally lingually positioned lateral incisor; a diversified rapid maxillary expansion appliance,
# custom designed and modified at several stages to reinforce anchorage, expanded the maxilla transversely and distalized
# the maxillary molars to a Class I relationship, creating the space to bring in the lateral incisor without extractions;
# no earlier claim's eligible records held it, and the earlier queries that met it were about alternating expansion and
# constriction for maxillary protraction, bone-borne against tooth-borne expanders, serial extractions, Medicaid orthodontic
# patients, a repositioning splint for temporomandibular disorder (a topic of the last twenty sets, whose pairing is not
# used here), orthodontic treatment length and satisfaction, titanium implants for osteochondral defects and a tooth-germ
# ATPase; among bone-borne and tooth-borne expanders, alternating expansion and constriction, palatal anchorage plates,
# serial extractions, orthodontic pain and physical activity, orthognathic surgery and the airway, and a letter asking
# "Diversified rapid maxillary expander or utility maxillary expander?" (PMID 26432305, no abstract)),
# newly introduced menu items against the items on 2012 menus for calories in large US chain restaurants (a repeated census
# of menu items, PMID 26163168, 2016, typed Journal Article, from the MenuStat project: 23,066 items of 66 of the 100 largest
# chains in 2012-2014; calories in newly introduced items fell by 71 (15%) from 2012 to 2013 and by 69 (14%) from 2012 to
# 2014, mainly in main courses, though new items still carried more calories than items on the menu in all three years,
# whose calories did not change; no earlier claim's eligible records held it, and the only earlier query that met it was
# about calorie labelling of menu items (whose pairing, labelling, is not the one made here); among the "Five Plus Nuts and
# Beans" trial, a food frequency questionnaire for children, weight gain and steatosis, a high-fat diet in pigs, treatments
# for obesity and adenovirus Ad36 antibodies), and
# veratridine and the binding of tetrodotoxin to crustacean axonal membranes (a membrane study, PMID 58, 1975, typed
# Journal Article, of axonal membranes purified from lobster and crab nerves: [3H]tetrodotoxin bound with a dissociation
# constant of 2.9 nM, veratridine bound to the phospholipid part of the membrane, and veratridine did not affect the
# binding of [3H]tetrodotoxin (nor tetrodotoxin that of [3H]veratridine, nor scorpion neurotoxin I either), the authors
# concluding that the three toxins act on three different receptor sites of the sodium channel; no change supports the
# claim; no earlier claim's eligible records held it, and the earlier queries that met it were about cholesterol and the
# sodium-potassium ATPase, nicotine in zebrafish, magnetic nanoparticles and filopodia, CCCP and DCCD in Clostridium,
# inhibitors of the Azotobacter ATPase, neurotransmitter release and the lysophosphatidylcholine of synaptic vesicles and a
# tooth-germ ATPase (none of them about veratridine or tetrodotoxin); among the lysophosphoglycerides of synaptic
# vesicles, ASIC1a and NMDA receptor-mediated neuronal death, the ion channel TRPM2 in neuroblastoma, carbon monoxide and
# connexin hemichannels and filopodia of neurons). Synonyms name the claim's own exposure and outcome, no wider.
# C1541 is a harm claim resting on laboratory-reared mosquitoes; C1542 is a comparative mechanism claim about guinea pigs,
# its comparator (whole skin) taken from earlier reports; C1543 is a benefit claim resting on a bench test in pig eyes;
# C1544 is a benefit claim resting on one case; C1545 is a comparative claim resting on a census of menus; C1546 is an
# equivalence claim (veratridine leaves tetrodotoxin binding unchanged) resting on membranes from lobster and crab nerves.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1541", "Individual mosquitoes carry more than one dengue virus type, passed on by vertical transmission",
 "a single mosquito can carry more than one type of dengue virus at once, handed down from the mother mosquito through her eggs",
 ("vertical transmission of dengue virus in mosquitoes", ['vertically transmitted multiple DENV types', 'vertically transmitted', 'vertical transmission',
                                                         'laboratory reared infected individual mosquitoes', 'individual mosquitoes', 'single mosquitoes']),
 ("multiple dengue virus types in a single mosquito", ['multiple DENV types', 'multiple dengue virus types', 'Type specific DEN viruses', 'dengue virus types',
                                                      'two different serotypes of dengue', 'DENV']),
 'dengue[tiab] OR Aedes[tiab] OR mosquito*[tiab] OR arbovir*[tiab] OR flavivir*[tiab] OR "vertical transmission"[tiab] OR transovarial*[tiab] OR '
 '"vector control"[tiab] OR "vector-borne"[tiab] OR serotype*[tiab] OR "sand fly"[tiab] OR "sand flies"[tiab] OR phlebotom*[tiab] OR triatomin*[tiab]',
 'effect', None, None, 'harm', None),
("C1542", "Guinea-pig epidermis has far more beta-galactosidase and beta-acetylglucosaminidase activity than whole skin",
 "in guinea pigs, the outer layer of the skin held seven sugar-splitting enzymes of the cell's recycling compartments, and two of them, beta-galactosidase and beta-acetylglucosaminidase, were far more active there than had been reported for whole skin",
 ("guinea-pig epidermis", ['guinea-pig epidermis', 'epidermis', 'epidermal glycosidases', "'profile' of the epidermal glycosidases"]),
 ("lysosomal glycosidase activity", ['glycosidases', 'Seven distinct glycosidases', 'beta-galactosidase', 'beta-acetylglucosaminidase', 'lysosomal hydrolases',
                                    'lysosomal origin']),
 'glycosidase*[tiab] OR galactosidase*[tiab] OR glucosaminidase*[tiab] OR glucuronidase*[tiab] OR mannosidase*[tiab] OR "lysosomal hydrolase*"[tiab] OR '
 '"lysosomal enzyme*"[tiab] OR ((epidermis[tiab] OR skin[tiab] OR keratinocyte*[tiab]) AND (lysosom*[tiab] OR hydrolase*[tiab] OR enzyme*[tiab] OR '
 '"guinea-pig"[tiab] OR "guinea pig"[tiab]))', 'effect',
 ("whole skin", ['whole skin']), None, 'mechanism', ['guinea pig']),
("C1543", "Some syringe-type injector systems insert an intraocular lens with far less force than others",
 "some syringe-type injectors pushed the folded artificial lens into the eye with far less force than others",
 ("syringe-type intraocular lens injector systems", ['syringe-type injectors', 'syringe-type injector systems', 'lens cartridges', 'IOL implantation systems',
                                                     'implantation systems', 'injector selection']),
 ("resistance force for intraocular lens insertion", ['resistance force for IOL insertion', 'resistance force for intraocular lens (IOL) insertion',
                                                      'resistance force', 'mean resistance forces', 'IOL insertion']),
 '((injector*[tiab] OR cartridge*[tiab] OR implantation[tiab] OR insertion[tiab]) AND ("intraocular lens*"[tiab] OR IOL[tiab] OR IOLs[tiab])) OR '
 '(porcine[tiab] AND eye*[tiab])', 'effect', None, None, 'benefit', None),
("C1544", "A specially designed rapid maxillary expander corrects a skeletal Class II malocclusion with severe crowding without extractions",
 "a specially designed rapid maxillary expander, adjusted at several stages, widened the upper jaw and moved the upper back teeth backwards, reaching a normal molar relationship and making room for a crowded front tooth without taking any teeth out",
 ("specially designed rapid maxillary expander", ['diversified rapid maxillary expansion appliance', 'special diversified rapid maxillary expansion appliance',
                                                 'specially designed rapid maxillary expander', 'rapid maxillary expansion appliance', 'rapid maxillary expander']),
 ("skeletal Class II malocclusion with severe crowding", ['skeletal Class II malocclusion', 'Angle Class II malocclusion', 'Class II malocclusion',
                                                         'severe crowding', 'distalizing the maxillary molars', 'Class I relationship']),
 '"maxillary expan*"[tiab] OR "palatal expan*"[tiab] OR expander*[tiab] OR distaliz*[tiab] OR distalis*[tiab] OR malocclusion*[tiab] OR headgear[tiab] OR '
 '"palatal anchorage"[tiab] OR (crowding[tiab] AND (incisor*[tiab] OR arch[tiab] OR orthodon*[tiab])) OR (orthodon*[tiab] AND (appliance*[tiab] OR '
 'anchorage[tiab] OR molar*[tiab]))', 'effect', None, None, 'benefit', None),
("C1545", "Newly introduced menu items in large US chain restaurants have fewer calories than the items on their 2012 menus",
 "newly introduced menu items had fewer calories than the items on the 2012 menus",
 ("newly introduced menu items in large chain restaurants", ['newly introduced menu items', 'new menu items', 'new items', 'new main course items',
                                                            'Large chain restaurants']),
 ("calories of restaurant menu items", ['calories', 'mean calories', 'per-item calorie changes', 'calories available', 'Calorie Changes']),
 'calorie*[tiab] OR caloric[tiab] OR restaurant*[tiab] OR menu*[tiab] OR "energy intake"[tiab] OR "fast food"[tiab] OR "dietary intake"[tiab] OR '
 '"food environment"[tiab] OR obesity[ti] OR ((food*[tiab] OR diet*[tiab] OR eating[tiab]) AND (obesity[tiab] OR obese[tiab] OR "public health"[tiab] OR '
 'policy[tiab] OR consumption[tiab]))', 'effect',
 ("menu items on the 2012 menus", ['items on the menu in 2012 only', 'items on the menu in 2012']), None, 'benefit', None),
("C1546", "Veratridine leaves tetrodotoxin binding to crustacean axonal membranes unchanged",
 "veratridine, a plant poison that opens the sodium channels of nerves, did not change how much tetrodotoxin, the puffer fish poison that blocks them, bound to nerve membranes taken from lobsters and crabs",
 ("veratridine", ['Veratridine', '[3H]veratridine', '[3H]Veratridine binding']),
 ("tetrodotoxin binding to axonal membranes", ['binding of [3H]tetrodotoxin', '[3H]tetrodotoxin binding', 'tetrodotoxin receptor',
                                              'tetrodotoxin binding part of the sodium channel', 'axonal membrane receptor']),
 'tetrodotoxin[tiab] OR veratridine[tiab] OR "sodium channel*"[tiab] OR "ion channel*"[tiab] OR neurotoxin*[tiab] OR axon*[tiab] OR '
 'acetylcholinesterase[tiab] OR excitab*[tiab] OR "synaptic vesicle*"[tiab] OR ((nerve*[tiab] OR neuron*[tiab] OR neural[tiab]) AND membrane*[tiab] AND '
 '(binding[tiab] OR receptor*[tiab] OR ATPase[tiab]))', 'equivalence', None, None, 'mechanism', None),
]

write_claims(C)
