"""The review loop brings in what the linker missed (migration 026): a reviewer's `eligible` on a query hit the linker
left below its threshold - a record that names the therapy or the condition in other words than the catalog's, the
kind `evidence claims gaps` lists - is graded, shown with the claim's evidence and counted; withdrawn, it leaves
again. Before, the decision was recorded and silently never applied."""

from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

runner = CliRunner()


@pytest.fixture
def db(evidence_db_copy):
    return evidence_db_copy


def cli(db, *args):
    r = runner.invoke(app, [*args, "--db", str(db)])
    assert r.exit_code == 0, r.output
    return r


def counted(db, claim_id):
    with duckdb.connect(str(db), read_only=True) as con:
        n = con.execute("SELECT n_articles FROM claim_grades WHERE claim_id = ?", [claim_id]).fetchone()[0]
        shown = {p: inc for p, inc in con.execute("SELECT pmid, included FROM claim_evidence WHERE claim_id = ?",
                                                  [claim_id]).fetchall()}
    return n, shown


def test_a_reviewer_brings_in_a_query_hit_the_linker_left_out(db, tmp_path):
    with duckdb.connect(str(db), read_only=True) as con:
        # a primary study the claim's query returned and the linker did not link (its names are not the catalog's)
        claim, pmid = con.execute(
            "SELECT ca.claim_id, ca.pmid FROM claim_articles ca JOIN article_evidence ae USING (pmid) "
            "JOIN articles a USING (pmid) WHERE ca.query_hit AND NOT ca.linked AND ca.relevance = 0 "
            "AND ae.design IN ('rct', 'cohort', 'case_series', 'animal_study') AND NOT coalesce(a.is_retracted, FALSE) "
            "ORDER BY ca.claim_id, ca.pmid LIMIT 1").fetchone()
    n_before, shown = counted(db, claim)
    assert pmid not in shown

    r = cli(db, "review", "set", "--claim", claim, "--pmid", str(pmid), "--field", "eligibility", "--value", "eligible",
            "--note", "tests the therapy under another name", "--reviewer", "ann")
    assert "is not linked" not in r.output  # a query hit: the decision applies at the next grade
    cli(db, "grade")
    n_after, shown = counted(db, claim)
    assert shown.get(pmid) is True and n_after == n_before + 1

    # the claim page lists it with the evidence, not among the query hits not linked
    out = tmp_path / "site"
    cli(db, "report", "--out", str(out))
    md = (out / "claims" / f"{claim}.md").read_text(encoding="utf-8")
    unlinked = md.split("## Query hits not linked", 1)[1] if "## Query hits not linked" in md else ""
    assert str(pmid) in md and f"- {pmid} " not in unlinked

    # withdrawn, it leaves again
    with duckdb.connect(str(db), read_only=True) as con:
        decision = con.execute("SELECT decision_id FROM review_decisions_in_force WHERE claim_id = ? AND pmid = ?",
                               [claim, pmid]).fetchone()[0]
    cli(db, "review", "withdraw", str(decision), "--note", "second look: another population", "--reviewer", "ann")
    cli(db, "grade")
    n_again, shown = counted(db, claim)
    assert pmid not in shown and n_again == n_before


def test_a_reviewer_exclusion_below_the_threshold_adds_nothing(db):
    """Only `eligible` brings a hit in: excluding one the linker already left out changes no grade or table."""
    with duckdb.connect(str(db), read_only=True) as con:
        claim, pmid = con.execute("SELECT claim_id, pmid FROM claim_articles WHERE query_hit AND NOT linked "
                                  "ORDER BY claim_id, pmid LIMIT 1").fetchone()
    before = counted(db, claim)
    cli(db, "review", "set", "--claim", claim, "--pmid", str(pmid), "--field", "eligibility", "--value",
        "other_condition", "--note", "another tissue", "--reviewer", "ann")
    cli(db, "grade")
    assert counted(db, claim) == before
