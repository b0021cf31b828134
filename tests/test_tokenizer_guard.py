"""The tokenizers' prefix, suffix and infix patterns are compiled to skip ahead (pipeline/nlp/tokenizer.guarded):
the same patterns and the same tokens as spaCy's own compiling of them, on real abstracts."""

from __future__ import annotations

import itertools
import re

import spacy

from pipeline.models import Article
from pipeline.nlp.regex_guard import first_characters
from pipeline.nlp.tokenizer import guarded, ner_tokenizer, scispacy_tokenizer

from conftest import SYNERGY


def _texts(n: int = 150) -> list[str]:
    from pipeline.parsing import parse_path

    arts = (a for a in parse_path(SYNERGY) if isinstance(a, Article) and a.abstract)
    return [f"{a.title}\n{a.abstract}" for a in itertools.islice(arts, n)] + [
        "levodopa-induced dyskinesia in Ca(2+)-free medium, e.g. 5 mg/kg i.p. (n = 12; p<0.05).",
        "IL-1β, TNF-α and hBM-MSCs [3,4]; 10%-20% ... “quoted” end."]


def _plain(make) -> object:
    """The same tokenizer with its patterns compiled by re, as spaCy compiles them."""
    tok = make(spacy.blank("en"))
    for name, method in (("prefix_search", "search"), ("suffix_search", "search"), ("infix_finditer", "finditer")):
        p = getattr(tok, name).__self__
        setattr(tok, name, getattr(re.compile(p.pattern, p.flags), method))
    return tok


def test_guarded_tokenizers_cut_as_the_plain_ones():
    texts = _texts()
    assert len(texts) > 100
    for make in (scispacy_tokenizer, ner_tokenizer):
        plain, fast = _plain(make), make(spacy.blank("en"))
        for name in ("prefix_search", "suffix_search", "infix_finditer"):
            assert getattr(fast, name).__self__.pattern == getattr(plain, name).__self__.pattern
        # the suffix and infix patterns are the ones that gain a lookahead (the program differs, the text does not)
        for name in ("suffix_search", "infix_finditer"):
            p = getattr(fast, name).__self__
            assert first_characters(p.pattern, p.flags) is not None, name
        for text in texts:
            assert [(t.text, t.idx) for t in fast(text)] == [(t.text, t.idx) for t in plain(text)], text


def test_guarding_twice_changes_nothing():
    tok = scispacy_tokenizer(spacy.blank("en"))
    again = guarded(tok)
    text = _texts(3)[0]
    assert [t.text for t in again(text)] == [t.text for t in scispacy_tokenizer(spacy.blank("en"))(text)]
