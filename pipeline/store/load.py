"""Read stored articles back as :class:`~pipeline.models.Article` (for search, NLP and linking)."""

from __future__ import annotations

import json
from typing import Iterator, Sequence

import duckdb

from pipeline.models import AbstractSection, Article, CommentCorrection, MeshHeading, MeshQualifier

_COLS = ("pmid, version, title, abstract, abstract_sections, journal, year, pub_date, languages, "
         "publication_types, mesh, keywords, chemicals, doi, pmc, citation_status, comments_corrections, "
         "date_revised, source_format, source_file, entry_date, content_hash, authors")


def _mesh(raw: str | None) -> list[MeshHeading]:
    """The stored MeSH column (JSON) as headings with their qualifiers."""
    return [MeshHeading(m["descriptor"], m["major"], m.get("ui"),
                        tuple(MeshQualifier(**q) for q in m.get("qualifiers", [])))
            for m in json.loads(raw or "[]")]


def _row_to_article(r: Sequence) -> Article:
    sections = [AbstractSection(**s) for s in json.loads(r[4] or "[]")]
    mesh = _mesh(r[10])
    cc = [CommentCorrection(**c) for c in json.loads(r[16] or "[]")]
    return Article(pmid=r[0], version=r[1], title=r[2], abstract=r[3], abstract_sections=sections,
                   journal=r[5], year=r[6], pub_date=r[7], languages=list(r[8] or []),
                   publication_types=list(r[9] or []), mesh=mesh, keywords=list(r[11] or []),
                   chemicals=list(r[12] or []), doi=r[13], pmc=r[14], citation_status=r[15],
                   comments_corrections=cc, date_revised=r[17], source_format=r[18], source_file=r[19],
                   entry_date=r[20], authors=list(r[22] or []))


# what the query index reads of an article (pipeline/query/index.py:SearchDoc.from_fields)
_SEARCH_COLS = "pmid, title, abstract, year, pub_date, languages, publication_types, mesh, keywords, chemicals, " \
               "date_revised, entry_date"


def iter_search_fields(con: duckdb.DuckDBPyConnection) -> Iterator[dict]:
    """Every stored article in PMID order as the fields a query is evaluated on (title, abstract, keywords,
    chemicals, MeSH, publication types, languages, dates), as keyword arguments of
    ``SearchDoc.from_fields``: MeSH as (descriptor, major, [(qualifier, major), …]) read from the stored JSON.
    The link stage indexes every article for its queries but reads only the hits in full; building an
    Article with its MeSH heading objects for every indexed article was about a twentieth of the stage."""
    cur = con.execute(f"SELECT {_SEARCH_COLS} FROM articles ORDER BY pmid")
    while True:
        rows = cur.fetchmany(5000)
        if not rows:
            return
        for r in rows:
            yield {"pmid": r[0], "title": r[1], "abstract": r[2], "year": r[3], "pub_date": r[4],
                   "languages": r[5] or (), "publication_types": r[6] or (), "keywords": r[8] or (),
                   "chemicals": r[9] or (), "date_revised": r[10], "entry_date": r[11],
                   "mesh": [(m["descriptor"], m["major"], [(q["name"], q.get("major", False))
                                                           for q in m.get("qualifiers", ())])
                            for m in json.loads(r[7] or "[]")]}


def iter_articles(con: duckdb.DuckDBPyConnection, pmids: list[int] | None = None,
                  batch: int = 5000) -> Iterator[Article]:
    """Stored articles (all, or the given PMIDs), in PMID order, fetched in batches."""
    sql = f"SELECT {_COLS} FROM articles"
    params: list = []
    if pmids is not None:
        sql += " WHERE pmid IN (SELECT unnest(?))"
        params.append(list(pmids))
    cur = con.execute(sql + " ORDER BY pmid", params)
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        for r in rows:
            yield _row_to_article(r)
