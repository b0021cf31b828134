"""The shipped NER multiplies with numpy's BLAS, not cython-blis (pipeline.nlp.pipeline.use_system_blas),
and that changes no entity: the same entities as the model loaded with thinc's default ops, on the
real abstracts of the test fixtures."""

from __future__ import annotations

import json

import pytest
import spacy

from pipeline.nlp.pipeline import DEFAULT_MODEL_DIR, build_nlp, one_blas_thread, use_system_blas
from conftest import FIXTURES

EXCLUDE = ["parser", "tagger", "attribute_ruler", "lemmatizer"]


def _abstracts() -> list[str]:
    texts = []
    for name in ("eligibility_records.jsonl", "findings_abstracts.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                texts.append(f"{r.get('title') or ''}\n{r.get('abstract') or ''}")
    return texts


def _ents(nlp) -> list[list[tuple[int, int, str]]]:
    with one_blas_thread():
        return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in nlp.pipe(_abstracts(), batch_size=16)]


def test_every_layer_of_the_loaded_ner_uses_numpy_blas():
    ner = build_nlp(lexicons=False).get_pipe("ner")
    layers = list(ner.model.walk())
    assert len(layers) > 10
    assert all(getattr(layer.ops, "use_blis", True) is False for layer in layers)


def test_numpy_blas_finds_the_same_entities_as_blis():
    default = spacy.load(DEFAULT_MODEL_DIR, exclude=EXCLUDE)
    assert any(getattr(layer.ops, "use_blis", False) for layer in default.get_pipe("ner").model.walk())
    ours = spacy.load(DEFAULT_MODEL_DIR, exclude=EXCLUDE)
    use_system_blas(ours)
    before, after = _ents(default), _ents(ours)
    assert sum(map(len, before)) > 100  # the fixtures hold real entities to compare
    assert after == before


def test_one_blas_thread_limits_numpy_blas_inside_and_not_after():
    threadpoolctl = pytest.importorskip("threadpoolctl")
    blas = [p for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"]
    if not blas:
        pytest.skip("numpy without a BLAS thread pool")
    with one_blas_thread():
        assert all(p["num_threads"] == 1 for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas")
    assert [p["num_threads"] for p in threadpoolctl.threadpool_info() if p["user_api"] == "blas"] == \
        [p["num_threads"] for p in blas]
