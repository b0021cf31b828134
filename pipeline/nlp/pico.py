"""P/I/O spans: who took part (Participants), what was given (Intervention), what was measured (Outcome).

The tagger is trained on EBM-NLP's crowd spans (`evidence model train-pico --data PATH`, see
`train_pico.py`) and shipped in ``data/models/pico`` with its manifest: three CRFsuite models (one per
element, so spans of different elements may overlap, as they do in the annotations), the word
clusters their features use, and the per-element decision threshold. A missing or damaged model is a
:class:`~pipeline.errors.ModelError` (exit 9) naming the rebuild command.

A token belongs to an element when the CRF's marginal probability that it is inside one reaches the
element's threshold (``settings.thresholds`` in the manifest), or the element's span post-processing
(``settings.post``, :func:`inside_flags`) puts it inside; consecutive such tokens in one sentence form a
span. :func:`pico_spans` reads raw text; :func:`spans_of_doc` reads a Doc the NLP pipeline
already made (the extract stage), so the text is tokenised once.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import PROJECT_ROOT

DEFAULT_MODEL_DIR = PROJECT_ROOT / "data" / "models" / "pico"
MANIFEST = "manifest.json"
# 2: feature set 2 (doc_context, words three away; cue lists in cues.json beside the CRFs). A format-1
# model (feature set 1) still loads and tags as it was trained. 3: a stacked second pass
# (train_pico.train_second_pass: ``settings.stack``, ``<E>.stack.crfsuite``); a model without one is written as 2.
# 4: a CNN per element named in ``settings.neural`` (neural_pico.py: ``<E>.cnn.bin``, its static vectors and
# context-feature list), whose probabilities are averaged with that element's CRF marginals.
FORMAT = 4
READABLE_FORMATS = (1, 2, 3, 4)
# only shown when a manifest is missing; a manifest records the exact command that built its model
REBUILD = "evidence model train-pico --data EBM_NLP_FOLDER"
ELEMENTS = {"P": "Participants", "I": "Intervention", "O": "Outcome"}  # our code → EBM-NLP's name
CLUSTERS_FILE = "clusters.tsv"
CUES_FILE = "cues.json"


def model_file(element: str) -> str:
    return f"{element}.crfsuite"


@dataclass(frozen=True)
class PicoSpan:
    """One span: ``element`` is P, I or O; ``start``/``end`` are character offsets into the text read
    (title + newline + abstract in the pipeline); ``sentence`` the 0-based sentence index; ``score``
    the mean marginal probability of its tokens."""

    element: str
    start: int
    end: int
    text: str
    sentence: int
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


def read_clusters(model_dir: Path) -> dict[str, tuple[str, str]]:
    """A model folder's word clusters: word → (coarse, fine) cluster ids (``clusters.tsv``)."""
    out = {}
    for line in (Path(model_dir) / CLUSTERS_FILE).read_text(encoding="utf-8").splitlines():
        word, coarse, fine = line.split("\t")
        out[word] = (coarse, fine)
    return out


class PicoTagger:
    """The three element taggers and their word clusters, loaded from a model folder."""

    def __init__(self, model_dir: Path, manifest: dict):
        import pycrfsuite

        self.model_dir = Path(model_dir)
        self.manifest = manifest
        self.thresholds = {e: float(t) for e, t in manifest["settings"]["thresholds"].items()}
        self.post: dict[str, dict] = manifest["settings"].get("post") or {}  # per element: inside_flags
        self.clusters: dict[str, tuple[str, str]] = read_clusters(self.model_dir)
        import json

        # the cue lists the CRFs were trained with travel with them, so editing the lexicon cannot skew a model
        set2 = manifest.get("format", FORMAT) >= 2
        self.cues: dict[str, list[str]] = (
            json.loads((self.model_dir / CUES_FILE).read_text(encoding="utf-8")) if set2 else {})
        self.doc_context = set2 and bool(manifest["settings"].get("doc_context", True))
        self.wide = set2 and bool(manifest["settings"].get("wide_window", True))
        from pipeline.nlp.pico_features import set3_options

        # feature set 3 (pico_features.arm_context) for the elements the settings name (none before it)
        self.set3_elements, self.set3_kw = set3_options(manifest["settings"]) if set2 else (frozenset(), {})
        self._taggers = {}
        for e in ELEMENTS:
            t = pycrfsuite.Tagger()
            t.open(str(self.model_dir / model_file(e)))
            self._taggers[e] = t
        from pipeline.nlp.pico_features import stack_file, stack_settings

        # the stacked second pass (format 3): its elements are re-tagged from the first pass's marginals
        self.stack = stack_settings(manifest["settings"]) if manifest.get("format", FORMAT) >= 3 else {}
        self._stack_taggers = {}
        for e in (x for x in str(self.stack.get("elements", "")).split(",") if x):
            t = pycrfsuite.Tagger()
            t.open(str(self.model_dir / stack_file(e)))
            self._stack_taggers[e] = t
        # the CNNs (format 4): their probabilities averaged with the CRF marginals of their elements
        self.neural = None
        if manifest.get("format", FORMAT) >= 4 and (manifest["settings"].get("neural") or {}).get("elements"):
            from pipeline.nlp.neural_pico import NeuralElements

            self.neural = NeuralElements(self.model_dir, manifest["settings"]["neural"], self.cues, text_pipeline().vocab,
                                         self.clusters)
        self._lock = threading.Lock()  # a CRFsuite tagger holds the sequence it was last given
        self._known_features = None  # the features its CRFs know, built per word type (_known)

    def marginals(self, feats: list[list[str]], extra: list[list[str]] | None = None) -> dict[str, list[float]]:
        """Per element, each token's probability of being inside a span of it (``extra``: feature set
        3, :meth:`set3_features`, added for the elements that read it)."""
        import pycrfsuite

        if not feats:
            return {e: [] for e in ELEMENTS}
        seq = pycrfsuite.ItemSequence(feats)
        seq3 = pycrfsuite.ItemSequence([a + b for a, b in zip(feats, extra)]) if extra is not None else seq
        out = {}
        with self._lock:
            for e, t in self._taggers.items():
                t.set(seq3 if e in self.set3_elements else seq)
                out[e] = [1.0 - t.marginal("O", i) for i in range(len(feats))]
        return out

    def features(self, words: list[str], positions: list[str], sent_ids: list[int],
                 extras: list[list[str]] | None = None) -> list[list[str]]:
        """The CRF features of an abstract's tokens (as :func:`pico_features.doc_tokens` gives them) that its
        CRFs know (:class:`pico_features.KnownFeatures`: the marginals are those of every feature); ``extras``:
        their :meth:`context`, when already computed."""
        if extras is None:
            extras = self.context(words, positions, sent_ids)
        return self._known().features(words, positions, extras)

    def _known(self):
        """The :class:`pico_features.KnownFeatures` of this tagger's CRFs (first and second pass), made once."""
        if self._known_features is None:
            from pipeline.nlp.pico_features import KnownFeatures

            known = frozenset(a for t in (*self._taggers.values(), *self._stack_taggers.values())
                              for a in t.info().attributes)
            self._known_features = KnownFeatures(known, self.clusters, self.wide)
        return self._known_features

    def context(self, words: list[str], positions: list[str], sent_ids: list[int]) -> list[list[str]] | None:
        """The whole-abstract features (``pico_features.doc_context``) the CRFs read (None before format 2);
        the CNNs read them too, so they are computed once an abstract."""
        from pipeline.nlp.pico_features import doc_context

        return doc_context(words, sent_ids, positions, self.cues) if self.doc_context else None

    def second_pass(self, margs: dict[str, list[float]], feats: list[list[str]], words: list[str],
                    sent_ids: list[int], positions: list[str]) -> dict[str, list[float]]:
        """The marginals after the stacked second pass (``train_pico.train_second_pass``): each of its elements re-tagged
        from the first-pass features plus the first pass's marginals of its input elements."""
        import pycrfsuite

        from pipeline.nlp.pico_features import stack_features

        if not feats:
            return margs
        st = self.stack
        inputs = [x for x in str(st["inputs"]).split(",") if x]
        extra = stack_features(words, sent_ids, positions, {x: margs[x] for x in inputs}, window=int(st["window"]),
                               doc=bool(st["doc"]), sent=bool(st["sent"]))
        seq = pycrfsuite.ItemSequence([a + b for a, b in zip(feats, extra)])
        out = dict(margs)
        with self._lock:
            for e, t in self._stack_taggers.items():
                t.set(seq)
                out[e] = [1.0 - t.marginal("O", i) for i in range(len(feats))]
        return out

    def set3_features(self, words: list[str], sent_ids: list[int]) -> list[list[str]] | None:
        """Feature set 3 of an abstract's tokens (None when no element reads it)."""
        if not self.set3_elements:
            return None
        from pipeline.nlp.pico_features import arm_context

        return arm_context(words, sent_ids, self.cues, **self.set3_kw)

    def spans_of_doc(self, doc) -> tuple[PicoSpan, ...]:
        """The spans of a spaCy Doc (tokens and sentences as the pipeline cut them)."""
        from pipeline.nlp.pico_features import doc_tokens

        words, positions, offsets, sent_ids = doc_tokens(doc)
        ctx = self.context(words, positions, sent_ids)
        feats = self.features(words, positions, sent_ids, ctx)
        margs = self.marginals(feats, self.set3_features(words, sent_ids))
        if self._stack_taggers:
            margs = self.second_pass(margs, feats, words, sent_ids, positions)
        if self.neural is not None:
            margs = self.neural.combine(margs, words, positions, sent_ids, ctx)
        text = doc.text  # spaCy joins every token for each call: once, not once per span
        out: list[PicoSpan] = []
        for e, probs in margs.items():
            flags = inside_flags(words, sent_ids, probs, self.thresholds[e], self.post.get(e))
            i = 0
            while i < len(probs):
                if not flags[i]:
                    i += 1
                    continue
                j = i + 1
                while j < len(probs) and flags[j] and sent_ids[j] == sent_ids[i]:
                    j += 1
                start, end = offsets[i][0], offsets[j - 1][1]
                out.append(PicoSpan(e, start, end, text[start:end], sent_ids[i],
                                    round(sum(probs[i:j]) / (j - i), 4)))
                i = j
        return tuple(sorted(out, key=lambda s: (s.start, s.end, s.element)))


def inside_flags(words: list[str], sent_ids: list[int], probs: list[float], threshold: float,
                 post: dict | None = None) -> list[bool]:
    """Which tokens are inside a span of one element: marginal ≥ ``threshold``, then the span
    post-processing of ``post`` (a model's ``settings.post[element]``; none: the marginals alone):
    ``join``, words that join two spans of the same sentence into one when they are the only token
    between them ("aspirin and clopidogrel", "PRP plus microfracture"); ``recur``, a word of four letters
    or more that is inside a span somewhere in the abstract with marginal ≥ ``recur`` is inside
    wherever else it occurs with marginal ≥ ``recur_floor`` (the drug named in the arms, then again in
    the results)."""
    flags = [p >= threshold for p in probs]
    if not post:
        return flags
    n = len(flags)
    if post.get("recur"):
        hi, lo = float(post["recur"]), float(post.get("recur_floor", 0.0))
        sure = {words[i].lower() for i in range(n) if probs[i] >= hi and len(words[i]) >= 4 and words[i].isalpha()}
        for i in range(n):
            if not flags[i] and probs[i] >= lo and words[i].lower() in sure:
                flags[i] = True
    join = post.get("join")
    if join:
        join = set(join)
        for i in range(1, n - 1):
            if (not flags[i] and flags[i - 1] and flags[i + 1] and words[i].lower() in join
                    and sent_ids[i - 1] == sent_ids[i + 1]):
                flags[i] = True
    return flags


def check_model(model_dir: Path | None = None, *, verify: bool = True) -> dict:
    """The model folder's manifest after checking it (raises ModelError, exit 9)."""
    from pipeline.model_files import check_manifest

    import json

    d = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    fmt = FORMAT
    try:  # an older readable format is checked as itself; anything else fails below as FORMAT
        got = json.loads((d / MANIFEST).read_text(encoding="utf-8")).get("format")
        fmt = got if got in READABLE_FORMATS else FORMAT
    except (OSError, ValueError, AttributeError):
        pass
    # a format-4 model's CNN weights are thinc's serialisation: a new major version may not read them
    return check_manifest(d / MANIFEST, model="pico", rebuild=REBUILD, format_version=fmt,
                          same_major=("python-crfsuite",) + (("thinc",) if fmt >= 4 else ()), verify=verify)


@lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None) -> PicoTagger:
    """The shipped (or given) tagger, checked against its manifest once per process."""
    d = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    return PicoTagger(d, check_model(d))


def model_version(model_dir: str | None = None) -> str:
    """A short id of the model's files and of the settings that decide its spans (thresholds,
    post-processing) from its manifest: part of the extractor version, so a retrained or re-set tagger
    re-extracts every article."""
    import hashlib
    import json

    man = load_tagger(model_dir).manifest
    key = {"files": man["files"]}
    settings = man.get("settings", {})
    if settings.get("post"):  # a model without post-processing keeps the id it had before it existed
        key.update(thresholds=settings.get("thresholds"), post=settings["post"])
    if settings.get("neural"):  # the CNN's weight in the average decides spans too
        key.update(thresholds=settings.get("thresholds"), neural=settings["neural"])
    return hashlib.sha256(json.dumps(key if len(key) > 1 else man["files"], sort_keys=True).encode()).hexdigest()[:8]


@lru_cache(maxsize=1)
def text_pipeline():
    """A light spaCy pipeline that cuts raw text the way the NER model's pipeline does (tokens, sentences)."""
    import spacy

    from pipeline.nlp.tokenizer import ner_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = ner_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


def pico_spans(text: str, model_dir: str | None = None) -> tuple[PicoSpan, ...]:
    """The P/I/O spans of a text (a title and abstract, or any passage), by the shipped tagger."""
    return load_tagger(model_dir).spans_of_doc(text_pipeline()(text))


def pico_spans_batch(texts: list[str], model_dir: str | None = None, batch_size: int = 64) -> list[tuple[PicoSpan, ...]]:
    """:func:`pico_spans` over many texts (tokenised with ``nlp.pipe``)."""
    tagger = load_tagger(model_dir)
    return [tagger.spans_of_doc(doc) for doc in text_pipeline().pipe(texts, batch_size=batch_size)]
