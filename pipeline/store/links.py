"""Writer and reader of the link tables: ``claim_articles``, ``claim_queries``, ``link_state``.

The linker (:mod:`pipeline.claims.linker`) decides; this module is where its decisions are read back
and written. Rows are plain tuples in the order of :data:`LINK_COLUMNS`.
"""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

# the columns a link row carries, in order (linked_at is the database's, query_hit is always TRUE)
LINK_COLUMNS = ("claim_id", "pmid", "relevance", "relevance_reasons", "therapy_mentions", "condition_mentions",
                "direction", "direction_sentence", "direction_confidence", "claim_hash", "content_hash",
                "linker_version", "eligibility", "exclusion_reason", "indirectness", "eligibility_evidence",
                "eligibility_why", "linked", "condition_direct", "direction_not_about")


def link_state(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, tuple]:
    """claim_id → (claim_hash, articles_state, linker_version) of each claim's last link run from ``source``."""
    return {r[0]: tuple(r[1:]) for r in con.execute(
        "SELECT claim_id, claim_hash, articles_state, linker_version FROM link_state WHERE source = ?",
        [source]).fetchall()}


def link_counts(con: duckdb.DuckDBPyConnection, claim_id: str, threshold: float) -> tuple[int, int]:
    """(stored hits, hits with relevance ≥ ``threshold``) of one claim."""
    hits, linked = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE relevance >= ?) FROM claim_articles WHERE claim_id = ?",
        [threshold, claim_id]).fetchone()
    return hits, linked


def current_links(con: duckdb.DuckDBPyConnection, claim_id: str) -> dict[int, tuple]:
    """pmid → (claim_hash, content_hash, linker_version) of one claim's stored links."""
    return {r[0]: tuple(r[1:]) for r in con.execute(
        "SELECT pmid, claim_hash, content_hash, linker_version FROM claim_articles WHERE claim_id = ?",
        [claim_id]).fetchall()}


def record_query(con: duckdb.DuckDBPyConnection, claim_id: str, query: str, source: str, n_hits: int) -> None:
    """The query run for a claim and how many articles it returned (replacing the last one)."""
    con.execute("DELETE FROM claim_queries WHERE claim_id = ? AND source = ?", [claim_id, source])
    con.execute("INSERT INTO claim_queries (claim_id, query, source, n_hits) VALUES (?, ?, ?, ?)",
                [claim_id, query, source, n_hits])


def replace_links(con: duckdb.DuckDBPyConnection, claim_id: str, remove: list[int], rows: list[tuple]) -> None:
    """Drop the claim's links to ``remove`` and insert ``rows`` (tuples in :data:`LINK_COLUMNS` order).
    Call inside a transaction, with :func:`mark_linked`."""
    if remove:
        con.execute("DELETE FROM claim_articles WHERE claim_id = ? AND pmid IN (SELECT unnest(?))", [claim_id, remove])
    insert_rows(con, "claim_articles", LINK_COLUMNS, rows, constants={"query_hit": "TRUE"})


def mark_linked(con: duckdb.DuckDBPyConnection, claim_id: str, source: str, claim_hash: str, articles_state: str,
                linker_version: str) -> None:
    """Remember what a claim's links were computed from, so an unchanged rerun skips it."""
    con.execute("DELETE FROM link_state WHERE claim_id = ? AND source = ?", [claim_id, source])
    con.execute("INSERT INTO link_state VALUES (?, ?, ?, ?, ?)", [claim_id, source, claim_hash, articles_state,
                                                                  linker_version])
