"""Where an article names a claim's concepts: the first-word test that spares the concept's pattern
on texts that cannot match gives the same mentions as scanning every text."""

from __future__ import annotations

from pipeline.claims import mentions as M
from pipeline.claims.catalog import load_catalog
from pipeline.models import Article
from pipeline.nlp.sentences import split_sentences
from pipeline.parsing import parse_path

from conftest import SYNERGY


def test_the_first_word_test_never_drops_a_mention():
    claims = load_catalog()
    concepts = {c.all_names: c for cl in claims for c in (cl.therapy, cl.condition)}
    arts = [a for a in parse_path(SYNERGY) if isinstance(a, Article)][:60]
    texts = [s for a in arts for s in split_sentences(f"{a.title} {a.abstract}")]
    texts += ["Osteoarthritic knees and fibrotic tissue", "a platelet-rich-plasma injection", "PRPs", "MSC-derived",
              "Mesenchymal Stromal Cells (MSCs) é", "intra-articular hyaluronic acid", ""]
    skipped = matched = 0
    for names in concepts:
        rx = M.concept_regex(names)
        for t in texts:
            if not M._may_name(names, t):
                skipped += 1
                assert rx.search(t) is None, (names[:3], t)
            elif rx.search(t):
                matched += 1
    assert skipped > 1000 and matched > 100  # the test spares most texts and lets every mention through


def test_a_concept_of_odd_names_is_always_scanned():
    assert M._anchors(("x",)) is None  # no name of two characters: nothing to test by
    assert M._anchors(("–  –", "PRP")) is None  # a name with no word
    assert M._anchors(("Ostéo arthrose",)) is None  # a non-ASCII first word
    assert M._anchors(("knee osteoarthritis", "osteoarthritis", "PRP")) == ("knee", "osteoarthri", "prp")
    assert M._may_name(("osteoarthritis",), "an osteoarthritic knee")
    assert M._may_name(("PRP",), "la PRP é") and not M._may_name(("PRP",), "plasma only")
