"""Reviewers' decisions (issue 19, item 1): `evidence review set|list|withdraw` on a database built
from the bundled corpus, and grading that honours the decisions in force over the machine's reading.

C04 (PRP for knee cartilage) starts High on one human RCT, PMID 23412171, which gives PRP on top
of microfracture; C11 (MSCs for knee cartilage) starts High on eleven human RCTs. A reviewer who
excludes those trials moves the starting level on the next `evidence grade`, without extraction.
"""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_INVALID
from pipeline.store import connect

runner = CliRunner()
C04_RCT = 23412171


@pytest.fixture
def db(evidence_db, tmp_path):
    """A private copy of the corpus database (the session fixture is shared: never write to it)."""
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def cli(db, *args, env=None):
    r = runner.invoke(app, [*args, "--db", str(db)], env=env)
    return r


def grade_row(db, claim_id):
    con = duckdb.connect(str(db), read_only=True)
    try:
        grade, score, n_rct, rationale = con.execute(
            "SELECT grade, score, n_human_rct, rationale FROM claim_grades WHERE claim_id = ?", [claim_id]).fetchone()
        levels = {p: (inc, why) for p, inc, why in con.execute(
            "SELECT pmid, included, exclusion_reason FROM evidence_levels WHERE claim_id = ?", [claim_id]).fetchall()}
    finally:
        con.close()
    steps = {s["step"]: s for s in json.loads(rationale)}
    return {"grade": grade, "score": score, "n_human_rct": n_rct, "start": steps["start"], "steps": steps,
            "levels": levels}


def rct_pmids(db, claim_id):
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT pmid FROM evidence_levels WHERE claim_id = ? AND tier = 'rct' "
                                          "ORDER BY pmid", [claim_id]).fetchall()]


def set_decision(db, claim, pmid, field, value, note="read the methods", reviewer="ann"):
    r = cli(db, "review", "set", "--claim", claim, "--pmid", str(pmid), "--field", field, "--value", value,
            "--note", note, "--reviewer", reviewer)
    assert r.exit_code == 0, r.output
    return int(r.stdout.split()[1].rstrip(":"))


def test_excluding_the_trial_that_sets_c04s_start_regrades_and_withdrawing_restores(db):
    before = grade_row(db, "C04")
    assert rct_pmids(db, "C04") == [C04_RCT]
    assert before["start"]["value"] == "rct" and before["start"]["pmids"] == [C04_RCT] and before["n_human_rct"] == 1

    decision = set_decision(db, "c04", C04_RCT, "eligibility", "cointervention_only",
                            note="PRP is given only on top of microfracture in both arms")
    assert grade_row(db, "C04") == before  # nothing moves until the next grade
    r = cli(db, "grade")
    assert r.exit_code == 0 and "1 changed" in r.stderr, r.output

    after = grade_row(db, "C04")
    assert after["start"]["value"] != "rct" and C04_RCT not in after["start"]["pmids"]
    assert after["n_human_rct"] == 0 and after["score"] < before["score"]
    included, why = after["levels"][C04_RCT]
    assert included is False
    assert why.startswith("cointervention_only: reviewer's decision (ann, ") and why.endswith("microfracture in both arms")
    assert after["steps"]["reviewer decisions"]["pmids"] == [C04_RCT]
    assert C04_RCT in after["steps"]["exclusions"]["pmids"]

    r = cli(db, "review", "withdraw", str(decision), "--note", "the control arm had no microfracture",
            "--reviewer", "bob")
    assert r.exit_code == 0, r.output
    assert cli(db, "grade").exit_code == 0
    restored = grade_row(db, "C04")
    assert restored["grade"] == before["grade"] and restored["steps"] == before["steps"]
    assert restored["levels"] == before["levels"] and restored["n_human_rct"] == 1

    # append-only: the decision and its withdrawal are both kept; none is in force
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT decision_id, value, reviewer, withdraws FROM review_decisions ORDER BY 1").fetchall()
        in_force = con.execute("SELECT count(*) FROM review_decisions_in_force").fetchone()[0]
    assert rows == [(decision, "cointervention_only", "ann", None), (decision + 1, None, "bob", decision)]
    assert in_force == 0


def test_excluding_every_study_c04_rests_on_leaves_no_evidence(db):
    """On this corpus every graded claim ends Very low, so the start can move without the letter; with
    all its eligible studies excluded the letter moves too."""
    with duckdb.connect(str(db), read_only=True) as con:
        eligible = [r[0] for r in con.execute("SELECT pmid FROM evidence_levels WHERE claim_id = 'C04' AND included "
                                              "ORDER BY pmid").fetchall()]
    assert C04_RCT in eligible and grade_row(db, "C04")["grade"] == "Very low"
    for pmid in eligible:
        set_decision(db, "C04", pmid, "eligibility", "therapy_not_tested")
    assert cli(db, "grade").exit_code == 0
    assert grade_row(db, "C04")["grade"] == "No evidence"


def test_excluding_c11s_randomised_trials_moves_its_start(db):
    trials = rct_pmids(db, "C11")
    before = grade_row(db, "C11")
    # (C11's eligible randomised trials: 8 since eligibility excludes trials giving MSCs in every arm)
    assert before["start"]["value"] == "rct" and len(trials) >= 5
    for pmid in trials:
        set_decision(db, "C11", pmid, "eligibility", "cointervention_only")
    assert cli(db, "grade").exit_code == 0
    after = grade_row(db, "C11")
    assert after["start"]["value"] not in ("rct", "sr_ma") and after["n_human_rct"] == 0
    assert not set(trials) & set(after["start"]["pmids"])


def test_a_direction_decision_replaces_the_machines_and_shows_on_the_page(db, tmp_path):
    counts = "SELECT n_supports, n_no_effect FROM claim_grades WHERE claim_id = 'C04'"
    link_direction = "SELECT direction FROM claim_articles WHERE claim_id = 'C04' AND pmid = 23412171"
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(link_direction).fetchone()[0] == "supports"
        n_sup, n_null = con.execute(counts).fetchone()
    set_decision(db, "C04", C04_RCT, "direction", "no_effect", note="pain [p = 0.21] did not differ", reviewer="cy")
    assert cli(db, "grade").exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(counts).fetchone() == (n_sup - 1, n_null + 1)
        # the machine's reading stays in the link row: the decision stands above it, not in its place
        assert con.execute(link_direction).fetchone()[0] == "supports"
    r = cli(db, "report", "--out", str(tmp_path / "site"))
    assert r.exit_code == 0, r.output
    page = (tmp_path / "site" / "claims" / "C04.html").read_text(encoding="utf-8")
    assert "no_effect <span class=\"muted\">(machine: supports)</span>" in page
    assert "reviewer's decision: direction = no_effect — cy, " in page and "pain [p = 0.21] did not differ" in page


def test_a_decision_survives_a_re_link(db):
    set_decision(db, "C04", C04_RCT, "eligibility", "cointervention_only")
    # the link rows go (as when the catalog or the linker changes) and `evidence link` writes them anew
    with connect(db) as con:
        con.execute("DELETE FROM claim_articles WHERE claim_id = 'C04'")
        con.execute("DELETE FROM link_state WHERE claim_id = 'C04'")
    r = cli(db, "link", "--claims", "C04", "--quiet")
    assert r.exit_code == 0, r.output
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM claim_articles WHERE claim_id = 'C04' AND pmid = ?",
                           [C04_RCT]).fetchone()[0] == 1
    assert cli(db, "grade").exit_code == 0
    included, why = grade_row(db, "C04")["levels"][C04_RCT]
    assert included is False and "reviewer's decision (ann" in why


@pytest.mark.parametrize("args, message", [
    (["--claim", "C99", "--pmid", str(C04_RCT), "--field", "eligibility", "--value", "eligible"], "no claim 'C99'"),
    (["--claim", "C04", "--pmid", "1", "--field", "eligibility", "--value", "eligible"], "no article with PMID 1"),
    (["--claim", "C04", "--pmid", str(C04_RCT), "--field", "eligibility", "--value", "retracted"],
     "'retracted' is not a value of eligibility"),
    (["--claim", "C04", "--pmid", str(C04_RCT), "--field", "direction", "--value", "eligible"],
     "'eligible' is not a value of direction"),
    (["--claim", "C04", "--pmid", str(C04_RCT), "--field", "design", "--value", "rct"], "unknown field 'design'"),
])
def test_bad_decisions_exit_5_and_write_nothing(db, args, message):
    r = cli(db, "review", "set", *args, "--note", "x", "--reviewer", "ann")
    assert r.exit_code == EXIT_INVALID == 5, r.output
    assert message in r.stderr and r.stdout == ""
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM review_decisions").fetchone()[0] == 0


def test_a_reviewer_and_a_note_are_required(db, monkeypatch):
    base = ["review", "set", "--claim", "C04", "--pmid", str(C04_RCT), "--field", "direction", "--value", "unclear"]
    monkeypatch.delenv("EVIDENCE_REVIEWER", raising=False)
    r = cli(db, *base, "--note", "x")
    assert r.exit_code == 5 and "a reviewer is required" in r.stderr
    r = cli(db, *base, "--note", "   ", "--reviewer", "ann")
    assert r.exit_code == 5 and "a note is required" in r.stderr
    monkeypatch.setenv("EVIDENCE_REVIEWER", "dee")
    assert cli(db, *base, "--note", "hedged wording").exit_code == 0
    r = cli(db, "review", "list", "--claim", "C04")
    assert r.exit_code == 0 and "C04 PMID 23412171  direction = unclear  dee " in r.stdout
    assert r.stdout.rstrip().endswith("in force\n    hedged wording")
    r = cli(db, "review", "withdraw", "99", "--note", "x")
    assert r.exit_code == 5 and "no decision 99" in r.stderr
