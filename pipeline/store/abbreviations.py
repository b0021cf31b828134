"""Writer and reader of the ``article_abbreviations`` table: the short forms each article defines, as
the extract stage read them (written with the article's extraction, read back by the linker)."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

# the columns of a row, in order; abbreviations is a list of {short_form, long_form} in text order
ABBREVIATION_COLUMNS = ("pmid", "extractor_version", "abbreviations")


def row(pmid: int, extractor_version: str, abbreviations: dict[str, str]) -> tuple:
    """One article's row (in :data:`ABBREVIATION_COLUMNS` order) from its short form → long form map."""
    return (pmid, extractor_version, [{"short_form": s, "long_form": lf} for s, lf in abbreviations.items()])


def replace_abbreviations(con: duckdb.DuckDBPyConnection, extractor_version: str, pmids: list[int],
                          rows: list[tuple]) -> None:
    """Replace the rows of ``pmids`` at ``extractor_version`` by ``rows`` (see :func:`row`). Call inside
    the transaction that writes the same articles' extractions."""
    con.execute("DELETE FROM article_abbreviations WHERE extractor_version = ? AND pmid IN (SELECT unnest(?))",
                [extractor_version, pmids])
    insert_rows(con, "article_abbreviations", ABBREVIATION_COLUMNS, rows)


def remove_orphans(con: duckdb.DuckDBPyConnection) -> int:
    """Drop rows of articles no longer stored; returns how many."""
    n = con.execute("SELECT count(*) FROM article_abbreviations WHERE pmid NOT IN (SELECT pmid FROM articles)").fetchone()[0]
    if n:
        con.execute("DELETE FROM article_abbreviations WHERE pmid NOT IN (SELECT pmid FROM articles)")
    return n


def current_abbreviations(con: duckdb.DuckDBPyConnection, pmids: list[int] | None = None) -> dict[int, dict[str, str]]:
    """pmid → short form → long form, in the order the abstract defines them, for every article (or
    those of ``pmids``) whose current extraction read its abbreviations (an article missing here was
    not read: the caller reads it)."""
    sql, params = "SELECT pmid, abbreviations FROM article_abbreviations_current", []
    if pmids is not None:
        sql, params = sql + " WHERE pmid IN (SELECT unnest(?))", [list(pmids)]
    return {pmid: {p["short_form"]: p["long_form"] for p in pairs} for pmid, pairs in con.execute(sql, params).fetchall()}
