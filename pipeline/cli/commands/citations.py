"""`evidence export-citations`: the references of the studies that count for a claim."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli import output as ui
from pipeline.cli.options import DbOption
from pipeline.cli.reading import open_reader
from pipeline.errors import EvidenceError


class CitationFormat(str, Enum):
    ris = "ris"
    bibtex = "bibtex"
    csljson = "csljson"


def export_citations(
    claim: Annotated[str, typer.Option("--claim", help="Claim id, e.g. C11.")],
    fmt: Annotated[CitationFormat, typer.Option("--format", help="ris, bibtex or csljson.")] = CitationFormat.ris,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    abstracts: Annotated[bool, typer.Option("--abstracts", help="Include each study's abstract.")] = False,
    db: DbOption = None,
) -> None:
    """References of the studies that count for a claim's grade, for Zotero, EndNote, Mendeley or
    BibTeX/biblatex (RIS, BibTeX, CSL-JSON; no authors: the store does not keep them)."""
    from pipeline.reports.citations import render
    from pipeline.reports.references import claim_references, resolve_claim

    with open_reader(db) as con:
        try:
            cid = resolve_claim(con, claim)
            refs = claim_references(con, cid)
        except EvidenceError as exc:
            ui.error(exc)
            raise typer.Exit(exc.exit_code)
    text = render(refs, fmt.value, abstracts=abstracts)
    if output is None:
        # the data bypasses Rich entirely: written exactly as rendered
        ui.write_lines(text.splitlines())
    else:
        output.write_text(text, encoding="utf-8")
    noun = "reference" if len(refs) == 1 else "references"
    ui.info(f"{len(refs)} {noun} for {cid} ({fmt.value})" + (f" written to {output}" if output else ""))


def register(app: typer.Typer) -> None:
    app.command("export-citations")(export_citations)
