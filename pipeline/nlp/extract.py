"""`evidence extract`: run the NLP stage over stored articles that lack an extraction at this version.

An extraction is keyed by (pmid, extractor_version) and remembers the article's content_hash; a
revised article (new hash), a new EXTRACTOR_VERSION or a retrained P/I/O tagger (its hash is part of
the version, :func:`current_version`) is extracted again, everything else is skipped. The article's
P/I/O spans and the abbreviations it defines (read once here, for the linker) are written with its
extraction, in the same transaction.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import duckdb

from pipeline.faults import crash_point
from pipeline.logs import progress
from pipeline.nlp.abbreviations import abbreviations_of, defining_text
from pipeline.nlp.evidence import EXTRACTOR_VERSION, ArticleEvidence, extract_batch
from pipeline.nlp.lexicons import LexiconEntry
from pipeline.store import abbreviations, extractions, pico_spans
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


def extract_store(con: duckdb.DuckDBPyConnection, *, n_process: int = 1, batch_size: int = 256,
                  quiet: bool = False, pmids: list[int] | None = None,
                  lexicon_terms: tuple[LexiconEntry, ...] = ()) -> ExtractReport:
    """Extract pending articles in batches; each batch commits on its own (resumable).
    ``lexicon_terms`` join the entity ruler's lexicons: the stage's callers pass the claim catalog's
    (:func:`pipeline.claims.catalog.lexicon_entries`)."""
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
            # on scispaCy's tokenizer, as the linker read them before they were stored (nlp/abbreviations.py)
            abbrevs = abbreviations_of([defining_text(a.title, a.abstract) for a in arts])
            with transaction(con):
                extractions.replace_extractions(con, version, chunk, _rows(evs, hashes, version))
                pico_spans.replace_spans(con, version, chunk, _pico_rows(evs, version))
                abbreviations.replace_abbreviations(con, version, chunk, [
                    abbreviations.row(a.pmid, version, ab) for a, ab in zip(arts, abbrevs)])
            report.extracted += len(evs)
            crash_point("extract")
            bar.advance(task, len(chunk))
    log.info("extract: %d articles extracted, %d already current (version %s)",
             report.extracted, report.skipped_current, version)
    return report
