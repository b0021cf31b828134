"""A text classifier for design and population flags, trained on the labelled dev sets.

TF-IDF word n-grams plus the rule cues (as extra tokens) feed one logistic regression per flag.
The model ships in ``data/models/design_clf.npz`` (vocabulary, idf and coefficients as plain arrays,
read by the numpy predictor in :mod:`pipeline.nlp.tfidf_linear`; no pickle) with
``design_clf.manifest.json``; `evidence model train-design --data PATH` rebuilds both, reproducibly.
Nothing trains at run time: a missing or incompatible model is a
:class:`~pipeline.errors.ModelError`. Accuracy is reported out-of-fold (`evidence eval design
--data PATH`): the training rows are never scored by a model that saw them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.model_files import MODELS_DIR
from pipeline.models import Article
from pipeline.nlp.tfidf_linear import LinearTfidf, sigmoid

log = logging.getLogger(__name__)
MODEL_PATH = MODELS_DIR / "design_clf.npz"
MANIFEST_PATH = MODELS_DIR / "design_clf.manifest.json"
# only shown when a manifest is missing; a manifest records the exact command that built its model
REBUILD = "evidence model train-design --data STUDY_DESIGN_FOLDER"
DATA_PATTERNS = ("*.tsv.gz", "*.tsv", "*.csv", "*.csv.gz", "*.jsonl")
FORMAT = 1  # the layout of design_clf.npz; bumped with document() or the arrays, so old files are refused
# vectorizer and regression settings (the vocabulary cap keeps the shipped file small; see README)
MAX_FEATURES = 200_000
C = 8.0
FLAGS = ("randomized_trial", "systematic_review", "meta_analysis", "protocol", "human", "rodent", "child")
# Probability thresholds chosen on out-of-fold predictions of the dev sets (see eval report).
THRESHOLDS = {"randomized_trial": 0.3, "systematic_review": 0.25, "meta_analysis": 0.3, "protocol": 0.4,
              "human": 0.6, "rodent": 0.3, "child": 0.45}

# single-label class → flag values it implies (None: the class says nothing about that flag)
SINGLE = {
    "meta_analysis": {"meta_analysis": 1, "systematic_review": None, "randomized_trial": 0, "protocol": 0, "rodent": 0},
    "systematic_review": {"systematic_review": 1, "meta_analysis": 0, "randomized_trial": 0, "protocol": 0, "rodent": 0},
    "randomized_trial": {"randomized_trial": 1, "systematic_review": 0, "meta_analysis": 0, "protocol": 0, "rodent": 0, "human": 1},
    "protocol": {"protocol": 1, "systematic_review": None, "meta_analysis": 0, "randomized_trial": None, "rodent": 0},
    "rodent": {"rodent": 1, "systematic_review": 0, "meta_analysis": 0, "randomized_trial": 0, "protocol": 0, "human": 0},
    "human_intervention": {"human": 1, "rodent": 0, "systematic_review": 0, "meta_analysis": 0, "protocol": 0},
    "misc": {},
}


def text_rules(article: Article) -> tuple:
    """(population, design) the rule extractors read from the text alone (no MeSH, no PublicationType):
    what :func:`rule_tokens` shows the model, and what the extract stage starts from. The population is read as the
    model was trained on it: a reagent's source species counted among the species (``reagent_species``; the extract
    stage reads the population again without them, :func:`pipeline.nlp.evidence.extract_evidence`)."""
    from pipeline.nlp.design import classify_design
    from pipeline.nlp.population import extract_population

    pop = extract_population(article, use_metadata=False, reagent_species=True)
    return pop, classify_design(article, pop, use_metadata=False)


def rule_tokens(article: Article, rules: tuple | None = None) -> str:
    """The rule extractors' cues as pseudo-words, so the model can weigh them. ``rules``: the
    article's :func:`text_rules` when the caller has them already (they are read once per article)."""
    pop, d = rules if rules is not None else text_rules(article)
    toks = [f"__design_{d.design}"]
    for name, val in (("rct", d.is_rct), ("sr", d.is_systematic_review), ("ma", d.is_meta_analysis),
                      ("protocol", d.is_protocol), ("human", pop.is_human), ("animal", pop.is_animal),
                      ("rodent", pop.is_rodent), ("invitro", pop.is_in_vitro), ("child", pop.is_child)):
        if val:
            toks.append(f"__{name}")
    return " ".join(toks)


def document(article: Article, rules: tuple | None = None) -> str:
    """The text the classifier reads: title twice, abstract, :func:`rule_tokens`."""
    return f"{article.title} {article.title} {article.abstract} {rule_tokens(article, rules)}"


def resolve_data(paths) -> list[Path]:
    """The labelled files named by ``--data`` (files as given; a folder's tsv/csv/jsonl files, sorted)."""
    from pipeline.model_files import data_files

    return data_files(paths if isinstance(paths, (list, tuple)) else [paths], DATA_PATTERNS)


def training_rows(paths: list[Path]) -> tuple[list[Article], dict[str, list]]:
    """Every labelled record of ``paths`` and its flags (None where a single-label class says nothing)."""
    from pipeline.parsing import parse_path

    arts: list[Article] = []
    labels: dict[str, list] = {f: [] for f in FLAGS}
    for path in paths:
        for a in parse_path(path):
            if not isinstance(a, Article):
                continue
            arts.append(a)
            cls = (a.extra.get("class") or "").strip()
            for f in FLAGS:
                if f in a.extra:
                    labels[f].append(int(str(a.extra[f]).strip() == "1"))
                else:
                    labels[f].append(SINGLE.get(cls, {}).get(f))
    return arts, labels


@dataclass
class FlagModel:
    """One portable TF-IDF + logistic-regression scorer per flag (rows of ``scorer.coef``)."""

    scorer: LinearTfidf
    flags: tuple[str, ...]

    def predict_proba(self, articles: list[Article], rules: list[tuple] | None = None) -> dict[str, np.ndarray]:
        """Per flag, each article's probability; ``rules``: the articles' :func:`text_rules`, if read."""
        rules = rules if rules is not None else [None] * len(articles)
        p = sigmoid(self.scorer.decision([document(a, r) for a, r in zip(articles, rules)]))
        return {f: p[:, k] for k, f in enumerate(self.flags)}

    def arrays(self) -> dict[str, np.ndarray]:
        return {**self.scorer.arrays(), "flags": np.frombuffer("\n".join(self.flags).encode(), dtype=np.uint8)}

    @classmethod
    def from_arrays(cls, arrays) -> "FlagModel":
        flags = tuple(bytes(arrays["flags"]).decode().split("\n"))
        return cls(LinearTfidf.from_arrays(arrays), flags)


TOKENS = r"(?u)\b\w[\w-]*\b"


def capped_vocabulary(texts: list[str], cap: int = MAX_FEATURES, min_df: int = 2) -> dict[str, int]:
    """The ``cap`` most frequent word 1-2-grams found in at least ``min_df`` texts; among terms of equal
    frequency the alphabetically first. scikit-learn's ``max_features`` breaks those ties with numpy's
    unstable sort, whose order depends on the processor (AVX-512 machines sort with other code), so the
    same data gave different vocabularies on different machines; a stable sort gives one everywhere."""
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(ngram_range=(1, 2), min_df=min_df, token_pattern=TOKENS)
    X = counter.fit_transform(texts)
    terms = counter.get_feature_names_out()  # alphabetical
    if len(terms) > cap:
        freq = np.asarray(X.sum(axis=0)).ravel()
        keep = np.sort(np.argsort(-freq, kind="stable")[:cap])  # stable: ties stay in alphabetical order
        terms = terms[keep]
    return {str(t): i for i, t in enumerate(terms)}


def _fit(docs: list[str], labels: dict[str, list], rows: list[int] | None = None):
    """scikit-learn fit on ``rows``: (vectorizer, {flag: classifier}) for every flag with both classes."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    idx = list(range(len(docs))) if rows is None else rows
    texts = [docs[i] for i in idx]
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=TOKENS,
                          vocabulary=capped_vocabulary(texts))
    X = vec.fit_transform(texts)
    clfs = {}
    for f in FLAGS:
        keep = [k for k, i in enumerate(idx) if labels[f][i] is not None]
        y = np.array([labels[f][idx[k]] for k in keep])
        if len(set(y)) < 2:
            continue
        clf = LogisticRegression(C=C, class_weight="balanced", max_iter=2000)
        clf.fit(X[keep], y)
        clfs[f] = clf
    return vec, clfs


def portable(vec, clfs: dict) -> FlagModel:
    """The shipped form of a scikit-learn fit (same probabilities; tested)."""
    flags = tuple(f for f in FLAGS if f in clfs)
    coef = np.vstack([clfs[f].coef_[0] for f in flags])
    intercept = np.array([clfs[f].intercept_[0] for f in flags])
    return FlagModel(LinearTfidf.from_sklearn(vec, coef, intercept), flags)


def load_model(path: str | None = None) -> FlagModel:
    """The shipped classifier (``data/models/design_clf.npz``, or ``path``), after checking its manifest.
    Raises :class:`~pipeline.errors.ModelError` when it is missing or was built for other code."""
    from pipeline.model_files import load_portable

    model_path = Path(path) if path else MODEL_PATH
    return load_portable(model_path, model="design", rebuild=REBUILD, format_version=FORMAT,
                         build=FlagModel.from_arrays)


def train_and_save(paths: list[Path], out_dir: Path | None = None, *, command: str | None = None,
                   dev_figures: dict | None = None) -> dict:
    """Fit on ``paths``, write ``design_clf.npz`` and its manifest into ``out_dir`` (data/models by
    default) and return the manifest. ``dev_figures`` (measured by the caller, e.g.
    ``eval_extraction.design_dev_figures``: evaluation sits above the model it measures) go into the
    manifest."""
    from pipeline.model_files import fingerprint, library_versions, save_portable

    arts, labels = training_rows(paths)
    docs = [document(a) for a in arts]
    model = portable(*_fit(docs, labels))
    manifest = {
        "model": "design", "format": FORMAT,
        "description": "design/population flags: TF-IDF word 1-2-grams + rule cues, one logistic regression per flag",
        "trained_on": fingerprint(paths), "n_rows": len(arts), "n_features": len(model.scorer.terms),
        "flags": list(model.flags), "thresholds": {f: THRESHOLDS[f] for f in model.flags},
        "settings": {"max_features": MAX_FEATURES, "min_df": 2, "ngram_range": [1, 2], "C": C,
                     "class_weight": "balanced", "sublinear_tf": True},
        "libraries": library_versions("scikit-learn", "numpy"),
        "rebuild_command": command or "evidence model train-design " + " ".join(f"--data {p}" for p in paths),
    }
    return save_portable(Path(out_dir) if out_dir else MODEL_PATH.parent, MODEL_PATH, model.arrays(), manifest,
                         dev_figures)


def out_of_fold(paths: list[Path], k: int = 5, seed: int = 13) -> tuple[list[Article], dict[str, list], dict[str, np.ndarray]]:
    """Cross-validated probabilities for every row of ``paths`` (each scored by a model that never saw it),
    through the portable predictor as shipped."""
    arts, labels = training_rows(paths)
    docs = [document(a) for a in arts]
    # keep duplicate PMIDs (a record present in both files) in the same fold
    pm = [a.pmid for a in arts]
    rng = np.random.default_rng(seed)
    uniq = sorted(set(pm))
    fold_of = {p: int(f) for p, f in zip(uniq, rng.integers(0, k, len(uniq)))}
    probs = {f: np.full(len(arts), np.nan) for f in FLAGS}
    for fold in range(k):
        train = [i for i, p in enumerate(pm) if fold_of[p] != fold]
        test = [i for i, p in enumerate(pm) if fold_of[p] == fold]
        model = portable(*_fit(docs, labels, train))
        p = sigmoid(model.scorer.decision([docs[i] for i in test]))
        for j, f in enumerate(model.flags):
            probs[f][test] = p[:, j]
    return arts, labels, probs


def manifest(path: str | None = None) -> dict:
    """The shipped classifier's manifest (checked as :func:`load_model` checks it)."""
    from pipeline.model_files import read_manifest

    return read_manifest(path or MODEL_PATH, model="design", rebuild=REBUILD, format_version=FORMAT)
