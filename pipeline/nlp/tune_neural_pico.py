"""The P/I/O CNN's measurement on the tuning split of train; dev is never read (docs/measurement-history.md, P/I/O
spans, session 12).

    python -m pipeline.nlp.tune_neural_pico --data PATH/TO/ebm_nlp --fit-docs 1500 \\
        --control CTRL.json.gz --write-control
    python -m pipeline.nlp.tune_neural_pico --data PATH/TO/ebm_nlp --fit-docs 1500 \\
        --set epochs=5 --set width=128 --set window=2 --set dropout=0.3 --dump RUN.json.gz

``--control`` is the tuning abstracts' marginals of the CRF trained on the same fit abstracts
(:func:`crf_control`, ``--write-control``), for the like-for-like comparison and the ensemble.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path
from typing import Sequence

from pipeline.nlp.neural_pico import (CnnConfig, build_model, feature_index, inside_probs, model_doc,
                                      train_model, train_static_vectors)
from pipeline.nlp.train_pico import soft_flags

log = logging.getLogger(__name__)


def unlabelled_texts(data: Path, extra: Sequence[Path] = ()) -> list[str]:
    """Titles and abstracts for the static vectors: EBM-NLP train's text (no spans read) and the texts
    ``unlabelled.unlabelled_texts`` reads under ``extra`` (e.g. evidence_inference's abstracts)."""
    from pipeline.nlp import unlabelled
    from pipeline.nlp.train_pico import read_docs

    texts = [d["text"] for d in read_docs(Path(data) / "train.jsonl.gz")]
    return sorted(set(texts) | set(unlabelled.unlabelled_texts(extra)))


def prepare(docs: list[dict], element: str, aggregation: str, vocab, feats, cues,
            targets: str | None = None) -> tuple[list, list]:
    """(spaCy docs with the dense inputs attached, gold inside flags) of EBM-NLP records (``targets``: the
    soft training targets of :func:`soft_flags` instead)."""
    from pipeline.nlp.train_pico import _tokenised, gold_spans, inside

    sdocs, flags = [], []
    for d, sdoc, (words, positions, offsets, sent_ids) in _tokenised(docs):
        sdocs.append(model_doc(sdoc.vocab, words, positions, sent_ids, vocab, feats, cues))
        flags.append(soft_flags(d, offsets, element, targets) if targets
                     else inside(offsets, gold_spans(d, element, aggregation)))
    return sdocs, flags


def sweep(probs, gold, docs=None, post=None) -> tuple[float, float, float, float]:
    """(F1, threshold, precision, recall) at the best threshold of ``tune_pico.THRESHOLDS`` (with the span
    post-processing ``post`` when given; ``docs``: (words, sent_ids) per abstract)."""
    from pipeline.nlp.stack_pico import _threshold_sweep

    return _threshold_sweep(probs, gold, post, docs)


def tune(data: Path, cfg: CnnConfig, fit_docs: int | None, control: Path | None, vector_text: Sequence[Path] = (),
         dump: Path | None = None, aggregation: str = "HMMCrowd") -> list[dict]:
    """Train on the first ``fit_docs`` abstracts of the fit part, score the tuning part after every epoch
    (best threshold; with the CRF control's marginals averaged in, at weights 0.3 / 0.5 / 0.7; with the
    shipped Intervention post-processing). Returns one row per epoch."""
    from pipeline.nlp.pico import DEFAULT_MODEL_DIR
    from pipeline.nlp.train_pico import read_docs, tuning_split

    t0 = time.monotonic()
    fit, held = tuning_split(read_docs(Path(data) / "train.jsonl.gz"))
    fit = fit[:fit_docs] if fit_docs else fit
    cues = json.loads((DEFAULT_MODEL_DIR / "cues.json").read_text(encoding="utf-8"))
    vocab = table = None
    if cfg.vectors:
        from pipeline.nlp.pico import text_pipeline

        texts = unlabelled_texts(data, vector_text)
        toks = [[t.text for t in d if not t.is_space] for d in text_pipeline().tokenizer.pipe(texts, batch_size=256)]
        words, table = train_static_vectors(toks, cfg)
        vocab = {w: i + 1 for i, w in enumerate(words)}
        log.info("vectors: %d words from %d texts (%.1f min)", len(words), len(texts), (time.monotonic() - t0) / 60)
    def doc_tokens(sd):
        return [t.text for t in sd], *sd.user_data["pico_tokens"]

    feats = None
    fsd, fflags = prepare(fit, cfg.element, aggregation, vocab, None, cues, cfg.targets)
    tsd, tflags = prepare(held, cfg.element, aggregation, vocab, None, cues)
    if cfg.context:
        clusters = None
        if cfg.clusters:  # the shipped model's (from train's unlabelled text, as in the stack measurement)
            from pipeline.nlp.pico import read_clusters

            clusters = read_clusters(DEFAULT_MODEL_DIR)
        feats = feature_index(list(map(doc_tokens, fsd)), cues, clusters=clusters)
        fsd = [model_doc(sd.vocab, *doc_tokens(sd), vocab, feats, cues, clusters=clusters) for sd in fsd]
        tsd = [model_doc(sd.vocab, *doc_tokens(sd), vocab, feats, cues, clusters=clusters) for sd in tsd]
    tdocs = [(w, s) for w, _, s in map(doc_tokens, tsd)]
    ctrl = None
    if control is not None:
        with gzip.open(control, "rt", encoding="utf-8") as fh:
            c = json.load(fh)
        if c["pmids"] != [str(d["pmid"]) for d in held]:
            raise ValueError(f"{control} is not the tuning split's marginals in order")
        ctrl = c["probs"]
    post = {"recur": 0.7, "recur_floor": 0.1}
    rows = []

    def on_epoch(epoch, model):
        probs = inside_probs(model, tsd)
        row = {"epoch": epoch, "cnn": sweep(probs, tflags), "cnn_post": sweep(probs, tflags, tdocs, post),
               "minutes": round((time.monotonic() - t0) / 60, 1)}
        if ctrl is not None:
            row["crf"] = sweep(ctrl, tflags)
            for w in (0.3, 0.5, 0.7):
                avg = [[w * a + (1 - w) * b for a, b in zip(pa, pb)] for pa, pb in zip(probs, ctrl)]
                row[f"avg{w}"] = sweep(avg, tflags)
                row[f"avg{w}_post"] = sweep(avg, tflags, tdocs, post)
        rows.append(row)
        print(json.dumps(row), flush=True)
        if dump is not None:
            with gzip.open(dump.with_name(f"{dump.name.split('.')[0]}.e{epoch}.json.gz"), "wt", encoding="utf-8") as fh:
                json.dump({"pmids": [str(d["pmid"]) for d in held],
                           "probs": [[round(p, 4) for p in ps] for ps in probs]}, fh)

    model = build_model(cfg, table, len(feats) if feats else 0)
    train_model(model, fsd, fflags, cfg, on_epoch)
    return rows


def crf_control(data: Path, fit_docs: int | None, out: Path, c1: float = 5.0, element: str = "I") -> dict:
    """The control: the CRF first pass (shipped features, word clusters and cue lists; L1 ``c1``) trained on
    the same fit abstracts, its tuning-split marginals written to ``out`` (.json.gz)."""
    import tempfile

    import pycrfsuite

    from pipeline.nlp.pico import DEFAULT_MODEL_DIR, read_clusters
    from pipeline.nlp.train_pico import (PicoTrainConfig, _marginals, _tokenised, featurize, gold_spans, inside,
                                         read_docs, train_crf, tuning_split)

    cfg = PicoTrainConfig.from_data(data, c1=c1)
    fit, held = tuning_split(read_docs(cfg.train))
    fit = fit[:fit_docs] if fit_docs else fit
    clusters = read_clusters(DEFAULT_MODEL_DIR)
    cues = json.loads((DEFAULT_MODEL_DIR / "cues.json").read_text(encoding="utf-8"))
    ftoks, ttoks = list(_tokenised(fit)), list(_tokenised(held))
    ff, tf = featurize(ftoks, clusters, cues, cfg), featurize(ttoks, clusters, cues, cfg)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{element}.crfsuite"
        train_crf(ftoks, ff, element, cfg, path)
        t = pycrfsuite.Tagger()
        t.open(str(path))
        probs = [_marginals(t, f) for f in tf]
    gold = [inside(x[2][2], gold_spans(x[0], element, cfg.aggregation)) for x in ttoks]
    res = {"pmids": [str(x[0]["pmid"]) for x in ttoks], "probs": [[round(p, 4) for p in ps] for ps in probs],
           "fit_docs": len(fit), "c1": c1}
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        json.dump(res, fh)
    return {"crf": sweep(probs, gold), "fit_docs": len(fit)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--fit-docs", type=int, default=1500)
    ap.add_argument("--control", type=Path, default=None, help="the CRF control's tuning marginals (.json.gz)")
    ap.add_argument("--write-control", action="store_true", help="train the CRF control and write --control")
    ap.add_argument("--vector-text", type=Path, action="append", default=[],
                    help="more unlabelled abstracts (.jsonl.gz) for the static vectors")
    ap.add_argument("--dump", type=Path, default=None, help="write each epoch's tuning probabilities (NAME.eK.json.gz)")
    ap.add_argument("--set", action="append", default=[], help="a CnnConfig field: name=value")
    a = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if a.write_control:
        print(json.dumps(crf_control(a.data, a.fit_docs, a.control)))
        return
    from pipeline.nlp.tune_pico import with_settings

    cfg = with_settings(CnnConfig(), a.set)
    print(json.dumps({"config": asdict(cfg)}), flush=True)
    tune(a.data, cfg, a.fit_docs, a.control, a.vector_text, a.dump)


if __name__ == "__main__":
    main()
