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

from pipeline.models import DIRECTIONS
from pipeline.errors import InvalidDecision

# The public vocabularies of the project's contract (names are part of it: add, never rename).
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
    claim_hash, content_hash = context_now(con, claim_id, pmid)
    con.execute("INSERT INTO review_decisions (decision_id, claim_id, pmid, field, value, reviewer, note, "
                "claim_hash, content_hash, machine_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [decision_id, claim_id, pmid, field, value, reviewer, note, claim_hash, content_hash,
                 machine_value(con, claim_id, pmid, field)])
    return decision(con, decision_id)


def machine_value(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int, field: str) -> str | None:
    """The machine's reading of ``field`` for this study of this claim, as a decision now overrides
    it: the linker's direction; grading's eligibility ('eligible' or the typed exclusion reason).
    While a reviewer's eligibility decision is in force, grading shows the reviewer's, so the
    machine's is the one that decision recorded."""
    if field == "direction":
        row = con.execute("SELECT direction FROM claim_articles WHERE claim_id = ? AND pmid = ?", [claim_id, pmid]).fetchone()
        return row[0] if row else None
    earlier = con.execute("SELECT machine_value FROM review_decisions_in_force WHERE claim_id = ? AND pmid = ? "
                          "AND field = ?", [claim_id, pmid, field]).fetchone()
    if earlier is not None:
        return earlier[0]
    row = con.execute("SELECT CASE WHEN included THEN 'eligible' ELSE split_part(coalesce(exclusion_reason, level_label), "
                      "':', 1) END FROM evidence_levels WHERE claim_id = ? AND pmid = ?", [claim_id, pmid]).fetchone()
    return row[0] if row else None


def context_now(con: duckdb.DuckDBPyConnection, claim_id: str, pmid: int) -> tuple[str | None, str | None]:
    """What a decision made now is made against: the claim's definition (the claim_hash its link,
    or else its last link run, was computed for) and the article's content_hash."""
    return con.execute(
        "SELECT coalesce((SELECT first(claim_hash) FROM claim_articles WHERE claim_id = $1 AND pmid = $2), "
        "(SELECT max(claim_hash) FROM link_state WHERE claim_id = $1)), "
        "(SELECT first(content_hash) FROM articles WHERE pmid = $2)", [claim_id, pmid]).fetchone()


@dataclass(frozen=True)
class SecondLook:
    """A decision in force whose claim definition or article content changed since it was made."""

    decision: Decision
    claim_changed: bool
    article_changed: bool

    @property
    def why(self) -> str:
        parts = (["the claim's definition changed"] if self.claim_changed else []) + \
                (["the article was revised"] if self.article_changed else [])
        return " and ".join(parts) + " since the decision"


def has_context(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database records decisions' context (migration 016; a read-only copy may be older)."""
    return bool(con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'review_decisions_in_force' "
                            "AND column_name = 'needs_second_look'").fetchone()[0])


def second_looks(con: duckdb.DuckDBPyConnection, claim_id: str | None = None) -> list[SecondLook]:
    """Decisions in force that need a second look (they stay in force), by claim, PMID and field."""
    where, params = ("AND claim_id = ?", [claim_id]) if claim_id else ("", [])
    rows = con.execute("SELECT decision_id, claim_id, pmid, field, value, reviewer, note, decided_at, "
                       "claim_changed, article_changed FROM review_decisions_in_force "
                       f"WHERE needs_second_look {where} ORDER BY claim_id, pmid, field", params).fetchall()
    return [SecondLook(Decision(*r[:8]), r[8], r[9]) for r in rows]


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
    return in_force_all(con, [claim_id]).get(claim_id, {})


def in_force_all(con: duckdb.DuckDBPyConnection, claim_ids: list[str] | None = None) -> dict[str, dict[int, dict[str, Decision]]]:
    """claim → pmid → field → the decision in force, for ``claim_ids`` (every claim when None), in one query."""
    where, params = ("WHERE claim_id IN (SELECT unnest(?))", [list(claim_ids)]) if claim_ids is not None else ("", [])
    out: dict[str, dict[int, dict[str, Decision]]] = {}
    for r in con.execute("SELECT decision_id, claim_id, pmid, field, value, reviewer, note, decided_at "
                         f"FROM review_decisions_in_force {where}", params).fetchall():
        d = Decision(*r)
        out.setdefault(d.claim_id, {}).setdefault(d.pmid, {})[d.field] = d
    return out


# `evidence review export|import FILE.csv`: a reviewer works on the decisions in a spreadsheet.
IMPORT_COLUMNS = ("claim_id", "pmid", "field", "value", "reviewer", "note")
EXPORT_COLUMNS = (*IMPORT_COLUMNS, "decided_at")


@dataclass(frozen=True)
class ImportResult:
    """What an import did: decisions appended, and rows skipped as identical to the one in force."""

    new: int
    skipped: int


def export_rows(con: duckdb.DuckDBPyConnection, history: bool = False) -> list[dict]:
    """The decisions in force (or, with ``history``, every decision and withdrawal, oldest first)
    as dicts for a CSV: EXPORT_COLUMNS, plus ``decision_id`` and ``withdraws`` for the history."""
    if history:
        return [{**{c: getattr(d, c) for c in COLUMNS}, "decided_at": _when(d.decided_at)} for d in decisions(con)]
    cur = con.execute(f"SELECT {', '.join(EXPORT_COLUMNS)} FROM review_decisions_in_force "
                      "ORDER BY claim_id, pmid, field")
    return [{**dict(zip(EXPORT_COLUMNS, r)), "decided_at": _when(r[-1])} for r in cur.fetchall()]


def _when(t: datetime) -> str:
    return t.isoformat(sep=" ", timespec="seconds")


def import_decisions(con: duckdb.DuckDBPyConnection, rows: list[tuple[int, dict[str, str | None]]]) -> ImportResult:
    """Validate every ``(line, row)`` first (the rules of ``record_decision``, and one row per claim,
    PMID and field), then append the rows that differ from the decision in force. On any fault
    nothing is written and InvalidDecision (exit 5) names every bad line with its reason.
    Call inside a transaction."""
    claims = {c.lower(): c for (c,) in con.execute("SELECT claim_id FROM claims").fetchall()}
    pmid_cells = {(r.get("pmid") or "").strip() for _, r in rows}
    wanted = [int(p) for p in pmid_cells if p.isdigit()]
    known = {p for (p,) in con.execute("SELECT pmid FROM articles WHERE list_contains(?, pmid)", [wanted]).fetchall()}
    force = {(d[0], d[1], d[2]): tuple(d[3:]) for d in con.execute(
        "SELECT claim_id, pmid, field, value, reviewer, note FROM review_decisions_in_force").fetchall()}

    errors: list[str] = []
    seen: dict[tuple[str, int, str], int] = {}
    todo: list[tuple] = []
    skipped = 0
    for line, row in rows:
        cell = {c: (row.get(c) or "").strip() for c in IMPORT_COLUMNS}
        why = []
        claim_id = claims.get(cell["claim_id"].lower())
        if not cell["claim_id"]:
            why.append("no claim_id")
        elif claim_id is None:
            why.append(f"no claim {cell['claim_id']!r} in the database")
        pmid = int(cell["pmid"]) if cell["pmid"].isdigit() else None
        if pmid is None:
            why.append(f"pmid {cell['pmid']!r} is not a PMID" if cell["pmid"] else "no pmid")
        elif pmid not in known:
            why.append(f"no article with PMID {pmid} in the database")
        try:
            validate(cell["field"], cell["value"])
        except InvalidDecision as exc:
            why.append(str(exc))
        for name in ("reviewer", "note"):
            if not cell[name]:
                why.append(f"a {name} is required")
        key = (claim_id, pmid, cell["field"])
        if not why and key in seen:
            why.append(f"line {seen[key]} already decides {claim_id} PMID {pmid} {cell['field']} "
                       "(one row per claim, PMID and field)")
        if why:
            errors.append(f"line {line}: {'; '.join(why)}")
            continue
        seen[key] = line
        if force.get(key) == (cell["value"], cell["reviewer"], cell["note"]):
            skipped += 1
        else:
            todo.append((claim_id, pmid, cell["field"], cell["value"], cell["reviewer"], cell["note"]))
    if errors:
        raise InvalidDecision(f"{len(errors)} bad line{'s' if len(errors) > 1 else ''} "
                              "(line 1 is the header); nothing was imported:\n" + "\n".join(errors))
    for args in todo:
        record_decision(con, *args)
    return ImportResult(new=len(todo), skipped=skipped)


@dataclass(frozen=True)
class Overturns:
    """How often reviewers overturned one kind of machine judgement (``claim_id`` None: all claims)."""

    claim_id: str | None
    field: str
    decisions: int
    compared: int
    overturned: int
    confirmed: int

    @property
    def share(self) -> float | None:
        return self.overturned / self.compared if self.compared else None


def overturns(con: duckdb.DuckDBPyConnection, by_claim: bool = False) -> list[Overturns]:
    """From the view ``review_overturns``: per field over all claims, or per claim and field."""
    if by_claim:
        sql = ("SELECT claim_id, field, decisions, compared, overturned, confirmed FROM review_overturns "
               "ORDER BY claim_id, field")
    else:
        sql = ("SELECT NULL, field, sum(decisions), sum(compared), sum(overturned), sum(confirmed) "
               "FROM review_overturns GROUP BY field ORDER BY field")
    return [Overturns(r[0], r[1], *(int(x) for x in r[2:])) for r in con.execute(sql).fetchall()]
