"""Add-on claims (session 19, from fresh11's errors): a claim of a therapy added to another treatment ("adding bone
marrow aspirate concentrate to an osteochondral allograft improves how the graft integrates with the host bone",
fresh11 C142) names that treatment in the catalog (`added_to`, schemas/claims.schema.json); a study that never gives
it tests the therapy on something else. Records are the workshop corpus's, as PubMed has them: 32329022, marrow
aspirate with a collagen-hydroxyapatite scaffold (both blind reviewers: therapy_not_tested), and 31395183, allografts
with and without marrow aspirate (both: the comparison isolates the aspirate)."""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from pipeline.claims.catalog import PROJECT_ROOT, claim_hash, load_catalog, store_claims
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH11 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh11" / "claims.yaml")}

SCAFFOLD_TITLE = ("Combination of Filtered Bone Marrow Aspirate and Biomimetic Scaffold for the Treatment of Knee Osteochondral "
                  "Lesions: Cellular and Early Clinical Results of a Single Centre Case Series")
SCAFFOLD = ("BACKGROUND: Osteochondral injury is a very common orthopaedic pathology, mainly affecting young, active population, "
            "with limited current treatment options. METHODS: Fifteen patients with chronic knee osteochondral lesions (60% "
            "females, 19-59 years) were included in this prospective case series. Filtered BMA (f-BMA), containing "
            "mesenchymal stem/stromal cells (MSCs), was combined with a biomimetic collagen-hydroxyapatite scaffold (CHAS) and "
            "implanted into the site of the lesion. RESULTS: After an average follow-up of 20 months (14-25) all KOOS "
            "subscales increased significantly from pre-operative to post-operative values. CONCLUSION: The clinical "
            "evaluation revealed high safety profile of the treatment and resulted in improved clinical status of the patients.")
OCA_TITLE = ("Effect of Autogenous Bone Marrow Aspirate Treatment on Magnetic Resonance Imaging Integration of Osteochondral "
             "Allografts in the Knee: A Matched Comparative Imaging Analysis")
OCA = ("This imaging study compared patients who underwent OCA transplantation with and without BMA augmentation for the "
       "treatment of focal osteochondral defects in the knee performed by a single surgeon between July 2013 and July 2017. "
       "A total of 58 patients (29 per group) were included in this study. No difference in any OCAMRISS subscale was seen "
       "comparing OCAs with and without BMA augmentation (P > .05). Specifically, osseous integration and subchondral cyst "
       "formation were comparable between groups (P = .128 and P = .539, respectively). The treatment of OCAs with "
       "autogenous BMA did not result in superior imaging outcomes when analyzed using the OCAMRISS.")


def _assess(claim, pmid: int, title: str, abstract: str, design: str):
    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract))
    return assess_eligibility(claim, reading, read_arms(reading), design, title=title, is_human=True)


def test_a_study_that_never_gives_what_the_therapy_is_added_to_does_not_test_the_add_on():
    claim = FRESH11["C142"]
    assert claim.added_to is not None and claim.added_to.name == "osteochondral allograft"
    e = _assess(claim, 32329022, SCAFFOLD_TITLE, SCAFFOLD, "case_series")
    assert e.reason == "therapy_not_tested" and "osteochondral allograft" in e.why, e
    # the same study for the same therapy stated on its own is not excluded by that rule
    alone = _assess(replace(claim, added_to=None), 32329022, SCAFFOLD_TITLE, SCAFFOLD, "case_series")
    assert "never gives" not in (alone.why or ""), alone
    # a study giving the allograft to both arms, with and without the aspirate, is what the add-on claim asks for
    e = _assess(claim, 31395183, OCA_TITLE, OCA, "observational")
    assert "never gives" not in (e.why or ""), e


def test_the_catalog_states_and_stores_what_a_therapy_is_added_to():
    """The field is optional: a claim without it keeps its fingerprint (so its links are not redone), one with it
    is stored in claims.added_to (migration 023) for reviewers' SQL."""
    from pipeline.store import connect

    claim = FRESH11["C142"]
    assert claim_hash(claim) != claim_hash(replace(claim, added_to=None))
    plain = FRESH11["C135"]
    assert plain.added_to is None
    with connect(":memory:") as con:
        store_claims(con, [claim, plain])
        rows = dict(con.execute("SELECT claim_id, added_to FROM claims").fetchall())
    assert rows == {"C142": "osteochondral allograft", "C135": None}


def test_the_therapy_given_with_and_without_another_treatment_is_every_arms():
    """31395183 for C136 (fresh osteochondral allografts restore knee defects): "compared patients who underwent OCA
    transplantation with and without BMA augmentation" - every patient got the allograft; the comparison tests the
    aspirate (both reviewers: cointervention_only). The same words for the aspirate's claim are its comparison."""
    e = _assess(FRESH11["C136"], 31395183, OCA_TITLE, OCA, "observational")
    assert e.reason == "cointervention_only" and "with and without" in e.evidence, e
    assert "every arm" not in (_assess(FRESH11["C142"], 31395183, OCA_TITLE, OCA, "observational").why or "")


RETURN_TITLE = ("Return to Play Among Elite Basketball Players After Osteochondral Allograft Transplantation of Full-Thickness "
                "Cartilage Lesions")
RETURN = ("To define return-to-play rates in a cohort of elite collegiate and professional basketball players following "
          "osteochondral allograft of the knee.Case series; Level of evidence, 4.Prospectively collected data from an "
          "institutional cartilage repair registry were retrospectively reviewed. Time to return to play and pre- versus "
          "postoperative player performance were determined with publicly available internet resources.Eleven athletes (4 "
          "professional, 7 collegiate) with a total of 14 treated lesions were eligible for study inclusion. All patients "
          "underwent OCA through an arthrotomy, with fresh grafts. The overall rate of return to play at the same level of "
          "competition was 80%. Among players with available statistics, there was no significant reduction in any "
          "performance category.OCA in elite basketball players results in an 80% return to previous level of competition.")


def test_pre_versus_postoperative_is_a_before_after_comparison_of_a_single_arm_series():
    """30109237 for C136: "pre- versus postoperative player performance" compares the series with itself, so "All
    patients underwent OCA" is the series' exposure, not a treatment every arm of a comparison got (both reviewers:
    an eligible case series; the project had excluded it as cointervention_only)."""
    reading = read_article(Article(pmid=30109237, title=RETURN_TITLE, abstract=RETURN))
    arms = read_arms(reading)
    assert arms.single_arm and not arms.cointervention_sentences, arms
    assert _assess(FRESH11["C136"], 30109237, RETURN_TITLE, RETURN, "case_series").eligible
    # two treatments compared are still two arms
    two = read_arms(read_article(Article(pmid=1, title="t", abstract="Knees treated with PRP versus hyaluronic acid were compared.")))
    assert not two.single_arm


SANDWICH_TITLE = "Osteochondral lesion depth on MRI can help predict the need for a sandwich procedure"
SANDWICH = ("Autologous subchondral bone grafting in combination with autologous chondrocyte implantation (ACI) (sandwich "
            "procedure) is a well-accepted procedure for the treatment of osteochondral lesions of the knee. This study "
            "evaluates whether the MRI made as part of the standard preoperative cartilage patient work up has the diagnostic "
            "accuracy to predict the need for a sandwich procedure.Retrospectively, 185 preoperative MRI scans (PD and T2 "
            "sequences) of patients planned for ACI were included. The AUCs for lamina (0.74-0.80) and bone defect (0.73-0.79) "
            "were fair and inter-observer Kappas ranged from 0.49 to 0.76, indicating a moderate-good inter-observer agreement "
            "and moderate prediction of the need for a sandwich procedure.")
SDOCA_TITLE = "High Failure Rate of a Decellularized Osteochondral Allograft for the Treatment of Cartilage Lesions"
SDOCA = ("PURPOSE: To evaluate functional outcomes and graft survivorship among patients treated with the SDOCA implant for "
         "knee cartilage injuries. METHODS: Patients were evaluated pre- and postoperatively using the Knee injury and "
         "Osteoarthritis Outcome Score (KOOS). RESULTS: There were 32 patients with a mean age (±SD) of 35.1 ± 10.6 years. "
         "Twenty-three (72%) knees had previous surgery. CONCLUSION: The failure rate of the decellularized osteochondral "
         "allograft was high.")


def test_a_study_of_how_well_a_test_reads_reports_nothing_the_therapy_did():
    """28583641 (C137): a diagnostic-accuracy study of MRI before a sandwich procedure (both reviewers: no_findings).
    Its aim sentence weighs "the diagnostic accuracy" of the scan; a title saying reliability does the same."""
    e = _assess(FRESH11["C137"], 28583641, SANDWICH_TITLE, SANDWICH, "cohort")
    assert e.reason == "no_findings" and "diagnostic accuracy" in e.why, e
    # the words in a background sentence, not the study's aim, decide nothing
    background = SANDWICH.replace("This study evaluates whether the MRI made as part of the standard preoperative "
                                  "cartilage patient work up has", "MRI is said to have")
    assert "diagnostic accuracy" not in (_assess(FRESH11["C137"], 28583641, SANDWICH_TITLE, background, "cohort").why or "")


def test_a_decellularized_allograft_is_a_modification_of_a_fresh_one():
    """27179056 (C136, fresh osteochondral allografts): a sterilised, decellularised allograft plug (both reviewers:
    therapy_not_tested, another product than the fresh tissue the claim names)."""
    e = _assess(FRESH11["C136"], 27179056, SDOCA_TITLE, SDOCA, "case_series")
    assert e.reason == "therapy_not_tested" and "Decellularized" in e.why, e


def test_with_and_without_beside_another_treatment_is_a_comparison_with_it():
    """29323942 (fresh3 C70, microfracture for talar lesions; both reviewers eligible): "Comparison of Juvenile Allogenous
    Articular Cartilage and Bone Marrow Aspirate Concentrate Versus Microfracture With and Without Bone Marrow Aspirate
    Concentrate" sets microfracture against the juvenile cartilage graft; the "with and without" says only that some of
    its patients also had the concentrate."""
    from pipeline.claims.catalog import load_catalog

    claim = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml")}["C70"]
    title = ("Comparison of Juvenile Allogenous Articular Cartilage and Bone Marrow Aspirate Concentrate Versus Microfracture "
             "With and Without Bone Marrow Aspirate Concentrate in Arthroscopic Treatment of Talar Osteochondral Lesions")
    abstract = ("BACKGROUND: The purpose of this study was to compare the functional and radiographic outcomes of patients who "
                "received juvenile allogenic chondrocyte implantation with autologous bone marrow aspirate (JACI-BMAC) for "
                "treatment of talar osteochondral lesions with those of patients who underwent microfracture (MF). METHODS: A "
                "total of 30 patients who underwent MF and 20 who received DeNovo NT for JACI-BMAC treatment between 2006 and "
                "2014 were included. Additionally, 17 MF patients received supplemental BMAC treatment. RESULTS: There were no "
                "significant differences in patient reported outcomes between groups.")
    e = _assess(claim, 29323942, title, abstract, "cohort")
    assert "add-on" not in (e.why or ""), e


def test_a_word_of_processing_says_what_the_cells_grew_on_when_it_is_not_before_the_therapy():
    """27671122 (bundled C11, MSCs for knee cartilage; both reviewers eligible): "Devitalisation of human cartilage by
    high hydrostatic pressure treatment: Subsequent cultivation of chondrocytes and mesenchymal stem cells on the
    devitalised tissue" - the devitalised tissue is the substrate, not a processed form of the cells. And 23370989
    (C11, eligible): "hMSCs with or without differentiation" compares two forms of the cells, with untreated and
    cell-free defects beside them: no add-on to the cells."""
    from pipeline.claims.catalog import DEFAULT_CATALOG
    from pipeline.claims.eligibility import _preparation_of_therapy, _processed_form

    c11 = {c.id: c for c in load_catalog(DEFAULT_CATALOG)}["C11"]
    title = ("Devitalisation of human cartilage by high hydrostatic pressure treatment: Subsequent cultivation of "
             "chondrocytes and mesenchymal stem cells on the devitalised tissue")
    assert _processed_form(c11, title, {}) is None
    assert _processed_form(FRESH11["C136"], SDOCA_TITLE, {}) == "Decellularized"
    assert _preparation_of_therapy("differentiation for the regeneration of osteochondral defects")
    assert not _preparation_of_therapy("BMA augmentation for the treatment of focal osteochondral defects")
