# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# acupotomy and fat infiltration of the lumbar multifidus after endoscopic discectomy (a randomised trial and two records
# on paraspinal fat that do not test it), cortical bone trajectory screws compared with traditional pedicle screws for
# lumbar spinal tuberculosis (a two-group clinical comparison, a finite element study, a drainage study and a case report
# that mention pedicle screws), microgravity and lumbar disc herniation and degeneration (a numerical musculoskeletal
# model among records that merely say spaceflight or microgravity), the sinew-bone three needling technique for lumbar
# disc herniation (an expert's experience report, a discography follow-up and a tuberculosis record), the Magerl pedicle
# screw insertion technique and stress concentration after single-segment TLIF (a finite element comparison of five
# techniques among other TLIF and finite element records) and the ADDISC lumbar disc prosthesis and facet joint overload
# (a bench and finite element study among records on other disc replacements and fusion).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1061", "Acupotomy after endoscopic discectomy reduces fat infiltration of the lumbar multifidus muscle",
 "Acupotomy after endoscopic discectomy reduces fat infiltration of the lumbar multifidus muscle",
 ("acupotomy", ['acupotomy', 'acupotomy (L3-L5 Jiaji [EX-B 2])', 'acupotomy at L3-L5 Jiaji', 'acupotomy after PTED',
                'acupotomy once within 24 h after PTED']),
 ("fat infiltration of the lumbar multifidus muscle", ['fat infiltration of the lumbar multifidus muscle',
                                                       'fat infiltration degree of lumbar multifidus muscle',
                                                       'fat infiltration CSA of LMM',
                                                       'fat infiltration cross sectional area of LMM',
                                                       'fat infiltration of LMM']),
 'acupotomy[tiab] OR (multifidus[tiab] AND (fat*[tiab] OR infiltrat*[tiab]))', 'effect', None, None, 'benefit', None),
("C1062", "Cortical bone trajectory screws treat lumbar spinal tuberculosis as well as traditional pedicle screws",
 "Cortical bone trajectory screws treat lumbar spinal tuberculosis as well as traditional pedicle screws",
 ("cortical bone trajectory screws", ['cortical bone trajectory screws', 'CBT screws', 'CBT screw fixation',
                                      'posterior CBT screw fixation', 'cortical bone trajectory (CBT) screws']),
 ("lumbar spinal tuberculosis", ['lumbar spinal tuberculosis', 'elderly patients with lumbar spinal tuberculosis',
                                 'lumbar tuberculosis', 'lumbar spinal tuberculosis in elderly patients']),
 '"pedicle screw*"[tiab] OR "cortical bone trajectory"[tiab]', 'effect',
 ("traditional pedicle screws", ['traditional pedicle screws', 'pedicle screw fixation', 'posterior pedicle screw fixation',
                                 'pedicle screws', 'traditional pedicle screw fixation']),
 None, 'benefit', None),
("C1063", "Microgravity raises the risk of lumbar disc herniation and degeneration",
 "Microgravity raises the risk of lumbar disc herniation and degeneration",
 ("microgravity", ['microgravity', 'microgravity conditions', 'Neutral 0G', 'Standing 0G', 'simulating microgravity']),
 ("lumbar disc herniation and degeneration", ['disc herniation and degeneration', 'risks of disc herniation and degeneration',
                                              'lumbar disc herniation', 'lumbar disc degeneration',
                                              'disc herniation']),
 'microgravity[tiab] OR spaceflight[tiab] OR ("disc herniation"[tiab] AND (gravity[tiab] OR posture*[tiab]))',
 'effect', None, None, 'harm', None),
("C1064", "The sinew-bone three needling technique relieves lumbar disc herniation",
 "The sinew-bone three needling technique relieves lumbar disc herniation",
 ("sinew-bone three needling technique", ['sinew-bone three needling technique',
                                          'sinew-bone three needling technique of Chinese medicine',
                                          'three needling technique', 'sinew-bone needling',
                                          'needle technique based on the theory of meridian sinew']),
 ("lumbar disc herniation", ['lumbar disc herniation', 'LDH', 'lumbar disc herniation (LDH)',
                             'local compression to the nerve root', 'compression to the nerve root']),
 '(needl*[tiab] AND (lumbar[tiab] OR sciatica[tiab] OR "nerve root"[tiab])) OR ("Chinese medicine"[tiab] AND '
 '(lumbar[tiab] OR disc[tiab] OR spine[tiab]))', 'effect', None, None, 'benefit', None),
("C1065", "Inserting pedicle screws by the Magerl technique lessens stress concentration after single-segment TLIF",
 "Inserting pedicle screws by the Magerl technique lessens stress concentration after single-segment TLIF",
 ("Magerl pedicle screw insertion technique", ['Magerl insertion technique', 'Magerl technique', 'Magerl pedicle screw insertion',
                                               'pedicle screw implantation by the Magerl technique',
                                               'Magerl insertion technology']),
 ("stress concentration after single-segment TLIF", ['stress concentration', 'stress concentration phenomenon',
                                                     'von Mises stresses in the screw fixation system',
                                                     'stress on lumbar vertebra, intervertebral disc, and screw-rod fixation systems',
                                                     'postoperative stress distribution of internal fixation']),
 'TLIF[tiab] OR "transforaminal lumbar interbody fusion"[tiab] OR ("finite element"[tiab] AND (screw*[tiab] OR lumbar[tiab]))',
 'effect', None, None, 'benefit', None),
("C1066", "The ADDISC lumbar disc prosthesis spares the facet joints from overload",
 "The ADDISC lumbar disc prosthesis spares the facet joints from overload",
 ("ADDISC lumbar disc prosthesis", ['ADDISC', 'ADDISC lumbar disc prosthesis', 'new TDR (ADDISC)', 'ADDISC TDR',
                                    'TDR with a polycarbonate urethane inlay']),
 ("facet joint overload", ['facet joint overload', 'zygapophyseal joint overload', 'overload of the facet joints',
                           'facet overload', 'zygapophyseal joint overloading']),
 '"disc prosthes*"[tiab] OR "disc replacement"[tiab] OR "total disc"[tiab] OR ("disc arthroplasty"[tiab] AND lumbar[tiab])',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
