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
