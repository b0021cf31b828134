# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 65 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from orthopaedics,
# genetics, cell and molecular biology, animal models, radiology and imaging and pharmacology:
# osteoporosis against disc degeneration alone and the stresses in a degenerated lumbar spine (a finite element study,
# PMID 36842775, 2023, typed Journal Article, MeSH naming Finite Element Analysis, Osteoporosis and Intervertebral Disc
# Degeneration, that built a lumbar spine model from one healthy 35-year-old man, graded L4-L5 disc degeneration as mild,
# moderate or severe and then made osteoporotic versions of each, loaded with a 400 N follower load and 7.5 Nm moments;
# compared with disc degeneration without osteoporosis, range of motion and cortical and endplate Mises stress fell in all
# postures while the Mises stress in cancellous bone and in the posterior elements rose; the authors also wrote that the
# effect of degeneration on flexibility was nearly the same with and without osteoporosis, so the claim rests only on the
# stresses; it is a computer model, not a test in patients; no earlier claim's eligible records held it, and the earlier
# queries that met it were about Magerl pedicle screws after TLIF, a blade-like interlocking device in osteoporotic bone,
# circular against square annulus fibrosus patches, endplate defects and disc degeneration, age and disc degeneration
# and osteoporotic fractures and adjacent disc degeneration; among the ADDISC prosthesis, an S-type dynamic cage, lumbar
# osteoporotic fractures in less degenerated segments and biomimetic annulus-nucleus constructs),
# breast cancer risk variants at the FGFR2 locus and oestrogen responsiveness (a laboratory study, PMID 27236187, 2016,
# typed Journal Article, MeSH naming Receptor, Fibroblast Growth Factor, Type 2, Genome-Wide Association Study and MCF-7
# Cells, that showed with a systems biology approach in several cell lines that FGFR2 signalling reverses the activity of
# the oestrogen receptor (ESR1) regulon, and by transient transfection that the three independent variants of the risk
# locus (rs2981578, rs35054928 and rs45631563) map to transcriptional silencer elements whose silencer activity the risk
# alleles augment, giving lower FGFR2 expression and increased oestrogen responsiveness; it rests on cell lines, not on
# people carrying the variants; no earlier claim's eligible records held it, and the earlier queries that met it were about
# oestrogen receptor alpha mutations and hormone therapy resistance and BIG3 in oestrogen signalling; among an ESR1 Y537S
# genomic model, ESR1 hormone-binding-domain mutations and breast cancer stem cell traits, Rac1-PAK1 and tamoxifen
# resistance, GSTT1 and GSTM1 deletions in breast carcinoma and hyaluronate synthase-2 in MCF7 cells),
# fixed against fresh cryosections and the biomechanical properties of intervertebral disc tissue (a methods study, PMID
# 36799405, 2023, typed Journal Article, MeSH naming Intervertebral Disc, Humans and Histological Techniques, that used
# Raman spectroscopy synchronized with nanoindentation on nucleus pulposus and annulus fibrosus prepared as fresh
# cryosections (control), fixed cryosections and paraffin-embedded sections; there was no significant difference in
# biomechanical properties between fresh and fixed cryosections (p > 0.05), while fresh cryosections and paraffin-embedded
# samples differed (p < 0.05), and the preparations changed the tissues' chemical content; a finding of no difference
# supports the claim, and the abstract gives no number of samples; no earlier claim's eligible records held it, and the
# earlier queries that met it were about physalin A and mechanical loading for disc degeneration; among BRD9 inhibition in
# nucleus pulposus, high glucose and endplate degeneration in mice, Fas and Bcl-2 in degenerated nucleus pulposus and an
# injectable cartilage gel in a rat nucleotomy model),
# dexamethasone and the lipopolysaccharide-induced NF-kappaB reporter signal in mice (a methods study, PMID 26138224,
# 2015, typed Journal Article, no MeSH recorded, that delivered transcription-factor-activated luciferase reporter
# lentiviruses to neonatal rodents, which become tolerant to the reporter, and followed NFkB activity by bioluminescence in
# the brain, liver and lungs of somatotransgenic mice given lipopolysaccharide; the response was ablated in Tlr4-/- mice or
# when dexamethasone was co-administered, and the method also worked in outbred rats and with glucocorticoid receptor and
# Smad2/3 reporters; the abstract gives no numbers; no earlier claim's eligible records held it, and the earlier queries
# that met it were about dexmedetomidine and the spleen in lipopolysaccharide-induced sepsis (a topic of the last twenty
# sets; this claim is about a different drug and a reporter readout) and Compound A and the glucocorticoid receptor; among
# human amnion mesenchymal cells and lipopolysaccharide in THP-1 cells, Japanese quince flavanols in colon cancer cells
# and limonin in disc degeneration),
# an extended-position scan added to neutral postmortem CT of the cervical spine for anterior disc space widening (a
# retrospective diagnostic study, PMID 36801591, 2023, typed Journal Article, of 120 deceased cases scanned in the neutral
# and the extended position, the difference in intervertebral angle being the intervertebral range of motion; 14 cases had
# anterior disc space widening (17 lesions), whose range of motion was 11.85 +/- 5.25 degrees against 3.78 +/- 2.81 degrees
# at normal levels, with an AUC of 0.903 and a cut-off of 8.61 degrees (sensitivity 0.96, specificity 0.82); the authors
# wrote that kinetic CT facilitated identification of the injury; it does not report a direct comparison with the neutral
# scan alone; no earlier claim's eligible records held it, and the earlier query that met it was about posterior
# full-endoscopic cervical foraminotomy; among postmortem diagnosis of methanol poisoning from cartilage, air embolism after
# CT-guided lung biopsy, motorized cervical traction and cervical spondylodiscitis after stab wounds), and
# opioid growth factor and the growth of human pancreatic cancer cells (a laboratory study, PMID 10024694, 1999, typed
# Journal Article, MeSH naming Enkephalin, Methionine and Pancreatic Neoplasms, in which [Met5]-enkephalin, termed opioid
# growth factor (OGF), inhibited the growth of all four human pancreatic cancer cell lines examined, in a dose-related,
# reversible, non-cytotoxic, serum-independent and opioid receptor-mediated way; the cells produced and secreted OGF and
# carried OGF and its zeta receptor; it rests on cells in culture; no earlier claim's eligible records held it, and the
# earlier queries that met it were about 9-nitrocamptothecin, paclitaxel with radiotherapy, chemotherapy and chemoradiation
# for pancreatic cancer, serum neopterin in pancreatic cancer, opioid use after lumbar disc surgery and delta-opioid
# receptor modulators; among connective tissue growth factor, Smad6, gastrin antisense oligonucleotides and serum growth
# factors in pancreatic cancer). Synonyms name the claim's own exposure and condition, no wider.
# C1505 is a comparative harm claim with its comparator, resting on a computer model; C1506 is a harm claim resting on cell
# lines; C1507 is an equivalence claim (a fixed cryosection measuring like a fresh one) resting on human disc tissue in the
# laboratory; C1508 is a mechanism claim about mice; C1509 is an add-on claim (an extended-position scan added to the
# neutral postmortem CT) resting on 120 postmortem cases; C1510 is a benefit claim resting on cancer cells in culture.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1505", "Osteoporosis raises the stress on cancellous bone and the posterior elements of a degenerated lumbar spine compared with disc degeneration alone",
 "in a spine with thin bones, worn discs put more of the stress on the spongy inner bone of the vertebrae and on the bony structures at the back of the spine than the same worn discs do in a spine with normal bone",
 ("osteoporosis with lumbar disc degeneration", ['osteoporosis patients with various disc degeneration', 'osteoporotic patients', 'degenerative lumbar spine models for osteoporotic patients',
                                                'osteoporotic patients with disc degeneration']),
 ("Mises stress in the cancellous bone and posterior elements of the lumbar spine", ['Mises stress in cancellous (MSC2)', 'Mises stress in post (MSP)', 'MSC2 and MSP',
                                                                                   'Mises stress in the cancellous and post']),
 'osteopor*[tiab] OR ("finite element"[tiab] AND (lumbar[tiab] OR spine[tiab] OR disc[tiab] OR vertebra*[tiab]))', 'effect',
 ("lumbar disc degeneration without osteoporosis", ['disc degeneration patients without osteoporosis', 'normal patients', 'non-osteoporosis patients']), None, 'harm', None),
("C1506", "Breast cancer risk variants at the FGFR2 locus lower FGFR2 expression and heighten oestrogen responsiveness",
 "the versions of the FGFR2 gene that go with a higher risk of breast cancer turn the gene down and leave breast cells more responsive to oestrogen",
 ("FGFR2 breast cancer risk variants", ['FGFR2 risk SNPs', 'variants of the FGFR2 risk locus', 'risk variants', 'risk alleles', 'rs2981578, rs35054928 and rs45631563']),
 ("lower FGFR2 expression and increased oestrogen responsiveness", ['lower FGFR2 expression and increased oestrogen responsiveness', 'increased oestrogen responsiveness',
                                                                   'augmenting oestrogen responsiveness', 'lower FGFR2 expression', 'augment silencer activity']),
 'FGFR2[tiab] OR "fibroblast growth factor receptor"[tiab] OR (("breast cancer"[tiab] OR "breast carcinoma"[tiab]) AND (SNP*[tiab] OR polymorphism*[tiab] OR '
 'susceptibility[tiab] OR "genome-wide"[tiab] OR oestrogen*[tiab] OR estrogen*[tiab] OR "risk allele*"[tiab]))', 'effect', None, None, 'harm', None),
("C1507", "Fixing a cryosection leaves the biomechanical properties of intervertebral disc tissue unchanged from a fresh cryosection",
 "fixing a frozen slice of spinal disc tissue did not change its measured mechanical properties compared with a fresh frozen slice",
 ("fixed cryosection", ['fixed cryosection', 'fixed cryosection samples']),
 ("biomechanical properties of intervertebral disc tissue", ['biomechanical properties', 'biomechanical properties of IVD']),
 '(cryosection*[tiab] OR paraffin*[tiab] OR nanoindentation[tiab] OR "Raman spectroscopy"[tiab] OR "histological"[tiab]) AND (disc[tiab] OR disk[tiab] OR '
 '"nucleus pulposus"[tiab] OR "annulus fibrosus"[tiab] OR "soft tissue"[tiab] OR "soft tissues"[tiab])', 'equivalence',
 ("fresh cryosection", ['fresh cryosection', 'fresh cryosection (control)']), None, 'mechanism', None),
("C1508", "Dexamethasone abolishes the lipopolysaccharide-induced NF-kappaB reporter signal in somatotransgenic mice",
 "in mice given a bacterial toxin, the steroid dexamethasone switched off the inflammation signal given out by a light-producing marker",
 ("dexamethasone", ['dexamethasone', 'anti-inflammatory glucocorticoid analogue dexamethasone']),
 ("lipopolysaccharide-induced NF-kappaB activity", ['NFκB activity', 'NFκB-mediated luciferase expression', 'transcription factor activity']),
 '((luciferase[tiab] OR bioluminescen*[tiab] OR bioimaging[tiab] OR "NF-kappaB"[tiab] OR "NF-κB"[tiab] OR NFκB[tiab] OR "NF-kB"[tiab] OR reporter*[tiab] OR TLR4[tiab] OR '
 '"Toll-like receptor"[tiab]) AND (lipopolysaccharide[tiab] OR LPS[tiab] OR dexamethasone[tiab] OR glucocorticoid*[tiab] OR inflammation[tiab] OR inflammatory[tiab]))',
 'effect', None, None, 'mechanism', ['mouse']),
("C1509", "Adding an extended-position scan to neutral postmortem CT of the cervical spine identifies anterior disc space widening",
 "a second scan with the neck bent backwards, added to the usual scan in a neutral position, showed extra movement between the neck bones at torn discs and made these injuries easier to identify",
 ("postmortem kinetic CT in the extended position", ['postmortem kinetic CT', 'postmortem kinetic CT of the cervical spine', 'CT of the cervical spine in the extended position',
                                                     'kinetic CT']),
 ("anterior disc space widening of the cervical spine", ['anterior disc space widening', 'Injuries at the level of the intervertebral disc (anterior disc space widening)']),
 'postmortem[tiab] OR "post-mortem"[tiab] OR forensic[tiab] OR ("cervical spine"[tiab] AND (CT[tiab] OR "computed tomography"[tiab] OR injury[tiab] OR injuries[tiab] OR '
 'extension[tiab])) OR ("disc space"[tiab] AND (widening[tiab] OR narrowing[tiab]))', 'effect', None,
 ("postmortem CT of the cervical spine in the neutral position", ['CT in the neutral position', 'neutral position']), 'benefit', None),
("C1510", "Opioid growth factor ([Met5]-enkephalin) inhibits the growth of human pancreatic cancer cells",
 "a natural opioid-like substance that the cells make themselves, called opioid growth factor, held back the growth of human pancreatic cancer cells",
 ("opioid growth factor", ['opioid growth factor (OGF)', 'OGF', '[Met5]-enkephalin']),
 ("growth of human pancreatic cancer cells", ['growth of human pancreatic cancers in vitro', 'Human pancreatic cancer cell proliferation', 'cell replication',
                                               'growth of human pancreatic cancer']),
 '"opioid growth factor"[tiab] OR enkephalin*[tiab] OR ((opioid*[tiab] OR "growth factor"[tiab] OR "growth factors"[tiab] OR autocrine[tiab]) AND ("pancreatic cancer"[tiab] OR '
 '"pancreatic adenocarcinoma"[tiab] OR "pancreatic carcinoma"[tiab] OR "pancreatic cancers"[tiab] OR "pancreatic carcinomas"[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
