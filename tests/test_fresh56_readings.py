"""Readings from fresh56's errors (session 35), on the records' own text (workshop corpus, as PubMed has them).

fresh56 was scored once (code of 83d86fe, the session's rules after fresh55's reading) before it was opened; each
expectation is both blind reviewers' label (DA2, DB2: eligible).

* 10210345 (C642, "FDG PET detects liver metastases from pancreatic cancer"): a study of the test's diagnostic accuracy
  was excluded as "a study of how well a test reads, not of what the therapy did" - which is what a claim about what a
  test detects asks.
* 10049697 (C649, "Smad6 blunts the growth inhibition that TGF-beta exerts on pancreatic cancer cells"): "stable
  transfection of a full-length Smad6 construct" and "is overexpressed" in the title were read as a modification of the
  therapy (as "MSCs overexpressing TGF-beta3" is). A gene or protein named by its symbol is tested by overexpressing
  or silencing it.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH56 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh56" / "claims.yaml")}
BUNDLED = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "claims.yaml")}

PET_LIVER = Article(
    pmid=10210345,
    title='Contribution of PET in the detection of liver metastases from pancreatic tumours.',
    abstract='AIM: Although uptake of 2-deoxy-2-[fluorine-18]fluoro-D-glucose (FDG) in the liver is basically high, metastatic liver tumours are known to be positive on positron emission tomography (PET). The purpose of this study is to evaluate the diagnostic accuracy of FDG-PET in detecting hepatic metastases from pancreatic cancer.\n\nMETHODS: Thirty-four patients with histologically proven malignant tumours of the pancreas underwent FDG-PET, computed tomography (CT) and transabdominal ultrasound (US). The findings of PET, CT and US were compared with the histopathologic findings at surgery or with clinical follow-up and the diagnostic accuracy of PET was evaluated.\n\nRESULTS: PET showed 28 regions of high FDG uptake (SUV = 3.3-9.1) in 13 patients. Twenty-six foci were metastatic lesions confirmed by surgery (n = 11), clinical follow-up (n = 10) or autopsy (n = 5). FDG-PET accurately differentiated seven metastatic lesions from cysts when the diagnosis by US or CT was unreliable because of the small size of the lesion. In two patients who had areas of high uptake in the liver, no metastases were detected by surgery. FDG-PET showed no areas of increased uptake in 21 patients. Surgery revealed no metastatic lesions in the liver in 20 of 21 patients, but a liver metastasis was found at surgery in one patient. The diagnostic accuracy of FDG-PET was 90%, which was comparable with that of US or CT.\n\nCONCLUSION: Our data suggest that PET is reliable in detecting liver, metastases from pancreatic cancer.',
    publication_types=['Comparative Study', 'Journal Article'])

SMAD6 = Article(
    pmid=10049697,
    title='Smad6 suppresses TGF-beta-induced growth inhibition in COLO-357 pancreatic cancer cells and is overexpressed in pancreatic cancer.',
    abstract='Transforming growth factor (TGF)-beta signaling is initiated by heterodimerization of TGF-beta receptor type I (TbetaRI) and type II (TbetaRII). Subsequently, the signal is transduced via Smad proteins, which upon phosphorylation and heterodimerization translocate to the nucleus and regulate gene transcription. Smad6 functions as an intracellular antagonist of TGF-beta signaling. In the present study we demonstrate that Smad6 is overexpressed in vivo in human pancreatic cancer cells. We also show that stable transfection of a full-length Smad6 construct into COLO-357 pancreatic cancer cells abrogates TGF-beta1 induced growth inhibition, and leads to enhanced anchorage-independent growth. Thus, enhanced expression of the TGF-beta signaling inhibitor Smad6 in pancreatic cancer may present a novel mechanism of TGF-beta resistance, which might have the potential to enhance the transformed phenotype of human cancer cells.',
    publication_types=['Journal Article', "Research Support, Non-U.S. Gov't", "Research Support, U.S. Gov't, P.H.S."])


def test_a_study_of_how_well_a_test_reads_tests_a_claim_about_what_it_detects():
    e, _ = assess_as_linked(FRESH56["C642"], PET_LIVER, "other", is_human=True)
    assert e.eligible, e


def test_a_gene_named_by_its_symbol_is_tested_by_overexpressing_it():
    e, _ = assess_as_linked(FRESH56["C649"], SMAD6, "other", is_human=True, is_in_vitro=True)
    assert e.eligible, e


def test_cells_overexpressing_a_gene_are_still_a_modification_of_the_cells():
    # the bundled MSC claim: a title whose cells carry another gene tests the gene, not the cells
    title = "Mesenchymal stem cells overexpressing TGF-beta3 repair cartilage defects in rabbits"
    msc = Article(pmid=1, title=title, abstract="We implanted mesenchymal stem cells overexpressing TGF-beta3 into "
                  "osteochondral defects of 24 rabbits. Repair scores were significantly better at 12 weeks (p < 0.05).",
                  publication_types=["Journal Article"])
    e, _ = assess_as_linked(BUNDLED["C11"], msc, "animal_study", is_animal=True, species=["rabbit"])
    assert not e.eligible and e.reason == "therapy_not_tested", e
