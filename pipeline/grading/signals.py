"""What the grading reads from a study's own text, beyond the NLP stage's design/population/N: was it
really randomised, is the therapy an add-on to another treatment, does its benefit show only on
surrogate outcomes. Pure functions over title/abstract; the word lists are data
(data/lexicons/outcome_kinds.yaml; "no difference" in no_difference.yaml; comparative titles are cut by
pipeline/nlp/title_comparison.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.mentions import concept_regex
from pipeline.grading.phrases import compile_phrases, first_sentence, lexicon, sentences
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.title_comparison import MASK
from pipeline.nlp.vocabulary import no_difference_phrases
from pipeline.nlp.title_comparison import sides as title_sides

# Memo size of the text readings below: they are pure functions of a record's text, and the review
# queue re-grades each claim once per judgement it could reverse (pipeline/grading/queue.py), so the
# same abstracts are read hundreds of times per report; a few thousand entries hold every study of a run.
TEXT_CACHE = 4096

# (not a statistical model's "random-effects" - every meta-analysis of observational studies may use one - nor "a random
# sample" of whom a survey asked: neither says how treatments were allocated)
_RANDOM = compile_guarded(r"\brandom(?:i[sz]\w*|ly|\b)(?![- ](?:effects?|samples?|sampling)\b)", re.I)
_RETROSPECTIVE = compile_guarded(r"\bretrospective(?:ly)?\b", re.I)
RCT_TYPES = ("Randomized Controlled Trial",)


@lru_cache(maxsize=1)
def _kinds() -> dict:
    lex = lexicon("outcome_kinds")
    # flat word lists only: the Summary of Findings' groups and raw patterns are read by outcomes.py
    return {k: compile_phrases(v) for k, v in lex.items() if isinstance(v, list) and k != "effect_patterns"} | {
        "no_difference": compile_phrases(no_difference_phrases("grading"))}


def says_randomised(title: str | None, abstract: str | None, publication_types=()) -> bool:
    """The record itself says the allocation was random (PublicationType or the words)."""
    return _says_randomised(title, abstract, tuple(publication_types or ()))


@lru_cache(maxsize=TEXT_CACHE)
def _says_randomised(title: str | None, abstract: str | None, publication_types: tuple[str, ...]) -> bool:
    if any(t in RCT_TYPES for t in publication_types):
        return True
    text = f"{title or ''} {abstract or ''}"
    return bool(_RANDOM.search(text)) and not _RETROSPECTIVE.search(text)


def _stem(word: str) -> str:
    """"microfractures", "microfracturing" and "microfracture" are one word here."""
    return re.sub(r"(?:es|e|s|ing|ed)$", "", word.lower())


def _names_rx(names: tuple[str, ...]) -> re.Pattern | None:
    """The therapy's names as the linker finds them (:func:`pipeline.claims.mentions.concept_regex`: hyphen, dash and
    space alike, a plural naming one - "Umbilical Cord Blood–Derived Mesenchymal Stem Cell Implantation Versus
    Microfracture" names "umbilical cord blood-derived mesenchymal stem cells"), so the grader's comparator side of a
    title is the linker's; None for no name."""
    names = tuple(n for n in names if n and n.strip())
    return concept_regex(names) if names else None


def comparator_words(title: str | None, therapy_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The co-intervention words (microfracture, hydrogel …) a comparative title names only on the
    comparator's side: what the therapy is compared with, not what it is given with."""
    sides = title_sides(title or "", _names_rx(tuple(therapy_names)))
    if sides is None:
        return ()
    rx = _kinds()["co_interventions"]
    mine = {_stem(m.group(0)) for p in sides.mine for m in rx.finditer(p)}
    return tuple(dict.fromkeys(w for p in sides.other for m in rx.finditer(p)
                               if _stem(w := m.group(0).lower()) not in mine))


@lru_cache(maxsize=TEXT_CACHE)
def co_intervention(title: str | None, abstract: str | None, therapy_names: tuple[str, ...] = (),
                    setting: str = "") -> str | None:
    """The first co-intervention (surgery, scaffold …) given with the therapy: from the title, else
    the abstract (what every arm may receive; the therapy is then tested as an add-on).

    With the claim's ``therapy_names`` (its name and synonyms): a word that is part of the therapy's
    own name is the therapy, not something added to it ("matrix-induced" of matrix-induced ACI,
    "mosaicplasty" for osteochondral autografts); and a word a comparative title names only on the
    comparator's side ("OAT versus microfracture", "hydrogel implant is as effective as OAT") is what
    the therapy is compared with — not an add-on, in the title or the abstract. A word of the claim's
    condition (``setting``: "rehabilitation after matrix-induced autologous chondrocyte implantation") is
    where every patient of the claim is, not something added to the therapy."""
    rx = _kinds()["co_interventions"]
    names = tuple(therapy_names or ())
    own = _names_rx(names)
    part_of_therapy = tuple(n.lower() for n in names)
    compared = {_stem(w) for w in comparator_words(title, names)}
    sides = title_sides(title or "", own)
    texts = (" ".join(sides.mine), abstract or "") if sides is not None else (title or "", abstract or "")
    for text in texts:
        if own is not None:
            text = own.sub(MASK, text)
        for m in rx.finditer(text):
            w = m.group(0).lower()
            # whole words: "drilling" is not part of "microdrilling"
            if _stem(w) in compared or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", n)
                                           for n in (*part_of_therapy, setting.lower())):
                continue
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
