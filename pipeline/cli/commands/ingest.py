"""`evidence ingest PATH...`: load record files of any supported format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, QuietOption
from pipeline.errors import EXIT_INVALID, EXIT_OK, EXIT_PARTIAL, EXIT_QUARANTINED


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    allow_partial: Annotated[bool, typer.Option(
        "--allow-partial", help="Accept truncated files (their complete records load either way).")] = False,
    db: DbOption = None,
    quiet: QuietOption = False,
) -> None:
    """Load PubMed XML (.xml/.xml.gz), MEDLINE (.nbib), JSONL/CSV/TSV or OpenAlex records.

    Exit codes: 0 all loaded; 6 loaded, but some records quarantined (see `evidence status`);
    4 a file was truncated (complete records loaded; --allow-partial accepts); 5 nothing loadable.
    """
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        ui.error(f"no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)
    from pipeline.ingest import ingest_paths
    from pipeline.store import connect
    from pipeline.store.fts import rebuild_index
    from pipeline.store.snapshot import publish_snapshot

    with connect(db) as con:
        report = ingest_paths(con, paths, allow_partial=allow_partial, quiet=quiet)
        # unconditionally: a no-op when the index is fresh, the repair when a killed run left it stale
        rebuild_index(con)
        publish_snapshot(con, db)

    t = ui.SafeTable(title="ingest")
    for col in ("file", "read", "inserted", "updated", "unchanged", "deleted", "quarantined", "status"):
        t.add_column(col, justify="left" if col in ("file", "status") else "right")
    for f in report.files:
        t.add_row(f.path, *(str(getattr(f, k)) for k in ("read", "inserted", "updated", "unchanged", "deleted",
                                                            "quarantined")), f.status)
    t.add_row(*(ui.literal(v, "bold") for v in ["total"] + [report.total(k) for k in (
        "read", "inserted", "updated", "unchanged", "deleted", "quarantined")]), "")
    ui.print_renderable(t)
    for f in report.files:
        for p in f.problems:
            ui.warning(f.path, p)

    if report.truncated and not allow_partial:
        ui.error("truncated input: every complete record was loaded; "
                  "re-run with --allow-partial to accept the partial file")
        raise typer.Exit(EXIT_PARTIAL)
    if report.files and all(f.status == "failed" for f in report.files):
        raise typer.Exit(EXIT_INVALID)
    if report.quarantined:
        ui.info(f"{report.quarantined} records quarantined: "
                  "evidence query \"SELECT source, position, reason FROM quarantine\"")
        raise typer.Exit(EXIT_QUARANTINED)
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
