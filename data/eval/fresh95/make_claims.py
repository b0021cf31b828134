# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 47 (2026-12-05), before any project output or review for these claims existed: six claims on
# therapy/exposure-condition pairs no earlier set claimed: osteochondral autograft transfer for talar lesions, platelet-rich
# plasma and stem cell proliferation (laboratory), iron oxide-labelled versus unlabelled stem cells (laboratory and animal;
# an "as well as" claim), pneumothorax after hook-wire marking of lung nodules, damage to the opposing cartilage from focal
# metal implants (animal and laboratory) and paraspinal muscle degeneration in low back pain. Several queries return
# records that other claims' queries also returned (talar lesions, hook-wire localization, metal implants, MRI cell
# tracking, paraspinal abscesses): the pairs are new, pair by pair. Synonyms name the claim's own exposure and condition,
# no wider. Checked by the developer before any output existed: C962's therapy is named "hook-wire localization" (the
# helper's draft named it "CT-guided hook-wire localization" with the shorter name as a synonym, wider than the name) and
# C963 lost the synonym "metal implants" (wider than "focal metal implants").
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C959", "Osteochondral autograft transfer repairs osteochondral lesions of the talus",
 "Osteochondral autograft transfer repairs osteochondral lesions of the talus",
 ("osteochondral autograft transfer", ['osteochondral autograft transfer', 'osteochondral autograft transplantation',
                                       'autologous osteochondral transplantation', 'osteochondral autologous transplantation',
                                       'mosaicplasty', 'OATS']),
 ("osteochondral lesions of the talus", ['osteochondral lesions of the talus', 'osteochondral lesion of the talus',
                                         'talar osteochondral lesions', 'osteochondral defects of the talus', 'OLT',
                                         'talar dome lesions']),
 '(mosaicplasty[tiab] OR "osteochondral autograft*"[tiab] OR "autologous osteochondral"[tiab] OR "osteochondral autologous"[tiab]) AND (talus[ti] OR talar[ti])',
 'effect', None, None, 'benefit', None),
("C960", "Platelet-rich plasma makes stem cells multiply faster",
 "Platelet-rich plasma makes stem cells multiply faster",
 ("platelet-rich plasma", ['platelet-rich plasma', 'platelet rich plasma', 'PRP', 'autologous platelet-rich plasma']),
 ("stem cell proliferation", ['stem cell proliferation', 'proliferation of stem cells', 'MSC proliferation',
                              'mesenchymal stem cell proliferation', 'proliferation of mesenchymal stem cells',
                              'adipose stem cell proliferation']),
 '("platelet-rich plasma"[tiab] OR "platelet rich plasma"[tiab] OR "platelet lysate"[tiab] OR PRP[tiab]) AND (proliferat*[tiab] OR expansion[tiab] OR expanded[tiab] OR growth[tiab]) AND (stem[tiab] OR MSC*[tiab] OR stromal[tiab])',
 'effect', None, None, 'benefit', None),
("C961", "Stem cells labelled with iron oxide for MRI tracking survive as well as unlabelled stem cells",
 "Stem cells labelled with iron oxide for MRI tracking survive as well as unlabelled stem cells",
 ("iron oxide labelling", ['iron oxide labelling', 'iron oxide labeling', 'SPIO labeling',
                           'superparamagnetic iron oxide labeling', 'iron oxide nanoparticle labeling', 'ferumoxytol labeling']),
 ("stem cell viability", ['stem cell viability', 'viability of stem cells', 'MSC viability',
                          'mesenchymal stem cell viability', 'stem cell survival']),
 '(iron[tiab] OR superparamagnetic[tiab] OR ferumoxytol[tiab] OR ferumoxides[tiab] OR SPIO[tiab]) AND label*[tiab]',
 'equivalence', ("unlabelled stem cells", ['unlabelled stem cells', 'unlabeled stem cells', 'unlabeled MSCs',
                                          'unlabelled mesenchymal stem cells', 'non-labeled stem cells']),
 None, 'benefit', None),
("C962", "Marking a lung nodule with a CT-guided hook wire before surgery often causes a pneumothorax",
 "Marking a lung nodule with a CT-guided hook wire before surgery often causes a pneumothorax",
 ("hook-wire localization", ['CT-guided hook-wire localization', 'hook-wire localization', 'hook wire localization',
                                       'hookwire localization', 'hook wire localisation', 'hook-wire marking']),
 ("pneumothorax", ['pneumothorax', 'pneumothoraces', 'iatrogenic pneumothorax', 'collapsed lung']),
 '("hook wire"[tiab] OR "hook-wire"[tiab] OR hookwire[tiab] OR "marking wire"[tiab] OR "wire localization"[tiab] OR "wire localisation"[tiab]) AND (lung[tiab] OR pulmonary[tiab] OR nodule*[tiab])',
 'effect', None, None, 'harm', None),
("C963", "Metal implants for cartilage defects wear away the opposing cartilage",
 "Metal implants for cartilage defects wear away the opposing cartilage",
 ("focal metal implants", ['focal metal implants', 'focal metallic implants', 'metallic resurfacing implants',
                           'defect-size metal implants', 'HemiCAP']),
 ("opposing cartilage damage", ['opposing cartilage damage', 'damage to the opposing cartilage', 'opposing cartilage degeneration',
                                'damage to the opposing articular cartilage', 'cartilage damage on the opposing joint surface']),
 '(metal*[tiab] OR "focal resurfacing"[tiab] OR HemiCAP[tiab] OR Episealer[tiab]) AND implant*[tiab] AND (opposing[tiab] OR opposite[tiab] OR tibial[tiab] OR counterpart[tiab] OR abrasion[tiab] OR wear[tiab])',
 'effect', None, None, 'harm', None),
("C964", "Degenerated, fatty back muscles lead to low back pain",
 "Degenerated, fatty back muscles lead to low back pain",
 ("paraspinal muscle degeneration", ['paraspinal muscle degeneration', 'degeneration of the paraspinal muscles',
                                     'multifidus degeneration', 'fatty infiltration of the paraspinal muscles',
                                     'multifidus fat infiltration', 'paraspinal muscle atrophy']),
 ("low back pain", ['low back pain', 'chronic low back pain', 'LBP', 'lower back pain', 'lumbar pain']),
 '(multifidus[tiab] OR paraspinal[tiab] OR "erector spinae"[tiab]) AND pain[tiab]',
 'effect', None, None, 'harm', None),
]

write_claims(C)
