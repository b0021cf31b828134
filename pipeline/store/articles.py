"""Idempotent upserts of :class:`~pipeline.models.Article` into ``articles``.

One row per PMID. When a PMID arrives again, :meth:`Article.precedence` decides: a higher version,
then a later revision date, then the richer source format wins; identical content changes nothing.
Rows are written in batches through Arrow, which is what makes parse+load fast.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Iterable

import duckdb
import pyarrow as pa

from pipeline.models import Article, Deletion, to_json

ARTICLE_COLUMNS = [
    "pmid", "version", "title", "abstract", "abstract_sections", "journal", "year", "pub_date",
    "languages", "publication_types", "mesh_terms", "mesh_major", "mesh", "keywords", "chemicals",
    "doi", "pmc", "citation_status", "comments_corrections", "is_retracted", "date_revised", "entry_date",
    "source_format", "source_file", "content_hash",
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
    ("source_file", pa.string()), ("content_hash", pa.string()),
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


def _row(a: Article, content_hash: str) -> dict:
    return {
        "pmid": a.pmid, "version": a.version, "title": a.title, "abstract": a.abstract,
        "abstract_sections": to_json(a.abstract_sections),
        "journal": a.journal, "year": a.year, "pub_date": a.pub_date, "languages": a.languages,
        "publication_types": a.publication_types, "mesh_terms": a.mesh_terms,
        "mesh_major": a.mesh_major, "mesh": to_json(a.mesh),
        "keywords": a.keywords, "chemicals": a.chemicals, "doi": a.doi, "pmc": a.pmc,
        "citation_status": a.citation_status,
        "comments_corrections": to_json(a.comments_corrections),
        "is_retracted": a.is_retracted, "date_revised": a.date_revised, "entry_date": a.entry_date,
        "source_format": a.source_format, "source_file": a.source_file, "content_hash": content_hash,
    }


def upsert_articles(con: duckdb.DuckDBPyConnection, articles: Iterable[Article]) -> UpsertCounts:
    """Write one batch; returns what changed. Call inside or outside a transaction."""
    counts = UpsertCounts()
    best: dict[int, tuple[tuple, Article]] = {}
    for a in articles:
        key = a.precedence()
        cur = best.get(a.pmid)
        if cur is None or key > cur[0]:
            best[a.pmid] = (key, a)
    if not best:
        return counts
    pmids = list(best)
    tombstoned = {r[0] for r in con.execute(
        "SELECT pmid FROM deleted_citations WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchall()}
    existing = {
        r[0]: r[1:]
        for r in con.execute(
            "SELECT pmid, version, coalesce(date_revised, ''), source_format, content_hash "
            "FROM articles WHERE pmid IN (SELECT unnest(?))", [pmids]).fetchall()
    }
    rows, replace = [], []
    for pmid, (key, a) in best.items():
        if pmid in tombstoned:
            counts.skipped_deleted += 1
            continue
        chash = key[3]
        old = existing.get(pmid)
        if old is None:
            counts.inserted += 1
        else:
            old_key = (old[0], old[1], Article.SOURCE_RANK.get(old[2], 0), old[3])
            if old[3] == chash or old_key >= key:
                counts.unchanged += 1
                continue
            counts.updated += 1
            replace.append(pmid)
        rows.append(_row(a, chash))
    if replace:
        con.execute("DELETE FROM articles WHERE pmid IN (SELECT unnest(?))", [replace])
    if rows:
        batch = pa.Table.from_pylist(rows, schema=_ARROW_SCHEMA)  # noqa: F841 (read by DuckDB)
        cols = ", ".join(ARTICLE_COLUMNS)
        con.execute(f"INSERT INTO articles ({cols}) SELECT {cols} FROM batch")
    return counts


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
