# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# posterior full-endoscopic cervical foraminotomy and cervical alignment and motion (a 52-patient series, among cervical
# disc arthroplasty, dynamic cage and paraspinal muscle records), percutaneous transforaminal endoscopic surgery with
# oblique lumbar interbody fusion for multilevel lumbar degenerative disease with instability (a 38-patient series, among
# lumbar tuberculosis, TLIF finite element and Coflex records), posterior percutaneous endoscopic cervical discectomy
# versus anterior cervical discectomy and fusion for hospital stay in cervical spondylotic radiculopathy (a 56-patient
# comparison, among cervical abscess, spondylodiscitis and arthroplasty records), physalin A and disc degeneration (a rat
# and cell study, among disc repair, bioadhesive and annulus fibrosus records), quiescence-preconditioned versus
# proliferating nucleus pulposus stem cells for disc degeneration (a cell and rat study, among other nucleus pulposus
# stem cell records) and fatty infiltration of the cervical paraspinal muscles and alignment after hybrid surgery (a
# 110-patient cohort, among paraspinal abscess and septic arthritis case reports).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1121", "Posterior full-endoscopic cervical foraminotomy restores cervical lordosis and motion",
 "Keyhole foraminotomy from the back of the neck restores the neck's natural curve and movement",
 ("posterior full-endoscopic cervical foraminotomy", ['posterior full-endoscopic cervical foraminotomy', 'PECF',
                                                     'full-endoscopic cervical foraminotomy', 'endoscopic cervical foraminotomy',
                                                     'posterior endoscopic foraminotomy']),
 ("cervical lordosis and motion in cervical radiculopathy", ['cervical kinematics', 'cervical curvature', 'cervical lordosis',
                                                            'range of cervical motion', 'segmental lordosis',
                                                            'single-level cervical radiculopathy']),
 'cervical[tiab] AND (endoscop*[tiab] OR foramin*[tiab] OR lordosis[tiab] OR kinematic*[tiab] OR "range of motion"[tiab] OR '
 'curvature[tiab])', 'effect', None, None, 'benefit', None),
("C1122", "Endoscopic decompression with oblique lumbar interbody fusion relieves multilevel lumbar degenerative disease with instability",
 "Keyhole endoscopic decompression combined with oblique lumbar fusion relieves multilevel lumbar degeneration with instability",
 ("PTES combined with OLIF", ['percutaneous transforaminal endoscopic surgery combined with OLIF', 'PTES combined with OLIF',
                             'hybrid surgery of PTES and OLIF', 'PTES and mini-incision OLIF',
                             'OLIF and anterolateral screws rod fixation with PTES']),
 ("multilevel lumbar degenerative disease with instability", ['multi-level lumbar degenerative diseases with intervertebral instability',
                                                             'multi-level LDDs', 'lumbar intervertebral instability',
                                                             'multi-level lumbar degenerative diseases',
                                                             'lumbar degenerative disease with instability']),
 '(lumbar[tiab] AND (interbody[tiab] OR OLIF[tiab] OR PTES[tiab])) OR (endoscop*[tiab] AND lumbar[tiab] AND (fusion[tiab] '
 'OR instability[tiab] OR stenosis[tiab]))', 'effect', None, None, 'benefit', None),
("C1123", "Posterior endoscopic cervical discectomy shortens hospital stay compared with anterior discectomy and fusion",
 "Keyhole endoscopic discectomy from the back of the neck gets patients home sooner than anterior discectomy and fusion",
 ("posterior percutaneous endoscopic cervical discectomy", ['posterior percutaneous endoscopic discectomy', 'PPECD',
                                                           'posterior percutaneous endoscopic cervical discectomy',
                                                           'posterior endoscopic cervical discectomy',
                                                           'percutaneous endoscopic cervical discectomy']),
 ("hospital stay in cervical spondylotic radiculopathy", ['length of postoperative hospital stay', 'postoperative hospital stay',
                                                         'postoperative time of lying in bed', 'cervical spondylotic radiculopathy',
                                                         'single segment cervical spondylotic radiculopathy']),
 'cervical[tiab] AND (discectomy[tiab] OR radiculopathy[tiab] OR spondylotic[tiab] OR fusion[tiab] OR arthroplasty[tiab])',
 'effect',
 ("anterior cervical discectomy and fusion", ['anterior cervical discectomy and fusion', 'ACDF',
                                             'anterior cervical discectomy with fusion', 'anterior discectomy and fusion']),
 None, 'benefit', None),
("C1124", "Physalin A slows intervertebral disc degeneration",
 "Physalin A slows degeneration of the spinal discs",
 ("physalin A", ['physalin A', 'physalin A (PA)', 'physalin A treatment', 'withanolide physalin A', 'natural bioactive withanolide physalin A']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'IVDD', 'IVDD progression',
                                      'puncture-induced IVDD', 'disc degeneration process',
                                      'inflammation fibrotic nucleus pulposus cells']),
 'physalin*[tiab] OR withanolide*[tiab] OR ("nucleus pulposus"[tiab] AND (fibros*[tiab] OR fibrotic[tiab]))',
 'effect', None, None, 'benefit', None),
("C1125", "Quiescence-preconditioned nucleus pulposus stem cells repair disc degeneration better than proliferating stem cells",
 "Disc stem cells put into a resting state before transplant repair degenerated discs better than actively dividing stem cells",
 ("quiescence-preconditioned nucleus pulposus stem cells", ['quiescent NPSCs', 'quiescence preconditioned nucleus pulposus stem cells',
                                                           'quiescence-preconditioned NPSCs', 'quiescence preconditioning',
                                                           'serum-starved nucleus pulposus stem cells']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'IDD', 'disc height loss',
                                      'acupuncture-induced IDD', 'degeneration of the intervertebral disc']),
 '"nucleus pulposus"[tiab] AND (stem[tiab] OR progenitor*[tiab])', 'effect',
 ("proliferating nucleus pulposus stem cells", ['proliferating NPSCs', 'non-preconditioned proliferating NPSCs',
                                               'proliferating nucleus pulposus stem cells',
                                               'non-preconditioned nucleus pulposus stem cells']),
 None, 'benefit', None),
("C1126", "Fatty infiltration of the cervical paraspinal muscles worsens alignment after cervical hybrid surgery",
 "Fat in the neck muscles worsens neck alignment after cervical hybrid surgery",
 ("fatty infiltration of the cervical paraspinal muscles", ['fatty infiltration of cervical paraspinal muscle', 'CPM fatty infiltration',
                                                           'cervical paraspinal muscle degeneration', 'CPM degeneration',
                                                           'severe fatty infiltration', 'multifidus fatty infiltration']),
 ("cervical alignment after hybrid surgery", ['sagittal vertical axis', 'cervical lordosis', 'function spine unit angle',
                                             'disc angle of arthroplasty levels', 'postoperative outcomes after hybrid surgery',
                                             'cervical sagittal alignment']),
 '("fatty infiltration"[tiab] OR "fat infiltration"[tiab] OR paraspinal[tiab] OR multifidus[tiab] OR "erector spinae"[tiab]) '
 'AND (cervical[tiab] OR "hybrid surgery"[tiab] OR lordosis[tiab] OR alignment[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
