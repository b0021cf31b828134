"""Writer of ``study_arms`` and ``study_comparisons`` (schemas/014_arms_eligibility.sql): who got what,
as :mod:`pipeline.nlp.arms` reads it, and the comparisons a linked study reports for a claim."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

ARM_COLUMNS = ("pmid", "arm_index", "label", "received", "n", "is_control", "sentence")
COMPARISON_COLUMNS = ("claim_id", "pmid", "comparison_index", "intervention", "comparator", "outcome", "finding",
                      "finding_source", "sentence")


def replace_arms(con: duckdb.DuckDBPyConnection, pmids: list[int], arms: dict) -> None:
    """Replace the arms of ``pmids`` with ``arms`` (pmid → :class:`pipeline.nlp.arms.StudyArms`)."""
    if pmids:
        con.execute("DELETE FROM study_arms WHERE pmid IN (SELECT unnest(?))", [pmids])
    rows = [(p, a.index, a.label, a.received, a.n, a.is_control, a.sentence)
            for p in pmids if p in arms for a in arms[p].arms]
    insert_rows(con, "study_arms", ARM_COLUMNS, rows)


def replace_comparisons(con: duckdb.DuckDBPyConnection, claim_id: str, pmids: list[int], comparisons: dict) -> None:
    """Replace one claim's comparisons of ``pmids`` (pmid → tuple of ArmComparison). Call inside the
    transaction that replaces the claim's links."""
    if pmids:
        con.execute("DELETE FROM study_comparisons WHERE claim_id = ? AND pmid IN (SELECT unnest(?))", [claim_id, pmids])
    rows = [(claim_id, p, i, c.intervention, c.comparator, c.outcome, c.finding, c.finding_source, c.sentence)
            for p in pmids for i, c in enumerate(comparisons.get(p, ()))]
    insert_rows(con, "study_comparisons", COMPARISON_COLUMNS, rows)


def arms_of(con: duckdb.DuckDBPyConnection, pmid: int) -> list[tuple]:
    """(label, received, n, is_control) of one study's arms, in order."""
    return con.execute("SELECT label, received, n, is_control FROM study_arms WHERE pmid = ? ORDER BY arm_index",
                       [pmid]).fetchall()


def comparisons_of(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int) -> list[tuple]:
    """(intervention, comparator, finding, finding_source) of one linked study's comparisons."""
    return con.execute("SELECT intervention, comparator, finding, finding_source FROM study_comparisons "
                       "WHERE claim_id = ? AND pmid = ? ORDER BY comparison_index", [claim_id, pmid]).fetchall()
