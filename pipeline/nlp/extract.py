"""`evidence extract`: run the NLP stage over stored articles that lack an extraction at this version.

An extraction is keyed by (pmid, extractor_version) and remembers the article's content_hash; a
revised article (new hash) or a new EXTRACTOR_VERSION is extracted again, everything else is skipped.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import duckdb

from pipeline.faults import crash_point
from pipeline.logs import progress
from pipeline.nlp.evidence import EXTRACTOR_VERSION, ArticleEvidence, extract_batch
from pipeline.nlp.lexicons import LexiconEntry
from pipeline.store import extractions
from pipeline.store.db import transaction
from pipeline.store.load import iter_articles

log = logging.getLogger(__name__)


@dataclass
class ExtractReport:
    extractor_version: str
    pending: int = 0
    extracted: int = 0
    skipped_current: int = 0
    removed_orphans: int = 0


def pending_pmids(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Articles with no extraction at the current version for their current content."""
    return extractions.pending_pmids(con, EXTRACTOR_VERSION)


def _rows(evs: list[ArticleEvidence], hashes: dict[int, str]) -> list[tuple]:
    """Extraction rows in :data:`pipeline.store.extractions.EXTRACTION_COLUMNS` order."""
    return [(e.pmid, EXTRACTOR_VERSION, hashes[e.pmid], e.design, e.design_confidence, e.design_reason,
             e.is_rct, e.is_systematic_review, e.is_meta_analysis, e.is_protocol, e.is_human, e.is_animal,
             e.is_rodent, e.is_in_vitro, e.is_child, e.species, e.sample_size, e.sample_size_sentence,
             json.dumps([x.to_dict() for x in e.entities], ensure_ascii=False), e.used_metadata) for e in evs]


def extract_store(con: duckdb.DuckDBPyConnection, *, n_process: int = 1, batch_size: int = 256,
                  quiet: bool = False, pmids: list[int] | None = None,
                  lexicon_terms: tuple[LexiconEntry, ...] = ()) -> ExtractReport:
    """Extract pending articles in batches; each batch commits on its own (resumable).
    ``lexicon_terms`` join the entity ruler's lexicons: the stage's callers pass the claim catalog's
    (:func:`pipeline.claims.catalog.lexicon_entries`)."""
    todo = pending_pmids(con)
    if pmids is not None:
        wanted = set(pmids)
        todo = [p for p in todo if p in wanted]
    total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    report = ExtractReport(EXTRACTOR_VERSION, pending=len(todo), skipped_current=total - len(todo))
    report.removed_orphans = extractions.remove_orphans(con)
    if not todo:
        log.info("extract: nothing to do (%d articles current at %s)", total, EXTRACTOR_VERSION)
        return report
    from pipeline.nlp.pipeline import build_nlp

    nlp = build_nlp(extra_terms=lexicon_terms)
    with progress(quiet) as bar:
        task = bar.add_task("extract", total=len(todo))
        for i in range(0, len(todo), batch_size):
            chunk = todo[i:i + batch_size]
            arts = list(iter_articles(con, chunk))
            hashes = dict(con.execute("SELECT pmid, content_hash FROM articles WHERE pmid IN (SELECT unnest(?))",
                                      [chunk]).fetchall())
            evs = extract_batch(arts, nlp=nlp, n_process=n_process)
            with transaction(con):
                extractions.replace_extractions(con, EXTRACTOR_VERSION, chunk, _rows(evs, hashes))
            report.extracted += len(evs)
            crash_point("extract")
            bar.advance(task, len(chunk))
    log.info("extract: %d articles extracted, %d already current (version %s)",
             report.extracted, report.skipped_current, EXTRACTOR_VERSION)
    return report
