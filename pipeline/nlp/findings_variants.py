"""Other readers of a comparison's finding, scored against the shipped one on five-fold cross-validation
of Evidence Inference's TRAIN split (issue 17, session 12). None of them ships; they are kept so the
figures in docs/measurement-history.md (findings, session 12) can be re-run (``evidence eval findings-variants
--data EI_FOLDER``) and the next idea can be scored the same way.

Every variant is read on the same folds as :mod:`pipeline.nlp.findings_cv` (by a hash of the PMCID),
with the same refitted sentence ranker and the same training rows
(:func:`~pipeline.nlp.findings_data.training_rows`); only the classifier or the view of the sentence
differs:

- ``shipped``: TF-IDF 1-3-grams + logistic regression over :func:`~pipeline.nlp.findings.features_text`
  (what ships; the baseline the others are compared with, from the same fits);
- ``window``: the same classifier over the outcome's clause only (:func:`outcome_window`): a sentence
  reporting several outcomes says which direction goes with which one clause by clause;
- ``svc``: a linear SVM over the same features, its probabilities calibrated by a sigmoid fitted
  within the fit (five-fold);
- ``textcat``: spaCy's text classifier (its ensemble of a bag of words and a CNN over hashed
  embeddings, no pretrained vectors; CPU, minutes per fold) over the same feature texts;
- ``a+b``: the mean of two variants' probabilities.

A reading other than the shipped one is compared at its own best point under the shipped safety rule
(:func:`~pipeline.nlp.findings_cv.best_within`: the setting answering most whose overstated and
reversed shares of answers are at most the shipped reader's at its shipped point, in the abstract and
over all rows). :func:`meta_gate` scores the other route: a second model that predicts whether a
difference read is wrong, used as the gate in place of the probability.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

VARIANTS = ("shipped", "window", "svc", "textcat")

# where the outcome's clause ends or begins: a semicolon, a new sentence, or a comma before a
# conjunction that opens another clause ("…, while KIN participants improved …"). Kept here, not in
# data/lexicons/: no product reader uses it, and every word list's digest is in the linker's version key
# (a new list would re-link every database for an experiment). A reader that ships it moves it there.
_CLAUSE_BOUND = re.compile(r";|,\s+(?:while|whereas|but|although|and|however)\b|\.\s")
_ARM = re.compile(r"\b(?:intarm|cmparm)\b")


def outcome_window(sentence: str, intervention: str, comparator: str, outcome: str) -> str:
    """The ``window`` variant's input: the marked clause that first names the outcome (the arms named
    earlier in the sentence kept before it when the clause names neither), negation-marked, with the
    cue tokens of that clause alone; the whole marked sentence when it never names the outcome."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.negation import mark_negation

    arms = F._arms(intervention, comparator, outcome)
    marked = F.mark(sentence, arms)
    o = marked.find("outcome")
    w = marked
    if o >= 0:
        starts = [b.end() for b in _CLAUSE_BOUND.finditer(marked, 0, o)]
        start = starts[-1] if starts else 0
        end = _CLAUSE_BOUND.search(marked, o)
        w = marked[start:end.start() if end else len(marked)]
        if not _ARM.search(w):  # "Compared with cmparm, patients in intarm had …, lower outcome (P<0.05)"
            w = " ".join(_ARM.findall(marked[:start])[-2:]) + " " + w
    # the clause is read as marked text: marking it again changes nothing the cue tokens read
    return "__win " + mark_negation(w) + " " + " ".join(F.cue_tokens(w, arms, outcome))


Predict = Callable[[list[str]], np.ndarray]


def _fit_lr(X: list[str], y: list[str]) -> Predict:
    from pipeline.nlp import findings_data as D

    model = D.fit(X, y)
    return model.proba


def _fit_svc(X: list[str], y: list[str]) -> Predict:
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    from pipeline.nlp.findings import NGRAM_MAX
    from pipeline.nlp.findings_data import MIN_DF
    from pipeline.nlp.tfidf_linear import TOKEN_PATTERN

    vec = TfidfVectorizer(ngram_range=(1, NGRAM_MAX), min_df=MIN_DF, sublinear_tf=True, token_pattern=TOKEN_PATTERN)
    clf = CalibratedClassifierCV(LinearSVC(C=0.5), method="sigmoid", cv=5).fit(vec.fit_transform(X), y)
    order = [list(clf.classes_).index(c) for c in sorted(set(y))]
    return lambda texts: clf.predict_proba(vec.transform(texts))[:, order]


TEXTCAT_EPOCHS = 8


def _fit_textcat(X: list[str], y: list[str], epochs: int = TEXTCAT_EPOCHS, seed: int = 0) -> Predict:
    """spaCy's ``textcat`` (exclusive classes; TextCatEnsemble.v2: TextCatBOW.v3 bigrams + a maxout
    CNN over hashed NORM/PREFIX/SUFFIX/SHAPE embeddings, width 96) trained from scratch on the rows."""
    import random

    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    classes = sorted(set(y))
    bow = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
           "no_output_layer": False, "length": 262144}
    model = {"@architectures": "spacy.TextCatEnsemble.v2", "linear_model": bow,
             "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                         "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96,
                                   "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                                   "include_static_vectors": False},
                         "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "window_size": 1,
                                    "maxout_pieces": 3, "depth": 2}}}
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": model})
    for c in classes:
        textcat.add_label(c)
    examples = [Example.from_dict(nlp.make_doc(x), {"cats": {c: float(c == lab) for c in classes}}) for x, lab in zip(X, y)]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(examples)
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)

    def predict(texts: list[str]) -> np.ndarray:
        return np.array([[d.cats[c] for c in classes] for d in nlp.pipe(texts, batch_size=256)]).reshape(-1, len(classes))
    return predict


# variant → (the view of a sentence, the classifier fitted on the training rows in that view)
def _views() -> dict[str, tuple[Callable, Callable[[list[str], list[str]], Predict]]]:
    from pipeline.nlp.findings import features_text

    return {"shipped": (features_text, _fit_lr), "window": (outcome_window, _fit_lr),
            "svc": (features_text, _fit_svc), "textcat": (features_text, _fit_textcat)}


@dataclass(frozen=True)
class VariantRun:
    """Each variant's :class:`~pipeline.nlp.findings_cv.CvReading` of every train prompt (same order,
    same ranker), and the shipped view's feature texts of each reading's best sentences."""

    classes: tuple[str, ...]
    readings: dict[str, list]
    texts: list[tuple[str, ...]]


def cross_validate_variants(folder: Path, variants: tuple[str, ...] = ("shipped", "window", "svc"),
                            k: int = 5) -> VariantRun:
    """Every variant read on the ``k`` folds of ``folder``'s train split (ranker refitted per fold;
    each variant's classifier on the same training rows in its own view)."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.findings_cv import TOP, CvReading, fold_of
    from pipeline.nlp.findings_data import fit_ranker, is_evidence, ranker_rows, read_split, training_rows

    views = _views()
    unknown = set(variants) - set(views)
    if unknown:
        raise ValueError(f"unknown findings variants: {sorted(unknown)} (known: {', '.join(VARIANTS)})")
    prompts = read_split(folder, "train")
    readings: dict[str, list] = {v: [] for v in variants}
    texts: list[tuple[str, ...]] = []
    classes: tuple[str, ...] = ()
    for f in range(k):
        fit_rows = [p for p in prompts if fold_of(p.pmcid, k) != f]
        ranker = fit_ranker(*ranker_rows(fit_rows))
        held = [p for p in prompts if fold_of(p.pmcid, k) == f]
        ranked = [F.rank_sentences(p.abstract, p.intervention, p.comparator, p.outcome, ranker) for p in held]
        base = []
        for p, r in zip(held, ranked):
            best = r[:TOP]
            base.append(CvReading(f, p.label, p.evidence_in_abstract, any(x.names_outcome for x in r),
                                  np.array([x.score for x in best]), np.zeros((len(best), 3)),
                                  tuple(is_evidence(x.span.text, p.evidence) for x in best), np.zeros(3)))
            texts.append(tuple(F.features_text(x.span.text, p.intervention, p.comparator, p.outcome) for x in best))
        for v in variants:
            view, fit = views[v]
            X, y = training_rows(fit_rows, ranker, featurize=view)
            classes = tuple(sorted(set(y)))
            predict = fit(X, y)
            for p, r, b in zip(held, ranked, base):
                best = [view(x.span.text, p.intervention, p.comparator, p.outcome) for x in r[:TOP]]
                proba = predict(best) if best else np.zeros((0, len(classes)))
                oracle = predict([view(p.evidence, p.intervention, p.comparator, p.outcome)])[0]
                readings[v].append(dataclasses.replace(b, proba=proba, oracle=oracle))
    return VariantRun(classes, readings, texts)


def mixture(a: list, b: list, weight: float = 0.5) -> list:
    """Readings whose probabilities (of the best sentences and of the oracle) are ``weight`` · a's +
    (1 − weight) · b's: two readers of the same prompts averaged."""
    return [dataclasses.replace(x, proba=weight * x.proba + (1 - weight) * y.proba,
                                oracle=weight * x.oracle + (1 - weight) * y.oracle) for x, y in zip(a, b)]


# --- the meta gate: is this difference read wrong? -------------------------------------------------

_GATE_CUES = ("__p_sig", "__p_nonsig", "__p_all_nonsig", "__null", "__sigword", "__ci_null", "__no_outcome",
              "__first_none", "__than_int", "__than_cmp", "__pol_none")


def meta_features(reading, texts: tuple[str, ...], classes: tuple[str, ...], top: int = 2) -> list[float] | None:
    """What the gate reads of one reading that answers a difference at argmax (None otherwise): the
    combined probabilities of the label, of no difference and of the other direction (and their
    log-ratios), each of the best two sentences' own, whether the two agree, the ranker's scores and
    their margin, and each sentence's cue tokens — p-values stated significant or not, no-difference
    phrases, the outcome not named, and whether the direction read of the arms and the values stated
    for each arm agree with the label or oppose it."""
    from pipeline.nlp.findings_cv import combined

    p = combined(reading, top)
    if p is None:
        return None
    j = int(np.argmax(p))
    label = classes[j]
    if label == "no_difference":
        return None
    nd = classes.index("no_difference")
    opp = classes.index("decreased" if label == "increased" else "increased")
    d, od = ("up", "down") if label == "increased" else ("down", "up")
    p1 = reading.proba[0]
    p2 = reading.proba[1] if len(reading.proba) > 1 else p1
    s = reading.scores
    s2 = s[1] if len(s) > 1 else s[0] - 5.0
    eps = 1e-9
    out = [p[j], p[nd], p[opp], float(np.log((p[j] + eps) / (p[nd] + eps))), float(np.log((p[j] + eps) / (p[opp] + eps))),
           p1[j], p2[j], p1[nd], p2[nd], p1[opp], p2[opp], float(np.argmax(p1) == np.argmax(p2)),
           s[0], s2, s[0] - s2]
    for t in (texts[:2] + ("",))[:2]:
        toks = set(w for w in t.split() if w.startswith("__"))
        out += [float(c in toks) for c in _GATE_CUES]
        out += [float(f"__{kind}_{x}" in toks) for kind in ("num", "rel_only", "rel", "dir") for x in (d, od)]
    return out


def meta_gate(classes: tuple[str, ...], readings: list, texts: list[tuple[str, ...]], top: int = 2,
              C: float = 0.3) -> np.ndarray:
    """For every reading, the gate's probability that the difference it reads is wrong (NaN where it
    reads none): a logistic regression over :func:`meta_features` fitted on the other folds' readings
    (which are themselves held out), so no reading is judged by a gate that saw it."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    feats = [meta_features(r, t, classes, top) for r, t in zip(readings, texts)]
    idx = [i for i, f in enumerate(feats) if f is not None]
    out = np.full(len(readings), np.nan)
    if not idx:
        return out
    X = np.array([feats[i] for i in idx])
    y = np.array([readings[i].gold != _label(readings[i], classes, top) for i in idx], dtype=int)
    folds = np.array([readings[i].fold for i in idx])
    for f in sorted(set(folds)):
        train = folds != f
        if len(set(y[train])) < 2:
            out[np.array(idx)[~train]] = 0.5
            continue
        gate = make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=3000)).fit(X[train], y[train])
        out[np.array(idx)[~train]] = gate.predict_proba(X[~train])[:, 1]
    return out


def _label(reading, classes: tuple[str, ...], top: int) -> str:
    from pipeline.nlp.findings_cv import combined

    return classes[int(np.argmax(combined(reading, top)))]


def gated_answers(classes: tuple[str, ...], readings: list, wrong: np.ndarray, max_wrong: float, top: int = 2,
                  min_confidence_no_difference: float = 0.5) -> list[str]:
    """The answers with the gate in place of the threshold for a difference: a difference is answered
    when the gate's probability that it is wrong is at most ``max_wrong``; no difference as before."""
    from pipeline.nlp.findings_cv import answer, combined

    out = []
    for r, w in zip(readings, wrong):
        lab = answer(combined(r, top), classes, 0.0, min_confidence_no_difference)
        if lab in ("increased", "decreased") and not (w <= max_wrong):
            lab = "unclear"
        out.append(lab)
    return out


def gated_figures(classes: tuple[str, ...], readings: list, answers: list[str]) -> dict[str, dict[str, float]]:
    """:func:`~pipeline.nlp.findings_cv.figures`' operating-point figures of given answers."""
    from pipeline.nlp.eval_findings import subset_figures

    out = {}
    for name, keep in (("in_abstract", [r.evidence_in_abstract for r in readings]), ("all", [True] * len(readings))):
        gold = [r.gold for r, k in zip(readings, keep) if k]
        pred = [a for a, k in zip(answers, keep) if k]
        sub = subset_figures(gold, pred)
        out[name] = {"macro_f1": sub["end_to_end_macro_f1"], "unclear": sub["end_to_end_unclear_rate"],
                     "overstated": sub["end_to_end_overstated_share_of_answers"],
                     "reversed": sub["end_to_end_reversed_share_of_answers"], "n": len(gold)}
    return out


def best_gate(classes: tuple[str, ...], readings: list, wrong: np.ndarray, budget: dict, top: int = 2):
    """(max_wrong, figures) of the gate setting answering most within ``budget``
    (:func:`~pipeline.nlp.findings_cv.within`); None when none is."""
    from pipeline.nlp.findings_cv import within

    best = None
    cuts = np.unique(np.round(wrong[~np.isnan(wrong)], 4))
    for t in cuts:
        f = gated_figures(classes, readings, gated_answers(classes, readings, wrong, float(t), top))
        if within(f, budget) and (best is None or f["in_abstract"]["unclear"] + f["all"]["unclear"] < best[2]):
            best = (float(t), f, f["in_abstract"]["unclear"] + f["all"]["unclear"])
    return best[:2] if best else None
