"""``ingest_runs`` bookkeeping and the ``quarantine`` of rejected records."""

from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone

import duckdb

from pipeline.logs import redact
from pipeline.models import ParseProblem

SNIPPET_CHARS = 500
# Identifies this process in ``ingest_runs`` (a PID alone can be reused by a later process).
PROCESS_TOKEN = uuid.uuid4().hex


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_run(con: duckdb.DuckDBPyConnection, command: str, source: str | None) -> str:
    run_id = uuid.uuid4().hex[:16]
    con.execute(
        "INSERT INTO ingest_runs (run_id, command, source, started_at, status, pid, process_token)"
        " VALUES (?, ?, ?, ?, 'running', ?, ?)",
        [run_id, command, redact(source) if source else source, _now(), os.getpid(), PROCESS_TOKEN])
    return run_id


def mark_interrupted_runs(con: duckdb.DuckDBPyConnection) -> int:
    """Mark "running" rows of other processes "interrupted"; returns how many.

    Called by a writer that holds the database lock: a run is started and finished on one
    connection, so while we hold the lock no other process can be in the middle of one. A row still
    "running" that another process started was left by a process that died (killed, power loss).
    """
    rows = con.execute(
        "SELECT run_id, pid FROM ingest_runs WHERE status = 'running' AND process_token IS DISTINCT FROM ?",
        [PROCESS_TOKEN]).fetchall()
    for run_id, pid in rows:
        who = f"process {pid}" if pid else "the process that started it"
        con.execute(
            "UPDATE ingest_runs SET status = 'interrupted', message = ? WHERE run_id = ?",
            [f"interrupted: {who} ended without finishing this run (found by process {os.getpid()} at "
             f"{_now():%Y-%m-%d %H:%M:%S} UTC); records committed before that are kept, a re-run resumes", run_id])
    return len(rows)


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, *, n_read: int = 0,
               n_inserted: int = 0, n_updated: int = 0, n_unchanged: int = 0, n_deleted: int = 0,
               n_quarantined: int = 0, message: str | None = None) -> None:
    con.execute(
        "UPDATE ingest_runs SET finished_at = ?, status = ?, n_read = ?, n_inserted = ?, n_updated = ?,"
        " n_unchanged = ?, n_deleted = ?, n_quarantined = ?, message = ? WHERE run_id = ?",
        [_now(), status, n_read, n_inserted, n_updated, n_unchanged, n_deleted, n_quarantined,
         redact(message) if message else message, run_id])


def quarantine(con: duckdb.DuckDBPyConnection, problem: ParseProblem, run_id: str | None) -> bool:
    """Record a rejected record; returns False if the same rejection was already recorded.

    This is the one place a rejected record's text enters the database, so secrets are redacted
    here: a server that echoes the request (``api_key=…``) inside a malformed record must not
    store the key. Redaction comes before truncation, which could otherwise cut a key in two.
    """
    snippet = redact(problem.snippet or "")[:SNIPPET_CHARS]
    snippet = snippet.encode("utf-8", "replace").decode("utf-8")
    problem = ParseProblem(redact(problem.source), redact(problem.position), redact(problem.reason),
                           snippet, problem.fatal)
    before = con.execute(
        "SELECT count(*) FROM quarantine WHERE source = ? AND position = ? AND reason = ?",
        [problem.source, problem.position, problem.reason]).fetchone()[0]
    if before:
        return False
    con.execute(
        "INSERT INTO quarantine (source, position, reason, snippet, run_id) VALUES (?, ?, ?, ?, ?)",
        [problem.source, problem.position, problem.reason, snippet, run_id])
    return True
