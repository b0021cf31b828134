"""What refreshes changed (issue 19 item 4): the digest of ``grade_history`` that `evidence changes`
prints, the Prefect refresh publishes as an artifact and the site shows as its "what changed" page.

Per claim, over the rows chosen (a run, or everything since a date), the net change: grade and
seed-versus-evidence flag from the first row's previous values to the last row's, the eligible studies
added and removed (each with its level and title), and the reasons recorded. A claim's first grade
(its baseline) is listed apart, in one line per claim, not as a change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

import duckdb

from pipeline.store import history as history_store
from pipeline.store.history import HistoryRow

NO_CHANGES = "no changes"
REASON_TEXT = {
    "first_grade": "first grade",
    "new_studies": "new studies",
    "studies_removed": "studies no longer counted",
    "reviewer_decisions": "reviewer decisions",
    "rubric_version": "rubric version",
    "linker_version": "linker version",
    "reading_changed": "machine's reading of a study changed",
}


@dataclass
class StudyNote:
    pmid: int
    label: str | None
    title: str | None


@dataclass
class ClaimChange:
    claim_id: str
    title: str | None
    first: bool
    grade: str
    previous_grade: str | None
    seed_vs_evidence: str
    previous_seed_vs_evidence: str | None
    n_eligible: int
    added: list[StudyNote] = field(default_factory=list)
    removed: list[StudyNote] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)
    graded_at: datetime | None = None

    @property
    def why(self) -> str:
        return _why(self)

    @property
    def grade_moved(self) -> bool:
        return not self.first and self.grade != self.previous_grade

    @property
    def flag_flipped(self) -> bool:
        return not self.first and self.seed_vs_evidence != self.previous_seed_vs_evidence


@dataclass
class Digest:
    """The changes of one selection of history rows; ``scope`` says which ("run …", "since …")."""

    scope: str
    changes: list[ClaimChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def moved(self) -> list[ClaimChange]:
        return [c for c in self.changes if c.grade_moved]

    @property
    def flipped(self) -> list[ClaimChange]:
        return [c for c in self.changes if c.flag_flipped]

    @property
    def with_new(self) -> list[ClaimChange]:
        return [c for c in self.changes if not c.first and c.added]

    @property
    def with_removed(self) -> list[ClaimChange]:
        return [c for c in self.changes if not c.first and c.removed]

    @property
    def first(self) -> list[ClaimChange]:
        return [c for c in self.changes if c.first]

    def to_dict(self) -> dict:
        """JSON-ready: the scope and one object per claim (dates as ISO text)."""
        out = []
        for c in self.changes:
            d = asdict(c)
            d["graded_at"] = c.graded_at.isoformat(sep=" ", timespec="seconds") if c.graded_at else None
            d["grade_moved"], d["flag_flipped"] = c.grade_moved, c.flag_flipped
            out.append(d)
        return {"scope": self.scope, "changes": out}

    def lines(self) -> list[str]:
        """Plain text, one item a line (what `evidence changes` prints)."""
        if self.empty:
            return [f"{NO_CHANGES} ({self.scope})"]
        out = [f"changes ({self.scope}): {len(self.changes)} claim{'s' if len(self.changes) != 1 else ''}"]
        if self.moved:
            out.append("grades moved:")
            out += [f"  {c.claim_id}  {c.previous_grade} → {c.grade}  ({_why(c)})" for c in self.moved]
        if self.flipped:
            out.append("seed-versus-evidence flags flipped:")
            out += [f"  {c.claim_id}  {c.previous_seed_vs_evidence} → {c.seed_vs_evidence}" for c in self.flipped]
        if self.with_new:
            out.append("new eligible studies:")
            for c in self.with_new:
                out.append(f"  {c.claim_id}  +{len(c.added)} ({c.n_eligible} eligible now)")
                out += [f"    PMID {s.pmid}  {s.label or ''}  {_short(s.title)}".rstrip() for s in c.added]
        if self.with_removed:
            out.append("studies no longer counted:")
            for c in self.with_removed:
                out.append(f"  {c.claim_id}  -{len(c.removed)} ({_why(c)})")
                out += [f"    PMID {s.pmid}  {s.label or ''}  {_short(s.title)}".rstrip() for s in c.removed]
        rest = [c for c in self.changes if not c.first and not (c.grade_moved or c.flag_flipped or c.added or c.removed)]
        if rest:
            out.append("other changes:")
            out += [f"  {c.claim_id}  {_why(c)}" for c in rest]
        if self.first:
            out.append(f"first graded: {len(self.first)} claim{'s' if len(self.first) != 1 else ''}")
            out += [f"  {c.claim_id}  {c.grade}, {c.seed_vs_evidence}, {c.n_eligible} eligible"
                    for c in self.first if c.n_eligible]
            none = [c.claim_id for c in self.first if not c.n_eligible]
            if none:
                out.append(f"  no eligible study: {', '.join(none)}")
        return out

    def to_text(self) -> str:
        return "\n".join(self.lines()) + "\n"

    def to_markdown(self) -> str:
        """The digest as Markdown (the refresh flow's "what changed" artifact)."""
        if self.empty:
            return f"**What changed:** {NO_CHANGES} ({self.scope})"
        md = [f"**What changed** ({self.scope}): {len(self.changes)} claim{'s' if len(self.changes) != 1 else ''}", ""]
        changed = [c for c in self.changes if not c.first]
        if changed:
            md += ["| claim | grade | seed vs evidence | eligible studies added | removed | why |",
                   "|---|---|---|---|---|---|"]
            for c in changed:
                grade = f"{c.previous_grade} → **{c.grade}**" if c.grade_moved else c.grade
                flag = f"{c.previous_seed_vs_evidence} → **{c.seed_vs_evidence}**" if c.flag_flipped else c.seed_vs_evidence
                added = ", ".join(f"{s.pmid} ({s.label})" if s.label else str(s.pmid) for s in c.added) or "—"
                removed = ", ".join(str(s.pmid) for s in c.removed) or "—"
                md.append(f"| {c.claim_id} | {grade} | {flag} | {added} | {removed} | {_why(c)} |")
        if self.first:
            md += ["", "First graded: " + ", ".join(f"{c.claim_id} {c.grade}" for c in self.first)]
        return "\n".join(md)


def _why(c: ClaimChange) -> str:
    return ", ".join(REASON_TEXT.get(r, r) for r in c.reasons)


def _short(title: str | None, width: int = 70) -> str:
    t = " ".join((title or "").split())
    return t if len(t) <= width else t[: width - 1] + "…"


def _notes(con: duckdb.DuckDBPyConnection, claim_id: str, pmids: list[int]) -> list[StudyNote]:
    if not pmids:
        return []
    found = {p: (lbl, t) for p, lbl, t in con.execute(
        "SELECT a.pmid, el.level_label, a.title FROM articles a "
        "LEFT JOIN evidence_levels el ON el.pmid = a.pmid AND el.claim_id = ? WHERE list_contains(?, a.pmid)",
        [claim_id, pmids]).fetchall()}
    return [StudyNote(p, *found.get(p, (None, None))) for p in sorted(pmids)]


def combine(con: duckdb.DuckDBPyConnection, rows: list[HistoryRow]) -> list[ClaimChange]:
    """Net change per claim over ``rows`` (oldest first), in claim order."""
    by_claim: dict[str, list[HistoryRow]] = {}
    for r in rows:
        by_claim.setdefault(r.claim_id, []).append(r)
    titles = dict(con.execute("SELECT claim_id, title FROM claims").fetchall())
    out = []
    for cid in sorted(by_claim):
        rs = by_claim[cid]
        base, last = rs[0], rs[-1]
        if base.first:
            # the claim's baseline is in the window: alone, it is a first grade; followed by more rows,
            # the change is reported from the baseline on
            if len(rs) == 1:
                out.append(ClaimChange(cid, titles.get(cid), True, base.grade, None, base.seed_vs_evidence, None,
                                       base.n_eligible, reasons=list(base.reasons), runs=[base.run_id],
                                       graded_at=base.graded_at))
                continue
            before, prev_grade, prev_flag, rs_why = set(base.eligible_pmids), base.grade, base.seed_vs_evidence, rs[1:]
        else:
            before = (set(base.eligible_pmids) - set(base.pmids_added)) | set(base.pmids_removed)
            prev_grade, prev_flag, rs_why = base.previous_grade, base.previous_seed_vs_evidence, rs
        now = set(last.eligible_pmids)
        out.append(ClaimChange(
            cid, titles.get(cid), False, last.grade, prev_grade, last.seed_vs_evidence, prev_flag, last.n_eligible,
            _notes(con, cid, sorted(now - before)), _notes(con, cid, sorted(before - now)),
            list(dict.fromkeys(x for r in rs_why for x in r.reasons)), list(dict.fromkeys(r.run_id for r in rs)),
            last.graded_at))
    return out


def digest(con: duckdb.DuckDBPyConnection, *, run_id: str | None = None, since: datetime | None = None) -> Digest:
    """The digest of one grading run (``run_id``), of every row since ``since``, or, with neither,
    of the last grading run that changed anything."""
    if not history_store.has_history(con):
        return Digest("no grade history in this database")
    if run_id is None and since is None:
        run_id = history_store.latest_run(con)
        if run_id is None:
            return Digest("nothing graded yet")
        scope = f"last grading that changed anything: run {run_id}"
    elif run_id is not None:
        scope = f"run {run_id}"
    else:
        scope = f"since {since:%Y-%m-%d %H:%M} UTC"
    rows = history_store.rows(con, since=since, run_id=run_id)
    if rows and run_id is not None:
        scope += f", {rows[-1].graded_at:%Y-%m-%d %H:%M} UTC"
    return Digest(scope, combine(con, rows))


def run_digests(con: duckdb.DuckDBPyConnection, limit: int = 50) -> list[Digest]:
    """The digest of each grading run that changed anything, newest first (the site's "what changed")."""
    if not history_store.has_history(con):
        return []
    runs = [r for (r,) in con.execute("SELECT run_id FROM grade_history GROUP BY run_id "
                                      "ORDER BY max(history_id) DESC LIMIT ?", [limit]).fetchall()]
    return [digest(con, run_id=r) for r in runs]


def claim_history(con: duckdb.DuckDBPyConnection, claim_id: str,
                  rows: list[HistoryRow] | None = None) -> list[dict]:
    """A claim's history rows, newest first, for its page: when, grade (and before), flag, studies
    added and removed, why. ``rows``: the claim's rows, oldest first, when the caller read every
    claim's at once (:func:`histories`)."""
    if rows is None:
        if not history_store.has_history(con):
            return []
        rows = history_store.rows(con, claim_id=claim_id)
    out = []
    for r in reversed(rows):
        out.append({"graded_at": f"{r.graded_at:%Y-%m-%d %H:%M}", "run_id": r.run_id, "grade": r.grade,
                    "previous_grade": r.previous_grade, "seed_vs_evidence": r.seed_vs_evidence,
                    "previous_seed_vs_evidence": r.previous_seed_vs_evidence, "n_eligible": r.n_eligible,
                    "added": [] if r.first else list(r.pmids_added), "removed": list(r.pmids_removed),
                    "reasons": ", ".join(REASON_TEXT.get(x, x) for x in r.reasons),
                    "rubric_version": r.rubric_version})
    return out


def histories(con: duckdb.DuckDBPyConnection) -> dict[str, list[HistoryRow]]:
    """Every claim's history rows, oldest first, in one query (none before migration 015)."""
    out: dict[str, list[HistoryRow]] = {}
    if history_store.has_history(con):
        for r in history_store.rows(con):
            out.setdefault(r.claim_id, []).append(r)
    return out
