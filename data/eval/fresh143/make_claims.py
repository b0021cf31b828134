# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 53 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# proximal gastric vagotomy versus truncal vagotomy with pyloroplasty for postoperative duodenogastric reflux and
# gastritis (a 63-patient comparison of three duodenal-ulcer operations, PMID 123, with significantly less reflux after
# PGV than after TV+P or TV+A and reflux correlated with severe gastritis, among a paclitaxel-radiation trial, an H. pylori
# gastritis eradication study and a duodenal-ulcer-perforation case), single-port microthoracoscopic sympathicotomy and
# compensatory sweating (a 56-case series for palmar hyperhidrosis, PMID 26702233, with mild transient compensatory
# sweating of the back and thigh in 8.9%, among a baboon cerebral-blood-flow sympathectomy study, an epidural abscess in
# dorsal hyperhidrosis, a heat-acclimation study and other case reports), buprenorphine added to local anaesthetic in a
# supraclavicular brachial plexus block and prolonged motor block (a 50-patient randomised double-blind study, PMID
# 26702207, with mean motor block 4.93 h versus 2.25 h, among intrathecal ropivacaine, bupivacaine, clonidine and fentanyl
# trials and an epidural ropivacaine study), slow-release ibuprofen with lansoprazole versus slow-release oxycodone for
# sternal healing and gastrointestinal bleeding after cardiac surgery (a 182-patient randomised trial, PMID 26702342, with
# no significant difference in sternal healing, myocardial infarction or gastrointestinal bleeding, among a sternal
# phyllodes resection case, a costosternal tuberculosis case and a starch excipient study), microfracture of a chondral
# lesion during ACL reconstruction and postoperative C-reactive protein (a 119-reconstruction series, PMID 24114354, with
# CRP 1.9 times higher when microfracture was added, among abscess, discitis and spinal-tuberculosis records using CRP)
# and initial compression to 6 bar on air versus oxygen at 2.8 bar for cortical recovery after cerebral arterial air
# embolism in dogs (PMIDs 6506335 and 6506336, finding no advantage of 6-bar air compression or higher pressures over
# 2.8-bar oxygen, among cerebral air embolism case reports, a spontaneous-recovery commentary and a late-HBO study).
# Synonyms name the claim's own exposure and condition, no wider. C1249 is an add-on claim (buprenorphine added to the
# block's local anaesthetic); C1250 and C1252 are "as safe as / as well as" claims, stated as kind equivalence with their
# comparators.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1247", "Proximal gastric vagotomy causes less duodenogastric reflux and gastritis than truncal vagotomy with pyloroplasty",
 "For a duodenal ulcer, a highly selective vagotomy causes less bile reflux and stomach inflammation than cutting the whole vagus nerve and widening the stomach outlet",
 ("proximal gastric vagotomy", ['proximal gastric vagotomy', 'PGV', 'an operation which preserves an innervated and intact antrum and pylorus']),
 ("postoperative duodenogastric reflux and gastritis", ['duodenogastric reflux', 'postoperative duodenogastric reflux', 'reflux',
                                                       'gastritis', 'severe superficial gastritis', 'bile vomiting']),
 'vagotomy[tiab] OR duodenogastric[tiab] OR pyloroplasty[tiab] OR gastritis[tiab] OR "bile reflux"[tiab] OR "duodenal ulcer"[tiab]', 'effect',
 ("truncal vagotomy and pyloroplasty", ['truncal vagotomy and pyloroplasty', 'TV+P', 'truncal vagotomy and antrectomy', 'TV+A']),
 None, 'benefit', None),
("C1248", "Thoracoscopic sympathicotomy for palmar hyperhidrosis causes compensatory sweating",
 "Cutting the sympathetic nerve chain to cure sweaty palms can leave you sweating more on your back and thighs",
 ("thoracoscopic sympathicotomy", ['single-port microthoracoscopic thoracic sympathicotomy', 'thoracic sympathicotomy', 'sympathicotomy',
                                   'the sympathetic chain was cut']),
 ("compensatory sweating", ['compensatory sweating', 'mild compensatory sweating of the back and thigh']),
 'sympathicotomy[tiab] OR sympathectomy[tiab] OR hyperhidrosis[tiab] OR sweat*[tiab]', 'effect', None, None, 'harm', None),
("C1249", "Buprenorphine added to local anaesthetic in a supraclavicular brachial plexus block prolongs motor block",
 "Adding buprenorphine to the anaesthetic for an arm nerve block makes the arm stay weak for longer after surgery",
 ("buprenorphine", ['buprenorphine', '3 μg/kg buprenorphine', 'buprenorphine group', 'addition of buprenorphine to local anesthetic solution']),
 ("prolonged motor block", ['duration motor block', 'mean duration motor block', 'duration of sensory and motor block', 'motor block']),
 'buprenorphine[tiab] OR ("brachial plexus"[tiab] AND block*[tiab]) OR "motor block"[tiab]', 'effect', None,
 ("local anaesthetic for supraclavicular brachial plexus block", ['plain local anesthetic solution', 'supraclavicular brachial plexus block',
                                                                 '0.5% bupivacaine', '2% lignocaine with adrenaline']),
 'harm', None),
("C1250", "Slow-release ibuprofen with lansoprazole after cardiac surgery is as safe as oxycodone for sternal healing and gastrointestinal bleeding",
 "After heart surgery, slow-release ibuprofen with a stomach protector is as safe for breastbone healing and stomach bleeding as oxycodone",
 ("slow-release ibuprofen with lansoprazole", ['slow-release ibuprofen', 'slow-release ibuprofen based regimen',
                                              'short term slow release ibuprofen combined with lansoprazole', 'ibuprofen group']),
 ("sternal healing and gastrointestinal bleeding after cardiac surgery", ['sternal healing', 'rates of sternal healing', 'gastrointestinal bleeding',
                                                                         'gastro-intestinal complications']),
 'ibuprofen[tiab] OR oxycodone[tiab] OR sternal[tiab]', 'equivalence',
 ("slow-release oxycodone", ['slow-release oxycodone', 'oxycodone-based pain-management regimen', 'oxycodone based regimen', 'oxycodone group']),
 None, 'benefit', None),
("C1251", "Microfracture of a chondral lesion during ACL reconstruction raises postoperative C-reactive protein",
 "If a cartilage defect is treated with microfracture during an ACL reconstruction, blood levels of the inflammation marker CRP run higher after the operation",
 ("microfracture of a chondral lesion during ACL reconstruction", ['microfracture of a chondral lesion', 'chondral lesions treated with microfracture']),
 ("raised postoperative C-reactive protein", ['increased postoperative CRP levels', 'postoperative CRP levels', 'C-reactive protein', 'CRP values']),
 '("C-reactive protein"[tiab] OR CRP[tiab]) AND (postoperative*[tiab] OR surgery[tiab] OR reconstruction[tiab] OR microfracture[tiab])', 'effect',
 None, None, 'harm', None),
("C1252", "Initial compression to 6 bar on air restores cortical function after cerebral arterial air embolism in dogs as well as oxygen at 2.8 bar",
 "In dogs with air bubbles in the brain's arteries, first taking them down to 6 bar on air works as well as, but no better than, oxygen at 2.8 bar",
 ("initial compression to 6 bar on air", ['compression to 6 bar (165 ft) on air', 'beginning HBO treatment at 6 bar', 'treatment 6A',
                                         'pressures greater than 2.8 bar']),
 ("recovery of cortical evoked potentials after cerebral arterial air embolism", ['recovery of cortical evoked potentials (CEP)', 'CEP recovery',
                                                                                 'recovery of CEP', 'rate or maximum amount of recovery']),
 '"evoked potential*"[tiab] OR ((compression[tiab] OR recompression[tiab] OR "treatment table*"[tiab]) AND embolism[tiab])', 'equivalence',
 ("oxygen at 2.8 bar", ['oxygen breathing at 2.8 bar', '2.8-bar (60-ft) oxygen treatments', 'oxygen at 2.8 bar']),
 None, 'benefit', ['dog']),
]

write_claims(C)
