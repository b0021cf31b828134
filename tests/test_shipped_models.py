"""The shipped models: portable files equal to the scikit-learn fits they come from, byte-for-byte
reproducible rebuilds, manifests checked on load, and no training at run time."""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline import model_files
from pipeline.errors import EXIT_MODEL, ModelError
from tests.same_bytes import assert_same_bytes

FIXTURES = Path(__file__).parent / "fixtures"
PUBMEDQA = FIXTURES / "pubmedqa_sample.json"
NER_DATA = FIXTURES / "ner"

# Study-design rows written here (the labelled sets may not be copied into the repository): each
# kind of record has a few wordings, so min_df=2 keeps words of every kind.
_KINDS = {
    "rct": ("Randomized controlled trial of {x} versus placebo in adults",
            "We randomly assigned {n} patients with {c} to {x} or placebo. The primary outcome was pain at "
            "12 weeks. Patients receiving {x} reported less pain than those receiving placebo.",
            {"randomized_trial": 1, "human": 1, "trial": 1}),
    "sr": ("{x} for {c}: a systematic review and meta-analysis of randomized trials",
           "We searched MEDLINE, Embase and CENTRAL for trials of {x} in {c}. Two reviewers extracted data; "
           "{n} trials were pooled with a random-effects meta-analysis.",
           {"systematic_review": 1, "meta_analysis": 1}),
    "rodent": ("{x} attenuates {c} in rats",
               "Male Sprague-Dawley rats (n = {n}) received {x} or vehicle. In mice and rats, {x} reduced "
               "inflammatory markers and tissue damage.", {"rodent": 1}),
    "protocol": ("{x} for {c}: study protocol for a randomised trial",
                 "This protocol describes a trial that will recruit {n} participants. Outcomes will be assessed "
                 "at baseline and 6 months. Trial registration: NCT0{n}.", {"protocol": 1, "human": 1}),
    "cohort": ("Outcomes of {x} in children with {c}: a cohort study",
               "We followed {n} children aged 2 to 12 years treated with {x} for {c}. Adverse events were rare.",
               {"human": 1, "child": 1}),
}
_X = ["platelet-rich plasma", "hyaluronic acid", "mesenchymal stem cells", "corticosteroid", "ibuprofen", "BPC-157"]
_C = ["knee osteoarthritis", "tendinopathy", "low back pain", "nerve injury"]
FLAG_COLUMNS = ["systematic_review", "meta_analysis", "rodent", "human", "trial", "randomized_trial", "child", "protocol"]


def write_design_fixture(path: Path) -> Path:
    """A multi-label study-design TSV (the random2019 layout) of 60 synthetic records."""
    rows = []
    for i in range(60):
        kind = list(_KINDS)[i % len(_KINDS)]
        title, abstract, flags = _KINDS[kind]
        x, c, n = _X[i % len(_X)], _C[(i // 3) % len(_C)], 20 + 7 * i
        rows.append({"pmid": str(30000000 + i), "title": title.format(x=x, c=c, n=n),
                     "abstract": abstract.format(x=x, c=c, n=n),
                     **{f: str(flags.get(f, 0)) for f in FLAG_COLUMNS}})
    with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["pmid", "title", "abstract", *FLAG_COLUMNS], delimiter="\t")
        w.writeheader()
        w.writerows(rows)
    return path


def _digests(folder: Path) -> dict[str, str]:
    return {f.relative_to(folder).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest()
            for f in sorted(folder.rglob("*")) if f.is_file()}


@pytest.fixture
def design_data(tmp_path):
    return write_design_fixture(tmp_path / "design_dev.tsv.gz")


def test_portable_design_classifier_equals_the_sklearn_fit(design_data):
    from pipeline.nlp import design_model as dm

    arts, labels = dm.training_rows([design_data])
    docs = [dm.document(a) for a in arts]
    vec, clfs = dm._fit(docs, labels)
    model = dm.portable(vec, clfs)
    assert set(model.flags) >= {"randomized_trial", "systematic_review", "rodent", "protocol", "child"}
    X = vec.transform(docs)
    ours = model.predict_proba(arts)
    for f, clf in clfs.items():
        theirs = clf.predict_proba(X)[:, 1]
        np.testing.assert_allclose(ours[f], theirs, rtol=0, atol=1e-12)
        assert ((ours[f] >= dm.THRESHOLDS[f]) == (theirs >= dm.THRESHOLDS[f])).all()
    # a text the model never saw, with words outside its vocabulary
    new = [arts[0].__class__(pmid=1, title="Zebrafish fins regrow", abstract="Unseen words only, plus placebo.")]
    np.testing.assert_allclose(model.predict_proba(new)["rodent"],
                               clfs["rodent"].predict_proba(vec.transform([dm.document(new[0])]))[:, 1], atol=1e-12)


def test_portable_direction_classifier_equals_the_sklearn_fit():
    from pipeline.claims import direction_model as dm

    X, y = dm.training_data(PUBMEDQA)
    assert len(X) == 40 and set(y) == {"supports", "no_effect", "unclear"}
    pipe = dm._fit(X, y)
    model = dm.portable(pipe)
    assert model.predict(X) == [str(p) for p in pipe.predict(X)]
    np.testing.assert_allclose(model.scorer.decision(X), pipe.decision_function(X), rtol=0, atol=1e-12)


def test_train_design_and_direction_are_byte_for_byte_reproducible(design_data, tmp_path, monkeypatch):
    import pipeline.eval_report as er
    from pipeline.claims import direction_model
    from pipeline.nlp import design_model

    monkeypatch.setattr(er, "EVAL_DIR", tmp_path / "eval")
    runner = CliRunner()
    for run in ("a", "b"):
        r = runner.invoke(app, ["model", "train-design", "--data", str(design_data), "--out", str(tmp_path / run)])
        assert r.exit_code == 0, r.output
        r = runner.invoke(app, ["model", "train-direction", "--data", str(PUBMEDQA), "--out", str(tmp_path / run)])
        assert r.exit_code == 0, r.output
    a, b = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert set(a) == {"design_clf.npz", "design_clf.manifest.json", "direction_clf.npz", "direction_clf.manifest.json"}
    assert a == b

    man = json.loads((tmp_path / "a/design_clf.manifest.json").read_text())
    assert man["trained_on"] == [{"file": design_data.name, "sha256": hashlib.sha256(design_data.read_bytes()).hexdigest()}]
    assert man["rebuild_command"] == f"evidence model train-design --data {design_data}"
    assert man["libraries"].keys() == {"numpy", "scikit-learn"}
    assert "design/rct_sensitivity" in man["dev_figures"] and "population/human (all) F1" in man["dev_figures"]
    dman = json.loads((tmp_path / "a/direction_clf.manifest.json").read_text())
    assert dman["n_rows"] == 40 and "accuracy" in dman["dev_figures"]
    # the files load without pickle and predict
    with np.load(tmp_path / "a/design_clf.npz", allow_pickle=False) as z:
        assert {"terms", "idf", "coef", "intercept", "flags"} <= set(z.files)
    model = design_model.load_model(str(tmp_path / "a/design_clf.npz"))
    arts, _ = design_model.training_rows([design_data])
    assert model.predict_proba(arts[:5])["randomized_trial"][0] > 0.5  # record 0 is an RCT
    d = direction_model.load_model(str(tmp_path / "a/direction_clf.npz"))
    assert set(d.classes) == {"supports", "no_effect", "unclear"}


def test_train_ner_is_byte_for_byte_reproducible_and_loads_with_its_vectors(tmp_path, monkeypatch):
    import pipeline.eval_report as er
    import pipeline.nlp.word_vectors as wv
    from pipeline.nlp.pipeline import build_nlp

    monkeypatch.setattr(er, "EVAL_DIR", tmp_path / "eval")
    runner = CliRunner()
    for run in ("a", "b"):
        monkeypatch.setattr(wv, "CACHE_DIR", tmp_path / f"cache-{run}")  # vectors trained afresh each time
        r = runner.invoke(app, ["model", "train-ner", "--data", str(NER_DATA), "--vector-text", str(PUBMEDQA),
                                "--epochs", "2", "--out", str(tmp_path / run)])
        assert r.exit_code == 0, r.output
    a, b = _digests(tmp_path / "a"), _digests(tmp_path / "b")
    assert {"manifest.json", "meta.json", "vocab/vectors", "ner/model"} <= set(a)
    assert a == b
    man = json.loads((tmp_path / "a/manifest.json").read_text())
    assert man["rebuild_command"] == (f"evidence model train-ner --data {NER_DATA} --vector-text {PUBMEDQA} --epochs 2")
    assert man["vector_text"] == [{"file": PUBMEDQA.name, "sha256": hashlib.sha256(PUBMEDQA.read_bytes()).hexdigest()}]
    assert {"spacy", "thinc", "numpy", "gensim"} == set(man["libraries"])
    assert "documents_micro_f1" in man["dev_figures"] and man["dev_figures"]["best_epoch"] in (1, 2)
    nlp = build_nlp(str(tmp_path / "a"), lexicons=False)
    assert "ner" in nlp.pipe_names and nlp.vocab.vectors.shape[0] > 100


def test_a_time_budget_is_refused(tmp_path):
    r = CliRunner().invoke(app, ["model", "train-ner", "--data", str(NER_DATA), "--max-minutes", "5",
                                 "--out", str(tmp_path / "ner")])
    assert r.exit_code == 2 and not (tmp_path / "ner").exists()


def _tiny_ner(tmp_path: Path) -> Path:
    from pipeline.nlp.train_ner import TrainConfig, train

    cfg = TrainConfig.from_data(NER_DATA, epochs=1, width=16, depth=1, vectors=False)
    train(cfg, tmp_path / "ner")
    return tmp_path / "ner"


def test_ner_model_built_by_another_spacy_is_a_clear_error(tmp_path):
    from pipeline.nlp.pipeline import build_nlp, check_ner_model

    model = _tiny_ner(tmp_path)
    check_ner_model(str(model))  # as built: fine
    man = json.loads((model / "manifest.json").read_text())
    man["libraries"]["spacy"] = "3.1.0"
    (model / "manifest.json").write_text(json.dumps(man))
    with pytest.raises(ModelError) as e:
        build_nlp(str(model))
    msg = str(e.value)
    assert "spacy 3.1.0" in msg and "major.minor" in msg and str(model / "manifest.json") in msg
    assert "evidence model train-ner --data" in msg and e.value.exit_code == EXIT_MODEL == 9


def test_a_damaged_or_missing_model_file_names_the_file(tmp_path):
    from pipeline.nlp.pipeline import check_ner_model

    model = _tiny_ner(tmp_path)
    (model / "ner/model").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"ner/model differs from its manifest"):
        check_ner_model(str(model))
    (model / "ner/model").unlink()
    with pytest.raises(ModelError, match=r"ner/model not found"):
        check_ner_model(str(model))


def test_missing_shipped_models_are_errors_and_nothing_trains(tmp_path, monkeypatch):
    """With the shipped files gone, loading says which file and how to rebuild it, and writes nothing."""
    from pipeline.claims import direction_model
    from pipeline.claims.direction import read_direction
    from pipeline.models import Article
    from pipeline.nlp import design_model, pipeline as nlp_pipeline

    empty = tmp_path / "models"
    empty.mkdir()
    monkeypatch.setattr(design_model, "MODEL_PATH", empty / "design_clf.npz")
    monkeypatch.setattr(direction_model, "MODEL_PATH", empty / "direction_clf.npz")
    monkeypatch.setattr(nlp_pipeline, "DEFAULT_MODEL_DIR", empty / "ner")
    model_files.clear_model_cache()
    nlp_pipeline.build_nlp.cache_clear()
    monkeypatch.delenv("EVIDENCE_NER_MODEL", raising=False)
    try:
        with pytest.raises(ModelError, match=r"design_clf\.manifest\.json not found.*evidence model train-design --data"):
            design_model.load_model()
        a = Article(pmid=1, title="t", abstract="CONCLUSIONS: PRP did not reduce pain compared with saline.")
        with pytest.raises(ModelError, match=r"direction_clf\.manifest\.json not found.*train-direction --data"):
            read_direction("PRP reduces pain", a)
        with pytest.raises(ModelError, match=r"ner/manifest\.json not found.*train-ner --data"):
            nlp_pipeline.build_nlp()
        # lexicons only, when asked for explicitly
        monkeypatch.setenv("EVIDENCE_NER_MODEL", "none")
        assert "ner" not in nlp_pipeline.build_nlp(lexicons=False).pipe_names
        assert list(empty.iterdir()) == []  # no implicit training, no cache written
    finally:
        model_files.clear_model_cache()
        nlp_pipeline.build_nlp.cache_clear()


def test_missing_model_exits_7_from_the_command_line(tmp_path, monkeypatch, capsys):
    from pipeline.cli import app as app_module
    from pipeline.nlp import design_model

    monkeypatch.setattr(design_model, "MODEL_PATH", tmp_path / "design_clf.npz")
    model_files.clear_model_cache()
    data = write_design_fixture(tmp_path / "d.tsv.gz")
    monkeypatch.setattr(sys, "argv", ["evidence", "eval", "design", "--data", str(data)])
    try:
        with pytest.raises(SystemExit) as e:
            app_module.main()
    finally:
        model_files.clear_model_cache()
    assert e.value.code == 9
    assert "design_clf.manifest.json not found" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["design", "population", "sample-size", "direction", "ner"])
def test_evaluations_need_their_labelled_data_named(command):
    r = CliRunner().invoke(app, ["eval", command])
    assert r.exit_code == 2 and "--data" in r.output


def test_the_shipped_models_load_and_their_manifests_say_how_they_were_made():
    from pipeline.claims import direction_model
    from pipeline.nlp import design_model
    from pipeline.nlp.pipeline import DEFAULT_MODEL_DIR, check_ner_model

    total = 0
    for model, man_path in ((design_model.load_model(), design_model.MANIFEST_PATH),
                            (direction_model.load_model(), direction_model.MANIFEST_PATH),
                            (check_ner_model(str(DEFAULT_MODEL_DIR)), DEFAULT_MODEL_DIR / "manifest.json")):
        man = json.loads(man_path.read_text())
        assert man["trained_on"] and all(len(t["sha256"]) == 64 for t in man["trained_on"])
        assert man["rebuild_command"].startswith("evidence model train-") and "--data" in man["rebuild_command"]
        assert man["dev_figures"] and man["libraries"]
        total += sum((man_path.parent / f).stat().st_size for f in man["files"])
    assert total < 60 * 2**20


@pytest.mark.slow
@pytest.mark.workshop
def test_the_shipped_classifiers_are_what_the_rebuild_commands_make(workshop, tmp_path):
    """Rebuilt from the workshop's labelled sets with the commands their manifests record, on whatever
    processor this runs: the same vocabulary and flags, word for word, and the same numbers up to
    floating-point rounding. (Two builds on one machine are identical byte for byte:
    test_train_design_and_direction_are_byte_for_byte_reproducible. Across processors the BLAS kernels
    round differently, by about 1e-14 here; a change of data or code moves coefficients by far more than
    the 1e-4 allowed.)"""
    from pipeline.claims import direction_model
    from pipeline.nlp import design_model

    design_model.train_and_save(design_model.resolve_data([workshop / "dev/study_design"]), tmp_path)
    direction_model.train_and_save(direction_model.resolve_data(workshop / "dev/direction"), tmp_path)
    for path in (design_model.MODEL_PATH, direction_model.MODEL_PATH):
        with np.load(tmp_path / path.name, allow_pickle=False) as new, np.load(path, allow_pickle=False) as shipped:
            assert set(new.files) == set(shipped.files)
            for key in new.files:
                if new[key].dtype.kind == "f":
                    np.testing.assert_allclose(new[key], shipped[key], rtol=0, atol=1e-4, err_msg=f"{path.name}:{key}")
                else:  # vocabulary, flags, classes
                    assert_same_bytes(new[key].tobytes(), shipped[key].tobytes(), what=f"{path.name}:{key}")


def test_the_design_vocabulary_breaks_frequency_ties_alphabetically():
    """The vocabulary cap keeps the most frequent terms and, among equally frequent ones, the
    alphabetically first: scikit-learn's max_features breaks those ties with numpy's unstable sort,
    whose order differs between processors, so the shipped model could not be rebuilt elsewhere."""
    from pipeline.nlp.design_model import capped_vocabulary

    texts = ["zeta alpha mu", "zeta alpha mu", "zeta beta omega", "zeta beta omega", "gamma"]
    # zeta appears 4 times; alpha, beta, mu, omega twice each; gamma once (under min_df)
    assert list(capped_vocabulary(texts, cap=3, min_df=2)) == ["alpha", "alpha mu", "zeta"]
    assert capped_vocabulary(texts, cap=3, min_df=2) == {"alpha": 0, "alpha mu": 1, "zeta": 2}
    everything = capped_vocabulary(texts, cap=100, min_df=2)
    assert "gamma" not in everything and list(everything) == sorted(everything)
    # the order of the texts does not matter
    assert capped_vocabulary(texts[::-1], cap=3, min_df=2) == capped_vocabulary(texts, cap=3, min_df=2)


def test_claim_direction_reads_the_bundled_corpus_by_default_and_says_when_it_is_missing(tmp_path, monkeypatch):
    import pipeline.claims.eval_direction as ed

    monkeypatch.setattr(ed, "CORPUS", tmp_path / "no-corpus")
    r = CliRunner().invoke(app, ["eval", "claim-direction"])
    assert r.exit_code == 2 and "no-corpus" in r.output.replace("\n", "")


def test_one_cache_serves_every_portable_model_and_forgets_on_rebuild(tmp_path):
    """design and direction load through model_files.load_portable: built once per process, and a
    model rewritten by save_portable is read afresh (a stale cached copy would be the old model)."""
    from pipeline.claims import direction_model
    from pipeline.nlp import design_model

    assert design_model.load_model() is design_model.load_model()
    assert direction_model.load_model() is direction_model.load_model()
    first = design_model.load_model()
    model_files.save_portable(tmp_path, tmp_path / "x.npz", {"a": np.zeros(1)}, {"model": "x", "format": 1})
    assert design_model.load_model() is not first
