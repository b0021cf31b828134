"""Choosing the findings reader's unclear threshold on the train split only (issue 17 item 3).

An overstated finding — a significant difference read where the abstract reports none — is the
error that inflates a grade. The threshold below which :func:`pipeline.nlp.findings.read_finding`
answers "unclear" is chosen here, never on the validation split: the reader is refitted on four
fifths of the train split's articles (:func:`pipeline.nlp.eval_findings.dev_split`) and run on the
held-out fifth with no threshold; each candidate threshold for a *difference* (increased/decreased;
an answer of no difference keeps its own, lower threshold: it cannot overstate) is then scored by
the share of its answers that overstate (gold no difference, read increased or decreased), the share
that reverse the direction, the share of prompts answered and macro-F1 — each threshold with each
candidate for the most probability of no difference a difference may have (``max_no_difference``).
:func:`choose` takes the candidate that answers most among those whose overstated share is at most
the target (at one ``max_no_difference``: the lowest threshold). The chosen values live in
``data/findings.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CANDIDATES = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
MAX_NO_DIFFERENCE_CANDIDATES = (1.0, 0.3, 0.2, 0.15, 0.1, 0.07, 0.05, 0.04, 0.03, 0.02)


@dataclass(frozen=True)
class ThresholdRow:
    threshold: float
    answered: float          # share of prompts with an answer (not unclear)
    overstated: float        # share of answers: gold no_difference, read increased/decreased
    reversed: float          # share of answers: gold increased, read decreased or the other way
    accuracy_answered: float
    macro_f1: float
    n: int
    max_no_difference: float = 1.0  # a difference needs the probability of no difference at most this


def score_at(gold: list[str], read: list[tuple], threshold: float,
             no_difference: float | None = None, max_no_difference: float = 1.0) -> ThresholdRow:
    """Figures of the answers ``read`` ((label, probability[, probability of no difference]) with no
    threshold; "unclear" when no sentence names the outcome) would give with ``threshold`` for a
    difference, ``no_difference`` (default: the same) for no difference and ``max_no_difference``, the
    most probability of no difference at which a difference is answered."""
    from pipeline.nlp.eval_findings import scores

    nd = threshold if no_difference is None else no_difference

    def answer(lab: str, p: float, p_none: float | None = None) -> str:
        if lab == "unclear" or p < (nd if lab == "no_difference" else threshold):
            return "unclear"
        if lab != "no_difference" and p_none is not None and p_none > max_no_difference:
            return "unclear"
        return lab
    pred = [answer(*r) for r in read]
    ans = [(g, p) for g, p in zip(gold, pred) if p != "unclear"]
    n_ans = len(ans) or 1
    return ThresholdRow(threshold, len(ans) / len(gold) if gold else 0.0,
                        sum(g == "no_difference" and p in ("increased", "decreased") for g, p in ans) / n_ans,
                        sum({g, p} == {"increased", "decreased"} for g, p in ans) / n_ans,
                        sum(g == p for g, p in ans) / n_ans, scores(gold, pred)[1], len(gold), max_no_difference)


def choose(rows: list[ThresholdRow], max_overstated: float) -> ThresholdRow | None:
    """Of the rows whose overstated share is at most ``max_overstated``, the one that answers most
    (ties: the higher macro-F1, then the lowest threshold); None when none is within."""
    ok = [r for r in rows if r.overstated <= max_overstated and r.answered > 0]
    return min(ok, key=lambda r: (-r.answered, -r.macro_f1, r.threshold, -r.max_no_difference)) if ok else None


def sweep(folder: Path, candidates: tuple[float, ...] = CANDIDATES, no_difference: float | None = None,
          max_no_difference: tuple[float, ...] = (1.0,)) -> tuple[list[ThresholdRow], list[ThresholdRow]]:
    """(all held-out prompts, prompts whose evidence is in the abstract): one row per candidate
    threshold for a difference and candidate ``max_no_difference`` (``no_difference``: the threshold
    for no difference; None: the same as the candidate), the reader refitted on the other four fifths
    of train."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.eval_findings import dev_split
    from pipeline.nlp.findings_data import fit_all, read_split

    fit_rows, dev = dev_split(read_split(folder, "train"))
    model = fit_all(fit_rows)
    read = []
    for p in dev:
        f = F.read_finding(p.abstract, p.intervention, p.comparator, p.outcome, model=model, min_confidence=0.0)
        # at threshold 0 the reader answers whenever a sentence names the outcome: the label it read is
        # the classifier's argmax, its score the probability
        read.append((str(f.label), f.score, f.no_difference))
    gold = [p.label for p in dev]
    in_abs = [i for i, p in enumerate(dev) if p.evidence_in_abstract]
    grid = [(t, x) for x in max_no_difference for t in candidates]
    return ([score_at(gold, read, t, no_difference, x) for t, x in grid],
            [score_at([gold[i] for i in in_abs], [read[i] for i in in_abs], t, no_difference, x) for t, x in grid])


def table(rows: list[ThresholdRow]) -> str:
    """A Markdown table of a sweep."""
    out = ["| threshold | max no difference | answered | overstated (of answers) | reversed (of answers) | "
           "accuracy answered | macro-F1 | n |", "|---|---|---|---|---|---|---|---|"]
    out += [f"| {r.threshold:.2f} | {r.max_no_difference:.2f} | {r.answered:.3f} | {r.overstated:.3f} | {r.reversed:.3f} | "
            f"{r.accuracy_answered:.3f} | {r.macro_f1:.3f} | {r.n} |" for r in rows]
    return "\n".join(out)
