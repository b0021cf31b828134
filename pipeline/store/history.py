"""Writer and reader of ``grade_history`` (issue 19 item 4): every grade that changed, with the run
that changed it and why.

The grading stage calls :func:`record_grade` once per claim it grades. A row is appended only when
the grade, the seed-versus-evidence flag or the set of studies counted for the grade differs from the
claim's latest row (or the claim has none: its baseline), so re-grading an unchanged database, or a
refresh that brings nothing new, leaves the table as it was. Nothing here updates or deletes a row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from pipeline.store.db import insert_rows

# Why a row was written (the ``reasons`` column); more than one may apply.
FIRST_GRADE = "first_grade"            # the claim's first recorded grade (its baseline)
NEW_STUDIES = "new_studies"            # studies counted now that were not (a new record, a new link)
STUDIES_REMOVED = "studies_removed"    # studies no longer counted (retracted, unlinked, re-read)
REVIEWER_DECISIONS = "reviewer_decisions"  # the reviewers' decisions in force on the claim changed
RUBRIC_VERSION = "rubric_version"      # graded by another rubric version
LINKER_VERSION = "linker_version"      # linked by another linker version
READING_CHANGED = "reading_changed"    # none of the above: the machine's reading of a counted study changed
REASONS = (FIRST_GRADE, NEW_STUDIES, STUDIES_REMOVED, REVIEWER_DECISIONS, RUBRIC_VERSION, LINKER_VERSION,
           READING_CHANGED)

COLUMNS = ("history_id", "claim_id", "run_id", "graded_at", "grade", "previous_grade", "seed_vs_evidence",
           "previous_seed_vs_evidence", "rubric_version", "previous_rubric_version", "linker_version",
           "previous_linker_version", "n_eligible", "eligible_pmids", "pmids_added", "pmids_removed",
           "decision_ids", "reasons")


@dataclass(frozen=True)
class HistoryRow:
    """One row of ``grade_history`` (lists as tuples)."""

    history_id: int
    claim_id: str
    run_id: str
    graded_at: datetime
    grade: str
    previous_grade: str | None
    seed_vs_evidence: str
    previous_seed_vs_evidence: str | None
    rubric_version: str
    previous_rubric_version: str | None
    linker_version: str | None
    previous_linker_version: str | None
    n_eligible: int
    eligible_pmids: tuple[int, ...]
    pmids_added: tuple[int, ...]
    pmids_removed: tuple[int, ...]
    decision_ids: tuple[int, ...]
    reasons: tuple[str, ...]

    @property
    def first(self) -> bool:
        return FIRST_GRADE in self.reasons


def new_run_id() -> str:
    """An id for a grading run started outside the Prefect flow (`evidence grade`)."""
    return "grade-" + uuid.uuid4().hex[:12]


def _row(r) -> HistoryRow:
    vals = list(r)
    for i, c in enumerate(COLUMNS):
        if c in ("eligible_pmids", "pmids_added", "pmids_removed", "decision_ids", "reasons"):
            vals[i] = tuple(vals[i] or ())
    return HistoryRow(*vals)


def has_history(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database has the table (a read-only database may predate migration 015)."""
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'grade_history'")
                .fetchone()[0])


def latest(con: duckdb.DuckDBPyConnection, claim_id: str) -> HistoryRow | None:
    """The claim's newest history row, or None."""
    r = con.execute(f"SELECT {', '.join(COLUMNS)} FROM grade_history WHERE claim_id = ? "
                    "ORDER BY history_id DESC LIMIT 1", [claim_id]).fetchone()
    return _row(r) if r else None


def rows(con: duckdb.DuckDBPyConnection, claim_id: str | None = None, since: datetime | None = None,
         run_id: str | None = None) -> list[HistoryRow]:
    """History rows, oldest first, filtered by claim, by time (graded_at ≥ ``since``) and by run."""
    where, params = [], []
    for cond, val in (("claim_id = ?", claim_id), ("graded_at >= ?", since), ("run_id = ?", run_id)):
        if val is not None:
            where.append(cond)
            params.append(val)
    sql = f"SELECT {', '.join(COLUMNS)} FROM grade_history"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_row(r) for r in con.execute(sql + " ORDER BY history_id", params).fetchall()]


def latest_run(con: duckdb.DuckDBPyConnection) -> str | None:
    """The run id of the newest history row (the last grading that changed anything)."""
    r = con.execute("SELECT run_id FROM grade_history ORDER BY history_id DESC LIMIT 1").fetchone()
    return r[0] if r else None


def reasons_for(previous: HistoryRow | None, eligible: set[int], decisions: dict[int, int],
                previous_decisions: dict[int, int], rubric_version: str, linker_version: str | None) -> list[str]:
    """Why a claim's grade row changed since ``previous`` (pure; ``decisions``: decision id → PMID).
    Studies that entered or left the counted set because a reviewer's decision changed count as the
    reviewer's doing, not as new or removed studies."""
    if previous is None:
        return [FIRST_GRADE]
    changed = set(decisions) ^ set(previous_decisions)
    decided_pmids = {({**previous_decisions, **decisions})[d] for d in changed}
    before = set(previous.eligible_pmids)
    out = []
    if (eligible - before) - decided_pmids:
        out.append(NEW_STUDIES)
    if (before - eligible) - decided_pmids:
        out.append(STUDIES_REMOVED)
    if changed:
        out.append(REVIEWER_DECISIONS)
    if rubric_version != previous.rubric_version:
        out.append(RUBRIC_VERSION)
    if linker_version != previous.linker_version:
        out.append(LINKER_VERSION)
    return out or [READING_CHANGED]


def record_grade(con: duckdb.DuckDBPyConnection, run_id: str, claim_id: str, grade: str, seed_vs_evidence: str,
                 rubric_version: str, eligible_pmids, *, now: datetime | None = None) -> HistoryRow | None:
    """Append the claim's history row if its grade, flag or counted studies differ from its latest
    row (or it has none); return the row written, or None. Call inside the grading transaction,
    before the claim's ``claim_grades`` row is replaced (a claim graded before history existed takes
    its previous grade and flag from there)."""
    written = record_grades(con, run_id, [(claim_id, grade, seed_vs_evidence, eligible_pmids)], rubric_version,
                            now=now)
    return written[0] if written else None


def _latest_of(con: duckdb.DuckDBPyConnection, claim_ids: list[str]) -> dict[str, HistoryRow]:
    """The newest history row of each of ``claim_ids`` that has one."""
    return {r[1]: _row(r) for r in con.execute(
        f"SELECT {', '.join(COLUMNS)} FROM grade_history WHERE claim_id IN (SELECT unnest(?)) "
        "QUALIFY row_number() OVER (PARTITION BY claim_id ORDER BY history_id DESC) = 1", [claim_ids]).fetchall()}


def record_grades(con: duckdb.DuckDBPyConnection, run_id: str, grades: list[tuple[str, str, str, object]],
                  rubric_version: str, *, now: datetime | None = None) -> list[HistoryRow]:
    """:func:`record_grade` for many claims at once — ``grades``: (claim_id, grade, seed_vs_evidence,
    eligible PMIDs), in the order their rows are numbered — reading what it compares with in a few
    queries for all of them; returns the rows written. Call before the claims' ``claim_grades`` rows
    are replaced."""
    ids = [g[0] for g in grades]
    if not ids:
        return []
    latest_rows = _latest_of(con, ids)
    linkers = dict(con.execute("SELECT claim_id, max(linker_version) FROM link_state "
                               "WHERE claim_id IN (SELECT unnest(?)) GROUP BY claim_id", [ids]).fetchall())
    in_force: dict[str, dict[int, int]] = {}
    for decision_id, claim_id, pmid in con.execute(
            "SELECT decision_id, claim_id, pmid FROM review_decisions_in_force WHERE claim_id IN (SELECT unnest(?))",
            [ids]).fetchall():
        in_force.setdefault(claim_id, {})[decision_id] = pmid
    stored = {r[0]: r[1:] for r in con.execute(
        "SELECT claim_id, grade, seed_vs_evidence, rubric_version FROM claim_grades WHERE claim_id IN (SELECT unnest(?))",
        [ids]).fetchall()}
    history_id = con.execute("SELECT coalesce(max(history_id), 0) FROM grade_history").fetchone()[0]
    out = []
    for claim_id, grade, seed_vs_evidence, eligible_pmids in grades:
        eligible = set(int(p) for p in eligible_pmids)
        prev = latest_rows.get(claim_id)
        if prev is not None and prev.grade == grade and prev.seed_vs_evidence == seed_vs_evidence \
                and set(prev.eligible_pmids) == eligible:
            continue
        linker = linkers.get(claim_id)
        decisions = in_force.get(claim_id, {})
        prev_decisions: dict[int, int] = {}
        if prev is not None and prev.decision_ids:
            prev_decisions = dict(con.execute("SELECT decision_id, pmid FROM review_decisions WHERE list_contains(?, decision_id)",
                                              [list(prev.decision_ids)]).fetchall())
        reasons = reasons_for(prev, eligible, decisions, prev_decisions, rubric_version, linker)
        if prev is None:
            before: set[int] = set()
            previous = (*(stored.get(claim_id) or (None, None, None)), None)
        else:
            before = set(prev.eligible_pmids)
            previous = (prev.grade, prev.seed_vs_evidence, prev.rubric_version, prev.linker_version)
        history_id += 1
        when = now or datetime.now(timezone.utc).replace(tzinfo=None)
        out.append([history_id, claim_id, run_id, when, grade, previous[0], seed_vs_evidence, previous[1],
                    rubric_version, previous[2], linker, previous[3], len(eligible), sorted(eligible),
                    sorted(eligible - before), sorted(before - eligible), sorted(decisions), reasons])
    insert_rows(con, "grade_history", COLUMNS, [tuple(v) for v in out])
    return [_row(v) for v in out]
