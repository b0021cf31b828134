"""Evidence Inference (DeYoung et al. 2020) as the findings classifier's training and test data.

Read only from a folder the caller names (``--data``): ``{train,validation}.annotations.jsonl.gz``
(one annotation per line: prompt_id, pmcid, intervention, comparator, outcome, label, evidence,
evidence_in_abstract, valid_label, …) and ``{split}.abstracts.jsonl.gz`` (pmcid, text). Rows whose
prompt the dataset's README calls incorrect (``data/eval/evidence_inference_excluded.yaml``) and
annotations the dataset's verifier rejected (``valid_label`` False) are dropped.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.config import PROJECT_ROOT

EXCLUDED = PROJECT_ROOT / "data" / "eval" / "evidence_inference_excluded.yaml"
LABELS = {"significantly increased": "increased", "significantly decreased": "decreased",
          "no significant difference": "no_difference"}


@dataclass(frozen=True)
class Prompt:
    prompt_id: str
    pmcid: str
    intervention: str
    comparator: str
    outcome: str
    label: str  # increased, decreased, no_difference
    evidence: str
    evidence_in_abstract: bool
    abstract: str


def split_files(folder: Path, split: str) -> tuple[Path, Path]:
    folder = Path(folder)
    ann, abst = folder / f"{split}.annotations.jsonl.gz", folder / f"{split}.abstracts.jsonl.gz"
    for f in (ann, abst):
        if not f.is_file():
            raise FileNotFoundError(f"no {f.name} in {folder}")
    return ann, abst


def _jsonl(path: Path):
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def excluded_prompts() -> frozenset[str]:
    return frozenset(str(x) for x in yaml.safe_load(EXCLUDED.read_text(encoding="utf-8"))["incorrect"])


def read_split(folder: Path, split: str) -> list[Prompt]:
    """The usable annotations of ``split`` (train or validation) in file order."""
    ann, abst = split_files(folder, split)
    abstracts = {r["pmcid"]: r["text"] for r in _jsonl(abst)}
    bad = excluded_prompts()
    out = []
    for r in _jsonl(ann):
        if str(r["prompt_id"]) in bad or str(r.get("valid_label", "True")) == "False" or r["label"] not in LABELS:
            continue
        out.append(Prompt(str(r["prompt_id"]), r["pmcid"], r["intervention"], r["comparator"], r["outcome"],
                          LABELS[r["label"]], r["evidence"] or "", bool(r["evidence_in_abstract"]),
                          abstracts.get(r["pmcid"], "")))
    return out


# --- training ------------------------------------------------------------------------------------

C = 4.0
MIN_DF = 2


RANK_C = 1.0


def is_evidence(sentence: str, evidence: str) -> bool:
    """Whether an abstract's sentence is (part of) the annotated evidence: one's first 60 characters
    inside the other, whitespace normalised (evidence may span sentences, or be a sentence's clause)."""
    s, e = " ".join(sentence.split()), " ".join(evidence.split())
    return bool(s and e) and (e[:60] in s or s[:60] in e)


def ranker_rows(prompts: list[Prompt]) -> tuple[list[dict[str, float]], list[int]]:
    """(sentence features, 1 if the sentence is the annotated evidence else 0) over the abstracts of the
    prompts whose evidence is in the abstract and found among its sentences."""
    from pipeline.nlp import findings as F

    X, y = [], []
    for p in prompts:
        if not p.evidence_in_abstract:
            continue
        feats = F.sentence_features(p.abstract, p.intervention, p.comparator, p.outcome)
        labels = [int(is_evidence(r.span.text, p.evidence)) for r, _ in feats]
        if any(labels):
            X += [f for _, f in feats]
            y += labels
    return X, y


def fit_ranker(X: list[dict[str, float]], y: list[int]):
    """The :class:`~pipeline.nlp.findings.SentenceRanker` (logistic regression, features in sorted name order)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from pipeline.nlp.findings import SentenceRanker

    if len(set(y)) < 2:
        raise ValueError("the sentence ranker needs evidence and non-evidence sentences")
    names = tuple(sorted(X[0]))
    clf = LogisticRegression(C=RANK_C, max_iter=3000).fit(np.array([[f[k] for k in names] for f in X]), y)
    return SentenceRanker(names, clf.coef_[0].astype(np.float64), float(clf.intercept_[0]))


def training_rows(prompts: list[Prompt], ranker=None, featurize=None) -> tuple[list[str], list[str]]:
    """(feature texts, labels): every annotation's evidence text, and — where the evidence is in the
    abstract — the sentence the finder (``ranker``'s, or the hand-weighted one) ranks first there, so the
    classifier also sees what it reads at run time, and the abstract's sentences that are the annotated
    evidence (the evidence text is often a clause; the reader reads whole sentences). ``featurize``
    (sentence, intervention, comparator, outcome) → text: :func:`~pipeline.nlp.findings.features_text`
    unless given (another view of the sentence, :mod:`pipeline.nlp.findings_variants`)."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.sentences import sentence_spans

    featurize = featurize or F.features_text
    X, y = [], []
    for p in prompts:
        X.append(featurize(p.evidence, p.intervention, p.comparator, p.outcome))
        y.append(p.label)
    for p in prompts:
        if not p.evidence_in_abstract:
            continue
        ranked = F.rank_sentences(p.abstract, p.intervention, p.comparator, p.outcome, ranker)
        if ranker is not None:  # what read_finding reads: the ranker's first, when any sentence names the outcome
            best = ranked[0] if any(r.names_outcome for r in ranked) else None
        else:
            best = next((r for r in ranked if r.names_outcome), None)
        if best:
            X.append(featurize(best.span.text, p.intervention, p.comparator, p.outcome))
            y.append(p.label)
        # (five-fold CV of train: argmax in the abstract 0.754 -> 0.758, oracle 0.823 -> 0.829 with the
        # same ranker; docs/measurement-history.md, findings)
        for sp in sentence_spans(p.abstract):
            if is_evidence(sp.text, p.evidence):
                X.append(featurize(sp.text, p.intervention, p.comparator, p.outcome))
                y.append(p.label)
    return X, y


def fit(X: list[str], y: list[str], ranker=None):
    """The portable :class:`~pipeline.nlp.findings.FindingsModel` of a scikit-learn fit (same predictions)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from pipeline.nlp.findings import NGRAM_MAX, FindingsModel
    from pipeline.nlp.tfidf_linear import TOKEN_PATTERN, LinearTfidf

    vec = TfidfVectorizer(ngram_range=(1, NGRAM_MAX), min_df=MIN_DF, sublinear_tf=True, token_pattern=TOKEN_PATTERN)
    Xv = vec.fit_transform(X)
    clf = LogisticRegression(C=C, max_iter=3000).fit(Xv, y)
    if len(clf.classes_) < 3:
        raise ValueError("the findings classifier needs increased, decreased and no-difference examples")
    return FindingsModel(LinearTfidf.from_sklearn(vec, clf.coef_, clf.intercept_), tuple(map(str, clf.classes_)), ranker)


def fit_all(prompts: list[Prompt]):
    """The whole reader fitted on ``prompts``: the sentence ranker, then the classifier on the evidence
    texts and the sentences that ranker picks."""
    ranker = fit_ranker(*ranker_rows(prompts))
    return fit(*training_rows(prompts, ranker), ranker=ranker)


def train_and_save(folder: Path, out_dir: Path | None = None, *, command: str | None = None,
                   dev_figures: dict | None = None) -> dict:
    """Fit on ``folder``'s train split only; write ``findings_clf.npz`` and its manifest into
    ``out_dir`` (data/models by default) and return the manifest."""
    from pipeline.model_files import fingerprint, library_versions, save_portable
    from pipeline.nlp.findings import (COMBINE_TOP, FORMAT, MAX_NO_DIFFERENCE, MIN_CONFIDENCE,
                                       MIN_CONFIDENCE_NO_DIFFERENCE, MODEL_PATH, NGRAM_MAX)

    ann, abst = split_files(folder, "train")
    prompts = read_split(folder, "train")
    ranker = fit_ranker(*ranker_rows(prompts))
    X, y = training_rows(prompts, ranker)
    model = fit(X, y, ranker=ranker)
    man = {
        "model": "findings", "format": FORMAT,
        "description": "finding of an intervention-comparator-outcome comparison (increased / decreased / "
                       "no_difference): TF-IDF 1-3-grams of the arm- and negation-marked evidence sentence + "
                       "cue tokens, multinomial logistic regression; the sentence it reads chosen by a logistic-regression "
                       "sentence ranker trained on the annotated evidence sentences of the train abstracts",
        "trained_on": fingerprint([ann, abst], [folder]), "n_rows": len(X), "n_annotations": len(prompts),
        "n_features": len(model.scorer.terms), "classes": list(model.classes),
        "settings": {"min_df": MIN_DF, "ngram_range": [1, NGRAM_MAX], "C": C, "sublinear_tf": True, "ranker_C": RANK_C,
                     "min_confidence": MIN_CONFIDENCE, "min_confidence_no_difference": MIN_CONFIDENCE_NO_DIFFERENCE,
                     "max_no_difference": MAX_NO_DIFFERENCE, "combine_top": COMBINE_TOP},
        "excluded_prompts": "data/eval/evidence_inference_excluded.yaml (the dataset README's 'Incorrect' list) "
                            "and annotations with valid_label False",
        "libraries": library_versions("scikit-learn", "numpy"),
        "rebuild_command": command or f"evidence model train-findings --data {folder}",
    }
    return save_portable(Path(out_dir) if out_dir else MODEL_PATH.parent, MODEL_PATH, model.arrays(), man, dev_figures)
