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

from pipeline.nlp.pico_features import set3_options
from pipeline.nlp.pico import text_pipeline
from pipeline.nlp.train_pico import (PicoTrainConfig, _tokenised, cluster_token_lists, cue_lexicons, featurize,
                                     featurize3, gold_spans, inside, load_cues, read_docs, train_clusters, train_crf,
                                     tuning_split)

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


def run(cfg: PicoTrainConfig, train_file: Path, fit_docs: int | None, elements: str,
        dump: Path | None = None) -> dict:
    """Train on the fit part (first ``fit_docs`` of it) and score the tune part: per element, F1 at
    each threshold of :data:`THRESHOLDS`. ``dump``: a ``.json.gz`` file to write the tune part's
    words, sentence ids, marginals and gold flags to (for span post-processing, :func:`postprocess`)."""
    import pycrfsuite

    t0 = time.monotonic()
    fit_all, tune = tuning_split(read_docs(train_file))
    fit = fit_all[:fit_docs] if fit_docs else fit_all
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(tune))
    unlabelled: list[list[str]] = []
    if cfg.cluster_text:
        # as the shipped model's clusters see all of train's text: the fit part's unused abstracts too, then
        # the cluster text (never the tune part's, dev's or EBM-NLP test's)
        rest = [d["text"] for d in fit_all[len(fit):]]
        unlabelled = [[t.text for t in d if not t.is_space] for d in text_pipeline().tokenizer.pipe(rest, batch_size=256)]
        unlabelled += cluster_token_lists(cfg, exclude_docs=tune)
    clusters = train_clusters([t[2][0] for t in ftoks] + unlabelled, cfg)
    cues = load_cues(*cue_lexicons(cfg))
    ffeats, tfeats = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
    fx, tx = featurize3(ftoks, cues, cfg), featurize3(ttoks, cues, cfg)
    out = {"fit_docs": len(fit), "tune_docs": len(tune), "elements": {}}
    dumped: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for e in elements.split(","):
            path = Path(tmp) / f"{e}.crfsuite"
            train_crf(ftoks, ffeats, e, cfg, path, fx)
            use3 = tx is not None and e in set3_options(vars(cfg))[0]
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            probs, gold = [], []
            for k, ((d, _, (_, _, offsets, _)), f) in enumerate(zip(ttoks, tfeats)):
                if use3:
                    f = [a + b for a, b in zip(f, tx[k])]
                tagger.set(pycrfsuite.ItemSequence(f))
                probs.append([1.0 - tagger.marginal("O", i) for i in range(len(f))])
                gold.append(inside(offsets, gold_spans(d, e, cfg.aggregation)))
            if dump is not None:
                dumped.setdefault("docs", [{"words": t[2][0], "sent_ids": t[2][3]} for t in ttoks])
                dumped[e] = {"probs": [[round(p, 4) for p in ps] for ps in probs], "gold": gold}
            sweep = {th: token_f1(probs, gold, th) for th in THRESHOLDS}
            best = max(sweep, key=lambda th: sweep[th][2])
            out["elements"][e] = {"best_threshold": best, "f1": round(sweep[best][2], 4),
                                  "precision": round(sweep[best][0], 4), "recall": round(sweep[best][1], 4),
                                  "sweep": {str(th): round(v[2], 4) for th, v in sweep.items()},
                                  "model_bytes": path.stat().st_size}
    if dump is not None:
        import gzip

        with gzip.open(dump, "wt", encoding="utf-8") as fh:
            json.dump(dumped, fh)
    out["minutes"] = round((time.monotonic() - t0) / 60, 1)
    return out


JOINERS = ("and", "plus", "+", "/", ",", "or", "with", "-")
POST_GRID = ([None]
             + [{"join": list(JOINERS[:k])} for k in (2, 4, 5, 7, 8)]
             + [{"recur": hi, "recur_floor": lo} for hi in (0.5, 0.6, 0.7, 0.8, 0.9) for lo in (0.0, 0.05, 0.1, 0.2)]
             + [{"join": list(JOINERS[:5]), "recur": hi, "recur_floor": lo} for hi in (0.6, 0.7) for lo in (0.1, 0.2)])


def post_sweep(dump: Path, element: str) -> list[dict]:
    """Token F1 on the tune part (a :func:`run` dump) of each span post-processing of
    :data:`POST_GRID` (``pico.inside_flags``) at each threshold, best first."""
    import gzip

    from pipeline.nlp.pico import inside_flags

    with gzip.open(dump, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    docs, probs, gold = data["docs"], data[element]["probs"], data[element]["gold"]
    rows = []
    for post in POST_GRID:
        for th in THRESHOLDS:
            tp = fp = fn = 0
            for d, ps, gs in zip(docs, probs, gold):
                for f, g in zip(inside_flags(d["words"], d["sent_ids"], ps, th, post), gs):
                    tp += f and g
                    fp += f and not g
                    fn += g and not f
            pr, rc = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
            rows.append({"post": post, "threshold": th, "f1": round(2 * pr * rc / (pr + rc) if pr + rc else 0.0, 4),
                         "precision": round(pr, 4), "recall": round(rc, 4)})
    return sorted(rows, key=lambda r: -r["f1"])


def with_settings(cfg, pairs: list[str]):
    """``cfg`` (a dataclass) with the ``name=value`` pairs of ``--set`` applied, each value read as the field's
    type ("true"/"false" for a flag, comma-separated integers for a tuple)."""
    changes = {}
    for kv in pairs:
        k, v = kv.split("=", 1)
        cur = getattr(cfg, k)
        changes[k] = ((v.lower() == "true") if isinstance(cur, bool) else tuple(int(x) for x in v.split(","))
                      if isinstance(cur, tuple) else type(cur)(v))
    return replace(cfg, **changes)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fit-docs", type=int, default=None)
    ap.add_argument("--elements", default="P,I,O")
    ap.add_argument("--dump", type=Path, default=None, help="write the tune part's marginals (.json.gz)")
    ap.add_argument("--set", action="append", default=[], help="a PicoTrainConfig field: name=value")
    ap.add_argument("--cluster-text", type=Path, action="append", default=[],
                    help="unlabelled record files or folders for the word clusters (repeat it); the fit part's other "
                         "abstracts are then added too")
    ap.add_argument("--post", type=Path, default=None,
                    help="no training: sweep span post-processing over a --dump file's marginals")
    a = ap.parse_args(argv)
    if a.post:
        for e in a.elements.split(","):
            rows = post_sweep(a.post, e)
            base = max((r for r in rows if r["post"] is None), key=lambda r: r["f1"])
            print(json.dumps({"element": e, "no_post": base, "best": rows[:8]}))
        return
    dev = a.data / "dev.jsonl.gz"  # only left out of the cluster text
    cfg = with_settings(PicoTrainConfig(dev=dev if dev.is_file() else None), a.set)
    if a.cluster_text:
        cfg = replace(cfg, cluster_text=tuple(str(p) for p in a.cluster_text))
    res = run(cfg, a.data / "train.jsonl.gz", a.fit_docs, a.elements, a.dump)
    # the fields --set changed, as the command line gave them
    print(json.dumps({"settings": dict(kv.split("=", 1) for kv in a.set),
                      **({"cluster_text": [str(p) for p in a.cluster_text]} if a.cluster_text else {}), **res}))


if __name__ == "__main__":
    main()
