"""A stacked second pass for the P/I/O tagger: a CRF that reads the first pass's marginals.

The first-pass CRFs (`pico.py`) decide each token from its own neighbourhood; a reviewer also reads
what the rest of the abstract says: a drug tagged as given in the methods is the same drug in the
results, a phrase tagged as an outcome is not what was given. The second pass gets, besides the first
pass's own features, each element's first-pass marginal (binned) at the token and the two tokens either
side, the highest marginal of the same word elsewhere in the abstract and in the title, and the
highest in the token's sentence (:func:`stack_features`).

Training it on first-pass marginals of the abstracts the first pass was trained on would teach it to
trust overconfident marginals; so its training marginals are cross-validated (:func:`cv_marginals`:
each fold's abstracts tagged by first-pass CRFs trained on the other folds, with the L1 weight scaled to
their number, as CRFsuite does not divide it by the number of sequences).

``python -m pipeline.nlp.stack_pico --data PATH --stack-cache DIR`` measures it on the tuning split of
train (:func:`train_pico.tuning_split`; dev is not read): the cross-validated marginals of all training
abstracts (those the shipped model's second pass learns from) are what the first pass says of each
tuning abstract without having seen it; a second pass trained on 1,500 of the other abstracts re-tags
them (:func:`tune`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Mapping, Sequence

from pipeline.nlp.pico_features import _FUNCTION

log = logging.getLogger(__name__)

# marginal bins: the first pass's threshold sits at 0.35
_EDGES = (0.05, 0.15, 0.25, 0.35, 0.5, 0.7, 0.9)


def mbin(p: float) -> str:
    """The bin (0 … 7) of a marginal probability."""
    k = 0
    for e in _EDGES:
        if p < e:
            break
        k += 1
    return str(k)


def stack_features(words: Sequence[str], sent_ids: Sequence[int], positions: Sequence[str],
                   margs: Mapping[str, Sequence[float]], window: int = 2, doc: bool = True,
                   sent: bool = True) -> list[list[str]]:
    """Per token, the second pass's features from the first pass's marginals ``margs`` (element →
    per-token probability of being inside one of its spans): ``m<E><d>=`` the bin of element E's
    marginal at offset d (0 and up to ``window`` either side, within the sentence); ``d<E>=`` the
    highest marginal of the same word (four letters or more, not a function word) elsewhere in the
    abstract and ``t<E>=`` in the title; ``s<E>=`` the highest in the token's sentence."""
    n = len(words)
    low = [w.lower() for w in words]
    content = [len(w) >= 4 and w.isalpha() and w not in _FUNCTION for w in low]
    out: list[list[str]] = [[] for _ in range(n)]
    for e in sorted(margs):
        p = margs[e]
        bins = [mbin(x) for x in p]
        for i in range(n):
            f = out[i]
            f.append(f"m{e}0={bins[i]}")
            for d in range(1, window + 1):
                for j, tag in ((i - d, f"-{d}"), (i + d, f"+{d}")):
                    f.append(f"m{e}{tag}={bins[j]}" if 0 <= j < n and sent_ids[j] == sent_ids[i] else f"m{e}{tag}=<>")
            f.append(f"m{e}-1|0={bins[i - 1] if i > 0 and sent_ids[i - 1] == sent_ids[i] else '<>'}|{bins[i]}")
        if doc:
            # the two highest marginals of each word, so "elsewhere" excludes the token itself
            top: dict[str, list[float]] = {}
            title: dict[str, float] = {}
            for i in range(n):
                if content[i]:
                    t = top.setdefault(low[i], [0.0, 0.0])
                    if p[i] > t[0]:
                        t[0], t[1] = p[i], t[0]
                    elif p[i] > t[1]:
                        t[1] = p[i]
                    if positions[i] == "T":
                        title[low[i]] = max(title.get(low[i], 0.0), p[i])
            for i in range(n):
                if content[i]:
                    t = top[low[i]]
                    other = t[1] if p[i] >= t[0] else t[0]
                    out[i].append(f"d{e}={mbin(other)}")
                    if low[i] in title and positions[i] != "T":
                        out[i].append(f"t{e}={mbin(title[low[i]])}")
        if sent:
            best: dict[int, float] = {}
            for i in range(n):
                best[sent_ids[i]] = max(best.get(sent_ids[i], 0.0), p[i])
            for i in range(n):
                out[i].append(f"s{e}={mbin(best[sent_ids[i]])}")
    return out


def _marginals(tagger, feats: list[list[str]]) -> list[float]:
    import pycrfsuite

    tagger.set(pycrfsuite.ItemSequence(feats))
    return [1.0 - tagger.marginal("O", i) for i in range(len(feats))]


_JOB: tuple = ()


def _fold_job(args: tuple) -> tuple:
    """Train element ``e`` on all folds but ``k``, tag fold ``k``: (e, k, {doc index: marginals})."""
    e, k, folds, c1, tmp = args
    import pycrfsuite

    from pipeline.nlp.train_pico import train_crf

    toks, feats, cfg = _JOB
    held = [i for i in range(len(toks)) if i % folds == k]
    keep = [i for i in range(len(toks)) if i % folds != k]
    path = Path(tmp) / f"{e}.{k}.crfsuite"
    train_crf([toks[i] for i in keep], [feats[i] for i in keep], e, replace(cfg, c1=c1), path)
    t = pycrfsuite.Tagger()
    t.open(str(path))
    return e, k, {i: [round(x, 4) for x in _marginals(t, feats[i])] for i in held}


def run_jobs(fn, jobs: list, toks: list, feats: list, cfg, procs: int) -> list:
    """``fn`` over ``jobs`` in ``procs`` forked processes (they share ``toks``/``feats``, unpickled)."""
    global _JOB
    _JOB = (toks, feats, cfg)
    try:
        if procs <= 1:
            return [fn(j) for j in jobs]
        import multiprocessing as mp

        with mp.get_context("fork").Pool(procs) as pool:
            return pool.map(fn, jobs, chunksize=1)
    finally:
        _JOB = ()


def cv_marginals(toks: list, feats: list, elements: Sequence[str], cfg, folds: int, c1_full: float,
                 procs: int = 2) -> dict[str, list[list[float]]]:
    """Per element, each abstract's first-pass marginals from CRFs that did not see it (abstract i is in
    fold i mod ``folds``); each fold's L1 weight is ``c1_full`` scaled to its share of the abstracts."""
    c1 = c1_full * (folds - 1) / folds
    with tempfile.TemporaryDirectory() as tmp:
        got = run_jobs(_fold_job, [(e, k, folds, c1, tmp) for e in elements for k in range(folds)],
                       toks, feats, cfg, procs)
    out = {e: [None] * len(toks) for e in elements}
    for e, _, part in got:
        for i, m in part.items():
            out[e][i] = m
    return out


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


# ---------------------------------------------------------------------------------------------------
# the shipped model's second pass (train_pico.train, pico.PicoTagger)

def stack_file(element: str) -> str:
    """The second pass's CRF file of ``element`` in a model folder."""
    return f"{element}.stack.crfsuite"


def stack_settings(settings: Mapping) -> dict:
    """A model's second-pass settings (manifest ``settings.stack`` or a training config's fields): the
    elements it re-tags, the elements whose first-pass marginals it reads, and stack_features' switches;
    empty when there is no second pass."""
    st = settings.get("stack") if "stack" in settings else {
        "elements": settings.get("stack_elements", ""), "inputs": settings.get("stack_inputs", ""),
        "folds": settings.get("stack_folds", 2), "window": settings.get("stack_window", 2),
        "doc": settings.get("stack_doc", True), "sent": settings.get("stack_sent", True)}
    if not st or not st.get("elements"):
        return {}
    return dict(st)


def _split(s) -> list[str]:
    return [x for x in str(s or "").split(",") if x]


def cache_key(cfg, n: int) -> str:
    """The key of ``n`` training abstracts' cross-validated marginals in ``cfg.stack_cache``: the
    training file, the first pass's settings and the folds."""
    import hashlib

    from pipeline.model_files import sha256_file
    from pipeline.nlp.train_pico import manifest_settings

    settings = {k: v for k, v in manifest_settings(cfg, n).items() if k not in ("thresholds", "post", "stack")}
    blob = json.dumps({"train": sha256_file(cfg.train), "n": n, "settings": settings,
                       "folds": stack_settings(vars(cfg))["folds"]}, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def training_marginals(toks: list, feats: list, cfg, procs: int = 1) -> dict[str, list[list[float]]]:
    """The cross-validated first-pass marginals of the training abstracts the second pass learns from
    (:func:`cv_marginals`, ``cfg.stack_folds`` folds, the first pass's L1 weight scaled to each fold);
    cached under ``cfg.stack_cache`` when set, keyed by the training file, the abstracts and the
    first pass's settings (the same inputs give the same marginals, so a cache only saves time)."""
    st = stack_settings(vars(cfg))
    inputs = _split(st["inputs"])
    key = cache_key(cfg, len(toks)) if getattr(cfg, "stack_cache", "") else None
    out: dict[str, list[list[float]]] = {}
    todo = []
    for e in inputs:
        path = Path(cfg.stack_cache) / f"{key}.{e}.json.gz" if key else None
        if path is not None and path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                out[e] = json.load(fh)
        else:
            todo.append(e)
    if todo:
        got = cv_marginals(toks, feats, todo, cfg, int(st["folds"]), cfg.c1, procs)
        for e in todo:
            out[e] = got[e]
            if key:
                Path(cfg.stack_cache).mkdir(parents=True, exist_ok=True)
                with gzip.open(Path(cfg.stack_cache) / f"{key}.{e}.json.gz", "wt", encoding="utf-8") as fh:
                    json.dump(got[e], fh)
    return out


def train_second_pass(toks: list, feats: list, cfg, build: Path, procs: int = 1) -> None:
    """Train each second-pass element's CRF into ``build`` (:func:`stack_file`) on the first pass's
    features plus :func:`stack_features` of the cross-validated marginals."""
    from pipeline.nlp.train_pico import train_crf

    st = stack_settings(vars(cfg))
    margs = training_marginals(toks, feats, cfg, procs)
    inputs = _split(st["inputs"])
    for e in _split(st["elements"]):
        # a generator: the combined features of 4,000 abstracts are built as the trainer reads them
        combined = ([a + b for a, b in zip(f, stack_features(words, sent_ids, pos, {x: margs[x][k] for x in inputs},
                                                             window=int(st["window"]), doc=bool(st["doc"]),
                                                             sent=bool(st["sent"])))]
                    for k, ((_, _, (words, pos, _, sent_ids)), f) in enumerate(zip(toks, feats)))
        train_crf(toks, combined, e, cfg, build / stack_file(e))


def tune(data: Path, cfg, fit_docs: int = 1500, variants: Sequence[dict] = ({},), procs: int = 1) -> list[dict]:
    """Token F1 on the tuning split: the first pass (cross-validated marginals, threshold swept, with
    and without the shipped Intervention post-processing) against second passes trained on the first
    ``fit_docs`` abstracts of the fit part, one per variant of ``cfg``'s stack fields (L1 weight
    ``cfg.c1``)."""
    from pipeline.nlp.train_pico import (_tokenised, featurize, gold_spans, inside, read_docs, train_crf,
                                         tuning_split)

    docs = read_docs(data / "train.jsonl.gz")
    index = {str(d["pmid"]): k for k, d in enumerate(docs)}
    fit, held = tuning_split(docs)
    fit = fit[:fit_docs]
    shipped = Path(__file__).resolve().parents[2] / "data" / "models" / "pico"
    clusters = {}
    for line in (shipped / "clusters.tsv").read_text(encoding="utf-8").splitlines():
        w, a, b = line.split("\t")
        clusters[w] = (a, b)
    cues = json.loads((shipped / "cues.json").read_text(encoding="utf-8"))
    margs = {}
    for e in ("P", "I", "O"):
        path = Path(cfg.stack_cache) / f"{cache_key(cfg, len(docs))}.{e}.json.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                margs[e] = json.load(fh)
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(held))
    ffeats, tfeats = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
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
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    # the cache is keyed by the shipped first pass's settings (c1 10 on all of train)
    cfg = PicoTrainConfig.from_data(a.data, stack_elements=a.elements, stack_cache=str(a.stack_cache))
    variants = [json.loads(v) for v in a.variant] or [{}]
    for v in variants:
        v.setdefault("c1", a.c1)
    for r in tune(a.data, cfg, a.fit_docs, variants, a.procs):
        print(json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
