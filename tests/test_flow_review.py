"""The Prefect refresh flow honours reviewers and tells the analyst what it changed (issue 19 items 1, 4).

One temporary Prefect server (``prefect_test_harness``) and a tiny corpus in tmp_path: the records of the
bundled SYNERGY set that C04's query finds (PRP for knee cartilage), written as PubMed XML. The flow runs
three times over it:

1. first run: C04 starts from its one human RCT, PMID 23412171 (PRP on top of microfracture);
2. a reviewer excludes that trial (co-intervention only) and reads the other eligible study's direction,
   then the machine's readings are thrown away (extractions, links) and the whole flow runs again: it
   re-extracts and re-links, and the grade still honours both decisions; the run's "what changed"
   artifact names C04, the trial and the reviewer's decisions;
3. a run with nothing new publishes "no changes".
"""

from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app

from conftest import SYNERGY

pytestmark = pytest.mark.slow
runner = CliRunner()
C04_RCT = 23412171


def tiny_corpus(tmp_path):
    """C04's query hits among the bundled SYNERGY records, as one PubMed XML file."""
    from pipeline.claims.catalog import load_catalog
    from pipeline.parsing.pubmed_xml_writer import render_pubmed_xml
    from pipeline.query import QueryIndex, SearchDoc, compile_query
    from pipeline.sources.fake_eutils import load_corpus

    c04 = next(c for c in load_catalog() if c.id == "C04")
    corpus = load_corpus([SYNERGY])
    hits = set(QueryIndex(SearchDoc.from_article(a) for a in corpus).search(compile_query(c04.query)))
    assert C04_RCT in hits and len(hits) < 40
    path = tmp_path / "c04.xml"
    path.write_bytes(render_pubmed_xml(a for a in corpus if a.pmid in hits))
    return path


def what_changed() -> str:
    """The newest "what-changed" artifact's Markdown, read back from the Prefect server."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        arts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["what-changed"])),
                                     sort=ArtifactSort.CREATED_DESC, limit=1)
    assert arts, "the refresh published no what-changed artifact"
    return arts[0].data


def c04(db) -> dict:
    with duckdb.connect(str(db), read_only=True) as con:
        grade, n_rct, rationale = con.execute("SELECT grade, n_human_rct, rationale FROM claim_grades "
                                              "WHERE claim_id = 'C04'").fetchone()
        levels = {p: (tier, inc, why) for p, tier, inc, why in con.execute(
            "SELECT pmid, tier, included, exclusion_reason FROM evidence_levels WHERE claim_id = 'C04'").fetchall()}
        in_force = con.execute("SELECT pmid, field, value FROM review_decisions_in_force ORDER BY ALL").fetchall()
        n_extracted = con.execute("SELECT count(*) FROM extractions").fetchone()[0]
        machine = dict(con.execute("SELECT pmid, direction FROM claim_articles WHERE claim_id = 'C04'").fetchall())
    return {"machine": machine, "grade": grade, "n_rct": n_rct, "steps": {s["step"]: s for s in json.loads(rationale)},
            "levels": levels, "in_force": in_force, "n_extracted": n_extracted}


def test_a_reviewers_decisions_survive_a_full_rerun_of_the_flow_and_the_digest_is_published(tmp_path):
    from prefect.testing.utilities import prefect_test_harness

    from flows.refresh import refresh

    source = tiny_corpus(tmp_path)
    db = tmp_path / "e.duckdb"
    run = dict(source=[str(source)], claims=["C04"], db=str(db), out=str(tmp_path / "site"))
    with prefect_test_harness():
        refresh(**run)
        first = c04(db)
        assert first["n_rct"] == 1 and first["steps"]["start"]["pmids"] == [C04_RCT]
        assert "First graded: C04" in what_changed()
        # another linked study the machine reads as supporting PRP (eligible or not: when the machine
        # excluded it, the reviewer also includes it, so the reviewer's direction is what the grade reads)
        others = sorted(first["levels"], key=lambda p: (not first["levels"][p][1], p))
        other = next(p for p in others if p != C04_RCT and first["machine"].get(p) == "supports")
        decisions = [(C04_RCT, "eligibility", "cointervention_only", "microfracture in both arms"),
                     (other, "direction", "no_effect", "no between-group difference")]
        if not first["levels"][other][1]:
            decisions.append((other, "eligibility", "eligible", "tests PRP for knee OA"))

        for pmid, field, value, note in decisions:
            r = runner.invoke(app, ["review", "set", "--claim", "C04", "--pmid", str(pmid), "--field", field,
                                    "--value", value, "--note", note, "--reviewer", "ann", "--db", str(db)])
            assert r.exit_code == 0, r.output
        # the machine's readings are thrown away (as a new extractor or linker version would): the next
        # run must extract and link again
        with duckdb.connect(str(db)) as con:
            con.execute("DELETE FROM link_state")
            con.execute("DELETE FROM claim_articles")
            con.execute("DELETE FROM extractions")
        summary = refresh(**run)
        counts = {s.stage: s.counts for s in summary.stages}
        assert counts["extract"]["extracted"] == first["n_extracted"] and counts["link"]["linked"] > 0
        second = c04(db)
        digest = what_changed()
        refresh(**run)
        quiet = what_changed()

    # both decisions are in force and the grade honours them
    assert second["in_force"] == sorted((p, f, v) for p, f, v, _ in decisions)
    tier, included, why = second["levels"][C04_RCT]
    assert not included and why.startswith("cointervention_only: ") and "ann" in why
    assert second["n_rct"] == 0 and second["steps"]["start"]["value"] != "rct"
    assert "reviewer decisions" in second["steps"]
    assert second["machine"][other] == first["machine"][other] == "supports"  # re-read by the machine, overruled
    assert second["steps"]["not supported"]["pmids"] == [other]  # the reviewer's no_effect, not the machine's reading
    # the run's digest names the claim, the study no longer counted and why
    assert "| C04 |" in digest and str(C04_RCT) in digest and "reviewer decisions" in digest
    assert "no changes" in quiet and "C04" not in quiet
