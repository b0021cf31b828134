"""The extract stage's worker processes (issue 16's speed): batches read in other processes and written
by the parent write exactly the rows of the in-process path, and the worker count follows its setting."""

from __future__ import annotations

import pipeline.nlp.extract as ex
from pipeline.ingest import ingest_paths
from pipeline.store import connect
from pipeline.store.load import iter_articles

from conftest import SYNERGY

TABLES = {
    "extractions": "SELECT * EXCLUDE (extracted_at) FROM extractions ORDER BY pmid",
    "pico_spans": "SELECT * FROM pico_spans ORDER BY ALL",
    "article_abbreviations": "SELECT pmid, extractor_version, abbreviations::VARCHAR FROM article_abbreviations ORDER BY pmid",
}


def _extract(db, pmids: list[int] | None, workers: int) -> tuple[list[int], dict[str, list[tuple]]]:
    with connect(db) as con:
        if pmids is None:
            ingest_paths(con, [SYNERGY], quiet=True)
            pmids = [a.pmid for a in iter_articles(con)][:24]
        rep = ex.extract_store(con, quiet=True, pmids=pmids, workers=workers)
        assert rep.extracted == len(pmids)
        return pmids, {t: con.execute(q).fetchall() for t, q in TABLES.items()}


def test_workers_write_the_rows_of_the_in_process_path(tmp_path, monkeypatch):
    # small batches, and no minimum, so 24 articles make six batches over two workers
    monkeypatch.setattr(ex, "MIN_PARALLEL", 1)
    monkeypatch.setattr(ex, "PARALLEL_BATCH", 4)
    started = []
    real = ex._extract_parallel
    monkeypatch.setattr(ex, "_extract_parallel", lambda *a, **k: started.append(a[3]) or real(*a, **k))
    pmids, serial = _extract(tmp_path / "serial.duckdb", None, workers=1)
    assert started == []  # one worker: today's in-process path
    _, parallel = _extract(tmp_path / "parallel.duckdb", None, workers=2)
    assert started == [2]
    assert len(serial["extractions"]) == 24 and serial["pico_spans"] and serial["article_abbreviations"]
    assert parallel == serial


def test_the_worker_count_follows_its_setting(monkeypatch):
    monkeypatch.setenv("EVIDENCE_EXTRACT_WORKERS", "1")
    assert ex.workers_from_env() == 1
    monkeypatch.setenv("EVIDENCE_EXTRACT_WORKERS", "0")
    assert ex.workers_from_env() == 1
    monkeypatch.setenv("EVIDENCE_EXTRACT_WORKERS", "3")
    assert ex.workers_from_env() == 3
    monkeypatch.delenv("EVIDENCE_EXTRACT_WORKERS")
    import os

    assert ex.workers_from_env() == len(os.sched_getaffinity(0))


def test_a_worker_leaves_when_its_parent_is_gone():
    """A worker whose parent was killed (os._exit at a crash point, SIGKILL) exits instead of waiting for
    a batch for ever: the watcher started with it sees another parent."""
    import os
    import subprocess
    import sys

    code = "import sys; from pipeline.nlp.extract import _leave_with_parent; _leave_with_parent(int(sys.argv[1]), 0.01)"
    # the parent it was started with is not its parent: it leaves at once, with exit code 1
    gone = subprocess.run([sys.executable, "-c", code, str(os.getpid() + 10**6)], timeout=60)
    assert gone.returncode == 1
    # while its parent lives it stays
    with subprocess.Popen([sys.executable, "-c", code, str(os.getpid())]) as alive:
        try:
            alive.wait(timeout=3)
        except subprocess.TimeoutExpired:
            pass
        assert alive.poll() is None
        alive.kill()
