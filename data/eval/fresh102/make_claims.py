# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 48 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing:
# cartilage made from mesenchymal stem cells and hypertrophy with endochondral ossification (laboratory and animal
# studies), graft delamination after autologous chondrocyte implantation (case series, registries, reviews), subchondroplasty
# for subchondral bone marrow lesions (a dog study and surgical reports), vertebral endplate injury and Modic changes (rat
# studies), loss of p53 function and resistance of cancer cells to chemotherapy (laboratory studies), and bone-borne
# compared with tooth-borne maxillary expanders for skeletal widening of the upper jaw (a trial in growing children).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1001", "Cartilage grown from mesenchymal stem cells turns hypertrophic and ossifies",
 "Cartilage grown from mesenchymal stem cells turns hypertrophic and ossifies",
 ("cartilage made from mesenchymal stem cells", ['cartilage made from mesenchymal stem cells',
                                                 'mesenchymal stem cell chondrogenesis', 'MSC chondrogenesis',
                                                 'chondrogenic differentiation of mesenchymal stem cells',
                                                 'BMSC-derived cartilage', 'MSC-derived chondrocytes']),
 ("hypertrophy and endochondral ossification", ['hypertrophy and endochondral ossification', 'chondrocyte hypertrophy',
                                                'hypertrophic differentiation', 'hypertrophic chondrocytes', 'MSC hypertrophy',
                                                'endochondral ossification', 'hypertrophic transition']),
 '(hypertroph*[tiab] OR "endochondral ossification"[tiab]) AND (mesenchymal[tiab] OR MSC*[tiab] OR BMSC*[tiab] OR '
 '"stem cell*"[tiab])', 'effect', None, None, 'harm', None),
("C1002", "Grafts from autologous chondrocyte implantation often delaminate",
 "Grafts from autologous chondrocyte implantation often delaminate",
 ("autologous chondrocyte implantation", ['autologous chondrocyte implantation', 'ACI', 'autologous chondrocyte transplantation',
                                          'autologous cultured chondrocytes', 'chondrocyte implantation']),
 ("graft delamination", ['graft delamination', 'delamination', 'transplant delamination', 'delamination of the graft',
                         'graft detachment']),
 'delaminat*[tiab] OR "graft detachment"[tiab]', 'effect', None, None, 'harm', None),
("C1003", "Subchondroplasty heals subchondral bone marrow lesions",
 "Subchondroplasty heals subchondral bone marrow lesions",
 ("subchondroplasty", ['subchondroplasty', 'SCP', 'enhanced subchondroplasty', 'acetabular subchondroplasty']),
 ("subchondral bone marrow lesions", ['subchondral bone marrow lesions', 'bone marrow lesions', 'bone marrow lesion', 'BMLs',
                                      'BML', 'subchondral BMLs']),
 'subchondroplasty[tiab] OR "bone marrow lesion*"[tiab] OR "bone marrow lesions"[tiab]', 'effect', None, None, 'benefit', None),
("C1004", "Injury to the vertebral endplate causes Modic changes",
 "Injury to the vertebral endplate causes Modic changes",
 ("vertebral endplate injury", ['vertebral endplate injury', 'endplate injury', 'endplate injuries', 'EP injury',
                                'endplate microfracture', 'endplate microfracture injury', 'lumbar endplate microfracture']),
 ("Modic changes", ['Modic changes', 'Modic-like changes', 'MCs', 'Modic type 1 changes', 'MC type 1-like changes']),
 'Modic[tiab] OR "bone marrow changes"[tiab] OR ((endplate*[tiab] OR "end plate"[tiab]) AND (injur*[tiab] OR '
 'microfractur*[tiab]))', 'effect', None, None, 'harm', None),
("C1005", "Loss of p53 function makes cancer cells resistant to chemotherapy",
 "Loss of p53 function makes cancer cells resistant to chemotherapy",
 ("loss of p53 function", ['loss of p53 function', 'p53 dysfunction', 'mutant p53', 'p53 mutations', 'p53 mutation',
                           'p53 mutants']),
 ("resistance to chemotherapy", ['resistance to chemotherapy', 'chemotherapy resistance', 'chemoresistance', 'drug resistance',
                                 'cisplatin resistance', 'resistance to cisplatin']),
 'p53[tiab] AND (cisplatin[tiab] OR platinum[tiab] OR chemoresist*[tiab] OR resist*[tiab] OR chemotherapy[tiab])',
 'effect', None, None, 'harm', None),
("C1006", "Bone-borne expanders widen the upper jaw bone more than tooth-borne expanders",
 "Bone-borne expanders widen the upper jaw bone more than tooth-borne expanders",
 ("bone-borne maxillary expander", ['bone-borne maxillary expander', 'bone-borne expander', 'BBME',
                                    'bone-borne maxillary hyrax expander', 'bone-borne rapid maxillary expander',
                                    '4-point bone-borne maxillary expander']),
 ("skeletal widening of the upper jaw", ['skeletal widening of the upper jaw', 'skeletal maxillary expansion',
                                         'basal bone expansion', 'skeletal expansion of the maxilla', 'maxillary width',
                                         'skeletal widths']),
 '"bone-borne"[tiab] OR "tooth-borne"[tiab] OR "maxillary expan*"[tiab] OR "palatal expan*"[tiab] OR expander*[tiab] OR '
 '"palatal anchorage"[tiab]', 'effect',
 ("tooth-borne maxillary expander", ['tooth-borne maxillary expander', 'tooth-borne expander', 'TBME',
                                     'tooth-borne maxillary hyrax expander', 'tooth-borne rapid maxillary expander']),
 None, 'benefit', None),
]

write_claims(C)
