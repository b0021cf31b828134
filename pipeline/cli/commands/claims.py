"""`evidence claims list|show|validate|extract` — the claim catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.groups import claims_app
from pipeline.errors import EXIT_INVALID

out = Console()
err = Console(stderr=True, soft_wrap=True)
CatalogOption = Annotated[Optional[Path], typer.Option("--catalog", help="Catalog file [data/claims.yaml].")]


def _load(catalog: Optional[Path]):
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog

    return load_catalog(catalog or DEFAULT_CATALOG)


@claims_app.command("list")
def list_claims(catalog: CatalogOption = None) -> None:
    """Every claim: id, title, therapy, condition, seed strength, reference count."""
    t = Table(title="claims")
    for c in ("id", "title", "therapy", "condition", "strength", "refs"):
        t.add_column(c, overflow="fold")
    claims = _load(catalog)
    for c in claims:
        t.add_row(c.id, c.title, c.therapy.name, c.condition.name, c.seed_strength, str(len(c.reference_pmids)))
    out.print(t)
    err.print(f"{len(claims)} claims")


@claims_app.command("show")
def show(claim_id: Annotated[str, typer.Argument(help="Claim id, e.g. C11.")], catalog: CatalogOption = None) -> None:
    """One claim in full: quotes with offsets, synonyms, query, references."""
    match = [c for c in _load(catalog) if c.id.lower() == claim_id.lower()]
    if not match:
        err.print(f"[red]error:[/red] no claim {claim_id!r}")
        raise typer.Exit(EXIT_INVALID)
    c = match[0]
    out.print(f"[b]{c.id}[/b] {c.title}")
    out.print(f"therapy:   {c.therapy.name}  ({', '.join(c.therapy.synonyms)})")
    out.print(f"condition: {c.condition.name}  ({', '.join(c.condition.synonyms)})")
    out.print(f"seed strength: {c.seed_strength}   polarity: {c.polarity}   topics: {', '.join(c.topics)}")
    for q in c.quotes:
        out.print(f"quote [{q.start}–{q.end}]: “{q.text}”")
    out.print(f"query: {c.query}")
    if c.reference_pmids:
        out.print("reference PMIDs: " + ", ".join(map(str, c.reference_pmids)))
    if c.notes:
        out.print(f"notes: {c.notes}")


@claims_app.command("validate")
def validate(catalog: CatalogOption = None) -> None:
    """Check the catalog against its schema, the seed text, the hedging rules and the query parser."""
    from pipeline.claims.catalog import DEFAULT_CATALOG, validate_catalog

    path = catalog or DEFAULT_CATALOG
    if not path.exists():
        err.print(f"[red]error:[/red] {path}: not found")
        raise typer.Exit(EXIT_INVALID)
    problems = validate_catalog(path)
    for p in problems:
        err.print(f"[red]{p}[/red]")
    if problems:
        raise typer.Exit(EXIT_INVALID)
    import yaml

    n = len(yaml.safe_load(path.read_text(encoding="utf-8"))["claims"])
    out.print(f"{path}: valid ({n} claims)")


@claims_app.command("extract")
def extract(article: Annotated[Path, typer.Argument(help="Article text file.")],
            output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the draft YAML here.")] = None) -> None:
    """Propose a draft catalog from any article text (therapy + condition + assertion sentences)."""
    from pipeline.claims.draft import draft_claims, recall_on, to_yaml

    if not article.exists():
        err.print(f"[red]error:[/red] no such file: {article}")
        raise typer.Exit(2)
    drafts = draft_claims(article.read_text(encoding="utf-8"))
    text = to_yaml(drafts, str(article))
    if output:
        output.write_text(text, encoding="utf-8")
        err.print(f"{len(drafts)} draft claims → {output}")
    else:
        out.print(text, markup=False, highlight=False)
    try:
        from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog, seed_path

        import yaml

        seed = seed_path(DEFAULT_CATALOG, yaml.safe_load(DEFAULT_CATALOG.read_text(encoding="utf-8")))
        if seed.resolve() == article.resolve():
            hit, total = recall_on(drafts, load_catalog())
            err.print(f"proposes {hit}/{total} curated claims ({hit / total:.0%}) of data/claims.yaml")
    except Exception:
        pass


def register(app: typer.Typer) -> None:
    return None
