"""The grading rubric: levels, each step, retractions, and determinism on a real database."""

import json

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading.rubric import Study, grade_claim, seed_vs_evidence, study_level
from pipeline.store import connect

runner = CliRunner()


def S(pmid, design, n=50, direction="supports", human=True, animal=False, vitro=False, retracted=False,
      condition_direct=True):
    return Study(pmid, design, human, animal, vitro, n, direction, retracted, condition_direct=condition_direct)


def test_levels_follow_cebm_order():
    assert study_level(S(1, "meta_analysis")).level == 1
    assert study_level(S(2, "rct")).level == 2
    assert study_level(S(3, "cohort")).tier == "observational"
    assert study_level(S(4, "case_report")).level == 4
    assert study_level(S(5, "animal_study", human=False, animal=True)).tier == "indirect"
    assert study_level(S(6, "rct", retracted=True)).included is False
    assert study_level(S(7, "protocol")).included is False
    notice = Study(8, "other", True, False, False, None, "unclear", False, is_notice=True)
    assert study_level(notice).included is False and "notice" in study_level(notice).exclusion_reason


def test_a_correction_notice_is_not_evidence(evidence_db):
    """Real BioCurator record 36821781, "Correction to: Cartilage endplate stem cells …" (Published
    Erratum, no abstract), a query hit of the exosome claim C17: recognised as a notice, so it could
    never count as evidence. (It is no longer linked at all: C17's condition excludes the spine's
    "cartilage endplate".)"""
    with connect(evidence_db) as con:
        from pipeline.grading import _studies

        relevance = con.execute("SELECT relevance FROM claim_articles WHERE claim_id = 'C17' AND pmid = 36821781").fetchone()
        assert relevance == (0.0,)
        studies = {s.pmid: s for s in _studies(con, "C17", 0.0)}  # every query hit, linked or not
        assert studies[36821781].is_notice
        assert not any(s.is_notice for p, s in studies.items() if p != 36821781)
    assert "notice" in study_level(studies[36821781]).exclusion_reason


def test_several_concordant_large_rcts_grade_high():
    g = grade_claim([S(i, "rct", n=120) for i in range(1, 5)])
    assert g.grade == "High" and g.counts["n_human_rct"] == 4


def test_single_small_rct_is_downgraded_twice_with_reasons():
    g = grade_claim([S(10, "rct", n=30)])
    assert g.grade == "Low"
    steps = {s.step: s for s in g.steps}
    assert steps["imprecision"].effect == -1 and steps["imprecision"].pmids == [10]
    assert steps["single study"].effect == -1
    assert "N not stated" not in steps["imprecision"].text


def test_imprecision_says_when_the_abstracts_state_no_sample_size():
    g = grade_claim([S(11, "meta_analysis", n=None)])
    step = next(s for s in g.steps if s.step == "imprecision")
    assert step.text.startswith("total participants in the best studies 0 (N not stated in 1 of 1) < ")


def test_inconsistent_and_unsupportive_findings():
    mixed = grade_claim([S(1, "rct", 200, "supports"), S(2, "rct", 200, "no_effect"), S(3, "rct", 200, "supports"),
                         S(4, "rct", 200, "no_effect")])
    assert any(s.step == "inconsistency" for s in mixed.steps) and mixed.grade == "Moderate"
    null = grade_claim([S(1, "rct", 200, "no_effect"), S(2, "rct", 300, "no_effect")])
    assert null.grade == "Low" and any(s.step == "not supported" for s in null.steps)


def test_a_review_of_a_broader_field_is_indirect():
    """Best evidence that names the claim's condition only in its abstract (not title or MeSH) is
    about a broader field: down one step, with the reason."""
    broad = grade_claim([S(1, "systematic_review", n=500, condition_direct=False)])
    direct = grade_claim([S(1, "systematic_review", n=500)])
    assert direct.grade == "High" and broad.grade == "Moderate"
    step = next(s for s in broad.steps if s.step == "indirectness")
    assert step.effect == -1 and step.pmids == [1] and "broader scope" in step.text
    # one direct study among the best is enough
    assert grade_claim([S(1, "rct", 200, condition_direct=False), S(2, "rct", 200)]).grade == "High"


def test_indirect_only_and_nothing():
    g = grade_claim([S(1, "animal_study", human=False, animal=True), S(2, "in_vitro", human=False, vitro=True)])
    assert g.grade == "Very low" and g.counts["n_animal"] == 1 and g.counts["n_in_vitro"] == 1
    assert grade_claim([]).grade == "No evidence"
    assert grade_claim([S(1, "rct", retracted=True)]).grade == "No evidence"


def test_seed_vs_evidence():
    assert seed_vs_evidence("asserted", "Low") == "overstated"
    assert seed_vs_evidence("asserted", "High") == "consistent"
    assert seed_vs_evidence("hedged", "High") == "understated"
    # nothing found in a live PubMed search is a verdict; nothing in the local files is not
    assert seed_vs_evidence("asserted", "No evidence", searched_pubmed=True) == "overstated"
    assert seed_vs_evidence("asserted", "No evidence", searched_pubmed=False) == "untested"
    assert seed_vs_evidence("asserted", "Very low", searched_pubmed=False) == "overstated"


def test_real_database_grades_and_is_deterministic(evidence_db):
    with connect(evidence_db) as con:
        c11 = con.execute("SELECT grade, n_human_rct, rationale FROM claim_grades WHERE claim_id = 'C11'").fetchone()
        # linked from local files only: claims without evidence are untested, not overstated
        assert con.execute("SELECT count(*) FROM claim_grades WHERE grade = 'No evidence' "
                           "AND seed_vs_evidence <> 'untested'").fetchone()[0] == 0
        assert c11[0] in ("High", "Moderate") and c11[1] >= 10
        steps = json.loads(c11[2])
        start = next(s for s in steps if s["step"] == "start")
        assert start["pmids"] and steps[-1]["step"] == "final"
        bpc = con.execute("SELECT grade FROM claim_summary WHERE claim_id = 'C20'").fetchone()[0]
        assert bpc == "No evidence"
        before = con.execute("SELECT * FROM claim_grades ORDER BY claim_id").fetchall()
    assert runner.invoke(app, ["grade", "--db", str(evidence_db)]).exit_code == 0
    with connect(evidence_db) as con:
        assert con.execute("SELECT * FROM claim_grades ORDER BY claim_id").fetchall() == before
