"""Writer of the ``claims`` table (the catalog as the database holds it)."""

from __future__ import annotations

import duckdb

# the columns of a row, in order; loaded_at is the database's
CLAIM_COLUMNS = ("claim_id", "title", "therapy", "therapy_synonyms", "condition", "condition_synonyms", "seed_quote",
                 "seed_start", "seed_end", "seed_strength", "query", "topics", "reference_pmids", "notes", "kind",
                 "comparator", "added_to", "population")


def upsert_claim(con: duckdb.DuckDBPyConnection, row: list) -> bool:
    """Write one claim row (:data:`CLAIM_COLUMNS` order) unless the stored one is the same; an
    unchanged row keeps its loaded_at, so reruns leave the table byte-identical. True when written."""
    old = con.execute(f"SELECT {', '.join(CLAIM_COLUMNS[1:])} FROM claims WHERE claim_id = ?", [row[0]]).fetchone()
    if old is not None and list(old) == list(row[1:]):
        return False
    con.execute("DELETE FROM claims WHERE claim_id = ?", [row[0]])
    con.execute(f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({', '.join(['?'] * len(CLAIM_COLUMNS))})",
                list(row))
    return True
