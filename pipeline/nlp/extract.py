"""`evidence extract`: run the NLP stage over stored articles that lack an extraction at this version.

An extraction is keyed by (pmid, extractor_version) and remembers the article's content_hash; a
revised article (new hash), a new EXTRACTOR_VERSION or a retrained P/I/O tagger (its hash is part of
the version, :func:`current_version`) is extracted again, everything else is skipped. The article's
P/I/O spans and the abbreviations it defines (read once here, for the linker) are written with its
extraction, in the same transaction.

The per-article reading (spaCy, the P/I/O tagger, the design classifier, the abbreviations) runs in
worker processes when there is enough of it (:func:`workers_from_env`; default one per CPU): the
parent reads the articles, hands out batches and writes each batch's rows through ``pipeline/store``
in one transaction, in the order the batches were cut, so the rows are those of the in-process path.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import duckdb

from pipeline.faults import crash_point
from pipeline.gc_policy import fewer_full_collections
from pipeline.logs import progress
from pipeline.nlp.abbreviations import abbreviations_of, defining_text
from pipeline.nlp.evidence import EXTRACTOR_VERSION, ArticleEvidence, extract_batch
from pipeline.nlp.lexicons import LexiconEntry
from pipeline.store import abbreviations, extractions, pico_spans
from pipeline.store.db import transaction
from pipeline.store.load import iter_articles

log = logging.getLogger(__name__)

# Below this many pending articles the stage reads in-process: each worker loads the NER model, the
# tagger and the classifiers (about 1.3 s of CPU), which a small batch does not pay back.
MIN_PARALLEL = 128
# Articles per batch handed to a worker (and written in one transaction): small enough that two
# workers share the bundled corpus's 1,259 articles evenly, large enough to amortise the hand-over.
PARALLEL_BATCH = 64


@dataclass
class ExtractReport:
    extractor_version: str
    pending: int = 0
    extracted: int = 0
    skipped_current: int = 0
    removed_orphans: int = 0


def current_version() -> str:
    """The version key of an extraction: the rules' EXTRACTOR_VERSION and the P/I/O tagger's files
    (a missing or damaged tagger raises ModelError, exit 9)."""
    from pipeline.nlp.pico import model_version

    return f"{EXTRACTOR_VERSION}+pico.{model_version()}"


def pending_pmids(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Articles with no extraction at the current version for their current content."""
    return extractions.pending_pmids(con, current_version())


def _pico_rows(evs: list[ArticleEvidence], version: str) -> list[tuple]:
    """Span rows in :data:`pipeline.store.pico_spans.PICO_COLUMNS` order."""
    return [(e.pmid, version, s.element, s.start, s.end, s.sentence, s.text, s.score) for e in evs for s in e.pico]


def _rows(evs: list[ArticleEvidence], hashes: dict[int, str], version: str) -> list[tuple]:
    """Extraction rows in :data:`pipeline.store.extractions.EXTRACTION_COLUMNS` order."""
    return [(e.pmid, version, hashes[e.pmid], e.design, e.design_confidence, e.design_reason,
             e.is_rct, e.is_systematic_review, e.is_meta_analysis, e.is_protocol, e.is_human, e.is_animal,
             e.is_rodent, e.is_in_vitro, e.is_child, e.species, e.sample_size, e.sample_size_sentence,
             json.dumps([x.to_dict() for x in e.entities], ensure_ascii=False), e.used_metadata) for e in evs]


def workers_from_env() -> int:
    """``EVIDENCE_EXTRACT_WORKERS`` (0 or 1 = read in-process), default the CPUs this process may use."""
    raw = os.environ.get("EVIDENCE_EXTRACT_WORKERS")
    if raw:
        return max(1, int(raw))
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def batch_rows(arts: list, hashes: dict[int, str], version: str, nlp, n_process: int = 1) -> tuple[list, list, list]:
    """One batch's extraction, P/I/O span and abbreviation rows (the store's column orders): the reading
    of both the in-process path and the workers."""
    evs = extract_batch(arts, nlp=nlp, n_process=n_process)
    # on scispaCy's tokenizer, as the linker read them before they were stored (nlp/abbreviations.py)
    abbrevs = abbreviations_of([defining_text(a.title, a.abstract) for a in arts])
    return (_rows(evs, hashes, version), _pico_rows(evs, version),
            [abbreviations.row(a.pmid, version, ab) for a, ab in zip(arts, abbrevs)])


_worker_nlp = None  # the pipeline a worker process built at start (see _start_worker)


def _start_worker(lexicon_terms: tuple[LexiconEntry, ...], parent: int) -> None:
    global _worker_nlp
    import threading

    from pipeline.nlp.pipeline import build_nlp

    # a parent killed mid-stage (os._exit, SIGKILL) cannot shut the pool down, and a worker waiting for
    # its next batch would wait for ever, holding its models: it leaves once it has another parent
    threading.Thread(target=_leave_with_parent, args=(parent,), daemon=True).start()
    _worker_nlp = build_nlp(extra_terms=lexicon_terms)


def _leave_with_parent(parent: int, every: float = 1.0) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)


def _worker_rows(arts: list, hashes: dict[int, str], version: str) -> tuple[list, list, list]:
    return batch_rows(arts, hashes, version, _worker_nlp)


def _write(con: duckdb.DuckDBPyConnection, version: str, chunk: list[int], rows: tuple[list, list, list]) -> int:
    """Write one batch's rows in one transaction; returns the articles extracted."""
    ext_rows, span_rows, abbrev_rows = rows
    with transaction(con):
        extractions.replace_extractions(con, version, chunk, ext_rows)
        pico_spans.replace_spans(con, version, chunk, span_rows)
        abbreviations.replace_abbreviations(con, version, chunk, abbrev_rows)
    return len(ext_rows)


def _read_chunk(con: duckdb.DuckDBPyConnection, chunk: list[int]) -> tuple[list, dict[int, str]]:
    arts = list(iter_articles(con, chunk))
    hashes = dict(con.execute("SELECT pmid, content_hash FROM articles WHERE pmid IN (SELECT unnest(?))",
                              [chunk]).fetchall())
    return arts, hashes


@fewer_full_collections()  # the stage fills caches as it goes: see pipeline/gc_policy.py
def extract_store(con: duckdb.DuckDBPyConnection, *, n_process: int = 1, batch_size: int = 256,
                  quiet: bool = False, pmids: list[int] | None = None,
                  lexicon_terms: tuple[LexiconEntry, ...] = (), workers: int | None = None) -> ExtractReport:
    """Extract pending articles in batches; each batch commits on its own (resumable).
    ``lexicon_terms`` join the entity ruler's lexicons: the stage's callers pass the claim catalog's
    (:func:`pipeline.claims.catalog.lexicon_entries`). ``workers`` processes read the articles
    (default :func:`workers_from_env`; 1, or fewer than :data:`MIN_PARALLEL` pending articles, reads
    in this process, with ``n_process`` handed to spaCy); the rows written are the same either way. The
    workers are spawned, so they import the calling program's main module: a script that calls this
    with workers needs the ``if __name__ == "__main__":`` guard (the CLI, the flow and benchmarks have it)."""
    version = current_version()
    todo = extractions.pending_pmids(con, version)
    if pmids is not None:
        wanted = set(pmids)
        todo = [p for p in todo if p in wanted]
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    report = ExtractReport(version, pending=len(todo), skipped_current=total - len(todo))
    report.removed_orphans = extractions.remove_orphans(con)
    pico_spans.remove_orphans(con)
    abbreviations.remove_orphans(con)
    if not todo:
        log.info("extract: nothing to do (%d articles current at %s)", total, version)
        return report
    workers = workers_from_env() if workers is None else max(1, workers)
    with progress(quiet) as bar:
        task = bar.add_task("extract", total=len(todo))
        if workers > 1 and len(todo) >= MIN_PARALLEL:
            _extract_parallel(con, todo, version, workers, min(batch_size, PARALLEL_BATCH), lexicon_terms,
                              report, lambda n: bar.advance(task, n))
        else:
            from pipeline.nlp.pipeline import build_nlp

            nlp = build_nlp(extra_terms=lexicon_terms)
            for i in range(0, len(todo), batch_size):
                chunk = todo[i:i + batch_size]
                arts, hashes = _read_chunk(con, chunk)
                report.extracted += _write(con, version, chunk, batch_rows(arts, hashes, version, nlp, n_process))
                crash_point("extract")
                bar.advance(task, len(chunk))
    log.info("extract: %d articles extracted, %d already current (version %s)",
             report.extracted, report.skipped_current, version)
    return report


def _extract_parallel(con: duckdb.DuckDBPyConnection, todo: list[int], version: str, workers: int,
                      batch_size: int, lexicon_terms: tuple[LexiconEntry, ...], report: ExtractReport,
                      advance) -> None:
    """Batches read by ``workers`` processes, written here in the order they were cut; at most
    ``2 × workers`` batches are in flight, so memory does not grow with the corpus."""
    # spawn: workers start from a clean process, not a fork of one running DuckDB's threads; and they
    # are this process's own children, so their CPU time is counted in its (getrusage's children)
    ctx = multiprocessing.get_context("spawn")
    chunks = [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]
    pending: deque = deque()
    with ProcessPoolExecutor(min(workers, len(chunks)), mp_context=ctx, initializer=_start_worker,
                             initargs=(tuple(lexicon_terms), os.getpid())) as pool:
        try:
            for chunk in chunks:
                arts, hashes = _read_chunk(con, chunk)
                pending.append((chunk, pool.submit(_worker_rows, arts, hashes, version)))
                if len(pending) >= 2 * workers:
                    _write_next(con, version, pending, report, advance)
            while pending:
                _write_next(con, version, pending, report, advance)
        finally:
            for _, f in pending:
                f.cancel()


def _write_next(con, version: str, pending: deque, report: ExtractReport, advance) -> None:
    chunk, future = pending.popleft()
    report.extracted += _write(con, version, chunk, future.result())
    crash_point("extract")
    advance(len(chunk))
