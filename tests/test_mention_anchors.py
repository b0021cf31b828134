"""A concept's mentions are found by trying its pattern only where one of its names' first words begins
(`mentions._matches`): the matches must be exactly those of the pattern's own scan of the whole text."""

import re

import pytest

from pipeline.claims import mentions as M
from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog
from pipeline.claims.models import Concept
from pipeline.config import PROJECT_ROOT


def _spans_both_ways(names: tuple[str, ...], text: str) -> tuple[list, list]:
    folded = M._folded_names(names)
    rx = M.concept_regex(folded)
    seen = M.fold_accents(text)
    plain = [m.span() for m in rx.finditer(seen)]
    anchored = [m.span() for m in M._matches(rx, M._anchors(folded), seen)]
    return plain, anchored


@pytest.mark.parametrize("names, text", [
    # IGNORECASE matches the long s, the dotted and dotless i and the Kelvin sign to ASCII letters: so must the search
    (("sodium hyaluronate",), "Intra-articular ſodium hyaluronate and SODIUM HYALURONATE were given."),
    (("insulin-like growth factor",), "İNSULİN-LIKE GROWTH FACTOR and ınsulin-like growth factor levels"),
    (("kinase inhibitor",), "a \u212aINASE INHIBITOR was tested"),
    # a locant or code joined by a hyphen, the same substance named more exactly; a name inside a word is none
    (("ceramide", "fluorouracil"), "C16-ceramide, 5-fluorouracil, dihydroceramide and pre-ceramide"),
    # a short all-caps name is matched in its own case only; adjacent and repeated mentions
    (("PRP", "platelet-rich plasma"), "PRP-PRP injections; prp is not PRP; Platelet Rich Plasmas (PRPs) and PRP."),
    # a name also found head first, or as a verb acting on its other words
    (("knee osteoarthritis", "spinal cord compression"), "osteoarthritis of the knee, an abscess compressing the "
                                                         "spinal cord, and osteoarthritic knees"),
    # a name of one word in its adjective or singular, and a head written as a verb
    (("osteoarthritis", "defects", "cartilage regeneration"), "Osteoarthritic knees, a defect, regenerating cartilage "
                                                              "and cartilage regeneration"),
    # a word that is a name and also the head of another, met as a verb ("infection"; "mesh infection" as "infected
    # mesh"): found at the verb (from the workshop's corpus)
    (("deep infections", "mesh infection", "infection"), "Treatment of infected mesh is possible by local debridement"),
    # a first word with other forms ("six" / "6"), and accents folded
    (("six months of anti-tubercular therapy", "Calmette-Guerin"), "six months of anti-tubercular therapy or 6 months "
                                                                   "of anti-tubercular therapy; bacille Calmette-Guérin"),
])
def test_anchored_matches_are_the_scans(names, text):
    plain, anchored = _spans_both_ways(names, text)
    assert plain, "the example must name the concept somewhere"
    assert anchored == plain


def test_anchors_are_the_names_first_words():
    written, lower = M._anchors(M._folded_names(("PRP", "platelet-rich plasma", "knee osteoarthritis", "six weeks")))
    assert written == ("PRP",)  # matched in its own case
    # the first word of a name of several, whole; the heads of names also matched head first ("plasma of ...",
    # "osteoarthritis of the knee"), less the letters an adjective or a singular drops; "6": another form of "six"
    assert set(lower) == {"platelet", "plasma", "knee", "osteoarthrit", "six", "6", "week"}
    assert M._anchors(M._folded_names(("-308G/A",))) is None  # a name not starting with a letter or digit: a full scan


def test_real_sentences_every_bundled_concept():
    """Every concept of the bundled catalog over every sentence of the seed article and the whole article: the
    anchored search finds what the scan finds (the article names many of them)."""
    seed = next((PROJECT_ROOT / "data" / "seed").glob("*.txt")).read_text()
    texts = [seed, *re.split(r"(?<=[.!?])\s+", seed)]
    concepts: dict[tuple, Concept] = {}
    for claim in load_catalog(DEFAULT_CATALOG):
        for c in (claim.therapy, claim.condition):
            concepts[c.all_names] = c
    found = 0
    for names in concepts:
        for text in texts:
            plain, anchored = _spans_both_ways(names, text)
            assert anchored == plain, (names[:2], text[:80])
            found += len(plain)
    assert found > 100


def test_find_mentions_uses_it():
    concept = Concept(name="platelet-rich plasma", synonyms=("PRP",))
    got = [(m.text, m.start) for m in M.find_mentions(concept, "We injected platelet rich plasma (PRP); PRP helped.")]
    assert got == [("platelet rich plasma", 12), ("PRP", 34), ("PRP", 40)]


def test_a_first_word_in_its_other_form_starts_a_mention():
    """The pattern's first-letter test lets in the other forms of a name's first word (data/lexicons/mentions.yaml
    word_forms) that the name's pattern matches: it had kept them out."""
    regimen = Concept(name="six months of anti-tubercular therapy")
    assert [m.text for m in M.find_mentions(regimen, "Patients received 6 months of anti-tubercular therapy.")] == \
        ["6 months of anti-tubercular therapy"]
    revision = Concept(name="two-stage revision")
    assert [m.text for m in M.find_mentions(revision, "A 2-stage revision or a two stage revision.")] == \
        ["2-stage revision", "two stage revision"]
