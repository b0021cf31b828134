"""Synthetic PubMed corpora for E-utilities tests: built in the test, no ../shared needed."""

from __future__ import annotations

import itertools

from pipeline.config import EutilsSettings
from pipeline.models import AbstractSection, Article
from pipeline.sources.eutils import EutilsClient
from pipeline.store import connect

QUERY = "cartilage[tiab]"


def synthetic_corpus(n: int, *, first_pmid: int = 30_000_000, years: range = range(1990, 2024),
                     revised: str = "2024-01-15") -> list[Article]:
    """``n`` small records matching QUERY, their publication dates spread day by day over ``years``."""
    days = itertools.cycle((y, m, d) for y in years for m in range(1, 13) for d in (3, 11, 19, 27))
    out = []
    for i, (y, m, d) in zip(range(n), days):
        pmid = first_pmid + i
        text = f"Cartilage repair in synthetic cohort {i}: {i % 97} patients were followed for {i % 13 + 1} years."
        out.append(Article(pmid=pmid, title=f"Synthetic cartilage study {i}", abstract=text,
                           abstract_sections=[AbstractSection(None, None, text)], journal="J Synth Test",
                           year=y, pub_date=f"{y}-{m:02d}-{d:02d}", languages=["eng"],
                           publication_types=["Journal Article"], date_revised=revised,
                           entry_date=f"{y}-{m:02d}-{d:02d}", source_format="pubmed_xml"))
    return out


def fast_client(url: str, **kw) -> EutilsClient:
    """A client that retries quickly (tests need no politeness toward a local server)."""
    kw.setdefault("backoff", 0.01)
    kw.setdefault("max_backoff", 0.05)
    kw.setdefault("rate", 500)
    kw.setdefault("batch_size", 40)
    kw.setdefault("timeout", 10)
    settings = EutilsSettings(base_url=url, api_key=kw.pop("api_key", None))
    return EutilsClient(settings, **kw)


def stored_pmids(db) -> list[int]:
    with connect(db) as con:
        return [r[0] for r in con.execute("SELECT pmid FROM articles ORDER BY pmid").fetchall()]
