# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 45 (2026-12-05), with LINKER_RELEASE 2026.12.102 (the session's final rules), before any project
# output or review for these claims existed: harm and predisposition claims on exposures no earlier set claimed for
# these conditions (injection drug use, HIV infection, discectomy, epidural steroid injections, acupuncture): a
# pair-level held-out set. Synonyms name the claim's own exposure and condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C913", "Injection drug use predisposes to psoas and epidural abscesses",
 "Injection drug use predisposes to psoas and epidural abscesses",
 ("injection drug use", ['injection drug use', 'intravenous drug use', 'intravenous drug abuse', 'drug abuse',
                         'drug users', 'heroin', 'intravenous drug users']),
 ("psoas and epidural abscesses", ['psoas abscess', 'iliopsoas abscess', 'epidural abscess', 'spinal epidural abscess',
                                   'abscess']),
 'drug use[tiab] OR drug abuse[tiab] OR drug user*[tiab] OR heroin[tiab]', 'effect', None, None, 'harm', None),
("C914", "HIV infection predisposes to psoas abscess",
 "HIV infection predisposes to psoas abscess",
 ("HIV infection", ['HIV infection', 'HIV', 'human immunodeficiency virus', 'AIDS', 'HIV-infected']),
 ("psoas abscess", ['psoas abscess', 'iliopsoas abscess', 'psoas abscesses', 'iliopsoas abscesses']),
 'HIV[tiab] OR human immunodeficiency virus[tiab]', 'effect', None, None, 'harm', None),
("C915", "Discectomy can cause postoperative spondylodiscitis",
 "Discectomy can cause postoperative spondylodiscitis",
 ("discectomy", ['discectomy', 'diskectomy', 'disc surgery', 'microdiscectomy', 'lumbar discectomy',
                 'cervical discectomy']),
 ("postoperative spondylodiscitis", ['spondylodiscitis', 'postoperative spondylodiscitis', 'discitis',
                                     'postoperative discitis', 'disc space infection']),
 'discectomy[tiab] OR diskectomy[tiab]', 'effect', None, None, 'harm', None),
("C916", "Epidural steroid injections can cause vertebral osteomyelitis",
 "Epidural steroid injections can cause vertebral osteomyelitis",
 ("epidural steroid injections", ['epidural steroid injections', 'epidural steroid injection',
                                  'epidural corticosteroid injection', 'epidural injections', 'epidural steroids']),
 ("vertebral osteomyelitis", ['vertebral osteomyelitis', 'spondylodiscitis', 'epidural abscess', 'discitis',
                              'spinal infection']),
 'epidural steroid*[tiab] OR epidural injection*[tiab]', 'effect', None, None, 'harm', None),
("C917", "Acupuncture can cause spinal epidural abscess",
 "Acupuncture can cause spinal epidural abscess",
 ("acupuncture", ['acupuncture', 'acupuncture needles', 'acupuncture treatment', 'dry needling']),
 ("spinal epidural abscess", ['spinal epidural abscess', 'epidural abscess', 'abscess', 'spinal infection']),
 'acupuncture[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
