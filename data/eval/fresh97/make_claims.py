# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-05), before any project output or review for these claims existed: six claims drafted from
# the corpus's records (the articles table only) and the list of earlier claims, each a new exposure-outcome pair: on
# cartilage repair in the hip (microfracture of acetabular and femoral-head defects), on meniscal allograft transplantation
# in knees with full-thickness cartilage defects, on what harms the spinal discs (oxidative stress and disc degeneration
# in cells and animals), on stem cells from another species in animal cartilage defects, on calcium phosphate coating and
# bone ingrowth into joint implants, and one comparison (osteochondral autograft transplantation versus microfracture for
# athletes' return to sport).
# Synonyms name the claim's own exposure and condition, no wider.
# Checked before any output existed: C973 left out "disc degeneration" (it leaves out "intervertebral", a word of the
# name); C974 left out "human mesenchymal stem cells" and "hMSCs" (they leave out "xenogeneic"); C971 left out
# "bone marrow stimulation" (it names drilling too, a wider thing than microfracture).
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

IDD = ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'intervertebral disk degeneration', 'IDD',
                                            'degeneration of the intervertebral disc', 'degenerative disc disease',
                                            'lumbar intervertebral disc degeneration'])

C = [
("C971", "Microfracture repairs cartilage defects of the hip",
 "Microfracture repairs cartilage defects of the hip",
 ("microfracture", ['microfracture', 'microfractures', 'microfracturing', 'hip microfracture', 'arthroscopic microfracture',
                    'microfracture technique']),
 ("hip cartilage defects", ['hip cartilage defects', 'acetabular chondral defects', 'acetabular chondral lesions',
                            'acetabular cartilage lesions', 'chondral defects of the hip', 'chondral lesions of the hip',
                            'chondral injuries of the hip', 'cartilage injuries in the hip', 'hip chondral defect']),
 'microfractur*[tiab] AND (hip[tiab] OR acetabul*[tiab] OR femoroacetabular[tiab])', 'effect', None, None, 'benefit', None),
("C972", "Full-thickness cartilage defects worsen the results of meniscal allograft transplantation",
 "Full-thickness cartilage defects worsen the results of meniscal allograft transplantation",
 ("full-thickness chondral defects", ['full-thickness chondral defects', 'full-thickness cartilage defects', 'FTD',
                                      'full-thickness chondral lesions', 'Outerbridge grade IV chondral defects']),
 ("outcome of meniscal allograft transplantation", ['outcome of meniscal allograft transplantation',
                                                    'outcomes following meniscal allograft transplantation',
                                                    'results of meniscal allograft transplantation',
                                                    'outcome of meniscus allograft transplantation',
                                                    'outcome of meniscal transplantation', 'MAT outcome',
                                                    'failure of meniscal allograft transplantation']),
 '("meniscal allograft*"[tiab] OR "meniscus allograft*"[tiab] OR "meniscal transplant*"[tiab] OR '
 '"meniscus transplant*"[tiab])', 'effect', None, None, 'harm', None),
("C973", "Oxidative stress drives degeneration of the spinal discs",
 "Oxidative stress drives degeneration of the spinal discs",
 ("oxidative stress", ['oxidative stress', 'reactive oxygen species', 'ROS', 'oxidative damage', 'ROS accumulation',
                       'excess reactive oxygen species']),
 IDD,
 '("oxidative stress"[tiab] OR ROS[tiab] OR "reactive oxygen"[tiab]) AND ("nucleus pulposus"[tiab] OR intervertebral[tiab])',
 'effect', None, None, 'harm', None),
("C974", "Mesenchymal stem cells from another species regenerate cartilage in animal joints",
 "Mesenchymal stem cells from another species regenerate cartilage in animal joints",
 ("xenogeneic mesenchymal stem cells", ['xenogeneic mesenchymal stem cells', 'xenogeneic mesenchymal stromal cells',
                                        'xenogeneic MSCs', 'xenogeneic human MSCs', 'xenogenic mesenchymal stem cells',
                                        'xenograft mesenchymal stem cells',
                                        'xenotransplantation of human mesenchymal stem cells',
                                        'xenogeneic transplantation of mesenchymal stem cells']),
 ("cartilage regeneration", ['cartilage regeneration', 'hyaline cartilage regeneration', 'regeneration of hyaline cartilage',
                             'cartilage repair', 'osteochondral regeneration', 'osteochondral defect repair']),
 '(xenogen*[tiab] OR xenotransplant*[tiab] OR xenograft*[tiab]) AND (cartilage[tiab] OR osteochondral[tiab] OR '
 'chondral[tiab])', 'effect', None, None, 'benefit', None),
("C975", "Calcium phosphate coating improves bone ingrowth into joint implants",
 "Calcium phosphate coating improves bone ingrowth into joint implants",
 ("calcium phosphate coating", ['calcium phosphate coating', 'biphasic calcium phosphate coating', 'BCP coating',
                                'BCP-coated implants', 'calcium phosphate-coated implants', 'hydroxyapatite coating']),
 ("osseointegration", ['osseointegration', 'osteointegration', 'bone ingrowth', 'bone in-growth', 'bone-to-implant contact',
                       'implant osseointegration']),
 '(coat*[tiab] OR "calcium phosphate"[tiab] OR hydroxyapatite[tiab]) AND (osseointegration[tiab] OR osteointegration[tiab] OR '
 '"bone ingrowth"[tiab] OR "bone in-growth"[tiab] OR "bone-to-implant"[tiab])', 'effect', None, None, 'benefit', None),
("C976", "Osteochondral autograft transplantation gets athletes back to sport more often than microfracture",
 "Osteochondral autograft transplantation gets athletes back to sport more often than microfracture",
 ("osteochondral autograft transplantation", ['osteochondral autograft transplantation',
                                              'osteochondral autologous transplantation', 'OAT', 'mosaicplasty',
                                              'mosaic-type osteochondral autologous transplantation',
                                              'autologous osteochondral transplantation', 'osteochondral autograft transfer']),
 ("return to sport in athletes", ['return to sport', 'return to sports', 'return to play', 'return to competition',
                                  'return to sports activities at the preinjury level', 'return to athletic activity']),
 '(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "osteochondral autologous"[tiab] OR '
 '"autologous osteochondral"[tiab]) AND microfracture[tiab] AND (athlete*[tiab] OR sport*[tiab])', 'effect',
 ("microfracture", ['microfracture', 'MF', 'microfracture technique', 'arthroscopic microfracture']),
 None, 'benefit', None),
]

write_claims(C)
