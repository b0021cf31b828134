"""Train our own spaCy 3 NER model (scispaCy's trained models cannot be downloaded here).

Training data: the *train* split of BC5CDR (Chemical, Disease), IOB format, from the folder given to
``evidence model train-ner --data PATH`` (README says where ours come from); other train splits can be
added with ``--train``. Model selection: entity-level F1 on the BC5CDR *devel* split, measured on raw
sentence text cut by the model's own tokenizer (``tokenizer.ner_tokenizer``), comparing character
spans; the saved model is then also scored on the devel abstracts as whole documents through the
pipeline (PubTator file). Test splits are never read.

A build is reproducible: fixed seeds, deterministic word vectors, a fixed number of epochs (no
wall-clock budget) and a manifest without timestamps, so the same data and libraries give the same
files byte for byte.
"""

from __future__ import annotations

import logging
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

from pipeline.eval_report import EvalReport, LabelScore, prf
from pipeline.nlp.iob import IobSentence, read_iob
from pipeline.nlp.pubtator import PubtatorDoc

log = logging.getLogger(__name__)
# Where BC5CDR's files sit inside an NER dataset folder (``--data``), as in the MTL-Bioinformatics-2016 layout.
# BC5CDR alone: adding NCBI-disease (different Disease guidelines) scored lower on BC5CDR devel
# (micro-F1 0.795 vs 0.801 in equal time).
BC5CDR_TRAIN = Path("BC5CDR/iob/train.tsv")
BC5CDR_DEVEL = Path("BC5CDR/iob/devel.tsv")
# the same devel abstracts as whole raw documents, for the figure "as the pipeline meets text"
BC5CDR_DEVEL_DOCUMENTS = Path("BC5CDR/pubtator/CDR_DevelopmentSet.PubTator.txt")
from pipeline.nlp.ner_files import FORMAT, MANIFEST, REBUILD  # noqa: E402  (the model folder's facts)


def dataset_files(root: Path) -> tuple[Path, Path, Path | None]:
    """(train, devel, devel documents) of BC5CDR under ``root``: the NER dataset folder
    (``root/BC5CDR/...``) or BC5CDR's own folder (``root/iob/...``). The PubTator devel file is optional."""
    root = Path(root)
    for base in (root, root / "BC5CDR"):
        train, devel = base / "iob/train.tsv", base / "iob/devel.tsv"
        if train.is_file() and devel.is_file():
            docs = base / "pubtator" / BC5CDR_DEVEL_DOCUMENTS.name
            return train, devel, docs if docs.is_file() else None
    raise FileNotFoundError(f"no BC5CDR iob/train.tsv and iob/devel.tsv under {root} (or {root / 'BC5CDR'})")


@dataclass
class TrainConfig:
    train: list[Path] = field(default_factory=list)
    devel: Path | None = None
    devel_documents: Path | None = None  # reported at the end, through the whole pipeline
    labels: tuple[str, ...] = ("Chemical", "Disease")
    epochs: int = 30
    width: int = 128
    depth: int = 4
    embed_size: int = 5000
    dropout: float = 0.2
    batch_size: int = 64
    max_train_sentences: int | None = None
    max_devel_sentences: int | None = None
    seed: int = 0
    # Skip-gram word vectors trained on the train split plus unlabelled abstracts (word_vectors.py);
    # BC5CDR devel micro-F1 0.810 with them, 0.801 without (30 epochs each).
    vectors: bool = True
    vector_text: list[Path] = field(default_factory=list)

    @classmethod
    def from_data(cls, root: Path, **kw) -> "TrainConfig":
        """The configuration for BC5CDR under the dataset folder ``root`` (see :func:`dataset_files`)."""
        train, devel, docs = dataset_files(root)
        return cls(train=[train], devel=devel, devel_documents=docs, **kw)


def _blank():
    from pipeline.nlp.tokenizer import ner_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = ner_tokenizer(nlp)
    return nlp


def make_model(cfg: TrainConfig, train_sents: list[IobSentence] | None = None) -> spacy.language.Language:
    """A blank scispaCy-tokenizer pipeline with an untrained NER; with ``cfg.vectors`` the vocabulary
    gets word vectors trained on ``train_sents`` and ``cfg.vector_text`` first."""
    nlp = _blank()
    if cfg.vectors:
        from pipeline.nlp.word_vectors import load_or_train

        load_or_train([s.tokens for s in train_sents or []], cfg.vector_text, nlp.tokenizer).attach(nlp)
    tok2vec = {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": cfg.vectors or None,
               "width": cfg.width, "depth": cfg.depth, "embed_size": cfg.embed_size, "window_size": 1,
               "maxout_pieces": 3, "subword_features": True}
    ner = nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 64, "maxout_pieces": 2, "use_upper": True, "tok2vec": tok2vec}})
    for lab in cfg.labels:
        ner.add_label(lab)
    return nlp


def _examples(nlp, sents: list[IobSentence], labels: tuple[str, ...]) -> list[Example]:
    out = []
    for s in sents:
        doc = Doc(nlp.vocab, words=s.tokens)
        ents = [Span(doc, a, b, label=lab) for a, b, lab in s.spans if lab in labels]
        ref = Doc(nlp.vocab, words=s.tokens)
        ref.ents = ents
        out.append(Example(doc, ref))
    return out


def _report(pairs, labels: tuple[str, ...], n: int) -> EvalReport:
    """Entity-level P/R/F1 from (predicted, gold) sets of (start, end, label) character spans."""
    counts = {lab: [0, 0, 0] for lab in labels}
    for pred, gold in pairs:
        for lab in labels:
            p = {x for x in pred if x[2] == lab}
            t = {x for x in gold if x[2] == lab}
            counts[lab][0] += len(p & t)
            counts[lab][1] += len(p - t)
            counts[lab][2] += len(t - p)
    rep = EvalReport(name="ner", data="", n=n)
    tp = fp = fn = 0
    for lab, (a, b, c) in counts.items():
        p, r, f = prf(a, b, c)
        rep.labels.append(LabelScore(lab, p, r, f, a + c, a, b, c))
        tp, fp, fn = tp + a, fp + b, fn + c
    rep.summary["micro_f1"] = prf(tp, fp, fn)[2]
    return rep


def _predicted(nlp, texts: list[str], labels: tuple[str, ...], batch_size: int):
    for doc in nlp.pipe(texts, batch_size=batch_size):
        yield {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in labels}


def evaluate(nlp, sents: list[IobSentence], labels: tuple[str, ...]) -> EvalReport:
    """Entity-level P/R/F1 on raw sentence text, tokenised by our pipeline (char-span exact match)."""
    texts, gold = [], []
    for s in sents:
        text, offsets = s.text_and_offsets()
        texts.append(text)
        gold.append({(offsets[a][0], offsets[b - 1][1], lab) for a, b, lab in s.spans if lab in labels})
    return _report(zip(_predicted(nlp, texts, labels, 128), gold), labels, len(sents))


def evaluate_documents(nlp, docs: list[PubtatorDoc], labels: tuple[str, ...]) -> EvalReport:
    """Entity-level P/R/F1 on whole raw documents (title + abstract) with gold character offsets."""
    gold = [{x for x in d.spans if x[2] in labels} for d in docs]
    rep = _report(zip(_predicted(nlp, [d.text for d in docs], labels, 16), gold), labels, len(docs))
    rep.name = "ner_documents"
    return rep


def _documents_summary(cfg: TrainConfig, model_dir: Path) -> dict[str, float]:
    """The saved model's F1 on whole devel documents, loaded the way the pipeline loads it."""
    from pipeline.nlp.pipeline import build_nlp
    from pipeline.nlp.pubtator import read_pubtator

    docs = read_pubtator(cfg.devel_documents)
    if cfg.max_devel_sentences:
        docs = docs[: max(1, cfg.max_devel_sentences // 10)]
    build_nlp.cache_clear()  # the folder was just rewritten; a cached pipeline would be the old model
    rep = evaluate_documents(build_nlp(str(model_dir), lexicons=False), docs, cfg.labels)
    out = {"documents_micro_f1": rep.summary["micro_f1"]}
    out.update({f"documents_{s.label}_f1": s.f1 for s in rep.labels})
    return out


def _vector_text_files(cfg: TrainConfig) -> list[Path]:
    from pipeline.parsing import iter_paths

    return list(iter_paths([p for p in cfg.vector_text if Path(p).exists()])) if cfg.vectors else []


def _replace_folder(build: Path, output: Path) -> None:
    """Move the finished ``build`` to ``output``, replacing an earlier model there (never a folder
    that is not a model: that is refused rather than deleted)."""
    if output.exists():
        if not output.is_dir() or (any(output.iterdir()) and not (output / "meta.json").exists()):
            raise FileExistsError(f"{output} exists and is not a spaCy model folder; choose another --output")
        shutil.rmtree(output)
    build.rename(output)


def train(cfg: TrainConfig, output: Path, progress=None, command: str | None = None) -> EvalReport:
    """Train, keep the best epoch by devel F1, save to ``output`` with its manifest (``command``: the
    command line that rebuilds it, recorded there); returns the devel report."""
    if not cfg.train or cfg.devel is None:
        raise ValueError("TrainConfig needs train file(s) and a devel file (see TrainConfig.from_data)")
    # OpenBLAS splits a matrix product over its threads, and under load the split (and so the order of
    # the floating-point sums) can change between runs: one thread keeps a rebuild byte-for-byte
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        return _train(cfg, output, progress, command)


def _train(cfg: TrainConfig, output: Path, progress, command: str | None) -> EvalReport:
    from pipeline.model_files import fingerprint, library_versions, sha256_file, write_json

    random.seed(cfg.seed)
    spacy.util.fix_random_seed(cfg.seed)  # numpy's and thinc's generators: weights and dropout
    train_sents = [s for p in cfg.train for s in read_iob(p)]
    if cfg.max_train_sentences:
        train_sents = train_sents[: cfg.max_train_sentences]
    devel = read_iob(cfg.devel)
    if cfg.max_devel_sentences:
        devel = devel[: cfg.max_devel_sentences]
    nlp = make_model(cfg, train_sents)
    examples = _examples(nlp, train_sents, cfg.labels)
    optimizer = nlp.initialize(lambda: examples)
    best_f, best_rep, best_epoch = -1.0, None, 0
    start = time.monotonic()
    output = Path(output)
    build = output.with_name(output.name + ".building")
    if build.exists():
        shutil.rmtree(build)
    for epoch in range(1, cfg.epochs + 1):
        random.shuffle(examples)
        losses: dict = {}
        for i in range(0, len(examples), cfg.batch_size):
            nlp.update(examples[i:i + cfg.batch_size], drop=cfg.dropout, sgd=optimizer, losses=losses)
        rep = evaluate(nlp, devel, cfg.labels)
        f = rep.summary["micro_f1"]
        log.info("epoch %d: loss %.1f, devel F1 %.3f (%s)", epoch, losses.get("ner", 0.0), f,
                 ", ".join(f"{s.label} {s.f1:.3f}" for s in rep.labels))
        if progress:
            progress(epoch, f)
        if f > best_f:
            best_f, best_rep, best_epoch = f, rep, epoch
            build.mkdir(parents=True, exist_ok=True)
            nlp.to_disk(build)
    if cfg.devel_documents and Path(cfg.devel_documents).exists():
        best_rep.summary.update(_documents_summary(cfg, build))
    figures = {k: round(v, 4) for k, v in best_rep.summary.items() if isinstance(v, float)}
    figures.update({f"{s.label}_f1": round(s.f1, 4) for s in best_rep.labels})
    figures["best_epoch"] = best_epoch
    vector_files = _vector_text_files(cfg)
    manifest = {
        "model": "ner", "format": FORMAT,
        "description": "spaCy CNN NER (Chemical, Disease) with skip-gram word vectors; best epoch by devel F1",
        "trained_on": fingerprint(cfg.train),
        "model_selection": fingerprint([cfg.devel]),
        "vector_text": fingerprint(vector_files, cfg.vector_text),
        "settings": {"epochs": cfg.epochs, "width": cfg.width, "depth": cfg.depth, "embed_size": cfg.embed_size,
                     "dropout": cfg.dropout, "batch_size": cfg.batch_size, "seed": cfg.seed, "vectors": cfg.vectors,
                     "labels": list(cfg.labels), "max_train_sentences": cfg.max_train_sentences,
                     "max_devel_sentences": cfg.max_devel_sentences},
        "libraries": library_versions("spacy", "thinc", "numpy", *(("gensim",) if cfg.vectors else ())),
        "rebuild_command": command or REBUILD,
        "dev_figures": figures,
        "files": {f.relative_to(build).as_posix(): sha256_file(f) for f in sorted(build.rglob("*")) if f.is_file()},
    }
    write_json(build / MANIFEST, manifest)
    _replace_folder(build, output)
    best_rep.data = f"{cfg.devel} (trained on {', '.join(str(p) for p in cfg.train)}; {len(train_sents)} sentences)"
    best_rep.summary["best_epoch"] = best_epoch
    best_rep.summary["train_minutes"] = round((time.monotonic() - start) / 60, 1)
    return best_rep
