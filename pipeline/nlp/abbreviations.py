"""Abbreviations an article defines ("bone marrow aspirate concentrate (BMAC)"): scispaCy's
AbbreviationDetector (Schwartz & Hearst) on the scispaCy tokenizer, and nothing else.

The detector reads tokens and parentheses only — no sentences, entities or model — so this pipeline
finds exactly what the full NLP pipeline finds, at a fraction of its cost (no sentencizer, no NER,
no entity ruler). The extract stage reads every article's abbreviations once (:func:`abbreviations_of`)
and stores them with its extraction (``article_abbreviations``); the linker reads them back
(:mod:`pipeline.claims.reading`) and runs spaCy itself only for an article not extracted yet.

It runs on scispaCy's own tokenizer, not on the extraction Doc: the NER model's tokenizer splits
hyphenated words ("AD-MSCs" → "AD - MSCs"), and the detector then finds other definitions (169 of
the bundled corpus's 1,259 articles differ), which would move links.
"""

from __future__ import annotations

import warnings
from functools import lru_cache


@lru_cache(maxsize=1)
def _detector():
    # spaCy is imported here, not with the module: the linker imports this module but reads the
    # abbreviations the extract stage stored, and importing spaCy costs half a second per process
    import scispacy.abbreviation  # noqa: F401  (registers "abbreviation_detector")
    import spacy

    # after importing spaCy, which sets its own warning filters: scispaCy's AbbreviationDetector warns
    # on every doc when its optional global matcher is empty.
    warnings.filterwarnings("ignore", message=r".*\[W036\].*")

    from pipeline.nlp.tokenizer import scispacy_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = scispacy_tokenizer(nlp)
    nlp.add_pipe("abbreviation_detector")
    return nlp


def defining_text(title: str, abstract: str | None) -> str:
    """The text an article's abbreviations are read in (and the linker counts mentions in): title, a
    newline, abstract."""
    return f"{title}\n{abstract}"


def abbreviations_in(text: str) -> dict[str, str]:
    """Short form → long form for the abbreviations ``text`` defines."""
    if "(" not in text:  # every definition the detector knows is parenthesised
        return {}
    doc = _detector()(text)
    return {a.text: a._.long_form.text for a in doc._.abbreviations}


def abbreviations_of(texts: list[str], batch_size: int = 64) -> list[dict[str, str]]:
    """:func:`abbreviations_in` of each of ``texts``, the detector run over them as one stream."""
    out: list[dict[str, str]] = [{} for _ in texts]
    todo = [i for i, t in enumerate(texts) if "(" in t]
    for i, doc in zip(todo, _detector().pipe((texts[i] for i in todo), batch_size=batch_size)):
        out[i] = {a.text: a._.long_form.text for a in doc._.abbreviations}
    return out
