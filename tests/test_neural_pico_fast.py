"""The P/I/O CNN's numpy forward pass (neural_pico.FastCnn, what tagging runs) gives thinc's own predictions:
the first Maxout folded into the embedding tables, the padded window encoder and the two-class softmax, for
models with and without static vectors and context features, wide and narrow windows."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.nlp import neural_pico, pico

TEXTS = [
    ("We randomised 30 children with asthma to metformin or placebo ( MET ) for 12 weeks .", "M0"),
    ("Patients received aspirin 100 mg daily ; the primary outcome was pain .", "M1"),
    ("Hyaluronic acid", "T"),  # shorter than the encoder's receptive field
]


def _docs(vocab, table_rows: int | None, feats: dict | None, cues: dict):
    out = []
    for text, pos in TEXTS:
        words = text.split()
        rows = {w.lower(): 1 + i % (table_rows - 1) for i, w in enumerate(words)} if table_rows else None
        out.append(neural_pico.model_doc(vocab, words, [pos] * len(words), [0] * len(words), rows, feats, cues))
    return out


@pytest.mark.parametrize("vectors,context,window,depth", [(False, False, 1, 2), (True, True, 2, 2),
                                                          (False, True, 1, 3)])
def test_the_numpy_forward_pass_equals_thincs(vectors, context, window, depth):
    vocab = pico.text_pipeline().vocab
    cues = {"arm": ["placebo", "received"], "outcome": ["pain"], "people": ["children", "patients"]}
    cfg = neural_pico.CnnConfig(width=16, depth=depth, window=window, rows=(50, 20, 30, 30), vectors=vectors,
                                context=context, epochs=2, batch_docs=2, learn_rate=0.01)
    table = np.random.default_rng(1).normal(size=(9, 6)).astype("float16") if vectors else None
    feats = None
    if context:
        words = [(t.split(), [p] * len(t.split()), [0] * len(t.split())) for t, p in TEXTS]
        feats = neural_pico.feature_index(words, cues, min_count=1)
    docs = _docs(vocab, 9 if vectors else None, feats, cues)
    flags = [[w in ("metformin", "aspirin", "acid") for w in t.split()] for t, _ in TEXTS]
    model = neural_pico.train_model(neural_pico.build_model(cfg, table, len(feats) if feats else 0),
                                    docs, flags, cfg)
    fast = neural_pico.FastCnn(model, cfg, table, len(feats) if feats else 0)
    for doc in docs:
        want = model.predict([doc])[0][:, 1]
        got = fast.inside(doc)
        assert got.shape == want.shape
        assert np.allclose(got, want, atol=1e-5), (got, want)
    # trained weights, not a constant: the tokens differ
    assert np.ptp(fast.inside(docs[0])) > 1e-3


def test_weights_saved_in_float16_load_and_tag_as_trained():
    vocab = pico.text_pipeline().vocab
    cfg = neural_pico.CnnConfig(width=16, depth=2, window=1, rows=(500, 200, 300, 300), vectors=False,
                                context=False, epochs=3, batch_docs=2, learn_rate=0.01)
    docs = _docs(vocab, None, None, {})
    flags = [[w in ("metformin", "aspirin", "acid") for w in t.split()] for t, _ in TEXTS]
    model = neural_pico.train_model(neural_pico.build_model(cfg), docs, flags, cfg)
    want = [model.predict([d])[0][:, 1] for d in docs]
    full = model.to_bytes()  # float32, as trained
    blob = neural_pico.save_weights(model)
    assert len(blob) < 0.6 * len(full)  # about half
    loaded = neural_pico.build_model(cfg).from_bytes(blob)
    fast = neural_pico.FastCnn(loaded, cfg)
    for doc, w in zip(docs, want):
        assert np.allclose(fast.inside(doc), w, atol=2e-3)
