# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 63 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last ten sets, with anchors drawn from orthopaedics outside
# knee cartilage, pharmacology and microbiology:
# a circular against a square inner annulus fibrosus patch for a large box-shaped rupture of a lumbar disc (a finite
# element study, PMID 36845190, 2023, typed Journal Article, that cut a large box-shaped rupture into the posterior-lateral
# annulus of a lumbar spine model and closed it with circular or square patches secured to the inner annulus, with moduli
# of 1 to 50 MPa; intervertebral height and range of motion matched the intact spine whatever the patch, patches of 2-3
# MPa came closest to a healthy disc, and circular patches caused lower nucleus pulposus pressure, annulus stress and patch
# stress than the square patch but greater suture stress; it is a computer model, not a test in people or animals; no
# earlier claim's eligible records held it, and the earlier queries that met it were about injectable hydrogels and cell
# therapies for disc degeneration, Magerl pedicle screws after TLIF, physalin A and annular repair after lumbar
# discectomy; among annular repair against reherniation, the ADDISC prosthesis, an S-type PEEK cage, osteoporosis with
# disc degeneration in finite element models and hybrid bioadhesives for disc repair),
# baseline lumican and worsening lumbar disc space narrowing (a cohort study, PMID 36804589, 2023, typed Journal Article,
# of 723 participants in the Johnston County Osteoarthritis Project with paired baseline and follow-up lumbar radiographs,
# biospecimens measured by immunoassay and pressure-pain thresholds; baseline lumican was associated with worsening disc
# space narrowing (OR 3.19, 95% CI 1.22-8.01), brain-derived neurotrophic factor with worsening vertebral osteophytes and
# hyaluronic acid and pressure-pain threshold with worsening low back pain; no earlier claim's eligible records held it,
# and the earlier queries that met it were about hyaluronic acid after partial meniscectomy, andrographolide under
# mechanical pressure and low back pain settling without treatment; among vitamin D and skeletal muscle in disc
# degeneration, age and sex in chronic low back pain, microgravity and lumbar loading, and condoliase chemonucleolysis),
# sodium salicylate and the sodium and potassium fluxes of red cells (a laboratory study, PMID 170, 1975, typed Journal
# Article, MeSH naming Erythrocytes and Sodium Salicylate, of normal human erythrocytes incubated for up to 6 h in
# autologous sera; salicylate up to 60 mmol/l stimulated glucose consumption and lactate production, 90 mmol/l stimulated
# then inhibited glycolysis with losses of ATP, ADP and AMP, and the rates of sodium efflux and potassium influx were
# unaffected at concentrations sufficient to stimulate glycolysis; a finding of no difference supports the claim, and the
# concentrations are far above therapeutic ones; no earlier claim's eligible records held it, and the earlier queries
# that met it were about aspirin and disc degeneration, salicylic acid and the pentose phosphate pathway in G6PD-deficient
# red cells and salicylates in pancreatic cancer cells; among phospholipase A2 and erythrocyte membranes and casein kinase
# of rabbit erythrocytes),
# where injectable fluorescent polymeric nanocarriers go in mouse intervertebral discs (a proof-of-concept laboratory
# study, PMID 36826851, 2023, typed Journal Article, that made cellulose acetate and PCL-PEG nanoparticles conjugated with
# the fluorescent dye PBC, loaded them with indomethacin or 4-aminopyridine (release up to 4 and 7 days), found no
# apparent cytotoxicity and uptake by human nucleus pulposus cells, and injected them into coccygeal mouse discs, where
# they remained within the nucleus pulposus cells and the injection site of the nucleus pulposus and annulus fibrosus; no
# earlier claim's eligible records held it, and the earlier queries that met it were about patent blue for
# chromodiscography, injectable hydrogels and cell therapies, physalin A and nucleus pulposus cell transplantation for
# disc degeneration; among ultra-purified stem cells with alginate for discogenic pain, high glucose and endplate
# degeneration in mice and aspirin in a rat disc model),
# BMP2 and bFGF gene transfer added to bone marrow stem cells for tendon-to-bone healing after ACL reconstruction (an animal
# study, PMID 27173013, 2016, MeSH naming Rabbits and Combined Modality Therapy, no publication type recorded, in which
# BMSCs infected with AdBMP2 or AdbFGF were implanted at the tendon-bone interface; at 12 weeks there were abundant
# cartilage-like cells, a smaller tibial tunnel and higher ultimate load and stiffness, the AdBMP2-plus-AdbFGF group had
# the smallest tunnel and best mechanics of all groups, and the authors wrote that adding BMP2 or bFGF by gene transfer
# gave better cellularity, new bone and mechanics, the two genes together more than either alone; the abstract does not
# list the groups; no earlier claim's eligible records held it, and the earlier queries that met it were about cartilage
# fragments and tunnel widening or tendon-bone integration after ACL reconstruction, keeping the ACL remnant, BMP-2 gene
# therapy for osteochondral defects, gene therapy in arthritic joints, bone morphogenetic proteins for cartilage repair,
# cartilage damage and quadriceps weakness, MSCs for tendon-to-bone healing after ACL reconstruction, gene therapy
# vectors and MSCs for tendon and cartilage repair; among low-intensity pulsed ultrasound for bone-tendon junction healing
# and hybrid bone grafting for staged revision ACL reconstruction), and
# nitrofurazone and its activation by oxygen-sensitive reductases in E. coli (a laboratory study, PMID 136, 1975, typed
# Journal Article, that separated three nitrofuran reductases in E. coli, reductase I insensitive to O2 and reductases IIa
# and IIb inhibited by oxygen; unstable metabolites formed by IIa and IIb broke DNA in vitro, and in nitrofurazone-resistant
# strains lethality, mutation and DNA breakage were greatly increased under anaerobic conditions; no earlier claim's
# eligible records held it, and no earlier query met it; among VanX bacteriolytic activity, Tpa1 alkylation repair in
# yeast, a Vibrio vulnificus peroxiredoxin (a topic of the last ten sets, not used here) and drug-metabolizing enzymes after
# DAB in rat liver). Synonyms name the claim's own exposure and condition, no wider.
# C1439 is a comparative claim with its comparator, resting on a computer model; C1440 is a harm association resting on
# 723 people; C1441 is an equivalence claim (salicylate unrelated to red cell sodium and potassium fluxes) resting on red
# cells in vitro; C1442 is a mechanism claim about mice; C1443 is an add-on claim (BMP2 and bFGF genes added to bone
# marrow stem cells) about rabbits; C1444 is a mechanism claim resting on bacterial cultures and enzymes.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1439", "A circular inner annulus fibrosus patch loads a ruptured lumbar disc less than a square patch",
 "a circular patch fixed to the inside of a torn disc wall kept the pressure in the disc's soft centre and the stress on its outer ring lower than a square patch did",
 ("circular inner annulus fibrosus patch", ['Circular patches', 'circular patch', 'A circular patch with an elastic modulus of 2-3 MPa']),
 ("nucleus pulposus pressure and annulus fibrosus stress in a repaired ruptured lumbar disc", ['NP pressure', 'nucleus pulposus (NP) pressure', 'AF stress',
                                                                                            'NP pressure and AF stress', 'lower NP pressure, AF stress and patch stress']),
 '"finite element"[tiab] OR ((annulus[tiab] OR annular[tiab]) AND (patch*[tiab] OR rupture*[tiab] OR repair*[tiab] OR defect*[tiab]))', 'effect',
 ("square inner annulus fibrosus patch", ['square patch']), None, 'benefit', None),
("C1440", "A higher baseline lumican level goes with worsening lumbar disc space narrowing",
 "those whose samples held more of a protein called lumican at the start were more likely to see the spaces between the bones of the lower back narrow further over the following years",
 ("higher baseline lumican", ['Baseline Lumican', 'Lumican']),
 ("worsening lumbar disc space narrowing", ['disc space narrowing (DSN)', 'DSN worsening', 'longitudinal changes in DSN worsening', 'worsening of disc space narrowing']),
 'lumican[tiab] OR "disc space narrowing"[tiab] OR "disc height"[tiab] OR ((osteophyte*[tiab] OR biomarker*[tiab] OR serum[tiab] OR cytokine*[tiab]) AND '
 '("low back pain"[tiab] OR "lumbar spine"[tiab] OR "lumbar disc"[tiab] OR "disc degeneration"[tiab]))', 'effect', None, None, 'harm', None),
("C1441", "Sodium salicylate leaves the sodium efflux and potassium influx of red cells unchanged",
 "salicylate, at levels that sped up how red blood cells burn sugar, did not change how fast sodium left the cells or potassium entered them",
 ("sodium salicylate", ['sodium salicylate', 'salicylate']),
 ("sodium efflux and potassium influx of red cells", ['rates of sodium efflux from, and potassium influx into, erythrocytes', 'sodium efflux', 'potassium influx']),
 'salicyl*[tiab] OR aspirin[tiab] OR ((erythrocyte*[tiab] OR "red cells"[tiab] OR "red blood cells"[tiab]) AND (glycolysis[tiab] OR sodium[tiab] OR potassium[tiab] OR '
 'efflux[tiab] OR influx[tiab] OR ATP[tiab]))', 'equivalence', None, None, 'mechanism', None),
("C1442", "Injectable fluorescent polymeric nanocarriers stay within the nucleus pulposus of mouse intervertebral discs",
 "in mice, tiny drug-carrying particles injected into the discs of the tail stayed inside the soft centre of the disc where they were put",
 ("injectable fluorescent polymeric nanocarriers", ['Injectable Fluorescent Polymeric Nanocarriers', 'nanoparticles', 'nanoparticle (NP) delivery system',
                                                    'fluorescent nano-formulations']),
 ("retention in the nucleus pulposus of mouse intervertebral discs", ['remained within the nucleus pulposus cells and the injection site',
                                                                      'remained within the nucleus pulposus cells']),
 '((nanoparticle*[tiab] OR nanocarrier*[tiab] OR "drug delivery"[tiab] OR "sustained release"[tiab] OR "controlled release"[tiab]) AND (intervertebral[tiab] OR '
 'disc[tiab] OR discs[tiab] OR "nucleus pulposus"[tiab])) OR ((intervertebral[tiab] OR "nucleus pulposus"[tiab]) AND (inject*[tiab]) AND (mice[tiab] OR '
 'mouse[tiab] OR coccygeal[tiab] OR caudal[tiab]))', 'effect', None, None, 'mechanism', ['mouse']),
("C1443", "Adding BMP2 and bFGF genes to bone marrow stem cells improves tendon-to-bone healing after ACL reconstruction in rabbits",
 "in rabbits, giving bone marrow stem cells extra genes for two growth factors, BMP2 and bFGF, before placing them where the new ligament meets the bone helped the graft heal into the bone more strongly",
 ("BMP2 and bFGF gene transfer", ['genetically modified with bFGF/BMP2', 'AdBMP2-plus-AdbFGF', 'addition of BMP2 or bFGF by gene transfer',
                                  'co-application of these two genes']),
 ("tendon-to-bone healing after anterior cruciate ligament reconstruction", ['tendon-to-bone healing after anterior cruciate ligament reconstruction',
                                                                             'healing after ACL reconstruction', 'tendon-bone healing']),
 '"tendon-bone"[tiab] OR "tendon-to-bone"[tiab] OR "bone-tendon"[tiab] OR "bone tunnel"[tiab] OR "tunnel widening"[tiab] OR ((BMP2[tiab] OR BMP-2[tiab] OR '
 'bFGF[tiab] OR "fibroblast growth factor"[tiab]) AND (gene[tiab] OR adenovir*[tiab] OR transfect*[tiab] OR transduc*[tiab]) AND (stem[tiab] OR stromal[tiab]))',
 'effect', None, ("bone marrow-derived mesenchymal stem cells implanted at the tendon-bone interface", ['bone marrow-derived mesenchymal stem cells (BMSCs)', 'BMSCs']),
 'benefit', ['rabbit']),
("C1444", "Nitrofurazone kills, mutates and breaks the DNA of E. coli more without oxygen, through oxygen-sensitive nitrofuran reductases",
 "the antibacterial drug nitrofurazone killed more E. coli bacteria, caused more mutations and broke more of their DNA when the bacteria were kept without oxygen",
 ("nitrofurazone under anaerobic conditions", ['nitrofurazone', 'reduction of nitrofurazone', 'reductive activation of nitrofurazone']),
 ("lethality, mutation and DNA breakage in E. coli", ['lethality, mutation, and DNA breakage', 'breaks in DNA', 'DNA breakage']),
 'nitrofur*[tiab] OR nitroreduct*[tiab] OR "drug activation"[tiab] OR "reductive activation"[tiab] OR (("Escherichia coli"[tiab] OR "E. coli"[tiab] OR bacterial[tiab] OR '
 'bacteria[tiab]) AND (mutant*[tiab] OR anaerob*[tiab] OR "DNA breaks"[tiab] OR "DNA breakage"[tiab] OR lethality[tiab] OR mutagen*[tiab] OR "drug-resistant"[tiab] OR '
 '"drug resistance"[tiab] OR "antibiotic resistance"[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
