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
    return [r[0] for r in con.execute(
        "SELECT DISTINCT pmid FROM claim_evidence WHERE claim_id = ? AND included ORDER BY pmid",
        [claim_id]).fetchall()]


def claim_references(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[Reference]:
    """The counted studies of ``claim_id`` as references, in PMID order (UnknownClaim if no such
    claim; an empty list if the claim has no counted study)."""
    cid = resolve_claim(con, claim_id)
    pmids = counted_pmids(con, cid)
    if not pmids:
        return []
    cur = con.execute("SELECT pmid, title, journal, year, pub_date, doi, pmc, abstract, authors FROM articles "
                      "WHERE list_contains(?, pmid) ORDER BY pmid", [pmids])
    cols = [d[0] for d in cur.description]
    return [Reference.from_row(dict(zip(cols, r))) for r in cur.fetchall()]
