"""`evidence claims list|show|validate|extract` — the claim catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import claims_app
from pipeline.errors import EXIT_INVALID

CatalogOption = Annotated[Optional[Path], typer.Option("--catalog", help="Catalog file [data/claims.yaml].")]


def _load(catalog: Optional[Path]):
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog

    return load_catalog(catalog or DEFAULT_CATALOG)


@claims_app.command("list")
def list_claims(catalog: CatalogOption = None) -> None:
    """Every claim: id, title, therapy, condition, seed strength, reference count."""
    t = ui.table("id", "title", "therapy", "condition", "strength", "refs", title="claims")
    claims = _load(catalog)
    for c in claims:
        t.add_row(c.id, c.title, c.therapy.name, c.condition.name, c.seed_strength, str(len(c.reference_pmids)))
    ui.print_renderable(t)
    ui.info(f"{len(claims)} claims")


@claims_app.command("show")
def show(claim_id: Annotated[str, typer.Argument(help="Claim id, e.g. C11.")], catalog: CatalogOption = None) -> None:
    """One claim in full: quotes with offsets, synonyms, query, references."""
    match = [c for c in _load(catalog) if c.id.lower() == claim_id.lower()]
    if not match:
        ui.error(f"no claim {claim_id!r}")
        raise typer.Exit(EXIT_INVALID)
    c = match[0]
    ui.echo((c.id, "bold"), " ", c.title)
    ui.echo(f"therapy:   {c.therapy.name}  ({', '.join(c.therapy.synonyms)})")
    ui.echo(f"condition: {c.condition.name}  ({', '.join(c.condition.synonyms)})")
    ui.echo(f"seed strength: {c.seed_strength}   polarity: {c.polarity}   topics: {', '.join(c.topics)}")
    for q in c.quotes:
        ui.echo(f"quote [{q.start}–{q.end}]: “{q.text}”")
    ui.echo(f"query: {c.query}")
    if c.reference_pmids:
        ui.echo("reference PMIDs: " + ", ".join(map(str, c.reference_pmids)))
    if c.notes:
        ui.echo(f"notes: {c.notes}")


@claims_app.command("validate")
def validate(catalog: CatalogOption = None) -> None:
    """Check the catalog against its schema, the seed text, the hedging rules and the query parser."""
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_yaml_file, validate_catalog

    path = catalog or DEFAULT_CATALOG
    if not path.exists():
        ui.error(f"{path}: not found")
        raise typer.Exit(EXIT_INVALID)
    problems = validate_catalog(path)
    for p in problems:
        ui.info((str(p), "red"))
    if problems:
        raise typer.Exit(EXIT_INVALID)
    n = len(load_yaml_file(path, "claim catalog")["claims"])
    ui.echo(f"{path}: valid ({n} claims)")


@claims_app.command("extract")
def extract(article: Annotated[Path, typer.Argument(help="Article text file.")],
            output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the draft YAML here.")] = None) -> None:
    """Propose a draft catalog from any article text (therapy + condition + assertion sentences)."""
    from pipeline.claims.draft import draft_claims, recall_on, to_yaml

    if not article.exists():
        ui.error(f"no such file: {article}")
        raise typer.Exit(2)
    drafts = draft_claims(article.read_text(encoding="utf-8"))
    text = to_yaml(drafts, str(article))
    if output:
        output.write_text(text, encoding="utf-8")
        ui.info(f"{len(drafts)} draft claims → {output}")
    else:
        ui.write_lines([text.rstrip("\n")])
    try:
        from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog, load_yaml_file, seed_path

        seed = seed_path(DEFAULT_CATALOG, load_yaml_file(DEFAULT_CATALOG, "claim catalog"))
        if seed.resolve() == article.resolve():
            hit, total = recall_on(drafts, load_catalog())
            ui.info(f"proposes {hit}/{total} curated claims ({hit / total:.0%}) of data/claims.yaml")
    except Exception:
        pass


def register(app: typer.Typer) -> None:
    return None
