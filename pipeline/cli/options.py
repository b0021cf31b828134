"""Options shared by every subcommand, so `--db` means the same thing everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", envvar="EVIDENCE_DB", help="DuckDB file [default: data/evidence.duckdb]."),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bars (also off when not a terminal)."),
]
EutilsUrlOption = Annotated[
    Optional[str],
    typer.Option("--eutils-url", envvar="EVIDENCE_EUTILS_URL",
                 help="E-utilities base URL [default: NCBI's]."),
]

# where an `evidence eval …` report goes: a run on other data (a branch's build, a held-out set) need not overwrite
# the committed reports
OutOption = Annotated[Optional[Path], typer.Option("--out", help="Folder for the report's .md and .json "
                                                   "[default: reports/eval/].")]
