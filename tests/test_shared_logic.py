"""Logic that was written twice and now stands in one place (issue 16, `duplicates` over pipeline/):
the "not about" reason table, per-label scoring of the evaluations, a model's manifest path."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims.not_about import PHRASE_KINDS, NotAboutKind, exclusion_reason
from pipeline.eval_report import label_scores
from pipeline.grading.rubric import not_about_reason
from pipeline.model_files import manifest_beside


def test_the_grader_reads_not_about_phrases_with_eligibilitys_table():
    # the grader's copy lacked these two rows: "no finding stated" read as therapy_not_tested
    assert not_about_reason("no finding stated") == "no_findings"
    assert not_about_reason("the finding compares fewer than 2 of the groups") == "therapy_not_tested"
    assert not_about_reason("the evidence is judged too weak to say") is None
    for phrase, kind in PHRASE_KINDS:
        want = exclusion_reason(kind) if kind is not NotAboutKind.TOO_WEAK else None
        assert not_about_reason(f"the finding {phrase} MSCs") == want


def test_label_scores_count_each_label_against_the_rest():
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "a"]
    a, b, c = label_scores(gold, pred, ("a", "b", "c"))
    assert (a.tp, a.fp, a.fn, a.support) == (1, 1, 1, 2) and a.f1 == 0.5
    assert (b.precision, b.recall) == (0.5, 1.0)
    assert (c.f1, c.support) == (0.0, 1)


def test_a_manifest_stands_beside_its_model():
    assert manifest_beside(Path("data/models/direction_clf.npz")) == Path("data/models/direction_clf.manifest.json")


def test_latest_articles_keeps_the_version_the_store_keeps(tmp_path):
    """One reading of "which record of a PMID counts" for the search command, the fake E-utilities
    server and the claim-direction evaluation (each had its own loop)."""
    from pipeline.parsing import latest_articles

    (tmp_path / "a.tsv").write_text("pmid\ttitle\tabstract\n1\tOld\tx\n2\tOther\ty\n", encoding="utf-8")
    # MEDLINE outranks a table as a source of the same record
    (tmp_path / "b.medline").write_text("PMID- 1\nTI  - New\nAB  - z\n\n", encoding="utf-8")
    got = latest_articles([tmp_path])
    assert sorted(got) == [1, 2] and got[1].title == "New"
    assert sorted(latest_articles([tmp_path], {2})) == [2]
