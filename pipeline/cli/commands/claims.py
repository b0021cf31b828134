"""`evidence claims list|show|validate|check|extract` — the claim catalog."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.groups import claims_app
from pipeline.cli.options import DbOption
from pipeline.errors import EXIT_INVALID

CatalogOption = Annotated[Optional[Path], typer.Option("--catalog", help="Catalog file [data/claims.yaml].")]


def _load(catalog: Optional[Path]):
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog

    return load_catalog(catalog or DEFAULT_CATALOG)


def _load_only(catalog: Optional[Path], claim: Optional[str]):
    """The catalog's claims, or only ``claim`` (exit 5 when the catalog has no such claim)."""
    claims = _load(catalog)
    if claim:
        claims = [c for c in claims if c.id.lower() == claim.lower()]
        if not claims:
            ui.error(f"no claim {claim!r}")
            raise typer.Exit(EXIT_INVALID)
    return claims


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


@claims_app.command("check")
def check(
    catalog: CatalogOption = None,
    claim: Annotated[Optional[str], typer.Option("--claim", help="Only this claim.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list of the synonyms found.")] = False,
    strict: Annotated[bool, typer.Option("--strict", help=f"Exit {EXIT_INVALID} when any synonym is found.")] = False,
    db: DbOption = None,
) -> None:
    """Synonyms that may name more than their claim: shorter than the concept's name ("catheter" for "intravascular
    catheters") and the only name of it in some of the records the claim's query returned, which do not use the
    left-out words either. Reads the records a link run stored; a review aid (exit 0 unless --strict)."""
    import json
    import sys
    from dataclasses import asdict

    from pipeline.claims.synonym_scope import wide_synonyms
    from pipeline.cli.reading import open_reader
    from pipeline.store.links import query_hit_texts

    claims = _load_only(catalog, claim)
    found, unread = [], []
    with open_reader(db) as con:
        for c in claims:
            records = query_hit_texts(con, c.id)
            if not records:
                unread.append(c.id)
                continue
            found.extend(wide_synonyms(c, records))
    if as_json:
        sys.stdout.write(json.dumps([asdict(w) for w in found], ensure_ascii=False, indent=1) + "\n")
    else:
        t = ui.table("claim", "role", "name", "synonym", "left out", "named only by it", "PMIDs",
                     title="synonyms that may name more than the claim")
        for w in found:
            more = f" +{len(w.pmids) - 5}" if len(w.pmids) > 5 else ""
            t.add_row(w.claim_id, w.role, w.name, w.synonym, " ".join(w.left_out), f"{len(w.pmids)}/{w.hits}",
                      " ".join(map(str, w.pmids[:5])) + more)
        if found:
            ui.print_renderable(t)
        summary = (f"{len(found)} synonyms of {len({w.claim_id for w in found})} claims may name more than the claim; "
                   f"{len(claims) - len(unread)} claims checked")
        if unread:
            summary += (f"; {len(unread)} without stored query hits (their queries returned nothing, or `evidence link` "
                        f"has not run): {', '.join(unread[:10])}" + (" ..." if len(unread) > 10 else ""))
        ui.info(summary)
    if strict and found:
        raise typer.Exit(EXIT_INVALID)


@claims_app.command("gaps")
def gaps(
    catalog: CatalogOption = None,
    claim: Annotated[Optional[str], typer.Option("--claim", help="Only this claim.")] = None,
    top: Annotated[int, typer.Option("--top", min=1, help="Phrases shown per claim and concept.")] = 8,
    records: Annotated[bool, typer.Option("--records", help="Also list each unreached hit with its phrases.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object: the unreached hits and the pooled "
                                                           "phrases.")] = False,
    db: DbOption = None,
) -> None:
    """Query hits the claim's names do not reach: records the claim's query returned whose title, abstract and MeSH name
    the therapy (or the condition) by none of the catalog's words, with what they say instead - the query terms that
    matched them, their Intervention spans (for a therapy), their Participants spans and MeSH headings (for a
    condition) - pooled by how many such records use each phrase, those that name the claim's other concept first.
    Where a missing synonym is, for the analyst to judge; nothing is changed (exit 0). Reads a link run's records."""
    import json
    import sys
    from dataclasses import asdict

    from pipeline.claims.gap_report import claim_gaps
    from pipeline.claims.name_gaps import stand_ins
    from pipeline.cli.reading import open_reader
    from pipeline.store.links import has_query_hits

    claims = _load_only(catalog, claim)
    hits, pooled, unread = [], [], []
    with open_reader(db) as con:
        for c in claims:
            found = claim_gaps(con, c)
            if not found and not has_query_hits(con, c.id):
                unread.append(c.id)
            hits.extend(found)
            pooled.extend(stand_ins(found))
    if as_json:
        sys.stdout.write(json.dumps({"hits": [asdict(h) for h in hits], "phrases": [asdict(s) for s in pooled]},
                                    ensure_ascii=False, indent=1) + "\n")
        return
    shown: dict[tuple[str, str], int] = {}
    t = ui.table("claim", "not named", "phrase", "from", "hits (naming the other)", "PMIDs",
                 title="what the claim's unreached query hits say instead")
    for s in pooled:
        key = (s.claim_id, s.role)
        if shown.get(key, 0) >= top:
            continue
        shown[key] = shown.get(key, 0) + 1
        more = f" +{len(s.pmids) - 5}" if len(s.pmids) > 5 else ""
        t.add_row(s.claim_id, s.role, s.phrase, s.source, f"{len(s.pmids)} ({s.with_other})",
                  " ".join(map(str, s.pmids[:5])) + more)
    if pooled:
        ui.print_renderable(t)
    if records and hits:
        r = ui.table("claim", "PMID", "not named", "names the other", "query terms", "its phrases", "title",
                     title="unreached query hits")
        for h in hits:
            r.add_row(h.claim_id, str(h.pmid), h.role, "yes" if h.other_named else "no", "; ".join(h.query_terms),
                      "; ".join(p for _, p in h.phrases[:6]), h.title[:90])
        ui.print_renderable(r)
    by_role = {role: sum(h.role == role for h in hits) for role in ("therapy", "condition")}
    summary = (f"{len(hits)} query hits of {len({h.claim_id for h in hits})} claims name the therapy ({by_role['therapy']}) "
               f"or the condition ({by_role['condition']}) by none of the catalog's words; "
               f"{sum(h.other_named for h in hits)} of them name the other; {len(claims) - len(unread)} claims read")
    if unread:
        summary += (f"; {len(unread)} without stored query hits (their queries returned nothing, or `evidence link` "
                    f"has not run): {', '.join(unread[:10])}" + (" ..." if len(unread) > 10 else ""))
    ui.info(summary)


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
