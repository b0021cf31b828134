"""A small classifier for the direction of a finding, trained on the PubMedQA dev labels.

Inputs: the conclusion's words (TF-IDF), the cue counts of the rules for conclusion and results,
and the rules' own answer. Labels: yes → supports, no → no_effect, maybe → unclear. The model
ships in ``data/models/direction_clf.npz`` (portable arrays read by :mod:`pipeline.nlp.tfidf_linear`;
no pickle) with ``direction_clf.manifest.json``; `evidence model train-direction --data PATH`
rebuilds both from PubMedQA-style labels, reproducibly. Nothing trains at run time. Reported
accuracy is out-of-fold (`evidence eval direction --data PATH`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from pipeline.claims.direction_rules import HEDGE, NULL, conclusion_and_results, cue_scores, rule_direction
from pipeline.claims.direction_rules import content_terms as _terms
from pipeline.model_files import MODELS_DIR
from pipeline.nlp.negation import mark_negation  # noqa: F401  (also read from here)

log = logging.getLogger(__name__)
MODEL_PATH = MODELS_DIR / "direction_clf.npz"
MANIFEST_PATH = MODELS_DIR / "direction_clf.manifest.json"
# only shown when a manifest is missing; a manifest records the exact command that built its model
REBUILD = "evidence model train-direction --data PUBMEDQA_FILE"
LABELS = {"yes": "supports", "no": "no_effect", "maybe": "unclear"}
FORMAT = 1  # the layout of direction_clf.npz; bumped with features_text() so old files are refused
C = 4.0


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


def resolve_data(path: Path) -> Path:
    """The PubMedQA-style file named by ``--data``: the file, or the one ``*.json`` file of a folder."""
    from pipeline.model_files import data_files

    files = data_files([path], ("*.json",))
    if len(files) != 1:
        raise FileNotFoundError(f"{path} holds {len(files)} .json files; name the one to use")
    return files[0]


def training_data(path: Path):
    """(feature texts, labels) of every record of ``path`` with a yes/no/maybe answer."""
    from pipeline.parsing import parse_path
    from pipeline.models import Article

    X, y = [], []
    for a in parse_path(path):
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
                          LogisticRegression(C=C, max_iter=3000))
    model.fit(X, y)
    return model


@dataclass
class DirectionModel:
    """The portable multinomial classifier: the label of the highest decision value."""

    scorer: "LinearTfidf"
    classes: tuple[str, ...]

    def predict(self, texts: list[str]) -> list[str]:
        return [self.classes[int(k)] for k in np.argmax(self.scorer.decision(texts), axis=1)]

    def arrays(self) -> dict[str, np.ndarray]:
        return {**self.scorer.arrays(), "classes": np.frombuffer("\n".join(self.classes).encode(), dtype=np.uint8)}

    @classmethod
    def from_arrays(cls, arrays) -> "DirectionModel":
        from pipeline.nlp.tfidf_linear import LinearTfidf

        return cls(LinearTfidf.from_arrays(arrays), tuple(bytes(arrays["classes"]).decode().split("\n")))


def portable(pipe) -> DirectionModel:
    """The shipped form of a scikit-learn fit (same predictions; tested)."""
    from pipeline.nlp.tfidf_linear import LinearTfidf

    vec, clf = pipe.steps[0][1], pipe.steps[-1][1]
    if len(clf.classes_) < 3:
        raise ValueError("the direction classifier needs yes, no and maybe examples")
    return DirectionModel(LinearTfidf.from_sklearn(vec, clf.coef_, clf.intercept_), tuple(map(str, clf.classes_)))


def manifest(path: str | None = None) -> dict:
    """The shipped classifier's manifest (checked as :func:`load_model` checks it)."""
    from pipeline.model_files import read_manifest

    return read_manifest(path or MODEL_PATH, model="direction", rebuild=REBUILD, format_version=FORMAT)


def load_model(path: str | None = None) -> DirectionModel:
    """The shipped classifier (``data/models/direction_clf.npz``, or ``path``) after checking its
    manifest; :class:`~pipeline.errors.ModelError` when it is missing or was built for other code."""
    from pipeline.model_files import load_portable

    model_path = Path(path) if path else MODEL_PATH
    return load_portable(model_path, model="direction", rebuild=REBUILD, format_version=FORMAT,
                         build=DirectionModel.from_arrays)


def train_and_save(path: Path, out_dir: Path | None = None, *, command: str | None = None,
                   dev_figures: dict | None = None) -> dict:
    """Fit on ``path``, write ``direction_clf.npz`` and its manifest into ``out_dir`` (data/models by
    default) and return the manifest. ``dev_figures`` (measured by the caller, e.g.
    ``eval_direction.direction_dev_figures``: evaluation sits above the model it measures) go into the
    manifest."""
    from pipeline.model_files import fingerprint, library_versions, save_portable

    X, y = training_data(path)
    model = portable(_fit(X, y))
    man = {
        "model": "direction", "format": FORMAT,
        "description": "direction of a finding (supports / no_effect / unclear): TF-IDF of the negation-marked "
                       "conclusion + rule cues, multinomial logistic regression",
        "trained_on": fingerprint([path]), "n_rows": len(X), "n_features": len(model.scorer.terms),
        "classes": list(model.classes),
        "settings": {"min_df": 2, "ngram_range": [1, 2], "C": C, "sublinear_tf": True},
        "libraries": library_versions("scikit-learn", "numpy"),
        "rebuild_command": command or f"evidence model train-direction --data {path}",
    }
    return save_portable(Path(out_dir) if out_dir else MODEL_PATH.parent, MODEL_PATH, model.arrays(), man,
                         dev_figures)


def predict(claim: str, concl: list[str], results: list[str], rules) -> str | None:
    """The classifier's direction; None when there is no text to read (rules decide then)."""
    if not (concl or results):
        return None
    return load_model().predict([features_text(claim, concl, results, rules)])[0]


def out_of_fold(path: Path, k: int = 5, seed: int = 7) -> tuple[list[str], list[str], list[str]]:
    """(gold, out-of-fold prediction, rules-only prediction) for every record of ``path``."""
    X, y = training_data(path)
    rules = [x.split("__rule_")[1].split()[0] for x in X]
    rng = np.random.default_rng(seed)
    folds = rng.integers(0, k, len(X))
    pred = [""] * len(X)
    for f in range(k):
        tr = [i for i in range(len(X)) if folds[i] != f]
        te = [i for i in range(len(X)) if folds[i] == f]
        m = portable(_fit([X[i] for i in tr], [y[i] for i in tr]))
        for i, p in zip(te, m.predict([X[i] for i in te])):
            pred[i] = str(p)
    return y, pred, rules
