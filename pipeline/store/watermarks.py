"""``fetch_watermarks``: per claim query, the date up to which every record is known to be stored.

A watermark may only move once every PMID the query listed is stored or recorded unavailable
(pipeline/fetch.py decides when); this module is the only place that reads or writes the table."""

from __future__ import annotations

import duckdb

from pipeline.store.db import transaction


def read_watermark(con: duckdb.DuckDBPyConnection, query_id: str, query_hash: str) -> str | None:
    """The stored watermark of ``query_id``, or None when none is stored or the query text changed
    since (a changed query must be searched whole again)."""
    row = con.execute("SELECT query_hash, watermark FROM fetch_watermarks WHERE query_id = ?", [query_id]).fetchone()
    return row[1] if row and row[0] == query_hash else None


def set_watermark(con: duckdb.DuckDBPyConnection, query_id: str, query_hash: str, watermark: str, count: int) -> None:
    """Replace ``query_id``'s watermark in one transaction."""
    with transaction(con):
        con.execute("DELETE FROM fetch_watermarks WHERE query_id = ?", [query_id])
        con.execute("INSERT INTO fetch_watermarks (query_id, query_hash, watermark, last_count) VALUES (?, ?, ?, ?)",
                    [query_id, query_hash, watermark, count])
