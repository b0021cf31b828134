"""Word lists that are data (``data/lexicons/*.yaml``), loaded once, and the helpers that build the
patterns of code from them.

A list says *which words*; the module that owns a concept (negation scopes, hedges, who was studied)
builds its structured pattern from the list. To change how a word is read, change its list here in
``data/lexicons/``; to change how a pattern is shaped, change the module that builds it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from pipeline.nlp.lexicons import LEXICON_DIR, YAML_LOADER
from pipeline.nlp.regex_guard import compile_guarded


def rx(pattern: str) -> re.Pattern:
    """A case-insensitive compiled pattern (the house style for cue patterns); a search skips the places no
    match can start (:mod:`pipeline.nlp.regex_guard`: the same matches)."""
    return compile_guarded(pattern, re.I)


def _read(name: str) -> dict:
    return yaml.load((LEXICON_DIR / f"{name}.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}


@lru_cache(maxsize=None)
def lexicon_file(name: str) -> dict:
    """``data/lexicons/<name>.yaml`` as written (lists and nested groups), read once: for a file with
    structure beyond word lists (the grader's outcome groups). Treat it as read-only."""
    return _read(name)


@lru_cache(maxsize=None)
def vocabulary(name: str) -> dict[str, tuple[str, ...]]:
    """The lists of ``data/lexicons/<name>.yaml`` (a mapping of list name → words), read once."""
    path = LEXICON_DIR / f"{name}.yaml"
    data = _read(name)
    for key, words in data.items():
        odd = [w for w in (words or ()) if not isinstance(w, str)]
        if odd:  # YAML reads an unquoted no/yes/on/off as a boolean, 1 as a number
            raise ValueError(f"{path}: {key}: {odd} are not words; quote them")
    return {str(k): tuple(v or ()) for k, v in data.items()}


NO_DIFFERENCE_READERS = ("comparison", "verdict", "findings", "grading")


def no_difference_phrases(reader: str) -> tuple[str, ...]:
    """The words of "no difference" one reader matches (``data/lexicons/no_difference.yaml``, the only
    list of them): ``comparison`` and ``verdict`` are regular-expression fragments, ``findings`` and
    ``grading`` plain phrases (the file says why each reader keeps its own section)."""
    if reader not in NO_DIFFERENCE_READERS:
        raise KeyError(f"no 'no difference' list for {reader!r}; one of {NO_DIFFERENCE_READERS}")
    return vocabulary("no_difference")[reader]


SENTENCE_COMPARING_READERS = ("aboutness_before_participle", "aboutness_both_sides", "comparison_difference",
                              "linker_intervention", "arms_label_start", "arms_randomised_to", "arms_versus",
                              "effects_pair", "findings_than", "findings_arm_after_stop", "sample_size_before",
                              "mentions_quantity_coordination", "mentions_form_coordination",
                              "aboutness_first_word_again", "eligibility_with_without_versus",
                              "eligibility_groups_named")


def sentence_comparing(reader: str) -> str:
    """The comparing words ("versus", "compared with" …) one sentence reader splices into its pattern:
    ``data/lexicons/sentence_comparison.yaml``'s section for it, as the body of one alternation
    (``versus|vs\\.?``), in order. The fragments are regular expressions; the file says why each reader
    keeps its own section."""
    if reader not in SENTENCE_COMPARING_READERS:
        raise KeyError(f"no comparing words for {reader!r}; one of {SENTENCE_COMPARING_READERS}")
    return alternation("sentence_comparison", reader)


def alternation(name: str, key: str) -> str:
    """One list of regular-expression fragments of ``data/lexicons/<name>.yaml`` as the body of one
    alternation (``a|b|c``), in order, for a pattern with structure to splice its words into."""
    return "|".join(vocabulary(name)[key])


# cached like vocabulary() itself: readers test membership per word ("any(w in word_set(...) for w in words)"), and
# a frozenset built again for every word was work done once per call instead of once per process
@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """One list of ``data/lexicons/<name>.yaml`` as a set (for lookups such as MeSH descriptors)."""
    return frozenset(vocabulary(name)[key])


def whole_word(words: tuple[str, ...]) -> re.Pattern:
    """A case-insensitive pattern that matches a whole token that is one of ``words``; a word that
    ends in ``*`` matches any token that starts with it ("fail*": fail, failed, failure)."""
    return phrase_pattern(words, edges="token")


# Where a phrase of a word list may start and end (phrase_pattern's ``edges``)
_EDGES = {
    "word": (r"\b", r"\b"),                  # between word boundaries, in running text
    "hyphen": (r"(?<![\w-])", r"(?![\w-])"),  # a hyphenated word is one word: "sham" is not in "sham-operated"
    "token": (r"^", r"$"),                    # the whole of one token
    "opening": (r"^\s*", r"\b"),              # the first word of a text ("sham injection", "no PRP")
    "after_word": (r"(?<![\w-])", ""),         # where no word or hyphen precedes; each phrase ends itself
}


def phrase_pattern(phrases, *, edges: str = "word", stem: str = r"\w*", longest_first: bool = False,
                   spaces: str | None = None, hyphens: str | None = None, word_end: str = "",
                   patterns: tuple[str, ...] | list[str] = (), case_sensitive: bool = False) -> re.Pattern:
    """The one compiler of a word list into a pattern: a case-insensitive alternation of ``phrases``
    (each escaped, found between ``edges``: "word" boundaries, "hyphen" (a hyphen joins a word), a
    whole "token", the "opening" word of a text, or "after_word" (no end edge: each phrase ends in
    ``word_end``, a stem in ``stem``)); a phrase that ends in ``*`` matches any word it begins, its
    ending being ``stem`` ("C57BL*": C57BL/6, C57BL6J). ``longest_first`` tries longer phrases first, so
    a match is the longest phrase at its place ("empty defect" before "empty"); otherwise the list's
    order is kept. The grader's form (:func:`pipeline.grading.phrases.compile_phrases`): ``spaces``
    between a phrase's words instead of its own white space, ``hyphens`` for each hyphen in a word,
    raw ``patterns`` after the phrases, ``case_sensitive``."""
    def body(p: str) -> str:
        s = re.escape(p) if spaces is None else spaces.join(re.escape(w) for w in re.split(r"\s+", p.strip()))
        return s if hyphens is None else s.replace(r"\-", hyphens)

    alts = [body(p[:-1]) + stem if p.endswith("*") else body(p) + word_end for p in phrases]
    if longest_first:
        alts.sort(key=len, reverse=True)
    start, end = _EDGES[edges]
    pattern = start + "(?:" + "|".join([*alts, *patterns]) + ")" + end
    return compile_guarded(pattern) if case_sensitive else rx(pattern)


def any_of(fragments: tuple[str, ...]) -> str:
    """One alternation of regular-expression ``fragments`` between word boundaries; order is kept
    (at a place, the first fragment that matches wins, which decides what a count counts)."""
    return r"\b(?:" + "|".join(fragments) + r")\b"


@lru_cache(maxsize=None)
def lexicons_digest() -> str:
    """A short hash of every word list in ``data/lexicons/`` (names and bytes). Version keys carry it,
    so editing a list re-extracts and re-links on the next run instead of leaving stale readings."""
    import hashlib

    h = hashlib.sha256()
    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:8]


def versioned(release: str, models: tuple[str, ...] = ()) -> str:
    """``release`` joined with the lexicons' digest and, for each trained model named (a manifest path
    under ``data/models/``), the digest of its manifest, which lists its files' hashes: a stage's version
    key then changes whenever the code's release, a word list or a model it reads changes. A missing
    manifest hashes as absent (loading that model fails on its own, with exit 9)."""
    import hashlib

    from pipeline.model_files import MODELS_DIR

    key = f"{release}+lex.{lexicons_digest()}"
    if models:
        h = hashlib.sha256()
        for name in models:
            p = MODELS_DIR / name
            h.update(name.encode() + b"\0" + (p.read_bytes() if p.exists() else b"absent") + b"\0")
        key += f"+mod.{h.hexdigest()[:8]}"
    return key
