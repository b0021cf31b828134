"""The review queue (issue 19 item 2) on a copy of the corpus database: judgements whose reversal would
move a claim's grade come first, the in-memory re-grade agrees with what `evidence grade` then does, the
queue writes nothing, and a decided judgement leaves the queue."""

from __future__ import annotations

import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading.queue import claim_queue, review_queue

runner = CliRunner()


@pytest.fixture
def db(evidence_db, tmp_path):
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def snapshot(db) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("claim_grades", "evidence_levels", "claim_domains", "grade_history", "review_decisions")}


def test_a_reversal_that_moves_the_grade_comes_first_and_the_regrade_agrees(db):
    before = snapshot(db)
    with duckdb.connect(str(db), read_only=True) as con:
        q = claim_queue(con, "C04")
        grade = con.execute("SELECT grade FROM claim_grades WHERE claim_id = 'C04'").fetchone()[0]
    assert snapshot(db) == before  # nothing written
    top = q[0]
    assert top.moves_grade and top.priority == 0 and top.field == "eligibility" and top.grade_now == grade
    assert "sets the starting level (human RCT)" in top.why
    assert [i.priority for i in q] == sorted(i.priority for i in q)
    # every study that sets C04's start is queued, moving the grade or not
    with duckdb.connect(str(db), read_only=True) as con:
        rcts = {p for (p,) in con.execute("SELECT pmid FROM evidence_levels WHERE claim_id = 'C04' AND tier = 'rct'").fetchall()}
    assert rcts <= {i.pmid for i in q if i.field == "eligibility"}

    r = runner.invoke(app, ["review", "set", "--claim", "C04", "--pmid", str(top.pmid), "--field", "eligibility",
                            "--value", "therapy_not_tested", "--note", "PRP only on top of microfracture", "--reviewer", "ann",
                            "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert runner.invoke(app, ["grade", "--db", str(db)]).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT grade FROM claim_grades WHERE claim_id = 'C04'").fetchone()[0] == top.grade_if_reversed
        after = claim_queue(con, "C04")
    assert (top.pmid, "eligibility") not in {(i.pmid, i.field) for i in after}  # decided: not queued again


def test_claims_without_evidence_queue_the_machines_exclusions_that_would_give_them_some(db):
    with duckdb.connect(str(db), read_only=True) as con:
        queues = review_queue(con)
        none = {c for (c,) in con.execute("SELECT claim_id FROM claim_grades WHERE grade = 'No evidence'").fetchall()}
    for cid in set(queues) & none:
        assert all(i.field == "eligibility" and i.reversal == "eligible" and i.grade_if_reversed != "No evidence"
                   for i in queues[cid])
    first = list(queues.values())[0]
    assert any(i.moves_grade for i in first)  # claims a reversal would move are listed first


def test_review_queue_command_and_page(db, tmp_path):
    r = runner.invoke(app, ["review", "queue", "--claim", "c04", "-n", "1", "--json", "--db", str(db)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert list(out) == ["C04"] and len(out["C04"]) == 1 and out["C04"][0]["moves_grade"] is True
    r = runner.invoke(app, ["review", "queue", "--claim", "C04", "-n", "2", "--db", str(db)])
    assert r.stdout.splitlines()[0].startswith("C04  grade ") and "! PMID" in r.stdout
    from pipeline.reports.site import build_site

    with duckdb.connect(str(db), read_only=True) as con:
        build_site(con, tmp_path / "site")
    page = (tmp_path / "site" / "review-queue.html").read_text()
    assert 'id="C04"' in page and 'data-moves="yes"' in page and "moves the grade" in page
