"""`evidence run` (the whole refresh flow) and `evidence schedule` (serve it on a cron)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer
from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, EutilsUrlOption, QuietOption
from pipeline.errors import EXIT_UPSTREAM

DEFAULT_CRON = "0 3 * * 1"  # Mondays 03:00 UTC: weekly, off-peak for NCBI as they ask


def _split(values: Optional[list[str]]) -> Optional[list[str]]:
    if not values:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _preflight(eutils_url: Optional[str], fallback_bundled: bool = False) -> list[str]:
    """The sources to run: live PubMed when E-utilities answers. When it cannot be reached, fail in one
    line before anything is written, or (``fallback_bundled``, the main job's entry point only) say
    so in one line and use the bundled local sample instead."""
    from pipeline.config import BUNDLED_CORPUS, EutilsSettings
    from pipeline.errors import UpstreamUnreachable
    from pipeline.sources.eutils import check_reachable

    settings = EutilsSettings.from_env(eutils_url)
    try:
        check_reachable(settings)
    except UpstreamUnreachable as exc:
        if fallback_bundled and BUNDLED_CORPUS.is_dir():
            ui.info(f"PubMed E-utilities unreachable at {settings.base_url} ({exc}): running over the bundled "
                    f"local sample {BUNDLED_CORPUS} instead; the report says it is not a PubMed search")
            return [str(BUNDLED_CORPUS)]
        ui.error(f"cannot reach E-utilities at {settings.base_url} ({exc}); "
                 "to run on the bundled local sample: evidence run --source data/corpus")
        raise typer.Exit(EXIT_UPSTREAM)
    return ["pubmed"]


def run(
    source: Annotated[Optional[list[str]], typer.Option(
        "--source", help="`pubmed` (live E-utilities) or local files/folders; repeat for several.")] = None,
    claims: Annotated[Optional[list[str]], typer.Option(
        "--claims", help="Claim ids to refresh (comma-separated or repeated); default all.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only records modified since YYYY/MM/DD (live).")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Report site folder [reports/site].")] = None,
    catalog: Annotated[Optional[Path], typer.Option(help="Claim catalog [data/claims.yaml].")] = None,
    n_process: Annotated[int, typer.Option("--n-process", help="Processes for NLP.")] = 1,
    fallback_bundled: Annotated[bool, typer.Option(
        "--fallback-bundled", help="When PubMed is unreachable, say so and run over the bundled local sample "
        "(data/corpus) instead of failing; `make run` uses it. Without it an unreachable PubMed exits 3.")] = False,
    db: DbOption = None,
    eutils_url: EutilsUrlOption = None,
    quiet: QuietOption = False,
) -> None:
    """Run the whole refresh flow: search → fetch → ingest → extract → link → grade → report."""
    sources = _split(source) or ["pubmed"]
    if [s.lower() for s in sources] == ["pubmed"]:
        sources = _preflight(eutils_url, fallback_bundled)
    else:
        missing = [s for s in sources if not Path(s).exists()]
        if missing:
            ui.error(f"no such file or folder: {', '.join(missing)}")
            raise typer.Exit(2)
    # a catalog that cannot be loaded, or a typo in --claims, fails here (exit 5), before a Prefect server is started:
    # the error comes at once, and a hostile catalog (an alias bomb) is refused while the process is still small
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog
    from pipeline.claims.selection import select_claims

    loaded = load_catalog(catalog or DEFAULT_CATALOG)
    if claims:
        select_claims(loaded, _split(claims))
    from flows.refresh import refresh

    summary = refresh(source=sources, claims=_split(claims), since=since,
                      db=str(db) if db else None, out=str(out) if out else None,
                      catalog=str(catalog) if catalog else None, eutils_url=eutils_url,
                      n_process=n_process)
    if not quiet:
        ui.markdown(summary.to_markdown())


def schedule(
    cron: Annotated[str, typer.Option(help="Cron schedule (UTC).")] = DEFAULT_CRON,
    source: Annotated[Optional[list[str]], typer.Option("--source", help="`pubmed` or local paths.")] = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "weekly-refresh",
    db: DbOption = None,
) -> None:
    """Serve the `refresh` deployment on a cron schedule (Prefect's `flow.serve`); Ctrl-C stops."""
    from flows.refresh import refresh

    params = {"source": _split(source) or ["pubmed"]}
    if db:
        params["db"] = str(db)
    ui.info(f"serving deployment refresh/{name} on cron {cron!r} (Ctrl-C to stop)")
    refresh.serve(name=name, cron=cron, parameters=params)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("schedule")(schedule)
