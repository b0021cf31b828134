"""Writer of ``study_arms`` and ``study_comparisons`` (schemas/014_arms_eligibility.sql): who got what,
as :mod:`pipeline.nlp.arms` reads it, and the comparisons a linked study reports for a claim."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

ARM_COLUMNS = ("pmid", "arm_index", "label", "received", "n", "is_control", "sentence")
COMPARISON_COLUMNS = ("claim_id", "pmid", "comparison_index", "intervention", "comparator", "outcome", "finding",
                      "finding_source", "sentence",
                      # migration 018: the per-comparison reader's answer and the effect it read
                      "finding_label", "finding_confidence", "outcome_source", "effect_measure", "effect_estimate",
                      "ci_low", "ci_high", "p_value", "p_relation", "events", "effect_text")


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
    replace_claims_comparisons(con, [(claim_id, pmids, comparisons)])


def _effect_columns(e) -> tuple:
    """(effect_measure, effect_estimate, ci_low, ci_high, p_value, p_relation, events, effect_text) of an
    :class:`pipeline.nlp.effects.Effect` (all None without one)."""
    if e is None:
        return (None,) * 8
    events = " vs ".join(f"{a}/{n}" for a, n in e.events) if e.events else None
    return (e.kind, e.value, e.ci_low, e.ci_high, e.p_value, e.p_relation, events, e.text)


def comparison_findings_of(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int) -> list[dict]:
    """Every stored column of one linked study's comparisons for a claim, as dicts, in order."""
    cur = con.execute("SELECT * FROM study_comparisons WHERE claim_id = ? AND pmid = ? ORDER BY comparison_index",
                      [claim_id, pmid])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def arms_of(con: duckdb.DuckDBPyConnection, pmid: int) -> list[tuple]:
    """(label, received, n, is_control) of one study's arms, in order."""
    return con.execute("SELECT label, received, n, is_control FROM study_arms WHERE pmid = ? ORDER BY arm_index",
                       [pmid]).fetchall()


def comparisons_of(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int) -> list[tuple]:
    """(intervention, comparator, finding, finding_source) of one linked study's comparisons."""
    return con.execute("SELECT intervention, comparator, finding, finding_source FROM study_comparisons "
                       "WHERE claim_id = ? AND pmid = ? ORDER BY comparison_index", [claim_id, pmid]).fetchall()


def replace_claims_comparisons(con: duckdb.DuckDBPyConnection, batch: list[tuple[str, list[int], dict]]) -> None:
    """:func:`replace_comparisons` for many claims in a few statements: ``batch`` is (claim_id, pmids,
    pmid → comparisons) per claim, distinct claim ids. Call inside the transaction that replaces their links."""
    pairs = [(cid, p) for cid, pmids, _ in batch for p in pmids]
    if pairs:
        con.execute("DELETE FROM study_comparisons USING (SELECT unnest(?::VARCHAR[]) AS c, unnest(?::BIGINT[]) AS p) d "
                    "WHERE study_comparisons.claim_id = d.c AND study_comparisons.pmid = d.p",
                    [[c for c, _ in pairs], [p for _, p in pairs]])
    rows = [(cid, p, i, c.intervention, c.comparator, c.outcome, c.finding, c.finding_source, c.sentence,
             getattr(c, "finding_label", None), getattr(c, "finding_confidence", None),
             getattr(c, "outcome_source", None), *_effect_columns(getattr(c, "effect", None)))
            for cid, pmids, comparisons in batch for p in pmids for i, c in enumerate(comparisons.get(p, ()))]
    insert_rows(con, "study_comparisons", COMPARISON_COLUMNS, rows)
