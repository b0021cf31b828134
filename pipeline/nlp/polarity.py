"""Outcome polarity: which way an outcome is better, and what a finding then means for a therapy.

A finding says the intervention *increased* or *decreased* an outcome against its comparator
(Evidence Inference's convention); whether that is a benefit depends on the outcome: less pain is
better, more function is better. The lists are data (``data/lexicons/outcome_polarity.yaml``).
An outcome in neither list is "unclear": we never guess which way is good.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.vocabulary import phrase_pattern, vocabulary

BENEFITS = ("benefit", "harm", "no_difference", "unclear")


@lru_cache(maxsize=2)
def _phrases(durations: bool = False) -> tuple[tuple[re.Pattern, int, str], ...]:
    lists = [("lower_is_better", "lower"), ("higher_is_better", "higher")]
    if durations:
        lists.append(("higher_is_better_durations", "higher"))
    out = []
    for key, sign in lists:
        for w in vocabulary("outcome_polarity")[key]:
            out.append((phrase_pattern((w,), edges="hyphen"), len(w), sign))
    return tuple(out)


# cached: the findings reader asks for the same outcome's polarity for every sentence it reads of a comparison
@lru_cache(maxsize=4096)
def polarity(outcome: str, *, durations: bool = False) -> str | None:
    """"lower" (lower is better), "higher" (higher is better) or None when unknown or contradictory:
    the longest phrase of either list found in ``outcome`` decides; a tie between lists is None.
    ``durations``: also read the durations of relief (``higher_is_better_durations``), which the
    findings classifier was not trained with and so does not read."""
    best: dict[str, int] = {}
    for pat, n, sign in _phrases(durations):
        if pat.search(outcome or ""):
            best[sign] = max(best.get(sign, 0), n)
    if not best:
        return None
    if len(best) == 2:
        if best["lower"] == best["higher"]:
            return None
        return max(best, key=best.get)
    return next(iter(best))


def benefit(label: str, outcome: str) -> str:
    """"benefit", "harm", "no_difference" or "unclear" for the intervention: ``label`` is a finding
    label (increased, decreased, no_difference, unclear; the contract's significantly_… spellings are
    read too); "unclear" when the outcome's polarity is unknown."""
    lab = str(label).removeprefix("significantly_")
    if lab in ("no_difference", "no_significant_difference"):
        return "no_difference"
    if lab not in ("increased", "decreased"):
        return "unclear"
    pol = polarity(outcome)
    if pol is None:
        return "unclear"
    good_up = pol == "higher"
    return "benefit" if (lab == "increased") == good_up else "harm"
