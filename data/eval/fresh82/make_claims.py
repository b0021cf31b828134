# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 44 (2026-12-05), after fresh81's reading (LINKER_RELEASE 2026.12.95), before any project output or
# review for these claims existed, on workshop titles naming no therapy any earlier set claimed (TruFit plugs, PEEK cages,
# disc bioadhesives, toric intraocular lenses): a pair-level held-out set. Synonyms name the claim's own therapy and
# condition.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C890", "TruFit plugs repair osteochondral defects",
 "TruFit synthetic scaffold plugs repair osteochondral defects of the knee",
 ("TruFit plugs", ['TruFit plugs', 'TruFit plug', 'TruFit', 'TruFit CB', 'TruFit BGS', 'synthetic osteochondral plugs',
                   'bioabsorbable osteochondral plugs']),
 ("osteochondral defects of the knee", ['osteochondral defects', 'osteochondral defect', 'osteochondral lesions',
                                        'cartilage defects', 'chondral defects', 'osteochondral lesions of the knee']),
 'TruFit[tiab]', 'effect', None, None, 'benefit', None),
("C891", "PEEK cages fuse the cervical spine in spondylodiscitis",
 "PEEK cages fuse the cervical spine in spondylodiscitis",
 ("PEEK cages", ['PEEK cages', 'PEEK cage', 'polyetheretherketone cages', 'polyetheretherketone cage',
                 'polyether ether ketone cage', 'PEEK interbody cage']),
 ("cervical spondylodiscitis", ['spondylodiscitis', 'cervical spondylodiscitis', 'spondylodiskitis',
                                'pyogenic spondylodiscitis', 'vertebral osteomyelitis', 'discitis']),
 'PEEK[tiab]', 'effect', None, None, 'benefit', None),
("C892", "Bioadhesives repair intervertebral disc defects",
 "tissue-mimetic bioadhesives seal and repair defects of the intervertebral disc",
 ("disc bioadhesives", ['bioadhesive', 'bioadhesives', 'tissue adhesive', 'tissue adhesives', 'adhesive hydrogel',
                        'annulus fibrosus sealant']),
 ("intervertebral disc defects", ['annulus fibrosus defects', 'annulus fibrosus defect', 'annular defects',
                                  'intervertebral disc defects', 'disc herniation', 'intervertebral disc degeneration']),
 'bioadhesive*[tiab]', 'effect', None, None, 'benefit', None),
("C893", "Toric intraocular lenses correct astigmatism",
 "toric intraocular lenses correct astigmatism",
 ("toric intraocular lenses", ['toric intraocular lenses', 'toric intraocular lens', 'toric IOL', 'toric IOLs',
                               'toric lens implantation']),
 ("astigmatism", ['astigmatism', 'corneal astigmatism', 'residual astigmatism', 'regular astigmatism']),
 'toric[tiab]', 'effect', None, None, 'benefit', None),
]

write_claims(C)
