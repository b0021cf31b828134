"""Grade history and what changed (issue 19 item 4).

On the corpus database: re-grading with nothing new adds no history row and reports "no changes"; a
reviewer's decision is a recorded reason. Against the fake E-utilities server: a refresh (fetch →
extract → link → grade) that brings one eligible human RCT reports exactly that claim and that study.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading import grade_all
from pipeline.reports.changes import digest
from pipeline.store import connect
from pipeline.store import history as history_store

from conftest import SYNERGY

runner = CliRunner()
C04_RCT = 23412171  # PRP on top of microfracture: the one human RCT of C04 in the bundled corpus


@pytest.fixture
def db(evidence_db, tmp_path):
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def tables(db) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ("grade_history", "claim_grades", "evidence_levels", "claim_domains")}


def test_every_claim_has_its_baseline_row_after_the_first_grading(db):
    with duckdb.connect(str(db), read_only=True) as con:
        n_claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        rows = con.execute("SELECT claim_id, reasons, previous_grade, n_eligible, len(eligible_pmids) "
                           "FROM grade_history").fetchall()
        c11 = con.execute("SELECT n_articles FROM claim_grades WHERE claim_id = 'C11'").fetchone()[0]
    assert len(rows) == n_claims and {r[1][0] for r in rows} == {"first_grade"}
    assert {r[0]: (r[3], r[4]) for r in rows}["C11"] == (c11, c11) and c11 > 0


def test_regrading_with_nothing_new_reports_no_changes_and_leaves_history_untouched(db):
    before = tables(db)
    with connect(db) as con:
        grade_all(con, run_id="nothing-new")
        d = digest(con, run_id="nothing-new")
    assert d.empty and d.lines() == ["no changes (run nothing-new)"]
    assert "no changes" in d.to_markdown()
    assert tables(db) == before
    r = runner.invoke(app, ["changes", "--run", "nothing-new", "--db", str(db)])
    assert r.exit_code == 0 and r.stdout.startswith("no changes"), r.output


def test_a_reviewers_exclusion_is_recorded_with_its_reason_and_shown_by_evidence_changes(db):
    r = runner.invoke(app, ["review", "set", "--claim", "C04", "--pmid", str(C04_RCT), "--field", "eligibility",
                            "--value", "cointervention_only", "--note", "microfracture in both arms",
                            "--reviewer", "ann", "--db", str(db)])
    assert r.exit_code == 0, r.output
    with connect(db) as con:
        n0 = con.execute("SELECT count(*) FROM grade_history").fetchone()[0]
        grade_all(con, run_id="review-run")
        rows = history_store.rows(con, run_id="review-run")
    assert [(x.claim_id, x.pmids_removed, x.pmids_added, x.reasons) for x in rows] == \
        [("C04", (C04_RCT,), (), ("reviewer_decisions",))]
    assert rows[0].history_id == n0 + 1 and rows[0].decision_ids == (1,)
    r = runner.invoke(app, ["changes", "--json", "--db", str(db)])
    out = json.loads(r.stdout)
    assert [c["claim_id"] for c in out["changes"]] == ["C04"]
    assert [s["pmid"] for s in out["changes"][0]["removed"]] == [C04_RCT]
    assert out["changes"][0]["reasons"] == ["reviewer_decisions"]


def test_the_site_has_a_what_changed_page_and_the_claim_page_its_history(db, tmp_path):
    from pipeline.reports.site import build_site

    with connect(db) as con:
        con.execute("BEGIN")
        from pipeline.store.reviews import record_decision
        record_decision(con, "C04", C04_RCT, "eligibility", "cointervention_only", "ann", "add-on only")
        con.execute("COMMIT")
        grade_all(con, run_id="site-run")
        build_site(con, tmp_path / "site")
    changes = (tmp_path / "site" / "changes.html").read_text()
    assert "run site-run" in changes and 'data-claim="C04"' in changes and str(C04_RCT) in changes
    page = (tmp_path / "site" / "claims" / "C04.html").read_text()
    history = page[page.index('id="history"'):]
    assert history.count("<tr data-grade") == 2 and "reviewer decisions" in history


# ---------------------------------------------------------------- a refresh against fake E-utilities
def _refresh(con, url: str, claims, today: str, run_id: str) -> None:
    """The refresh flow's library stages, in its order: fetch → extract → link → grade."""
    from pipeline.claims.catalog import lexicon_entries
    from pipeline.claims.linker import link_claims
    from pipeline.fetch import fetch_query
    from pipeline.nlp.extract import extract_store

    from eutils_helpers import client

    for c in claims:
        fetch_query(con, client(url), c.id, c.query, quiet=True, today=today)
    extract_store(con, quiet=True, lexicon_terms=lexicon_entries())
    link_claims(con, claims, source="pubmed", quiet=True)
    grade_all(con, run_id=run_id)


def test_a_refresh_that_brings_one_eligible_rct_reports_exactly_that_claim_and_study(tmp_path):
    from pipeline.claims.catalog import load_catalog, store_claims
    from pipeline.query import QueryIndex, SearchDoc, compile_query
    from pipeline.sources.fake_eutils import FakeEutils, load_corpus

    claims = [c for c in load_catalog() if c.id in ("C04", "C11")]
    corpus = load_corpus([SYNERGY])
    index = QueryIndex(SearchDoc.from_article(a) for a in corpus)
    hits = {p for c in claims for p in index.search(compile_query(c.query))}
    assert C04_RCT in hits
    # the records the two claims' queries find, as PubMed would list them, all revised before the first run
    served = [replace(a, date_revised="2025/06/01") for a in corpus if a.pmid in hits]
    old = [a for a in served if a.pmid != C04_RCT]
    new = next(replace(a, date_revised="2026/02/01") for a in served if a.pmid == C04_RCT)

    db = tmp_path / "live.duckdb"
    with connect(db) as con:
        store_claims(con, claims)
        with FakeEutils(old) as srv:
            _refresh(con, srv.url, claims, "2026/01/01", "first")
        assert con.execute("SELECT count(*) FROM articles WHERE pmid = ?", [C04_RCT]).fetchone()[0] == 0
        with FakeEutils(old) as srv:  # a refresh with nothing new
            _refresh(con, srv.url, claims, "2026/01/15", "quiet")
        quiet = digest(con, run_id="quiet")
        n_rows = con.execute("SELECT count(*) FROM grade_history").fetchone()[0]
        with FakeEutils([*old, new]) as srv:  # PubMed now lists the trial (modified after the watermark)
            _refresh(con, srv.url, claims, "2026/02/02", "second")
        d = digest(con, run_id="second")
        level = con.execute("SELECT tier, included FROM evidence_levels WHERE claim_id = 'C04' AND pmid = ?",
                            [C04_RCT]).fetchone()
        rows = history_store.rows(con, run_id="second")
    assert quiet.empty and n_rows == 2
    assert level == ("rct", True)
    assert [(c.claim_id, [s.pmid for s in c.added], [s.pmid for s in c.removed]) for c in d.changes] == \
        [("C04", [C04_RCT], [])]
    change = d.changes[0]
    assert change.reasons == ["new_studies"] and change.added[0].label == "human RCT"
    assert [(r.claim_id, r.pmids_added) for r in rows] == [("C04", (C04_RCT,))]
    text = d.to_text()
    assert "new eligible studies:" in text and f"PMID {C04_RCT}  human RCT" in text and "C11" not in text
