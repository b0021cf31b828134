# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 66 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from cell and molecular
# biology, genetics, veterinary and animal models and obstetrics and gynaecology:
# wild-type ERK3 against the ERK3 S189A mutant for the migration and invasion of lung cancer cells (a laboratory study,
# PMID 30166347, 2018, typed Journal Article, MeSH naming Mitogen-Activated Protein Kinase 6, Lung Neoplasms and
# Neoplasm Invasiveness; the S189A mutation of ERK3's single activation-loop phospho-acceptor site greatly decreased
# ERK3's ability to promote migration and invasion of lung cancer cells, ERK3-S189A had much less kinase activity toward
# SRC3 and less ability to stimulate matrix metalloproteinase expression, and a catalytically inactive ERK3 still raised
# migration and invasion to a lesser extent, so ERK3 acts by kinase-dependent and kinase-independent means; no earlier
# claim's eligible records held it, and the earlier queries that met it were about macrophage MMP-8 and hepatic stellate
# cells, UO126 and the vitamin D receptor complex, BRCA1 serine 1524 in lung cancer and PFKFB4 in breast cancer; among
# ezrin Ser66 in oesophageal cancer, MIIP and PKC-zeta in colorectal cancer, Axl in prostate cancer and uPAR and mTORC2),
# variants at six new susceptibility loci and invasive epithelial ovarian cancer (a genome-wide association meta-analysis,
# PMID 25581431, 2015, typed Journal Article and Meta-Analysis, of 15,437 cases and 30,845 controls and of 15,252 BRCA1
# and 8,211 BRCA2 mutation carriers, 3,096 with ovarian cancer, imputed to 1000 Genomes; variants at 1p36 (WNT4), 4q26
# (SYNPO2), 9q34.2 (ABO) and 17q11.2 (ATAD5) were associated with EOC risk and at 1p34.3 (RSPO1) and 6p22.1 (GPX6) with
# the serous subtype, all P < 5e-8; the abstract gives no effect sizes; no earlier claim's eligible records held it, and
# the earlier queries that met it were about ABO blood group and pancreatic cancer, NRCP siRNA in ovarian tumours, c-FLIP
# in ovarian effusions, BRCA1 serine 1524, Wnt-5a in neurons, 1p loss in pancreatic cancer and family history and women's
# cancer mortality; among FGFR2 breast cancer risk SNPs (a topic of the last twenty sets, not used here), ARID1A staining
# in gynaecological cancers, orphan GWAS genes and endometriosis and ovarian cancer),
# human placental against brain choline acetyltransferase (a laboratory study, PMID 40, 1975, typed Journal Article, MeSH
# naming Placenta, Pregnancy, Caudate Nucleus and Choline O-Acetyltransferase, that purified the enzyme from human brain
# caudate nucleus and from human placenta to electrophoretic homogeneity; both had a molecular weight of 67,000 +/- 3,000,
# were inhibited by N-ethylmaleimide, p-chloromercuribenzoate and DTNB, formed an isolable acetyl-thioenzyme, and the
# authors found the enzymes from brain and placenta thus far physically and biochemically indistinguishable; a finding of
# no difference supports the claim; no earlier claim's eligible records held it, and the earlier queries that met it were
# about lysophosphatidylcholine in synaptic vesicles (a topic of the last twenty sets) and NAT10 acetylation of 18S rRNA;
# among amnion mesenchymal cells, chorionic villus stromal cells, prenatal nicotine exposure and choline acetyltransferase
# nerve staining),
# Rev-erbalpha and the regulation of metabolic genes in mice (a laboratory study, PMID 26044300, 2015, typed Journal
# Article, MeSH naming Mice, Inbred C57BL, Mice, Knockout, Liver, Lipid Metabolism and Histone Deacetylases; clock control
# required Rev-erbalpha to bind its cognate genomic sites, where it competes with activating ROR factors, whereas
# Rev-erbalpha regulated metabolic genes primarily by recruiting the HDAC3 co-repressor to sites to which it is tethered by
# cell type-specific transcription factors, giving a tissue-specific epigenomic rhythm; the abstract does not itself name
# the species; no earlier claim's eligible records held it, and the earlier queries that met it were about continuous
# light and gastric melatonin cells in rats, UO126 and the vitamin D receptor complex, HDAC3 inhibition and memory and
# the body clock and NCAM fucosylation; among SREBP-1 and UCP3 in the mouse heart, luciferase transcription factor
# reporters, AIB1 in pancreatic carcinoma and miR-200 and blood collection time (a topic of the last twenty sets)),
# a peptide-enriched silk fibroin sponge added to trabecular titanium for bone ingrowth into implants in sheep (an animal
# study, PMID 33195126, 2020, no publication type or MeSH recorded, that filled macro-porous trabecular titanium with silk
# fibroin sponges enriched with anionic fibroin-derived polypeptides and placed the composite in a sheep model of bone
# defects; the composite nucleated carbonated hydroxyapatite, accelerated osteoblastic differentiation of resident cells
# and induced outward bone growth, and the osteoconductive sponges supported inward bone deposition from the native bone
# towards the implant; it is about bone ingrowth into prosthetic implants, not cartilage repair, and the abstract gives no
# numbers; no earlier claim's eligible records held it, and the earlier queries that met it were about scaffold pore size
# and bone formation, silk fibroin scaffolds with chondrocytes, metal implants for focal cartilage defects, hydroxyapatite
# scaffolds for subchondral bone, titanium implants for osteochondral defects and calcium phosphate coating for bone
# ingrowth; among porous titanium bases for osteochondral engineering, BCP-coated polyurethane resurfacing implants and
# the Repiphysis expandable prosthesis), and
# estrogen and the CXCR7/CXCL11 axis in ovarian cancer cells (a laboratory study, PMID 30051594, 2018, typed Journal
# Article, MeSH naming Estrogens, Estrogen Receptor alpha, Receptors, CXCR, Ovarian Neoplasms, Cell Movement and
# Epithelial-Mesenchymal Transition; estrogen markedly enhanced CXCR7/ACKR3 expression through direct recruitment of ERalpha
# to its promoter, also raised CXCL11, which fed back through ERalpha Ser-118 phosphorylation, CXCR7 and CXCL11 were raised
# in the stroma of microdissected tumours, and estrogen's induction of SNAI1, SNAI2 and CDH2 and the resulting increase in
# cancer cell migration depended on CXCR7; no earlier claim's eligible records held it, and the earlier queries that met it
# were about NRCP siRNA in ovarian tumours, c-FLIP in ovarian effusions, ERalpha mutations in breast cancer and fenugreek
# as an oestrogen; among the ESR1 Y537S mutation, BIG3 and oestrogen signalling, PFKFB4 and SRC-3 and p53 phosphorylation in
# ovarian cancer cells). Synonyms name the claim's own exposure and condition, no wider.
# C1523 is a comparative claim with its comparator, resting on lung cancer cell lines; C1524 is a harm association resting
# on a genome-wide association meta-analysis; C1525 is an equivalence claim (placental choline acetyltransferase no
# different from the brain enzyme) resting on purified human enzymes; C1526 is a mechanism claim about mice; C1527 is an
# add-on claim (a silk fibroin sponge added to trabecular titanium) about sheep; C1528 is a mechanism claim resting on
# ovarian cancer cells and tumour sections.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1523", "Wild-type ERK3 promotes lung cancer cell migration and invasion more than ERK3 lacking its serine 189 phosphorylation site",
 "lung cancer cells carrying the normal form of a signalling enzyme called ERK3 moved and invaded more than cells carrying a version that cannot be switched on at one spot, serine 189",
 ("wild-type ERK3 with its serine 189 activation-loop phosphorylation site", ['WT ERK3', 'activation loop phosphorylation', 'Ser189 phosphorylation',
                                                                          'Activation loop phosphorylation of ERK3']),
 ("migration and invasion of lung cancer cells", ['migration and invasion of lung cancer cells', 'lung cancer cell invasiveness', 'cancer cell invasiveness',
                                                 'invasiveness-promoting ability']),
 'ERK3[tiab] OR MAPK6[tiab] OR "activation loop"[tiab] OR ((phosphorylation[tiab] OR kinase[tiab]) AND (invasion[tiab] OR invasiveness[tiab] OR migration[tiab]) AND '
 '(cancer[tiab] OR tumour[tiab] OR tumor[tiab]))', 'effect',
 ("ERK3 S189A mutant", ['S189A mutation', 'ERK3-S189A', 'S189A']), None, 'mechanism', None),
("C1524", "Variants at six newly identified susceptibility loci are associated with the risk of invasive epithelial ovarian cancer",
 "common genetic variants at six newly found places in the genome, including one near a gene called WNT4, were linked to the risk of the commonest kind of ovarian cancer",
 ("variants at six new epithelial ovarian cancer susceptibility loci", ['six new EOC susceptibility loci', 'new EOC susceptibility loci',
                                                                       'Variants at 1p36 (nearest gene, WNT4), 4q26 (SYNPO2), 9q34.2 (ABO) and 17q11.2 (ATAD5)',
                                                                       'at 1p34.3 (RSPO1) and 6p22.1 (GPX6) variants']),
 ("invasive epithelial ovarian cancer", ['invasive epithelial ovarian cancer', 'epithelial ovarian cancer (EOC)', 'EOC', 'EOC risk', 'serous EOC subtype']),
 '"ovarian cancer"[tiab] OR "ovarian carcinoma"[tiab] OR "ovarian tumour"[tiab] OR "ovarian tumor"[tiab] OR "ovarian neoplasms"[tiab] OR (("genome-wide association"[tiab] OR '
 'GWAS[tiab] OR "susceptibility loci"[tiab] OR "susceptibility alleles"[tiab]) AND (cancer[tiab] OR risk[tiab]))', 'effect', None, None, 'harm', None),
("C1525", "Human placental choline acetyltransferase is physically and biochemically indistinguishable from the brain enzyme",
 "the enzyme that makes the messenger chemical acetylcholine in the placenta showed no difference from the same enzyme taken from the brain",
 ("human placental choline acetyltransferase", ['human placental choline acetyltransferase', 'placental choline acetyltransferase']),
 ("physical and biochemical properties of choline acetyltransferase", ['physically and biochemically indistinguishable', 'molecular weights']),
 '"choline acetyltransferase"[tiab] OR acetylcholine[tiab] OR cholinergic[tiab] OR placenta[tiab] OR placental[tiab] OR trophoblast*[tiab] OR ((enzyme[tiab] OR '
 'enzymes[tiab]) AND (purified[tiab] OR purification[tiab]) AND (human[tiab] OR brain[tiab] OR tissues[tiab]))', 'equivalence',
 ("human brain caudate nucleus choline acetyltransferase", ['Human brain caudate nucleus', 'human brain']), None, 'mechanism', None),
("C1526", "Rev-erbα regulates metabolic genes in mice by recruiting HDAC3 through tissue-specific transcription factors rather than by binding its own DNA sites",
 "in mice, a body-clock protein called Rev-erb-alpha controlled metabolism genes in a different way from how it keeps time, by pulling in a partner enzyme called HDAC3 through other proteins particular to each tissue rather than by binding its own landing sites on the DNA",
 ("Rev-erbα recruiting the HDAC3 co-repressor", ['Rev-erbα', 'recruiting the HDAC3 co-repressor', 'nuclear receptor Rev-erbα']),
 ("regulation of metabolic genes", ['metabolic genes', 'regulates metabolic genes', 'regulator of metabolic genes',
                                   'tissue-specific epigenomic rhythm that regulates metabolism']),
 'Rev-erb*[tiab] OR circadian[tiab] OR clock[tiab] OR diurnal[tiab] OR "nuclear receptor"[tiab] OR "nuclear receptors"[tiab] OR HDAC3[tiab] OR corepressor*[tiab] OR '
 'co-repressor*[tiab] OR (("transcription factor"[tiab] OR "transcription factors"[tiab]) AND (mice[tiab] OR mouse[tiab] OR liver[tiab] OR hepatic[tiab]))',
 'effect', None, None, 'mechanism', ['mouse']),
("C1527", "Adding a peptide-enriched silk fibroin sponge to trabecular titanium improves early bone ingrowth into implants in sheep",
 "in sheep, filling a porous titanium implant with a sponge made from silk protein enriched with small protein fragments helped new bone grow into and around the implant early on",
 ("peptide-enriched silk fibroin sponge", ['Peptide-Enriched Silk Fibroin Sponge', 'silk fibroin (SF) sponges enriched with anionic fibroin-derived polypeptides',
                                          'peptide-enriched SF sponges']),
 ("early bone ingrowth into prosthetic implants in sheep bone defects", ['early bone ingrowth into the implant mesh', 'Bone Ingrowth of Prosthetic Implants',
                                                                        'inward bone deposition from the native bone towards the implants', 'outward bone growth']),
 'fibroin[tiab] OR "trabecular titanium"[tiab] OR osseointegrat*[tiab] OR "bone ingrowth"[tiab] OR "aseptic loosening"[tiab] OR "bone-implant"[tiab] OR ((titanium[tiab] OR '
 'prosthe*[tiab] OR arthroplasty[tiab]) AND (sheep[tiab] OR ovine[tiab] OR "bone defect"[tiab] OR "bone defects"[tiab] OR "bone gaps"[tiab]))',
 'effect', None, ("macro-porous trabecular titanium implant", ['macro-porous trabecular titanium', 'Trabecular Titanium']), 'benefit', ['sheep']),
("C1528", "Estrogen drives ovarian cancer cell migration through ERα-induced CXCR7",
 "the hormone oestrogen switched on a receptor called CXCR7 in ovarian cancer cells and, through it, made the cells take on a more mobile form and move more",
 ("estrogen", ['estrogen', 'Estrogenic induction', 'estrogen through direct recruitment of ERα']),
 ("CXCR7-dependent mesenchymal change and migration of ovarian cancer cells", ['cancer cell migration', 'mesenchymal markers SNAI1, SNAI2, and CDH2',
                                                                              'invasion of OC cells', 'metastatic behavior of OC cells',
                                                                              'epithelial-mesenchymal transition pathway']),
 'CXCR7[tiab] OR ACKR3[tiab] OR CXCL11[tiab] OR ((estrogen*[tiab] OR oestrogen*[tiab]) AND (migration[tiab] OR invasion[tiab] OR "epithelial-mesenchymal"[tiab] OR '
 'chemokine*[tiab] OR metasta*[tiab] OR ovarian[tiab] OR "cancer cells"[tiab])) OR ("ovarian cancer"[tiab] AND (migration[tiab] OR invasion[tiab] OR "cell lines"[tiab] OR '
 'cells[tiab]))', 'effect', None, None, 'mechanism', None),
]

write_claims(C)
