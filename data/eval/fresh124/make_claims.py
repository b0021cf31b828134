# How claims.yaml was written (run in this folder): the claims, their synonyms and queries, and the quote offsets in seed.txt.
# Written in session 51 (2026-12-06), before any project output or review for these claims existed: six claims drafted
# from the corpus's records (articles table only) and the list of earlier claims, each a new exposure-outcome pairing, on
# pancreatic cancer: oral 9-nitrocamptothecin for advanced pancreatic cancer (a 107-patient series, among other phase II
# chemotherapy, lanreotide and cell-line records), paclitaxel with concurrent radiotherapy for locally advanced pancreatic
# cancer (a phase I/II series, among preoperative chemoradiation, extended resection and octreotide records),
# N-nitrosobis(2-oxopropyl)amine and adenocarcinoma from hamster pancreatic islet cells (a hamster islet culture and
# transplantation study, among K-ras, xenograft and gastrin records), portal catheterization with fluorouracil versus
# surgery without it for liver metastasis after pancreatoduodenectomy (a historical comparison of four approaches, among
# FDG PET, staging laparoscopy and extended resection records), intraoperative radiotherapy added to resection versus
# resection alone for local recurrence (the same comparison, among chemoradiation and paclitaxel radiotherapy records)
# and heparin added to mitomycin C-based chemotherapy for advanced pancreatic cancer (a case report of complete
# remission, among coagulation, phase II chemotherapy and heparin hydrogel records).
# Synonyms name the claim's own exposure and condition, no wider.
import sys
sys.path.insert(0, '../fresh')
from claims_writer import write_claims

C = [
("C1133", "Oral 9-nitrocamptothecin controls advanced pancreatic cancer",
 "A chemotherapy tablet called 9-nitrocamptothecin can hold back advanced pancreatic cancer",
 ("9-nitrocamptothecin", ['9-nitrocamptothecin', '9NC', 'RFS-2000', 'oral 9-nitrocamptothecin', 'oral 9NC']),
 ("advanced pancreatic cancer", ['advanced pancreatic cancer', 'advanced adenocarcinoma of the pancreas',
                                 'advanced pancreatic carcinoma', 'advanced pancreatic adenocarcinoma']),
 'camptothecin*[tiab] OR (pancrea*[tiab] AND ("phase II"[tiab] OR "median survival"[tiab] OR "second-line"[tiab]))',
 'effect', None, None, 'benefit', None),
("C1134", "Paclitaxel with concurrent radiotherapy shrinks locally advanced pancreatic cancer",
 "Paclitaxel given alongside radiotherapy shrinks pancreatic cancer that has grown into nearby tissue",
 ("paclitaxel with concurrent radiotherapy", ['paclitaxel and concurrent radiation therapy', 'paclitaxel/RT',
                                             'paclitaxel with concurrent RT', 'Taxol with concurrent radiation therapy',
                                             'paclitaxel 50 mg/m2/wk with concurrent RT']),
 ("locally advanced pancreatic cancer", ['locally advanced pancreatic cancer', 'locally advanced adenocarcinomas of the pancreas',
                                        'locally advanced adenocarcinoma of the pancreas', 'locally advanced pancreatic adenocarcinoma']),
 '(paclitaxel[tiab] OR taxol[tiab] OR radiotherapy[tiab] OR radiation[tiab] OR chemoradi*[tiab]) AND pancrea*[tiab]',
 'effect', None, None, 'benefit', None),
("C1135", "N-nitrosobis(2-oxopropyl)amine turns hamster pancreatic islet cells into adenocarcinoma",
 "A nitrosamine chemical can turn the pancreas's islet cells into pancreatic cancer",
 ("N-nitrosobis(2-oxopropyl)amine", ['N-nitrosobis(2-oxopropyl)amine', 'BOP', 'the pancreatic carcinogen BOP',
                                     'BOP treatment', 'treated in vitro with BOP']),
 ("adenocarcinoma arising from pancreatic islet cells", ['adenocarcinoma from hamster pancreatic islet cells',
                                                        'pancreatic ductal adenocarcinomas derived from islets',
                                                        'malignant transformation of islet cells',
                                                        'anaplastic invasive cancer', 'pancreatic cancer']),
 '(pancrea*[tiab]) AND (carcinogen*[tiab] OR hamster*[tiab] OR islet*[tiab] OR "K-ras"[tiab] OR xenograft*[tiab])',
 'effect', None, None, 'harm', None),
("C1136", "Portal catheterization chemotherapy after pancreatoduodenectomy lowers liver metastasis compared with surgery without it",
 "After surgery for pancreatic cancer, chemotherapy dripped into the liver's portal vein cuts the chance of the cancer spreading to the liver",
 ("portal catheterization with fluorouracil", ['portal catheterization', 'PC', 'portal catheterization with fluorouracil',
                                              'surgery + PC', 'surgery + IORT + PC']),
 ("liver metastasis after resection of pancreatic head cancer", ['liver metastasis', 'rate of liver metastasis',
                                                                 'hepatic metastasis', 'liver metastasis of pancreatic head cancer']),
 '(portal[tiab] OR "liver metastas*"[tiab] OR "hepatic metastas*"[tiab]) AND pancrea*[tiab]', 'effect',
 ("surgery without portal catheterization", ['surgery alone', 'surgery + IORT', 'surgery without PC']),
 None, 'benefit', None),
("C1137", "Adding intraoperative radiotherapy to resection of pancreatic head cancer works no better against local recurrence than resection alone",
 "Adding radiotherapy during the operation for pancreatic cancer does no better at stopping the cancer coming back locally than the operation alone",
 ("intraoperative radiotherapy", ['intraoperative radiotherapy', 'IORT', 'surgery + IORT', 'intraoperative radiation therapy']),
 ("local recurrence of pancreatic head cancer", ['local recurrence', 'suppression of local recurrence',
                                                'local recurrence of pancreatic head cancer', 'locoregional recurrence']),
 '"intraoperative radiotherapy"[tiab] OR "intraoperative radiation therapy"[tiab] OR IORT[tiab] OR (pancrea*[tiab] AND '
 '(surgery[tiab] OR surgical[tiab] OR resection[tiab] OR pancreatoduodenectomy[tiab]) AND (radiotherapy[tiab] OR '
 '"radiation therapy"[tiab] OR "local recurrence"[tiab]))', 'equivalence',
 ("surgery alone", ['surgery alone', 'surgery + PC', 'resection alone']),
 None, 'benefit', None),
("C1138", "Adding heparin to mitomycin C-based chemotherapy improves the response of advanced pancreatic cancer",
 "Adding the blood thinner heparin to chemotherapy helps advanced pancreatic cancer respond",
 ("heparin", ['heparin', 'adjunctive heparin', 'addition of heparin', 'heparin along with chemotherapy',
              'low-molecular-weight heparins']),
 ("advanced pancreatic cancer", ['advanced pancreatic cancer', 'advanced pancreatic cancer with a hypercoagulable state',
                                 'pancreatic cancer']),
 'heparin[tiab] OR mitomycin[tiab] OR (pancrea*[tiab] AND (coagulation[tiab] OR "complete response"[tiab] OR remission[tiab]))',
 'effect', None,
 ("mitomycin C-based chemotherapy", ['mitomycin C-based chemotherapy', 'mitomycin-based regimen', 'cytotoxic cancer drugs',
                                    'chemotherapy']),
 'benefit', None),
]

write_claims(C)
