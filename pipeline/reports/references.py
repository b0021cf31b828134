"""The studies that count for a claim, read from the database, as references to export.

``counted_pmids`` is the one place that says which linked studies count for a claim: today the
``claim_evidence`` rows the grading marked ``included``. The citation exports (CLI and report
site) read it and nothing else, so when what counts changes (reviewer decisions in force, say)
the change is made in the view or here, once.
"""

from __future__ import annotations

import duckdb

from pipeline.errors import UnknownClaim
from pipeline.reports.citations import Reference


def resolve_claim(con: duckdb.DuckDBPyConnection, claim_id: str) -> str:
    """The stored id of ``claim_id`` (matched without regard to case, as `evidence claims show`
    does); raises UnknownClaim (exit 5) when the database has no such claim."""
    row = con.execute("SELECT claim_id FROM claims WHERE lower(claim_id) = lower(?) ORDER BY claim_id",
                      [claim_id.strip()]).fetchone()
    if row is None:
        n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        hint = (f"{n} claims stored; `evidence claims list` shows the catalog" if n
                else "the database has no claims yet; run `evidence run` first")
        raise UnknownClaim(f"no claim {claim_id!r} in the database ({hint})")
    return row[0]


def counted_pmids(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[int]:
    """PMIDs of the studies that count for the claim's grade, in PMID order."""
    return all_counted_pmids(con, [claim_id]).get(claim_id, [])


def all_counted_pmids(con: duckdb.DuckDBPyConnection, claim_ids: list[str] | None = None) -> dict[str, list[int]]:
    """:func:`counted_pmids` of ``claim_ids`` (every claim when None) in one query: claim → PMIDs
    (claims with none left out)."""
    where, params = ("AND claim_id IN (SELECT unnest(?))", [list(claim_ids)]) if claim_ids is not None else ("", [])
    out: dict[str, list[int]] = {}
    for cid, pmid in con.execute(f"SELECT DISTINCT claim_id, pmid FROM claim_evidence WHERE included {where} "
                                 "ORDER BY claim_id, pmid", params).fetchall():
        out.setdefault(cid, []).append(pmid)
    return out


def claim_references(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[Reference]:
    """The counted studies of ``claim_id`` as references, in PMID order (UnknownClaim if no such
    claim; an empty list if the claim has no counted study)."""
    return references_of(con, counted_pmids(con, resolve_claim(con, claim_id)))


def references_of(con: duckdb.DuckDBPyConnection, pmids: list[int]) -> list[Reference]:
    """The stored articles of ``pmids`` (as :func:`counted_pmids` gives them) as references, in PMID order."""
    if not pmids:
        return []
    cur = con.execute("SELECT pmid, title, journal, year, pub_date, doi, pmc, abstract, authors FROM articles "
                      "WHERE list_contains(?, pmid) ORDER BY pmid", [pmids])
    cols = [d[0] for d in cur.description]
    return [Reference.from_row(dict(zip(cols, r))) for r in cur.fetchall()]
