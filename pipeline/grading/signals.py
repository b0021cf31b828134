"""What the grading reads from a study's own text, beyond the NLP stage's design/population/N: was it
really randomised, is the therapy an add-on to another treatment, does its benefit show only on
surrogate outcomes. Pure functions over title/abstract; the word lists are data
(data/lexicons/outcome_kinds.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.grading.phrases import compile_phrases, first_sentence, lexicon, sentences

# Memo size of the text readings below: they are pure functions of a record's text, and the review
# queue re-grades each claim once per judgement it could reverse (pipeline/grading/queue.py), so the
# same abstracts are read hundreds of times per report; a few thousand entries hold every study of a run.
TEXT_CACHE = 4096

_RANDOM = re.compile(r"\brandom(?:i[sz]\w*|ly|\b)", re.I)
_RETROSPECTIVE = re.compile(r"\bretrospective(?:ly)?\b", re.I)
RCT_TYPES = ("Randomized Controlled Trial",)


@lru_cache(maxsize=1)
def _kinds() -> dict:
    lex = lexicon("outcome_kinds")
    # flat word lists only: the Summary of Findings' groups and raw patterns are read by outcomes.py
    return {k: compile_phrases(v) for k, v in lex.items() if isinstance(v, list) and k != "effect_patterns"}


def says_randomised(title: str | None, abstract: str | None, publication_types=()) -> bool:
    """The record itself says the allocation was random (PublicationType or the words)."""
    return _says_randomised(title, abstract, tuple(publication_types or ()))


@lru_cache(maxsize=TEXT_CACHE)
def _says_randomised(title: str | None, abstract: str | None, publication_types: tuple[str, ...]) -> bool:
    if any(t in RCT_TYPES for t in publication_types):
        return True
    text = f"{title or ''} {abstract or ''}"
    return bool(_RANDOM.search(text)) and not _RETROSPECTIVE.search(text)


@lru_cache(maxsize=TEXT_CACHE)
def co_intervention(title: str | None, abstract: str | None) -> str | None:
    """The first co-intervention (surgery, scaffold …) the title names, else the abstract's methods
    (what every arm may receive; the therapy is then tested as an add-on)."""
    rx = _kinds()["co_interventions"]
    for text in (title or "", abstract or ""):
        m = rx.search(text)
        if m:
            return m.group(0)
    return None


@lru_cache(maxsize=TEXT_CACHE)
def surrogate_only_benefit(abstract: str | None) -> tuple[str, str] | None:
    """(clinical no-difference sentence, surrogate benefit sentence) when the abstract reports a benefit
    on imaging/arthroscopy/histology while stating no difference on clinical outcomes; else None."""
    k = _kinds()
    sents = sentences(abstract or "")
    clinical_null = [s for s in sents if k["clinical"].search(s) and k["no_difference"].search(s)]
    surrogate_better = [s for s in sents if k["surrogate"].search(s) and k["better"].search(s)
                        and not k["no_difference"].search(s)]
    if clinical_null and surrogate_better:
        return clinical_null[0], surrogate_better[0]
    return None


@lru_cache(maxsize=TEXT_CACHE)
def surrogate_outcomes_only(title: str | None, abstract: str | None) -> str | None:
    """The surrogate outcome sentence when the record names surrogate outcomes and no clinical one."""
    k = _kinds()
    sents = sentences(f"{title or ''}. {abstract or ''}")
    if first_sentence(k["clinical"], sents) is not None:
        return None
    return first_sentence(k["surrogate"], sents)
