"""The extract stage reads each article's design and population rules once (issue 16): the text-only
reading the design classifier is shown is reused for the article's own reading wherever the metadata
cannot change it. These tests hold the reuse to the extractors' own answers on real records."""

import pytest

from pipeline.config import BUNDLED_CORPUS
from pipeline.models import Article
from pipeline.nlp.design import classify_design
from pipeline.nlp.design_model import FlagModel, document, load_model, text_rules
from pipeline.nlp.evidence import _rules
from pipeline.nlp.population import extract_population
from pipeline.parsing import iter_paths, parse_path


@pytest.fixture(scope="module")
def records():
    """Bundled-corpus records of the three kinds the shortcut treats apart: with PublicationType, with
    MeSH only, with neither (40 of each at most, so the test stays quick)."""
    arts = [a for p in iter_paths([str(BUNDLED_CORPUS)]) for a in parse_path(p) if isinstance(a, Article)]
    kinds = {"pts": [a for a in arts if a.publication_types],
             "mesh": [a for a in arts if a.mesh and not a.publication_types],
             "none": [a for a in arts if not a.mesh and not a.publication_types]}
    return {k: v[:40] for k, v in kinds.items()}


@pytest.mark.parametrize("use_metadata", [True, False])
def test_the_shared_reading_is_the_extractors_own(records, use_metadata):
    for kind, arts in records.items():
        assert arts, kind
        for a in arts:
            pop = extract_population(a, use_metadata=use_metadata)
            assert _rules(a, use_metadata, text_rules(a)) == (pop, classify_design(a, pop, use_metadata=use_metadata)), a.pmid


def test_metadata_still_moves_the_reading_where_it_can(records):
    # the records above include ones whose MeSH or PublicationType change the rules' answer, so a
    # shortcut that skipped the metadata would fail the test above
    moved = [a.pmid for k in ("pts", "mesh") for a in records[k] if _rules(a, True, text_rules(a)) != text_rules(a)]
    assert moved


def test_the_classifier_reads_the_same_document_given_the_rules(records):
    model: FlagModel = load_model()
    arts = [a for v in records.values() for a in v[:10]]
    rules = [text_rules(a) for a in arts]
    assert [document(a, r) for a, r in zip(arts, rules)] == [document(a) for a in arts]
    shared, own = model.predict_proba(arts, rules), model.predict_proba(arts)
    assert all((shared[f] == own[f]).all() for f in own)


def test_the_species_word_test_picks_what_every_pattern_finds():
    """population.py runs a species' pattern only on a text holding one of its words (lower-cased): on every
    bundled-corpus record the species found are those of running every pattern, and the characters that
    match an ASCII letter case-insensitively without lower-casing to it still find their species."""
    from pipeline.nlp import population as P

    assert all(w.isascii() for ws in P.SPECIES.values() for w in ws)  # the exactness argument needs it
    arts = [a for p in iter_paths([str(BUNDLED_CORPUS)]) for a in parse_path(p) if isinstance(a, Article)]
    # (a species named only as a reagent's source is read out first, by both: population.without_reagents)
    every = lambda text: [k for k, rx in P._SPECIES_RX.items() if rx.search(P.without_reagents(text))]  # noqa: E731
    texts = [P._text(a) for a in arts]
    assert sum(bool(every(t)) for t in texts) >= 100
    assert [P._species_named(t) for t in texts] == [every(t) for t in texts]
    for text, want in (("Twelve RABB\u0130TS were used", ["rabbit"]), ("\u017fheep and goats", ["sheep", "goat"]),
                       ("six mon\u212aeys", ["monkey"]), ("kittens", [])):
        assert P._species_named(text) == every(text) == want, text
