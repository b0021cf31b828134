# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 49 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# autologous chondrocyte implantation and return to sport in athletes (cohorts, a case report and reviews), osteochondral
# autograft transplantation and cartilage defects of the wrist (a case series and a case report among knee and carpal
# records), carbon fibre rod implantation compared with microfracture for knee cartilage lesions (a comparative study, a
# single-surgeon cohort and a laboratory study of a carbon material), leg malalignment and failure of cartilage repair (a
# cohort on mechanical alignment and graft survival, reviews and osteotomy series), playing soccer and knee cartilage
# lesions (a systematic review, a cohort and a case report of treated players) and large defect size and the outcome of
# autologous chondrocyte implantation (a matched-pair study among series, reviews and records that merely say "large").
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1031", "Autologous chondrocyte implantation gets athletes back to their sport",
 "Autologous chondrocyte implantation gets athletes back to their sport",
 ("autologous chondrocyte implantation", ['autologous chondrocyte implantation', 'ACI', 'autologous chondrocyte transplantation',
                                          'matrix-assisted autologous chondrocyte transplantation', 'MACT',
                                          'matrix-induced autologous chondrocyte implantation',
                                          'third-generation autologous chondrocyte implantation']),
 ("return to sport in athletes", ['return to sport', 'return to sports', 'return to play', 'return to preinjury level of sports',
                                  'return to pre-injury sport level', 'return to full athletic participation']),
 '(athlete*[tiab] OR "return to sport*"[tiab] OR "return to play"[tiab]) AND ("chondrocyte implantation"[tiab] OR '
 '"chondrocyte transplantation"[tiab])', 'effect', None, None, 'benefit', None),
("C1032", "Osteochondral autograft transplantation repairs cartilage defects of the wrist",
 "Osteochondral autograft transplantation repairs cartilage defects of the wrist",
 ("osteochondral autograft transplantation", ['osteochondral autograft transplantation', 'osteochondral autograft',
                                              'transplantation of osteochondral autograft',
                                              'arthroscopic transplantation of osteochondral autograft',
                                              'osteochondral autograft from the knee', 'osteochondral plug transfer']),
 ("cartilage defects of the wrist", ['cartilage defects of the wrist', 'cartilage defects in the wrist',
                                    'focal chondral lesions of the wrist', 'cartilage defect of the lunate facet of the distal radius',
                                    'chondral lesions of the distal radius', 'wrist cartilage defects']),
 '(wrist[tiab] OR radius[tiab] OR lunate[tiab] OR carpal[tiab] OR scaphoid[tiab]) AND osteochondral[tiab]',
 'effect', None, None, 'benefit', None),
("C1033", "Carbon fibre rod implantation works better than microfracture for knee cartilage lesions",
 "Carbon fibre rod implantation works better than microfracture for knee cartilage lesions",
 ("carbon fibre rod implantation", ['carbon fibre rod implantation', 'carbon fiber rod implantation',
                                    'carbon-fiber rod implantation', 'carbon fibre rods', 'carbon fiber rods',
                                    'carbon fibre rod implants']),
 ("knee articular cartilage lesions", ['knee articular cartilage lesions', 'articular cartilage lesions of the knee',
                                      'knee cartilage lesions', 'cartilage defects of the knee', 'knee cartilage defects']),
 '"carbon fib*"[tiab] OR "carbon fibre"[tiab] OR "carbon fiber"[tiab] OR "carbon rod*"[tiab] OR "vitreous carbon"[tiab] OR '
 '"carbon implant*"[tiab]', 'effect',
 ("microfracture", ['microfracture', 'microfracture technique', 'MF', 'microfracturing', 'arthroscopic microfracture']),
 None, 'benefit', None),
("C1034", "Leg malalignment makes cartilage repair fail",
 "Leg malalignment makes cartilage repair fail",
 ("malalignment", ['malalignment', 'leg malalignment', 'malalignment of the knee', 'varus malalignment',
                       'lower-extremity malalignment', 'mechanical axis malalignment']),
 ("failure of cartilage repair", ['failure of cartilage repair', 'cartilage repair failure', 'graft failure after cartilage repair',
                                  'failure of cartilage restoration', 'failed cartilage repair']),
 '(malalign*[tiab] OR "leg alignment"[tiab] OR "mechanical axis"[tiab]) AND (alignment[ti] OR malalign*[ti] OR osteotomy[ti])',
 'effect', None, None, 'harm', None),
("C1035", "Playing soccer damages the knee cartilage",
 "Playing soccer damages the knee cartilage",
 ("soccer", ['soccer', 'playing soccer', 'playing football', 'football (soccer)', 'professional soccer']),
 ("knee cartilage lesions", ['knee cartilage lesions', 'articular cartilage lesions of the knee', 'chondral injuries of the knee',
                             'cartilage lesions in the knee', 'articular cartilage lesions in football players\' knees']),
 '(soccer[tiab] OR football*[tiab]) AND (cartilage[tiab] OR chondral[tiab])', 'effect', None, None, 'harm', None),
("C1036", "Large defects do worse after autologous chondrocyte implantation",
 "Large defects do worse after autologous chondrocyte implantation",
 ("large defect size", ['large defect size', 'larger defect size', 'large cartilage defects', 'large-sized cartilage defects',
                        'large chondral defects', 'large defects']),
 ("outcome of autologous chondrocyte implantation", ['outcome of autologous chondrocyte implantation',
                                                     'outcome after autologous chondrocyte implantation',
                                                     'results after autologous chondrocyte implantation',
                                                     'success of autologous chondrocyte implantation',
                                                     'clinical outcome after ACI']),
 '(size[ti] OR large[ti]) AND ("chondrocyte implantation"[tiab] OR "chondrocyte transplantation"[tiab]) AND (outcome*[tiab] OR '
 'fail*[tiab] OR success[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
