"""Word lists (data/lexicons/*.yaml) compiled into matchers: whole words, `*` for a word ending."""

from __future__ import annotations

import re
from functools import lru_cache
import yaml

from pipeline.config import PROJECT_ROOT
from pipeline.nlp.lexicons import YAML_LOADER
from pipeline.nlp.sentences import split_at_stops_and_semicolons

LEXICON_DIR = PROJECT_ROOT / "data" / "lexicons"


@lru_cache(maxsize=8)
def lexicon(name: str) -> dict:
    """One lexicon file of data/lexicons (``name`` without .yaml)."""
    return yaml.load((LEXICON_DIR / f"{name}.yaml").read_text(encoding="utf-8"), Loader=YAML_LOADER)


def _phrase(p: str) -> str:
    stem = p.endswith("*")
    words = re.split(r"\s+", p.rstrip("*").strip())
    # "double-blind" also matches "double blind" and "double‐blind" (PubMed's U+2010 hyphen)
    body = r"\s+".join(re.escape(w).replace(r"\-", r"[-\u2010\u2011 ]?") for w in words)
    return body + (r"[\w-]*" if stem else r"\b")


def compile_phrases(phrases: list[str] | tuple[str, ...], *, case_sensitive: bool = False,
                    patterns: list[str] | tuple[str, ...] = ()) -> re.Pattern | None:
    """One regex matching any phrase as whole words (or any raw pattern); None for an empty list."""
    alts = [_phrase(p) for p in phrases] + list(patterns)
    if not alts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + ")", 0 if case_sensitive else re.I)


def sentences(text: str) -> list[str]:
    """Sentences of an abstract (a plain splitter: enough to show the sentence behind a cue), as
    :func:`pipeline.nlp.sentences.split_at_stops_and_semicolons` cuts them."""
    return split_at_stops_and_semicolons(text)


def first_sentence(rx: re.Pattern | None, sents: list[str]) -> str | None:
    """The first sentence ``rx`` matches, or None."""
    if rx is None:
        return None
    return next((s for s in sents if rx.search(s)), None)
