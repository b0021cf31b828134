"""`evidence eval findings`: the findings reader on Evidence Inference's validation split.

Scored once, on validation only; the reader's rules, weights and unclear threshold were chosen on
the train split (a fifth of its articles held out as our own dev set). Two settings:
end-to-end (intervention, comparator, outcome and the abstract: the sentence finder, then the
classifier, "unclear" allowed) and oracle (the annotator's evidence text given to the classifier).
Gold labels are never "unclear", so an unclear answer counts as a miss of the gold class: macro-F1
is over the three gold labels, and the unclear rate and the accuracy of the answers given are
reported beside it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.eval_report import EvalReport, LabelScore, label_scores

GOLD_LABELS = ("increased", "decreased", "no_difference")
COLS = (*GOLD_LABELS, "unclear")


def scores(gold: list[str], pred: list[str]) -> tuple[list[LabelScore], float]:
    out = label_scores(gold, pred, GOLD_LABELS)
    return out, sum(s.f1 for s in out) / len(out)


def _table(title: str, gold: list[str], pred: list[str]) -> str:
    sc, macro = scores(gold, pred)
    conf = Counter(zip(gold, pred))
    lines = [f"### {title}", "", f"macro-F1 {macro:.3f}", "", "| label | precision | recall | F1 | support |",
             "|---|---|---|---|---|"]
    lines += [f"| {s.label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.support} |" for s in sc]
    lines += ["", "| gold \\ predicted | " + " | ".join(COLS) + " |", "|---" * (len(COLS) + 1) + "|"]
    lines += [f"| {g} | " + " | ".join(str(conf[(g, c)]) for c in COLS) + " |" for g in GOLD_LABELS]
    return "\n".join(lines)


def _answered(gold: list[str], pred: list[str]) -> tuple[float, float]:
    ans = [(g, p) for g, p in zip(gold, pred) if p != "unclear"]
    return 1 - len(ans) / len(gold) if gold else 0.0, (sum(g == p for g, p in ans) / len(ans) if ans else 0.0)


def evaluate_findings(folder: Path, split: str = "validation", model_path: str | None = None) -> EvalReport:
    from pipeline.nlp import findings as F
    from pipeline.nlp.findings_data import read_split

    model = F.load_model(model_path)  # a missing shipped model is an error before any row is read
    rows = read_split(folder, split)
    gold = [r.label for r in rows]
    e2e, forced, oracle, hits, n_in = [], [], [], 0, 0
    for r in rows:
        f = F.read_finding(r.abstract, r.intervention, r.comparator, r.outcome, model=model)
        e2e.append(str(f.label))
        g = F.read_finding(r.abstract, r.intervention, r.comparator, r.outcome, model=model, min_confidence=0.0)
        forced.append(str(g.label))
        oracle.append(F.classify_sentence(r.evidence, r.intervention, r.comparator, r.outcome, model)[0])
        if r.evidence_in_abstract:
            n_in += 1
            ev = " ".join(r.evidence.split())
            if g.sentence and (ev[:60] in " ".join(g.sentence.split()) or " ".join(g.sentence.split())[:60] in ev):
                hits += 1
    in_abs = [i for i, r in enumerate(rows) if r.evidence_in_abstract]
    sub = subset_figures([gold[i] for i in in_abs], [e2e[i] for i in in_abs])
    sc, macro = scores(gold, e2e)
    _, macro_forced = scores(gold, forced)
    _, macro_oracle = scores(gold, oracle)
    unclear, acc_answered = _answered(gold, e2e)
    answered = sum(p != "unclear" for p in e2e) or 1
    # the errors that mislead most: a difference where the gold says none, the direction reversed
    overstated = sum(g == "no_difference" and p in ("increased", "decreased") for g, p in zip(gold, e2e)) / answered
    reversed_ = sum({g, p} == {"increased", "decreased"} for g, p in zip(gold, e2e)) / answered
    _, macro_forced_in_abs = scores([gold[i] for i in in_abs], [forced[i] for i in in_abs])
    rep = EvalReport(name="findings", data=f"{Path(folder).name}/{split} (Evidence Inference 2.0)", n=len(rows))
    rep.labels = sc
    rep.summary = {
        "end_to_end_macro_f1": macro, "end_to_end_unclear_rate": unclear, "end_to_end_accuracy_answered": acc_answered,
        "end_to_end_overstated_share_of_answers": overstated, "end_to_end_reversed_share_of_answers": reversed_,
        **{f"{k}_evidence_in_abstract": v for k, v in sub.items()},
        "end_to_end_macro_f1_no_unclear_threshold_evidence_in_abstract": macro_forced_in_abs,
        "end_to_end_macro_f1_no_unclear_threshold": macro_forced,
        "oracle_macro_f1": macro_oracle,
        "oracle_macro_f1_evidence_in_abstract": scores([gold[i] for i in in_abs], [oracle[i] for i in in_abs])[1], "oracle_accuracy": sum(g == p for g, p in zip(gold, oracle)) / len(gold),
        "finder_hits_annotated_evidence": hits / n_in if n_in else 0.0, "rows_evidence_in_abstract": n_in,
        "min_confidence": F.MIN_CONFIDENCE, "min_confidence_no_difference": F.MIN_CONFIDENCE_NO_DIFFERENCE,
        "max_no_difference": F.MAX_NO_DIFFERENCE, "combine_top": F.COMBINE_TOP,
        "method": "trained on the train split only; rules, weights and the unclear thresholds chosen on a held-out "
                  "fifth of train (data/findings.yaml, `evidence eval findings-threshold`); validation only scored "
                  "(see README: Measured accuracy)",
    }
    rep.extra_markdown = "\n\n".join([
        "Per-class figures above: end-to-end (the reader as shipped; unclear counts as a miss).",
        _table("End-to-end (abstract + I/C/O), as shipped", gold, e2e),
        _table("End-to-end, rows whose evidence is in the abstract (what the product reads)",
               [gold[i] for i in in_abs], [e2e[i] for i in in_abs]),
        _table("End-to-end without the unclear threshold (the classifier always answers when a sentence names the outcome)",
               gold, forced),
        _table("Oracle (the annotated evidence text)", gold, oracle)])
    return rep


def subset_figures(gold: list[str], pred: list[str]) -> dict[str, float]:
    """End-to-end macro-F1, unclear rate, accuracy of the answers given and the shares of answers that
    overstate (a difference where the gold says none) or reverse the direction."""
    unclear, acc = _answered(gold, pred)
    answered = sum(p != "unclear" for p in pred) or 1
    return {"end_to_end_macro_f1": scores(gold, pred)[1], "end_to_end_unclear_rate": unclear,
            "end_to_end_accuracy_answered": acc,
            "end_to_end_overstated_share_of_answers":
                sum(g == "no_difference" and p in ("increased", "decreased") for g, p in zip(gold, pred)) / answered,
            "end_to_end_reversed_share_of_answers":
                sum({g, p} == {"increased", "decreased"} for g, p in zip(gold, pred)) / answered}


def dev_split(prompts: list) -> tuple[list, list]:
    """(fit, dev): a fixed fifth of the train split's articles held out (by a hash of the PMCID, so
    the split never depends on file order), our own dev set for choosing rules and thresholds."""
    import hashlib

    def held(p) -> bool:
        return int(hashlib.sha256(p.pmcid.encode()).hexdigest(), 16) % 5 == 0
    return [p for p in prompts if not held(p)], [p for p in prompts if held(p)]


def findings_dev_figures(folder: Path) -> dict:
    """Figures on the held-out fifth of the train split (fit on the other four fifths): what the
    reader's settings were chosen on. Validation is scored by :func:`evaluate_findings`."""
    from pipeline.nlp import findings as F
    from pipeline.nlp.findings_data import fit_all, read_split

    fit_rows, dev = dev_split(read_split(folder, "train"))
    model = fit_all(fit_rows)
    gold = [p.label for p in dev]
    e2e = [str(F.read_finding(p.abstract, p.intervention, p.comparator, p.outcome, model=model).label) for p in dev]
    oracle = [F.classify_sentence(p.evidence, p.intervention, p.comparator, p.outcome, model)[0] for p in dev]
    in_abs = [i for i, p in enumerate(dev) if p.evidence_in_abstract]
    sub = subset_figures([gold[i] for i in in_abs], [e2e[i] for i in in_abs])
    return {"split": "a fifth of the train split's articles held out (sha256 of the PMCID mod 5 == 0), "
                     f"{len(dev)} annotations; fit on the rest",
            **{k: round(v, 3) for k, v in subset_figures(gold, e2e).items()},
            **{f"{k}_evidence_in_abstract": round(v, 3) for k, v in sub.items()},
            "rows_evidence_in_abstract": len(in_abs),
            "oracle_macro_f1": round(scores(gold, oracle)[1], 3)}
