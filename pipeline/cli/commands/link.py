"""`evidence link`: claim–article links for every claim (or some)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, QuietOption


def link(
    db: DbOption = None,
    claims: Annotated[Optional[str], typer.Option("--claims", help="Comma-separated claim ids.")] = None,
    catalog: Annotated[Optional[Path], typer.Option("--catalog", help="Catalog file [data/claims.yaml].")] = None,
    quiet: QuietOption = False,
    force: Annotated[bool, typer.Option("--force", help="Re-assess every hit, even those whose claim, article and "
                                                        "linker version are unchanged.")] = False,
) -> None:
    """Run each claim's query over the stored articles and score every hit's relevance and direction."""
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog, store_claims
    from pipeline.claims.linker import link_claims
    from pipeline.claims.selection import select_claims
    from pipeline.store import connect
    from pipeline.store.snapshot import publish_snapshot

    cs = select_claims(load_catalog(catalog or DEFAULT_CATALOG), claims)
    with connect(db) as con:
        store_claims(con, cs)
        rep = link_claims(con, cs, quiet=quiet, force=force)
        publish_snapshot(con, db)
    ui.info(f"{rep.claims} claims: {rep.query_hits} query hits, {rep.linked} linked, {rep.rejected} kept with relevance 0"
            f" ({rep.relinked} assessed, {rep.unchanged} unchanged)")


def register(app: typer.Typer) -> None:
    app.command("link")(link)
