# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# a silk fibroin meniscus scaffold for meniscus defects (a rabbit study of a 3D-printed polycaprolactone/silk fibroin
# scaffold and an in vitro multilayered silk scaffold study, among polyurethane and collagen meniscus scaffold series and
# cell-free cartilage scaffold records), a protein-releasing 3D-printed scaffold for meniscus regeneration (a sheep study,
# among sheep bone marrow concentrate and stem cell tracking studies and a meniscal fibrochondrocyte study), a
# kartogenin-PRP gel carrying bone marrow stem cells for meniscal tears (a rabbit study, among PRP injections with
# meniscal allografts and PRP with microfracture records), particulated juvenile allograft cartilage added to a synovium
# transplant for meniscal defects (a 24-rabbit study, among synovial stem cell meniscus regeneration records and a
# juvenile chondrocyte editorial), meniscal allograft transplantation in children (a 23-patient paediatric series, among
# adult meniscal transplant, combined allograft and deep-frozen meniscus series) and meniscus-derived matrix scaffolds for
# meniscal defects (an in vitro repair study, among tonsil-derived stem cell hydrogel, polyurethane augmentation and
# silk scaffold records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1175", "A silk fibroin meniscus scaffold regenerates meniscus defects",
 "A silk-based scaffold regrows a damaged meniscus",
 ("silk fibroin meniscus scaffold", ['polycaprolactone/silk fibroin scaffold', 'PCL/SF scaffold', 'PS-L7 scaffold',
                                    'polycaprolactone/silk fibroin-L7', 'multilayered silk scaffolds', 'silk meniscal scaffold']),
 ("meniscus defects", ['meniscus defects', 'meniscus deficiency', 'meniscus regeneration', 'injured/damaged meniscus',
                       'meniscus-like tissue']),
 'menisc*[tiab] AND (silk[tiab] OR fibroin[tiab] OR polycaprolactone[tiab] OR PCL[tiab] OR scaffold*[ti])',
 'effect', None, None, 'benefit', None),
("C1176", "A protein-releasing 3D-printed scaffold regenerates the knee meniscus",
 "A 3D-printed scaffold that releases growth factors regrows the meniscus",
 ("protein-releasing 3D-printed scaffold", ['protein-releasing polymeric scaffolds', '3D-printed bioresorbable scaffold',
                                           'spatiotemporal delivery of two recombinant human proteins',
                                           'protein-releasing scaffold']),
 ("meniscus regeneration", ['knee meniscus regeneration', 'meniscus regeneration', 'sheep knee meniscus',
                            'fibrochondrocytic differentiation of endogenous cells', 'meniscal defects']),
 'menisc*[tiab] AND ("3D-printed"[tiab] OR "3D printed"[tiab] OR "growth factor"[tiab] OR "growth factors"[tiab] OR CTGF[tiab] OR '
 '"TGF-β3"[tiab] OR "TGF-beta3"[tiab] OR "recombinant human"[tiab] OR sheep[tiab] OR ovine[tiab] OR bioresorbable[tiab] OR '
 '"endogenous cells"[tiab] OR fibrochondrocyt*[tiab])',
 'effect', None, None, 'benefit', None),
("C1177", "A kartogenin-PRP gel carrying bone marrow stem cells heals meniscal tears",
 "A kartogenin and platelet-rich plasma gel carrying stem cells heals a torn meniscus",
 ("kartogenin-PRP gel with bone marrow stem cells", ['BMSCs-containing KGN-PRP gel', 'KGN+PRP+BMSC', 'kartogenin-platelet-rich plasma gel',
                                                    'KGN-PRP gel', 'BMSCs-containing kartogenin-PRP gel']),
 ("meniscal tears", ['meniscus tear', 'wounded meniscus', 'injured meniscus', 'wounded rabbit meniscus', 'meniscus wounds']),
 'menisc*[tiab] AND (kartogenin[tiab] OR KGN[tiab] OR "platelet-rich"[tiab] OR PRP[tiab] OR rabbit*[tiab])',
 'effect', None, None, 'benefit', None),
("C1178", "Adding particulated juvenile allograft cartilage to a synovium transplant improves meniscal defect repair",
 "Adding donor juvenile cartilage to a synovium graft repairs a hole in the meniscus better than the synovium graft alone",
 ("particulated juvenile allograft cartilage", ['particulated juvenile allograft cartilage', 'PJAC', 'PJAC transplant',
                                               'synovium and PJAC transplant', 'juvenile allograft cartilage']),
 ("meniscal defects", ['meniscal defect', 'full-thickness defect in the avascular portion of the meniscus',
                       'meniscal fibrocartilaginous repair', 'meniscal regeneration', 'meniscal repair']),
 '(juvenile[tiab] OR particulated[tiab] OR synovium[tiab] OR "synovial tissue"[tiab] OR "synovial flap"[tiab]) AND menisc*[tiab] AND '
 '(defect*[tiab] OR repair*[tiab])', 'effect', None,
 ("synovium transplant", ['synovium transplant', 'synovium transplant encapsulated with fibrin gel', 'synovium', 'synovial graft']),
 'benefit', None),
("C1179", "Meniscal allograft transplantation relieves pain and improves knee function in children",
 "A meniscus transplant relieves pain and restores knee function in children",
 ("meniscal allograft transplantation", ['meniscal allograft transplantation', 'MAT', 'meniscus transplantation',
                                        'meniscal transplant', 'meniscal allograft']),
 ("symptomatic meniscus-deficient knee in children", ['symptomatic meniscus-deficient knee in children', 'paediatric population',
                                                      'children', 'patients aged 18 years or younger',
                                                      'symptomatic meniscal deficiency in children']),
 '("meniscal allograft*"[tiab] OR "meniscus allograft*"[tiab] OR "meniscal transplant*"[tiab] OR "meniscus transplant*"[tiab] OR '
 '"transplantation of deep frozen menisci"[ti]) AND (children[tiab] OR paediatric[tiab] OR pediatric[tiab] OR adolescen*[tiab] OR '
 '"18 years or younger"[tiab] OR age[tiab] OR aged[tiab])', 'effect', None, None, 'benefit', None),
("C1180", "Meniscus-derived matrix scaffolds promote integrative repair of meniscal defects",
 "A scaffold made from meniscus tissue helps a torn meniscus knit back together",
 ("meniscus-derived matrix scaffold", ['meniscus-derived matrix scaffolds', 'MDM scaffolds', 'porcine meniscus-derived matrix',
                                      '8% MDM scaffolds', 'meniscus-derived matrix']),
 ("meniscal defects", ['meniscal defects', 'meniscal tears', 'integrative repair of meniscal defects',
                       'in vitro meniscal defect', 'meniscus repair']),
 'menisc*[tiab] AND ("meniscus-derived"[tiab] OR "meniscus derived"[tiab] OR "extracellular matrix"[tiab] OR decellulari*[tiab] OR '
 '"integrative repair"[tiab] OR explant*[tiab])', 'effect', None, None, 'benefit', None),
]

write_claims(C)
