"""`evidence grade` and `evidence report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption


def grade(db: DbOption = None) -> None:
    """Grade every claim from its linked studies (rubric in data/grading.yaml, docs/grading.md)."""
    from pipeline.grading import grade_all
    from pipeline.store import connect
    from pipeline.store.snapshot import publish_snapshot

    with connect(db) as con:
        rep = grade_all(con)
        publish_snapshot(con, db)
    ui.info(f"graded {rep.claims} claims ({rep.with_evidence} with evidence, {rep.changed} changed), rubric {rep.rubric_version}")


def report(db: DbOption = None,
           out: Annotated[Optional[Path], typer.Option("--out", help="Output folder [reports/site].")] = None) -> None:
    """Build the static report site (index, one page per claim, CSV/Markdown/Parquet tables)."""
    from pipeline.reports.site import build_site
    from pipeline.store.snapshot import open_for_reading

    con, note = open_for_reading(db)
    if note:
        ui.info(note)
    with con:
        site = build_site(con, out)
    ui.info(f"wrote {site.pages} pages for {site.claims} claims to {site.out_dir}/index.html")


def register(app: typer.Typer) -> None:
    app.command("grade")(grade)
    app.command("report")(report)
