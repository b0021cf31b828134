# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 65 (2026-12-07), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# away from knee cartilage repair and from the topics of the last twenty sets, with anchors drawn from obstetrics and
# gynaecology, otolaryngology, neurology, dentistry and surgery:
# evening against morning blood collection and plasma miR-200-family microRNA levels (a laboratory study, PMID 26206343,
# 2015, typed Journal Article, of 61 women with endometriosis, 35 laparoscopically confirmed endometriosis-free women and
# 30 self-reported healthy women; plasma miR-200a, miR-200b and miR-141 varied with blood collection time, lower in the
# morning than in the evening, and in evening samples miR-200a and miR-141 were lower in endometriosis than in surgically
# confirmed disease-free women; the time-of-day finding is the claim, and the abstract gives no numbers for it; no earlier
# claim's eligible records held it, and the earlier queries that met it were about continuous light and gastric
# melatonin, a plasma microRNA signature in heart failure, continuous oral contraceptives after endometriosis surgery,
# fenofibrate and miR-199a2, heritability of endometriosis, urine vesicle microRNA kits, DNMT3B and decidualization,
# surgery for deep endometriosis, endometriosis and obstetric complications, microRNA-200 and beta-cell apoptosis and the
# body clock and NCAM fucosylation; among follicular fluid microRNA profiles by age and oocyte maturation and miR-200
# regulation by Ascl2 in colon cancer cells),
# occult maxillary sinusitis and unexplained fever in acute tetraplegia (two case reports, PMID 11887128, 2002, typed Case
# Reports, MeSH naming Maxillary Sinusitis, Fever and Quadriplegia, of two acute tetraplegic patients with fever of
# unknown origin in whom an extensive work-up found occult maxillary sinusitis; the authors point to nasotracheal
# intubation, nasogastric tubes and the supine position as predisposing, which the abstract does not test; no earlier
# claim's eligible records held it, and the earlier queries that met it were about an etomidate-propofol mix, the ProSeal
# laryngeal mask, group A streptococcal infection and deep venous thrombosis, abscess after Habib liver resection,
# treating the sinus source in intracranial complications of sinusitis (a topic of the last twenty sets, not used here),
# an Antibiocycle with self-catheterization and neurogenic bladder with urinary tract infection; among frontal sinusitis
# and Pott's puffy tumour and tetraplegia from a dermal sinus infection),
# stimulated neurotransmitter release and the lysophosphatidylcholine of synaptic vesicles (a laboratory study, PMID 129,
# 1975, typed Journal Article, MeSH naming Guinea Pigs, Synaptic Vesicles and Electric Organ, in which crude synaptosomal
# fractions of guinea-pig cerebral cortex were incubated with 50 mM KCl and Torpedo electric organs were stimulated
# electrically; lysophosphatidylcholine was the only lysophosphoglyceride in the vesicles, its low levels did not rise
# with chemical or electrical stimulation, the vesicle phospholipid distributions matched the controls, and release did
# not enhance phospholipid labelling; a finding of no change supports the claim; no earlier claim's eligible records held
# it, and the earlier queries that met it were about 137Cs in beef and Pten and S499-phosphorylated FMRP in the mouse
# hippocampus; among human brain choline acetyltransferase, axonal membranes of crustacean nerves and phospholipid-
# dependent Na+/K+-ATPase and lipid fluidity),
# calcium and the microsomal ATPase of the fetal pig tooth germ (a laboratory study, PMID 71, 1975, typed Journal Article,
# MeSH naming Swine, Fetus and Tooth Germ, in which a microsomal Ca2+-ATPase of porcine fetal tooth germ was preferentially
# activated by Ca2+, with maximal activity at 0.5-1.0 mM CaCl2 and 0.5 mM ATP, inhibited by Mg2+ at optimal Ca2+, needing
# no Na+ or K+, untouched by the usual inhibitors of other ATPases, with a pH optimum near 9.2, and localized to smooth
# endoplasmic reticulum membranes of the enamel organ; no earlier claim's eligible records held it, and the earlier
# queries that met it were about CCCP and DCCD in Clostridium, the Azotobacter membrane ATPase (both topics of the last
# twenty sets, not used here) and cholesterol and Na+/K+-ATPase; among tumour-associated macrophages and alpha-SMA and
# MMP-2 in ameloblastoma and orthodontic records),
# transpedicular decompression added to antituberculous therapy and bracing for thoracic spine tuberculosis (a
# retrospective descriptive study, PMID 15534398, 2004, typed Evaluation Studies and Journal Article, MeSH naming
# Tuberculosis, Spinal, Thoracic Vertebrae and Combined Modality Therapy, of 11 patients treated by transpedicular
# decompression followed by 18 months of chemotherapy and 3 months in an alkathene shell; no patient's neurological
# status worsened, 10 of 11 returned to functional activity and kyphosis did not progress significantly; there was no
# comparison group and follow-up was short; no earlier claim's eligible records held it, and the earlier queries that met
# it were about six against twelve months of antituberculous therapy, paradoxical reactions in Pott's disease, surgical
# debridement for spinal tuberculosis and implants in an infected spine; among transpedicular drainage of Pott's abscess,
# video-assisted thoracoscopic surgery, anterior radical debridement with instrumentation, interlaminar minimally
# invasive surgery and CT-guided catheter drainage for spinal tuberculosis; craniovertebral tuberculosis surgery, a topic
# of the last twenty sets, was not used), and
# an elevated against a normal progesterone level before oocyte retrieval and VEGF angiogenic factors in the endometrium
# (a retrospective study, PMID 26143364, 2015, typed Journal Article, of endometrial biopsies taken 7 days after hCG from
# 20 women with an elevated and 20 with a normal progesterone level in cancelled embryo transfer cycles; luminal
# epithelial VEGF-A, VEGF-C and PLGF did not differ, glandular epithelial VEGF-A, VEGF-C and PLGF were higher and stromal
# VEGF-A and PLGF were significantly higher with an elevated level; the authors' link to lower implantation is their
# suggestion, not a finding; no earlier claim's eligible records held it, and the earlier queries that met it were about a
# natural cycle for frozen embryo transfer, late follicular progesterone and pregnancy after intrauterine insemination and
# automated AMH assays (a topic of the last twenty sets, not used here); among IL-6 and time-lapse embryo selection and
# the morphological substrate of pelvic pain in endometriosis). Synonyms name the claim's own exposure and condition, no
# wider.
# C1499 is a comparative claim with its comparator (evening against morning blood collection) resting on 126 women; C1500
# is a harm claim resting on two case reports; C1501 is an equivalence claim (stimulation leaves vesicle
# lysophosphatidylcholine unchanged) resting on guinea-pig brain tissue; C1502 is a mechanism claim about pigs (fetal
# tooth germ in vitro); C1503 is an add-on claim (transpedicular decompression added to antituberculous therapy and
# bracing) resting on 11 patients; C1504 is a comparative mechanism claim resting on 40 women.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1499", "Plasma miR-200-family microRNA levels are higher in blood drawn in the evening than in blood drawn in the morning",
 "the blood held more of a family of small molecules called miR-200 in samples taken in the evening than in samples taken in the morning",
 ("evening blood collection", ['evening plasma samples', 'evening-sample levels', 'in the evening']),
 ("plasma levels of miR-200a, miR-200b and miR-141", ['plasma miR-200a, miR-200b and miR-141 levels', 'circulating micro-RNA (miR) 200a, miR-200b, and miR-141',
                                                      'Circulating miR-200-family micro-RNAs', 'levels of studied miRNAs']),
 '"miR-200a"[tiab] OR "miR-141"[tiab] OR "miR-200"[tiab] OR ((microRNA*[tiab] OR miRNA*[tiab] OR micro-RNA*[tiab]) AND (plasma[tiab] OR serum[tiab] OR '
 'circulating[tiab] OR biomarker*[tiab] OR endometriosis[tiab])) OR "blood collection"[tiab] OR "sampling time"[tiab]', 'effect',
 ("morning blood collection", ['in the morning']), None, 'mechanism', None),
("C1500", "Occult maxillary sinusitis causes unexplained fever in acute tetraplegia",
 "a hidden infection of the sinuses behind the cheeks was the cause of an unexplained fever in two people who had recently been paralysed in all four limbs by a spinal cord injury",
 ("occult maxillary sinusitis", ['occult maxillary sinusitis', 'maxillary sinusitis', 'occult sinusitis']),
 ("fever of unknown origin in acute tetraplegia", ['fever of unknown origin', 'fever in tetraplegia', 'fever in patients with tetraplegia']),
 'sinusitis[tiab] OR tetrapleg*[tiab] OR quadripleg*[tiab] OR "fever of unknown origin"[tiab] OR ("spinal cord injur*"[tiab] AND (fever[tiab] OR infection*[tiab]))',
 'effect', None, None, 'harm', None),
("C1501", "Stimulated neurotransmitter release leaves the lysophosphatidylcholine of guinea-pig brain synaptic vesicles unchanged",
 "in guinea pigs, making nerve endings from the brain release their chemical messengers did not raise the small amount of a fat called lysophosphatidylcholine in the tiny sacs that store those messengers",
 ("stimulated neurotransmitter release", ['stimulated electrically', 'in the presence of 50 mM KCl', 'release of neurotransmitter',
                                          'stimulated crude synaptosomal fractions']),
 ("lysophosphatidylcholine content of synaptic vesicles", ['Lysophosphatidylcholine', 'lysophosphoglyceride demonstrable in the synaptic vesicles',
                                                           'lysophosphoglycerides']),
 'lysophospho*[tiab] OR "synaptic vesicle*"[tiab] OR synaptosom*[tiab] OR "neurotransmitter release"[tiab] OR acetylcholine[tiab] OR cholinergic[tiab] OR '
 '"electric organ"[tiab] OR (phospholipid*[tiab] AND (neurotransmitter*[tiab] OR brain[tiab] OR nerve*[tiab] OR neuron*[tiab] OR membrane*[tiab] OR turnover[tiab]))',
 'equivalence', None, None, 'mechanism', ['guinea pig']),
("C1502", "Calcium activates a microsomal ATPase in the tooth germ of fetal pigs",
 "in unborn piglets, calcium switched on an enzyme that splits the energy molecule ATP in the developing teeth, in the part of the tooth bud that goes on to make enamel",
 ("calcium ions", ['Ca(2+)', 'activated by Ca(2+)', '0.5--1.0 mM CaCl2']),
 ("ATPase activity of the fetal pig tooth germ", ['Ca(2+)-ATPase', 'Calcium-stimulated adenosine triphosphatase', 'ATP hydrolysis', 'maximal enzyme activity']),
 'ATPase[tiab] OR ATPases[tiab] OR "adenosine triphosphatase*"[tiab] OR "tooth germ"[tiab] OR enamel[tiab] OR ameloblast*[tiab] OR odontogen*[tiab] OR tooth[tiab] OR '
 'teeth[tiab]', 'effect', None, None, 'mechanism', ['pig']),
("C1503", "Transpedicular decompression added to antituberculous therapy and bracing returns patients with thoracic spine tuberculosis to function without worsening kyphosis",
 "removing the infected tissue pressing on the spinal cord through the back of the spine, followed by anti-tuberculosis drugs and a body brace, let 10 of the 11 return to their usual activities without their nerves getting worse or their spine bending further",
 ("transpedicular decompression", ['transpedicular decompression', 'transpedicular approach']),
 ("thoracic spine tuberculosis", ['thoracic spine tuberculosis']),
 'transpedicular[tiab] OR costotransversectomy[tiab] OR ((tubercul*[tiab] OR Pott*[tiab]) AND (thoracic[tiab] OR dorsal[tiab]) AND (decompression[tiab] OR '
 'kyphosis[tiab] OR kyphotic[tiab] OR immobilization[tiab] OR brace*[tiab]))', 'effect', None,
 ("antituberculous therapy with external immobilization", ['antituberculous therapy', 'external immobilization and antituberculous therapy', 'chemotherapy for 18 months',
                                                           'immobilization in an alkathene shell']),
 'benefit', None),
("C1504", "An elevated progesterone level before oocyte retrieval raises VEGF-A and PLGF in the endometrial glands and stroma compared with a normal level",
 "women whose progesterone was already high before their eggs were collected had more of the blood-vessel growth signals VEGF and PLGF in the glands and supporting tissue of the womb lining around the time an embryo would implant",
 ("elevated progesterone level before oocyte retrieval", ['elevated P level', 'elevated P levels', 'A high P level before oocyte retrieval']),
 ("VEGF-A and PLGF expression in the glandular epithelium and stroma of the endometrium", ['Glandular epithelial expression of VEGF-A, VEGF-C, and PLGF',
                                                                                            'stromal expression of VEGF-A and PLGF',
                                                                                            'expression of VEGF angiogenic factors in glandular epithelium and stromal compartment']),
 '(progesterone[tiab] AND (oocyte*[tiab] OR endometri*[tiab] OR pregnan*[tiab] OR IVF[tiab] OR embryo*[tiab] OR hCG[tiab] OR follicular[tiab] OR luteal[tiab] OR '
 'ovarian[tiab])) OR "endometrial receptivity"[tiab] OR "implantation rate*"[tiab] OR ((VEGF[tiab] OR "vascular endothelial growth factor"[tiab] OR PLGF[tiab] OR '
 '"placental growth factor"[tiab] OR angiogenic[tiab] OR angiogenesis[tiab]) AND (endometri*[tiab] OR implantation[tiab] OR receptivity[tiab] OR uterine[tiab]))',
 'effect', ("normal progesterone level", ['normal P level', 'normal P levels']), None, 'mechanism', None),
]

write_claims(C)
