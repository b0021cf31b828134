# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 46 (2026-12-05), with LINKER_RELEASE 2026.12.110, before any project output or review for these
# claims existed: six claims on the workshop corpus's records that no earlier set's query returned, taken as they come
# (old physiology, pharmacology and toxicology; four of their titles ask "Effect(s)/Influence of ...", the form
# LINKER_RELEASE 2026.12.110 reads), and one on reoperation after cartilage restoration (records other queries returned:
# pair by pair). Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C946", "Zinc smelter emissions damage the microflora of forest soil",
 "Zinc smelter emissions damage the microflora of forest soil",
 ("zinc smelter emissions", ['zinc smelter emissions', 'zinc-smelter emissions', 'smelter emissions', 'heavy metal pollution']),
 ("forest soil microflora", ['forest soil microflora', 'soil microflora', 'soil microorganisms', 'microflora',
                             'soil bacteria', 'soil fungi']),
 'smelter*[tiab] OR zinc[tiab]', 'effect', None, None, 'harm', None),
("C947", "A new virostatic compound induces liver enzymes",
 "A new virostatic compound induces liver enzymes",
 ("virostatic compound", ['virostatic compound', 'virostatic', 'antiviral compound']),
 ("liver enzymes", ['liver enzymes', 'enzyme induction', 'microsomal enzymes', 'hepatic enzymes', 'induction of enzymes']),
 'virostatic[tiab]', 'effect', None, None, 'harm', None),
("C948", "Carbidine suppresses conditioned defence reflexes",
 "Carbidine suppresses conditioned defence reflexes",
 ("carbidine", ['carbidine']),
 ("conditioned defence reflexes", ['conditioned defence reflexes', 'conditioned defense reflexes',
                                   'conditioned reflexes', 'conditioned avoidance']),
 'carbidine[tiab]', 'effect', None, None, 'benefit', None),
("C949", "Dichloroethane poisoning depletes nicotinamide coenzymes in the liver",
 "Dichloroethane poisoning depletes nicotinamide coenzymes in the liver",
 ("dichloroethane poisoning", ['dichloroethane poisoning', 'dichloroethane', 'dichlorethane', 'dichlorethane poisoning']),
 ("nicotinamide coenzymes", ['nicotinamide coenzymes', 'NAD', 'NADP', 'nicotinamide adenine dinucleotide',
                             'pyridine nucleotides']),
 'dichlorethane[tiab] OR dichloroethane[tiab]', 'effect', None, None, 'harm', None),
("C950", "A protein load worsens the EEG of patients with cirrhosis",
 "A protein load worsens the EEG of patients with cirrhosis",
 ("protein load", ['protein load', 'protein loading', 'dietary protein load', 'oral protein load']),
 ("EEG in cirrhosis", ['EEG', 'electroencephalogram', 'electroencephalographic changes', 'hepatic encephalopathy']),
 'protein load[tiab]', 'effect', None, None, 'harm', None),
("C951", "A higher haematocrit raises pulmonary vascular resistance",
 "A higher haematocrit raises pulmonary vascular resistance",
 ("higher haematocrit", ['higher haematocrit', 'higher hematocrit', 'haematocrit', 'hematocrit', 'polycythaemia']),
 ("pulmonary vascular resistance", ['pulmonary vascular resistance', 'pressure-flow relations', 'pulmonary vascular pressure',
                                    'pulmonary artery pressure']),
 'hematocrit[tiab] OR haematocrit[tiab]', 'effect', None, None, 'harm', None),
("C952", "Cartilage restoration procedures often lead to reoperation",
 "Cartilage restoration procedures often lead to reoperation",
 ("cartilage restoration procedures", ['cartilage restoration procedures', 'cartilage restoration', 'cartilage repair',
                                       'cartilage repair procedures', 'cartilage restoration surgery']),
 ("reoperation", ['reoperation', 'reoperations', 'reoperation rate', 'reoperation rates', 'revision surgery',
                  'subsequent surgery']),
 'reoperation*[tiab] AND cartilage[tiab]', 'effect', None, None, 'harm', None),
]

write_claims(C)
