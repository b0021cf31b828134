"""Writer of the ``extractions`` table (one row per article and extractor version) for the NLP stage."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

# the columns of a row, in order; extracted_at is the database's
EXTRACTION_COLUMNS = ("pmid", "extractor_version", "content_hash", "design", "design_confidence", "design_reason",
                      "is_rct", "is_systematic_review", "is_meta_analysis", "is_protocol", "is_human", "is_animal",
                      "is_rodent", "is_in_vitro", "is_child", "species", "sample_size", "sample_size_sentence",
                      "entities", "used_metadata")


def pending_pmids(con: duckdb.DuckDBPyConnection, extractor_version: str) -> list[int]:
    """Articles with no extraction at ``extractor_version`` for their current content."""
    return [r[0] for r in con.execute(
        "SELECT a.pmid FROM articles a LEFT JOIN extractions e ON e.pmid = a.pmid "
        "AND e.extractor_version = ? AND e.content_hash = a.content_hash "
        "WHERE e.pmid IS NULL ORDER BY a.pmid", [extractor_version]).fetchall()]


def remove_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Drop extractions of articles no longer stored; returns how many."""
    n = con.execute("SELECT count(*) FROM extractions WHERE pmid NOT IN (SELECT pmid FROM articles)").fetchone()[0]
    if n:
        con.execute("DELETE FROM extractions WHERE pmid NOT IN (SELECT pmid FROM articles)")
    return n


def replace_extractions(con: duckdb.DuckDBPyConnection, extractor_version: str, pmids: list[int],
                        rows: list[tuple]) -> None:
    """Replace the extractions of ``pmids`` at ``extractor_version`` by ``rows`` (tuples in
    :data:`EXTRACTION_COLUMNS` order). Call inside a transaction."""
    con.execute("DELETE FROM extractions WHERE extractor_version = ? AND pmid IN (SELECT unnest(?))",
                [extractor_version, pmids])
    insert_rows(con, "extractions", EXTRACTION_COLUMNS, rows)
