"""Accuracy of the design, population and sample-size extractors on labelled data given by path
(`evidence eval design|population|sample-size --data PATH`)."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.eval_report import EvalReport, LabelScore, prf
from pipeline.models import Article
from pipeline.nlp.sample_size import extract_sample_size, to_int
from pipeline.parsing import parse_path

# Otte et al. labels → our flags
DESIGN_FLAGS = {"randomized_trial": "is_rct", "systematic_review": "is_systematic_review",
                "meta_analysis": "is_meta_analysis", "protocol": "is_protocol"}
POPULATION_FLAGS = {"human": "is_human", "rodent": "is_rodent", "child": "is_child"}


def _gold(a: Article, name: str) -> bool | None:
    """Label from a multi-label file (0/1 columns) or the single-label file (`label` column)."""
    if name in a.extra:
        return str(a.extra[name]).strip() == "1"
    single = a.extra.get("class") or a.extra.get("label")
    if single is None:
        return None
    single = single.strip().lower()
    from pipeline.nlp.design_model import SINGLE

    value = SINGLE.get(single, {}).get(name)
    return None if value is None else bool(value)


def _records(paths: list[Path]) -> list[Article]:
    seen, out = set(), []
    for p in paths:
        for a in parse_path(p):
            if isinstance(a, Article) and (p, a.pmid) not in seen:
                seen.add((p, a.pmid))
                a.extra["_file"] = Path(p).name
                out.append(a)
    return out


def _score(rows: list[tuple[bool, bool]], label: str) -> LabelScore:
    tp = sum(g and p for g, p in rows)
    fp = sum(p and not g for g, p in rows)
    fn = sum(g and not p for g, p in rows)
    p, r, f = prf(tp, fp, fn)
    return LabelScore(label, p, r, f, tp + fn, tp, fp, fn)


def out_of_fold_probabilities(paths: list[Path]) -> list[dict | None]:
    """Classifier probabilities per record of ``paths`` (in :func:`_records` order), each from a
    model fitted in 5 folds on the other records of ``paths``."""
    from pipeline.nlp import design_model

    arts, _, probs = design_model.out_of_fold(paths)
    by_key = {(a.source_file, a.pmid): i for i, a in enumerate(arts)}
    out = []
    for a in _records(paths):
        i = by_key.get((a.source_file, a.pmid))
        out.append(None if i is None else {f: float(v[i]) for f, v in probs.items()})
    return out


def _probabilities(articles: list[Article], paths: list[Path]) -> tuple[list[dict | None], str]:
    """Classifier probabilities per article: out-of-fold when the files are ones the shipped
    classifier was trained on (its manifest's sha256), else the shipped classifier's."""
    from pipeline.model_files import sha256_file
    from pipeline.nlp import design_model

    model = design_model.load_model()  # also checks the manifest: a missing model is an error here too
    man = design_model.manifest()
    trained = {t["sha256"] for t in man.get("trained_on", [])}
    seen = [p for p in paths if sha256_file(p) in trained]
    if seen:
        if len(seen) < len(paths):
            raise ValueError(f"{', '.join(map(str, seen))} trained the shipped classifier and the other files did not: "
                             "evaluate them separately (the first out-of-fold, the others with the shipped model)")
        method = "rules + classifier, 5-fold out-of-fold (the shipped classifier was trained on these files)"
        if len(trained) > len(paths):
            method += "; folds drawn from the given files only"
        return out_of_fold_probabilities(paths), method
    probs = model.predict_proba(articles)
    return [{f: float(v[i]) for f, v in probs.items()} for i in range(len(articles))], "rules + shipped classifier"


def figures(report: EvalReport) -> dict[str, float]:
    """A report's numbers for a manifest: summary figures and per-label F1, rounded to 4 places."""
    out = {k: round(v, 4) for k, v in report.summary.items() if isinstance(v, float)}
    out.update({f"{s.label} F1": round(s.f1, 4) for s in report.labels})
    return out


def evaluate_flags(kind: str, paths: list[Path], *, use_metadata: bool = False,
                   rules_only: bool = False, probs: list[dict | None] | None = None) -> EvalReport:
    """Per-label P/R/F1 for ``kind`` = design | population, per file and overall. ``probs``: the
    classifier's probabilities per record, already computed (as by ``train-design``)."""
    from pipeline.nlp.evidence import extract_evidence

    paths = [Path(p) for p in paths]
    flags = DESIGN_FLAGS if kind == "design" else POPULATION_FLAGS
    articles = _records(paths)
    if rules_only:
        probs, method = [None] * len(articles), "rules only"
    elif probs is not None:
        method = "rules + classifier, 5-fold out-of-fold"
    else:
        probs, method = _probabilities(articles, paths)
    per: dict[str, list[tuple[bool, bool]]] = {}
    rct_spec: list[tuple[bool, bool]] = []
    for a, pr in zip(articles, probs):
        ev = extract_evidence(a, None, use_metadata=use_metadata, probs=pr)
        values = {"is_rct": ev.is_rct, "is_systematic_review": ev.is_systematic_review,
                  "is_meta_analysis": ev.is_meta_analysis, "is_protocol": ev.is_protocol,
                  "is_human": ev.is_human, "is_rodent": ev.is_rodent, "is_child": bool(ev.is_child)}
        for label, field in flags.items():
            g = _gold(a, label)
            if g is None:
                continue
            key = f"{label} ({a.extra['_file'].split('_')[0]})"
            per.setdefault(key, []).append((g, values[field]))
            per.setdefault(f"{label} (all)", []).append((g, values[field]))
            if label == "randomized_trial":
                rct_spec.append((g, values[field]))
    report = EvalReport(name=kind, data=", ".join(str(p) for p in paths), n=len(articles))
    report.labels = [_score(rows, k) for k, rows in sorted(per.items())]
    if rct_spec:
        pos = [p for g, p in rct_spec if g]
        neg = [p for g, p in rct_spec if not g]
        report.summary["rct_sensitivity"] = sum(pos) / len(pos) if pos else 0.0
        report.summary["rct_specificity"] = 1 - sum(neg) / len(neg) if neg else 0.0
    report.summary["metadata"] = "used" if use_metadata else "ignored (text only)"
    report.summary["method"] = method
    return report


def evaluate_sample_size(path: Path) -> EvalReport:
    """Exact-match rate and answered rate on PICO-style JSONL (text + annotated total values)."""
    from pipeline.nlp.pipeline import build_nlp

    path = Path(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = build_nlp(lexicons=False, ner=False)
    stated = answered = exact = spurious = 0
    for r, doc in zip(rows, nlp.pipe([r.get("text") or r.get("abstract", "") for r in rows], batch_size=64)):
        gold = {v for v in r.get("total_participants_values", []) if v} | \
               {to_int(s) for s in r.get("total_participants_spans", []) if to_int(s)}
        pred = extract_sample_size([s.text for s in doc.sents]).value
        if gold:
            stated += 1
            answered += pred is not None
            exact += pred in gold
        elif pred is not None:
            spurious += 1
    rep = EvalReport(name="sample-size", data=str(path), n=len(rows))
    rep.summary = {
        "abstracts stating a total": stated,
        "answered rate (of those)": answered / stated if stated else 0.0,
        "exact (of answered)": exact / answered if answered else 0.0,
        "exact (of stated)": exact / stated if stated else 0.0,
        "answered where none annotated": spurious,
    }
    return rep


def design_dev_figures(paths: list[Path]) -> dict:
    """The 5-fold out-of-fold figures of `evidence eval design|population` on ``paths``, for the
    design model's manifest (`evidence model train-design`)."""
    probs = out_of_fold_probabilities(paths)
    return {"out_of_fold": "5-fold, text only (--no-metadata)", **{
        f"{kind}/{k}": v for kind in ("design", "population")
        for k, v in figures(evaluate_flags(kind, paths, probs=probs)).items()}}
