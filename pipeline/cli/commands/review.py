"""`evidence review set|list|withdraw`: reviewers' decisions that grading honours (issue 19).

A decision is appended to ``review_decisions`` and takes effect on the next `evidence grade`, without
re-running extraction or linking; `withdraw` appends a withdrawal. Nothing is ever edited in place.
"""

from __future__ import annotations

import os
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
    pmid: Annotated[int, typer.Option("--pmid", help="PMID of the linked study.")],
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


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
