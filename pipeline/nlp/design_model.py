"""A text classifier for design and population flags, trained on the labelled dev sets.

TF-IDF word n-grams plus the rule cues (as extra tokens) feed one logistic regression per flag.
The model is built at first use from ``../shared/dev/study_design`` and cached under
``data/models/`` (git-ignored; never committed). Accuracy is reported out-of-fold
(``evidence eval design --cv``): the training rows are never scored by a model that saw them.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.config import PROJECT_ROOT, SHARED_DIR
from pipeline.models import Article

log = logging.getLogger(__name__)
MODEL_PATH = PROJECT_ROOT / "data" / "models" / "design_clf.pkl"
TRAIN_FILES = [SHARED_DIR / "dev/study_design/random2019_dev.tsv.gz",
               SHARED_DIR / "dev/study_design/enriched_single_label_dev.tsv.gz"]
FLAGS = ("randomized_trial", "systematic_review", "meta_analysis", "protocol", "human", "rodent", "child")
MODEL_VERSION = "1"
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


def rule_tokens(article: Article) -> str:
    """The rule extractors' cues as pseudo-words, so the model can weigh them."""
    from pipeline.nlp.design import classify_design
    from pipeline.nlp.population import extract_population

    pop = extract_population(article, use_metadata=False)
    d = classify_design(article, pop, use_metadata=False)
    toks = [f"__design_{d.design}"]
    for name, val in (("rct", d.is_rct), ("sr", d.is_systematic_review), ("ma", d.is_meta_analysis),
                      ("protocol", d.is_protocol), ("human", pop.is_human), ("animal", pop.is_animal),
                      ("rodent", pop.is_rodent), ("invitro", pop.is_in_vitro), ("child", pop.is_child)):
        if val:
            toks.append(f"__{name}")
    return " ".join(toks)


def document(article: Article) -> str:
    return f"{article.title} {article.title} {article.abstract} {rule_tokens(article)}"


def training_rows() -> tuple[list[Article], dict[str, list]]:
    from pipeline.parsing import parse_path

    arts: list[Article] = []
    labels: dict[str, list] = {f: [] for f in FLAGS}
    for path in TRAIN_FILES:
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
    vectorizer: object
    classifiers: dict[str, object]
    version: str

    def predict_proba(self, articles: list[Article]) -> dict[str, np.ndarray]:
        X = self.vectorizer.transform([document(a) for a in articles])
        return {f: clf.predict_proba(X)[:, 1] for f, clf in self.classifiers.items()}


def _fit(docs: list[str], labels: dict[str, list], rows: list[int] | None = None):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    idx = list(range(len(docs))) if rows is None else rows
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=200_000, sublinear_tf=True,
                          token_pattern=r"(?u)\b\w[\w-]*\b")
    X = vec.fit_transform([docs[i] for i in idx])
    clfs = {}
    for f in FLAGS:
        keep = [k for k, i in enumerate(idx) if labels[f][i] is not None]
        y = np.array([labels[f][idx[k]] for k in keep])
        if len(set(y)) < 2:
            continue
        clf = LogisticRegression(C=8.0, class_weight="balanced", max_iter=2000)
        clf.fit(X[keep], y)
        clfs[f] = clf
    return vec, clfs


def _fingerprint() -> str:
    h = hashlib.sha256(MODEL_VERSION.encode())
    for p in TRAIN_FILES:
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def load_model() -> FlagModel | None:
    """The cached model, trained now if missing or stale; None when the dev data is unavailable."""
    if not all(p.exists() for p in TRAIN_FILES):
        log.warning("design classifier unavailable (no dev data at %s); using rules only", SHARED_DIR / "dev")
        return None
    fp = _fingerprint()
    if MODEL_PATH.exists():
        try:
            with MODEL_PATH.open("rb") as fh:
                model = pickle.load(fh)
            if model.version == fp:
                return model
        except Exception:  # stale or unreadable cache: rebuild
            pass
    log.info("training the design/population classifier on the dev sets (once; cached in %s)", MODEL_PATH)
    arts, labels = training_rows()
    docs = [document(a) for a in arts]
    vec, clfs = _fit(docs, labels)
    model = FlagModel(vec, clfs, fp)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    tmp = MODEL_PATH.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump(model, fh)
    tmp.replace(MODEL_PATH)
    return model


def out_of_fold(k: int = 5, seed: int = 13) -> tuple[list[Article], dict[str, list], dict[str, np.ndarray]]:
    """Cross-validated probabilities for every dev row (each row scored by a model that never saw it)."""
    arts, labels = training_rows()
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
        vec, clfs = _fit(docs, labels, train)
        X = vec.transform([docs[i] for i in test])
        for f, clf in clfs.items():
            probs[f][test] = clf.predict_proba(X)[:, 1]
    return arts, labels, probs
