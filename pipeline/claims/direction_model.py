"""A small classifier for the direction of a finding, trained on the PubMedQA dev labels.

Inputs: the conclusion's words (TF-IDF), the cue counts of the rules for conclusion and results,
and the rules' own answer. Labels: yes → supports, no → no_effect, maybe → unclear. The model is
trained at first use from ``../shared/dev/direction`` and cached under ``data/models/``; reported
accuracy is out-of-fold (`evidence eval direction`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import pickle
import re
from functools import lru_cache

import numpy as np

from pipeline.claims.direction_rules import HEDGE, NULL, conclusion_and_results, cue_scores, rule_direction
from pipeline.claims.direction_rules import content_terms as _terms
from pipeline.config import PROJECT_ROOT, SHARED_DIR
from pipeline.nlp.negation import mark_negation  # noqa: F401  (also read from here)

log = logging.getLogger(__name__)
DATA = SHARED_DIR / "dev/direction/pubmedqa_dev.json"
MODEL_PATH = PROJECT_ROOT / "data" / "models" / "direction_clf.pkl"
LABELS = {"yes": "supports", "no": "no_effect", "maybe": "unclear"}
VERSION = "2"


def features_text(claim: str, concl: list[str], results: list[str], rules) -> str:
    c = cue_scores(concl)
    r = cue_scores(results)
    toks = [f"__rule_{rules.direction}"]
    q = re.findall(r"[a-z]+", claim.lower())
    if q:
        toks.append("__q_" + "_".join(q[:2]))
    qt = _terms(claim)
    for s in concl:
        overlap = len(_terms(s) & qt)
        if overlap >= 2:
            toks.append("__qs_null" if NULL.search(s) else "__qs_hedge" if HEDGE.search(s) else "__qs_plain")
        # a claim term inside a negation's scope ("X was not associated with Y") speaks against it
        toks += ["__neg_qterm" for w in mark_negation(s).split() if w.startswith("NOT_") and w[4:] in qt]
        if overlap >= 1 and NULL.search(s):
            toks.append("__null_q")
    for k, v in c.items():
        toks += [f"__c_{k}"] * int(min(v, 3))
    for k, v in r.items():
        toks += [f"__r_{k}"] * int(min(v, 2))
    return mark_negation(" ".join(concl)) + " " + " ".join(toks)


def training_data():
    from pipeline.parsing import parse_path
    from pipeline.models import Article

    X, y = [], []
    for a in parse_path(DATA):
        if not isinstance(a, Article) or a.extra.get("final_decision") not in LABELS:
            continue
        claim = a.extra.get("claim", "")
        concl, results = conclusion_and_results(a)
        X.append(features_text(claim, concl, results, rule_direction(claim, concl, results)))
        y.append(LABELS[a.extra["final_decision"]])
    return X, y


def _fit(X, y):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True,
                                          token_pattern=r"(?u)\b\w[\w-]*\b"),
                          LogisticRegression(C=4.0, max_iter=3000))
    model.fit(X, y)
    return model


def _fingerprint() -> str:
    return hashlib.sha256(VERSION.encode() + (DATA.read_bytes() if DATA.exists() else b"")).hexdigest()[:16]


@lru_cache(maxsize=1)
def load_model():
    if not DATA.exists():
        return None
    fp = _fingerprint()
    if MODEL_PATH.exists():
        try:
            with MODEL_PATH.open("rb") as fh:
                version, model = pickle.load(fh)
            if version == fp:
                return model
        except Exception:
            pass
    X, y = training_data()
    model = _fit(X, y)
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    tmp = MODEL_PATH.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump((fp, model), fh)
    tmp.replace(MODEL_PATH)
    return model


def predict(claim: str, concl: list[str], results: list[str], rules) -> str | None:
    """The classifier's direction, or None when no model can be had (rules decide then)."""
    model = load_model()
    if model is None or not (concl or results):
        return None
    return str(model.predict([features_text(claim, concl, results, rules)])[0])


def out_of_fold(k: int = 5, seed: int = 7) -> tuple[list[str], list[str], list[str]]:
    """(gold, out-of-fold prediction, rules-only prediction) for every dev record."""
    X, y = training_data()
    rules = [x.split("__rule_")[1].split()[0] for x in X]
    rng = np.random.default_rng(seed)
    folds = rng.integers(0, k, len(X))
    pred = [""] * len(X)
    for f in range(k):
        tr = [i for i in range(len(X)) if folds[i] != f]
        te = [i for i in range(len(X)) if folds[i] == f]
        m = _fit([X[i] for i in tr], [y[i] for i in tr])
        for i, p in zip(te, m.predict([X[i] for i in te])):
            pred[i] = str(p)
    return y, pred, rules
