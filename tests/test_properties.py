"""Property-based checks (Hypothesis) over the query parser and the catalog loader (issue 20).

Each property is bounded (``max_examples``, no deadline) to run in a few seconds:
- any text is either a parsed query or a QuerySyntaxError — never another exception — and a
  parsed query evaluates without error;
- a parsed query printed back (``str``) parses to the same tree and selects the same documents;
- any YAML text, or any mutation of a valid catalog, either loads as claims or raises CatalogError.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.claims.catalog import load_catalog
from pipeline.claims.hedging import seed_strength
from pipeline.errors import CatalogError, QuerySyntaxError
from pipeline.query import QueryIndex, SearchDoc, compile_query
from pipeline.query.nodes import BoolOp, Term, preorder

BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ------------------------------------------------------------------ the query language
WORDS = ["knee", "osteoarthritis", "platelet-rich", "plasma", "tendin*", "prp", "2015", "2015:2020", "eng",
         "stem cell*", "a", "ab*", "β-catenin", "12345", "x:y"]
TAGS = ["[tiab]", "[ti]", "[ab]", "[mh]", "[majr]", "[mh:noexp]", "[pt]", "[la]", "[dp]", "[pmid]", "[all]",
        "[tw]", "[Title/Abstract]", "[xyz]", "[", "]", "[]"]
PIECES = WORDS + TAGS + ["AND", "OR", "NOT", "(", ")", '"', ":", '"knee pain"', "*", "and", "  "]

query_text = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=25).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=25).map("".join),
    st.text(alphabet=st.sampled_from(list('ab()[]":*/- ANDORT0129é\t')), max_size=40),
    st.text(max_size=30),
)

DOCS = [
    SearchDoc(pmid=1, fields={"ti": ["knee", "osteoarthritis"], "ab": ["platelet", "rich", "plasma", "prp"]},
              mesh=[("osteoarthritis knee", True)], pt=["randomized controlled trial"], la=["eng"], dp="2016-03-01"),
    SearchDoc(pmid=2, fields={"ti": ["tendinopathy"], "ab": ["stem", "cells", "beta", "catenin"]},
              mesh=[("tendinopathy", False)], pt=["review"], la=["fre"], dp="2012"),
    SearchDoc(pmid=12345, fields={"ti": ["x", "y"], "ab": ["ab", "abc"]}, dp="2020-12-31"),
]
INDEX = QueryIndex(DOCS)


@BOUNDED
@given(query_text)
def test_any_text_parses_or_is_a_syntax_error(text):
    try:
        q = compile_query(text)
    except QuerySyntaxError as exc:
        assert 0 <= exc.position <= len(text)
        assert "^" in str(exc)
        return
    assert set(INDEX.search(q)) <= {d.pmid for d in DOCS}


def _without_positions(node):
    return [dataclasses.replace(n, position=0) if isinstance(n, Term) else n for n in preorder(node)]


@BOUNDED
@given(query_text)
def test_printing_a_query_gives_one_that_means_the_same(text):
    try:
        q = compile_query(text)
    except QuerySyntaxError:
        return
    again = compile_query(str(q.root))
    assert _without_positions(again.root) == _without_positions(q.root)
    assert INDEX.search(again) == INDEX.search(q)


@BOUNDED
@given(st.lists(st.sampled_from(["knee", "prp", "tendin*", "plasma[tiab]", "2016[dp]", "eng[la]", "review[pt]"]),
                min_size=1, max_size=12),
       st.lists(st.sampled_from(["AND", "OR", "NOT"]), min_size=11, max_size=11))
def test_left_to_right_equals_the_fully_bracketed_form(terms, ops):
    """PubMed has no precedence: `a op b op c` is `((a op b) op c)`."""
    flat = terms[0]
    bracketed = terms[0]
    for op, term in zip(ops, terms[1:]):
        flat = f"{flat} {op} {term}"
        bracketed = f"({bracketed} {op} {term})"
    assert _without_positions(compile_query(flat).root) == _without_positions(compile_query(bracketed).root)
    # and the sets follow the operators
    expected = set(INDEX.search(terms[0]))
    for op, term in zip(ops, terms[1:]):
        s = set(INDEX.search(term))
        expected = expected & s if op == "AND" else expected | s if op == "OR" else expected - s
    assert INDEX.search(flat) == sorted(expected)


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=3_000), st.sampled_from(["OR", "AND"]))
def test_long_operator_chains_evaluate(n, op):
    q = f" {op} ".join(["knee"] * n)
    root = compile_query(q).root
    assert isinstance(root, BoolOp) or n == 1
    assert INDEX.search(q) == [1]


# ------------------------------------------------------------------ the catalog loader
SEED = "Platelet-rich plasma reduces knee pain. Stem cells may regenerate cartilage.\n"


def _valid_catalog() -> dict:
    quote = "Platelet-rich plasma reduces knee pain."
    return {"seed_file": "seed.md", "claims": [{
        "id": "C01", "title": "PRP for knee pain",
        "therapy": {"name": "platelet-rich plasma", "synonyms": ["PRP"]},
        "condition": {"name": "knee osteoarthritis", "synonyms": ["knee pain"]},
        "quotes": [{"text": quote, "start": 0, "end": len(quote)}],
        "seed_strength": seed_strength([quote]), "query": '"platelet-rich plasma"[tiab] AND knee[tiab]',
        "topics": ["C01"]}]}


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as d:
        p = Path(d)
        (p / "seed.md").write_text(SEED, encoding="utf-8")
        yield p


def _load(folder: Path, text: str | bytes):
    p = folder / "claims.yaml"
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        claims = load_catalog(p)
    except CatalogError as exc:
        assert str(exc)
        return None
    assert all(c.id and c.query for c in claims)
    return claims


def test_the_valid_catalog_loads(folder):
    assert [c.id for c in _load(folder, yaml.safe_dump(_valid_catalog()))] == ["C01"]


YAML_PIECES = ["claims:", "seed_file: seed.md", "- ", "  ", "\n", "id: C01", "&a ", "*a", "[", "]", "{", "}",
               ": ", "'", '"', "!!str ", "!!python/object:os.system ", "---", "...", "<<: *a", "? ", "|", ">",
               "#", ",", "\t", "\x00", "%YAML 1.1", "~", "1e999", "0x1F", "2020-01-01"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.one_of(st.lists(st.sampled_from(YAML_PIECES), max_size=40).map("".join),
                 st.text(max_size=200), st.binary(max_size=100)))
def test_any_yaml_is_claims_or_a_catalog_error(folder, text):
    _load(folder, text)


def _json_like():
    return st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
                        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                        max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["claims", "seed_file", "id", "title", "therapy", "condition", "quotes",
                                           "seed_strength", "query", "topics", "start", "end", "text", "name",
                                           "synonyms", "groups", "min_groups", "polarity"]),
                          _json_like()), min_size=1, max_size=4))
def test_mutated_catalogs_load_or_fail_with_a_catalog_error(folder, edits):
    data = _valid_catalog()
    for key, value in edits:
        # put the value at every level where the key can sit: document, claim, concept, quote
        for target in (data, data["claims"][0] if isinstance(data.get("claims"), list) and data["claims"]
                       and isinstance(data["claims"][0], dict) else {}):
            if key in target or key in ("claims", "seed_file") and target is data:
                target[key] = value
    _load(folder, yaml.safe_dump(data, allow_unicode=True))
