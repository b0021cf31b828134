"""Load record files into the store: parse (streaming) → upsert in batches → quarantine problems.

One ``ingest_runs`` row per file. Each batch is its own transaction, so an interrupted ingest keeps
what it finished and a re-run resumes without duplicates (upserts are idempotent).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import duckdb

from pipeline.faults import crash_point
from pipeline.logs import progress
from pipeline.models import Article, Deletion, ParseProblem
from pipeline.parsing import RecordTally, iter_paths, parse_path
from pipeline.parallel_parse import ParallelParser, workers_from_env
from pipeline.store.articles import PreparedBatch, UpsertCounts, apply_deletions, upsert_articles, upsert_prepared
from pipeline.store.db import bulk_load, transaction
from pipeline.store.runs import finish_run, quarantine, start_run

log = logging.getLogger(__name__)
BATCH = int(os.environ.get("EVIDENCE_INGEST_BATCH", "500"))  # records per transaction


@dataclass
class FileReport:
    path: str
    read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    quarantined: int = 0  # quarantine rows added by this run (a re-run adds none for the same records)
    rejected: int = 0  # records the parser rejected (quarantined now or before)
    in_file: int | None = None  # records the file holds, counted apart from parsing (None: not counted)
    truncated: bool = False
    problems: list[str] = field(default_factory=list)  # fatal problems, one line each

    @property
    def unaccounted(self) -> int:
        """Records the file holds that were neither loaded nor quarantined."""
        if self.in_file is None:
            return 0
        return max(0, self.in_file - self.read - self.rejected)

    @property
    def status(self) -> str:
        """ok only when every record of the file was loaded or quarantined and nothing stopped the
        parse; partial when records were loaded but some are missing; failed when none loaded."""
        if self.truncated:
            return "partial"
        if self.problems and not self.read and not self.deleted:
            return "failed"
        if self.problems or self.unaccounted:
            return "partial"
        return "ok"


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def truncated(self) -> bool:
        """Some file is partial: cut short, or holding records that were neither loaded nor
        quarantined (the CLI exits 4 unless --allow-partial)."""
        return any(f.status == "partial" for f in self.files)

    @property
    def quarantined(self) -> int:
        return sum(f.quarantined for f in self.files)

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)


def _flush(con: duckdb.DuckDBPyConnection, batch: list[Article] | PreparedBatch, deletions: list[Deletion],
           rep: FileReport) -> None:
    if not len(batch) and not deletions:
        return
    with transaction(con):
        if isinstance(batch, PreparedBatch):
            counts = upsert_prepared(con, batch)
        else:
            counts = upsert_articles(con, batch) if batch else UpsertCounts()
        rep.deleted += apply_deletions(con, deletions)
    rep.inserted += counts.inserted
    rep.updated += counts.updated
    rep.unchanged += counts.unchanged + counts.skipped_deleted
    if isinstance(batch, list):
        batch.clear()
    deletions.clear()


def ingest_file(con: duckdb.DuckDBPyConnection, path: Path, *, command: str = "ingest",
                parallel: ParallelParser | None = None) -> FileReport:
    """Ingest one file; never raises for bad records (they are quarantined). With ``parallel``, a
    large PubMed XML file is parsed by its worker processes (same result, faster)."""
    rep = FileReport(str(path))
    run_id = start_run(con, command, str(path))
    batch: list[Article] = []
    deletions: list[Deletion] = []
    tally = RecordTally()
    items = parallel.segments(path, tally) if parallel is not None and parallel.wants(path) else None
    if items is None:
        items = parse_path(path, tally)
    try:
        for item in items:
            if isinstance(item, Article):
                rep.read += 1
                batch.append(item)
                if len(batch) >= BATCH:
                    _flush(con, batch, deletions, rep)
                    crash_point("ingest")
            elif isinstance(item, PreparedBatch):
                rep.read += len(item)
                _flush(con, item, deletions, rep)
                crash_point("ingest")
            elif isinstance(item, Deletion):
                deletions.append(item)
            else:
                _flush(con, batch, deletions, rep)  # keep quarantine rows after the records before them
                if quarantine(con, item, run_id):
                    rep.quarantined += 1
                if item.fatal:
                    rep.problems.append(item.reason)
                    rep.truncated = rep.truncated or "truncat" in item.reason
                else:
                    rep.rejected += 1
        _flush(con, batch, deletions, rep)
        rep.in_file = tally.records
        if rep.unaccounted and not rep.truncated:  # a cut-off file says so already
            # records in the file against records loaded: a mismatch is never "ok"
            rep.problems.append(f"the file holds {rep.in_file} records: {rep.read} loaded, {rep.rejected} "
                                f"quarantined, {rep.unaccounted} neither")
    except BaseException as exc:
        finish_run(con, run_id, "failed", n_read=rep.read, n_inserted=rep.inserted, n_updated=rep.updated,
                   n_unchanged=rep.unchanged, n_deleted=rep.deleted, n_quarantined=rep.quarantined,
                   message=f"{type(exc).__name__}: {exc}")
        raise
    finish_run(con, run_id, rep.status, n_read=rep.read, n_inserted=rep.inserted, n_updated=rep.updated,
               n_unchanged=rep.unchanged, n_deleted=rep.deleted, n_quarantined=rep.quarantined,
               message="; ".join(rep.problems) or None)
    log.info("%s: read %d, inserted %d, updated %d, unchanged %d, deleted %d, quarantined %d%s",
             path, rep.read, rep.inserted, rep.updated, rep.unchanged, rep.deleted, rep.quarantined,
             " (TRUNCATED)" if rep.truncated else "")
    return rep


def ingest_paths(con: duckdb.DuckDBPyConnection, paths: Iterable[str | Path], *, allow_partial: bool = False,
                 quiet: bool = False, command: str = "ingest", workers: int | None = None) -> IngestReport:
    """Ingest every supported file under ``paths``. Truncation is reported in the result, not raised:
    the caller decides (the CLI exits 4 unless ``--allow-partial``). ``workers`` parse large PubMed XML
    files in parallel (default ``EVIDENCE_INGEST_WORKERS``, else one per CPU; 1 = in-process)."""
    report = IngestReport()
    files = list(iter_paths(paths))
    with progress(quiet) as bar, ParallelParser(workers or workers_from_env()) as parallel, bulk_load(con):
        task = bar.add_task("ingest", total=len(files))
        for path in files:
            bar.update(task, description=f"ingest {path.name}")
            report.files.append(ingest_file(con, path, command=command, parallel=parallel))
            bar.advance(task)
    return report
