"""Sentences that report what a trial measured besides the claim's outcome, set aside before its direction is read.

A trial's results often end with its baseline comparability or a safety measure: "The hemodynamic value (systolic
blood pressure, …) were similar, and there was no significant difference between two groups in the baseline value or
after propofol or placebo injection." Read with the rest, its "similar" and "no significant difference" outweighed
the finding on the claim's outcome ("The incidences of FIC were 9.2% and 40.8% … Furthermore, there was a significant
difference in the intensity of cough"), and a trial of low-dose propofol against fentanyl-induced cough read "no
effect". A reviewer reads the finding on the claim's outcome: a null about baseline values, haemodynamics or
adverse events is no null on cough.

A sentence is set aside when it names such a measure (``side_measures`` in data/lexicons/trial_reading.yaml), states
no difference or likeness, states no effect of its own outside a negation ("reduced", "improved", "higher"), names no
other outcome (outcome_polarity.yaml's, ``efficacy_nouns``: "Outcome scores (baseline and postoperative) … did not
differ" is the trial's finding), and does not name the claim's condition — unless the claim itself is about such a measure ("safer than", "complications").
When every sentence would go, none does.

Within a sentence that states an effect of its own, a null whose object is a side measure is the same kind of thing
at the size of a clause: "… prolongs the sensory and motor block while increasing the duration of postoperative
analgesia without significant side-effects" reports a longer block, and its "without significant" is said of the side
effects. :func:`without_side_nulls` reads such a sentence without that clause (the sentence shown stays as written).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.direction_rules import NULL
from pipeline.claims.mentions import names_concept
from pipeline.nlp.negation import CLAUSE_NEGATION, mark_negation
from pipeline.nlp.vocabulary import alternation, phrase_pattern, rx, vocabulary


@lru_cache(maxsize=1)
def _side():
    return rx(r"\b(?:" + alternation("trial_reading", "side_measures") + r")\b")


# a claim about safety ("is safer than standard phacoemulsification") is about these measures
_SAFE = rx(r"\bsafe\w*")
# an effect the sentence states of its own ("significantly reduced", "higher in group A"); inside a negation's scope
# it is part of the null ("did not reduce"). The words: trial_reading.yaml own_effect_words
@lru_cache(maxsize=1)
def _effect() -> re.Pattern:
    return rx(r"^(?:" + alternation("trial_reading", "own_effect_words") + r")$")


@lru_cache(maxsize=1)
def _other_outcome() -> re.Pattern:
    """An outcome besides the side measures: outcome_polarity.yaml's outcomes (those that are not side measures
    themselves, "adverse event*") and trial_reading.yaml's efficacy_nouns."""
    lex = vocabulary("outcome_polarity")
    words = [w for w in (*lex["lower_is_better"], *lex["higher_is_better"]) if not _side().search(w.rstrip("*"))]
    return phrase_pattern([*words, *vocabulary("trial_reading")["efficacy_nouns"]])


def _about_side_measures(claim) -> bool:
    """A claim about safety or another side measure ("safer than", "complications") keeps their findings."""
    return bool(_side().search(claim.title) or _SAFE.search(claim.title))


def _states_own_effect(sentence: str) -> bool:
    """An effect the sentence states of its own, outside a negation's scope ("significantly reduced")."""
    words = mark_negation(sentence, to_clause_end=True, negation=CLAUSE_NEGATION).split()
    return any(_effect().match(w.strip(".,;:()")) for w in words if not w.startswith("NOT_"))


def is_side_finding(claim, sentence: str, abbreviations: dict[str, str] | None = None) -> bool:
    """Whether ``sentence`` reports only a null on a measure besides ``claim``'s outcome (see the module doc)."""
    if not _side().search(sentence) or not NULL.search(sentence):
        return False
    if _about_side_measures(claim) or names_concept(claim.condition, sentence, abbreviations):
        return False
    # another outcome named beside the side measure: the null may be on it ("no difference in graft quality …, with
    # no patients suffering any adverse effects")
    if _other_outcome().search(_side().sub(" ", sentence)):
        return False
    return not _states_own_effect(sentence)


def without_side_findings(claim, concl: list[str], results: list[str],
                          abbreviations: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """(conclusion, results) with the side findings set aside; both as given when nothing else would be left."""
    keep_c = [s for s in concl if not is_side_finding(claim, s, abbreviations)]
    keep_r = [s for s in results if not is_side_finding(claim, s, abbreviations)]
    if not keep_c and not keep_r:
        return concl, results
    if not keep_c and concl:
        # the conclusion slot must not go empty while results remain: the readers take an empty conclusion for
        # an abstract without one; keep the conclusion as given
        return concl, keep_r
    return keep_c, keep_r


@lru_cache(maxsize=1)
def _side_null() -> re.Pattern:
    """A null said of a side measure: an opener of ``side_null_openers`` (trial_reading.yaml), at most two
    words, then a side measure ("without significant side-effects", "with no adverse events")."""
    return rx(r"[,;]?\s*\b(?:" + alternation("trial_reading", "side_null_openers") + r")\s+(?:[\w-]+\s+){0,2}?(?:"
              + alternation("trial_reading", "side_measures") + r")\b")


def without_side_nulls(claim, sentences: list[str]) -> tuple[list[str], dict[str, str]]:
    """``sentences`` with their nulls on side measures taken out where what is left states an effect of its own
    and no null of its own; and each changed sentence's original (to show). Unchanged for a claim about such a
    measure ("safer than", "complications"), as :func:`is_side_finding` is."""
    if _about_side_measures(claim):
        return sentences, {}
    out, originals = [], {}
    for s in sentences:
        rest = _side_null().sub("", s)
        if rest != s and _states_own_effect(rest) and not NULL.search(rest):
            originals[rest] = s
            s = rest
        out.append(s)
    return out, originals
