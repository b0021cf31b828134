"""What a killed writer leaves behind is detected and repaired by the next one: a full-text index
built over other articles than those stored, and ingest runs left "running" forever."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.store import connect
from pipeline.store.fts import FtsStale, search_text
from pipeline.store.snapshot import open_for_reading

pytestmark = pytest.mark.slow


def records(path: Path, first: int, n: int, word: str) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for pmid in range(first, first + n):
            fh.write(json.dumps({"pmid": pmid, "title": f"{word} trial {pmid}",
                                 "abstract": f"Patients with {word} were randomised."}) + "\n")
    return path


def cli(db: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, EVIDENCE_INGEST_BATCH="10", EVIDENCE_INGEST_WORKERS="1")
    env.pop("EVIDENCE_CRASH_AT", None)
    if crash:
        env["EVIDENCE_CRASH_AT"] = crash
    return subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args, "--db", str(db)], env=env,
                          capture_output=True, text=True, timeout=300)


def test_ingest_killed_before_the_index_rebuild_is_repaired_by_a_rerun(tmp_path):
    """The probe's case: every row committed, the process killed before the index was rebuilt; the
    re-run finds every record unchanged and must still rebuild, and a search in between says the
    index is stale instead of answering from the old one."""
    db = tmp_path / "e.duckdb"
    assert cli(db, "ingest", str(records(tmp_path / "knee.jsonl", 1, 30, "knee")), "-q").returncode == 0
    cancer = records(tmp_path / "cancer.jsonl", 1001, 44, "cancer")
    r = cli(db, "ingest", str(cancer), "-q", crash="fts")
    assert r.returncode == 137
    with connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles WHERE title LIKE 'cancer%'").fetchone()[0] == 44
        with pytest.raises(FtsStale, match="stale: built over 30 articles"):
            search_text(con, "cancer", limit=100)
    r = cli(db, "ingest", str(cancer), "-q")
    assert r.returncode == 0, r.stderr
    assert "44" in r.stdout  # unchanged 44: no row changed, the index was rebuilt all the same
    r = cli(db, "search-text", "cancer", "-n", "100", "--json")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == 44
    con, _ = open_for_reading(db)  # the published snapshot carries the repaired index too
    with con:
        assert len(search_text(con, "cancer", limit=100)) == 44


def test_ingest_killed_mid_file_leaves_no_run_running(tmp_path):
    """A run killed half-way stays "running" only until the next writer starts: then it reads
    "interrupted" with the reason, and the re-run's own row is "ok"."""
    db = tmp_path / "e.duckdb"
    src = records(tmp_path / "a.jsonl", 1, 50, "knee")
    assert cli(db, "ingest", str(src), "-q", crash="ingest").returncode == 137
    with connect(db, migrate_schema=False) as con:  # a look without starting a writer
        assert con.execute("SELECT status FROM ingest_runs").fetchall() == [("running",)]
    r = cli(db, "ingest", str(src), "-q")
    assert r.returncode == 0, r.stderr
    with connect(db) as con:
        rows = con.execute("SELECT status, message, pid FROM ingest_runs ORDER BY started_at").fetchall()
    assert [s for s, _, _ in rows] == ["interrupted", "ok"]
    status, message, pid = rows[0]
    assert f"process {pid} ended without finishing this run" in message


def test_a_run_in_progress_in_this_process_is_not_marked_interrupted(tmp_db):
    """Another connection of the same process (a flow task) must not mark its own live run."""
    from pipeline.store.runs import start_run

    with connect(tmp_db) as con:
        run_id = start_run(con, "ingest", "x.jsonl")
        with connect(tmp_db) as other:
            assert other.execute("SELECT status FROM ingest_runs WHERE run_id = ?", [run_id]).fetchone()[0] \
                == "running"
