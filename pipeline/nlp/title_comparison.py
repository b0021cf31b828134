"""Comparative titles: where a title sets one thing against another, and its sides. The one reader of
them (issue 16): the grader's comparator words and eligibility's "the title sets the therapy against
microfracture" both ask it, and its words are data (``data/lexicons/title_comparison.yaml``).

Text in, frozen result out; nothing here knows claims. A caller that needs to know which side names a
therapy passes the therapy's names as a pattern (:func:`sides`) or tests the sides itself.

Which words compare is a parameter (``words``, one list of the data file), because the callers were
scored with different lists and ask different questions:

- ``comparator_side`` (the grader, :func:`sides`): broad — "than", "comparative", "as effective as"
  compare too, and a phrase ends at a word boundary;
- ``arms`` (eligibility: the therapy set against another treatment): narrow, not "or", and the word
  must be followed by white space ("vs. " is read whole);
- ``groups`` (eligibility: words between two groups of a comparison claim): includes "or", "against";
- ``alternatives`` (eligibility: two ways of giving the therapy): "and", "or" and the comparing words.

Merging them moves grades and eligibility rows, so each list stays its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import vocabulary

# stands for a named thing (the claim's therapy) in a title: word-joiners, so no word list matches it
MASK = "\u2060THERAPY\u2060"

# how each list's phrase must end (a word boundary unless named here): eligibility read the arms'
# words only when white space follows, so "vs. " is one word and "versus-" none
_TAIL = {"arms": r"\s"}


def _words(key: str) -> tuple[str, ...]:
    return vocabulary("title_comparison")[key]


def _alternation(phrases: tuple[str, ...]) -> str:
    """``(?:a|b|…)`` of ``phrases`` as written (escaped; a space is any run of white space), in order."""
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases) + ")"


@lru_cache(maxsize=None)
def comparing_words(words: str) -> re.Pattern:
    """The pattern of one list of comparing words of ``data/lexicons/title_comparison.yaml``."""
    return compile_guarded(r"\b" + _alternation(_words(words)) + _TAIL.get(words, r"\b"), re.I)


@lru_cache(maxsize=1)
def _cuts() -> dict[str, re.Pattern]:
    return {
        # inside one side, a list of arms: "Comparison of A, B, or C"
        "items": compile_guarded(r",|;|" + "|".join(rf"\b{re.escape(w)}\b" for w in _words("list_words")), re.I),
        "shared": compile_guarded(r"\b" + _alternation(_words("shared_clause")) + r"\b", re.I),
        # a side before the word starts after a colon or an aim ("… of the treatment of")
        "before": compile_guarded(r"[:;]|\b" + _alternation(_words("aim_words")) + r"\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}"
                             + _alternation(_words("aims")) + r"\b)", re.I),
        # a side after the word ends at a clause break or before a preposition ("… for the treatment of")
        "after": compile_guarded(r"[:;,(]|\s" + _alternation(_words("side_closers")) + r"\s", re.I),
    }


@dataclass(frozen=True)
class Comparing:
    """One place a text sets things against each other: the word as written (with the white space
    that ends it, for the ``arms`` list), its offsets, and the side on each side of it, each read
    within its own clause ("… versus microfracture for the treatment of …" → "microfracture")."""

    word: str
    start: int
    end: int
    before: str
    after: str


@dataclass(frozen=True)
class TitleComparison:
    """A title read for one list of comparing words: every place it compares, in order."""

    title: str
    words: str
    at: tuple[Comparing, ...]

    @property
    def compares(self) -> bool:
        return bool(self.at)

    @property
    def parts(self) -> tuple[str, ...]:
        """The title cut at every comparing word and every list separator (",", ";", "or", "and")."""
        items = _cuts()["items"]
        chunks, last = [], 0
        for c in self.at:
            chunks.append(self.title[last:c.start])
            last = c.end
        chunks.append(self.title[last:])
        return tuple(p for chunk in chunks for p in items.split(chunk))


@lru_cache(maxsize=8192)
def read_title(title: str, words: str = "arms") -> TitleComparison:
    """Where ``title`` compares, by the list ``words`` of ``data/lexicons/title_comparison.yaml``
    (see the module's docstring for which list answers what)."""
    cut = _cuts()
    at = tuple(Comparing(m.group(0), m.start(), m.end(),
                         cut["before"].split(title[:m.start()])[-1], cut["after"].split(title[m.end():])[0])
               for m in comparing_words(words).finditer(title))
    return TitleComparison(title, words, at)


@dataclass(frozen=True)
class TitleSides:
    """A comparative title cut into the parts that name a thing (``mine``, with :data:`MASK` in place of
    its name) and the parts that do not (``other``, what it is compared with)."""

    mine: tuple[str, ...]
    other: tuple[str, ...]


def sides(title: str, names: re.Pattern | None, words: str = "comparator_side") -> TitleSides | None:
    """``title`` cut into the side that names ``names`` (a pattern of a thing's names) and the other
    side; None when the title does not compare or does not name the thing. A clause closing the title
    that qualifies every arm ("… than BMAC after high tibial osteotomy") is on both sides."""
    if names is None or not read_title(title, words).compares:
        return None
    masked = names.sub(MASK, title)
    if MASK not in masked:
        return None
    parts = read_title(masked, words).parts
    mine = [p for p in parts if MASK in p]
    other = [p for p in parts if MASK not in p]
    last = parts[-1]
    m = _cuts()["shared"].search(last)
    if m and last in other:
        mine.append(last[m.start():])
        other[other.index(last)] = last[:m.start()]
    return TitleSides(tuple(mine), tuple(other))
