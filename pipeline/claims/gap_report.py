"""Reading a claim's unreached query hits from the store for :mod:`pipeline.claims.name_gaps` (``evidence claims
gaps``): the records, their P/I/O spans and MeSH, and the query terms each matched."""

from __future__ import annotations

import duckdb

from pipeline.claims.models import Claim, Concept
from pipeline.claims.name_gaps import GapRecord, UnreachedHit, unreached
from pipeline.errors import QuerySyntaxError
from pipeline.query import SearchDoc, compile_query
from pipeline.query.explain import matching_terms
from pipeline.store.links import unnamed_hits
from pipeline.store.load import iter_articles


def gap_records(con: duckdb.DuckDBPyConnection, claim: Claim, *, terms: bool = True) -> list[GapRecord]:
    """The claim's query hits a link run found no name of its therapy or condition in, as the aid reads them;
    ``terms=False`` leaves out which query terms matched each (an index of the hits per claim; the claim page shows
    only the records' own phrases)."""
    rows = {p: (tn, cn, spans) for p, tn, cn, spans in unnamed_hits(con, claim.id)}
    if not rows:
        return []
    articles = list(iter_articles(con, list(rows)))
    matched: dict = {}
    try:
        if terms:
            matched = matching_terms(compile_query(claim.query).root, [SearchDoc.from_article(a) for a in articles])
    except QuerySyntaxError:  # a stored query the parser refuses (the catalog's validation would have): no terms
        pass
    return [GapRecord(a.pmid, a.title or "", tuple(m.descriptor for m in a.mesh), tuple(rows[a.pmid][2]),
                      matched.get(a.pmid, ()), *rows[a.pmid][:2]) for a in articles]


def claim_gaps(con: duckdb.DuckDBPyConnection, claim: Claim, *, terms: bool = True) -> list[UnreachedHit]:
    """:func:`~pipeline.claims.name_gaps.unreached` over the claim's stored query hits (``terms``: as
    :func:`gap_records`)."""
    return unreached(claim, gap_records(con, claim, terms=terms))


def stored_claims(con: duckdb.DuckDBPyConnection) -> dict[str, Claim]:
    """The claims as the store holds them (names, synonyms, query; the comparator and the added treatment by name),
    enough for :func:`claim_gaps` where no catalog file is at hand (the report stage)."""
    out: dict[str, Claim] = {}
    for cid, title, therapy, t_syn, condition, c_syn, query, comparator, added_to in con.execute(
            "SELECT claim_id, title, therapy, coalesce(therapy_synonyms, []), condition, "
            "coalesce(condition_synonyms, []), query, comparator, added_to FROM claims ORDER BY claim_id").fetchall():
        out[cid] = Claim(id=cid, title=title or "", therapy=Concept(therapy, tuple(t_syn)),
                         condition=Concept(condition, tuple(c_syn)), quotes=(), seed_strength="asserted",
                         query=query or "", comparator=Concept(comparator) if comparator else None,
                         added_to=Concept(added_to) if added_to else None)
    return out
