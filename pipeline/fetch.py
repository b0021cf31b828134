"""Fetch a query's records from E-utilities into the store, incrementally and resumably.

First run for a query: search everything, fetch only PMIDs not stored yet (a killed run resumes
where it stopped, because each batch is committed). Later runs: search the modification-date
window since the query's watermark and fetch those records (new or revised). The watermark moves
only after the whole window was fetched; any failure raises and leaves it where it was.

Nothing missing passes as "ok". When esearch lists fewer distinct PMIDs than its count, the records
that did arrive are stored, the run is "failed" and IncompleteFetch (exit 7) names the windows
short of PMIDs; no watermark moves. PMIDs efetch does not return after retries (a withdrawn or
deleted record) are recorded in ``fetch_unavailable`` with the reason and asked for again on every
later run. Policy, so that one withdrawn record cannot block a query forever yet none is skipped
silently:

* missing in this run for the first time → the run fails (exit 7), naming the PMIDs; no watermark;
* missing in ``UNAVAILABLE_AFTER_RUNS`` (2) runs → "confirmed unavailable": it no longer holds the
  watermark back, the run ends "partial" (exit 6) and its message lists the PMIDs;
* a later run that gets the record stores it and deletes its ``fetch_unavailable`` row.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import duckdb

from pipeline.errors import IncompleteFetch
from pipeline.faults import crash_point
from pipeline.logs import progress, redact
from pipeline.models import Article, Deletion, ParseProblem
from pipeline.sources.eutils import EutilsClient, Unavailable, search_shortfall_message
from pipeline.store.articles import apply_deletions, upsert_articles
from pipeline.store.db import transaction
from pipeline.store.runs import finish_run, quarantine, start_run
from pipeline.store.unavailable import pending_unavailable, record_unavailable, resolve_unavailable
from pipeline.store.watermarks import read_watermark, set_watermark

log = logging.getLogger(__name__)

# Runs that must miss a PMID before it stops holding the watermark back: one run can meet a record
# that esearch indexes before efetch serves it; two separate runs missing it is a withdrawn record.
UNAVAILABLE_AFTER_RUNS = 2


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
    status: str = "running"  # ok | partial | failed, as in ingest_runs
    missing_search: int = 0  # PMIDs esearch's count promised but did not list
    unavailable_new: list[int] = field(default_factory=list)  # efetch missed them for the first time: run failed
    unavailable: list[int] = field(default_factory=list)  # confirmed unavailable: recorded, watermark not held
    incremental: bool = False
    window_start: str | None = None
    watermark: str | None = None
    problems: list[str] = field(default_factory=list)


def query_hash(query: str) -> str:
    return hashlib.sha256(query.encode("utf-8")).hexdigest()[:16]


def current_watermark(con: duckdb.DuckDBPyConnection, query_id: str, query: str) -> str | None:
    return read_watermark(con, query_id, query_hash(query))


def fetch_query(con: duckdb.DuckDBPyConnection, client: EutilsClient, query_id: str, query: str, *,
                since: str | None = None, quiet: bool = False, today: str | None = None) -> FetchReport:
    """Bring the records of ``query`` into the store; see the module docstring for the rules.

    Returns the report of a run that ended "ok" or "partial" (confirmed-unavailable PMIDs, see
    ``rep.unavailable``); raises IncompleteFetch when records are missing, UpstreamError when
    E-utilities failed, after recording the run as "failed" and leaving the watermark where it was.
    """
    rep = FetchReport(query_id)
    today = today or datetime.now(timezone.utc).strftime("%Y/%m/%d")
    start = since or current_watermark(con, query_id, query)
    source = f"{query_id}: {query[:200]}"
    _close_interrupted_runs(con, source)
    run_id = start_run(con, "fetch", source)
    try:
        pending = pending_unavailable(con, query_id)
        if start:
            rep.incremental, rep.window_start = True, start
            result = client.search(query, mindate=start, maxdate="3000/12/31", datetype="mdat", strict=False)
            listed = result.pmids
        else:
            result = client.search(query, strict=False)
            listed = result.pmids
            if result.complete:  # a full, complete search that no longer lists a PMID settles it
                gone = set(pending) - set(listed)
                resolve_unavailable(con, query_id, gone)
                pending = {p: n for p, n in pending.items() if p not in gone}
        # PMIDs recorded unavailable are asked for again on every run (a withdrawn record may come back)
        candidates = list(dict.fromkeys([*listed, *sorted(pending)]))
        stored = {r[0] for r in con.execute(
            "SELECT pmid FROM articles WHERE pmid IN (SELECT unnest(?))", [candidates]).fetchall()}
        resolve_unavailable(con, query_id, set(pending) & stored)  # arrived meanwhile (e.g. by ingest)
        in_window = set(listed) if start else set()
        todo = [p for p in candidates if p in in_window or p not in stored]
        rep.count, rep.to_fetch = result.count, len(todo)
        rep.missing_search = result.missing if result.shortfalls else 0
        missing: dict[int, int] = {}  # pmid -> efetch attempts
        got: set[int] = set()  # PMIDs that arrived as records (or as deletions)
        with progress(quiet) as bar:
            task = bar.add_task(f"fetch {query_id}", total=len(todo))
            batch: list[Article] = []
            for item in client.fetch(todo):
                if isinstance(item, Article):
                    item.source_file = f"efetch:{query_id}"
                    batch.append(item)
                    got.add(item.pmid)
                    if len(batch) >= client.batch_size:
                        _commit(con, batch, rep)
                        crash_point("fetch")
                        bar.advance(task, len(batch))
                        batch = []
                elif isinstance(item, Unavailable):
                    missing.update(dict.fromkeys(item.pmids, item.attempts))
                elif isinstance(item, Deletion):
                    rep.deleted += apply_deletions(con, [item])
                    got.add(item.pmid)
                elif isinstance(item, ParseProblem):
                    rep.quarantined += quarantine(con, item, run_id)
            if batch:
                _commit(con, batch, rep)
                bar.advance(task, len(batch))
        resolve_unavailable(con, query_id, got & set(pending))
        runs_missing: dict[int, int] = {}
        for attempts in sorted(set(missing.values())):
            pm = [p for p, a in missing.items() if a == attempts]
            reason = Unavailable(tuple(pm), attempts).reason
            runs_missing.update(record_unavailable(con, query_id, pm, reason, attempts, run_id))
        rep.unavailable_new = sorted(p for p, n in runs_missing.items() if n < UNAVAILABLE_AFTER_RUNS)
        rep.unavailable = sorted(p for p, n in runs_missing.items() if n >= UNAVAILABLE_AFTER_RUNS)
        problems = []
        # ids asked vs ids answered, whatever the client did: each is a record or is reported missing
        unaccounted = sorted(set(todo) - got - set(missing))
        if unaccounted:
            problems.append(f"{len(unaccounted)} PMID(s) asked of efetch were neither returned nor reported "
                            f"missing: {_preview(unaccounted)}")
        if result.shortfalls:
            problems.append(search_shortfall_message(result) + "; the PMIDs that were listed are stored")
        if rep.unavailable_new:
            problems.append(
                f"efetch did not return {len(rep.unavailable_new)} PMID(s) after {client.efetch_attempts} attempts: "
                f"{_preview(rep.unavailable_new)} (recorded in fetch_unavailable; if the next run misses them "
                f"too they are recorded as unavailable and no longer hold the query back)")
        if problems:
            rep.problems = problems
            raise IncompleteFetch(f"fetch {query_id}: records missing, nothing marked as fetched, re-run to resume: "
                                  + "; ".join(problems))
    except BaseException as exc:  # Ctrl-C too: the row must not stay "running"
        rep.status = "failed"
        finish_run(con, run_id, "failed", n_read=rep.fetched, n_inserted=rep.inserted, n_updated=rep.updated,
                   n_unchanged=rep.unchanged, n_deleted=rep.deleted, n_quarantined=rep.quarantined,
                   message=f"{type(exc).__name__}: {exc}"[:2000])
        raise
    # every PMID is stored or explicitly recorded unavailable: only now may the watermark move
    set_watermark(con, query_id, query_hash(query), today, rep.count)
    rep.watermark = today
    message = f"count {rep.count}, fetched {rep.fetched}" + (f" since {rep.window_start}" if rep.incremental else "")
    rep.status = "ok"
    if rep.unavailable:
        rep.status = "partial"
        note = (f"{len(rep.unavailable)} PMID(s) unavailable from efetch in {UNAVAILABLE_AFTER_RUNS} or more runs "
                f"(see fetch_unavailable; asked for again each run): {_preview(rep.unavailable)}")
        rep.problems.append(note)
        message += "; " + note
        log.warning("fetch %s: %s", query_id, note)
    finish_run(con, run_id, rep.status, n_read=rep.fetched, n_inserted=rep.inserted, n_updated=rep.updated,
               n_unchanged=rep.unchanged, n_deleted=rep.deleted, n_quarantined=rep.quarantined, message=message[:2000])
    log.info("fetch %s: count %d, fetched %d (inserted %d, updated %d, unchanged %d)%s", query_id, rep.count,
             rep.fetched, rep.inserted, rep.updated, rep.unchanged,
             f", window since {rep.window_start}" if rep.incremental else "")
    return rep


def _close_interrupted_runs(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Mark this query's fetch runs still "running" as failed: their process died (killed, crashed).

    Only one process can hold the database for writing, and one query's fetches do not overlap within
    a process, so a "running" row for this query found now belongs to a run that can never finish.
    """
    rows = con.execute("SELECT run_id, started_at FROM ingest_runs WHERE command = 'fetch' AND status = 'running'"
                       " AND source = ?", [redact(source)]).fetchall()
    for run_id, started in rows:
        finish_run(con, run_id, "failed", message=f"interrupted: the process ended before this run finished "
                                                  f"(started {started}; found by a later run of the same query)")


def _preview(pmids, n: int = 20) -> str:
    pmids = list(pmids)
    return ", ".join(map(str, pmids[:n])) + (f" … (+{len(pmids) - n} more)" if len(pmids) > n else "")


def _commit(con: duckdb.DuckDBPyConnection, batch: list[Article], rep: FetchReport) -> None:
    with transaction(con):
        c = upsert_articles(con, batch)
    rep.fetched += len(batch)
    rep.inserted += c.inserted
    rep.updated += c.updated
    rep.unchanged += c.unchanged
