"""Fetch a query's records from E-utilities into the store, incrementally and resumably.

First run for a query: search everything, fetch only PMIDs not stored yet (a killed run resumes
where it stopped, because each batch is committed). Later runs: search the modification-date
window since the query's watermark and fetch those records (new or revised). The watermark moves
only after the whole window was fetched; any failure raises and leaves it where it was.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import duckdb

from pipeline.faults import crash_point
from pipeline.logs import progress
from pipeline.models import Article, Deletion, ParseProblem
from pipeline.sources.eutils import EutilsClient
from pipeline.store.articles import apply_deletions, upsert_articles
from pipeline.store.db import transaction
from pipeline.store.runs import finish_run, quarantine, start_run

log = logging.getLogger(__name__)


@dataclass
class FetchReport:
    query_id: str
    count: int = 0
    to_fetch: int = 0
    fetched: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    quarantined: int = 0
    incremental: bool = False
    window_start: str | None = None
    watermark: str | None = None
    problems: list[str] = field(default_factory=list)


def query_hash(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()[:16]


def current_watermark(con: duckdb.DuckDBPyConnection, query_id: str, query: str) -> str | None:
    row = con.execute("SELECT query_hash, watermark FROM fetch_watermarks WHERE query_id = ?", [query_id]).fetchone()
    return row[1] if row and row[0] == query_hash(query) else None


def fetch_query(con: duckdb.DuckDBPyConnection, client: EutilsClient, query_id: str, query: str, *,
                since: str | None = None, quiet: bool = False, today: str | None = None) -> FetchReport:
    """Bring the records of ``query`` into the store; see the module docstring for the rules."""
    rep = FetchReport(query_id)
    today = today or datetime.now(timezone.utc).strftime("%Y/%m/%d")
    start = since or current_watermark(con, query_id, query)
    run_id = start_run(con, "fetch", f"{query_id}: {query[:200]}")
    try:
        if start:
            rep.incremental, rep.window_start = True, start
            result = client.search(query, mindate=start, maxdate="3000/12/31", datetype="mdat")
            todo = result.pmids
        else:
            result = client.search(query)
            stored = {r[0] for r in con.execute(
                "SELECT pmid FROM articles WHERE pmid IN (SELECT unnest(?))", [result.pmids]).fetchall()}
            todo = [p for p in result.pmids if p not in stored]
        rep.count, rep.to_fetch = result.count, len(todo)
        with progress(quiet) as bar:
            task = bar.add_task(f"fetch {query_id}", total=len(todo))
            batch: list[Article] = []
            for item in client.fetch(todo):
                if isinstance(item, Article):
                    item.source_file = f"efetch:{query_id}"
                    batch.append(item)
                    if len(batch) >= client.batch_size:
                        _commit(con, batch, rep)
                        crash_point("fetch")
                        bar.advance(task, len(batch))
                        batch = []
                elif isinstance(item, Deletion):
                    rep.deleted += apply_deletions(con, [item])
                elif isinstance(item, ParseProblem):
                    rep.quarantined += quarantine(con, item, run_id)
            if batch:
                _commit(con, batch, rep)
                bar.advance(task, len(batch))
    except Exception as exc:
        finish_run(con, run_id, "failed", n_read=rep.fetched, n_inserted=rep.inserted, n_updated=rep.updated,
                   n_unchanged=rep.unchanged, message=f"{type(exc).__name__}: {exc}"[:500])
        raise
    # the whole window succeeded: only now may the watermark move
    con.execute("DELETE FROM fetch_watermarks WHERE query_id = ?", [query_id])
    con.execute("INSERT INTO fetch_watermarks (query_id, query_hash, watermark, last_count) VALUES (?, ?, ?, ?)",
                [query_id, query_hash(query), today, rep.count])
    rep.watermark = today
    finish_run(con, run_id, "ok", n_read=rep.fetched, n_inserted=rep.inserted, n_updated=rep.updated,
               n_unchanged=rep.unchanged, n_deleted=rep.deleted, n_quarantined=rep.quarantined,
               message=f"count {rep.count}, fetched {rep.fetched}" + (f" since {rep.window_start}" if rep.incremental else ""))
    log.info("fetch %s: count %d, fetched %d (inserted %d, updated %d, unchanged %d)%s", query_id, rep.count,
             rep.fetched, rep.inserted, rep.updated, rep.unchanged,
             f", window since {rep.window_start}" if rep.incremental else "")
    return rep


def _commit(con: duckdb.DuckDBPyConnection, batch: list[Article], rep: FetchReport) -> None:
    with transaction(con):
        c = upsert_articles(con, batch)
    rep.fetched += len(batch)
    rep.inserted += c.inserted
    rep.updated += c.updated
    rep.unchanged += c.unchanged
