"""The P/I/O tagger's stacked second pass (pico_features.stack_features, train_pico.train_second_pass): its features, cross-validated training
marginals, a stacked model's training, manifest and tagging, and reusing a first pass (synthetic data
written here; no workshop data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.nlp import pico, train_pico
from pipeline.nlp.pico_features import mbin, stack_features

from tests.test_pico import _covering, _synthetic, _write
from tests.same_bytes import assert_same_bytes


def test_marginal_bins_are_ordered_and_split_at_the_threshold():
    assert [mbin(p) for p in (0.0, 0.1, 0.2, 0.3, 0.34, 0.35, 0.6, 0.8, 0.95)] == \
        ["0", "1", "2", "3", "3", "4", "5", "6", "7"]


def test_stack_features_read_neighbours_in_the_sentence_and_the_same_word_elsewhere():
    # title "Aspirin trial", then two sentences; "aspirin" sure in the title, unsure in the results
    words = ["Aspirin", "trial", "Patients", "received", "aspirin", ".", "Aspirin", "helped", "."]
    sent_ids = [0, 0, 1, 1, 1, 1, 2, 2, 2]
    positions = ["T", "T", "S1", "S1", "S1", "S1", "E0", "E0", "E0"]
    i_m = [0.95, 0.1, 0.0, 0.2, 0.8, 0.0, 0.3, 0.0, 0.0]
    f = stack_features(words, sent_ids, positions, {"I": i_m})
    # own bin, neighbours within the sentence only (token 6 opens sentence 2: nothing to its left)
    assert "mI0=3" in f[6] and "mI-1=<>" in f[6] and "mI+1=0" in f[6]
    assert "mI-1=2" in f[4] and "mI+1=0" in f[4] and "mI-2=0" in f[4]
    # the same word elsewhere: the best other mention, never the token itself
    assert "dI=7" in f[6] and "dI=7" in f[4] and "dI=6" in f[0]
    assert "tI=7" in f[6] and not any(x.startswith("tI=") for x in f[0])  # the title's mention, outside the title
    assert not any(x.startswith("dI=") for x in f[5])  # punctuation reads no "elsewhere"
    # the sentence's best marginal
    assert "sI=6" in f[3] and "sI=3" in f[7]
    # switches
    g = stack_features(words, sent_ids, positions, {"I": i_m}, window=1, doc=False, sent=False)
    assert not any(x.startswith(("dI=", "tI=", "sI=", "mI-2", "mI+2")) for x in g[4])


def test_cross_validated_marginals_come_from_crfs_that_did_not_see_the_abstract(monkeypatch):
    from pipeline.nlp.train_pico import PicoTrainConfig, _tokenised, featurize, load_cues, train_clusters

    docs = _synthetic(12, 0)
    toks = list(_tokenised(docs))
    cfg = PicoTrainConfig(iterations=10, c1=1.0, min_feature_count=1)
    feats = featurize(toks, train_clusters([t[2][0] for t in toks], cfg), load_cues(), cfg)
    seen = []
    real = train_pico.train_crf

    def spy(tk, fs, element, c, path, extras=None):
        seen.append((element, {t[0]["pmid"] for t in tk}, c.c1))
        return real(tk, fs, element, c, path, extras)

    monkeypatch.setattr(train_pico, "train_crf", spy)
    got = train_pico.cv_marginals(toks, feats, ["I"], cfg, folds=3, c1_full=3.0, procs=1)
    assert [len(m) for m in got["I"]] == [len(t[2][0]) for t in toks]
    assert len(seen) == 3 and all(c1 == pytest.approx(2.0) for _, _, c1 in seen)  # 3.0 scaled to 2/3 of the abstracts
    for k, (_, trained_on, _) in enumerate(seen):
        held = {docs[i]["pmid"] for i in range(len(docs)) if i % 3 == k}
        assert not trained_on & held and len(trained_on) == 8


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "ebm"
    data.mkdir()
    _write(data / "train.jsonl.gz", _synthetic(40, 0))
    _write(data / "dev.jsonl.gz", _synthetic(10, 1))
    return data


def test_a_stacked_model_is_reproducible_records_its_second_pass_and_tags_with_it(tmp_path):
    from pipeline.nlp.train_pico import PicoTrainConfig, train

    data = _data(tmp_path)
    outs = []
    for name in ("a", "b", "c"):  # b fills the cache, c reads it
        cfg = PicoTrainConfig.from_data(data, iterations=20, c1=1.0, stack_elements="I", stack_inputs="I,O",
                                        neural_elements="",
                                        stack_cache=str(tmp_path / "cache") if name != "a" else "")
        train(cfg, tmp_path / name)
        outs.append(tmp_path / name)
    assert len(list((tmp_path / "cache").glob("*.I.stack.crfsuite"))) == 1
    files = sorted(p.name for p in outs[0].iterdir())
    assert "I.stack.crfsuite" in files and "P.stack.crfsuite" not in files
    for f in files:  # the cache saves time only
        assert_same_bytes(*((o / f).read_bytes() for o in outs[:3]), what=f)
    man = pico.check_model(outs[0])
    assert man["format"] == 3
    assert man["settings"]["stack"] == {"elements": "I", "inputs": "I,O", "folds": 2, "window": 2,
                                        "doc": True, "sent": True}
    assert "stack_cache" not in json.dumps(man["settings"])
    tagger = pico.PicoTagger(outs[0], man)
    calls = []
    real = tagger.second_pass

    def spy(margs, *a):
        out = real(margs, *a)
        calls.append((margs, out))
        return out

    tagger.second_pass = spy
    spans = tagger.spans_of_doc(pico.text_pipeline()("Effect of metformin in children with asthma.\n"
                                                     "We randomised 30 children with asthma to metformin or placebo."))
    (first, second), = calls
    assert second["I"] != first["I"] and second["O"] == first["O"] and second["P"] == first["P"]
    assert _covering(spans, "I", "metformin")


def test_a_first_pass_is_reused_only_when_it_is_what_training_would_write(tmp_path):
    from pipeline.nlp.train_pico import PicoTrainConfig, train

    data = _data(tmp_path)
    train(PicoTrainConfig.from_data(data, iterations=20, c1=1.0, neural_elements=""), tmp_path / "plain")
    # a model without a second pass stays format 2 and has none to run
    plain = pico.PicoTagger(tmp_path / "plain", pico.check_model(tmp_path / "plain"))
    assert plain.manifest["format"] == 2 and "stack" not in plain.manifest["settings"]
    assert plain.stack == {} and not plain._stack_taggers
    cfg = PicoTrainConfig.from_data(data, iterations=20, c1=1.0, stack_elements="I", neural_elements="")
    train(cfg, tmp_path / "fresh")
    cfg.first_pass_from = str(tmp_path / "plain")
    train(cfg, tmp_path / "reused")
    for f in sorted(p.name for p in (tmp_path / "fresh").iterdir()):
        assert_same_bytes((tmp_path / "fresh" / f).read_bytes(), (tmp_path / "reused" / f).read_bytes(), what=f)
    other = PicoTrainConfig.from_data(data, iterations=20, c1=2.0, stack_elements="I", neural_elements="",
                                      first_pass_from=str(tmp_path / "plain"))
    with pytest.raises(ValueError, match="c1"):
        train(other, tmp_path / "bad")
