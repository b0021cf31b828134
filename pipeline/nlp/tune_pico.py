"""Choose the P/I/O tagger's features and settings without looking at EBM-NLP dev.

(``--data`` is given explicitly: nothing here reads a default data folder.)
The training abstracts are split once, by document (:func:`train_pico.tuning_split`, 10 %, seed 0):
a CRF is trained on (a subset of) the *fit* part, with word clusters built from the fit text only, and
scored on the *tune* part, with each element's marginal-probability threshold swept; dev is scored
only by the final model. Token-level F1 as in :func:`train_pico.evaluate` (a token is inside a
predicted span exactly when its marginal reaches the threshold).

    python -m pipeline.nlp.tune_pico --data PATH/TO/ebm_nlp --fit-docs 1000 \\
        --elements I,O --set doc_context=false --set wide_window=false
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from pipeline.nlp.train_pico import (PicoTrainConfig, _tokenised, featurize, gold_spans, inside, load_cues,
                                     read_docs, train_clusters, train_crf, tuning_split)

THRESHOLDS = tuple(round(0.1 + 0.05 * k, 2) for k in range(11))  # 0.10 … 0.60


def token_f1(probs: list[list[float]], gold: list[list[bool]], th: float) -> tuple[float, float, float]:
    """(precision, recall, F1) of tokens whose marginal reaches ``th`` against gold flags."""
    tp = fp = fn = 0
    for ps, gs in zip(probs, gold):
        for p, g in zip(ps, gs):
            if p >= th:
                tp += g
                fp += not g
            else:
                fn += g
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def run(cfg: PicoTrainConfig, train_file: Path, fit_docs: int | None, elements: str) -> dict:
    """Train on the fit part (first ``fit_docs`` of it) and score the tune part: per element, F1 at
    each threshold of :data:`THRESHOLDS`."""
    import pycrfsuite

    t0 = time.monotonic()
    fit, tune = tuning_split(read_docs(train_file))
    fit = fit[:fit_docs] if fit_docs else fit
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(tune))
    clusters = train_clusters([t[2][0] for t in ftoks], cfg)
    cues = load_cues(cfg.cues)
    ffeats, tfeats = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
    out = {"fit_docs": len(fit), "tune_docs": len(tune), "elements": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for e in elements.split(","):
            path = Path(tmp) / f"{e}.crfsuite"
            train_crf(ftoks, ffeats, e, cfg, path)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            probs, gold = [], []
            for (d, _, (_, _, offsets, _)), f in zip(ttoks, tfeats):
                tagger.set(pycrfsuite.ItemSequence(f))
                probs.append([1.0 - tagger.marginal("O", i) for i in range(len(f))])
                gold.append(inside(offsets, gold_spans(d, e, cfg.aggregation)))
            sweep = {th: token_f1(probs, gold, th) for th in THRESHOLDS}
            best = max(sweep, key=lambda th: sweep[th][2])
            out["elements"][e] = {"best_threshold": best, "f1": round(sweep[best][2], 4),
                                  "precision": round(sweep[best][0], 4), "recall": round(sweep[best][1], 4),
                                  "sweep": {str(th): round(v[2], 4) for th, v in sweep.items()},
                                  "model_bytes": path.stat().st_size}
    out["minutes"] = round((time.monotonic() - t0) / 60, 1)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fit-docs", type=int, default=None)
    ap.add_argument("--elements", default="P,I,O")
    ap.add_argument("--set", action="append", default=[], help="a PicoTrainConfig field: name=value")
    a = ap.parse_args(argv)
    cfg = PicoTrainConfig()
    changes = {}
    for kv in a.set:
        k, v = kv.split("=", 1)
        cur = getattr(cfg, k)
        changes[k] = (v.lower() == "true") if isinstance(cur, bool) else type(cur)(v)
    cfg = replace(cfg, **changes)
    res = run(cfg, a.data / "train.jsonl.gz", a.fit_docs, a.elements)
    print(json.dumps({"settings": changes, **res}))


if __name__ == "__main__":
    main()
