"""Train the P/I/O tagger (`pico.py`) on EBM-NLP and measure it.

Data: the folder given to ``evidence model train-pico --data PATH`` holds ``train.jsonl.gz`` and
``dev.jsonl.gz`` (one JSON object a line: ``pmid``, ``text``, ``spans`` per element per aggregation
of the crowd labels, character ``[start, end)`` spans). We train on the ``HMMCrowd`` aggregation of
*train*, as EBM-NLP's authors recommend, and only report on *dev* (nothing is chosen on it: the
settings in :class:`PicoTrainConfig` were chosen on a tuning split of train, ``tune_pico.py``).

Steps: tokenise each abstract as the pipeline does; train skip-gram vectors on the training text
(``word_vectors.train_vectors``, deterministic) and cluster them with k-means (single-threaded, fixed
seed) at two grains; train one CRF per element (BIO labels) with L-BFGS for a fixed number of
iterations. Same data and libraries → byte-identical files.
"""

from __future__ import annotations

import gzip
import json
import logging
import shutil
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from pipeline.eval_report import EvalReport, LabelScore, prf
from pipeline.nlp.pico import CLUSTERS_FILE, CUES_FILE, ELEMENTS, FORMAT, MANIFEST, REBUILD, PicoTagger, model_file
from pipeline.nlp.pico_features import _split, stack_features, stack_file, stack_settings

if TYPE_CHECKING:
    from pipeline.nlp.neural_pico import CnnConfig

log = logging.getLogger(__name__)
TRAIN_FILE, DEV_FILE = "train.jsonl.gz", "dev.jsonl.gz"


@dataclass
class PicoTrainConfig:
    train: Path | None = None
    dev: Path | None = None
    aggregation: str = "HMMCrowd"
    max_docs: int | None = None       # a subset of train (quick experiments, tests)
    max_dev_docs: int | None = None
    # Chosen on the tuning split of train (tune_pico: 1,500 fit / 405 tune abstracts, feature set 2):
    # stronger L1 was better at every step tried (I token F1 0.594 / 0.599 / 0.623 / 0.632 / 0.634 and
    # O 0.646 / 0.650 / 0.675 / 0.690 / 0.695 at c1 0.1 / 0.3 / 1 / 2.5 / 5). CRFsuite's penalty is not
    # divided by the number of sequences, so on the 4,047 training abstracts (2.7x the fit part) the
    # same strength is about twice 5.
    c1: float = 10.0
    c2: float = 0.01
    iterations: int = 150
    min_feature_count: int = 3
    vector_dim: int = 100
    vector_epochs: int = 10
    vector_min_count: int = 2
    coarse_clusters: int = 64
    fine_clusters: int = 512
    # further unlabelled text for the vectors the clusters come from (files or folders; unlabelled.py reads
    # them, less EBM-NLP dev and test). Off: on the tuning split, Intervention +0.004 on average over three
    # seeds of the vectors and k-means (+0.006, -0.002, +0.007), within their spread (session 43)
    cluster_text: tuple[str, ...] = ()
    # marginal probability above which a token is inside a span (the CRF's Viterbi path is
    # precision-heavy): each element's best on the tuning split (I 0.3, O 0.35 at c1 5; P 0.35 at c1 1)
    # (I: 0.35 with its post-processing below, session 10; 0.3 before)
    thresholds: dict[str, float] = field(default_factory=lambda: {"P": 0.35, "I": 0.35, "O": 0.35})
    # span post-processing per element (pico.inside_flags), chosen on the tuning split (tune_pico --post):
    # I token F1 0.634 → 0.641 with a word sure somewhere (0.7) carried to its other mentions (≥ 0.1);
    # joining spans over "and"/"plus"/"," added nothing
    post: dict[str, dict] = field(default_factory=lambda: {"I": {"recur": 0.7, "recur_floor": 0.1}})
    seed: int = 0
    doc_context: bool = True   # feature set 2: title words, recurrence, section, cue words (pico_features.doc_context)
    wide_window: bool = True   # the words three tokens away too
    cues: str = "pico_cues"    # data/lexicons/<cues>.yaml, copied into the model as cues.json
    # feature set 3 (pico_features.arm_context; all off = feature set 2), for the elements of
    # set3_elements only: further cue classes of the cue lexicon read around each token
    # (comma-separated), words seen beside a "given" cue anywhere in the abstract, the cue classes of
    # the whole sentence, and a chemical-name list (data/lexicons/<name>.yaml)
    set3_elements: str = ""
    set3_cues: str = "pico_arm_cues"
    extra_cues: str = ""
    doc_arm: bool = False
    sent_cues: bool = False
    gazetteer: str = ""
    affixes: bool = False
    jobs: int = 1              # elements trained at once (forked processes); the files are the same either way
    # the stacked second pass (stack_pico.py): the elements it re-tags (none: no second pass), the
    # elements whose cross-validated first-pass marginals it reads, the folds, stack_features' switches
    stack_elements: str = ""
    stack_inputs: str = "I"
    stack_folds: int = 2
    stack_window: int = 2
    stack_doc: bool = True
    stack_sent: bool = True
    stack_cache: str = ""      # a folder for the cross-validated marginals (saves time only; not in the manifest)
    # a CNN (neural_pico.py) per element named here, its probabilities averaged with the element's CRF
    # marginals with weight neural_weight (none: no CNN, a format-2/3 model); the CnnConfig fields it sets.
    # Chosen on the tuning split (tune_neural_pico.tune, 1,500 fit abstracts; docs/measurement-history.md):
    # Intervention token F1 0.6465 for the CRF alone, 0.651 for this CNN alone, 0.667 for their average (weight
    # 0.5, threshold 0.35) after 3 epochs (0.664 / 0.665 / 0.665 after 2 / 4 / 5); width 96 with ±4 tokens read: 0.630 alone.
    # Off by default in sessions 12-42 (lead's decision, session 12): on EBM-NLP dev the average gave
    # Intervention 0.664 -> 0.691, short of the 0.70 target, for an extract stage 1.63x slower when issue 17
    # allows 1.5x for the whole first refresh, which then stood at 1.16-1.29x the day the issue was filed.
    # Session 13 measured cheaper CNNs the same way (docs/measurement-history.md, the frontier table), tagged by
    # neural_pico.FastCnn: width 64, two layers of ±2 tokens, the CRFs' clusters instead of vectors: 0.6585
    # averaged (0.6375 alone) after 4 epochs, a CNN file of about 2 MB; width 96 with clusters 0.6645.
    # On by default since session 43: the refresh had come down to 1.05x (CPU; wall 0.75x) and the
    # extract stage's CNN under FastCnn costs about 10.3 s CPU on the bundled corpus (the stage 1.36x the CRFs'),
    # which keeps the whole first refresh within 1.5x (README, Benchmarks). Session 12's settings with two
    # window layers instead of four (±4 tokens read, not ±8): on the tuning split 0.6642 averaged at weight 0.5
    # after 3 epochs against four layers' 0.6673 (both re-measured in session 43; the clusters' seeds alone move
    # the CRF by ±0.006), on dev 0.690 against 0.691, for 10.3 s of extract CPU on the bundled corpus instead
    # of 16.2 s and a 4.3 MB file instead of 5.3 MB.
    neural_elements: str = "I"
    neural_weight: float = 0.5
    neural_epochs: int = 3
    neural_width: int = 128
    neural_depth: int = 2            # two window layers of ±2 tokens: ±4 read
    neural_window: int = 2
    neural_dropout: float = 0.3
    neural_learn_rate: float = 0.001
    neural_vectors: bool = True      # the CNN's own frozen skip-gram vectors (a file of their own)
    neural_clusters: bool = False    # the CRFs' word clusters in the CNN's context multi-hot (no file of their own)
    # a model folder whose first-pass CRFs were trained with these very settings on this very file: they are
    # copied instead of retrained (CRFsuite is deterministic, so this saves time only; checked, see reuse_first_pass)
    first_pass_from: str = ""

    @classmethod
    def from_data(cls, root: Path, **kw) -> "PicoTrainConfig":
        train, dev = dataset_files(root)
        return cls(train=train, dev=dev, **kw)


def dataset_files(root: Path) -> tuple[Path, Path]:
    """(train, dev) files of the EBM-NLP folder ``root``."""
    root = Path(root)
    train, dev = root / TRAIN_FILE, root / DEV_FILE
    if not (train.is_file() and dev.is_file()):
        raise FileNotFoundError(f"no {TRAIN_FILE} and {DEV_FILE} under {root}")
    return train, dev


def read_docs(path: Path, limit: int | None = None) -> list[dict]:
    """The documents of a ``.jsonl.gz`` (or plain ``.jsonl``) file, in file order."""
    opener = gzip.open if str(path).endswith(".gz") else open
    out = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def gold_spans(doc: dict, element: str, aggregation: str) -> list[tuple[int, int]]:
    return [tuple(s) for s in doc.get("spans", {}).get(ELEMENTS[element], {}).get(aggregation, [])]


def inside(offsets: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each token (by its start offset) lies inside one of ``spans``."""
    return [any(a <= s < b for a, b in spans) for s, _ in offsets]


def bio(flags: list[bool]) -> list[str]:
    out, prev = [], False
    for f in flags:
        out.append(("I" if prev else "B") if f else "O")
        prev = f
    return out


def tuning_split(docs: list[dict], fraction: float = 0.1, seed: int = 0) -> tuple[list[dict], list[dict]]:
    """(fit, tune): a document-level split of the training abstracts, the same every time (PMIDs
    sorted, then shuffled with ``seed``), so features and settings are chosen on ``tune`` and EBM-NLP
    dev stays the reported, untouched figure."""
    import random

    ids = sorted({str(d["pmid"]) for d in docs})
    random.Random(seed).shuffle(ids)
    held = set(ids[: round(len(ids) * fraction)])
    return [d for d in docs if str(d["pmid"]) not in held], [d for d in docs if str(d["pmid"]) in held]


def load_cues(name: str = "pico_cues", *more: str) -> dict[str, list[str]]:
    """The cue word lists (``data/lexicons/<name>.yaml``, and the lists of each of ``more``),
    lower-cased."""
    from pipeline.nlp.vocabulary import vocabulary

    lists = dict(vocabulary(name))
    for extra in more:
        if extra:
            lists.update(vocabulary(extra))
    return {k: sorted({w.lower() for w in v}) for k, v in sorted(lists.items())}


def chemical_words(pubtator: Path, min_share: float = 0.5) -> list[str]:
    """The words of a PubTator file's Chemical mentions (BC5CDR train) that are mostly used inside one:
    lower-cased, four characters or more, function words out, and only words whose occurrences in the
    file's titles and abstracts are at least ``min_share`` inside a Chemical mention ("cisplatin",
    not "oral" or "inhibitors"). The P/I/O tagger's gazetteer (``data/lexicons/pico_chemicals.yaml``)."""
    import re
    from collections import Counter

    from pipeline.nlp.pico_features import _FUNCTION

    word = re.compile(r"[A-Za-z][A-Za-z0-9]*")
    chem, every = Counter(), Counter()
    for line in Path(pubtator).read_text(encoding="utf-8").splitlines():
        head = line[:20]
        if "|t|" in head or "|a|" in head:
            every.update(w.lower() for w in word.findall(line.split("|", 2)[2]))
            continue
        parts = line.split("\t")
        if len(parts) >= 5 and parts[4] == "Chemical":
            chem.update(w.lower() for w in word.findall(parts[3]))
    return sorted(w for w, c in chem.items()
                  if len(w) >= 4 and w not in _FUNCTION and c / max(every.get(w, c), c) >= min_share)


def featurize(toks: list, clusters: dict, cues: dict, cfg: "PicoTrainConfig") -> list[list[list[str]]]:
    """The CRF features of tokenised abstracts (:func:`_tokenised`), as the tagger will compute them."""
    from pipeline.nlp.pico_features import doc_context, token_features

    cache: dict = {}
    out = []
    for _, _, (words, pos, _, sent_ids) in toks:
        extras = doc_context(words, sent_ids, pos, cues) if cfg.doc_context else None
        out.append(token_features(words, pos, clusters, cache, extras=extras, wide=cfg.wide_window))
    return out


def cue_lexicons(cfg: "PicoTrainConfig") -> tuple[str, ...]:
    """The lexicons a model trained with ``cfg`` copies into its cues.json: the cue lists, and feature
    set 3's (arm cues, chemical names) only when an element reads it, so a feature-set-2 model's
    cues.json stays as it was."""
    from pipeline.nlp.pico_features import set3_options

    if not set3_options(vars(cfg))[0]:
        return (cfg.cues,)
    return (cfg.cues, cfg.set3_cues, cfg.gazetteer)


def featurize3(toks: list, cues: dict, cfg: "PicoTrainConfig") -> list[list[list[str]]] | None:
    """Feature set 3 of tokenised abstracts (``pico_features.arm_context``), None when it is off."""
    from pipeline.nlp.pico_features import arm_context, set3_options

    elements, kw = set3_options(vars(cfg))
    if not elements:
        return None
    return [arm_context(words, sent_ids, cues, **kw) for _, _, (words, _, _, sent_ids) in toks]


def _tokenised(docs: list[dict]):
    from pipeline.nlp.pico import text_pipeline
    from pipeline.nlp.pico_features import doc_tokens

    for d, sdoc in zip(docs, text_pipeline().pipe([d["text"] for d in docs], batch_size=64)):
        yield d, sdoc, doc_tokens(sdoc)


def cluster_token_lists(cfg: PicoTrainConfig, exclude_docs: Sequence[dict] = ()) -> list[list[str]]:
    """The tokens of ``cfg.cluster_text``'s titles and abstracts (``unlabelled.unlabelled_texts``), cut by
    the tagger's tokenizer, less EBM-NLP dev, its expert test abstracts and ``exclude_docs`` (by PMID and by
    opening). Empty when no cluster text is set."""
    if not cfg.cluster_text:
        return []
    from pipeline.nlp.pico import text_pipeline
    from pipeline.nlp.unlabelled import EBM_NLP_TEST_PMIDS, read_pmids, unlabelled_texts

    held = list(exclude_docs) + (read_docs(cfg.dev) if cfg.dev is not None else [])
    texts = unlabelled_texts(cfg.cluster_text, exclude_pmids=read_pmids(EBM_NLP_TEST_PMIDS) | {str(d.get("pmid")) for d in held},
                             exclude_texts=[d["text"] for d in held])
    tok = text_pipeline().tokenizer
    out = [[t.text for t in d if not t.is_space] for d in tok.pipe(texts, batch_size=256)]
    log.info("pico: %d unlabelled abstracts (%d tokens) for the word clusters", len(out), sum(map(len, out)))
    return out


def train_clusters(token_lists: list[list[str]], cfg: PicoTrainConfig) -> dict[str, tuple[str, str]]:
    """Lower-cased word → (coarse, fine) k-means cluster of its skip-gram vector."""
    import numpy as np
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    from pipeline.nlp.word_vectors import train_vectors

    vecs = train_vectors([[w.lower() for w in ws] for ws in token_lists], dim=cfg.vector_dim,
                         epochs=cfg.vector_epochs, min_count=cfg.vector_min_count, seed=cfg.seed)
    words = [w for w in vecs.words if "\t" not in w and "\n" not in w]
    m = np.vstack([vecs.matrix[i] for i, w in enumerate(vecs.words) if "\t" not in w and "\n" not in w])
    m = m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    grains = []
    with threadpool_limits(1):  # one thread: k-means sums in a fixed order, so the same clusters every time
        for k in (cfg.coarse_clusters, cfg.fine_clusters):
            k = max(1, min(k, len(words)))
            grains.append(KMeans(n_clusters=k, random_state=cfg.seed, n_init=1).fit_predict(m))
    return {w: (str(a), str(b)) for w, a, b in zip(words, *grains)}


def manifest_settings(cfg: PicoTrainConfig, training_documents: int) -> dict:
    """The ``settings`` a model trained with ``cfg`` on ``training_documents`` abstracts records in its
    manifest (what the tagger reads back: thresholds, post-processing, feature switches)."""
    return {"aggregation": cfg.aggregation, "max_docs": cfg.max_docs, "c1": cfg.c1, "c2": cfg.c2,
            "iterations": cfg.iterations, "min_feature_count": cfg.min_feature_count,
            "vector_dim": cfg.vector_dim, "vector_epochs": cfg.vector_epochs,
            "vector_min_count": cfg.vector_min_count, "coarse_clusters": cfg.coarse_clusters,
            "fine_clusters": cfg.fine_clusters, "thresholds": dict(sorted(cfg.thresholds.items())),
            "post": {e: cfg.post[e] for e in sorted(cfg.post)},
            "seed": cfg.seed, "training_documents": training_documents, "doc_context": cfg.doc_context,
            "wide_window": cfg.wide_window, "cues": f"data/lexicons/{cfg.cues}.yaml",
            "set3_elements": cfg.set3_elements, "set3_cues": f"data/lexicons/{cfg.set3_cues}.yaml",
            "extra_cues": cfg.extra_cues, "doc_arm": cfg.doc_arm,
            "sent_cues": cfg.sent_cues, "affixes": cfg.affixes,
            "gazetteer": f"data/lexicons/{cfg.gazetteer}.yaml" if cfg.gazetteer else "",
            **({"stack": stack_settings(vars(cfg))} if stack_settings(vars(cfg)) else {}),
            **({"neural": {"elements": cfg.neural_elements, "weight": cfg.neural_weight}} if cfg.neural_elements else {}),
            # only when set, so a model without it compares equal to those trained before the field existed
            **({"cluster_text": [Path(p).name for p in cfg.cluster_text]} if cfg.cluster_text else {})}


def cnn_config(cfg: PicoTrainConfig):
    """The ``neural_pico.CnnConfig`` of ``cfg``'s neural_* fields."""
    from pipeline.nlp.neural_pico import CnnConfig

    return CnnConfig(epochs=cfg.neural_epochs, width=cfg.neural_width, depth=cfg.neural_depth,
                     window=cfg.neural_window, dropout=cfg.neural_dropout, learn_rate=cfg.neural_learn_rate,
                     vectors=cfg.neural_vectors, clusters=cfg.neural_clusters, targets=cfg.aggregation, seed=cfg.seed)


def train(cfg: PicoTrainConfig, output: Path, command: str | None = None) -> EvalReport:
    """Train on ``cfg.train``, save to ``output`` with its manifest (dev figures included); returns the
    dev report."""

    from pipeline.model_files import fingerprint, library_versions, sha256_file, write_json
    from pipeline.nlp import unlabelled
    from pipeline.nlp.train_ner import _replace_folder

    if cfg.train is None or cfg.dev is None:
        raise ValueError("PicoTrainConfig needs train and dev files (see PicoTrainConfig.from_data)")
    start = time.monotonic()
    docs = read_docs(cfg.train, cfg.max_docs)
    toks = list(_tokenised(docs))
    log.info("pico: %d training abstracts, %d tokens", len(toks), sum(len(t[2][0]) for t in toks))
    clusters = train_clusters([t[2][0] for t in toks] + cluster_token_lists(cfg), cfg)
    cues = load_cues(*cue_lexicons(cfg))
    feats = featurize(toks, clusters, cues, cfg)
    extras = featurize3(toks, cues, cfg)
    output = Path(output)
    build = output.with_name(output.name + ".building")
    if build.exists():
        shutil.rmtree(build)
    build.mkdir(parents=True)
    (build / "meta.json").write_text('{"model": "pico"}\n', encoding="utf-8")  # marks the folder as a model's
    (build / CLUSTERS_FILE).write_text("".join(f"{w}\t{a}\t{b}\n" for w, (a, b) in sorted(clusters.items())),
                                       encoding="utf-8")
    write_json(build / CUES_FILE, cues)
    if cfg.first_pass_from:
        reuse_first_pass(Path(cfg.first_pass_from), build, cfg, len(docs))
    else:
        _train_elements(toks, feats, cfg, build, extras)
    if stack_settings(vars(cfg)):
        train_second_pass(toks, feats, cfg, build, procs=max(1, cfg.jobs))
    settings = manifest_settings(cfg, len(docs))
    if cfg.neural_elements:
        settings["neural"].update(train_into(toks, _split(cfg.neural_elements), cnn_config(cfg), cues, build,
                                               clusters))
    manifest = {
        "model": "pico", "format": FORMAT if cfg.neural_elements else 3 if stack_settings(vars(cfg)) else 2,
        "description": "P/I/O span tagger: one CRFsuite CRF per element over NER-tokenizer tokens, with "
                       "k-means clusters of skip-gram vectors trained on the training abstracts "
                       "(and the unlabelled abstracts of cluster_text, when set); "
                       "a token is inside a span when its marginal probability reaches the threshold, "
                       "then each element's span post-processing (settings.post)"
                       + (NEURAL_DESCRIPTION if cfg.neural_elements else ""),
        "trained_on": fingerprint([cfg.train]),
        **({"cluster_text": unlabelled.fingerprint(cfg.cluster_text)} if cfg.cluster_text else {}),
        "evaluated_on": fingerprint([cfg.dev]),
        "settings": settings,
        "libraries": library_versions("python-crfsuite", "spacy", "gensim", "scikit-learn", "numpy",
                                      *(("thinc",) if cfg.neural_elements else ())),
        "rebuild_command": command or REBUILD,
        "files": {f.relative_to(build).as_posix(): sha256_file(f) for f in sorted(build.rglob("*")) if f.is_file()},
    }
    rep = evaluate(PicoTagger(build, manifest), read_docs(cfg.dev, cfg.max_dev_docs), cfg.aggregation)
    manifest["dev_figures"] = {k: v for k, v in rep.summary.items() if isinstance(v, float)}
    write_json(build / MANIFEST, manifest)
    _replace_folder(build, output)
    rep.data = f"{cfg.dev} (trained on {cfg.train}; {len(docs)} abstracts)"
    rep.summary["train_minutes"] = round((time.monotonic() - start) / 60, 1)
    return rep


def reuse_first_pass(source: Path, build: Path, cfg: PicoTrainConfig, training_documents: int) -> None:
    """Copy the first-pass CRFs of the model folder ``source`` into ``build`` after checking that they are
    what training here would write: the same training file (SHA-256), the same first-pass settings, and
    byte-identical word clusters and cue lists (just written to ``build``); else ValueError."""
    from pipeline.model_files import fingerprint

    man = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
    skip = ("thresholds", "post", "stack", "neural")
    mine = {k: v for k, v in manifest_settings(cfg, training_documents).items() if k not in skip}
    theirs = {k: v for k, v in man.get("settings", {}).items() if k not in skip}
    problems = []
    if man.get("trained_on") != fingerprint([cfg.train]):
        problems.append("training file")
    if mine != theirs:
        problems.append("settings " + ", ".join(sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))))
    for name in (CLUSTERS_FILE, CUES_FILE):
        if (source / name).read_bytes() != (build / name).read_bytes():
            problems.append(name)
    if problems:
        raise ValueError(f"cannot reuse the first pass of {source}: it differs in {'; '.join(problems)}")
    for e in ELEMENTS:
        shutil.copyfile(source / model_file(e), build / model_file(e))
    log.info("pico: first-pass CRFs copied from %s (same file, settings, clusters and cues)", source)


_FORKED: tuple = ()  # what forked trainers read (features are not pickled: a child shares its parent's memory)


def _train_forked(element: str) -> None:
    toks, feats, cfg, build, extras = _FORKED
    train_crf(toks, feats, element, cfg, build / model_file(element), extras)


def _train_elements(toks: list, feats: list, cfg: PicoTrainConfig, build: Path, extras: list | None = None) -> None:
    """One CRF per element into ``build``: in turn, or ``cfg.jobs`` at a time in forked processes."""
    global _FORKED
    if cfg.jobs <= 1:
        for e in ELEMENTS:
            train_crf(toks, feats, e, cfg, build / model_file(e), extras)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    _FORKED = (toks, feats, cfg, build, extras)
    try:
        todo = list(ELEMENTS)
        while todo:
            batch, todo = todo[:cfg.jobs], todo[cfg.jobs:]
            procs = [ctx.Process(target=_train_forked, args=(e,)) for e in batch]
            for pr in procs:
                pr.start()
            for pr in procs:
                pr.join()
            failed = [e for e, pr in zip(batch, procs) if pr.exitcode != 0]
            if failed:
                raise RuntimeError(f"training the {', '.join(failed)} tagger failed (exit codes "
                                   f"{[pr.exitcode for pr in procs]})")
    finally:
        _FORKED = ()


def train_crf(toks: list, feats: list, element: str, cfg: PicoTrainConfig, path: Path,
              extras: list | None = None) -> None:
    """Train one element's CRF (BIO labels from the ``cfg.aggregation`` spans) into ``path``; ``extras``
    (:func:`featurize3`) are added when the element reads feature set 3."""
    import pycrfsuite

    from pipeline.nlp.pico_features import set3_options

    if extras is not None and element not in set3_options(vars(cfg))[0]:
        extras = None
    trainer = pycrfsuite.Trainer(verbose=False)
    for k, ((d, _, (_, _, offsets, _)), f) in enumerate(zip(toks, feats)):
        if extras is not None:
            f = [a + b for a, b in zip(f, extras[k])]
        trainer.append(pycrfsuite.ItemSequence(f), bio(inside(offsets, gold_spans(d, element, cfg.aggregation))))
    trainer.set_params({"c1": cfg.c1, "c2": cfg.c2, "max_iterations": cfg.iterations,
                        "feature.minfreq": cfg.min_feature_count, "feature.possible_transitions": True})
    t0 = time.monotonic()
    trainer.train(str(path))
    log.info("pico: %s tagger trained in %.0f s", ELEMENTS[element], time.monotonic() - t0)


def evaluate(tagger: PicoTagger, docs: list[dict], aggregation: str = "HMMCrowd") -> EvalReport:
    """Token-level P/R/F1 per element (a token counts when its start lies inside a span), and
    span-level F1: exact (same token-aligned start and end) and overlap (a predicted span overlapping
    a gold one counts for precision, a gold span overlapped by a prediction for recall)."""
    tok = {e: [0, 0, 0] for e in ELEMENTS}
    exact = {e: [0, 0, 0] for e in ELEMENTS}
    over = {e: [0, 0, 0, 0] for e in ELEMENTS}  # predicted hit, predicted, gold hit, gold
    for d, sdoc, (_, _, offsets, _) in _tokenised(docs):
        spans = tagger.spans_of_doc(sdoc)
        for e in ELEMENTS:
            gold = gold_spans(d, e, aggregation)
            pred = [(s.start, s.end) for s in spans if s.element == e]
            g, p = inside(offsets, gold), inside(offsets, pred)
            tok[e][0] += sum(a and b for a, b in zip(p, g))
            tok[e][1] += sum(a and not b for a, b in zip(p, g))
            tok[e][2] += sum(b and not a for a, b in zip(p, g))
            # gold spans snapped to the tokens they hold, so exact match compares like with like
            snapped = set()
            for a, b in gold:
                held = [o for o in offsets if a <= o[0] < b]
                if held:
                    snapped.add((held[0][0], held[-1][1]))
            ps = set(pred)
            exact[e][0] += len(ps & snapped)
            exact[e][1] += len(ps - snapped)
            exact[e][2] += len(snapped - ps)
            over[e][0] += sum(any(a < gb and ga < b for ga, gb in snapped) for a, b in ps)
            over[e][1] += len(ps)
            over[e][2] += sum(any(a < gb and ga < b for a, b in ps) for ga, gb in snapped)
            over[e][3] += len(snapped)
    rep = EvalReport(name="pico", data="", n=len(docs))
    for e, (tp, fp, fn) in tok.items():
        p, r, f = prf(tp, fp, fn)
        rep.labels.append(LabelScore(ELEMENTS[e], round(p, 4), round(r, 4), round(f, 4), tp + fn, tp, fp, fn))
        rep.summary[f"{e}_token_f1"] = round(f, 4)
    for e in ELEMENTS:
        rep.summary[f"{e}_span_exact_f1"] = round(prf(*exact[e])[2], 4)
        ph, pn, gh, gn = over[e]
        p, r = (ph / pn if pn else 0.0), (gh / gn if gn else 0.0)
        rep.summary[f"{e}_span_overlap_f1"] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
    rep.summary["macro_token_f1"] = round(sum(rep.summary[f"{e}_token_f1"] for e in ELEMENTS) / len(ELEMENTS), 4)
    rep.extra_markdown = ("Token-level: a token is an element's when its start lies inside a span (gold: EBM-NLP "
                          f"`{aggregation}` crowd aggregation). Span exact: same token-aligned start and end; "
                          "span overlap: any shared character.")
    return rep


# --- the stacked second pass (pico_features.stack_features; tuned by stack_pico.py) ----------------------

def _marginals(tagger, feats: list[list[str]]) -> list[float]:
    import pycrfsuite

    tagger.set(pycrfsuite.ItemSequence(feats))
    return [1.0 - tagger.marginal("O", i) for i in range(len(feats))]


_JOB: tuple = ()


def _fold_job(args: tuple) -> tuple:
    """Train element ``e`` on all folds but ``k``, tag fold ``k``: (e, k, {doc index: marginals})."""
    e, k, folds, c1, tmp = args
    import pycrfsuite

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


def cache_key(cfg, n: int) -> str:
    """The key of ``n`` training abstracts' cross-validated marginals in ``cfg.stack_cache``: the
    training file, the first pass's settings and the folds."""
    import hashlib

    from pipeline.model_files import sha256_file

    settings = {k: v for k, v in manifest_settings(cfg, n).items()
                if k not in ("thresholds", "post", "stack", "neural")}
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
                dest = Path(cfg.stack_cache) / f"{key}.{e}.json.gz"
                part = dest.with_name(dest.name + ".part")  # renamed when complete: a reader never sees half a file
                with gzip.open(part, "wt", encoding="utf-8") as fh:
                    json.dump(got[e], fh)
                part.replace(dest)
    return out


def train_second_pass(toks: list, feats: list, cfg, build: Path, procs: int = 1) -> None:
    """Train each second-pass element's CRF into ``build`` (:func:`stack_file`) on the first pass's
    features plus :func:`stack_features` of the cross-validated marginals. With ``cfg.stack_cache``
    the trained CRF is kept there too, keyed by everything that decides it, and copied from there
    when present (training is deterministic, so this saves time only)."""
    import hashlib

    st = stack_settings(vars(cfg))
    inputs = _split(st["inputs"])
    cache = Path(cfg.stack_cache) if getattr(cfg, "stack_cache", "") else None
    margs = None
    for e in _split(st["elements"]):
        kept = None
        if cache is not None:
            blob = json.dumps({"marginals": cache_key(cfg, len(toks)), "stack": st, "element": e, "c1": cfg.c1,
                               "c2": cfg.c2, "iterations": cfg.iterations, "minfreq": cfg.min_feature_count},
                              sort_keys=True)
            kept = cache / f"{hashlib.sha256(blob.encode()).hexdigest()[:16]}.{stack_file(e)}"
            if kept.exists():
                shutil.copyfile(kept, build / stack_file(e))
                log.info("pico: %s second pass copied from %s", e, kept)
                continue
        if margs is None:
            margs = training_marginals(toks, feats, cfg, procs)
        # a generator: the combined features of 4,000 abstracts are built as the trainer reads them
        combined = ([a + b for a, b in zip(f, stack_features(words, sent_ids, pos, {x: margs[x][k] for x in inputs},
                                                             window=int(st["window"]), doc=bool(st["doc"]),
                                                             sent=bool(st["sent"])))]
                    for k, ((_, _, (words, pos, _, sent_ids)), f) in enumerate(zip(toks, feats)))
        train_crf(toks, combined, e, cfg, build / stack_file(e))
        if kept is not None:
            shutil.copyfile(build / stack_file(e), kept.with_name(kept.name + ".part"))
            kept.with_name(kept.name + ".part").replace(kept)


# What a format-4 manifest adds to its description (written by every build, so the shipped manifest states it).
NEURAL_DESCRIPTION = ("; for the elements of settings.neural the marginal is first averaged (its weight) with the "
                      "probability of a CNN token encoder (neural_pico) over hashed word features, its own skip-gram "
                      "vectors and the abstract's context features")


# --- the CNNs of a format-4 model (the model itself: neural_pico.py) ---------------------------------------

def soft_flags(d: dict, offsets, element: str, targets: str) -> list[float]:
    """Each token's share of the aggregations named in ``targets`` (comma-separated) that put it inside a span."""
    aggs = [a for a in targets.split(",") if a]
    per = [inside(offsets, gold_spans(d, element, a)) for a in aggs]
    return [sum(x) / len(aggs) for x in zip(*per)]


def train_into(toks: list, elements: Sequence[str], cfg: CnnConfig, cues: dict, build: Path,
               clusters: dict | None = None) -> dict:
    """Train a CNN per element on tokenised training abstracts (:func:`_tokenised`) into the model
    folder ``build``: the static vectors (trained on these abstracts' words), the context-feature list
    and each element's weights, trained on ``cfg.targets``' flags (``clusters``: the CRFs' word clusters,
    which the CNN reads when ``cfg.clusters``). Returns what ``settings.neural``
    records besides the elements and the weight of the average (the trainer adds them)."""
    import numpy as np

    from pipeline.nlp.neural_pico import (FEATURES_FILE, VECTORS_FILE, WORDS_FILE, build_model, cnn_file,
                                          feature_index, model_doc, save_weights, train_model,
                                          train_static_vectors)
    from pipeline.nlp.pico import text_pipeline

    vocab = table = feats = None
    if cfg.vectors:
        words, table = train_static_vectors([t[2][0] for t in toks], cfg)
        vocab = {w: i + 1 for i, w in enumerate(words)}
        (build / WORDS_FILE).write_text("".join(w + "\n" for w in words), encoding="utf-8")
        with open(build / VECTORS_FILE, "wb") as fh:
            np.save(fh, table, allow_pickle=False)
    if cfg.context:
        clusters = clusters if cfg.clusters else None
        feats = feature_index([(w, p, s) for _, _, (w, p, _, s) in toks], cues, clusters=clusters)
        (build / FEATURES_FILE).write_text(json.dumps(sorted(feats, key=feats.get)) + "\n", encoding="utf-8")
    sv = text_pipeline().vocab  # English lexical attributes: the hashed embeddings read NORM, PREFIX, SUFFIX, SHAPE
    sdocs = [model_doc(sv, w, p, s, vocab, feats, cues, clusters=clusters) for _, _, (w, p, _, s) in toks]
    for e in elements:
        flags = [soft_flags(d, offsets, e, cfg.targets) for d, _, (_, _, offsets, _) in toks]
        t0 = time.monotonic()
        model = train_model(build_model(cfg, table, len(feats) if feats else 0), sdocs, flags, replace(cfg, element=e))
        (build / cnn_file(e)).write_bytes(save_weights(model))
        log.info("pico: %s CNN trained in %.0f s", e, time.monotonic() - t0)
    return {"config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(cfg).items() if k != "element"},
            "vector_words": len(vocab) if vocab else 0, "context_features": len(feats) if feats else 0}
