"""Abbreviations an article defines ("bone marrow aspirate concentrate (BMAC)"): scispaCy's
AbbreviationDetector (Schwartz & Hearst) on the scispaCy tokenizer, and nothing else.

The detector reads tokens and parentheses only — no sentences, entities or model — so this pipeline
finds exactly what the full NLP pipeline finds, at a fraction of its cost (no sentencizer, no NER,
no entity ruler). The linker asks once per article and link run (:mod:`pipeline.claims.reading`).
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy

# after importing spaCy, which sets its own warning filters: scispaCy's AbbreviationDetector warns on every doc when its optional global matcher is empty.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")


@lru_cache(maxsize=1)
def _detector():
    import scispacy.abbreviation  # noqa: F401  (registers "abbreviation_detector")

    from pipeline.nlp.tokenizer import scispacy_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = scispacy_tokenizer(nlp)
    nlp.add_pipe("abbreviation_detector")
    return nlp


def abbreviations_in(text: str) -> dict[str, str]:
    """Short form → long form for the abbreviations ``text`` defines."""
    if "(" not in text:  # every definition the detector knows is parenthesised
        return {}
    doc = _detector()(text)
    return {a.text: a._.long_form.text for a in doc._.abbreviations}
