"""The grading stage and the site read and write all claims at once (issue 16: a few set-based
statements, not some twenty per claim). On the corpus database, with a reviewer's decision in force:
the all-claims readers give exactly what the one-claim readers give, and a batched write touches only
the claims it names."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading import _studies, _studies_of
from pipeline.grading.rubric import config
from pipeline.reports.changes import claim_history, histories
from pipeline.reports.references import all_counted_pmids, counted_pmids
from pipeline.reports.site import _all_review_marks, _review_marks
from pipeline.store import connect
from pipeline.store import grades as grades_store
from pipeline.store import reviews as reviews_store

C04_RCT = 23412171  # the one human RCT of C04 in the bundled corpus


@pytest.fixture
def db(evidence_db, tmp_path):
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    r = CliRunner().invoke(app, ["review", "set", "--claim", "C04", "--pmid", str(C04_RCT), "--field", "direction",
                                 "--value", "no_effect", "--note", "read again", "--reviewer", "ann", "--db", str(dst)])
    assert r.exit_code == 0, r.output
    return dst


def test_the_all_claims_readers_give_what_the_one_claim_readers_give(db):
    with connect(db) as con:
        ids = [r[0] for r in con.execute("SELECT claim_id FROM claims ORDER BY claim_id").fetchall()]
        threshold = config()["link_threshold"]
        studies = _studies_of(con, threshold)
        assert {c: studies.get(c, []) for c in ids} == {c: _studies(con, c, threshold) for c in ids}
        # the reviewer's direction reached the study through the all-claims reading
        assert {s.pmid: s.direction for s in studies["C04"]}[C04_RCT] == "no_effect"
        decided = reviews_store.in_force_all(con)
        assert {c: decided.get(c, {}) for c in ids} == {c: reviews_store.in_force(con, c) for c in ids}
        assert set(decided) == {"C04"}
        marks = _all_review_marks(con)
        assert {c: marks.get(c, {}) for c in ids} == {c: _review_marks(con, c) for c in ids}
        counted = all_counted_pmids(con)
        assert {c: counted.get(c, []) for c in ids} == {c: counted_pmids(con, c) for c in ids}
        assert any(counted.values())
        hist = histories(con)
        assert {c: claim_history(con, c, hist.get(c, [])) for c in ids} == {c: claim_history(con, c) for c in ids}


def test_a_batched_write_replaces_the_named_claims_rows_and_no_others(db):
    with connect(db) as con:
        before = con.execute("SELECT * FROM evidence_levels WHERE claim_id NOT IN ('C04', 'C11') ORDER BY ALL").fetchall()
        c04 = con.execute("SELECT * FROM evidence_levels WHERE claim_id = 'C04' ORDER BY ALL").fetchall()
        assert before and c04
        grades_store.replace_rows(con, "evidence_levels", grades_store.LEVEL_COLUMNS, ["C04", "C11"], c04)
        assert con.execute("SELECT * FROM evidence_levels WHERE claim_id NOT IN ('C04', 'C11') ORDER BY ALL").fetchall() == before
        assert con.execute("SELECT * FROM evidence_levels WHERE claim_id IN ('C04', 'C11') ORDER BY ALL").fetchall() == c04
