"""`evidence search QUERY`: count and PMIDs for a PubMed query, live or over local records."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, EutilsUrlOption


def search(
    query: Annotated[str, typer.Argument(help='PubMed query, e.g. \'"platelet-rich plasma"[tiab] AND tendin*[tiab]\'.')],
    source: Annotated[Optional[list[str]], typer.Option(
        "--source", help="`pubmed` (live E-utilities) or record files/folders; default: the local database.")] = None,
    db: DbOption = None,
    eutils_url: EutilsUrlOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="PMIDs to print (0 = all).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {count, pmids} as JSON.")] = False,
) -> None:
    """Print the count and PMIDs matching QUERY (PubMed syntax; see docs/query-syntax.md)."""
    from pipeline.query import compile_query

    from pipeline.errors import QuerySyntaxError

    try:
        q = compile_query(query)
    except QuerySyntaxError as exc:
        ui.error(exc)
        raise typer.Exit(exc.exit_code)
    if source and [s.lower() for s in source] == ["pubmed"]:
        from pipeline.config import EutilsSettings
        from pipeline.sources.eutils import EutilsClient

        with EutilsClient(EutilsSettings.from_env(eutils_url)) as client:
            result = client.search(query)
        count, pmids = result.count, result.pmids
    elif source:
        from pipeline.parsing import latest_articles
        from pipeline.query import select

        missing = [s for s in source if not Path(s).exists()]
        if missing:
            ui.error(f"no such file or folder: {', '.join(missing)}")
            raise typer.Exit(2)
        arts = latest_articles(source)
        pmids = select(q, arts.values())
        count = len(pmids)
    else:
        from pipeline.query import search_store
        from pipeline.store.snapshot import open_for_reading

        try:
            con, note = open_for_reading(db)
        except FileNotFoundError as exc:
            ui.error(exc)
            raise typer.Exit(5)
        if note:
            ui.info(note)
        with con:
            pmids = search_store(con, q)
        count = len(pmids)
    shown = pmids[:limit] if limit else pmids
    if as_json:
        sys.stdout.write(json.dumps({"query": query, "count": count, "pmids": shown}) + "\n")
    else:
        sys.stdout.write(f"{count}\n")
        for p in shown:
            sys.stdout.write(f"{p}\n")


def register(app: typer.Typer) -> None:
    app.command("search")(search)
