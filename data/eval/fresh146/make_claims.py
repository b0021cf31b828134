# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 54 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# the dibenzoxepin neuroleptics RMI 61 140, RMI 61 144 and RMI 61 280 against chlorpromazine in mice (PMID 25, with an
# antiaggressive effect and an inhibition of avoidance behaviour much stronger than chlorpromazine's, among an
# anticholinergic-tranquilizer gastric-secretion study, a modafinil add-on study, an antipsychotic speech study, a
# post-lobectomy mood disorder and a carbamazepine hallucination case), summer grazing on high-rainfall pasture against
# confinement and 137Cs in beef (600 Bavarian beef samples, PMID 229, with grazing cattle contaminated up to 15 times more
# than confined animals, among a radioactive thiol-labelling study, a synaptic-vesicle phospholipid study, an FK317
# xenograft study, a P-glycoprotein study and a fertiliser ionomics study), high-dose adrenaline and myocardial nicotinamide
# coenzymes in rats (PMID 106, in which 1000 mkg/kg of adrenaline lowered the oxidized forms by 22.2% and the total by 18%
# while 25 mkg/kg raised them; the earlier claim on it was the methylxanthines; among a dichlorethane nicotinamide-coenzyme
# study, a coenzyme conformation note, a transdermal beta-blocker review and a renal-replacement-after-cardiac-surgery
# study), exosomal miR-15a from pancreatic beta cells and retinal injury in diabetes (PMID 28173719, with oxidative stress
# and apoptosis of Mueller cells and support from high-fat-diet and beta-cell-specific miR-15a-/- mice, among a
# microRNA-200 beta-cell study and an extracellular-vesicle disc-degeneration review), a one-step type II collagen gel with
# autologous bone marrow-derived cells for full-thickness chondral defects in minipigs (PMID 30844703, better repair than
# untreated defects at 1, 3 and 6 months, among minipig and porcine scaffold, cell-free, transgene-activated graft,
# kartogenin hydrogel and silk fibroin records) and chondrogenically pre-differentiated adipose stem cells against
# articular chondrocytes in gellan gum hydrogel for rabbit cartilage defects (PMID 20187118, in which the adipose stem
# cell group had the best tissue-quality progression, among adipose stem cell, platelet-rich plasma, integrin-selected
# stem cell and gellan gum records). Synonyms name the claim's own exposure and condition, no wider. C1270 is an "as well
# as" claim, stated as kind equivalence with its comparator.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1265", "The dibenzoxepin neuroleptics RMI 61 140, RMI 61 144 and RMI 61 280 have more potent antiaggressive and antipsychotic-like activity than chlorpromazine in mice",
 "In mice, a new family of dibenzoxepin tranquillisers curbs aggression more strongly than the old antipsychotic chlorpromazine",
 ("dibenzoxepin neuroleptics RMI 61 140, RMI 61 144 and RMI 61 280", ['RMI 61 140, RMI 61 144 and RMI 61 280',
                                                                    "N-[8-R-dibenzo(b,f)oxepin-10-yl]-N'-methyl-piperazine-maleates",
                                                                    'new neuroleptic compounds', 'our compounds']),
 ("aggression and other antipsychotic-like activity in mice", ['antiaggressive effect', 'inhibitory activity on avoidance behaviour',
                                                              'reduction of lethality due to amphetamine in grouped mice',
                                                              'antiapomorphine activity', 'neuropsycholeptic activity']),
 'chlorpromazine[tiab] OR chloropromazine[tiab] OR neuroleptic*[tiab] OR antipsychotic*[tiab] OR tranquil*[tiab] OR '
 'amphetamine[tiab] OR apomorphine[tiab]', 'effect',
 ("chlorpromazine", ['chloropromazine (CPZ)', 'CPZ']),
 None, 'benefit', ['mouse']),
("C1266", "Summer grazing on high-rainfall pasture raises 137Cs contamination of beef compared with confinement",
 "Cattle that graze on rainy mountain pastures carry more radioactive caesium in their beef than cattle kept in the barn",
 ("grazing on pasture with heavy rainfall", ['beef of cattle from pastures with heavy rainfall', 'grazing cattle',
                                            'meat of grazing cattle', 'fed on pastures']),
 ("137Cs contamination of beef", ['137Cs-contamination of meat', '137Cs-contamination in beef', '137Cs-content in meat',
                                 '137Cs-contamination in the meat']),
 '"137Cs"[tiab] OR caesium[tiab] OR cesium[tiab] OR radioactiv*[tiab] OR fallout[tiab] OR ((cattle[tiab] OR beef[tiab]) AND '
 '(contamina*[tiab] OR pasture*[tiab] OR graz*[tiab]))', 'effect',
 ("confinement", ['confined animals', 'cattle housed during the summer season', 'confined cattle']),
 None, 'harm', ['cattle']),
("C1267", "High-dose adrenaline lowers myocardial nicotinamide coenzyme levels in rats",
 "In rats, a large dose of adrenaline drains the heart muscle's store of the energy coenzyme NAD",
 ("high-dose adrenaline", ['adrenaline dose to 1000 mkg/kg', 'adrenaline']),
 ("myocardial nicotinamide coenzymes", ['total nicotinamide coferment level', 'oxidized forms', 'NAD + NADP',
                                       'pyridine nucleotides', 'nicotinamide coenzymes in the myocardium']),
 '((adrenaline[tiab] OR epinephrine[tiab] OR catecholamine*[tiab] OR isoproterenol[tiab]) AND (heart[tiab] OR myocard*[tiab] OR '
 'cardiac[tiab])) OR "nicotinamide coenzyme*"[tiab] OR "pyridine nucleotide*"[tiab]', 'effect', None, None, 'harm', ['rat']),
("C1268", "Exosomal miR-15a released by pancreatic beta cells induces oxidative stress and retinal injury in diabetes",
 "In diabetic mice, tiny packets carrying the molecule miR-15a, sent out by the pancreas, damage the retina",
 ("exosomal miR-15a from pancreatic beta cells", ['exosomal microRNA-15a', 'exosomes secreted by pancreatic β-cells',
                                                 'exosomes derived from INS-1 cells under high-glucose conditions',
                                                 'circulating miR-15a', 'miR-15a']),
 ("retinal injury from oxidative stress in diabetes", ['retinal injury', 'oxidative stress', 'apoptotic cell death',
                                                      'diabetic complications', 'cell injury']),
 '(exosom*[tiab] OR "extracellular vesicle*"[tiab] OR microRNA*[tiab] OR miRNA*[tiab] OR miR-15a[tiab]) AND (diabet*[tiab] OR '
 'retina*[tiab] OR "oxidative stress"[tiab] OR "high glucose"[tiab] OR "beta cell*"[tiab] OR "β-cell*"[tiab] OR insulin[tiab])',
 'effect', None, None, 'harm', ['mouse', 'rat']),
("C1269", "One-step implantation of a type II collagen gel with autologous bone marrow-derived cells repairs full-thickness chondral defects in minipigs",
 "In pigs, a one-step gel of type II collagen loaded with the animal's own bone marrow cells repairs holes in the knee cartilage",
 ("type II collagen gel with autologous bone marrow-derived cells", ['Col-II gels with BMDCs implantation',
                                                                    'type II collagen (Col-II) gels with autologous bone marrow-derived cells (BMDCs) embedded',
                                                                    'one-step strategy', 'treatment group']),
 ("full-thickness chondral defect repair", ['repair outcomes of chondral defects', 'full-thickness chondral defects',
                                           'full-thickness chondral defect', 'hyaline-like tissue']),
 '("type II collagen"[tiab] OR "collagen type II"[tiab] OR Col-II[tiab]) AND (gel*[tiab] OR hydrogel*[tiab] OR scaffold*[tiab]) AND '
 '(minipig*[tiab] OR pig*[tiab] OR porcine[tiab] OR swine[tiab])', 'effect', None, None, 'benefit', ['pig']),
("C1270", "Chondrogenically pre-differentiated adipose stem cells in gellan gum hydrogel repair rabbit cartilage defects as well as articular chondrocytes",
 "In rabbits, stem cells taken from fat and carried in a gellan gum gel repair cartilage defects as well as cartilage cells do",
 ("adipose stem cells in gellan gum hydrogel", ['gellan gum with encapsulated chondrogenic predifferentiated rabbit adipose stem cells',
                                              'ASC + GF', 'adipose derived cells', 'gellan gum hydrogels coupled with autologous cells']),
 ("articular cartilage defect repair", ['full-thickness articular cartilage defects', 'tissue quality progression',
                                       'regenerate rabbit full-thickness articular cartilage defects', 'articular cartilage defects']),
 'gellan[tiab] OR (adipose[tiab] AND chondrocyte*[tiab] AND (rabbit*[tiab] OR hydrogel*[tiab] OR injectable[tiab]))', 'equivalence',
 ("articular chondrocytes in gellan gum", ['gellan gum with encapsulated rabbit articular chondrocytes (AC)', 'articular chondrocytes',
                                          'currently used articular chondrocytes']),
 None, 'benefit', ['rabbit']),
]

write_claims(C)
