"""``ingest_runs`` bookkeeping and the ``quarantine`` of rejected records."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import duckdb

from pipeline.models import ParseProblem

SNIPPET_CHARS = 500


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def start_run(con: duckdb.DuckDBPyConnection, command: str, source: str | None) -> str:
    run_id = uuid.uuid4().hex[:16]
    con.execute(
        "INSERT INTO ingest_runs (run_id, command, source, started_at, status) VALUES (?, ?, ?, ?, 'running')",
        [run_id, command, source, _now()])
    return run_id


def finish_run(con: duckdb.DuckDBPyConnection, run_id: str, status: str, *, n_read: int = 0,
               n_inserted: int = 0, n_updated: int = 0, n_unchanged: int = 0, n_deleted: int = 0,
               n_quarantined: int = 0, message: str | None = None) -> None:
    con.execute(
        "UPDATE ingest_runs SET finished_at = ?, status = ?, n_read = ?, n_inserted = ?, n_updated = ?,"
        " n_unchanged = ?, n_deleted = ?, n_quarantined = ?, message = ? WHERE run_id = ?",
        [_now(), status, n_read, n_inserted, n_updated, n_unchanged, n_deleted, n_quarantined,
         message, run_id])


def quarantine(con: duckdb.DuckDBPyConnection, problem: ParseProblem, run_id: str | None) -> bool:
    """Record a rejected record; returns False if the same rejection was already recorded."""
    snippet = (problem.snippet or "")[:SNIPPET_CHARS]
    snippet = snippet.encode("utf-8", "replace").decode("utf-8")
    before = con.execute(
        "SELECT count(*) FROM quarantine WHERE source = ? AND position = ? AND reason = ?",
        [problem.source, problem.position, problem.reason]).fetchone()[0]
    if before:
        return False
    con.execute(
        "INSERT INTO quarantine (source, position, reason, snippet, run_id) VALUES (?, ?, ?, ?, ?)",
        [problem.source, problem.position, problem.reason, snippet, run_id])
    return True
