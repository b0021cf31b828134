"""Build the spaCy pipeline: tokenizer → sentences → NER model (optional) → abbreviations → entity propagation
(with a model) → lexicon EntityRuler.

scispaCy's trained models cannot be downloaded on our machines; we train our own NER
(`evidence model train-ner`, saved to data/models/ner). A user who has a scispaCy model installed
(e.g. ``en_ner_bc5cdr_md``) or any spaCy model path passes it by name or path (``EVIDENCE_NER_MODEL``)
and it loads through the same code.
"""

from __future__ import annotations

import logging
import os
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.config import PROJECT_ROOT
from pipeline.nlp.lexicons import LexiconEntry, load_lexicons

log = logging.getLogger(__name__)
# scispaCy's AbbreviationDetector warns on every doc when its optional global matcher is empty.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")
DEFAULT_MODEL_DIR = PROJECT_ROOT / "data" / "models" / "ner"
_warned = False


def resolve_model(model: str | Path | None) -> str | None:
    """The NER model to use: explicit argument, then EVIDENCE_NER_MODEL, then data/models/ner if trained."""
    if model:
        return str(model)
    env = os.environ.get("EVIDENCE_NER_MODEL")
    if env:
        return env
    if (DEFAULT_MODEL_DIR / "meta.json").exists():
        return str(DEFAULT_MODEL_DIR)
    return None


def _warn_missing_once() -> None:
    global _warned
    if not _warned:
        _warned = True
        log.warning("no trained NER model installed: entities come from the lexicons only "
                    "(run `evidence model train-ner`, or set EVIDENCE_NER_MODEL to a scispaCy model)")


def _blank() -> Language:
    from pipeline.nlp.tokenizer import scispacy_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = scispacy_tokenizer(nlp)
    return nlp


@lru_cache(maxsize=4)
def build_nlp(model: str | None = None, *, lexicons: bool = True, extra_terms: tuple[LexiconEntry, ...] = (),
              ner: bool = True) -> Language:
    """The pipeline, cached per configuration. ``ner=False`` skips the statistical NER for speed;
    ``extra_terms`` join the lexicons' (the claim catalog's, from :func:`pipeline.claims.catalog.lexicon_entries`)."""
    import scispacy.abbreviation  # noqa: F401  (registers "abbreviation_detector")

    name = resolve_model(model) if ner else None
    if name:
        nlp = spacy.load(name, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
        log.info("NER model: %s (labels %s)", name, ", ".join(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else "-")
    else:
        if ner:
            _warn_missing_once()
        nlp = _blank()
    if not any(p in nlp.pipe_names for p in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("abbreviation_detector")
    if "ner" in nlp.pipe_names:
        import pipeline.nlp.entity_propagation  # noqa: F401  (registers "entity_propagation")

        nlp.add_pipe("entity_propagation")
    if lexicons:
        ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
        patterns = [{"label": e.label, "pattern": e.term, "id": e.concept} for e in load_lexicons(extra_terms)
                    if len(e.term) > 1]
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns)
    return nlp
