# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 67 (2026-12-08), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair, MSCs and PRP for joints and from the topics of the last twenty sets, with anchors drawn
# from public health, microbiology, genetics, pharmacology and toxicology, general surgery and anaesthesia:
# the disruption of childhood vaccination by the Ebola epidemic and the size of measles outbreaks (a modelling study,
# PMID 25766232, 2015, typed Journal Article, MeSH naming Hemorrhagic Fever, Ebola, Measles, Measles Vaccine, Vaccination
# and Disease Outbreaks, that projected that after 6 to 18 months of disrupted health care a large connected cluster of
# children unvaccinated for measles would build up across Guinea, Liberia and Sierra Leone, raising the expected size of a
# regional measles outbreak from 127,000 to 227,000 cases after 18 months, with 2000 to 16,000 additional deaths; it is a
# projection, not an observed outbreak; no earlier claim's eligible records held it, and the earlier queries that met it
# were about vaccination preventing measles and other childhood infections and about Bst2/tetherin in mouse neurons after
# measles virus infection; among a DNA immunogen for hepatitis B core antigen, a cathepsin L1 vaccine against fasciolosis
# in mice, handwashing in South Sudanese refugee camps, village poultry farming and avian influenza in Mali and an essay
# on vaccines and false myths),
# the unstable L-form against the bacterial form of Proteus mirabilis for the penicillin G sensitivity of its
# DD-carboxypeptidase (a laboratory study, PMID 238, 1975, typed Journal Article, MeSH naming L Forms, Proteus mirabilis,
# Carboxypeptidases and Penicillin G, of the membranes of the bacterial form and the stable and unstable L-forms; the
# DD-carboxypeptidase of the bacterial form was highly penicillin-sensitive (Ki 4 x 10(-9) M) and only partly reactivated,
# while that of the unstable L-form grown with penicillin was 175-fold less penicillin-sensitive and fully reactivated by
# penicillinase or dialysis; the authors' two-enzyme explanation is a hypothesis; no earlier claim's eligible records held
# it, and no earlier query met it; among a chitosanase from Bacillus R-4 that lyses Rhizopus cell walls, the BlaR1 sensor
# of MRSA, a bacteriolytic activity of VanX, actinomycosis cases treated with penicillin and Mycoplasma hominis infections
# after neurosurgery),
# loss of SDHA staining and SDHA gene mutation in gastrointestinal stromal tumours (a study of tumour series, PMID
# 23282968, 2013, typed Journal Article, MeSH naming Gastrointestinal Stromal Tumors, Succinate Dehydrogenase,
# Immunohistochemistry and Germ-Line Mutation, that stained 127 SDHB-negative and 556 SDHB-positive gastric and 261
# SDHB-positive intestinal GISTs for SDHA; 36 of the 127 SDHB-negative GISTs were SDHA-negative, no SDHB-positive GIST was,
# all 7 SDHA-negative tumours sequenced carried SDHA mutations, most germline, and the authors wrote that SDHA loss
# generally correlates with SDHA mutations; only 7 stain-negative tumours were sequenced; no earlier claim's eligible
# records held it, and the only earlier query that met it was about SDHB immunohistochemistry in muscle biopsies; among
# ARID1A immunohistochemistry predicting ARID1A mutation, immunohistochemistry against FISH for ALK, a BRCA2 nonsense
# mutation in a Moroccan man and p16 expression in melanoma and pancreatic carcinoma),
# phenobarbitone or 3-methylcholanthrene pretreatment and the CB10-252 azoreductase of rat liver (a laboratory study in
# rats, PMID 149, 1975, typed Comparative Study and Journal Article, MeSH naming Rats, Liver, Azo Compounds, Phenobarbital,
# Methylcholanthrene and Enzyme Induction, which found the system reducing CB10-252, an azo agent designed against primary
# liver cell cancer, mainly in the soluble fraction of rat liver, unlike the microsomal DAB-azoreductase, and wrote that
# its activity was not affected by carbon monoxide, phenobarbitone or 3-methylcholanthrene pretreatment; a no-change
# finding supports this equivalence claim; no earlier claim's eligible records held it, and the earlier queries that met
# it were about dietary DAB and the drug-metabolizing enzymes of rat liver, cyanide and pig renal dipeptidase,
# alpha-naphthoflavone and benzo(a)pyrene hydroxymethylation, rat liver phosphorylase b and carbon monoxide and connexin
# hemichannels; among a phenobarbital-induced aldehyde dehydrogenase and glutathione S-epoxide transferase enhanced by
# phenobarbital in rat liver, digitoxin metabolism by rat liver microsomes and liver microsomal beta-glucuronidase),
# a retained appendicolith and a late retroperitoneal abscess after laparoscopic appendectomy (a case report, PMID
# 20930600, 2010, typed Case Reports and Journal Article, MeSH naming Appendectomy, Appendicitis, Lithiasis, Psoas Abscess
# and Postoperative Complications, of a 10-year-old boy with two and a half weeks of right leg pain and a flank mass two
# years after an interval laparoscopic appendectomy for perforated appendicitis, whose CT showed a retroperitoneal mass
# with calcifications suggestive of a retained appendicolith with abscess formation; one child; no earlier claim's eligible
# records held it, and the earlier queries that met it were about laparoscopic against open appendectomy for postoperative
# abscesses and about residual abscess after open appendectomy under spinal anaesthesia; among retroperitoneal
# actinomycosis, a retroperitoneal abscess with necrotizing fasciitis in sigmoid colon cancer, retroperitoneoscopic
# drainage of a psoas abscess and retroperitoneal abscesses after delivery and in diabetes), and
# administrative issues as a barrier to acute pain services in India (a questionnaire survey, PMID 26702218, 2015, typed
# Journal Article, sent to 4000 life members of the Indian Society of Anesthesiologists, of whom 146 answered, mostly
# from corporate hospitals and medical colleges; about 68 acute pain services were working, 20 without training
# programmes and 34 without written protocols, anaesthesiologists managed postoperative pain only when epidural analgesia
# was used, and the authors wrote that most anaesthesiologists agree to establish an APS but administrative issues seem to
# be a major barrier; no earlier claim's eligible records held it, and the earlier queries that met it were about
# incident reporting by an acute pain service and labour epidural analgesia and assisted vaginal delivery; among
# continuous spinal levobupivacaine and epidural ropivacaine for postoperative pain, clonidine routes after ACL repair,
# transversus abdominis plane block in renal transplant recipients and a paraspinal abscess after spinal anaesthesia and
# epidural analgesia). Synonyms name the claim's own exposure and condition, no wider.
# C1559 is a public health harm claim resting on a modelling projection; C1560 is a comparative claim with its comparator
# (the unstable L-form against the bacterial form), a mechanism claim resting on bacterial membranes; C1561 is a genetics
# claim resting on tumour series; C1562 is an equivalence claim (no change in the enzyme) about rats; C1563 is a harm
# claim resting on one child's case report; C1564 is a harm claim resting on a survey of 146 anaesthesiologists.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1559", "Disrupted childhood vaccination after the Ebola epidemic makes measles outbreaks in West Africa larger and deadlier",
 "the disruption of childhood vaccination by the Ebola epidemic would let a large pool of unvaccinated children build up and make a regional measles outbreak much larger, with thousands of extra deaths",
 ("disruption of childhood vaccination by the Ebola epidemic", ['Reduced vaccination', 'disruptions', 'health care disruptions',
                                                              'disrupted health care services, including childhood vaccinations',
                                                              'children unvaccinated for measles', 'post-Ebola']),
 ("measles outbreaks", ['measles', 'regional measles outbreak', 'measles outbreak', 'outbreaks of childhood vaccine-preventable diseases',
                        'measles and other childhood infections']),
 'measles[tiab] OR ebola[tiab] OR "vaccine-preventable"[tiab] OR vaccination*[tiab] OR immunization[tiab] OR immunisation[tiab] OR outbreak*[tiab] OR '
 'epidemic*[tiab]', 'effect', None, None, 'harm', None),
("C1560", "The DD-carboxypeptidase of the unstable L-form of Proteus mirabilis is far less sensitive to penicillin G than that of the bacterial form",
 "an enzyme the germ Proteus mirabilis uses to build its cell wall was about 175 times less sensitive to penicillin in the unstable wall-less L-form of the germ than in its ordinary bacterial form",
 ("unstable L-form of Proteus mirabilis", ['unstable L-form', 'L-form', 'L-forms', 'stable and unstable L-forms', 'unstable L-form, grown in the presence of penicillin']),
 ("penicillin G sensitivity of DD-carboxypeptidase", ['DD-carboxypeptidase', 'DD-carboxtpeptidase', 'D-alanyl-D-alanine carboxypeptidase', 'penicillin sensitivity',
                                                     'penicillin-sensitive', 'inhibited non-competitively by penicillin G']),
 'penicillin*[tiab] OR "beta-lactam"[tiab] OR "β-lactam"[tiab] OR "L-form"[tiab] OR "L-forms"[tiab] OR carboxypeptidase*[tiab] OR Proteus[tiab] OR '
 'peptidoglycan[tiab] OR "cell wall"[tiab] OR "cell walls"[tiab]', 'effect',
 ("bacterial form of Proteus mirabilis", ['bacterial form', 'the bacterial form', 'Proteus mirabilis', 'P. mirabilis']), None, 'mechanism', None),
("C1561", "Loss of SDHA staining in gastrointestinal stromal tumours signals an SDHA gene mutation",
 "loss of the tumour's stain for a protein called SDHA signals a fault in the SDHA gene",
 ("loss of SDHA immunohistochemical staining", ['Immunohistochemical loss of succinate dehydrogenase subunit A (SDHA)', 'SDHA-negative', 'SDHA loss',
                                                'SDHA-negative GISTs', 'SDHA expression', 'mouse monoclonal antibody 2E3']),
 ("SDHA mutation in gastrointestinal stromal tumours", ['SDHA germline mutation', 'SDHA mutations', 'SDHA mutants', 'germline mutations in SDH subunit A gene (SDHA)',
                                                       'gastrointestinal stromal tumors (GISTs)', 'GISTs', 'SDH-deficient GISTs']),
 '"succinate dehydrogenase"[tiab] OR SDHA[tiab] OR SDHB[tiab] OR "gastrointestinal stromal"[tiab] OR GIST[tiab] OR GISTs[tiab] OR paraganglioma*[tiab] OR '
 'germline[tiab] OR germ-line[tiab] OR (immunohistochem*[tiab] AND mutation*[tiab])', 'effect', None, None, 'benefit', None),
("C1562", "Phenobarbitone or 3-methylcholanthrene pretreatment leaves the CB10-252 azoreductase of rat liver unchanged",
 "in rats, giving phenobarbitone or 3-methylcholanthrene beforehand left unchanged the liver enzyme that breaks down CB10-252",
 ("phenobarbitone or 3-methylcholanthrene pretreatment", ['phenobarbitone (PB)', 'phenobarbitone', '3-methylcholanthrene (MC)', '3-methylcholanthrene',
                                                         'phenobarbital', 'pretreatment']),
 ("CB10-252-azoreductase activity of rat liver", ['CB10-252-azoreductase', 'azoreductase', 'CB10-252', 'reduction of CB10-252',
                                                  'system involved in the reduction of 2-[4\'-di(2\'\'-bromopropyl) aminophenylazolbenzoic acid (CB10-252)']),
 'azoreductase*[tiab] OR "azo compounds"[mh] OR "microsomes, liver"[mh] OR ((phenobarbit*[tiab] OR phenobarbitone[tiab] OR methylcholanthrene[tiab] OR '
 '"enzyme induction"[mh]) AND (liver[tiab] OR rat[tiab] OR rats[tiab]))', 'equivalence', None, None, 'mechanism', ['rat']),
("C1563", "A retained appendicolith can cause a retroperitoneal abscess years after laparoscopic appendectomy",
 "a retained appendicolith, a small hard stone of stool left behind, caused an abscess at the back of the abdomen two years after keyhole removal of a burst appendix",
 ("retained appendicolith after laparoscopic appendectomy", ['retained appendicolith', 'appendicolith', 'interval laparoscopic appendectomy',
                                                            'perforated appendicitis treated with an interval laparoscopic appendectomy']),
 ("late retroperitoneal abscess", ['retroperitoneal mass with calcifications', 'abscess formation', 'very late complications of appendicitis',
                                   'late complication of appendicitis', 'right flank mass']),
 'appendicitis[tiab] OR appendectomy[tiab] OR appendicectomy[tiab] OR appendicolith*[tiab] OR fecalith*[tiab] OR faecalith*[tiab] OR '
 '"retroperitoneal abscess"[tiab] OR "retroperitoneal mass"[tiab] OR (retroperitone*[tiab] AND abscess*[tiab] AND (child[tiab] OR children[tiab] OR boy[tiab] OR '
 'girl[tiab]))', 'effect', None, None, 'harm', None),
("C1564", "Administrative issues are a major barrier to setting up acute pain services in India",
 "administrative issues are a major barrier to setting up acute pain services, the dedicated teams that look after pain after operations",
 ("administrative issues", ['administrative issues', 'administrative barriers']),
 ("establishing acute pain services in India", ['acute pain service (APS)', 'acute pain services', 'APS', 'APSs', 'establish an APS',
                                                'postoperative pain management']),
 '"acute pain service"[tiab] OR "acute pain services"[tiab] OR "postoperative pain"[tiab] OR "post-operative pain"[tiab] OR "postoperative analgesia"[tiab] OR '
 '"epidural analgesia"[tiab] OR ((anesthesiologist*[tiab] OR anaesthesiologist*[tiab] OR anaesthetist*[tiab]) AND (survey[tiab] OR questionnaire[tiab] OR '
 'pain[tiab]))', 'effect', None, None, 'harm', None),
]

write_claims(C)
