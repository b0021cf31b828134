# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 57 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# lorazepam and catatonia in children after systemic illness (four girls with verbal and motor unresponsiveness after a
# febrile illness, PMID 26702173, with the lorazepam challenge always giving the diagnosis, early treatment "very rewarding"
# and three of four independent at one month; the earlier claim on it was systemic illness as the cause of the catatonia;
# among a lupus catatonia case that did not respond to benzodiazepines but to ECT and a child treated with ECT for catatonic
# features), transcranial direct current stimulation and prefrontal inhibitory control in schizophrenia (13 patients with
# persistent auditory hallucinations, PMID 26702174, with fewer antisaccade errors and a lower final eye position gain after
# tDCS; the earlier claim on it was the hallucinations themselves; among a serum BDNF cognitive training trial, an auditory
# task study, a methamphetamine psychosis study, a schizophrenia well-being study and a carbamazepine hallucination case),
# carbamazepine and acquired hyperekplexia after cerebral malaria (a 10-year-old boy with excessive startling after treated
# cerebral malaria, PMID 26702184, who responded to carbamazepine; among a focused ultrasound review, a carbamazepine
# visual hallucination case, a levetiracetam drug eruption case and a streptococcal neuropsychiatric disorder study),
# continuous light exposure and melatonin-positive cells of the gastric mucosa in rats (rats of both sexes aged 9, 15 and
# 20 months kept under continuous light for 14 days, PMID 27441544, with the number of melatonin-positive-labeled cells
# significantly reduced in almost every age group except 20-month-old females; the earlier claims its query met were about
# melatonin premedication; among a melatonin wisdom teeth trial, a retinal degeneration light study, a mouse NCAM clock study,
# a Rev-erb alpha clock study, an endometriosis microRNA study and a cartilage hydrogel study), liver resection with the Habib
# bipolar radiofrequency device and intra-abdominal abscess (71 hepatic resections, PMID 26702234, with lengthened drainage
# in 12.7% and intraabdominal abscess in 11.2% the most common problems; the earlier claim on it was the device for liver
# resection itself; among a robotic hepatectomy case, a rat liver regeneration study, an appendectomy abscess study, a
# melioidosis study, an aspergillus pseudoaneurysm case and a maxillary sinusitis case) and open appendectomy under spinal
# anaesthesia and residual intra-abdominal abscess needing reoperation (67 patients with complicated appendicitis, PMID
# 23909076, with four of ten open-appendectomy abscesses needing reoperation, three of them after a pararectal incision under
# spinal analgesia in which irrigation was insufficient as the anaesthesia wore off; the earlier claim on it was laparoscopic
# appendectomy; among a childhood psoas abscess study, a late appendicitis complication case, a peridural abscess after spinal
# anaesthesia, an anorectal fistula trial and a cauda equina syndrome after spinal anaesthesia case). Synonyms name the
# claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1313", "Lorazepam treats catatonia in children following systemic illness",
 "When a child turns mute and motionless after a feverish illness, the sedative lorazepam brings them back",
 ("lorazepam", ['lorazepam', 'lorazepam challenge']),
 ("catatonia in children after systemic illness", ['catatonia', 'verbal and motor unresponsiveness following febrile illness',
                                                   'catatonic features']),
 'catatoni*[tiab] OR lorazepam[tiab] OR benzodiazepin*[tiab]', 'effect', None, None, 'benefit', None),
("C1314", "Transcranial direct current stimulation improves prefrontal inhibitory control, measured by antisaccade performance, in schizophrenia",
 "In schizophrenia, gentle electrical stimulation through the scalp strengthens the brain's braking system, as eye-movement tests show",
 ("transcranial direct current stimulation", ['transcranial direct current stimulation', 'tDCS']),
 ("prefrontal inhibitory control in schizophrenia", ['antisaccade error percentage', 'antisaccade task performance',
                                                    'prefrontal inhibitory function', 'prefrontal inhibition', 'final eye position gain']),
 '"transcranial direct current stimulation"[tiab] OR tDCS[tiab] OR antisaccade*[tiab] OR (schizophreni*[tiab] AND (hallucinat*[tiab] OR '
 'cognit*[tiab]))', 'effect', None, None, 'benefit', None),
("C1315", "Carbamazepine relieves acquired hyperekplexia following cerebral malaria in a child",
 "A child left jumpy with an exaggerated startle after cerebral malaria calms down on the anticonvulsant carbamazepine",
 ("carbamazepine", ['carbamazepine']),
 ("acquired hyperekplexia after cerebral malaria", ['hyperekplexia', 'excessive startling', 'excessive startling response to external stimuli']),
 'hyperekplexia[tiab] OR startl*[tiab] OR carbamazepine[tiab] OR levetiracetam[tiab] OR "movement disorder*"[tiab]', 'effect', None, None,
 'benefit', None),
("C1316", "Continuous light exposure reduces melatonin-positive cells in the gastric mucosa of rats",
 "Living under constant light depletes the melatonin-making cells of the stomach lining, as experiments in rats show",
 ("continuous light exposure (desynchronosis)", ['continuous light for 14 days', 'conditions of continuous light', 'desynchronosis']),
 ("melatonin-positive cells of the gastric mucosa", ['melatonin-positive-labeled cells', 'MPLC', 'number of melatonin-positive-labeled cells']),
 'melatonin[tiab] OR desynchronosis[tiab] OR "continuous light"[tiab] OR "light exposure"[tiab] OR circadian[tiab]', 'effect', None, None,
 'harm', ['rat']),
("C1317", "Liver resection with the Habib bipolar radiofrequency device is complicated by intra-abdominal abscess",
 "Liver surgery with the heat-sealing radiofrequency probe can leave an abscess inside the abdomen afterwards",
 ("liver resection with the bipolar radiofrequency device (Habib)", ['bipolar radiofrequency device (Habib®)', 'Habib® device',
                                                                    'hepatic resections using the bipolar radiofrequency device']),
 ("intra-abdominal abscess after liver resection", ['intraabdominal abscess', 'lengthened drainage']),
 'Habib[tiab] OR hepatectomy[tiab] OR "hepatic resection*"[tiab] OR "liver resection*"[tiab] OR "intraabdominal abscess*"[tiab] OR '
 '"intra-abdominal abscess*"[tiab]', 'effect', None, None, 'harm', None),
("C1318", "Open appendectomy for complicated appendicitis under spinal anaesthesia leads to residual intra-abdominal abscess needing reoperation",
 "Removing an inflamed appendix through an open cut under a spinal anaesthetic risks a leftover abscess that needs a second operation",
 ("open appendectomy under spinal anaesthesia", ['open appendectomy performed under spinal analgesia',
                                                 'right pararectal skin incision under spinal analgesia', 'light anesthesia']),
 ("residual intra-abdominal abscess needing reoperation", ['postoperative intraabdominal abscess', 'residual abscess', 'reoperation']),
 'appendectomy[tiab] OR appendicectomy[tiab] OR appendicitis[tiab] OR ("spinal anesthesia"[tiab] AND (abdominal[tiab] OR abscess*[tiab]))',
 'effect', None, None, 'harm', None),
]

write_claims(C)
