"""Measure the P/I/O tagger's stacked second pass (a CRF that reads the first pass's marginals) on the
tuning split of train. Its features are ``pico_features.stack_features``, its training
``train_pico.train_second_pass`` (off unless ``PicoTrainConfig.stack_elements`` names an element).

The first-pass CRFs (`pico.py`) decide each token from its own neighbourhood; a reviewer also reads
what the rest of the abstract says: a drug tagged as given in the methods is the same drug in the
results, a phrase tagged as an outcome is not what was given. The second pass gets, besides the first
pass's own features, each element's first-pass marginal (binned) at the token and the two tokens either
side, the highest marginal of the same word elsewhere in the abstract and in the title, and the
highest in the token's sentence.

Training it on first-pass marginals of the abstracts the first pass was trained on would teach it to
trust overconfident marginals; so its training marginals are cross-validated (``train_pico.cv_marginals``:
each fold's abstracts tagged by first-pass CRFs trained on the other folds, with the L1 weight scaled to
their number, as CRFsuite does not divide it by the number of sequences).

``python -m pipeline.nlp.stack_pico --data PATH --stack-cache DIR`` measures it on the tuning split of
train (:func:`train_pico.tuning_split`; dev is not read): the cross-validated marginals of all training
abstracts (those a stacked model's second pass learns from) are what the first pass says of each
tuning abstract without having seen it; a second pass trained on 1,500 of the other abstracts re-tags
them (:func:`tune`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from pipeline.nlp.pico_features import _split, stack_features, stack_settings
from pipeline.nlp.train_pico import _marginals, cache_key

log = logging.getLogger(__name__)

def _threshold_sweep(probs, gold, post=None, docs=None):
    from pipeline.nlp.pico import inside_flags
    from pipeline.nlp.tune_pico import THRESHOLDS

    rows = []
    for th in THRESHOLDS:
        tp = fp = fn = 0
        for k, (ps, gs) in enumerate(zip(probs, gold)):
            flags = inside_flags(docs[k][0], docs[k][1], ps, th, post) if post else [p >= th for p in ps]
            for f, g in zip(flags, gs):
                tp += f and g
                fp += f and not g
                fn += g and not f
        pr, rc = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        rows.append((round(2 * pr * rc / (pr + rc) if pr + rc else 0.0, 4), th, round(pr, 4), round(rc, 4)))
    return max(rows)


def tune(data: Path, cfg, fit_docs: int = 1500, variants: Sequence[dict] = ({},), procs: int = 1,
         wait_minutes: float = 0.0) -> list[dict]:
    """Token F1 on the tuning split: the first pass (cross-validated marginals, threshold swept, with
    and without the shipped Intervention post-processing) against second passes trained on the first
    ``fit_docs`` abstracts of the fit part, one per variant of ``cfg``'s stack fields (L1 weight
    ``cfg.c1``). ``wait_minutes``: how long to wait for the cached marginals another run is computing."""
    from pipeline.nlp.pico import read_clusters
    from pipeline.nlp.train_pico import (_tokenised, featurize, gold_spans, inside, read_docs, train_crf,
                                         tuning_split)

    docs = read_docs(data / "train.jsonl.gz")
    index = {str(d["pmid"]): k for k, d in enumerate(docs)}
    fit, held = tuning_split(docs)
    fit = fit[:fit_docs]
    shipped = Path(__file__).resolve().parents[2] / "data" / "models" / "pico"
    clusters = read_clusters(shipped)
    cues = json.loads((shipped / "cues.json").read_text(encoding="utf-8"))
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(held))
    ffeats, tfeats = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
    margs = {}
    wanted = set(_split(cfg.stack_elements)) | {x for v in variants for x in _split(replace(cfg, **v).stack_inputs)}
    key = cache_key(cfg, len(docs))
    deadline = time.monotonic() + 60 * wait_minutes
    for e in sorted(wanted):
        path = Path(cfg.stack_cache) / f"{key}.{e}.json.gz"
        while not path.exists() and time.monotonic() < deadline:  # another process is computing them
            time.sleep(20)
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            margs[e] = json.load(fh)
    results = []
    post = {"recur": 0.7, "recur_floor": 0.1}
    tdocs = [(t[2][0], t[2][3]) for t in ttoks]
    for e in _split(cfg.stack_elements):
        gold = [inside(t[2][2], gold_spans(t[0], e, cfg.aggregation)) for t in ttoks]
        first = [margs[e][index[str(t[0]["pmid"])]] for t in ttoks]
        results.append({"element": e, "first": _threshold_sweep(first, gold),
                        "first_post": _threshold_sweep(first, gold, post, tdocs)})

    def one(variant: dict) -> dict:
        import pycrfsuite

        c = replace(cfg, **variant)
        st = stack_settings(vars(c))
        inputs = _split(st["inputs"])
        kw = {"window": int(st["window"]), "doc": bool(st["doc"]), "sent": bool(st["sent"])}

        def combined(toks, feats):
            return [[a + b for a, b in zip(f, stack_features(
                t[2][0], t[2][3], t[2][1], {x: margs[x][index[str(t[0]["pmid"])]] for x in inputs}, **kw))]
                for t, f in zip(toks, feats)]

        out = {"variant": variant, "elements": {}}
        tf = combined(ttoks, tfeats)
        with tempfile.TemporaryDirectory() as tmp:
            for e in _split(c.stack_elements):
                path = Path(tmp) / f"{e}.crfsuite"
                train_crf(ftoks, combined(ftoks, ffeats), e, c, path)
                t = pycrfsuite.Tagger()
                t.open(str(path))
                probs = [_marginals(t, f) for f in tf]
                gold = [inside(x[2][2], gold_spans(x[0], e, c.aggregation)) for x in ttoks]
                out["elements"][e] = {"second": _threshold_sweep(probs, gold),
                                      "second_post": _threshold_sweep(probs, gold, post, tdocs)}
                for hi, lo in ((0.6, 0.1), (0.8, 0.1), (0.7, 0.2), (0.7, 0.05)):
                    out["elements"][e][f"post_{hi}_{lo}"] = _threshold_sweep(
                        probs, gold, {"recur": hi, "recur_floor": lo}, tdocs)
        return out

    global _TUNE
    _TUNE = one
    if procs > 1 and len(variants) > 1:
        import multiprocessing as mp

        with mp.get_context("fork").Pool(min(procs, len(variants))) as pool:
            results += pool.map(_tune_one, list(variants), chunksize=1)
    else:
        results += [one(v) for v in variants]
    return results


_TUNE = None


def _tune_one(variant: dict) -> dict:
    return _TUNE(variant)


def main(argv: list[str] | None = None) -> None:
    from pipeline.nlp.train_pico import PicoTrainConfig

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--stack-cache", type=Path, required=True)
    ap.add_argument("--fit-docs", type=int, default=1500)
    ap.add_argument("--c1", type=float, default=5.0, help="the second pass's L1 weight (5: the first pass's at 1,500)")
    ap.add_argument("--elements", default="I")
    ap.add_argument("--variant", action="append", default=[],
                    help="JSON object of stack fields, e.g. '{\"stack_inputs\": \"I\"}' (default: one run as set)")
    ap.add_argument("--procs", type=int, default=1)
    ap.add_argument("--wait", type=float, default=0.0, help="minutes to wait for the cached marginals")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # the cache is keyed by the shipped first pass's settings (c1 10 on all of train)
    cfg = PicoTrainConfig.from_data(a.data, stack_elements=a.elements, stack_cache=str(a.stack_cache))
    variants = [json.loads(v) for v in a.variant] or [{}]
    for v in variants:
        v.setdefault("c1", a.c1)
    for r in tune(a.data, cfg, a.fit_docs, variants, a.procs, a.wait):
        print(json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
