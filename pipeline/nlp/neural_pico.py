"""A neural (thinc CNN) tagger for one P/I/O element: the model, its training loop and its use at tagging time.

Training a model folder's CNNs is ``train_pico.train_into``; the measurement on the tuning split is
``tune_neural_pico`` (both import this module, never the other way round).

The shipped P/I/O tagger (`pico.py`) is three linear-chain CRFs over hand-built features; for
Intervention nothing tried on their features, penalty or post-processing moved it by more than about
0.01 token F1 on the tuning split (docs/measurement-history.md, P/I/O spans). This module tries a different model:
spaCy's own CNN token encoder (thinc; CPU), a token classifier over it, and an average of its probabilities
with the CRF's marginals.

Model (:func:`build_model`): each token is embedded from hashed embeddings of its normalised form,
prefix, suffix and shape (spaCy's ``MultiHashEmbed`` attributes), optionally concatenated with
(a) frozen skip-gram vectors of the lower-cased word, trained here on unlabelled abstracts
(:func:`train_static_vectors`), and (b) a multi-hot of the CRF's whole-abstract features
(``pico_features.doc_context``: section, place in the sentence, word in the title, recurrence,
parentheses, cue words around) and its sentence position, with (``clusters``) the CRFs' word clusters
of the word; a Maxout layer mixes them to ``width``;
``depth`` layers of ``MaxoutWindowEncoder`` (each sees ``window`` tokens either side, so depth 4 at
window 2 reads eight either way); a softmax gives each token's probability of being inside a span of the element.
Tagging runs :class:`FastCnn`, the same arithmetic in numpy with the first layer folded into the tables.

Everything is chosen on the tuning split of train (``train_pico.tuning_split``; dev is not read):

    python -m pipeline.nlp.tune_neural_pico --data PATH/TO/ebm_nlp --fit-docs 1500 \\
        --control CRF_DUMP.json.gz --epochs 8

``--control`` is the tuning abstracts' marginals of the CRF trained on the same fit abstracts
(:func:`crf_control`, ``--write-control``), for the like-for-like comparison and the ensemble.
"""

from __future__ import annotations

import json
import logging
import random
import time
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)
DOC_KEY = "pico_nn"  # doc.user_data key holding a token's vector row and context-feature ids


@dataclass
class CnnConfig:
    element: str = "I"
    width: int = 96
    depth: int = 4
    window: int = 1
    rows: tuple = (5000, 1000, 2500, 2500)   # hash-embedding rows for NORM, PREFIX, SUFFIX, SHAPE
    vectors: bool = True                     # frozen skip-gram vectors of the lower-cased word
    vector_dim: int = 100
    vector_min_count: int = 3
    vector_epochs: int = 5
    context: bool = True                     # multi-hot of doc_context + sentence-position features
    # the CRF's word clusters (coarse and fine k-means ids of the lower-cased word, clusters.tsv) in the
    # multi-hot: what the static vectors say, from a file the model already ships
    clusters: bool = False
    epochs: int = 8
    batch_docs: int = 8
    dropout: float = 0.1
    learn_rate: float = 0.001
    # the training target: the mean of these crowd aggregations' inside flags (soft labels; one: hard labels)
    targets: str = "HMMCrowd"
    averages: bool = True                    # tag with the parameters' running averages (as spaCy does)
    seed: int = 0


# --- inputs ---------------------------------------------------------------------------------------------

def context_features(words: list[str], positions: list[str], sent_ids: list[int], cues: dict,
                     doc_ctx: list[list[str]] | None = None, clusters: dict | None = None) -> list[list[str]]:
    """The CRF's whole-abstract features of each token (``pico_features.doc_context``; ``doc_ctx``: those
    already computed for the CRF, which are the same) plus its sentence position (title, or fifth of the
    abstract) and, given ``clusters`` (lower-cased word → (coarse, fine) ids), the word's clusters."""
    from pipeline.nlp.pico_features import doc_context

    if doc_ctx is None:
        doc_ctx = doc_context(words, sent_ids, positions, cues)
    out = [f + ["pos=" + p] for f, p in zip(doc_ctx, positions)]
    if clusters is not None:
        for f, w in zip(out, words):
            c = clusters.get(w.lower())
            if c is not None:
                f += ("k=" + c[0], "K=" + c[1])
    return out


def model_doc(spacy_vocab, words, positions, sent_ids, vocab: dict[str, int] | None, feats: dict[str, int] | None,
              cues: dict, doc_ctx: list[list[str]] | None = None, clusters: dict | None = None):
    """The tagger's input for an abstract's non-space tokens (``pico_features.doc_tokens``): a Doc of those
    words (``spacy_vocab``: an English vocabulary, whose lexical attributes the hashed embeddings read)
    holding (``user_data[DOC_KEY]``) what the dense part of the embedding reads: each token's row in the
    static-vector table (0: unknown) and the ids of its context features."""
    from spacy.tokens import Doc

    sdoc = Doc(spacy_vocab, words=list(words))
    rows = np.array([vocab.get(w.lower(), 0) for w in words], dtype="int32") if vocab is not None else None
    ctx = None
    if feats is not None:
        ctx = [[feats[f] for f in fs if f in feats]
               for fs in context_features(words, positions, sent_ids, cues, doc_ctx, clusters)]
    sdoc.user_data[DOC_KEY] = (rows, ctx)
    sdoc.user_data["pico_tokens"] = (list(positions), list(sent_ids))
    return sdoc


def dense_layer(table: np.ndarray | None, n_feats: int):
    """thinc layer: List[Doc] → Ragged of each token's frozen vector (``table`` rows) and context multi-hot
    (``n_feats`` wide); no parameters, so nothing flows back."""
    from thinc.api import Model, Ragged

    width = (table.shape[1] if table is not None else 0) + n_feats

    def forward(model, docs, is_train):
        parts, lengths = [], []
        for doc in docs:
            rows, ctx = doc.user_data[DOC_KEY]
            n = len(doc)
            out = np.zeros((n, width), dtype="float32")
            if table is not None:
                out[:, :table.shape[1]] = table[rows]
            if n_feats:
                off = width - n_feats
                for i, ids in enumerate(ctx):
                    out[i, [off + j for j in ids]] = 1.0
            parts.append(out)
            lengths.append(n)
        data = model.ops.asarray2f(np.concatenate(parts) if parts else np.zeros((0, width), "float32"))
        return Ragged(data, model.ops.asarray1i(lengths)), lambda d: []

    return Model("pico_dense", forward, dims={"nO": width})


def build_model(cfg: CnnConfig, table: np.ndarray | None = None, n_feats: int = 0):
    """The tagger: hashed embeddings (+ frozen vectors and context multi-hot) → Maxout → CNN encoder →
    softmax over outside / inside."""
    from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
    from spacy.ml.featureextractor import FeatureExtractor
    from spacy.ml.models.tok2vec import MaxoutWindowEncoder, build_Tok2Vec_model
    from thinc.api import (Dropout, HashEmbed, Maxout, Softmax, chain, concatenate, list2ragged, ragged2list,
                           with_array)

    attrs = [NORM, PREFIX, SUFFIX, SHAPE]
    embs = [HashEmbed(cfg.width, rows, column=i, seed=cfg.seed + 7 + i, dropout=0.0)
            for i, rows in enumerate(cfg.rows)]
    hashed = chain(FeatureExtractor(attrs), list2ragged(), with_array(concatenate(*embs)))
    size = cfg.width * len(attrs)
    dense_width = (table.shape[1] if table is not None else 0) + n_feats
    parts = hashed
    if dense_width:
        parts = concatenate(hashed, dense_layer(table, n_feats))
        size += dense_width
    embed = chain(parts, with_array(chain(Maxout(cfg.width, size, nP=3, normalize=True), Dropout(cfg.dropout))),
                  ragged2list())
    tok2vec = build_Tok2Vec_model(embed, MaxoutWindowEncoder(cfg.width, cfg.window, 3, cfg.depth))
    return chain(tok2vec, with_array(Softmax(2, cfg.width)))


def train_static_vectors(token_lists: list[list[str]], cfg: CnnConfig) -> tuple[list[str], np.ndarray]:
    """(words, float16 matrix) of skip-gram vectors of the lower-cased tokens (``word_vectors.train_vectors``,
    deterministic); row 0 is the unknown word (zeros)."""
    from pipeline.nlp.word_vectors import train_vectors

    vecs = train_vectors([[w.lower() for w in ws] for ws in token_lists], dim=cfg.vector_dim,
                         epochs=cfg.vector_epochs, min_count=cfg.vector_min_count, seed=cfg.seed)
    keep = [i for i, w in enumerate(vecs.words) if "\n" not in w and "\t" not in w]
    words = [vecs.words[i] for i in keep]
    m = vecs.matrix[keep]
    m = m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)  # unit length: a scale the Maxout can use
    return words, np.vstack([np.zeros((1, m.shape[1]), "float32"), m]).astype("float16")


# --- training and tagging ---------------------------------------------------------------------------------

def train_model(model, sdocs: list, flags: list[list[bool]], cfg: CnnConfig, on_epoch=None):
    """Fit ``model`` to the inside flags of ``sdocs`` (softmax cross-entropy, Adam, documents shuffled with
    ``cfg.seed``); ``on_epoch(epoch, model)`` after each epoch, with the averaged parameters in place when
    ``cfg.averages``. Returns the model, holding the averaged parameters when ``cfg.averages``."""
    from thinc.api import Adam, fix_random_seed

    fix_random_seed(cfg.seed)
    ops = model.ops
    # flags may be shares (soft labels): the target is (1 - share, share)
    gold = [np.stack([1.0 - np.asarray(f, "float32"), np.asarray(f, "float32")], axis=1) for f in flags]
    model.initialize(X=sdocs[:4], Y=[ops.asarray2f(g) for g in gold[:4]])
    opt = Adam(cfg.learn_rate, use_averages=cfg.averages)
    order = list(range(len(sdocs)))
    rng = random.Random(cfg.seed)
    for epoch in range(1, cfg.epochs + 1):
        rng.shuffle(order)
        t0, loss = time.monotonic(), 0.0
        for b in range(0, len(order), cfg.batch_docs):
            idx = order[b:b + cfg.batch_docs]
            probs, backprop = model.begin_update([sdocs[i] for i in idx])
            n = sum(len(gold[i]) for i in idx)
            grads = [(p - gold[i]) / n for p, i in zip(probs, idx)]
            loss += float(sum(-(np.log(np.maximum(p, 1e-8)) * gold[i]).sum() for p, i in zip(probs, idx)))
            backprop(grads)
            model.finish_update(opt)
        log.info("epoch %d: loss %.1f (%.0f s)", epoch, loss, time.monotonic() - t0)
        if on_epoch is not None:
            if cfg.averages:
                with model.use_params(opt.averages):
                    on_epoch(epoch, model)
            else:
                on_epoch(epoch, model)
    if cfg.averages:  # keep the averages: what is saved and tags
        for node in model.walk():
            for name in node.param_names:
                if (node.id, name) in opt.averages:
                    node.set_param(name, opt.averages[(node.id, name)])
    return model


def save_weights(model) -> bytes:
    """The trained model's serialisation with its weights in float16: half the file, and the tagger's
    forward pass (:class:`FastCnn`) reads them back into float32 (a weight's relative rounding, 2^-11, moves
    a probability by far less than the thresholds' steps)."""
    for node in model.walk():
        for name in node.param_names:
            if node.has_param(name):
                node.set_param(name, node.get_param(name).astype("float16"))
    return model.to_bytes()


def inside_probs(model, sdocs: list, batch: int = 32) -> list[list[float]]:
    """Each token's probability of being inside a span."""
    out = []
    for b in range(0, len(sdocs), batch):
        out += [[float(x) for x in p[:, 1]] for p in model.predict(sdocs[b:b + batch])]
    return out


# --- in a P/I/O model folder (format 4: settings.neural) ------------------------------------------------

WORDS_FILE, VECTORS_FILE, FEATURES_FILE = "cnn_words.txt", "cnn_vectors.npy", "cnn_features.json"


def cnn_file(element: str) -> str:
    return f"{element}.cnn.bin"


def config_of(settings: dict, element: str) -> CnnConfig:
    """The :class:`CnnConfig` a model's ``settings.neural`` records (its ``config``), for ``element``."""
    conf = dict(settings.get("config", {}))
    if "rows" in conf:
        conf["rows"] = tuple(conf["rows"])
    return replace(CnnConfig(**conf), element=element)


class NeuralElements:
    """The CNNs of a format-4 P/I/O model folder: each element's probability of a token being inside a span,
    averaged with the CRF's marginal (``settings.neural``: ``elements``, ``weight`` of the CNN)."""

    def __init__(self, model_dir: Path, settings: dict, cues: dict, spacy_vocab, clusters: dict | None = None):
        # spacy_vocab: the tagger's text pipeline's vocab (English lexical attributes, as in training), passed
        # in by pico.py so that this module imports nothing above it (pico.py imports this module)
        self.elements = [x for x in str(settings.get("elements", "")).split(",") if x]
        self.weight = float(settings.get("weight", 0.5))
        self.cues = cues
        cfg = config_of(settings, self.elements[0] if self.elements else "I")
        self.clusters = clusters if cfg.clusters else None  # the CRFs' clusters.tsv (pico.py passes them)
        self.vocab = self.table = self.feats = None
        if cfg.vectors:
            words = (model_dir / WORDS_FILE).read_text(encoding="utf-8").split("\n")[:-1]
            self.vocab = {w: i + 1 for i, w in enumerate(words)}
            self.table = np.load(model_dir / VECTORS_FILE, allow_pickle=False)
        if cfg.context:
            names = json.loads((model_dir / FEATURES_FILE).read_text(encoding="utf-8"))
            self.feats = {f: i for i, f in enumerate(names)}
        self._spacy_vocab = spacy_vocab
        self.models = {}
        n_feats = len(self.feats) if self.feats else 0
        for e in self.elements:
            m = build_model(config_of(settings, e), self.table, n_feats)
            m.from_bytes((model_dir / cnn_file(e)).read_bytes())
            # tagging runs the numpy forward pass (the same arithmetic, a fraction of thinc's per-call overhead)
            self.models[e] = FastCnn(m, config_of(settings, e), self.table, n_feats)

    def probs(self, words: list[str], positions: list[str], sent_ids: list[int],
              doc_ctx: list[list[str]] | None = None) -> dict[str, list[float]]:
        """Per element, each token's CNN probability of being inside a span (``doc_ctx``: the abstract's
        ``pico_features.doc_context``, when the CRF features already computed it)."""
        if not words:
            return {e: [] for e in self.models}
        doc = model_doc(self._spacy_vocab, words, positions, sent_ids, self.vocab, self.feats, self.cues, doc_ctx,
                        self.clusters)
        return {e: m.inside(doc).tolist() for e, m in self.models.items()}

    def combine(self, margs: dict[str, list[float]], words, positions, sent_ids,
                doc_ctx: list[list[str]] | None = None) -> dict[str, list[float]]:
        """``margs`` with each CNN element's marginals replaced by weight × CNN + (1 − weight) × CRF."""
        out = dict(margs)
        w = self.weight
        for e, ps in self.probs(words, positions, sent_ids, doc_ctx).items():
            out[e] = [w * a + (1 - w) * b for a, b in zip(ps, margs[e])]
        return out


def feature_index(sdocs_words: list[tuple], cues: dict, min_count: int = 3, clusters: dict | None = None
                  ) -> dict[str, int]:
    """Context feature → column, for features seen ``min_count`` times in the training abstracts."""
    from collections import Counter

    c = Counter()
    for words, positions, sent_ids in sdocs_words:
        for fs in context_features(words, positions, sent_ids, cues, clusters=clusters):
            c.update(fs)
    return {f: i for i, f in enumerate(sorted(f for f, n in c.items() if n >= min_count))}


# --- a fast forward pass for tagging (the same arithmetic as thinc's, without its per-layer overhead) ----------

class FastCnn:
    """The forward pass of a trained :func:`build_model` in plain numpy, for tagging one abstract at a time.

    thinc's ``predict`` on one abstract is dominated by the first Maxout's matrix product over the
    concatenated embeddings (4 × width columns, plus the dense inputs) and by per-layer overhead. That
    first layer is linear before its max, so its weights are folded into the embedding tables here, once at
    load: each hashed-embedding row (and each context feature, and each static vector) becomes its
    contribution to the layer's pre-activation, and embedding a token is a sum of gathered rows. The
    encoder (window, Maxout, LayerNorm, residual; thinc pads the sequence with ``window × depth`` zero rows
    each side, which the later layers see) and the softmax follow thinc's code. Equal to ``model.predict``
    up to float rounding (``tests/test_neural_pico_fast.py``)."""

    def __init__(self, model, cfg: CnnConfig, table: np.ndarray | None = None, n_feats: int = 0):
        from thinc.api import NumpyOps

        self.ops = NumpyOps()
        self.cfg = cfg
        nodes = list(model.walk())
        hashes = sorted((n for n in nodes if n.name == "hashembed"), key=lambda n: n.attrs["seed"])
        maxouts = [n for n in nodes if n.name == "maxout"]
        norms = [n for n in nodes if n.name == "layernorm"]
        soft = [n for n in nodes if n.name == "softmax"][0]
        width, nP = cfg.width, 3
        self.width, self.nP = width, nP

        def param(node, name: str) -> np.ndarray:  # saved weights are float16 (save_weights); arithmetic in float32
            return node.get_param(name).astype("float32")

        def pieces_first(W: np.ndarray) -> np.ndarray:
            # thinc's (nO, nP, nI) → rows ordered piece by piece, so that the max is over three contiguous blocks
            return W.transpose(1, 0, 2).reshape(nP * width, -1)

        # the first Maxout reads [hash embeddings in column order | static vector | context multi-hot]: its
        # rows folded into one table, whose rows a token sums (one sparse product does the lookups and the sum)
        W0 = pieces_first(param(maxouts[0], "W"))
        self.b0 = param(maxouts[0], "b").T.reshape(-1)
        blocks, self.hash, base = [], [], 0
        for col, n in enumerate(hashes):
            E = param(n, "E")
            blocks.append(E @ W0[:, col * width:(col + 1) * width].T)
            self.hash.append((n.attrs["seed"], E.shape[0], base))
            base += E.shape[0]
        off = width * len(hashes)
        self.vec_base = None
        if table is not None:
            d = table.shape[1]
            blocks.append(table.astype("float32") @ W0[:, off:off + d].T)
            self.vec_base, base, off = base, base + table.shape[0], off + d
        self.ctx_base = base if n_feats else None
        if n_feats:
            blocks.append(W0[:, off:off + n_feats].T)
        self.folded = np.ascontiguousarray(np.vstack(blocks), dtype="float32")
        self.norm0 = (param(norms[0], "G"), param(norms[0], "b"))
        self.layers = [(np.ascontiguousarray(pieces_first(param(m, "W")).T), param(m, "b").T.reshape(-1),
                        param(ln, "G"), param(ln, "b")) for m, ln in zip(maxouts[1:], norms[1:])]
        Ws, bs = param(soft, "W"), param(soft, "b")
        self.logit = (Ws[1] - Ws[0], float(bs[1] - bs[0]))  # two classes: the second's share is a sigmoid

    def _maxout_norm(self, Y: np.ndarray, G: np.ndarray, b: np.ndarray) -> np.ndarray:
        w = self.width
        X = np.maximum(np.maximum(Y[:, :w], Y[:, w:2 * w]), Y[:, 2 * w:])
        X -= X.mean(axis=1, keepdims=True)
        X /= np.sqrt((X * X).mean(axis=1, keepdims=True) + 1e-08)
        X *= G
        X += b
        return X

    def inside(self, sdoc) -> np.ndarray:
        """Each token's probability of being inside a span (``sdoc``: :func:`model_doc`'s Doc)."""
        from scipy.sparse import csr_matrix
        from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX

        n = len(sdoc)
        if n == 0:
            return np.zeros(0, "float32")
        ids = sdoc.to_array([NORM, PREFIX, SUFFIX, SHAPE]).astype("uint64")
        cols = [(self.ops.hash(np.ascontiguousarray(ids[:, c]), seed) % rows).astype("int64") + base
                for c, (seed, rows, base) in enumerate(self.hash)]
        rows, ctx = sdoc.user_data[DOC_KEY]
        if self.vec_base is not None:
            cols.append(np.asarray(rows, "int64")[:, None] + self.vec_base)
        dense = np.hstack(cols)  # (n, k): every token reads k rows
        k = dense.shape[1]
        if self.ctx_base is not None:
            # each row: its k dense columns, then its context features, in that order (a row's sum is taken in
            # index order, so the order is what keeps the result the same bit for bit); built with array
            # operations: a Python loop over the tokens took about a sixth of the pass (1.3 of 8 s CPU on the
            # bundled corpus)
            n_ctx = np.fromiter(map(len, ctx), "int64", n)
            indptr = np.concatenate([[0], np.cumsum(n_ctx + k)])
            at_dense = (indptr[:-1, None] + np.arange(k)).reshape(-1)
            idx = np.empty(indptr[-1], "int64")
            is_ctx = np.ones(len(idx), bool)
            is_ctx[at_dense] = False
            idx[at_dense] = dense.reshape(-1)
            idx[is_ctx] = np.fromiter(chain.from_iterable(ctx), "int64", int(n_ctx.sum())) + self.ctx_base
        else:
            indptr, idx = np.arange(0, n * k + 1, k), dense.reshape(-1)
        M = csr_matrix((np.ones(len(idx), "float32"), idx, indptr), shape=(n, len(self.folded)))
        X = self._maxout_norm(np.asarray(M @ self.folded) + self.b0, *self.norm0)
        w, pad = self.cfg.window, self.cfg.window * self.cfg.depth
        z = np.zeros((pad + w, self.width), "float32")
        for Wt, b, G, lb in self.layers:
            # seq2col over the padded sequence: each row followed by its window, zero beyond the ends
            P = np.concatenate([z, X, z]) if X.shape[0] == n else np.concatenate([z[:w], X, z[:w]])
            m = len(P) - 2 * w
            C = np.concatenate([P[j:j + m] for j in range(2 * w + 1)], axis=1)
            Y = C @ Wt
            Y += b
            X = (P[w:w + m] + self._maxout_norm(Y, G, lb))
        X = X[pad:pad + n]
        a, c = self.logit
        return 1.0 / (1.0 + np.exp(-(X @ a + c)))
