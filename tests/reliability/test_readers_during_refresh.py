"""Readers during a refresh: a consistent snapshot from the first moment a database exists, and
clear errors (which file, who holds it, what to do) when a reader or writer cannot proceed.

The writer is the real `evidence ingest` command in a subprocess, over JSON Lines records built
here; pause points (pipeline/faults.py) hold it at known moments instead of guessing timings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.store import connect
from pipeline.store.snapshot import open_for_reading, snapshot_path

pytestmark = pytest.mark.slow
COUNT = "SELECT count(*) FROM articles"


def write_records(path: Path, first: int, n: int) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for pmid in range(first, first + n):
            fh.write(json.dumps({"pmid": pmid, "title": f"Trial {pmid} of platelet-rich plasma",
                                 "abstract": f"Record {pmid}: pain fell at one year."}) + "\n")
    return path


def env(**extra: str) -> dict:
    e = dict(os.environ, EVIDENCE_INGEST_BATCH="10", EVIDENCE_INGEST_WORKERS="1")
    e.pop("EVIDENCE_CRASH_AT", None)
    e.pop("EVIDENCE_PAUSE_AT", None)
    e.update(extra)
    return e


def start_writer(db: Path, files: list[Path], **extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli.app", "ingest", *map(str, files), "--db", str(db),
                             "-q"], env=env(**extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def read_count(db: Path) -> int:
    con, _note = open_for_reading(db)
    try:
        return con.execute(COUNT).fetchone()[0]
    finally:
        con.close()


def cli_query(db: Path, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.app", "query", "SELECT count(*) AS n FROM articles", "--db", str(db),
                           "-f", "json"], env=env(**extra), capture_output=True, text=True, timeout=120)


def wait_for(path: Path, proc: subprocess.Popen) -> None:
    while not path.exists():
        assert proc.poll() is None, proc.stderr.read()[-2000:]
        threading.Event().wait(0.05)


@pytest.mark.parametrize("moment", ["writer-open", "ingest"])
def test_readers_get_a_snapshot_while_the_first_refresh_holds_the_lock(tmp_path, moment):
    """A new database: at the writer's first moment (schema just created) and after its first
    committed batch, 30 reads all succeed and see a consistent state (the empty schema), never
    "Conflicting lock"; once the writer ends they see everything."""
    db, release = tmp_path / "new.duckdb", tmp_path / "release"
    writer = start_writer(db, [write_records(tmp_path / "a.jsonl", 1, 300)], EVIDENCE_PAUSE_AT=moment,
                          EVIDENCE_PAUSE_FILE=str(release))
    try:
        wait_for(Path(f"{release}.reached"), writer)
        assert [read_count(db) for _ in range(30)] == [0] * 30
        r = cli_query(db)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == {"n": 0} and "snapshot" in r.stderr
    finally:
        release.touch()
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0, err[-2000:]
    assert read_count(db) == 300


def reader_loop(db: Path, stop: threading.Event, seen: list, failures: list) -> None:
    """Query as a reviewer would, as fast as possible, until told to stop; every failure is kept."""
    while not stop.is_set():
        if not db.exists():
            continue
        try:
            seen.append(read_count(db))
        except Exception as exc:  # noqa: BLE001 - the test counts every kind of failure
            failures.append(f"{type(exc).__name__}: {exc}")


def test_no_failed_read_during_a_first_and_a_later_refresh(tmp_path):
    """The probe's case, free-running: a reader loop from before the database exists, through a
    first refresh and a later one. 0 failed reads; every count seen is a committed state."""
    db = tmp_path / "e.duckdb"
    seen: list[int] = []
    failures: list[str] = []
    stop = threading.Event()
    reader = threading.Thread(target=reader_loop, args=(db, stop, seen, failures), daemon=True)
    reader.start()
    try:
        for first, n in ((1, 400), (1001, 400)):
            writer = start_writer(db, [write_records(tmp_path / f"{first}.jsonl", first, n)])
            _out, err = writer.communicate(timeout=300)
            assert writer.returncode == 0, err[-2000:]
    finally:
        stop.set()
        reader.join(timeout=60)
    assert failures == []
    assert len(seen) > 30
    assert set(seen) <= set(range(0, 801))
    assert read_count(db) == 800


HOLD = ("import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); con.execute('CREATE TABLE IF NOT EXISTS x (i INT)');"
        "print('locked', flush=True); time.sleep(120)")


def hold_lock(db: Path) -> subprocess.Popen:
    p = subprocess.Popen([sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "locked"
    return p


def test_a_writer_that_cannot_get_the_lock_says_which_file_and_who_holds_it(tmp_path):
    db = tmp_path / "e.duckdb"
    holder = hold_lock(db)
    try:
        r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "ingest",
                            str(write_records(tmp_path / "a.jsonl", 1, 5)), "--db", str(db), "-q"],
                           env=env(EVIDENCE_LOCK_TIMEOUT="1"), capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 8, r.stderr
    assert "unexpected" not in r.stderr and "IOException" not in r.stderr
    assert str(db) in r.stderr and f"PID {holder.pid}" in r.stderr and "retry" in r.stderr


def test_a_reader_with_no_snapshot_to_fall_back_on_says_who_holds_the_lock(tmp_path):
    """A database some other program writes (no snapshot was ever published): a clear error after
    the wait, naming the file, the process and what to do."""
    db = tmp_path / "e.duckdb"
    holder = hold_lock(db)
    try:
        r = cli_query(db, EVIDENCE_READ_WAIT="1")
    finally:
        holder.kill()
        holder.wait()
    assert r.returncode == 8, r.stderr
    assert "unexpected" not in r.stderr
    assert str(db) in r.stderr and f"PID {holder.pid}" in r.stderr and "no snapshot" in r.stderr


def test_a_truncated_database_names_the_intact_snapshot(tmp_path):
    """A crash truncated the database: readers read the intact snapshot and say so; a writer stops
    with a message naming the snapshot and how to restore it."""
    db = tmp_path / "e.duckdb"
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "ingest",
                        str(write_records(tmp_path / "a.jsonl", 1, 2000)), "--db", str(db), "-q"],
                       env=env(EVIDENCE_INGEST_BATCH="500"), capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(min(size // 2, 16384))  # past the headers, before the data blocks: unreadable whatever the layout
    r = cli_query(db)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"n": 2000}
    assert str(snapshot_path(db)) in r.stderr and "cannot be opened" in r.stderr
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "ingest",
                        str(write_records(tmp_path / "b.jsonl", 5000, 5)), "--db", str(db), "-q"],
                       env=env(), capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    assert "unexpected" not in r.stderr
    assert str(snapshot_path(db)) in r.stderr and "restore" in r.stderr and "cp " in r.stderr


def test_a_new_database_has_a_snapshot_as_soon_as_the_writer_opens_it(tmp_path):
    db = tmp_path / "e.duckdb"
    with connect(db) as con:
        assert snapshot_path(db).exists()
        con.execute("SELECT 1")


def test_no_failed_read_during_a_live_refresh_of_a_new_database(tmp_path):
    """The probe's exact case: `evidence run` (live path, against the fake E-utilities server) into
    a new database, with a reviewer querying all along: 0 failed reads."""
    from pipeline.sources.fake_eutils import FakeEutils

    src = tmp_path / "msc.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for pmid in range(41000001, 41000031):
            fh.write(json.dumps({"pmid": pmid, "title": f"Mesenchymal stem cells for knee osteoarthritis ({pmid})",
                                 "abstract": "Sixty patients were randomised; pain improved with MSCs.",
                                 "publication_types": ["Randomized Controlled Trial"]}) + "\n")
    db = tmp_path / "live.duckdb"
    seen: list[int] = []
    failures: list[str] = []
    stop = threading.Event()
    reader = threading.Thread(target=reader_loop, args=(db, stop, seen, failures), daemon=True)
    with FakeEutils([src]) as srv:
        reader.start()
        try:
            r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "run", "--claims", "C11", "--db", str(db),
                                "--out", str(tmp_path / "site")],
                               env=env(EVIDENCE_EUTILS_URL=srv.url, PREFECT_HOME=str(tmp_path / "prefect")),
                               capture_output=True, text=True, timeout=600)
        finally:
            stop.set()
            reader.join(timeout=60)
    assert r.returncode == 0, r.stderr[-2000:]
    assert failures == []
    assert len(seen) > 30 and set(seen) <= {0, 30}
    assert read_count(db) == 30
