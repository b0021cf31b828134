"""Word lists (data/lexicons/*.yaml) compiled into matchers: whole words, `*` for a word ending."""

from __future__ import annotations

import re

from pipeline.nlp.vocabulary import lexicon_file, phrase_pattern
from pipeline.nlp.sentences import split_at_stops_and_semicolons


def lexicon(name: str) -> dict:
    """One lexicon file of data/lexicons (``name`` without .yaml), as written, through the one loader
    (:func:`pipeline.nlp.vocabulary.lexicon_file`)."""
    return lexicon_file(name)


# The grader's phrases: a space is any white space, a hyphen is optional or PubMed's U+2010/U+2011 ("double-blind"
# also matches "double blind" and "double‐blind"), a phrase ends at a word boundary and a stem (``*``) takes
# any word ending with hyphens; no word or hyphen before.
_GRADING_FORM = {"edges": "after_word", "stem": r"[\w-]*", "spaces": r"\s+", "hyphens": r"[-\u2010\u2011 ]?",
                 "word_end": r"\b"}


def compile_phrases(phrases: list[str] | tuple[str, ...], *, case_sensitive: bool = False,
                    patterns: list[str] | tuple[str, ...] = ()) -> re.Pattern | None:
    """One regex matching any phrase as whole words (or any raw pattern); None for an empty list. Compiled
    by the one compiler of word lists, :func:`pipeline.nlp.vocabulary.phrase_pattern`, in the grader's form."""
    if not phrases and not patterns:
        return None
    return phrase_pattern(phrases, patterns=patterns, case_sensitive=case_sensitive, **_GRADING_FORM)


def sentences(text: str) -> list[str]:
    """Sentences of an abstract (a plain splitter: enough to show the sentence behind a cue), as
    :func:`pipeline.nlp.sentences.split_at_stops_and_semicolons` cuts them."""
    return split_at_stops_and_semicolons(text)


def first_sentence(rx: re.Pattern | None, sents: list[str]) -> str | None:
    """The first sentence ``rx`` matches, or None."""
    if rx is None:
        return None
    return next((s for s in sents if rx.search(s)), None)
