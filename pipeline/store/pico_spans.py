"""Writer of the ``pico_spans`` table: the P/I/O spans the extract stage read in each article."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

# the columns of a row, in order
PICO_COLUMNS = ("pmid", "extractor_version", "element", "start_char", "end_char", "sentence", "text", "score")


def replace_spans(con: duckdb.DuckDBPyConnection, extractor_version: str, pmids: list[int],
                  rows: list[tuple]) -> None:
    """Replace the spans of ``pmids`` at ``extractor_version`` by ``rows`` (tuples in
    :data:`PICO_COLUMNS` order): a re-run leaves one copy. Call inside the transaction that writes
    the same articles' extractions."""
    con.execute("DELETE FROM pico_spans WHERE extractor_version = ? AND pmid IN (SELECT unnest(?))",
                [extractor_version, pmids])
    insert_rows(con, "pico_spans", PICO_COLUMNS, rows)


def remove_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Drop spans of articles no longer stored; returns how many."""
    n = con.execute("SELECT count(*) FROM pico_spans WHERE pmid NOT IN (SELECT pmid FROM articles)").fetchone()[0]
    if n:
        con.execute("DELETE FROM pico_spans WHERE pmid NOT IN (SELECT pmid FROM articles)")
    return n


def spans_of(con: duckdb.DuckDBPyConnection, pmid: int) -> list[tuple]:
    """The current spans of one article (``article_pico``), in text order: (element, start, end, sentence, text, score)."""
    return con.execute("SELECT element, start_char, end_char, sentence, text, score FROM article_pico "
                       "WHERE pmid = ? ORDER BY start_char, end_char, element", [pmid]).fetchall()
