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


# what mark_negation reads of a word, per negation pattern: (the word in lower case, whether it negates, whether it
# ends a clause); a few thousand distinct words, each read again in every sentence that has it (keyed by the
# pattern's text and flags, whose hashes Python keeps, where a compiled pattern's own hash reads its whole program)
_WORDS_READ: dict[tuple[str, int], dict[str, tuple[str, bool, bool]]] = {}
_PUNCTUATION = frozenset(".,;:!?()")


def _word_reading(negation: re.Pattern) -> dict[str, tuple[str, bool, bool]]:
    table = _WORDS_READ.get((negation.pattern, negation.flags))
    if table is None or len(table) > 100_000:
        table = _WORDS_READ[(negation.pattern, negation.flags)] = {}
    return table


def _read_word(table: dict, tok: str, negation: re.Pattern) -> tuple[str, bool, bool]:
    low = tok.lower()
    got = table[tok] = (low, negation.match(tok) is not None or low.endswith("n't"), CLAUSE_END.match(tok) is not None)
    return got


# cached: the direction readers and the findings classifier mark the same sentences for every claim
@lru_cache(maxsize=16384)
def mark_negation(text: str, *, to_clause_end: bool = False, negation: re.Pattern = NEGATION) -> str:
    """Prefix words in a negation's scope with NOT_, a standard sentiment trick. The scope is the
    next four words (until punctuation), or with ``to_clause_end`` the rest of the clause ("did not
    show any advantage in the protection of cartilage"; a "but"/"however" ends it, and the negation
    word itself is left out)."""
    out, neg = [], 0
    table = _word_reading(negation)
    for tok in _TOKEN.findall(text):
        if tok in _PUNCTUATION:
            neg = 0
            continue
        low, is_neg, ends_clause = table.get(tok) or _read_word(table, tok, negation)
        if to_clause_end and ends_clause:
            neg = 0
            continue
        if not (to_clause_end and is_neg):
            out.append(("NOT_" + low) if neg else low)
        if is_neg:
            neg = 10**6 if to_clause_end else 4
        elif neg and not to_clause_end:
            neg -= 1
    return " ".join(out)
