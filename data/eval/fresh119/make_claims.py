# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 50 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# minimally invasive surgery for spinal tuberculosis (a 31-patient series of interlaminar decompression, a 23-patient
# series of video-assisted thoracoscopic surgery and a 124-patient comparison of mini-open versus conventional anterior
# focal cleaning, among psoas abscess, drainage and antituberculous therapy records), suture versus fibrin glue alone for
# holding a cartilage scaffold or collagen patch in place (a porcine knee study of four fixation methods and a human
# cadaver knee study of four scaffold fixation techniques, among pin fixation, press-fit and chondrocyte implantation
# records), vertebral endplate injury and spinal cord sensitization (two rat endplate injury studies, among MRI studies of
# endplate defects and discography), surgery within 48 hours versus later for cauda equina syndrome (a 211-patient series
# with predictors of outcome, among epidural abscess and spinal anaesthesia case reports and a disc herniation opioid
# study), BRD9 inhibition and disc degeneration (a cell and rat study, among other nucleus pulposus pyroptosis and
# NF-kappaB records and a bromodomain stem cell study) and distraction arthroplasty with lateral meniscal allograft
# transplantation for advanced lateral osteoarthritis (a 21-patient series on return to sport and work, among other
# meniscal allograft records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1103", "Minimally invasive surgery heals spinal tuberculosis",
 "Minimally invasive surgery heals tuberculosis of the spine",
 ("minimally invasive surgery for spinal tuberculosis", ['minimally invasive surgery', 'minimally invasive spinal canal decompression',
                                                        'minimally invasive surgery through the interlaminar approach',
                                                        'video-assisted thoracoscopic surgery', 'VATS',
                                                        'mini-open anterior approach focal cleaning']),
 ("spinal tuberculosis", ['spinal tuberculosis', 'spinal TB', 'tuberculous spondylitis', 'thoracic/lumbar tuberculosis',
                          'lumbar tuberculosis', 'thoracic spinal tuberculosis']),
 '(tubercul*[tiab] OR Pott*[tiab]) AND ("minimally invasive"[tiab] OR thoracoscop*[tiab] OR "mini-open"[tiab] OR '
 'interlaminar[tiab] OR endoscop*[tiab] OR percutaneous[tiab])', 'effect', None, None, 'benefit', None),
("C1104", "Suturing a cartilage implant holds it more securely than fibrin glue alone",
 "Stitching a cartilage implant in place holds it more securely than fibrin glue alone",
 ("suture fixation of the cartilage implant", ['suture fixation', 'continuous cartilage sutures', 'suturing of the patch',
                                              'vicryl suture and fibrin glue', 'securing the patch with suture',
                                              'chondral suture']),
 ("detachment of the cartilage implant", ['patch detachment', 'chondral defect uncovering', 'scaffold fixation',
                                         'fixation strength', 'endpoint fixation', 'peripheral detachment of the patch']),
 '(suture*[tiab] OR "fibrin glue"[tiab]) AND (fixation[tiab] OR fixed[tiab]) AND (scaffold*[tiab] OR patch[tiab] OR '
 'matrix[tiab] OR membrane[tiab])', 'effect',
 ("fibrin glue alone", ['fibrin glue', 'fibrin glue alone', 'fibrin glue around the periphery of the patch',
                        'fibrin glue fixation']),
 None, 'benefit', None),
("C1105", "Vertebral endplate injury sensitises the spinal cord to pain",
 "Injury to the vertebral endplate sensitises the spinal cord to pain",
 ("vertebral endplate injury", ['endplate injury', 'EP injury', 'endplate microfracture injury', 'lumbar endplate microfracture',
                                'EP microfracture', 'vertebral endplate injury']),
 ("spinal cord sensitization and pain", ['spinal cord sensitization', 'spinal dorsal horn sensitization',
                                        'pain-related behaviors', 'pain-like behaviors', 'increased pain sensitivity',
                                        'painful intervertebral disc degeneration']),
 '(endplate*[tiab] OR "end plate"[tiab] OR "end-plate"[tiab]) AND (sensiti*[tiab] OR pain[tiab] OR "substance P"[tiab] '
 'OR Modic[tiab])', 'effect', None, None, 'harm', None),
("C1106", "Surgery within 48 hours of cauda equina syndrome gives a better recovery than later surgery",
 "Operating within 48 hours of cauda equina syndrome gives a better recovery than operating later",
 ("surgery within 48 hours of cauda equina syndrome", ['surgery within 48 hours', 'emergency decompressive surgery',
                                                       'decompression within 48 hours of clinical manifestation',
                                                       'early decompressive surgery', 'emergency decompression']),
 ("outcome of cauda equina syndrome", ['cauda equina syndrome', 'CES', 'neurological outcome of cauda equina syndrome',
                                       'postoperative outcomes in patients with CES', 'neurological recovery in cauda equina syndrome']),
 '"cauda equina"[tiab] OR (("disc herniation"[tiab] OR "disc extrusion"[tiab] OR "spinal stenosis"[tiab]) AND '
 '(emergency[tiab] OR urgent[tiab] OR "early surgery"[tiab] OR "48 hours"[tiab]))', 'effect',
 ("surgery more than 48 hours after onset", ['period between clinical manifestation and surgery >48 hours',
                                             'delayed surgery', 'surgery after 48 hours', 'late surgery',
                                             'delayed decompression']),
 None, 'benefit', None),
("C1107", "Blocking BRD9 slows disc degeneration",
 "Blocking the BRD9 protein slows degeneration of the spinal discs",
 ("BRD9 inhibition", ['BRD9 inhibition', 'pharmacological inhibition of BRD9', 'BRD9 knockdown',
                      'inhibition of bromodomain-containing protein 9', 'targeting BRD9']),
 ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'IDD', 'IDD development',
                                      'matrix degradation in nucleus pulposus', 'pyroptosis in nucleus pulposus cells',
                                      'degeneration of the nucleus pulposus']),
 '("bromodomain"[tiab] OR BRD9[tiab] OR BRD4[tiab] OR pyroptosis[tiab]) OR ("nucleus pulposus"[tiab] AND (NF-κB[tiab] OR '
 '"NF-kappaB"[tiab] OR ROS[tiab]) AND inhibit*[tiab])', 'effect', None, None, 'benefit', None),
("C1108", "Knee distraction with a lateral meniscus transplant returns people with advanced arthritis to sport and work",
 "Knee distraction with a lateral meniscus transplant gets people with advanced knee arthritis back to sport and work",
 ("distraction arthroplasty with lateral meniscal allograft transplantation",
  ['distraction arthroplasty', 'distraction arthroplasty plus lateral MAT',
   'distraction arthroplasty plus lateral meniscal allograft transplantation',
   'concomitant DA and MAT', 'one-stage joint salvage treatment']),
 ("return to sport and work in advanced lateral osteoarthritis", ['return to sports', 'return to work', 'return to sports activity', 'return to occupation',
                                                                 'return to any sports activity and work',
                                                                 'advanced lateral osteoarthritis']),
 '"distraction arthroplasty"[tiab] OR "joint distraction"[tiab] OR "knee distraction"[tiab] OR ("meniscal allograft"[tiab] '
 'AND ("return to sport*"[tiab] OR "return to work"[tiab] OR lateral[tiab]))', 'effect', None, None, 'benefit', None),
]

write_claims(C)
