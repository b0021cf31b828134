# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# mini-open versus arthroscopic harvest of osteochondral autografts for graft perpendicularity (a 10-knee cadaver study,
# among mosaicplasty technique reviews, a talar osteotomy access study and an MRI lesion-depth study), osteochondral plug
# harvest from the knee and donor-site morbidity (an 11-athlete elbow mosaicplasty series finding no donor-knee effects,
# long-term mosaicplasty series reporting donor-site disturbances in 3% and a talar series with donor-knee pain, among a
# medial femoral trochlea flap study, a synthetic backfill study and scaffold records), resection-induced leveling of
# elevated plugs versus flush plugs in osteochondral autologous transplantation (a 44-patient matched cohort, among a
# five-case protuberance report, a goat incongruity study and elbow and talar series), unbottomed versus bottomed
# osteochondral plugs and plug subsidence (an 18-goat study, among minipig and rabbit graft-fate studies and press-fit
# technique records), osteochondral autografts from the upper tibio-fibular joint for knee cartilage lesions (a 31-patient
# series, among donor-site and harvest-technique records) and osteochondral autologous transplantation harvested from the
# ipsilateral talar articular facets for talar lesions (a 24-patient and a 46-patient series, among talar chondrocyte,
# osteoperiosteal graft and review records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

OAT = ('(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "autologous osteochondral"[tiab] OR '
       '"osteochondral autolog*"[tiab]')

C = [
("C1181", "Mini-open harvest of osteochondral autografts gives more perpendicular grafts than arthroscopic harvest",
 "Taking the cartilage plugs through a small open incision gives straighter grafts than taking them arthroscopically",
 ("mini-open harvest of osteochondral autografts", ['mini-open harvest technique', 'mini-open technique', 'mini-open harvesting',
                                                   'open harvest technique', 'mini-open graft harvest']),
 ("perpendicularity of harvested osteochondral grafts", ['graft perpendicularity', 'osteochondral autograft perpendicularity',
                                                        'mean angle of perpendicularity', 'overall graft acceptability',
                                                        'perpendicular graft for implantation']),
 '(osteochondral[tiab] OR mosaicplasty[tiab] OR OATS[tiab]) AND ("mini-open"[tiab] OR miniarthrotomy[tiab] OR "mini-arthrotomy"[tiab] OR '
 'perpendicular*[tiab] OR "arthroscopic harvest*"[tiab])', 'effect',
 ("arthroscopic harvest", ['arthroscopic harvest technique', 'arthroscopic harvesting', 'arthroscopic technique', 'arthroscopic graft harvest']),
 None, 'benefit', None),
("C1182", "Harvesting osteochondral plugs from the knee causes donor-site morbidity",
 "Taking cartilage plugs from a healthy part of the knee leaves lasting problems in the donor knee",
 ("harvest of osteochondral plugs from the knee", ['harvesting of osteochondral grafts', 'osteochondral graft harvest',
                                                  'harvesting grafts from the normal articular area of the knee joint',
                                                  'osteochondral plug harvest', 'graft harvest from the donor knee']),
 ("donor-site morbidity", ['donor site morbidity', 'donor-site disturbances', 'donor site complaints', 'donor knee pain',
                           'adverse effects of osteochondral graft harvest on donor knee function']),
 OAT + ' OR "osteochondral flap*"[tiab]) AND ("donor site morbidity"[tiab] OR "donor-site morbidity"[tiab] OR '
 '"donor site disturbance*"[tiab] OR "donor-site disturbance*"[tiab] OR "donor site complaints"[tiab] OR "donor-site complaints"[tiab] OR '
 '"donor knee*"[tiab] OR "donor zone"[tiab] OR "donor site pain"[tiab])', 'effect', None, None, 'harm', None),
("C1183", "Resection-induced leveling of elevated plugs works as well as flush plugs in osteochondral autologous transplantation",
 "Trimming a cartilage plug that sits too high works as well as a plug that was level to begin with",
 ("resection-induced leveling of elevated plugs", ['resection of the elevated plug surface', 'cartilage resection of elevated plugs',
                                                  'elevated plugs resected and leveled', 'resection-induced leveling', 'plug resection']),
 ("protruding plugs in osteochondral autologous transplantation", ['plug protuberance', 'elevated plugs', 'protuberance greater than 1 mm',
                                                                  'graft protuberance', 'elevated plug cartilage']),
 OAT + ') AND (protuber*[tiab] OR elevat*[tiab] OR flush[tiab] OR incongru*[tiab] OR congruen*[tiab] OR proud[tiab])', 'equivalence',
 ("flush plugs not needing resection", ['flush plugs', 'patients who did not require plug resection', 'controls (group C)',
                                        'plugs with smooth congruity']),
 None, 'benefit', None),
("C1184", "Unbottomed osteochondral plugs subside more than bottomed plugs",
 "Leaving a gap beneath a transplanted cartilage plug lets it sink more than seating it firmly on the bottom",
 ("unbottomed osteochondral plugs", ['unbottomed plugs', 'unbottomed osteochondral transplants', 'unbottomed reconstructions',
                                    'a gap of 2 mm left between the plugs and the recipient bottom']),
 ("plug subsidence", ['subsidence', 'subsidence tendency', 'graft subsidence', 'histological subsidence', 'plug sinking']),
 OAT + ' OR "osteochondral plug*"[tiab] OR "osteochondral transplant*"[tiab]) AND (subsid*[tiab] OR sink*[tiab] OR bottom*[tiab] OR '
 '"press-fit"[tiab] OR "press fit"[tiab] OR seating[tiab])', 'effect',
 ("bottomed plugs", ['bottomed plugs', 'bottoming', 'precise seating of the transplanted osteochondral plug on the recipient subchondral host bone',
                     'plugs matched exactly to the depth of the recipient hole']),
 None, 'harm', None),
("C1185", "Osteochondral autografts from the upper tibio-fibular joint repair knee cartilage lesions",
 "Cartilage plugs taken from the joint between the shin and calf bones repair knee cartilage lesions",
 ("osteochondral autografts from the upper tibio-fibular joint", ['autologous osteochondral graft from the upper tibio-fibular joint',
                                                                 'autografts from the upper tibio-fibular joint',
                                                                 'mosaicplasty using autologous osteochondral graft from the upper tibio-fibular joint',
                                                                 'upper tibio-fibular joint graft']),
 ("knee cartilage lesions", ['knee cartilage lesions', 'grade 4 cartilage lesions in the knee', 'symptomatic osteochondral lesions of the knee',
                             'osteochondral defects in the knee joint', 'large cartilage lesions of the knee']),
 'tibiofibular[tiab] OR "tibio-fibular"[tiab] OR (' + OAT + ') AND ("donor site*"[tiab] OR "donor zone"[tiab] OR "donor-site*"[tiab]) AND knee[ti])',
 'effect', None, None, 'benefit', None),
("C1186", "Osteochondral autologous transplantation harvested from the ipsilateral talar articular facets repairs osteochondral lesions of the talus",
 "Cartilage plugs taken from the ankle's own talus bone repair cartilage lesions of the talus",
 ("osteochondral autologous transplantation harvested from the ipsilateral talar articular facets",
  ['OAT harvesting from ipsilateral talar articular facets', 'osteochondral graft harvested from the ipsilateral talar articular facet',
   'osteochondral autologous transplantation of talar graft', 'OAT harvesting from local talar non-weight-bearing articular facets']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'OLTs', 'OLT', 'talar dome defect', 'osteochondral talar lesions']),
 '(talus[tiab] OR talar[tiab]) AND (facet*[tiab] OR "donor site*"[tiab] OR harvest*[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
