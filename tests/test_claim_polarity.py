"""A claim's polarity is typed (pipeline.claims.models.Polarity): the catalog's word in, a checked value out."""

from __future__ import annotations

import pytest

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.models import Claim, Concept, Polarity


def _claim(polarity) -> Claim:
    return Claim(id="C1", title="t", therapy=Concept("x"), condition=Concept("y"), quotes=(), seed_strength="asserted",
                 query="x[tiab]", polarity=polarity)


def test_the_catalogs_word_becomes_the_typed_value():
    c = _claim("harm")
    assert c.polarity is Polarity.HARM and c.asserts_harm
    assert c.polarity == "harm"  # still the catalog's word where it is stored or printed
    assert not _claim("benefit").asserts_harm and _claim("mechanism").polarity is Polarity.MECHANISM


def test_an_unknown_polarity_is_refused():
    with pytest.raises(ValueError):
        _claim("harmful")


def test_harm_claims_of_a_held_out_catalog_are_read_as_harm():
    claims = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh49" / "claims.yaml")}
    assert claims["C574"].asserts_harm and not claims["C564"].asserts_harm
