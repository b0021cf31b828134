"""compile_guarded (pipeline/nlp/regex_guard.py): a lookahead for the characters a match can start with,
put in front of the compiled program, finds exactly what re.compile's pattern finds — checked with the
readers' own patterns on the abstracts of the bundled corpus (data/corpus, the disc-degeneration set)."""

from __future__ import annotations

import re

import pytest

from pipeline.nlp import arms, effects, evidence, findings, population, sample_size
from pipeline.claims import direction_rules, eligibility, mentions
from pipeline.nlp.regex_guard import compile_guarded, first_characters
from pipeline.parsing import latest_articles
from tests.conftest import corpus_file

DISC = corpus_file("topical/biocurator_intervertebral_disc_degeneration/pubmed_articles.xml")


@pytest.fixture(scope="module")
def abstracts() -> list[str]:
    arts = latest_articles([DISC]).values()
    texts = [a.abstract for a in arts if a.abstract]
    assert len(texts) >= 90
    return texts


def _patterns() -> list[tuple[str, int]]:
    """Every compiled pattern the readers hold at module level: their text and flags."""
    out = []
    for mod in (arms, effects, findings, evidence, population, sample_size, direction_rules, eligibility, mentions):
        for v in vars(mod).values():
            if isinstance(v, re.Pattern) and isinstance(v.pattern, str):
                out.append((v.pattern, v.flags))
    out += [(p.pattern, p.flags) for p in (arms.cue(k) for k in ("negated", "paired_unit", "other_side", "surgery"))]
    return out


def _found(p: re.Pattern, text: str) -> tuple:
    return ([(m.span(), m.groups()) for m in p.finditer(text)], p.sub("#", text), p.split(text),
            bool(p.match(text)), bool(p.fullmatch(text)))


def test_same_matches_as_re_compile_on_real_abstracts(abstracts):
    pats = _patterns()
    assert len(pats) > 60
    guarded = 0
    for text, flags in pats:
        plain, fast = re.compile(text, flags), compile_guarded(text, flags)
        assert fast.pattern == plain.pattern and fast.flags == plain.flags
        assert fast.groups == plain.groups and fast.groupindex == plain.groupindex
        guarded += fast != plain  # another program: the lookahead is there
        for a in abstracts[:40]:
            assert _found(fast, a) == _found(plain, a), (text, a[:80])
            # and on every sentence start, where the anchored patterns look
            for s in re.split(r"(?<=[.!?])\s+", a)[:3]:
                assert _found(fast, s) == _found(plain, s), (text, s)
    # most of the readers' patterns open with a word boundary or a lookbehind: those are guarded
    assert guarded > len(pats) // 2


def test_the_characters_a_match_starts_with():
    # through a word boundary, a lookbehind, optional words and groups
    assert {chr(c) for _, c in first_characters(r"\b(?:no|not|without)\b", re.I)} == {"n", "w"}
    assert {chr(c) for _, c in first_characters(r"(?<![\w-])(?:the\s+)?(?:left|right)\b", re.I)} == {"t", "l", "r"}
    assert {chr(c) for _, c in first_characters(r"\b(?:a|b)?c", 0)} == {"a", "b", "c"}
    # nothing to tell: a pattern that can match the empty string, a word class, an anchored alternative
    assert first_characters(r"x*", 0) is None
    assert first_characters(r"\w+ing", 0) is None
    assert first_characters(r"^aim|\bgoal", re.I) is None


def test_guarded_only_where_re_does_not_skip_ahead_itself():
    # re skips to a literal prefix or a class without case by itself: the program is re.compile's
    assert compile_guarded(r"\(\s*n\s*=", 0) == re.compile(r"\(\s*n\s*=", 0)
    assert compile_guarded(r"p-value", re.I) != re.compile(r"p-value", re.I)  # "p" has a case: guarded
    # case-insensitive classes: what the guard lets through is what the pattern's letters match in any case
    p = compile_guarded(r"\b(?:kelvin|ſun)\b", re.I)
    for t in ("KELVIN", "\u212aelvin", "Sun", "SUN", "ſun"):
        assert bool(p.search(t)) == bool(re.compile(r"\b(?:kelvin|ſun)\b", re.I).search(t)), t


def test_errors_and_flags_as_re_compile():
    with pytest.raises(re.error):
        compile_guarded(r"(?:unclosed", 0)
    assert compile_guarded(r"(?i)\bfoo", 0).search("a FOO") is not None
    assert compile_guarded(r"\bfoo", re.I | re.M).flags == re.compile(r"\bfoo", re.I | re.M).flags


def test_programs_kept_on_disk_are_the_ones_compiling_makes(tmp_path, monkeypatch):
    """A program read from the cache file is the one compiling makes (Pattern equality compares the
    program); a damaged file is ignored."""
    from pipeline.nlp import regex_guard as g

    store = tmp_path / "regex.bin"
    monkeypatch.setenv("EVIDENCE_REGEX_CACHE", str(store))

    def fresh():  # a new process's state: nothing read, nothing compiled
        monkeypatch.setattr(g, "_stored", None)
        monkeypatch.setattr(g, "_compiled_now", {})
        g.compile_guarded.cache_clear()

    pats = [(p, f) for p, f in _patterns()[:40]]
    fresh()
    compiled = [g.compile_guarded(p, f) for p, f in pats]
    g.write_programs()
    assert store.exists()
    fresh()
    assert len(g._programs()) >= len(set(pats))
    again = [g.compile_guarded(p, f) for p, f in pats]
    assert again == compiled and not g._compiled_now  # every one read from the file, none compiled
    assert [(p.pattern, p.flags, p.groupindex) for p in again] == [(re.compile(p, f).pattern, re.compile(p, f).flags,
                                                                      re.compile(p, f).groupindex) for p, f in pats]
    # a damaged file: read as empty, compiled anew
    store.write_bytes(store.read_bytes()[:-10] + b"0123456789")
    fresh()
    assert g._programs() == {}
    assert [g.compile_guarded(p, f) for p, f in pats] == compiled
    monkeypatch.setenv("EVIDENCE_REGEX_CACHE", "off")
    assert g.cache_file() is None


def test_the_file_stays_within_its_size(tmp_path, monkeypatch):
    """Programs add up across processes until the file would pass its size; then it starts again from what this
    process compiled, and a file larger than that size (an older, unbounded one) is not read at all."""
    from pipeline.nlp import regex_guard as g

    store = tmp_path / "regex.bin"
    monkeypatch.setenv("EVIDENCE_REGEX_CACHE", str(store))

    def run(pats):  # one process: compile, write at exit
        monkeypatch.setattr(g, "_stored", None)
        monkeypatch.setattr(g, "_compiled_now", {})
        g.compile_guarded.cache_clear()
        for p, f in pats:
            g.compile_guarded(p, f)
        g.write_programs()

    pats = _patterns()[:60]
    run(pats[:30])
    one = store.stat().st_size
    monkeypatch.setattr(g, "_MAX_BYTES", int(one * 1.5))
    run(pats[30:])  # the two together pass the size: only the second process's programs are kept
    monkeypatch.setattr(g, "_stored", None)
    kept = set(g._programs())
    assert kept and kept <= {(p, int(f)) for p, f in pats[30:]} and store.stat().st_size <= g._MAX_BYTES + 32
    monkeypatch.setattr(g, "_MAX_BYTES", 10)  # a file over the size is ignored, not read
    monkeypatch.setattr(g, "_stored", None)
    assert g._programs() == {}
