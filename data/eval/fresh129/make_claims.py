# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing,
# all on unusual infections of the spine and its coverings: endocarditis and spinal epidural abscess (a case of Candida
# epidural abscess from prosthetic valve endocarditis, among vertebral osteomyelitis series, an endocarditis case without
# spinal infection and zoonotic spondylitis records), a rat bite and spinal epidural abscess (a Streptobacillus
# moniliformis case, among brucellar and Erysipelothrix spinal infection records), knife stab wounds to the neck and
# cervical spondylodiscitis (a case report, among other cervical discitis and epidural abscess records), surgical
# debridement with a shorter antifungal course for Candida spondylodiscitis (a two-case report and a drained Candida
# epidural abscess case, among Aspergillus and blastomycosis spinal records), surgery with antibiotics for an atypical
# mycobacterial spinal abscess (a Mycobacterium abscessus case that recurred twice, among a BCG spondylodiscitis case and
# non-tuberculous epidural abscess series) and prolonged-infusion meropenem for Serratia marcescens meningitis (a case
# report, among other meningitis treatment and spinal infection records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1163", "Endocarditis causes spinal epidural abscess",
 "An infected heart valve can seed an abscess next to the spinal cord",
 ("endocarditis", ['endocarditis', 'prosthetic valve endocarditis', 'acute bacterial endocarditis',
                   'vegetation on prosthetic mitral valve', 'mitral valve endocarditis']),
 ("spinal epidural abscess", ['spinal epidural abscess', 'epidural abscess', 'L5-S1 spinal epidural abscess',
                              'Candida albicans spinal epidural abscess']),
 '(endocarditis[tiab] OR "prosthetic valve"[tiab] OR bacteraemia[tiab] OR bacteremia[tiab]) AND (epidural[tiab] OR '
 'spondylodiscitis[tiab] OR "vertebral osteomyelitis"[tiab] OR discitis[tiab] OR spondylitis[tiab])',
 'effect', None, None, 'harm', None),
("C1164", "A rat bite causes spinal epidural abscess",
 "A rat bite can lead to an abscess pressing on the spinal cord",
 ("rat bite", ['rat bite', 'rat bite fever', 'Streptobacillus moniliformis infection', 'S. moniliformis',
               'Streptobacillus moniliformis']),
 ("spinal epidural abscess", ['spinal epidural abscess', 'epidural abscess', 'epidural abscess in the thoracic spine',
                              'epidural, space-occupying lesion compressing the spinal cord']),
 '"rat bite"[tiab] OR Streptobacillus[tiab] OR "rat-bite"[tiab] OR ((bite[tiab] OR bites[tiab] OR zoonos*[tiab] OR '
 'zoonotic[tiab] OR animal[tiab]) AND (abscess*[tiab] OR spondylitis[tiab] OR spondylodiscitis[tiab]))',
 'effect', None, None, 'harm', None),
("C1165", "Stab wounds to the neck cause cervical spondylodiscitis",
 "A stab wound to the neck can later infect the bones and discs of the neck",
 ("stab wounds to the neck", ['knife stab wounds to the neck', 'stab wounds to the neck', 'multiple stab wounds to his neck',
                              'penetrating neck injury', 'multiple knife stab wounds']),
 ("cervical spondylodiscitis", ['cervical spondylodiscitis', 'cervical spondylodiscitis with epidural abscess',
                                'destructive spondylodiscitis C3/4', 'spondylodiscitis C3/4 with paravertebral and epidural abscesses']),
 '"stab wound*"[tiab] OR "penetrating neck"[tiab] OR "penetrating injur*"[tiab] OR (cervical[tiab] AND '
 '(spondylodiscitis[tiab] OR discitis[tiab]))',
 'effect', None, None, 'harm', None),
("C1166", "Surgical debridement with a shorter antifungal course cures Candida spondylodiscitis",
 "Surgical clean-out lets a shorter course of antifungal drugs cure a yeast infection of the spine",
 ("surgical debridement with a shorter antifungal course", ['surgical debridement with shorter courses of anti-fungal therapy',
                                                           'early surgical debridement',
                                                           'intravenous amphotericin followed by oral fluconazole',
                                                           'surgical drainage of the spinal epidural abscess',
                                                           'oral fluconazole']),
 ("Candida spondylodiscitis", ['Candida spondylodiscitis', 'candidal spondylodiscitis', 'candidal spinal infection',
                               'candida spondylodiscitis complicated by epidural abscess formation',
                               'Candida albicans spinal epidural abscess']),
 '(Candida*[tiab] OR candidal[tiab] OR candidiasis[tiab] OR fungal[tiab] OR antifungal[tiab] OR fluconazole[tiab] OR '
 'amphotericin[tiab]) AND (spondylodiscitis[tiab] OR epidural[tiab] OR vertebral[tiab] OR spinal[tiab] OR spine[tiab] OR '
 'discitis[tiab] OR osteomyelitis[tiab])',
 'effect', None, None, 'benefit', None),
("C1167", "Surgical decompression with antibiotics cures an atypical mycobacterial spinal epidural abscess",
 "Surgery and antibiotics clear a spinal abscess caused by an atypical mycobacterium",
 ("surgical decompression with antibiotics", ['surgical decompression', 'laminectomy and washout',
                                             'surgical washout and antibiotic coverage', 'repeat epidural drainage',
                                             'IV levofloxacin, azithromycin, and linezolid']),
 ("atypical mycobacterial spinal epidural abscess", ['atypical Mycobacterium epidural abscess', 'Mycobacterium abscessus epidural abscess',
                                                    'Mycobacterium abscessus subspecies massiliense',
                                                    'recurrent osteomyelitis caused by Mycobacterium abscessus',
                                                    'nonpurulent epidural collection']),
 '("Mycobacterium abscessus"[tiab] OR "atypical mycobacter*"[tiab] OR nontuberculous[tiab] OR "non-tuberculous"[tiab] OR '
 '"Mycobacterium bovis"[tiab] OR "atypical Mycobacterium"[tiab] OR "intravenous drug"[tiab]) AND (spine[tiab] OR '
 'spinal[tiab] OR epidural[tiab] OR vertebral[tiab] OR spondylodiscitis[tiab] OR osteomyelitis[tiab] OR discitis[tiab])',
 'effect', None, None, 'benefit', None),
("C1168", "Prolonged-infusion meropenem cures Serratia marcescens meningitis",
 "A slow, prolonged drip of meropenem cures Serratia meningitis",
 ("prolonged-infusion meropenem", ['prolonged infusion of meropenem', 'prolonged infusion meropenem regimen',
                                   'meropenem administered as a prolonged (3 h) infusion', 'prolonged infused therapy',
                                   'prolonged infusion regimen']),
 ("Serratia marcescens meningitis", ['Serratia marcescens meningitis', 'S. marcescens meningitis',
                                     'S. marcescens meningitis associated with an epidural abscess']),
 'meningitis[tiab] AND (antibiotic*[tiab] OR infusion[tiab] OR meropenem[tiab] OR metronidazole[tiab] OR vancomycin[tiab] OR '
 'Serratia[tiab])',
 'effect', None, None, 'benefit', None),
]

write_claims(C)
