"""Build the spaCy pipeline: tokenizer → sentences → NER model (optional) → abbreviations → entity propagation
(with a model) → lexicon EntityRuler.

scispaCy's trained models cannot be downloaded on our machines; we train our own NER and ship it in
``data/models/ner`` (spaCy's ``to_disk`` folder, word vectors inside, with ``manifest.json``; rebuilt by
`evidence model train-ner --data PATH`). It is loaded by default, after checking its manifest: a
missing model or one built by another spaCy major.minor is a :class:`~pipeline.errors.ModelError`
(exit 9) naming the file and the rebuild command. A user who has a scispaCy model installed (e.g.
``en_ner_bc5cdr_md``) or any spaCy model path passes it by name or path (``EVIDENCE_NER_MODEL``) and it
loads through the same code; ``EVIDENCE_NER_MODEL=none`` runs on the lexicons alone, by explicit choice.
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
from pipeline.nlp.tokenizer import guarded

log = logging.getLogger(__name__)
# scispaCy's AbbreviationDetector warns on every doc when its optional global matcher is empty.
warnings.filterwarnings("ignore", message=r".*\[W036\].*")
# Python's re warns when spaCy recompiles the saved tokenizer's punctuation classes ("[[" inside a
# character class); the pattern means what it says, and the shipped NER now loads on every run.
warnings.filterwarnings("ignore", message=r"Possible set union", category=FutureWarning)
DEFAULT_MODEL_DIR = PROJECT_ROOT / "data" / "models" / "ner"
NO_MODEL = "none"  # EVIDENCE_NER_MODEL=none: lexicons only, chosen explicitly


def resolve_model(model: str | Path | None) -> str | None:
    """The NER model to use: explicit argument, then EVIDENCE_NER_MODEL, then the shipped
    data/models/ner. None only when EVIDENCE_NER_MODEL is ``none``."""
    if model:
        return str(model)
    env = os.environ.get("EVIDENCE_NER_MODEL")
    if env:
        return None if env.strip().lower() == NO_MODEL else env
    return str(DEFAULT_MODEL_DIR)


def check_ner_model(name: str) -> None:
    """Raise :class:`~pipeline.errors.ModelError` when the shipped model (or a folder we built, which
    carries our manifest) is missing, incomplete, or was built by another spaCy major.minor.
    Other models (a scispaCy package, a folder of one) are left to spaCy."""
    from pipeline.model_files import check_manifest
    from pipeline.nlp.ner_files import FORMAT, MANIFEST, REBUILD

    path = Path(name)
    if path.resolve() == DEFAULT_MODEL_DIR.resolve() or (path / MANIFEST).exists():
        check_manifest(path / MANIFEST, model="ner", rebuild=REBUILD, format_version=FORMAT, same_minor=("spacy",))


def use_system_blas(nlp: Language) -> None:
    """Give every thinc layer of ``nlp``'s trained components numpy's matrix product instead of cython-blis's.

    Why: thinc multiplies with cython-blis by default, and on the CPUs we run on (AMD EPYC, AVX2) its
    kernel took about three times the CPU of numpy's OpenBLAS for the NER's shapes (gemm 2000x288x288:
    19.5 ms against 5.4 ms, one thread each); the NER was half the extract stage. The entities are the
    same: checked on every bundled and workshop abstract with the shipped model (README's benchmarks table;
    tests/test_ner_blas.py compares them on the fixtures' abstracts). Setting
    the ops on each layer, not only around ``spacy.load``: one output layer is made outside that context.
    Call the model inside :func:`one_blas_thread` (blis ran on one thread; so should this)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


def one_blas_thread():
    """A context in which numpy's BLAS uses one thread: the extract workers already take every core,
    and one thread spends the least CPU on the NER's small products."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1, user_api="blas")


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
        check_ner_model(name)
        nlp = spacy.load(name, exclude=["parser", "tagger", "attribute_ruler", "lemmatizer"])
        nlp.tokenizer = guarded(nlp.tokenizer)  # the model's saved tokenizer, its patterns compiled to skip ahead
        use_system_blas(nlp)
        log.info("NER model: %s (labels %s)", name, ", ".join(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else "-")
    else:
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
