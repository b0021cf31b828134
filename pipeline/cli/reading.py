"""Opening the database for a reader command (`query`, `status`, `search-text`, `export-citations`)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

import duckdb
import typer

from pipeline.cli import output as ui
from pipeline.errors import EXIT_INVALID
from pipeline.store.snapshot import open_for_reading


@contextmanager
def open_reader(db: Optional[Path]) -> Iterator[duckdb.DuckDBPyConnection]:
    """The database or, while a writer holds it, its snapshot (saying so on stderr); a missing
    database is a clear exit 5, not a traceback."""
    try:
        con, note = open_for_reading(db)
    except FileNotFoundError as exc:
        ui.error(exc)
        raise typer.Exit(EXIT_INVALID)
    if note:
        ui.info(note)
    try:
        yield con
    finally:
        con.close()
