"""A long form written after another word and a colon is the whole compound (pipeline/nlp/abbreviations.py
whole_compound), and the plain-text search that skips compiling a pattern for every other long form finds every
place the pattern would, in the letters IGNORECASE folds too."""

from __future__ import annotations

import pytest

from pipeline.nlp.abbreviations import whole_compound


def test_a_copolymer_keeps_its_first_half():
    text = ("Scaffolds of poly-lactide:polyglycolic acid (PLGA) were seeded with chondrocytes. "
            "Hyaluronic acid (HA) was added.")
    out = whole_compound(text, {"PLGA": "polyglycolic acid", "HA": "Hyaluronic acid"})
    assert out == {"PLGA": "poly-lactide:polyglycolic acid", "HA": "Hyaluronic acid"}


def test_a_heading_before_the_colon_is_no_compound():
    # "METHODS:" ends in a capital: a heading, not the first half of a name
    text = "METHODS:Platelet-rich plasma (PRP) was injected."
    assert whole_compound(text, {"PRP": "Platelet-rich plasma"}) == {"PRP": "Platelet-rich plasma"}


@pytest.mark.parametrize("text, long_form, short, expected", [
    # the dotless i, the long s, the dotted capital I and the Kelvin sign: IGNORECASE reads each as an ASCII letter
    ("poly-lactide:polyglycol\u0131c acid (PLGA)", "polyglycolic acid", "PLGA", "poly-lactide:polyglycolic acid"),
    ("x-y:\u017filk fibroin (SF)", "silk fibroin", "SF", "x-y:silk fibroin"),
    ("a-b:\u0130nsulin (IN)", "insulin", "IN", "a-b:insulin"),
    ("a-b:\u212aeratin (KR)", "keratin", "KR", "a-b:keratin"),
    ("poly-lactide:POLYGLYCOLIC ACID (PLGA)", "polyglycolic acid", "PLGA", "poly-lactide:polyglycolic acid"),
])
def test_the_search_folds_case_as_the_pattern_does(text, long_form, short, expected):
    assert whole_compound(text, {short: long_form})[short] == expected


def test_a_long_form_outside_ascii_is_still_read():
    text = "Poly-lactide:poly(\u03b5-caprolactone) (PCL) scaffolds"
    assert whole_compound(text, {"PCL": "poly(\u03b5-caprolactone)"})["PCL"] == "poly-lactide:poly(\u03b5-caprolactone)"
