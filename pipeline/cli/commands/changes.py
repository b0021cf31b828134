"""`evidence changes [--since DATE] [--run ID] [--json]`: what refreshes changed (issue 19 item 4)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated, Optional

import typer

from pipeline.cli import output as ui
from pipeline.cli.options import DbOption
from pipeline.cli.reading import open_reader
from pipeline.errors import EXIT_INVALID


def _date(text: str) -> datetime:
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    ui.error(f"--since {text!r} is not a date (YYYY-MM-DD, optionally HH:MM, UTC)")
    raise typer.Exit(EXIT_INVALID)


def changes(
    since: Annotated[Optional[str], typer.Option("--since", help="Every change graded since this date (YYYY-MM-DD "
                                                                 "[HH:MM], UTC) [default: the last grading that "
                                                                 "changed anything].")] = None,
    run: Annotated[Optional[str], typer.Option("--run", help="The changes of one grading run (its run_id in "
                                                             "grade_history).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object: scope and one entry per claim.")] = False,
    db: DbOption = None,
) -> None:
    """What refreshes changed: new eligible studies per claim, grades moved, seed-versus-evidence
    flags flipped (from grade_history; "no changes" when nothing changed)."""
    from pipeline.reports.changes import digest

    when = _date(since) if since else None
    with open_reader(db) as con:
        d = digest(con, run_id=run, since=when)
    if as_json:
        sys.stdout.write(json.dumps(d.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    ui.write_lines(d.lines())


def register(app: typer.Typer) -> None:
    app.command("changes")(changes)
