"""Accuracy of the direction reader: on PubMedQA-style records (yes → supports, no → no_effect or
contradicts, maybe → unclear) and on the seed's own claims against linked corpus articles."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.config import PROJECT_ROOT
from pipeline.eval_report import EvalReport, label_scores

GOLD = {"yes": "supports", "no": "not_supported", "maybe": "unclear"}
COLLAPSE = {"supports": "supports", "no_effect": "not_supported", "contradicts": "not_supported", "unclear": "unclear"}


def _report(gold: list[str], pred4: list[str], data: str, method: str) -> EvalReport:
    pred = [COLLAPSE[p] for p in pred4]
    labels = ["supports", "not_supported", "unclear"]
    rep = EvalReport(name="direction", data=data, n=len(gold))
    scores = label_scores(gold, pred, labels)
    rep.labels = scores
    rep.summary = {"accuracy": sum(g == p for g, p in zip(gold, pred)) / len(gold) if gold else 0.0,
                   "macro_f1": sum(s.f1 for s in scores) / 3, "majority_class": max(Counter(gold).values()) / len(gold),
                   "method": method}
    conf = Counter(zip(gold, pred4))
    cols = ["supports", "no_effect", "contradicts", "unclear"]
    lines = ["Confusion matrix (rows: gold; columns: predicted, 4-way)", "",
             "| gold \\ predicted | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for g in labels:
        lines.append(f"| {g} | " + " | ".join(str(conf[(g, c)]) for c in cols) + " |")
    rep.extra_markdown = "\n".join(lines)
    return rep


def evaluate_direction(path: Path, *, out_of_fold: bool | None = None) -> EvalReport:
    """Out-of-fold on the file the shipped classifier was trained on (its manifest's sha256), the
    shipped classifier on any other file; ``out_of_fold`` forces the choice (``train-direction``)."""
    from pipeline.claims import direction_model as dm
    from pipeline.model_files import sha256_file

    path = Path(path)
    if out_of_fold is None:
        trained = {t["sha256"] for t in dm.manifest().get("trained_on", [])}
        out_of_fold = sha256_file(path) in trained
    if out_of_fold:
        y, pred, _ = dm.out_of_fold(path)
        gold = [GOLD[{v: k for k, v in dm.LABELS.items()}[g]] for g in y]
        return _report(gold, pred, str(path), "rules + classifier, 5-fold out-of-fold on the dev set")
    from pipeline.claims.direction import read_direction
    from pipeline.models import Article
    from pipeline.parsing import parse_path

    dm.load_model()  # a missing shipped model is an error before any record is read
    gold, pred = [], []
    for a in parse_path(path):
        if isinstance(a, Article) and a.extra.get("final_decision") in GOLD:
            gold.append(GOLD[a.extra["final_decision"]])
            pred.append(read_direction(a.extra.get("claim", a.title), a).direction)
    return _report(gold, pred, str(path), "rules + shipped classifier")


CLAIM_GOLD = PROJECT_ROOT / "data" / "eval" / "claim_directions.csv"
CORPUS = PROJECT_ROOT / "data" / "corpus"  # the bundled sample corpus the pairs' articles come from


def _corpus_articles(pmids: set[int], roots: list[Path]) -> dict[int, "Article"]:
    """The stored version of each PMID among the record files under ``roots`` (the richest source
    wins, as in the store)."""
    from pipeline.parsing import latest_articles

    return latest_articles(roots, pmids)


def evaluate_claim_directions(path: Path | None = None, corpus: list[Path] | None = None,
                              annotators: set[str] | None = None) -> EvalReport:
    """The direction of linked articles' findings against the seed's claims, on pairs two annotators
    labelled (``data/eval/claim_directions.csv``; articles read from ``corpus``, default the bundled
    ``data/corpus``).

    Reports the full reader (``read_claim_direction``: is the finding about the claim, then which way
    it points) and, for comparison, the direction reader alone on the same pairs. ``annotators``
    keeps only the pairs whose ``annotator`` column is one of them (the held-out file's batches)."""
    import csv

    from pipeline.claims.catalog import load_catalog
    from pipeline.claims.direction import read_claim_direction, read_direction
    from pipeline.claims.mentions import abbreviations_in

    path = Path(path) if path else CLAIM_GOLD
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if annotators:
        if rows and "annotator" not in rows[0]:
            raise ValueError(f"{path} has no annotator column")
        rows = [r for r in rows if r["annotator"] in annotators]
        if not rows:
            raise ValueError(f"{path}: no pairs labelled by {', '.join(sorted(annotators))}")
    claims = {c.id: c for c in load_catalog()}
    arts = _corpus_articles({int(r["pmid"]) for r in rows}, corpus or [CORPUS])
    from pipeline.claims.comparison_findings import article_direction, settings
    from pipeline.nlp.findings import load_model

    model = load_model()
    gold, pred, alone, tone = [], [], [], []
    missing = 0
    for r in rows:
        a, claim = arts.get(int(r["pmid"])), claims.get(r["claim_id"])
        if a is None or claim is None:
            missing += 1
            continue
        text = f"{a.title}\n{a.abstract}"
        abbrevs = abbreviations_in(text) if "(" in text else {}
        gold.append(COLLAPSE[r["direction"]])
        old = read_claim_direction(claim, a, abbrevs).direction
        tone.append(old)
        # the product's direction: the old reader's, combined with the per-comparison findings when
        # data/findings.yaml switches that on (pipeline/claims/comparison_findings.py)
        pred.append(article_direction(claim, a, old, model=model)[0])
        alone.append(read_direction(claim.title, a, polarity=claim.polarity).direction)
    combined = settings().get("link_direction", {}).get("combine")
    rep = _report(gold, pred, str(path), "finding-about-claim check + direction reader"
                  + (" + per-comparison findings (never more favourable)" if combined else ""))
    rep.name = "claim-direction"
    rep.summary["accuracy (direction reader alone)"] = (
        sum(g == COLLAPSE[p] for g, p in zip(gold, alone)) / len(gold) if gold else 0.0)
    rep.summary["accuracy (without the comparison findings)"] = (
        sum(g == COLLAPSE[p] for g, p in zip(gold, tone)) / len(gold) if gold else 0.0)
    rep.summary["pairs whose direction the comparison findings changed"] = sum(a != b for a, b in zip(tone, pred))
    rep.summary["pairs without their article or claim"] = missing
    return rep


def direction_dev_figures(path: Path) -> dict:
    """The 5-fold out-of-fold figures of `evidence eval direction` on ``path``, for the direction
    model's manifest (`evidence model train-direction`)."""
    from pipeline.nlp.eval_extraction import figures

    return {"out_of_fold": "5-fold", **figures(evaluate_direction(path, out_of_fold=True))}
