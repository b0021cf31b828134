# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 52 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# cam-type femoroacetabular impingement and acetabular cartilage damage (a German hip-cartilage consensus review naming
# cam-type FAI as the cause of acetabular defects, and acetabular MACI/AMIC and chitosan-scaffold series whose defects are
# consequent to or associated with FAI, among hip microfracture, acetabular cyst and ACL SPECT records), autologous
# matrix-induced chondrogenesis versus matrix-induced autologous chondrocyte implantation for acetabular chondral defects
# in FAI (a 57-patient five-year comparison finding no difference, and a hip joint-preservation meta-analysis, among a
# cadaver AMIC feasibility study, nanofractured AMIC and talar AMIC records), hip arthroscopy for recent traumatic
# labral tears (a sports-medicine update, among labral-repair BMAC, hip MSC-injection and acetabular scaffold records),
# knee ligament transection and pannus-like tissue over the articular cartilage (a rat OA-model study, among a canine
# ligament-disruption telemetry study, an artificial-valve pannus report and OA scaffold records), demineralized bone
# matrix versus autologous cancellous bone for talar osteochondral defects (a goat model with the most bone formed by
# autologous bone, among talar bone-grafting, AMIC and chondrocyte records) and synthetic multiphase polymer implants in
# osteochondral donor sites and bone ingrowth (a nine-patient CT series with no ossification and a TruFit review with no
# bone ingrowth, among a synthetic-backfill giant cell reaction report and a sheep biphasic-construct study that
# integrated in bone).
# Synonyms name the claim's own exposure and condition, no wider. The developer set C1188 and C1191 (the "as well as"
# claims) to kind equivalence, as the earlier sets state such claims; the helper had written them as effect.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1187", "Cam-type femoroacetabular impingement causes acetabular cartilage damage",
 "A bump on the thigh-bone neck that pinches against the hip socket wears away the cartilage of the socket",
 ("cam-type femoroacetabular impingement", ['femoroacetabular impingement', 'FAI', 'cam-type FAI', 'femoral acetabular impingement',
                                           'femoroazetabuläres Impingement', 'FAI vom Cam-Typ']),
 ("acetabular cartilage damage", ['acetabular chondral lesions', 'acetabular chondral defects', 'acetabular cartilage lesions',
                                  'full-thickness acetabular chondral defects', 'Knorpeldefekte am Azetabulum', 'chondral injuries of the hip']),
 '(femoroacetabular[tiab] OR femoroazetabul*[tiab] OR "femoral acetabular"[tiab] OR FAI[tiab] OR impingement[tiab]) AND '
 '(cartilage[tiab] OR chondral[tiab] OR Knorpel*[tiab] OR acetabul*[tiab] OR Azetabulum[tiab])', 'effect', None, None, 'harm', None),
("C1188", "Autologous matrix-induced chondrogenesis works as well as matrix-induced autologous chondrocyte implantation for acetabular chondral defects in femoroacetabular impingement",
 "For a cartilage hole in the hip socket, a one-step membrane repair works as well as a two-step repair with grown cartilage cells",
 ("autologous matrix-induced chondrogenesis", ['AMIC', 'arthroscopic AMIC', 'AMIC technique', 'single-stage AMIC procedure',
                                              'autologous membrane-induced chondrogenesis']),
 ("acetabular chondral defects in femoroacetabular impingement", ['acetabular chondral defects', 'acetabular chondral lesions in femoroacetabular impingement',
                                                                  'medium-sized chondral defects on the acetabular side of the hip',
                                                                  'cartilage injuries in the hip', 'hip chondral defects']),
 '(AMIC[tiab] OR "matrix-induced chondrogenesis"[tiab] OR "membrane-induced chondrogenesis"[tiab] OR "AT-AMIC"[tiab] OR NAMIC[tiab]) AND '
 '(hip[tiab] OR acetabul*[tiab] OR femoroacetabular[tiab])', 'equivalence',
 ("matrix-induced autologous chondrocyte implantation", ['MACI', 'arthroscopic MACI', 'matrix-induced autologous chondrocyte implant',
                                                        'two-stage MACI intervention', 'MACT']),
 None, 'benefit', None),
("C1189", "Hip arthroscopy benefits recent traumatic acetabular labral tears",
 "Keyhole surgery of the hip helps a freshly torn rim of cartilage around the hip socket",
 ("hip arthroscopy", ['hip arthroscopy', 'arthroscopy of the hip', 'arthroscopic hip surgery', 'arthroscopic labral repair']),
 ("traumatic acetabular labral tears", ['recent traumatic labral injury', 'labral injuries', 'acetabular labral tears', 'labral tears',
                                       'acetabular labrum injury']),
 '(hip[tiab] OR acetabul*[tiab]) AND (labral[tiab] OR labrum[tiab] OR "hip arthroscopy"[tiab])', 'effect', None, None, 'benefit', None),
("C1190", "Transection of the knee ligaments induces pannus-like tissue over the articular cartilage",
 "Cutting the ligaments of the knee makes a scar-like tissue creep over the joint cartilage",
 ("transection of the knee ligaments", ['ligament transection', 'ligaments of the knee joint were transected', 'transecting the anterior cruciate ligament',
                                       'anterior cruciate ligament transection', 'ligament disruption']),
 ("pannus-like tissue over the articular cartilage", ['pannus-like soft tissue', 'OA pannus', 'pannus-like tissue in osteoarthritis',
                                                     'pannus-like tissue', 'invasive granulation tissue on the articular cartilage']),
 'pannus[tiab] OR ((transect*[tiab] OR "ligament disruption"[tiab]) AND (osteoarthritis[tiab] OR OA[tiab] OR cartilage[tiab]))',
 'effect', None, None, 'harm', None),
("C1191", "Demineralized bone matrix fills osteochondral defects of the talus as well as autologous cancellous bone",
 "Bone matrix filler from a donor heals a hole in the ankle bone as well as the patient's own spongy bone",
 ("demineralized bone matrix", ['donor demineralized bone matrix', 'demineralized bone matrix', 'demineralised bone matrix', 'DBM']),
 ("osteochondral defects of the talus", ['osteochondral defects of the talus', 'talar osteochondral defects', 'osteochondral defects in the talus',
                                        'osteochondral lesions of the talus', 'OLT']),
 '(talus[tiab] OR talar[tiab]) AND ("demineralized bone matrix"[tiab] OR "demineralised bone matrix"[tiab] OR DBM[tiab] OR '
 '"cancellous bone"[tiab] OR "bone graft*"[tiab] OR "animal model"[tiab] OR goat*[tiab])', 'equivalence',
 ("autologous cancellous bone", ['autologous cancellous bone', 'autologous bone', 'autologous cancellous bone graft', 'cancellous bone graft']),
 None, 'benefit', None),
("C1192", "Synthetic multiphase polymer implants in osteochondral donor sites fail to achieve bone ingrowth",
 "Synthetic plugs used to fill the holes left after taking cartilage plugs never turn into bone",
 ("synthetic multiphase polymer implant in osteochondral donor sites", ['synthetic multiphase implant', 'synthetic multiphase polymer scaffolds',
                                                                     'synthetic implant', 'synthetic plug', 'TruFit plug',
                                                                     'donor sites filled by use of a synthetic implant']),
 ("failure of bone ingrowth", ['no evidence of bone ingrowth', 'no ossification', 'fibrous scar density', 'tract filled with soft-tissue density',
                               'lack of osteoconductivity', 'absent bone ingrowth']),
 '(synthetic[tiab] OR multiphase[tiab] OR "polymer scaffold*"[tiab]) AND ("bone ingrowth"[tiab] OR ossification[tiab] OR '
 'osteoconductiv*[tiab] OR "donor site*"[tiab] OR "donor-site*"[tiab])', 'effect', None, None, 'harm', None),
]

write_claims(C)
