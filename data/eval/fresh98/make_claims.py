# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-05), before any project output or review for these claims existed: six claims drafted from
# the corpus's records (the articles table only) and the list of earlier claims, each a new exposure-outcome pair: on the
# storage of osteochondral allografts and the graft's chondrocytes, on BMP-7 and spinal disc degeneration in animals, on
# ERBB2 activation and resistance of cancer cells to cetuximab, on bony overgrowth in defects treated with microfracture,
# on bone marrow aspirate concentrate and bone healing, and one comparison (bone marrow concentrate injected into the
# subchondral bone versus into the joint for knee osteoarthritis).
# Synonyms name the claim's own exposure and condition, no wider.
# Checked before any output existed: C977 left out "allograft storage" and "graft storage time" (they leave out
# "osteochondral", a word of the name); C982's comparator left out "intra-articular injection of mesenchymal stem cells"
# (cultured cells, a wider thing than bone marrow concentrate). The developer then took out, before any output existed,
# C982's "subchondral cell therapy" and "subchondral stem cell therapy" and the comparator's "intra-articular cell
# therapy": cell therapy names cultured cells too.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

IDD = ("intervertebral disc degeneration", ['intervertebral disc degeneration', 'intervertebral disk degeneration', 'IDD',
                                            'degeneration of the intervertebral disc', 'degenerative disc disease',
                                            'lumbar intervertebral disc degeneration'])

C = [
("C977", "Storing osteochondral allografts before implantation kills the graft's cartilage cells",
 "Storing osteochondral allografts before implantation kills the graft's cartilage cells",
 ("storage of osteochondral allografts", ['storage of osteochondral allografts', 'osteochondral allograft storage',
                                          'prolonged storage of osteochondral allografts',
                                          'hypothermic storage of osteochondral allografts',
                                          'hypothermically stored osteochondral allografts',
                                          'fresh stored osteochondral allografts', 'cold storage of osteochondral allografts']),
 ("loss of chondrocyte viability", ['loss of chondrocyte viability', 'reduced chondrocyte viability', 'chondrocyte death',
                                    'chondrocyte apoptosis', 'decline in chondrocyte viability']),
 '"osteochondral allograft*"[tiab] AND (storage[tiab] OR stored[tiab] OR preserv*[tiab])', 'effect', None, None, 'harm', None),
("C978", "BMP-7 slows degeneration of the spinal discs",
 "BMP-7 slows degeneration of the spinal discs",
 ("BMP-7", ['BMP-7', 'BMP7', 'bone morphogenetic protein 7', 'bone morphogenetic protein-7', 'osteogenic protein-1', 'OP-1']),
 IDD,
 '(BMP7[tiab] OR "BMP-7"[tiab] OR "bone morphogenetic protein 7"[tiab] OR "bone morphogenetic protein-7"[tiab] OR '
 '"osteogenic protein-1"[tiab] OR "OP-1"[tiab])', 'effect', None, None, 'benefit', None),
("C979", "ERBB2 activation makes cancers resistant to cetuximab",
 "ERBB2 activation makes cancers resistant to cetuximab",
 ("ERBB2 activation", ['ERBB2 activation', 'activation of ERBB2 signaling', 'aberrant ERBB2 signaling', 'ERBB2 amplification',
                       'HER2 activation', 'HER2 amplification']),
 ("resistance to cetuximab", ['resistance to cetuximab', 'cetuximab resistance', 'acquired resistance to cetuximab',
                              'de novo resistance to cetuximab', 'cetuximab-resistant cancer']),
 'cetuximab[tiab] OR ((EGFR[tiab] OR ERBB2[tiab] OR HER2[tiab] OR HER-2[tiab]) AND resistan*[tiab])', 'effect', None, None,
 'harm', None),
("C980", "Microfracture leads to bony overgrowth in the treated cartilage defect",
 "Microfracture leads to bony overgrowth in the treated cartilage defect",
 ("microfracture", ['microfracture', 'microfractures', 'microfracture technique', 'microfracture surgery',
                    'previous microfracture']),
 ("intralesional osteophytes", ['intralesional osteophytes', 'intralesional osteophyte formation', 'subchondral bone overgrowth',
                                'bony overgrowth', 'osseous overgrowth', 'upward migration of the subchondral bone plate']),
 'microfractur*[tiab] AND (overgrowth[tiab] OR osteophyte*[tiab] OR "upward migration"[tiab])', 'effect', None, None, 'harm',
 None),
("C981", "Bone marrow aspirate concentrate speeds bone healing",
 "Bone marrow aspirate concentrate speeds bone healing",
 ("bone marrow aspirate concentrate", ['bone marrow aspirate concentrate', 'BMAC', 'bone marrow concentrate', 'BMC',
                                       'concentrated bone marrow aspirate']),
 ("bone healing", ['bone healing', 'long bone healing', 'fracture healing', 'healing of segmental bone defects',
                   'bone defect healing', 'nonunion healing']),
 '("bone marrow aspirate concentrate"[tiab] OR BMAC[tiab] OR "bone marrow concentrate"[tiab] OR '
 '"concentrated bone marrow aspirate"[tiab]) AND ("bone healing"[tiab] OR "fracture healing"[tiab] OR "long bone"[tiab] OR '
 '"bone defect*"[tiab] OR nonunion[tiab] OR non-union[tiab] OR "delayed union"[tiab])', 'effect', None, None, 'benefit', None),
("C982", "Bone marrow concentrate injected into the subchondral bone works better for knee osteoarthritis than injection into the joint",
 "Bone marrow concentrate injected into the subchondral bone works better for knee osteoarthritis than injection into the joint",
 ("subchondral injection of bone marrow concentrate", ['subchondral injection of bone marrow concentrate',
                                                       'subchondral bone marrow concentrate injection',
                                                       'subchondral injection of concentrated bone marrow',
                                                       'subchondral implantation of bone marrow concentrate mesenchymal stem cells']),
 ("knee osteoarthritis", ['knee osteoarthritis', 'osteoarthritis of the knee', 'knee OA', 'osteoarthritic knee']),
 'subchondral[tiab] AND (injection*[tiab] OR injected[tiab]) AND osteoarthritis[tiab] AND (marrow[tiab] OR '
 '"stem cell*"[tiab])', 'effect',
 ("intra-articular injection of bone marrow concentrate", ['intra-articular injection of bone marrow concentrate',
                                                           'intra-articular bone marrow concentrate injection',
                                                           'intra-articular injection of bone marrow concentrate mesenchymal stem cells']),
 None, 'benefit', None),
]

write_claims(C)
