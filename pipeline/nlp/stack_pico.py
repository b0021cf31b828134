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

``python -m pipeline.nlp.stack_pico --data PATH --fit-docs 1500 --cache FILE`` measures it on the
tuning split of train (:func:`train_pico.tuning_split`; dev is not read).
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


def _full_job(args: tuple) -> tuple:
    """Train element ``e`` on every abstract into ``path``: (e, path)."""
    e, c1, path = args
    from pipeline.nlp.train_pico import train_crf

    toks, feats, cfg = _JOB
    train_crf(toks, feats, e, replace(cfg, c1=c1), Path(path))
    return e, path


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


def first_pass(data: Path, fit_docs: int | None, cfg, folds: int, procs: int, cache: Path,
               elements: Sequence[str] = ("I", "O")) -> dict:
    """The tuning split's first-pass marginals: cross-validated on the fit part, from CRFs trained on the
    whole fit part on the tune part; cached in ``cache`` (with each abstract's words, sentence ids and
    positions, and gold flags)."""
    from pipeline.nlp.pico import ELEMENTS
    from pipeline.nlp.train_pico import (_tokenised, cue_lexicons, featurize, gold_spans, inside, load_cues,
                                         read_docs, train_clusters, tuning_split)
    import pycrfsuite

    if cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            return json.load(fh)
    t0 = time.monotonic()
    fit, tune = tuning_split(read_docs(data / "train.jsonl.gz"))
    fit = fit[:fit_docs] if fit_docs else fit
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(tune))
    clusters = train_clusters([t[2][0] for t in ftoks], cfg)
    cues = load_cues(*cue_lexicons(cfg))
    ffeats, tfeats = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
    log.info("features ready in %.1f min", (time.monotonic() - t0) / 60)
    cv = cv_marginals(ftoks, ffeats, list(elements), cfg, folds, cfg.c1, procs)
    log.info("cross-validated marginals in %.1f min", (time.monotonic() - t0) / 60)
    tune_m = {}
    with tempfile.TemporaryDirectory() as tmp:
        got = run_jobs(_full_job, [(e, cfg.c1, str(Path(tmp) / f"{e}.crfsuite")) for e in elements],
                       ftoks, ffeats, cfg, procs)
        for e, path in got:
            t = pycrfsuite.Tagger()
            t.open(path)
            tune_m[e] = [[round(x, 4) for x in _marginals(t, f)] for f in tfeats]
    log.info("tune marginals in %.1f min", (time.monotonic() - t0) / 60)

    def part(toks, margs):
        return {"docs": [[t[2][0], t[2][3], t[2][1]] for t in toks],
                "gold": {e: [inside(t[2][2], gold_spans(t[0], e, cfg.aggregation)) for t in toks] for e in ELEMENTS},
                "margs": margs}

    out = {"fit": part(ftoks, cv), "tune": part(ttoks, tune_m), "clusters": clusters, "cues": cues}
    with gzip.open(cache, "wt", encoding="utf-8") as fh:
        json.dump(out, fh)
    return out


def second_pass(data: dict, element: str, inputs: Sequence[str], cfg, base: bool = True, **kw) -> dict:
    """Train the second pass of ``element`` on the fit part's cross-validated marginals of ``inputs``
    (with the first pass's own features when ``base``) and score it on the tune part."""
    import pycrfsuite

    from pipeline.nlp.pico_features import doc_context, token_features
    from pipeline.nlp.train_pico import bio

    cache: dict = {}
    clusters = {w: tuple(c) for w, c in data["clusters"].items()}

    def feats(part):
        out = []
        for k, (words, sent_ids, pos) in enumerate(part["docs"]):
            f = [[] for _ in words]
            if base:
                extras = doc_context(words, sent_ids, pos, data["cues"]) if cfg.doc_context else None
                f = token_features(words, pos, clusters, cache, extras=extras, wide=cfg.wide_window)
            s = stack_features(words, sent_ids, pos, {e: part["margs"][e][k] for e in inputs}, **kw)
            out.append([a + b for a, b in zip(f, s)])
        return out

    t0 = time.monotonic()
    ffeats = feats(data["fit"])
    tr = pycrfsuite.Trainer(verbose=False)
    for f, g in zip(ffeats, data["fit"]["gold"][element]):
        tr.append(pycrfsuite.ItemSequence(f), bio(g))
    tr.set_params({"c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.iterations,
                   "feature.minfreq": cfg.min_feature_count, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "s.crfsuite"
        tr.train(str(path))
        t = pycrfsuite.Tagger()
        t.open(str(path))
        probs = [_marginals(t, f) for f in feats(data["tune"])]
    gold = data["tune"]["gold"][element]
    docs = data["tune"]["docs"]
    first = data["tune"]["margs"][element]
    post = {"recur": 0.7, "recur_floor": 0.1}
    return {"element": element, "inputs": list(inputs), "base": base, "kw": kw,
            "first": _threshold_sweep(first, gold), "first_post": _threshold_sweep(first, gold, post, docs),
            "second": _threshold_sweep(probs, gold), "second_post": _threshold_sweep(probs, gold, post, docs),
            "minutes": round((time.monotonic() - t0) / 60, 1)}


def main(argv: list[str] | None = None) -> None:
    from pipeline.nlp.train_pico import PicoTrainConfig

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fit-docs", type=int, default=1500)
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--c1", type=float, default=5.0)
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--elements", default="I")
    ap.add_argument("--inputs", default="I,O")
    ap.add_argument("--no-base", action="store_true")
    ap.add_argument("--window", type=int, default=2)
    ap.add_argument("--no-doc", action="store_true")
    ap.add_argument("--no-sent", action="store_true")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    cfg = PicoTrainConfig(c1=a.c1)
    data = first_pass(a.data, a.fit_docs, cfg, a.folds, a.procs, a.cache, a.inputs.split(","))
    for e in a.elements.split(","):
        res = second_pass(data, e, a.inputs.split(","), cfg, base=not a.no_base, window=a.window,
                          doc=not a.no_doc, sent=not a.no_sent)
        print(json.dumps(res), flush=True)


if __name__ == "__main__":
    main()


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


def training_marginals(toks: list, feats: list, cfg, procs: int = 1) -> dict[str, list[list[float]]]:
    """The cross-validated first-pass marginals of the training abstracts the second pass learns from
    (:func:`cv_marginals`, ``cfg.stack_folds`` folds, the first pass's L1 weight scaled to each fold);
    cached under ``cfg.stack_cache`` when set, keyed by the training file, the abstracts and the
    first pass's settings (the same inputs give the same marginals, so a cache only saves time)."""
    import hashlib

    from pipeline.model_files import sha256_file

    st = stack_settings(vars(cfg))
    inputs = _split(st["inputs"])
    key = None
    if getattr(cfg, "stack_cache", ""):
        from pipeline.nlp.train_pico import manifest_settings

        settings = {k: v for k, v in manifest_settings(cfg, len(toks)).items()
                    if k not in ("thresholds", "post", "stack")}
        blob = json.dumps({"train": sha256_file(cfg.train), "n": len(toks), "settings": settings,
                           "folds": st["folds"]}, sort_keys=True, default=str)
        key = hashlib.sha256(blob.encode()).hexdigest()[:16]
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
