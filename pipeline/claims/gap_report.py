"""Reading a claim's unreached query hits from the store for :mod:`pipeline.claims.name_gaps` (``evidence claims
gaps``): the records, their P/I/O spans and MeSH, and the query terms each matched."""

from __future__ import annotations

import duckdb

from pipeline.claims.models import Claim
from pipeline.claims.name_gaps import GapRecord, UnreachedHit, unreached
from pipeline.query import SearchDoc, compile_query
from pipeline.query.explain import matching_terms
from pipeline.store.links import unnamed_hits
from pipeline.store.load import iter_articles


def gap_records(con: duckdb.DuckDBPyConnection, claim: Claim) -> list[GapRecord]:
    """The claim's query hits a link run found no name of its therapy or condition in, as the aid reads them."""
    rows = unnamed_hits(con, claim.id)
    if not rows:
        return []
    docs = [SearchDoc.from_article(a) for a in iter_articles(con, [r[0] for r in rows])]
    terms = matching_terms(compile_query(claim.query).root, docs)
    return [GapRecord(p, title, abstract, mesh, tuple(spans), terms.get(p, ()), tn, cn)
            for p, title, abstract, mesh, tn, cn, spans in rows]


def claim_gaps(con: duckdb.DuckDBPyConnection, claim: Claim) -> list[UnreachedHit]:
    """:func:`~pipeline.claims.name_gaps.unreached` over the claim's stored query hits."""
    return unreached(claim, gap_records(con, claim))
