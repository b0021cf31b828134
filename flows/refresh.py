"""Prefect flow `refresh`: search → fetch → ingest → extract → link → grade → report.

The flow only orchestrates library calls (``pipeline.*``); every stage is a subflow so the Prefect
UI shows where a run spent its time and where it failed. Each task opens its own connection: DuckDB
allows one writer per file, stages run one after another, and a retried task starts clean.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Optional

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import INPUTS, NO_CACHE

from pipeline.config import db_path

PUBMED = "pubmed"


@dataclass
class StageResult:
    stage: str
    counts: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass
class RefreshSummary:
    source: list[str]
    db: str
    stages: list[StageResult] = field(default_factory=list)

    def to_markdown(self) -> str:
        lines = [f"**Source:** {', '.join(self.source)}  ", f"**Database:** `{self.db}`", "",
                 "| stage | counts | note |", "|---|---|---|"]
        for s in self.stages:
            counts = ", ".join(f"{k}={v}" for k, v in s.counts.items())
            lines.append(f"| {s.stage} | {counts} | {s.note} |")
        return "\n".join(lines)


def _is_live(source: list[str]) -> bool:
    return [s.lower() for s in source] == [PUBMED]


def _connect(db: str):
    from pipeline.store import connect

    return connect(db)


# ---------------------------------------------------------------- claims
@task(cache_policy=NO_CACHE)
def load_claims(catalog: Optional[str], claim_ids: Optional[list[str]], db: str):
    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog, store_claims
    from pipeline.claims.selection import select_claims

    claims = select_claims(load_catalog(Path(catalog) if catalog else DEFAULT_CATALOG), claim_ids)
    with _connect(db) as con:
        store_claims(con, claims)
    return claims


# ---------------------------------------------------------------- search
@task(cache_policy=INPUTS, persist_result=True)
def count_local_hits(queries: dict[str, str], file_fingerprints: list[tuple[str, str]]) -> dict[str, int]:
    """Hits per claim query in the given files. A pure function of (queries, file contents), so
    Prefect caches it across runs: unchanged files and queries are not parsed again."""
    from pipeline.models import Article
    from pipeline.parsing import parse_path
    from pipeline.query import QueryIndex, SearchDoc

    index = QueryIndex(SearchDoc.from_article(it) for path, _ in file_fingerprints
                       for it in parse_path(path) if isinstance(it, Article))
    return {cid: len(index.search(q)) for cid, q in queries.items()}


@task(retries=2, retry_delay_seconds=5, cache_policy=NO_CACHE)
def live_search(claim_id: str, query: str, eutils_url: Optional[str], since: Optional[str]) -> int:
    from pipeline.config import EutilsSettings
    from pipeline.sources.eutils import EutilsClient

    client = EutilsClient(EutilsSettings.from_env(eutils_url))
    return client.search(query, mindate=since, datetype="mdat" if since else None).count


@flow(name="search")
def search_stage(claims, source: list[str], eutils_url: Optional[str], since: Optional[str]) -> StageResult:
    logger = get_run_logger()
    hits: dict[str, int] = {}
    if _is_live(source):
        for c in claims:
            hits[c.id] = live_search(c.id, c.query, eutils_url, since)
    else:
        from pipeline.parsing import iter_paths
        from pipeline.store.source_files import fingerprint

        fps = [(fp.path, fp.sha256) for fp in map(fingerprint, iter_paths(source))]
        hits = count_local_hits({c.id: c.query for c in claims}, fps)
    total = sum(hits.values())
    logger.info("search: %d claims, %d query hits in total", len(hits), total)
    with_hits = sum(1 for v in hits.values() if v)
    return StageResult("search", {"claims": len(hits), "claims_with_hits": with_hits, "hits": total})


# ---------------------------------------------------------------- fetch
def _retry_unless_incomplete(task, task_run, state) -> bool:
    """Prefect retries a failed fetch (a transient outage), but not one that failed because records
    were missing: retrying at once would confirm a withdrawn PMID within seconds instead of on the next
    scheduled refresh (pipeline/fetch.py asks twice, a run apart, before calling a PMID unavailable)."""
    from pipeline.errors import IncompleteFetch

    try:
        state.result()
    except IncompleteFetch:
        return False
    except Exception:
        return True
    return True


@task(retries=2, retry_delay_seconds=10, retry_condition_fn=_retry_unless_incomplete, cache_policy=NO_CACHE)
def fetch_claim(db: str, claim_id: str, query: str, eutils_url: Optional[str], since: Optional[str]) -> dict:
    from pipeline.config import EutilsSettings
    from pipeline.fetch import fetch_query
    from pipeline.sources.eutils import EutilsClient

    client = EutilsClient(EutilsSettings.from_env(eutils_url))
    with _connect(db) as con:
        report = fetch_query(con, client, claim_id, query, since=since, quiet=True)
    return {"fetched": report.fetched, "inserted": report.inserted, "updated": report.updated,
            "unavailable": len(report.unavailable), "partial": int(report.status == "partial")}


@flow(name="fetch")
def fetch_stage(db: str, claims, source: list[str], eutils_url: Optional[str], since: Optional[str]) -> StageResult:
    if not _is_live(source):
        return StageResult("fetch", {"fetched": 0}, "local source: nothing to fetch")
    totals = {"fetched": 0, "inserted": 0, "updated": 0, "unavailable": 0, "partial": 0}
    for c in claims:
        for k, v in fetch_claim(db, c.id, c.query, eutils_url, since).items():
            totals[k] += v
    note = (f"{totals['unavailable']} PMIDs efetch did not return are recorded in fetch_unavailable"
            if totals["unavailable"] else "")
    return StageResult("fetch", totals, note)


# ---------------------------------------------------------------- ingest
@task(cache_policy=NO_CACHE)
def ingest_files(db: str, source: list[str], allow_partial: bool) -> dict:
    from pipeline.ingest import ingest_paths
    from pipeline.parsing import iter_paths
    from pipeline.store.source_files import already_loaded, fingerprint, mark_loaded

    counts = {"files": 0, "skipped_unchanged": 0, "inserted": 0, "updated": 0, "unchanged": 0,
              "deleted": 0, "quarantined": 0}
    with _connect(db) as con:
        for path in iter_paths(source):
            fp = fingerprint(path)
            counts["files"] += 1
            if already_loaded(con, fp):
                counts["skipped_unchanged"] += 1
                continue
            report = ingest_paths(con, [path], allow_partial=True, quiet=True, command="run")
            for f in report.files:
                for k in ("inserted", "updated", "unchanged", "deleted", "quarantined"):
                    counts[k] += getattr(f, k)
            truncated = any(f.truncated for f in report.files)
            if truncated and not allow_partial:
                get_run_logger().warning("%s is truncated: complete records loaded", path)
            mark_loaded(con, fp, sum(f.read for f in report.files), "partial" if truncated else "ok")
    return counts


@task(cache_policy=NO_CACHE)
def rebuild_fts(db: str) -> int:
    from pipeline.store.fts import rebuild_index

    with _connect(db) as con:
        return rebuild_index(con)


@flow(name="ingest")
def ingest_stage(db: str, source: list[str], allow_partial: bool) -> StageResult:
    if _is_live(source):
        counts: dict[str, Any] = {"files": 0}
        note = "records stored by fetch"
    else:
        counts = ingest_files(db, source, allow_partial)
        note = ""
    counts["fts_docs"] = rebuild_fts(db)
    return StageResult("ingest", counts, note)


# ---------------------------------------------------------------- extract / link / grade / report
@task(cache_policy=NO_CACHE)
def extract_task(db: str, n_process: int) -> dict:
    from pipeline.claims.catalog import lexicon_entries
    from pipeline.nlp.extract import extract_store

    with _connect(db) as con:
        report = extract_store(con, n_process=n_process, quiet=True, lexicon_terms=lexicon_entries())
    return {k: v for k, v in asdict(report).items() if isinstance(v, (int, float, str))}


@flow(name="extract")
def extract_stage(db: str, n_process: int) -> StageResult:
    return StageResult("extract", extract_task(db, n_process))


@task(cache_policy=NO_CACHE)
def link_task(db: str, claims, live: bool) -> dict:
    from pipeline.claims.linker import link_claims

    with _connect(db) as con:
        report = link_claims(con, claims, source=PUBMED if live else "local", quiet=True)
    return {k: v for k, v in asdict(report).items() if isinstance(v, (int, float, str))}


@flow(name="link")
def link_stage(db: str, claims, source: list[str]) -> StageResult:
    return StageResult("link", link_task(db, claims, _is_live(source)))


@task(cache_policy=NO_CACHE)
def grade_task(db: str, run_id: Optional[str] = None) -> dict:
    from pipeline.grading import grade_all

    with _connect(db) as con:
        report = grade_all(con, run_id=run_id)
    return {k: v for k, v in asdict(report).items() if isinstance(v, (int, float, str))}


@task(cache_policy=NO_CACHE)
def changes_task(db: str, run_id: str) -> str:
    """The "what changed" digest of this run's grading, as Markdown (pipeline.reports.changes)."""
    from pipeline.reports.changes import digest

    with _connect(db) as con:
        return digest(con, run_id=run_id).to_markdown()


@flow(name="grade")
def grade_stage(db: str, run_id: Optional[str] = None) -> StageResult:
    counts = grade_task(db, run_id)
    if run_id:
        # the analyst's digest of a scheduled refresh: grades moved, flags flipped, new eligible studies
        create_markdown_artifact(changes_task(db, run_id), key="what-changed",
                                 description="What this refresh changed (grade history)")
    return StageResult("grade", counts)


@task(cache_policy=NO_CACHE)
def report_task(db: str, out: Optional[str]) -> tuple[dict, str]:
    from pipeline.reports.site import build_site, claim_table_markdown
    from pipeline.store.snapshot import publish_snapshot

    with _connect(db) as con:
        site = build_site(con, Path(out) if out else None)
        table = claim_table_markdown(con)
        publish_snapshot(con, db)
    return {"pages": site.pages, "out": str(site.out_dir)}, table


@flow(name="report")
def report_stage(db: str, out: Optional[str]) -> StageResult:
    counts, table = report_task(db, out)
    create_markdown_artifact(table, key="claim-grades", description="Grade per claim")
    return StageResult("report", counts)


# ---------------------------------------------------------------- the whole refresh
@flow(name="refresh", log_prints=True)
def refresh(
    source: list[str] = [PUBMED],  # noqa: B006 (Prefect parameters are copied per run)
    claims: Optional[list[str]] = None,
    since: Optional[str] = None,
    db: Optional[str] = None,
    out: Optional[str] = None,
    catalog: Optional[str] = None,
    eutils_url: Optional[str] = None,
    n_process: int = 1,
    allow_partial: bool = True,
) -> RefreshSummary:
    """Refresh the evidence for every claim (or ``claims``) from PubMed or from local files."""
    from prefect.runtime import flow_run

    logger = get_run_logger()
    run_id = str(flow_run.id) if flow_run.id else None  # grade_history keeps the run that changed a grade
    dbp = str(db_path(db))
    summary = RefreshSummary(source=list(source), db=dbp)
    claim_objs = load_claims(catalog, claims, dbp)
    logger.info("refresh of %d claims from %s into %s", len(claim_objs), ", ".join(source), dbp)
    summary.stages.append(search_stage(claim_objs, list(source), eutils_url, since))
    summary.stages.append(fetch_stage(dbp, claim_objs, list(source), eutils_url, since))
    summary.stages.append(ingest_stage(dbp, list(source), allow_partial))
    summary.stages.append(extract_stage(dbp, n_process))
    summary.stages.append(link_stage(dbp, claim_objs, list(source)))
    summary.stages.append(grade_stage(dbp, run_id))
    summary.stages.append(report_stage(dbp, out))
    create_markdown_artifact(summary.to_markdown(), key="run-summary", description="Counts per stage")
    return summary


if __name__ == "__main__":
    refresh()
