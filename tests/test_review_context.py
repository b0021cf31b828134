"""Decisions needing a second look (issue 19 item 1) and disagreement as a measurement (item 3), on a
copy of the corpus database.

A decision records the claim's definition (claim_hash) and the article's content_hash it was made
against, and the machine's reading it overrode. When the article is revised (a newer version of the
record is loaded) or the claim's definition changes (re-linked with another query), the decision is
flagged as needing a second look and stays in force; `evidence review list`, `evidence status` and
the claim page say so. `review_overturns` counts how often reviewers overturned each kind of
machine judgement.
"""

from __future__ import annotations

import shutil
from dataclasses import replace

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading import grade_all
from pipeline.store import connect
from pipeline.store import reviews

runner = CliRunner()
C04_RCT = 23412171


@pytest.fixture
def db(evidence_db, tmp_path):
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def decide(db, claim, pmid, field, value, reviewer="ann", note="read the methods"):
    r = runner.invoke(app, ["review", "set", "--claim", claim, "--pmid", str(pmid), "--field", field, "--value", value,
                            "--note", note, "--reviewer", reviewer, "--db", str(db)])
    assert r.exit_code == 0, r.output
    return int(r.stdout.split()[1].rstrip(":"))


def machine_direction(db, claim, pmid):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT direction FROM claim_articles WHERE claim_id = ? AND pmid = ?", [claim, pmid]).fetchone()[0]


def test_a_revised_article_flags_the_decision_which_stays_in_force(db):
    from pipeline.store.articles import upsert_articles
    from pipeline.store.load import iter_articles

    decide(db, "C04", C04_RCT, "eligibility", "cointervention_only")
    with connect(db) as con:
        assert reviews.second_looks(con) == []
        row = con.execute("SELECT claim_hash, content_hash, machine_value FROM review_decisions").fetchone()
        assert row[0] and row[1] and row[2] == "eligible"  # the machine counted the trial
        old = next(iter_articles(con, [C04_RCT]))
        revised = replace(old, abstract=(old.abstract or "") + " Erratum: the follow-up was 24 months.",
                          date_revised="2030/01/01", abstract_sections=list(old.abstract_sections))
        assert upsert_articles(con, [revised]).updated == 1
        looks = reviews.second_looks(con)
        assert [(x.decision.claim_id, x.decision.pmid, x.article_changed, x.claim_changed) for x in looks] == \
            [("C04", C04_RCT, True, False)]
        grade_all(con)
        included, why = con.execute("SELECT included, exclusion_reason FROM evidence_levels "
                                    "WHERE claim_id = 'C04' AND pmid = ?", [C04_RCT]).fetchone()
    assert included is False and why.startswith("cointervention_only: reviewer's decision (ann")  # still in force
    r = runner.invoke(app, ["review", "list", "--db", str(db)])
    assert "needs a second look: the article was revised since the decision" in r.stdout, r.output
    r = runner.invoke(app, ["status", "--db", str(db)])
    assert "1 needs a second look" in r.stdout and f"#1 C04 PMID {C04_RCT} eligibility" in r.stdout, r.output


def test_a_changed_claim_definition_flags_its_decisions(db):
    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.linker import link_claims

    pmid = 23412171
    decide(db, "C04", pmid, "direction", "no_effect")
    c04 = next(c for c in load_catalog() if c.id == "C04")
    with connect(db) as con:
        link_claims(con, [replace(c04, query=f"({c04.query}) OR microfracture[tiab]")], quiet=True)
        looks = reviews.second_looks(con, "C04")
    assert [(x.decision.field, x.claim_changed) for x in looks] == [("direction", True)]
    assert "claim's definition changed" in looks[0].why


def test_the_claim_page_marks_a_decision_needing_a_second_look(db, tmp_path):
    from pipeline.reports.site import build_site
    from pipeline.store.articles import upsert_articles
    from pipeline.store.load import iter_articles

    decide(db, "C04", C04_RCT, "eligibility", "cointervention_only", note="microfracture in both arms")
    with connect(db) as con:
        old = next(iter_articles(con, [C04_RCT]))
        upsert_articles(con, [replace(old, title=old.title + " (revised)", date_revised="2030/01/01",
                                      abstract_sections=list(old.abstract_sections))])
        grade_all(con)
        build_site(con, tmp_path / "site")
    page = (tmp_path / "site" / "claims" / "C04.html").read_text()
    assert "microfracture in both arms" in page
    assert '<span class="second-look">needs a second look: the article was revised since the decision' in page


def test_overturns_count_what_reviewers_changed_per_field_and_claim(db):
    c11 = [p for (p,) in duckdb.connect(str(db), read_only=True).execute(
        "SELECT pmid FROM evidence_levels WHERE claim_id = 'C11' AND tier = 'rct' ORDER BY pmid LIMIT 2").fetchall()]
    same = machine_direction(db, "C11", c11[0])
    other = next(d for d in ("supports", "no_effect", "contradicts") if d != machine_direction(db, "C11", c11[1]))
    decide(db, "C11", c11[0], "direction", same, note="agree")               # confirms the machine
    decide(db, "C11", c11[1], "direction", other, note="the table says otherwise")  # overturns it
    decide(db, "C04", C04_RCT, "eligibility", "cointervention_only")        # machine said eligible
    assert runner.invoke(app, ["grade", "--db", str(db)]).exit_code == 0   # the levels now show the reviewer's
    decide(db, "C04", C04_RCT, "eligibility", "other_condition", note="on second thought")  # supersedes
    with connect(db) as con:
        per_field = {o.field: (o.decisions, o.compared, o.overturned, o.confirmed) for o in reviews.overturns(con)}
        per_claim = {(o.claim_id, o.field): o.share for o in reviews.overturns(con, by_claim=True)}
        # the superseding decision is compared with the machine's reading, not with the first decision
        assert con.execute("SELECT machine_value FROM review_decisions_in_force WHERE claim_id = 'C04'").fetchone()[0] \
            == "eligible"
    assert per_field == {"direction": (2, 2, 1, 1), "eligibility": (1, 1, 1, 0)}
    assert per_claim == {("C04", "eligibility"): 1.0, ("C11", "direction"): 0.5}
    r = runner.invoke(app, ["status", "--db", str(db)])
    assert "reviewers overturned the machine" in r.stdout and "50%" in r.stdout, r.output
