"""Choosing the findings reader's unclear threshold on the train split only (issue 17 item 3).

An overstated finding — a significant difference read where the abstract reports none — is the
error that inflates a grade. The threshold below which :func:`pipeline.nlp.findings.read_finding`
answers "unclear" is chosen here, never on the validation split: the reader is refitted on four
fifths of the train split's articles (:func:`pipeline.nlp.eval_findings.dev_split`) and run on the
held-out fifth with no threshold; each candidate threshold for a *difference* (increased/decreased;
an answer of no difference keeps its own, lower threshold: it cannot overstate) is then scored by
the share of its answers that overstate (gold no difference, read increased or decreased), the share
that reverse the direction, the share of prompts answered and macro-F1. :func:`choose` takes the
lowest candidate whose overstated share is at most the target. The chosen values live in
``data/findings.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CANDIDATES = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


@dataclass(frozen=True)
class ThresholdRow:
    threshold: float
    answered: float          # share of prompts with an answer (not unclear)
    overstated: float        # share of answers: gold no_difference, read increased/decreased
    reversed: float          # share of answers: gold increased, read decreased or the other way
    accuracy_answered: float
    macro_f1: float
    n: int


def score_at(gold: list[str], read: list[tuple[str, float]], threshold: float,
             no_difference: float | None = None) -> ThresholdRow:
    """Figures of the answers ``read`` ((label, probability) with no threshold; "unclear" when no
    sentence names the outcome) would give with ``threshold`` for a difference and ``no_difference``
    (default: the same) for no difference."""
    from pipeline.nlp.eval_findings import scores

    nd = threshold if no_difference is None else no_difference
    pred = [lab if lab != "unclear" and p >= (nd if lab == "no_difference" else threshold) else "unclear"
            for lab, p in read]
    ans = [(g, p) for g, p in zip(gold, pred) if p != "unclear"]
    n_ans = len(ans) or 1
    return ThresholdRow(threshold, len(ans) / len(gold) if gold else 0.0,
                        sum(g == "no_difference" and p in ("increased", "decreased") for g, p in ans) / n_ans,
                        sum({g, p} == {"increased", "decreased"} for g, p in ans) / n_ans,
                        sum(g == p for g, p in ans) / n_ans, scores(gold, pred)[1], len(gold))


def choose(rows: list[ThresholdRow], max_overstated: float) -> ThresholdRow | None:
    """The lowest threshold whose overstated share is at most ``max_overstated`` (None when none is)."""
    ok = [r for r in sorted(rows, key=lambda r: r.threshold) if r.overstated <= max_overstated and r.answered > 0]
    return ok[0] if ok else None


def sweep(folder: Path, candidates: tuple[float, ...] = CANDIDATES,
          no_difference: float | None = None) -> tuple[list[ThresholdRow], list[ThresholdRow]]:
    """(all held-out prompts, prompts whose evidence is in the abstract): one row per candidate
    threshold for a difference (``no_difference``: the threshold for no difference; None: the same
    as the candidate), the reader refitted on the other four fifths of train."""
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
        read.append((str(f.label), f.score))
    gold = [p.label for p in dev]
    in_abs = [i for i, p in enumerate(dev) if p.evidence_in_abstract]
    return ([score_at(gold, read, t, no_difference) for t in candidates],
            [score_at([gold[i] for i in in_abs], [read[i] for i in in_abs], t, no_difference) for t in candidates])


def table(rows: list[ThresholdRow]) -> str:
    """A Markdown table of a sweep."""
    out = ["| threshold | answered | overstated (of answers) | reversed (of answers) | accuracy answered | macro-F1 | n |",
           "|---|---|---|---|---|---|---|"]
    out += [f"| {r.threshold:.2f} | {r.answered:.3f} | {r.overstated:.3f} | {r.reversed:.3f} | "
            f"{r.accuracy_answered:.3f} | {r.macro_f1:.3f} | {r.n} |" for r in rows]
    return "\n".join(out)
