"""`evidence fetch` (live E-utilities into the store) and `evidence fake-eutils` (a local server)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from pipeline.cli import output as ui
from pipeline.cli.options import DbOption, EutilsUrlOption, QuietOption
from pipeline.errors import EXIT_INVALID, EXIT_QUARANTINED, EXIT_UPSTREAM, IncompleteFetch, UpstreamError


def _queries(query: Optional[str], queries: Optional[Path]) -> list[tuple[str, str]]:
    if query and queries:
        raise typer.BadParameter("give QUERY or --queries FILE, not both")
    if query:
        return [("adhoc", query)]
    if not queries:
        raise typer.BadParameter("give QUERY or --queries FILE")
    from pipeline.claims.catalog import load_yaml_file

    data = load_yaml_file(queries, "queries file")  # YAML is a superset of JSON; limits as for catalogs
    items = data.get("queries", data.get("claims")) if isinstance(data, dict) else data
    out_q = []
    for i, q in enumerate(items or []):
        if not isinstance(q, dict) or "query" not in q:
            ui.error(f"{queries}: entry {i + 1} needs `id` and `query`")
            raise typer.Exit(EXIT_INVALID)
        out_q.append((str(q.get("id", f"q{i + 1}")), str(q["query"])))
    return out_q


def fetch(
    query: Annotated[Optional[str], typer.Argument(help="PubMed query.")] = None,
    queries: Annotated[Optional[Path], typer.Option("--queries", help="YAML/JSON list of {id, query}.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Only records modified since YYYY/MM/DD.")] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="PMIDs per efetch POST (≤500).")] = 500,
    db: DbOption = None,
    eutils_url: EutilsUrlOption = None,
    quiet: QuietOption = False,
) -> None:
    """Search PubMed (live E-utilities) and store the records not stored yet (resumable, incremental)."""
    from pipeline.config import EutilsSettings
    from pipeline.fetch import fetch_query
    from pipeline.query import compile_query
    from pipeline.sources.eutils import EutilsClient
    from pipeline.store import connect
    from pipeline.store.fts import rebuild_index
    from pipeline.store.snapshot import publish_snapshot

    qs = _queries(query, queries)
    from pipeline.errors import QuerySyntaxError

    for _, q in qs:
        try:
            compile_query(q)  # a malformed query fails here, naming the position, before any request
        except QuerySyntaxError as exc:
            ui.error(exc)
            raise typer.Exit(exc.exit_code)
    settings = EutilsSettings.from_env(eutils_url)
    from pipeline.sources.eutils import check_reachable

    try:
        check_reachable(settings)  # before anything is written
    except UpstreamError as exc:
        ui.error(f"cannot reach E-utilities at {settings.base_url} ({exc}); "
                  "to work offline: evidence ingest PATH... or evidence run --source PATH...")
        raise typer.Exit(EXIT_UPSTREAM)
    t = ui.table("query", "count", "fetched", "inserted", "updated", "window", "status", title="fetch")
    partial: list[str] = []
    incomplete: list[IncompleteFetch] = []
    try:
        with EutilsClient(settings, batch_size=batch_size) as client, connect(db) as con:
            for qid, q in qs:
                try:
                    rep = fetch_query(con, client, qid, q, since=since, quiet=quiet)
                except IncompleteFetch as exc:  # records missing from this query: the others still run
                    incomplete.append(exc)
                    t.add_row(qid, "", "", "", "", "", "failed")
                    continue
                t.add_row(qid, str(rep.count), str(rep.fetched), str(rep.inserted), str(rep.updated),
                          f"since {rep.window_start}" if rep.incremental else "all", rep.status)
                partial += [f"{qid}: {p}" for p in rep.problems]
            rebuild_index(con)  # what did arrive is stored: index and publish it either way
            publish_snapshot(con, db)
    except UpstreamError as exc:
        ui.error(f"E-utilities at {settings.base_url} failed: {exc}. Nothing was marked as "
                  "fetched; re-run to resume, or work offline: evidence ingest PATH...")
        raise typer.Exit(exc.exit_code)
    ui.print_renderable(t)
    for line in partial:
        ui.warning("warning", line)
    if incomplete:
        for exc in incomplete:
            ui.error(exc)
        raise typer.Exit(incomplete[0].exit_code)  # 7: records missing, no watermark moved, re-run resumes
    if partial:
        raise typer.Exit(EXIT_QUARANTINED)  # 6: finished; PMIDs recorded unavailable (fetch_unavailable)


def fake_eutils(
    corpus: Annotated[list[Path], typer.Option("--corpus", help="Record files or folders to serve.")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 = any free port).")] = 8765,
    fault: Annotated[Optional[list[str]], typer.Option("--fault", help="e.g. 429:0.3, burst429:5, 5xx:0.2, truncate:0.1, empty:0.1, duplicate:0.2, slow:0.1, drop:0.05, dropids:0.01, withdrawn:PMID,PMID, shortpage:0.2, dupids:0.2, countextra:4, countlie:0.2, truncatesearch:0.1, echo:0.1, retryafter:SECONDS")] = None,
    scale: Annotated[int, typer.Option(help="Replicate the corpus N times with new PMIDs (big result sets).")] = 1,
) -> None:
    """Serve esearch/efetch/einfo on 127.0.0.1 from local records, with optional fault injection."""
    from pipeline.sources.fake_eutils import FakeEutils, FaultConfig

    try:
        faults = FaultConfig.parse(fault or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc))
    srv = FakeEutils([str(c) for c in corpus], port=port, faults=faults, scale=scale)
    ui.info(f"fake E-utilities serving {len(srv.articles)} records at {srv.url} "
              f"(export EVIDENCE_EUTILS_URL={srv.url}); stats at {srv.url}/stats; Ctrl-C stops")
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        ui.info(json.dumps({"requests": srv.stats.requests, "max_per_second": srv.stats.max_per_second(),
                              "faults": srv.stats.faults}))


def register(app: typer.Typer) -> None:
    app.command("fetch")(fetch)
    app.command("fake-eutils")(fake_eutils)
