"""Idempotent upserts of :class:`~pipeline.models.Article` into ``articles``.

One row per PMID. When a PMID arrives again, :meth:`Article.precedence` decides: a higher version,
then a later revision date, then the richer source format wins; identical content changes nothing.
Rows are written in batches through Arrow, which is what makes parse+load fast.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable

import duckdb
import pyarrow as pa

from pipeline.models import Article, Deletion

ARTICLE_COLUMNS = [
    "pmid", "version", "title", "abstract", "abstract_sections", "journal", "year", "pub_date",
    "languages", "publication_types", "mesh_terms", "mesh_major", "mesh", "keywords", "chemicals",
    "doi", "pmc", "citation_status", "comments_corrections", "is_retracted", "date_revised", "entry_date",
    "source_format", "source_file", "content_hash", "authors",
]

_STR_LIST = pa.list_(pa.string())
_ARROW_SCHEMA = pa.schema([
    ("pmid", pa.int64()), ("version", pa.int32()), ("title", pa.string()), ("abstract", pa.string()),
    ("abstract_sections", pa.string()), ("journal", pa.string()), ("year", pa.int32()),
    ("pub_date", pa.string()), ("languages", _STR_LIST), ("publication_types", _STR_LIST),
    ("mesh_terms", _STR_LIST), ("mesh_major", _STR_LIST), ("mesh", pa.string()),
    ("keywords", _STR_LIST), ("chemicals", _STR_LIST), ("doi", pa.string()), ("pmc", pa.string()),
    ("citation_status", pa.string()), ("comments_corrections", pa.string()),
    ("is_retracted", pa.bool_()), ("date_revised", pa.string()), ("entry_date", pa.string()), ("source_format", pa.string()),
    ("source_file", pa.string()), ("content_hash", pa.string()), ("authors", _STR_LIST),
])


@dataclass
class UpsertCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    skipped_deleted: int = 0  # records of PMIDs tombstoned by DeleteCitation

    def add(self, other: "UpsertCounts") -> None:
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class PreparedBatch:
    """Articles turned into stored rows: an Arrow table in ``ARTICLE_COLUMNS`` order plus, per row,
    its PMID and precedence key. Built where the parsing happens (a worker process, when ingest
    runs in parallel), so the process holding the database only decides and inserts."""

    pmids: list[int]
    keys: list[tuple]
    table: pa.Table
    sources: list[str | None] = field(default_factory=list)  # each row's source_file, for a re-read (upsert_prepared)

    def __len__(self) -> int:
        return len(self.pmids)


def prepare_batch(articles: Iterable[Article]) -> PreparedBatch:
    """Serialise each article once (JSON columns, content hash) and build the Arrow rows column by
    column, which is several times faster than ``Table.from_pylist`` on list-heavy rows."""
    cols: list[list] = [[] for _ in ARTICLE_COLUMNS]
    pmids, keys, sources = [], [], []
    for a in articles:
        jcols = a.json_columns()
        chash = a.content_hash(jcols)
        pmids.append(a.pmid)
        keys.append(a.precedence(chash))
        sources.append(a.source_file)
        sections, mesh, cc = jcols
        values = (a.pmid, a.version, a.title, a.abstract, sections, a.journal, a.year, a.pub_date, a.languages,
                  a.publication_types, [m.descriptor for m in a.mesh], [m.descriptor for m in a.mesh if m.major],
                  mesh, a.keywords, a.chemicals, a.doi, a.pmc, a.citation_status, cc, a.is_retracted,
                  a.date_revised, a.entry_date, a.source_format, a.source_file, chash, a.authors)
        for col, v in zip(cols, values):
            col.append(v)
    table = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(cols, _ARROW_SCHEMA)],
                                 schema=_ARROW_SCHEMA)
    return PreparedBatch(pmids, keys, table, sources)


def upsert_articles(con: duckdb.DuckDBPyConnection, articles: Iterable[Article]) -> UpsertCounts:
    """Write one batch; returns what changed. Call inside or outside a transaction."""
    return upsert_prepared(con, prepare_batch(articles))


def upsert_prepared(con: duckdb.DuckDBPyConnection, prepared: PreparedBatch) -> UpsertCounts:
    """Write a prepared batch: per PMID the record with the highest precedence wins, within the batch
    and against the stored row; identical content changes nothing."""
    counts = UpsertCounts()
    best: dict[int, int] = {}  # pmid -> row index
    for i, (pmid, key) in enumerate(zip(prepared.pmids, prepared.keys)):
        cur = best.get(pmid)
        if cur is None or key > prepared.keys[cur]:
            best[pmid] = i
    if not best:
        return counts
    pmids = list(best)
    tombstoned = {r[0] for r in con.execute(
        "SELECT pmid FROM deleted_citations WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchall()}
    existing = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT pmid, version, coalesce(date_revised, ''), source_format, content_hash, source_file "
            "FROM articles WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchall()
    }
    take, replace = [], []
    for pmid, i in best.items():
        if pmid in tombstoned:
            counts.skipped_deleted += 1
            continue
        key = prepared.keys[i]
        old = existing.get(pmid)
        if old is None:
            counts.inserted += 1
        else:
            old_key = (old[0], old[1], Article.SOURCE_RANK.get(old[2], 0), old[3])
            # the same record read again from the file it came from, with other content: the parsers changed
            # (PARSER_RELEASE), and the newer reading wins whatever the hashes' order
            reread = old_key[:3] == key[:3] and _same_file(old[4], prepared.sources[i] if prepared.sources else None)
            if old[3] == key[3] or (old_key >= key and not reread):
                counts.unchanged += 1
                continue
            counts.updated += 1
            replace.append(pmid)
        take.append(i)
    if replace:
        con.execute("DELETE FROM articles WHERE pmid IN (SELECT unnest(?))", [replace])
    if take:
        rows = prepared.table if len(take) == len(prepared) else prepared.table.take(take)  # noqa: F841 (read by DuckDB)
        cols = ", ".join(ARTICLE_COLUMNS)
        con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM rows")
    return counts


def _same_file(stored: str | None, new: str | None) -> bool:
    """Whether two ``source_file`` values name one file: as written, or resolved against the working directory."""
    if not stored or not new:
        return False
    return stored == new or os.path.abspath(stored) == os.path.abspath(new)


def apply_deletions(con: duckdb.DuckDBPyConnection, deletions: Iterable[Deletion]) -> int:
    """Honour ``DeleteCitation``: drop the rows and remember the tombstones. Returns rows removed."""
    items = list(deletions)
    if not items:
        return 0
    pmids = [d.pmid for d in items]
    removed = con.execute(
        "SELECT count(*) FROM articles WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchone()[0]
    con.execute("DELETE FROM articles WHERE pmid IN (SELECT unnest(?))", [pmids])
    for d in items:
        con.execute(
            "INSERT INTO deleted_citations (pmid, source_file) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [d.pmid, d.source_file])
    return removed


def stored_hashes(con: duckdb.DuckDBPyConnection, pmids: list[int]) -> dict[int, str]:
    """content_hash per stored PMID, for fetchers deciding what is new or changed."""
    return dict(con.execute(
        "SELECT pmid, content_hash FROM articles WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchall())


def articles_state(con: duckdb.DuckDBPyConnection) -> str:
    """A cheap fingerprint of the stored articles: changes whenever one is added, revised or deleted."""
    n, latest, h = con.execute(
        "SELECT count(*), coalesce(CAST(max(updated_at) AS VARCHAR), ''), coalesce(CAST(bit_xor(hash(content_hash)) AS VARCHAR), '') FROM articles").fetchone()
    return f"{n}:{latest}:{h}"


def article_sources(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(records fetched live from E-utilities, records read from local files)."""
    live, local = con.execute(
        "SELECT count(*) FILTER (WHERE source_file LIKE 'efetch:%'), "
        "count(*) FILTER (WHERE source_file IS NULL OR source_file NOT LIKE 'efetch:%') FROM articles").fetchone()
    return live, local


def bundled_article_count(con: duckdb.DuckDBPyConnection) -> int:
    """Records read from the corpus bundled with the project (``data/corpus/``), a local sample."""
    from pipeline.config import BUNDLED_PREFIXES

    match = " OR ".join("starts_with(source_file, ?)" for _ in BUNDLED_PREFIXES)
    return con.execute(f"SELECT count(*) FROM articles WHERE {match}", list(BUNDLED_PREFIXES)).fetchone()[0]
