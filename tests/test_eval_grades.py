"""`evidence eval grades`: the project's grades against the blind reviewers' (data/eval/grade_reviews),
development and held-out claims apart, and the counted studies against their eligibility."""

import json

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading.eval_grades import DEFAULT_DATA, evaluate_grades, load_reviews
from pipeline.store import connect

runner = CliRunner()


def test_reviews_are_complete_and_split():
    reviews, split = load_reviews(DEFAULT_DATA)
    assert set(split["claims_with_hits"]) <= set(reviews)
    assert all(len(reviews[c]) == 2 for c in split["claims_with_hits"])  # two reviewers per claim
    assert set(split["held_out"]) < set(split["claims_with_hits"])


def test_scores_dev_and_held_out_apart_and_counts_overstatements(evidence_db, tmp_path):
    with connect(evidence_db) as con:
        rep = evaluate_grades(con)
        # make C11 overstated by three levels: the report must say so
        old = con.execute("SELECT grade FROM claim_grades WHERE claim_id = 'C11'").fetchone()[0]
        con.execute("UPDATE claim_grades SET grade = 'High' WHERE claim_id = 'C11'")
        try:
            worse = evaluate_grades(con)
        finally:
            con.execute("UPDATE claim_grades SET grade = ? WHERE claim_id = 'C11'", [old])
    s = rep.summary
    assert s["dev: claims"] == 12 and s["held-out: claims"] == 8
    assert 0 <= s["dev: exact agreement"] <= s["dev: within one level"] <= 1
    assert "| C11 | Very low | Very low |" in rep.extra_markdown
    assert 0 < s["dev: eligibility precision (counted)"] <= 1 and s["dev: records (reviewers agree)"] > 300
    assert worse.summary["dev: rated higher"] == s["dev: rated higher"] + 1
    assert worse.summary["dev: max levels higher"] == 3 and "C11 +3" in worse.extra_markdown
    assert worse.summary["dev: exact"] == s["dev: exact"] - 1


def test_cli_writes_the_report(evidence_db, tmp_path, monkeypatch):
    import pipeline.eval_report as er

    monkeypatch.setattr(er, "EVAL_DIR", tmp_path)
    res = runner.invoke(app, ["eval", "grades", "--db", str(evidence_db)])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "grades.json").read_text())
    assert "held-out: exact agreement" in data["summary"] and "dev: rated higher" in data["summary"]


def test_cli_out_writes_elsewhere_and_leaves_the_committed_reports(evidence_db, tmp_path, monkeypatch):
    """`--out`: a run on a branch's build or a held-out set writes where it is told, not over reports/eval/."""
    import pipeline.eval_report as er

    default = tmp_path / "default"
    monkeypatch.setattr(er, "EVAL_DIR", default)
    res = runner.invoke(app, ["eval", "grades", "--db", str(evidence_db), "--out", str(tmp_path / "mine")])
    assert res.exit_code == 0, res.output
    assert json.loads((tmp_path / "mine" / "grades.json").read_text())["name"] == "grades"
    assert not default.exists()
