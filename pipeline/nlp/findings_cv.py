"""Five-fold cross-validation of the findings reader over Evidence Inference's TRAIN split (issue 17).

The validation split has been scored many times; the reader's features, its sentence ranker, how many
sentences it reads (``combine_top``) and its unclear thresholds are chosen here instead. The train
split's articles are cut into ``k`` folds by a hash of the PMCID (never by file order, and all of an
article's prompts in one fold); for each fold the whole reader — ranker and classifier — is refitted
on the other folds and read on it. One reading per prompt is kept (the ranker's best sentences with
their log-odds and class probabilities, and the classifier's probabilities for the annotated evidence
text), so every setting of the reader is scored from the same fits: argmax (the classifier always
answers when a sentence names the outcome), the operating point (unclear below the thresholds) and the
oracle (the annotated evidence text given), each over every prompt and over the prompts whose evidence
is in the abstract, with the shares of answers that overstate (a difference where the annotators read
none) or reverse the direction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

TOP = 3  # the most sentences a reading keeps (combine_top can be scored up to this)


@dataclass(frozen=True)
class CvReading:
    """One held-out prompt as the refitted reader reads it."""

    fold: int
    gold: str
    evidence_in_abstract: bool
    names_outcome: bool  # some sentence names the outcome (else the reader says unclear)
    scores: np.ndarray  # the ranker's log-odds of its best sentences, best first
    proba: np.ndarray  # (len(scores), 3) the classifier's probabilities for each of them
    hits: tuple[bool, ...]  # each of them is the annotated evidence
    oracle: np.ndarray  # the classifier's probabilities for the annotated evidence text


def fold_of(pmcid: str, k: int = 5) -> int:
    """The fold of an article: sha256 of its PMCID mod ``k`` (fold 0 is the held-out fifth of
    :func:`pipeline.nlp.eval_findings.dev_split`)."""
    return int(hashlib.sha256(pmcid.encode()).hexdigest(), 16) % k


def cross_validate(folder: Path, k: int = 5, fit_all=None) -> tuple[tuple[str, ...], list[CvReading]]:
    """(the classes, one :class:`CvReading` per train prompt): each fold read by the reader refitted on
    the others (``fit_all``: :func:`pipeline.nlp.findings_data.fit_all` unless given)."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.findings_data import fit_all as default_fit, is_evidence, read_split

    prompts = read_split(folder, "train")
    out, classes = [], ()
    for f in range(k):
        model = (fit_all or default_fit)([p for p in prompts if fold_of(p.pmcid, k) != f])
        classes = model.classes
        for p in (p for p in prompts if fold_of(p.pmcid, k) == f):
            ranked = F.rank_sentences(p.abstract, p.intervention, p.comparator, p.outcome, model.ranker)
            best = ranked[:TOP]
            proba = (model.proba([F.features_text(r.span.text, p.intervention, p.comparator, p.outcome) for r in best])
                     if best else np.zeros((0, len(classes))))
            out.append(CvReading(f, p.label, p.evidence_in_abstract, any(r.names_outcome for r in ranked),
                                 np.array([r.score for r in best]), proba,
                                 tuple(is_evidence(r.span.text, p.evidence) for r in best),
                                 model.proba([F.features_text(p.evidence, p.intervention, p.comparator, p.outcome)])[0]))
    return classes, out


def combined(r: CvReading, top: int) -> np.ndarray | None:
    """The reading's class probabilities as :func:`~pipeline.nlp.findings.read_finding` combines them:
    the ``top`` best sentences' probabilities weighted by the softmax of the ranker's log-odds (None:
    no sentence names the outcome)."""
    if not r.names_outcome or not len(r.scores):
        return None
    z = r.scores[:top]
    w = np.exp(z - z.max())
    return (w / w.sum()) @ r.proba[:len(z)]


def answer(p: np.ndarray | None, classes: tuple[str, ...], min_confidence: float,
           min_confidence_no_difference: float, max_no_difference: float = 1.0) -> str:
    """The label read_finding answers for combined probabilities ``p`` at the given thresholds."""
    if p is None:
        return "unclear"
    j = int(np.argmax(p))
    lab = classes[j]
    if p[j] < (min_confidence_no_difference if lab == "no_difference" else min_confidence):
        return "unclear"
    if lab != "no_difference" and p[classes.index("no_difference")] > max_no_difference:
        return "unclear"
    return lab


def figures(classes: tuple[str, ...], readings: list[CvReading], top: int, min_confidence: float,
            min_confidence_no_difference: float, max_no_difference: float = 1.0) -> dict[str, dict[str, float]]:
    """{"in_abstract": …, "all": …}: macro-F1 at argmax, at the operating point and of the oracle, the
    operating point's unclear rate and overstated / reversed shares of its answers, and (in the
    abstract) how often the ranker's first sentence is the annotated evidence."""
    from pipeline.nlp.eval_findings import scores, subset_figures

    out = {}
    for name, rows in (("in_abstract", [r for r in readings if r.evidence_in_abstract]), ("all", readings)):
        gold = [r.gold for r in rows]
        ps = [combined(r, top) for r in rows]
        am = [answer(p, classes, 0.0, 0.0) for p in ps]
        op = [answer(p, classes, min_confidence, min_confidence_no_difference, max_no_difference) for p in ps]
        sub = subset_figures(gold, op)
        out[name] = {"argmax_macro_f1": scores(gold, am)[1], "macro_f1": sub["end_to_end_macro_f1"],
                     "oracle_macro_f1": scores(gold, [classes[int(np.argmax(r.oracle))] for r in rows])[1],
                     "unclear": sub["end_to_end_unclear_rate"],
                     "overstated": sub["end_to_end_overstated_share_of_answers"],
                     "reversed": sub["end_to_end_reversed_share_of_answers"],
                     "finder_hits": float(np.mean([bool(r.hits) and r.hits[0] for r in rows])) if rows else 0.0,
                     "n": len(rows)}
    return out


def table(classes: tuple[str, ...], readings: list[CvReading], settings: list[tuple[int, float, float]]) -> str:
    """A Markdown table of :func:`figures` for each (combine_top, min_confidence, min_confidence_no_difference)."""
    rows = ["| top | min conf. | no diff. | in abstract: argmax / op. point / oracle | unclear | overstated | reversed "
            "| all: argmax / op. point / oracle | unclear | overstated | reversed |", "|---" * 11 + "|"]
    for top, mc, mnd in settings:
        f = figures(classes, readings, top, mc, mnd)
        a, b = f["in_abstract"], f["all"]
        rows.append(f"| {top} | {mc:.2f} | {mnd:.2f} | "
                    + " | ".join(f"{x['argmax_macro_f1']:.3f} / {x['macro_f1']:.3f} / {x['oracle_macro_f1']:.3f} | "
                                 f"{x['unclear']:.1%} | {x['overstated']:.1%} | {x['reversed']:.1%}" for x in (a, b)) + " |")
    return "\n".join(rows)


SAFETY = ("overstated", "reversed")


def within(figs: dict[str, dict[str, float]], budget: dict[str, dict[str, float]]) -> bool:
    """Whether ``figs`` (:func:`figures`) overstate and reverse no larger a share of their answers than
    ``budget`` (the shipped reader's figures at its shipped point), in the abstract and over all rows."""
    # a hair of tolerance: the same counts of wrong answers over the same answers, summed another way
    return all(figs[part][k] <= budget[part][k] + 1e-9 for part in ("in_abstract", "all") for k in SAFETY)


def best_within(classes: tuple[str, ...], readings: list[CvReading], budget: dict[str, dict[str, float]],
                tops: tuple[int, ...] = (1, 2, 3), thresholds: tuple[float, ...] | None = None,
                min_confidence_no_difference: float = 0.5) -> tuple[int, float, dict] | None:
    """(combine_top, threshold for a difference, :func:`figures`) of the setting that answers most
    prompts (in the abstract and over all rows together) whose overstated and reversed shares of answers
    are within ``budget`` (:func:`within`); None when no setting is. How a reading other than the
    shipped one is compared with it: each at its own best point under the same safety rule."""
    grid = thresholds or tuple(round(0.5 + 0.005 * i, 3) for i in range(99))
    best = None
    for top in tops:
        for mc in grid:
            f = figures(classes, readings, top, mc, min_confidence_no_difference)
            if not within(f, budget):
                continue
            key = f["in_abstract"]["unclear"] + f["all"]["unclear"]
            if best is None or key < best[0]:
                best = (key, top, mc, f)
    return best[1:] if best else None
