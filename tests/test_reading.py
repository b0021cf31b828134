"""One reading per article (issue 16): the linker reads an article's abbreviations, sentences and
conclusion once per link run, whatever the number of claims it is a hit of; the light abbreviation
pipeline finds what the full NLP pipeline's detector finds."""

from __future__ import annotations

import itertools

from pipeline.claims import reading
from pipeline.claims.catalog import load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess, link_claim_articles
from pipeline.models import Article

from conftest import SYNERGY


def _synergy(n: int) -> list[Article]:
    from pipeline.parsing import parse_path

    return list(itertools.islice((a for a in parse_path(SYNERGY) if isinstance(a, Article) and a.abstract), n))


def test_light_abbreviation_pipeline_finds_what_the_full_pipeline_finds():
    from pipeline.nlp.abbreviations import abbreviations_in
    from pipeline.nlp.pipeline import build_nlp

    full = build_nlp(lexicons=False, ner=False)  # what the linker ran once per (claim, article) before
    texts = [f"{a.title}\n{a.abstract}" for a in _synergy(60)]
    found = 0
    for t in texts:
        want = {x.text: x._.long_form.text for x in full(t)._.abbreviations}
        assert abbreviations_in(t) == want
        found += bool(want)
    assert found >= 20  # the comparison saw real definitions, not only empty dicts


def test_each_article_is_read_once_per_link_run_whatever_the_claims(monkeypatch):
    calls = []
    real = reading.abbreviations_in
    monkeypatch.setattr(reading, "abbreviations_in", lambda text: calls.append(text) or real(text))
    claims = [c for c in load_catalog() if c.id in ("C11", "C12")]
    arts = _synergy(8)
    readings = reading.Readings()
    results = [r for c in claims for r in link_claim_articles(c, arts, readings)]
    assert len(results) == 16 and len(calls) == 8
    # and the shared reading changes nothing: each pair scores as when assessed on its own
    for c in claims:
        for a, r in zip(arts, [r for r in results if r.claim_id == c.id]):
            alone = assess(c, a)
            assert (alone.relevance, alone.reasons) == (r.relevance, r.reasons[:len(alone.reasons)])
            assert (alone.relevance >= LINK_THRESHOLD) == (r.relevance >= LINK_THRESHOLD)


def test_concept_regex_matches_every_name_variant_where_a_name_starts():
    from pipeline.claims.mentions import Concept, find_mentions

    c = Concept("mesenchymal stem cell", ("MSC", "bone marrow aspirate concentrate"))
    text = ("Mesenchymal-stem cells (MSCs) and MSC-derived exosomes; hMSC and MSc degrees do not count; "
            "bone marrow aspirate concentrates; xbone marrow aspirate concentrate; mesenchymal stem cells.")
    assert [m.text for m in find_mentions(c, text)] == [
        "Mesenchymal-stem cells", "MSCs", "MSC", "bone marrow aspirate concentrates", "mesenchymal stem cells"]


def test_rows_are_inserted_in_one_statement_and_read_back_unchanged(tmp_path):
    from pipeline.store import connect
    from pipeline.store.db import insert_rows
    from pipeline.store.links import LINK_COLUMNS

    with connect(tmp_path / "t.duckdb") as con:
        rows = [("C1", p, 0.1 * p, "[]", ["MSC"] if p % 2 else [], [], "unclear", None, 0.0, "h", f"c{p}", "v",
                 *(("excluded", "no_findings", ["animal"], "a sentence", "why") if p % 3 else (None,) * 5), 0.1 * p >= 0.5,
                 p % 2 == 0, *(("the finding is not about MSC", "therapy") if p % 4 == 0 else (None, None)))
                for p in range(1, 8)]
        insert_rows(con, "claim_articles", LINK_COLUMNS, rows, constants={"query_hit": "TRUE"}, chunk=3)
        got = con.execute(f"SELECT {', '.join(LINK_COLUMNS)}, query_hit FROM claim_articles ORDER BY pmid").fetchall()
    assert [tuple(r[:-1]) for r in got] == rows  # NULLs and empty lists in some rows, in three statements
    assert all(r[-1] is True for r in got)


def test_the_linker_cuts_sentences_with_the_plain_stop_splitter_not_split_sentences():
    # The linker's sentence roles (and design's randomisation cue) were built on the plain cut; the
    # one in pipeline/nlp/sentences.py differs on real abstracts, so they keep theirs, named there. Since session 51
    # (LINKER_RELEASE 2026.12.122) a structured section is cut as an unlabelled abstract is, only before a capital,
    # digit or bracket ("diagnosed with S. marcescens meningitis" is one sentence; fresh129 C1168).
    from pipeline.models import AbstractSection
    from pipeline.nlp.sentences import split_at_stops, split_sentences

    text = "Pain fell (p < 0.05). and stayed low. It was durable.Level IV evidence."
    assert split_at_stops(text) == ["Pain fell (p < 0.05).", "and stayed low.", "It was durable.Level IV evidence."]
    assert split_at_stops(text, before_capital=True) == ["Pain fell (p < 0.05). and stayed low.",
                                                         "It was durable.Level IV evidence."]
    assert split_sentences(text) == ["Pain fell (p < 0.05). and stayed low.", "It was durable.", "Level IV evidence."]
    structured = Article(pmid=1, title="T", abstract=text,
                         abstract_sections=[AbstractSection(label="RESULTS", nlm_category="RESULTS", text=text)])
    assert [s for _, s in reading.sentences_with_roles(structured)][1:] == split_at_stops(text, before_capital=True)
    assert [s for _, s in reading.sentences_with_roles(structured)][1:] != split_sentences(text)
    plain = Article(pmid=2, title="T", abstract=text)
    assert [s for _, s in reading.sentences_with_roles(plain)][1:] == split_at_stops(text, before_capital=True)


def test_split_sentences_cuts_where_its_plain_pattern_cuts():
    # split_sentences puts a one-character lookbehind for ". ! ?" in front of its pattern (every cut starts
    # right after one) so re does not try the abbreviation lookbehinds at every character; the pieces must be
    # the plain pattern's, with and without the kept abbreviations, on real abstracts and on the edge cases
    import re

    from pipeline.nlp import sentences

    texts = [a.abstract for a in _synergy(300) if a.abstract] + [
        "Pain fell (p < 0.05). and stayed low. It was durable.Level IV evidence.",
        "7 days vs. 8 days (e.g. Fig. 2). Results differed! Why? (See text.) 3 groups.",
        "Treated at 6 mo.Patients improved.", ".Leading stop. A", "", "no stop at all"]
    assert len(texts) > 200
    for keep, plain in ((False, sentences._SPLIT), (True, sentences._SPLIT_KEEPING_ABBREVIATIONS)):
        for text in texts:
            assert sentences.split_sentences(text, keep_abbreviations=keep) == \
                [s.strip() for s in re.split(plain, text) if s.strip()], text
    assert sentences.split_sentences("It lasted 7 days vs. 8 days. Then it ended.", keep_abbreviations=True) == \
        ["It lasted 7 days vs. 8 days.", "Then it ended."]
