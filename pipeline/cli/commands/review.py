"""`evidence review set|list|withdraw`: reviewers' decisions that grading honours (issue 19).

A decision is appended to ``review_decisions`` and takes effect on the next `evidence grade`, without
re-running extraction or linking; `withdraw` appends a withdrawal. Nothing is ever edited in place.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli import output as ui
from pipeline.cli.options import DbOption
from pipeline.cli.reading import open_reader
from pipeline.errors import EvidenceError
from pipeline.store import reviews as reviews_store
from pipeline.store.reviews import FIELDS

REVIEWER_ENV = "EVIDENCE_REVIEWER"
review_app = typer.Typer(help="Reviewers' decisions (eligibility, direction) that grading honours.",
                         no_args_is_help=True, rich_markup_mode=None)

ReviewerOption = Annotated[
    Optional[str],
    typer.Option("--reviewer", help=f"Who decides [default: ${REVIEWER_ENV}]; required one way or the other."),
]
NoteOption = Annotated[str, typer.Option("--note", help="Why (required: the audit trail).")]


def _reviewer(name: Optional[str]) -> Optional[str]:
    return name if name is not None else os.environ.get(REVIEWER_ENV)


def _fail(exc: EvidenceError) -> None:
    ui.error(exc)
    raise typer.Exit(exc.exit_code)


@review_app.command("set")
def set_decision(
    claim: Annotated[str, typer.Option("--claim", help="Claim id, e.g. C11.")],
    pmid: Annotated[int, typer.Option("--pmid", help="PMID of a query hit of the claim: a linked study, or one the "
                                                      "linker left out (`eligible` brings it in).")],
    field: Annotated[str, typer.Option("--field", help=f"One of: {', '.join(FIELDS)}.")],
    value: Annotated[str, typer.Option("--value", help="; ".join(f"{f}: {', '.join(v)}" for f, v in FIELDS.items()))],
    note: NoteOption,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Record a decision on one study of one claim; it stands above the machine's reading from the
    next `evidence grade` on (a later decision on the same claim, PMID and field supersedes it)."""
    from pipeline.reports.references import resolve_claim
    from pipeline.store import connect, transaction
    from pipeline.store.snapshot import publish_snapshot

    try:
        reviews_store.validate(field, value)  # before opening the database: a typo costs nothing
        with connect(db) as con:
            with transaction(con):
                d = reviews_store.record_decision(con, resolve_claim(con, claim), pmid, field, value,
                                                  _reviewer(reviewer), note)
            linked = con.execute("SELECT 1 FROM claim_articles WHERE claim_id = ? AND pmid = ?",
                                 [d.claim_id, d.pmid]).fetchone()
            publish_snapshot(con, db)
    except EvidenceError as exc:
        _fail(exc)
    ui.echo(f"decision {d.decision_id}: {d.claim_id} PMID {d.pmid} {d.field} = {d.value} ({d.reviewer})")
    if not linked:
        ui.warning("note", f"PMID {d.pmid} is not linked to {d.claim_id} now; the decision is kept and applies "
                           "when it is")
    ui.info("run `evidence grade` to apply it")


@review_app.command("list")
def list_decisions(
    claim: Annotated[Optional[str], typer.Option("--claim", help="Only this claim.")] = None,
    db: DbOption = None,
) -> None:
    """Every decision and withdrawal (oldest first), with whether it is in force."""
    from pipeline.reports.references import resolve_claim

    with open_reader(db) as con:
        has = con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'review_decisions'").fetchone()
        try:
            cid = resolve_claim(con, claim) if claim else None
        except EvidenceError as exc:
            _fail(exc)
        rows = reviews_store.decisions(con, cid) if has else []
        force = {r[0] for r in con.execute("SELECT decision_id FROM review_decisions_in_force").fetchall()} if has else set()
        looks = {x.decision.decision_id: x for x in reviews_store.second_looks(con, cid)} \
            if has and reviews_store.has_context(con) else {}
    if not rows:
        ui.info("no review decisions" + (f" for {cid}" if cid else ""))
        return
    # one line per decision and its note below: readable at 80 columns, whatever the note's length
    for d in rows:
        what = (f"withdraws decision {d.withdraws}" if d.withdraws is not None
                else f"{d.field} = {d.value}")
        status = ("" if d.withdraws is not None
                  else "in force" if d.decision_id in force else "superseded or withdrawn")
        ui.echo((f"#{d.decision_id}", "bold"), f"  {d.claim_id} PMID {d.pmid}  {what}  {d.reviewer} "
                f"{d.decided_at:%Y-%m-%d %H:%M} UTC", *((("  " + status, "green" if status == "in force" else "dim"),)
                                                        if status else ()))
        ui.echo(f"    {d.note}")
        if d.decision_id in looks:  # still in force: a person decides whether it still holds
            ui.echo(("    needs a second look: " + looks[d.decision_id].why, "yellow"))


@review_app.command("queue")
def queue(
    claim: Annotated[Optional[str], typer.Option("--claim", help="Only this claim.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Items per claim (0: all).")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object: claim id → its items.")] = False,
    db: DbOption = None,
) -> None:
    """What to review first, per claim: the machine judgements whose reversal would change the grade
    (re-graded in memory, nothing written), then the studies that set the starting level or stand behind
    a downgrade, then low-confidence readings. Judgements a reviewer decided are not queued."""
    import json
    import sys

    from pipeline.grading.queue import review_queue
    from pipeline.reports.references import resolve_claim

    with open_reader(db) as con:
        try:
            cid = resolve_claim(con, claim) if claim else None
        except EvidenceError as exc:
            _fail(exc)
        q = review_queue(con, cid, limit or None)
    if as_json:
        sys.stdout.write(json.dumps({c: [i.to_dict() for i in items] for c, items in q.items()},
                                    ensure_ascii=False, indent=1) + "\n")
        return
    if not q:
        ui.info("nothing to review" + (f" for {cid}" if cid else ""))
        return
    for c, items in q.items():
        ui.echo((f"{c}", "bold"), f"  grade {items[0].grade_now}")
        for i in items:
            change = (f"{i.machine_value} → {i.reversal}: grade {i.grade_if_reversed}" if i.moves_grade
                      else f"{i.machine_value} → {i.reversal}: grade unchanged" if i.reversal else f"{i.machine_value}")
            mark = ("  ! ", "yellow") if i.moves_grade else "    "
            ui.echo(mark, f"PMID {i.pmid}  {i.field}  {change}")
            ui.echo(f"        {i.why}")


@review_app.command("withdraw")
def withdraw(
    decision_id: Annotated[int, typer.Argument(help="The decision to take back (see `evidence review list`).")],
    note: NoteOption,
    reviewer: ReviewerOption = None,
    db: DbOption = None,
) -> None:
    """Take a decision back (a withdrawal row is appended; the decision stays in the table)."""
    from pipeline.store import connect, transaction
    from pipeline.store.snapshot import publish_snapshot

    try:
        with connect(db) as con:
            with transaction(con):
                w = reviews_store.withdraw_decision(con, decision_id, _reviewer(reviewer), note)
            publish_snapshot(con, db)
    except EvidenceError as exc:
        _fail(exc)
    ui.echo(f"decision {decision_id} withdrawn ({w.claim_id} PMID {w.pmid} {w.field}; withdrawal {w.decision_id})")
    ui.info("run `evidence grade` to apply it")


@review_app.command("export")
def export(
    file: Annotated[Path, typer.Argument(help="CSV file to write (replaced if it exists).", dir_okay=False)],
    history: Annotated[bool, typer.Option("--all", help="Every decision and withdrawal (the audit trail), "
                                                         "not only those in force; not for re-import.")] = False,
    db: DbOption = None,
) -> None:
    """Write the decisions in force as CSV (claim_id, pmid, field, value, reviewer, note, decided_at)
    to edit in a spreadsheet and bring back with `evidence review import`. Cells a spreadsheet would
    run as a formula get a leading ' (import removes it again)."""
    from pipeline.reports.export import write_csv

    with open_reader(db) as con:
        has = con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = 'review_decisions'").fetchone()
        rows = reviews_store.export_rows(con, history) if has else []
    cols = list(reviews_store.COLUMNS if history else reviews_store.EXPORT_COLUMNS)
    write_csv(file, rows, cols)
    ui.info(f"wrote {len(rows)} {'rows' if history else 'decisions in force'} to {file}")


@review_app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="CSV with the columns " + ", ".join(reviews_store.IMPORT_COLUMNS)
                                         + " (others, e.g. decided_at, are ignored).",
                                         exists=True, dir_okay=False)],
    db: DbOption = None,
) -> None:
    """Record the decisions in a CSV (as `evidence review export` writes it). Every row is checked
    first, with the rules of `review set`; on any fault the whole file is refused (exit 5, nothing
    written) and every bad line is named. A row identical to the decision in force is skipped, so
    importing the same file again changes nothing."""
    from pipeline.store import connect, transaction
    from pipeline.store.snapshot import publish_snapshot

    try:
        rows = _read_decisions_csv(file)
        with connect(db) as con:
            with transaction(con):
                result = reviews_store.import_decisions(con, rows)
            if result.new:
                publish_snapshot(con, db)
    except EvidenceError as exc:
        _fail(exc)
    ui.echo(f"{result.new} new decision{'s' if result.new != 1 else ''}, {result.skipped} skipped "
            "(identical to the decision in force)")
    if result.new:
        ui.info("run `evidence grade` to apply them")


def _read_decisions_csv(file: Path) -> list[tuple[int, dict[str, str]]]:
    """(line, row) pairs of a decisions CSV, each cell with our export's formula quote removed.
    Lines are counted as a spreadsheet numbers its rows (header = 1), which is the text line too
    unless a note spans lines. InvalidDecision when the file is not UTF-8 or lacks a column."""
    import csv

    from pipeline.errors import InvalidDecision
    from pipeline.reports.export import csv_uncell

    try:
        # utf-8-sig: spreadsheets save "CSV UTF-8" with a byte-order mark
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidDecision(f"{file} is not UTF-8 text ({exc.reason} at byte {exc.start}); "
                              "save it as \"CSV UTF-8\"") from None
    records = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(records, [])]
    missing = [c for c in reviews_store.IMPORT_COLUMNS if c not in header]
    if missing:
        raise InvalidDecision(f"{file}: missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                              f"(line 1 must name {', '.join(reviews_store.IMPORT_COLUMNS)})")
    at = {c: header.index(c) for c in reviews_store.IMPORT_COLUMNS}
    out = []
    for line, cells in enumerate(records, start=2):
        if not any(c.strip() for c in cells):
            continue  # blank rows a spreadsheet leaves at the end
        out.append((line, {c: csv_uncell(cells[i]) if i < len(cells) else None for c, i in at.items()}))
    return out


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
