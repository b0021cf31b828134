"""`evidence extract` (NLP over the store) and `evidence classify` (NLP over files, JSON lines out)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, QuietOption


def extract(
    db: DbOption = None,
    n_process: Annotated[int, typer.Option("--n-process", help="Processes for nlp.pipe.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per batch/transaction.")] = 256,
    workers: Annotated[Optional[int], typer.Option(
        "--workers", help="Processes reading articles (default EVIDENCE_EXTRACT_WORKERS, else one per CPU; 1 = in-process).")] = None,
    quiet: QuietOption = False,
) -> None:
    """Extract design, population, sample size and entities for articles lacking the current version."""
    from pipeline.claims.catalog import lexicon_entries
    from pipeline.nlp.extract import extract_store
    from pipeline.store import connect
    from pipeline.store.snapshot import publish_snapshot

    with connect(db) as con:
        rep = extract_store(con, n_process=n_process, batch_size=batch_size, quiet=quiet,
                            lexicon_terms=lexicon_entries(), workers=workers)
        publish_snapshot(con, db)
    ui.info(f"extract {rep.extractor_version}: {rep.extracted} extracted, {rep.skipped_current} already current"
              + (f", {rep.removed_orphans} orphans removed" if rep.removed_orphans else ""))


def classify(
    input: Annotated[str, typer.Option("--input", "-i", help="Record file of any ingestable format; '-' for stdin.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSON lines file; '-' for stdout.")] = "-",
    no_metadata: Annotated[bool, typer.Option("--no-metadata", help="Ignore PublicationType/MeSH (text only).")] = False,
) -> None:
    """Run the extraction pipeline on records without a database: one JSON object per record.

    A record with a `claim` field (text) also gets the direction of its finding; with a `claim_id`
    of the catalog (data/claims.yaml) it gets the full claim reader: whether the finding is about
    that claim (`direction_not_about` says why not) and, for comparison claims, which group does better."""
    import tempfile

    from pipeline.classify import classify_stream

    src = input
    tmp = None
    if input == "-":
        tmp = tempfile.NamedTemporaryFile(delete=False, suffix=".in")
        tmp.write(sys.stdin.buffer.read())
        tmp.close()
        src = tmp.name
    elif not Path(input).exists():
        ui.error(f"no such file: {input}")
        raise typer.Exit(2)
    try:
        if output == "-":
            n, problems = classify_stream(src, sys.stdout, use_metadata=not no_metadata)
        else:
            with open(output, "w", encoding="utf-8") as fh:
                n, problems = classify_stream(src, fh, use_metadata=not no_metadata)
    finally:
        if tmp:
            Path(tmp.name).unlink(missing_ok=True)
    for p in problems[:20]:
        ui.info(("skipped", "yellow"), f" {p.position}: {p.reason}")
    ui.info(f"classified {n} records" + (f", {len(problems)} skipped" if problems else ""))
    if n == 0 and problems:
        raise typer.Exit(5)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("classify")(classify)
