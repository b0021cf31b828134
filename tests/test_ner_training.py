"""A tiny NER model trained in seconds through the real training code, then loaded by build_nlp."""

from pipeline.nlp.iob import read_iob
from pipeline.nlp.train_ner import BC5CDR_DEVEL, BC5CDR_TRAIN, TrainConfig, evaluate, train

from conftest import FIXTURES

# the first 300 train and 60 devel sentences of BC5CDR, unchanged (tests/fixtures/README.md)
NER_DATA = FIXTURES / "ner"
DEFAULT_DEVEL = NER_DATA / BC5CDR_DEVEL
DEFAULT_TRAIN = [NER_DATA / BC5CDR_TRAIN]


def test_iob_reader_on_bc5cdr():
    sents = read_iob(DEFAULT_DEVEL)
    assert len(sents) == 60 and sum(len(s.spans) for s in sents) == 106
    # "22-oxacalcitriol suppresses secondary hyperparathyroidism …": the hyphenated name is one mention
    assert sents[0].tokens[:3] == ["22", "-", "oxacalcitriol"] and sents[0].spans[:2] == [(0, 3, "Chemical"), (4, 6, "Disease")]
    labels = {lab for s in sents for _, _, lab in s.spans}
    assert labels == {"Chemical", "Disease"}
    text, offs = sents[0].text_and_offsets()
    a, b, _ = sents[0].spans[0]
    assert text[offs[a][0]:offs[b - 1][1]] == " ".join(sents[0].tokens[a:b])


def test_tiny_model_trains_saves_and_loads_through_build_nlp(tmp_path):
    from pipeline.nlp.entities import entities_from_doc
    from pipeline.nlp.pipeline import build_nlp

    cfg = TrainConfig.from_data(NER_DATA, epochs=2, max_train_sentences=300, max_devel_sentences=60, width=32,
                                depth=2, vectors=False)
    rep = train(cfg, tmp_path / "ner")
    assert (tmp_path / "ner/meta.json").exists()
    assert {s.label for s in rep.labels} == {"Chemical", "Disease"}
    nlp = build_nlp(str(tmp_path / "ner"))
    assert "ner" in nlp.pipe_names and set(nlp.get_pipe("ner").labels) == {"Chemical", "Disease"}
    doc = nlp("Platelet-rich plasma (PRP) was injected. PRP reduced pain in patients with tendinopathy.")
    assert any(e.concept == "platelet-rich plasma" for e in entities_from_doc(doc))
    # evaluation runs on raw text through the same pipeline
    again = evaluate(nlp, read_iob(DEFAULT_DEVEL)[:50], ("Chemical", "Disease"))
    assert 0.0 <= again.summary["micro_f1"] <= 1.0 and again.n == 50


def test_word_vectors_trained_on_train_text_travel_inside_the_model(tmp_path, monkeypatch):
    import pipeline.nlp.word_vectors as wv
    from pipeline.nlp.pipeline import build_nlp

    monkeypatch.setattr(wv, "CACHE_DIR", tmp_path / "vectors")
    sents = read_iob(DEFAULT_TRAIN[0])
    nlp_tok = build_nlp(lexicons=False, ner=False)
    vecs = wv.load_or_train([s.tokens for s in sents], [], nlp_tok.tokenizer, dim=16)
    # every word seen three times in the train text has a vector
    assert "patients" in vecs.words and vecs.matrix.shape == (len(vecs.words), 16)
    again = wv.load_or_train([s.tokens for s in sents], [], nlp_tok.tokenizer, dim=16)  # from the cache
    assert again.words == vecs.words and (again.matrix == vecs.matrix).all()

    cfg = TrainConfig.from_data(NER_DATA, epochs=1, max_train_sentences=300, max_devel_sentences=50, width=32,
                                depth=2, vector_text=[])
    train(cfg, tmp_path / "ner")
    nlp = build_nlp(str(tmp_path / "ner"))
    assert nlp.vocab.vectors.shape[0] > 100 and nlp.vocab.vectors.shape[1] == 100
    assert nlp.vocab["patients"].has_vector
