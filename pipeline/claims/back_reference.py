"""Where an abstract refers back to a claim's condition without naming it again.

Abstracts name what they measured once and then point back to it: "... the expression level of mismatch repair (MMR)
genes ... their gene expression was not statistically different" (fresh187 C1513), "We show ... by quantifying NFκB
activity ... This response is ablated ... when co-administered with ... dexamethasone" (fresh186 C1508). A reviewer
reads the pointer as the condition; the mention finder, reading one sentence, does not. :func:`back_references` finds
such pointers for one claim in one abstract and returns them as short forms standing for the condition, so every reader
that counts a short form the abstract defines (:func:`pipeline.claims.mentions.find_mentions`) counts them too.

Two kinds, each needing an earlier sentence that names the condition:

- a determiner and the last two words of one of the condition's names of three words or more that has no phrase after
  its head ("their gene expression" for "MMR gene expression");
- a sentence opening with a demonstrative and a word for what was measured ("This response", "These effects") right
  after a sentence that names the condition.

The words are data: ``back_reference_determiners``, ``back_reference_after_head`` and ``back_reference_nouns`` in
data/lexicons/linker_cues.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.mentions import find_mentions
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation

_DETERMINER = r"\b(?:" + alternation("linker_cues", "back_reference_determiners") + r")\s+"
_OPENING = compile_guarded(
    r"^\W*((?:" + alternation("linker_cues", "back_reference_determiners") + r")\s+(?:[\w-]+\s+)?(?:"
    + alternation("linker_cues", "back_reference_nouns") + r"))\b", re.I)
# the last words of a name are its head only when no phrase follows the head ("expression in blood lymphocytes")
_PHRASE_AFTER_HEAD = compile_guarded(r"\b(?:" + alternation("linker_cues", "back_reference_after_head") + r")\b", re.I)


@lru_cache(maxsize=2048)
def _head_patterns(names: tuple[str, ...]) -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for name in names:
        words = name.split()
        if len(words) < 3 or not all(w.isalpha() for w in words[-2:]) or _PHRASE_AFTER_HEAD.search(name):
            continue
        out.append((compile_guarded(_DETERMINER + r"\s+".join(map(re.escape, words[-2:])) + r"\b", re.I), name))
    return tuple(out)


def back_references(condition, sentences: list[str], abbreviations: dict[str, str] | None) -> dict[str, str]:
    """Phrases of ``sentences`` (an abstract's body, in order) that refer back to ``condition`` (a
    :class:`~pipeline.claims.models.Concept`), each mapped to a name of the condition, as a short form to its long form.
    Empty when the abstract names the condition nowhere before such a phrase."""
    out: dict[str, str] = {}
    heads = _head_patterns(tuple(condition.all_names))
    # most abstracts have no such pointer: looked for first, before any sentence's mentions are found (the link stage
    # asks this of every claim-article pair)
    joined = " ".join(sentences)
    if not any(_OPENING.search(s) for s in sentences) and not any(rx.search(joined) for rx, _ in heads):
        return out
    named_before = False
    previous: list = []
    for sentence in sentences:
        here = find_mentions(condition, sentence, abbreviations)
        if named_before:
            opening = _OPENING.search(sentence)
            if opening and previous and not here:
                out.setdefault(opening.group(1), condition.name)
            for rx, name in heads:
                for m in rx.finditer(sentence):
                    if not any(x.start <= m.start() < x.end for x in here):
                        out.setdefault(m.group(0), name)
        previous = here
        named_before = named_before or bool(here)
    return out
