"""Helpers for E-utilities tests: fake server fixtures and table comparison."""

from __future__ import annotations

from pipeline.config import EutilsSettings
from pipeline.sources.eutils import EutilsClient
from pipeline.store import connect

from conftest import corpus_file

P1M = corpus_file("general/p1m_ortho_psoas_abscess/pubmed_result.xml")
DISC = corpus_file("topical/biocurator_intervertebral_disc_degeneration/pubmed_articles.xml")


def client(url: str, **kw) -> EutilsClient:
    kw.setdefault("backoff", 0.02)
    kw.setdefault("rate", 200)
    kw.setdefault("batch_size", 40)
    kw.setdefault("timeout", 5)
    return EutilsClient(EutilsSettings(base_url=url, api_key=kw.pop("api_key", None)), **kw)


def articles_table(db) -> list[tuple]:
    with connect(db) as con:
        return con.execute("SELECT * EXCLUDE (updated_at, source_file) FROM articles ORDER BY pmid").fetchall()
