"""Negation scopes: which words of a sentence a negation ("not", "no", "failed to") governs.

:func:`mark_negation` prefixes the words in a negation's scope with ``NOT_`` (a standard sentiment
trick): the direction classifier reads it as features, the therapy verdict asks whether an effect
word is denied. Text in, text out; no claim or article knowledge here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.vocabulary import vocabulary, whole_word

# the words are data/lexicons/negation.yaml
NEGATION = whole_word(vocabulary("negation")["negation"])
CLAUSE_NEGATION = whole_word(vocabulary("negation")["clause_negation"])  # the therapy verdict's clause scope
CLAUSE_END = whole_word(vocabulary("negation")["clause_end"])


_TOKEN = re.compile(r"[\w'-]+|[.,;:!?()]")


_MATCHED: dict[tuple[str, int, str], bool] = {}


def _matches(pattern: re.Pattern, token: str) -> bool:
    """Whether ``pattern`` matches at the start of ``token``, remembered: a few thousand distinct words, each tested
    again in every sentence that has it (keyed by the pattern's text and flags, whose hashes Python keeps, where a
    compiled pattern's own hash reads its whole program each time)."""
    key = (pattern.pattern, pattern.flags, token)
    hit = _MATCHED.get(key)
    if hit is None:
        if len(_MATCHED) > 200_000:
            _MATCHED.clear()
        hit = _MATCHED[key] = pattern.match(token) is not None
    return hit


# cached: the direction readers and the findings classifier mark the same sentences for every claim
@lru_cache(maxsize=16384)
def mark_negation(text: str, *, to_clause_end: bool = False, negation: re.Pattern = NEGATION) -> str:
    """Prefix words in a negation's scope with NOT_, a standard sentiment trick. The scope is the
    next four words (until punctuation), or with ``to_clause_end`` the rest of the clause ("did not
    show any advantage in the protection of cartilage"; a "but"/"however" ends it, and the negation
    word itself is left out)."""
    out, neg = [], 0
    for tok in _TOKEN.findall(text):
        if tok in ".,;:!?()" or (to_clause_end and _matches(CLAUSE_END, tok)):
            neg = 0
            continue
        is_neg = _matches(negation, tok) or tok.lower().endswith("n't")
        if not (to_clause_end and is_neg):
            out.append(("NOT_" + tok.lower()) if neg else tok.lower())
        if is_neg:
            neg = 10**6 if to_clause_end else 4
        elif neg and not to_clause_end:
            neg -= 1
    return " ".join(out)
