"""Abbreviations read once, with the extraction (issue 16): the extract stage stores the short forms
each article defines (``article_abbreviations``), and the linker reads them back instead of running
spaCy over the article again."""

from __future__ import annotations

from pipeline.claims import reading
from pipeline.claims.catalog import load_catalog, store_claims
from pipeline.claims.linker import link_claims
from pipeline.ingest import ingest_paths
from pipeline.nlp.abbreviations import abbreviations_in, defining_text
from pipeline.nlp.extract import extract_store
from pipeline.store import connect
from pipeline.store.abbreviations import current_abbreviations
from pipeline.store.load import iter_articles

from conftest import SYNERGY


def _link_rows(con) -> list[tuple]:
    return con.execute("SELECT claim_id, pmid, relevance, relevance_reasons::VARCHAR, therapy_mentions, direction, "
                       "direction_sentence, eligibility FROM claim_articles ORDER BY claim_id, pmid").fetchall()


def test_extract_stores_what_the_linker_read_and_the_linker_reads_it_back(tmp_db, monkeypatch):
    claims = [c for c in load_catalog() if c.id in ("C11", "C12")]
    with connect(tmp_db) as con:
        ingest_paths(con, [SYNERGY], quiet=True)
        store_claims(con, claims)
        arts = list(iter_articles(con))[:40]
        extract_store(con, quiet=True, pmids=[a.pmid for a in arts])
        stored = current_abbreviations(con)
        # one entry per extracted article, in the abstract's order, exactly what spaCy reads in its text
        assert set(stored) == {a.pmid for a in arts}
        for a in arts:
            want = abbreviations_in(defining_text(a.title, a.abstract))
            assert list(stored[a.pmid].items()) == list(want.items())
        assert sum(bool(v) for v in stored.values()) >= 10 and any(not v for v in stored.values())

        # the link run asks spaCy only about articles the extract stage did not read
        calls = []
        monkeypatch.setattr(reading, "abbreviations_in", lambda text: calls.append(text) or abbreviations_in(text))
        link_claims(con, claims, quiet=True)
        hit_pmids = {p for (p,) in con.execute("SELECT DISTINCT pmid FROM claim_articles").fetchall()}
        extracted_hits = hit_pmids & set(stored)
        assert extracted_hits and len(calls) == len(hit_pmids - set(stored))
        with_stored = _link_rows(con)

        # and reading them back changes no link: without the stored rows, spaCy reads every hit
        con.execute("DELETE FROM article_abbreviations")
        con.execute("DELETE FROM link_state")
        con.execute("UPDATE claim_articles SET linker_version = 'before'")
        calls.clear()
        link_claims(con, claims, quiet=True)
        assert len(calls) == len(hit_pmids)
        assert _link_rows(con) == with_stored


def test_a_revised_article_is_not_read_with_its_old_abbreviations(tmp_db):
    with connect(tmp_db) as con:
        ingest_paths(con, [SYNERGY], quiet=True)
        a = next(a for a in iter_articles(con) if "(" in a.abstract)
        extract_store(con, quiet=True, pmids=[a.pmid])
        assert a.pmid in current_abbreviations(con)
        # new content, not extracted yet: the stored row is of the old text, so it is not offered
        con.execute("UPDATE articles SET content_hash = 'revised' WHERE pmid = ?", [a.pmid])
        assert a.pmid not in current_abbreviations(con)
        extract_store(con, quiet=True, pmids=[a.pmid])
        assert a.pmid in current_abbreviations(con)
        assert con.execute("SELECT count(*) FROM article_abbreviations WHERE pmid = ?", [a.pmid]).fetchone()[0] == 1
