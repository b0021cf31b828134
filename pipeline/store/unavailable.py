"""``fetch_unavailable``: PMIDs a query's esearch listed but efetch did not return after retries."""

from __future__ import annotations

from datetime import datetime, timezone

import duckdb

from pipeline.store.db import transaction


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def pending_unavailable(con: duckdb.DuckDBPyConnection, query_id: str) -> dict[int, int]:
    """PMIDs recorded unavailable for ``query_id`` → how many runs have missed each."""
    rows = con.execute("SELECT pmid, runs_missing FROM fetch_unavailable WHERE query_id = ?", [query_id]).fetchall()
    return {int(p): int(n) for p, n in rows}


def record_unavailable(con: duckdb.DuckDBPyConnection, query_id: str, pmids: list[int], reason: str,
                       attempts: int, run_id: str | None) -> dict[int, int]:
    """Record that this run did not get ``pmids``; returns each one's ``runs_missing`` now."""
    if not pmids:
        return {}
    now = _now()
    with transaction(con):
        for p in sorted(set(pmids)):
            con.execute(
                "INSERT INTO fetch_unavailable (query_id, pmid, reason, attempts, runs_missing, first_missing_at,"
                " last_missing_at, last_run_id) VALUES (?, ?, ?, ?, 1, ?, ?, ?)"
                " ON CONFLICT (query_id, pmid) DO UPDATE SET reason = excluded.reason, attempts = excluded.attempts,"
                " runs_missing = fetch_unavailable.runs_missing + 1, last_missing_at = excluded.last_missing_at,"
                " last_run_id = excluded.last_run_id",
                [query_id, p, reason, attempts, now, now, run_id])
    return {p: n for p, n in pending_unavailable(con, query_id).items() if p in set(pmids)}


def resolve_unavailable(con: duckdb.DuckDBPyConnection, query_id: str, pmids) -> int:
    """Forget ``pmids`` for ``query_id`` (their records arrived, or the query no longer lists them)."""
    pmids = sorted(set(pmids))
    if not pmids:
        return 0
    with transaction(con):
        n = con.execute("SELECT count(*) FROM fetch_unavailable WHERE query_id = ? AND pmid IN (SELECT unnest(?))",
                        [query_id, pmids]).fetchone()[0]
        con.execute("DELETE FROM fetch_unavailable WHERE query_id = ? AND pmid IN (SELECT unnest(?))",
                    [query_id, pmids])
    return int(n)
