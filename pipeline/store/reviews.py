"""Writer and reader of reviewers' decisions: ``review_decisions`` (append-only) and the view
``review_decisions_in_force``.

A decision puts a person's reading of one linked study above the machine's for one claim: whether
the study tests the claim (``eligibility``) and which way its finding points (``direction``).
Decisions are keyed by (claim_id, pmid, field), never by link rows, so they survive re-extraction
and re-linking; grading (:mod:`pipeline.grading`) reads the ones in force. Nothing here updates or
deletes a row: a withdrawal is a row of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from pipeline.claims.direction_rules import DIRECTIONS
from pipeline.errors import InvalidDecision

# The public vocabularies of ../shared/CONTRACT.md (names are part of the contract: add, never rename).
EXCLUSION_REASONS = ("therapy_not_tested", "cointervention_only", "other_condition", "no_findings",
                     "mechanism_not_measured")
ELIGIBLE = "eligible"
FIELDS: dict[str, tuple[str, ...]] = {
    "eligibility": (ELIGIBLE, *EXCLUSION_REASONS),
    "direction": tuple(DIRECTIONS),
}
COLUMNS = ("decision_id", "claim_id", "pmid", "field", "value", "reviewer", "note", "decided_at", "withdraws")


@dataclass(frozen=True)
class Decision:
    """One row of ``review_decisions`` (``value`` is None and ``withdraws`` set on a withdrawal)."""

    decision_id: int
    claim_id: str
    pmid: int
    field: str
    value: str | None
    reviewer: str
    note: str
    decided_at: datetime
    withdraws: int | None = None

    @property
    def mark(self) -> str:
        """How the decision is cited beside the study: who, when, why."""
        return f"reviewer's decision ({self.reviewer}, {self.decided_at:%Y-%m-%d}): {self.note}"


def _required(name: str, text: str | None) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidDecision(f"a {name} is required (who decides, and why, is the audit trail)")
    return text


def validate(field: str, value: str) -> None:
    """Raise InvalidDecision (exit 5) unless ``field`` is a reviewable field and ``value`` one of its values."""
    if field not in FIELDS:
        raise InvalidDecision(f"unknown field {field!r}; fields: {', '.join(FIELDS)}")
    if value not in FIELDS[field]:
        raise InvalidDecision(f"{value!r} is not a value of {field}; one of: {', '.join(FIELDS[field])}")


def _check_subject(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int) -> None:
    if con.execute("SELECT 1 FROM claims WHERE claim_id = ?", [claim_id]).fetchone() is None:
        raise InvalidDecision(f"no claim {claim_id!r} in the database (see `evidence claims list`)")
    if con.execute("SELECT 1 FROM articles WHERE pmid = ?", [pmid]).fetchone() is None:
        raise InvalidDecision(f"no article with PMID {pmid} in the database")


def _next_id(con: duckdb.DuckDBPyConnection) -> int:
    # one writer at a time (DuckDB's file lock), inside the caller's transaction: max + 1 is safe
    return con.execute("SELECT coalesce(max(decision_id), 0) + 1 FROM review_decisions").fetchone()[0]


def record_decision(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int, field: str, value: str,
                    reviewer: str | None, note: str | None) -> Decision:
    """Append a decision after validating claim, PMID, field, value, reviewer and note (InvalidDecision,
    exit 5, on any fault; nothing is written then). Call inside a transaction."""
    validate(field, value)
    reviewer, note = _required("reviewer", reviewer), _required("note", note)
    _check_subject(con, claim_id, pmid)
    decision_id = _next_id(con)
    con.execute("INSERT INTO review_decisions (decision_id, claim_id, pmid, field, value, reviewer, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [decision_id, claim_id, pmid, field, value, reviewer, note])
    return decision(con, decision_id)


def withdraw_decision(con: duckdb.DuckDBPyConnection, decision_id: int, reviewer: str | None,
                      note: str | None) -> Decision:
    """Append a withdrawal of ``decision_id`` (a decision not yet withdrawn). Returns the
    withdrawal row. Call inside a transaction."""
    reviewer, note = _required("reviewer", reviewer), _required("note", note)
    target = decision(con, decision_id)
    if target is None or target.withdraws is not None:
        raise InvalidDecision(f"no decision {decision_id} (see `evidence review list`)")
    if con.execute("SELECT 1 FROM review_decisions WHERE withdraws = ?", [decision_id]).fetchone():
        raise InvalidDecision(f"decision {decision_id} is already withdrawn")
    new_id = _next_id(con)
    con.execute("INSERT INTO review_decisions (decision_id, claim_id, pmid, field, value, reviewer, note, withdraws) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?, ?)",
                [new_id, target.claim_id, target.pmid, target.field, reviewer, note, decision_id])
    return decision(con, new_id)


def decision(con: duckdb.DuckDBPyConnection, decision_id: int) -> Decision | None:
    """One row of ``review_decisions`` by id, or None."""
    row = con.execute(f"SELECT {', '.join(COLUMNS)} FROM review_decisions WHERE decision_id = ?",
                      [decision_id]).fetchone()
    return Decision(*row) if row else None


def decisions(con: duckdb.DuckDBPyConnection, claim_id: str | None = None) -> list[Decision]:
    """Every row (decisions and withdrawals), oldest first, of one claim or of all."""
    where, params = ("WHERE claim_id = ?", [claim_id]) if claim_id else ("", [])
    return [Decision(*r) for r in con.execute(
        f"SELECT {', '.join(COLUMNS)} FROM review_decisions {where} ORDER BY decision_id", params).fetchall()]


def in_force(con: duckdb.DuckDBPyConnection, claim_id: str) -> dict[int, dict[str, Decision]]:
    """pmid → field → the decision in force, for one claim."""
    out: dict[int, dict[str, Decision]] = {}
    for r in con.execute("SELECT decision_id, claim_id, pmid, field, value, reviewer, note, decided_at "
                         "FROM review_decisions_in_force WHERE claim_id = ?", [claim_id]).fetchall():
        d = Decision(*r)
        out.setdefault(d.pmid, {})[d.field] = d
    return out
