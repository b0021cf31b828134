"""Reviewer commands: `query` (read-only SQL), `status`, `search-text` (full-text search)."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Iterator, Optional

import duckdb
import typer
from rich import box
from rich.console import Console
from rich.table import Table

from pipeline.cli.options import DbOption
from pipeline.errors import EXIT_INVALID, ReadOnlyViolation
from pipeline.store.articles import article_sources
from pipeline.store.fts import FtsUnavailable, search_text
from pipeline.store.readonly import run_read_only
from pipeline.store.snapshot import open_for_reading

out = Console()
err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


@contextmanager
def _open(db: Optional[Path]) -> Iterator[duckdb.DuckDBPyConnection]:
    try:
        con, note = open_for_reading(db)
    except FileNotFoundError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(EXIT_INVALID)
    if note:
        err.print(note)
    try:
        yield con
    finally:
        con.close()


def _render_table(table, title: str | None = None, max_rows: int = 200) -> None:
    t = Table(title=title, show_lines=False)
    for name in table.column_names:
        t.add_column(name, overflow="fold")
    for row in table.slice(0, max_rows).to_pylist():
        t.add_row(*["" if v is None else str(v) for v in row.values()])
    out.print(t)
    if table.num_rows > max_rows:
        err.print(f"… {table.num_rows - max_rows} more rows (use --format csv or --output)")


def query(
    sql: Annotated[str, typer.Argument(help="SELECT statement (read-only).")],
    db: DbOption = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Run read-only SQL against the evidence database (writes are refused)."""
    with _open(db) as con:
        try:
            result = run_read_only(con, sql)
        except ReadOnlyViolation as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(exc.exit_code)
    table = result.table
    if fmt is Format.parquet:
        if output is None:
            err.print("[red]error:[/red] --format parquet needs --output FILE")
            raise typer.Exit(2)
        import pyarrow.parquet as pq

        pq.write_table(table, output)
    elif fmt is Format.csv:
        import pyarrow.csv as pcsv

        if output:
            pcsv.write_csv(table, output)
        else:
            buf = __import__("io").BytesIO()
            pcsv.write_csv(table, buf)
            sys.stdout.write(buf.getvalue().decode("utf-8"))
    elif fmt is Format.json:
        text = "\n".join(json.dumps(r, default=str, ensure_ascii=False) for r in table.to_pylist())
        if output:
            output.write_text(text + "\n", encoding="utf-8")
        else:
            sys.stdout.write(text + ("\n" if text else ""))
    else:
        if output:
            output.write_text(table.to_pandas().to_string(index=False) + "\n", encoding="utf-8")
        else:
            _render_table(table)
    if output:
        err.print(f"{table.num_rows} rows → {output}")


def status(db: DbOption = None) -> None:
    """Counts per table and view, the schema version and the last runs."""
    with _open(db) as con:
        _status(con)


def _status(con: duckdb.DuckDBPyConnection) -> None:
    version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    out.print(f"database schema version {version}")
    t = Table(title="tables")
    t.add_column("table")
    t.add_column("rows", justify="right")
    names = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
        "ORDER BY table_name").fetchall()]
    for name in names:
        n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        t.add_row(name, f"{n:,}")
    out.print(t)
    live, local = article_sources(con)
    out.print(f"articles: {live + local:,} ({live:,} fetched live from PubMed, {local:,} from local files)")
    runs = con.execute(
        "SELECT strftime(started_at, '%m-%d %H:%M'), command, status, source, n_read, n_inserted, n_updated, "
        "n_deleted, n_quarantined FROM ingest_runs ORDER BY started_at DESC LIMIT 10").fetchall()
    if not runs:
        out.print("no runs yet")
        return
    # Fits an 80-column terminal: file names, the counts that change something (read − new − updated
    # were unchanged). Every column and the full paths: evidence query "SELECT * FROM ingest_runs".
    r = Table(title="last ingest runs (newest first; UTC)", box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    r.add_column("started", no_wrap=True)
    r.add_column("command", no_wrap=True)
    r.add_column("file", ratio=1, overflow="fold")
    for name in ("read", "new", "upd", "del", "quar"):
        r.add_column(name, justify="right", no_wrap=True)
    for started, command, status_, source, *counts in runs:
        r.add_row(started, f"{command} {status_}", Path(source or "").name, *(f"{c or 0:,}" for c in counts))
    out.print(r)


def search_text_cmd(
    text: Annotated[str, typer.Argument(help="Words to look for in titles and abstracts.")],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Maximum hits.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines output.")] = False,
) -> None:
    """Full-text (BM25) search over title and abstract, via DuckDB's fts extension."""
    with _open(db) as con:
        try:
            hits = search_text(con, text, limit=limit)
        except FtsUnavailable as exc:
            err.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(EXIT_INVALID)
    if as_json:
        for h in hits:
            sys.stdout.write(json.dumps(vars(h), ensure_ascii=False) + "\n")
        return
    t = Table(title=f"{len(hits)} hits for {text!r}")
    for c in ("pmid", "score", "year", "title"):
        t.add_column(c, overflow="fold")
    for h in hits:
        t.add_row(str(h.pmid), f"{h.score:.2f}", str(h.year or ""), h.title)
    out.print(t)


def register(app: typer.Typer) -> None:
    app.command("query")(query)
    app.command("status")(status)
    app.command("search-text")(search_text_cmd)
