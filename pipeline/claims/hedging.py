"""How strongly a sentence asserts its claim, from hedging and qualifying cues.

``hedged``: the sentence marks the claim as uncertain or preliminary (may, promising, emerging …).
``qualified``: the claim is limited in scope or evidence (animal/preclinical data, "less clearly",
"in favorable contexts", "often") but stated as fact within that scope.
``asserted``: stated flatly, or with intensifiers ("strongest", "far more readily").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import vocabulary

# the cues are data/lexicons/hedges.yaml ("claim", "claim_qualifier"), one pattern each
HEDGES = [rf"\b(?:{f})\b" for f in vocabulary("hedges")["claim"]]
QUALIFIERS = [rf"\b(?:{f})\b" for f in vocabulary("hedges")["claim_qualifier"]]
_H = [compile_guarded(p, re.I) for p in HEDGES]
_Q = [compile_guarded(p, re.I) for p in QUALIFIERS]
STRENGTHS = ("asserted", "qualified", "hedged")


@dataclass(frozen=True)
class Strength:
    level: str  # asserted | qualified | hedged
    cues: tuple[str, ...]


def assess(text: str) -> Strength:
    """The assertion strength of ``text`` (one or more sentences) and the cues that decided it."""
    hedges = tuple(m.group(0).lower() for rx in _H for m in rx.finditer(text))
    if hedges:
        return Strength("hedged", hedges)
    quals = tuple(m.group(0).lower() for rx in _Q for m in rx.finditer(text))
    if quals:
        return Strength("qualified", quals)
    return Strength("asserted", ())


def seed_strength(quotes: list[str]) -> str:
    """A claim's strength is that of its most confident quote (the article's strongest wording)."""
    levels = [assess(q).level for q in quotes] or ["asserted"]
    return min(levels, key=STRENGTHS.index)
