"""P/I/O spans (issue 17, item 1): the shipped tagger, its store, `classify`, a damaged model, and a
reproducible rebuild on a tiny synthetic set (no workshop data)."""

from __future__ import annotations

import gzip
import json
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_MODEL, ModelError
from pipeline.nlp import pico
from pipeline.store import connect
from tests.same_bytes import assert_same_bytes

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"
# A real randomised trial (PMID 23412171, SYNERGY Jeyaraman 2020): PRP added to microfracture,
# 49 patients aged 40-50 with early knee OA, outcomes VAS and IKDC.
RCT_TEXT = (FIXTURES / "abstract_23412171.txt").read_text(encoding="utf-8").strip()
RCT_TITLE, RCT_ABSTRACT = RCT_TEXT.split("\n", 1)


def _covering(spans, element: str, needle: str) -> list:
    return [s for s in spans if s.element == element and needle.lower() in s.text.lower()]


def test_shipped_tagger_reads_participants_intervention_and_outcome_of_a_clear_rct():
    spans = pico.pico_spans(RCT_TEXT)
    assert all(isinstance(s, pico.PicoSpan) and RCT_TEXT[s.start:s.end] == s.text for s in spans)
    # who: the 49 patients; what was given: PRP (with microfracture); what was measured: VAS and IKDC
    assert _covering(spans, "P", "49 patients")
    assert _covering(spans, "I", "PRP") and _covering(spans, "I", "microfracture")
    assert _covering(spans, "O", "VAS") and _covering(spans, "O", "IKDC")
    # the sentence stating only group sizes and p-values names no participants
    stats = RCT_TEXT.index("In the postoperative 2 years, clinical results")
    assert not [s for s in spans if s.element == "P" and stats <= s.start < RCT_TEXT.index(".", stats)]


def test_pico_spans_is_pure_and_batch_agrees():
    a = pico.pico_spans(RCT_TEXT)
    assert a == pico.pico_spans(RCT_TEXT)
    assert pico.pico_spans_batch([RCT_TEXT, "Effect of aspirin on headache in adults."])[0] == a
    assert pico.pico_spans("") == ()


def _records(tmp_path: Path) -> Path:
    src = tmp_path / "in.jsonl"
    rows = [{"pmid": 23412171, "title": RCT_TITLE, "abstract": RCT_ABSTRACT},
            {"pmid": 2, "title": "A title with no abstract"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return src


def test_extract_stores_spans_once_and_reruns_add_no_duplicates(tmp_db, tmp_path, monkeypatch):
    assert runner.invoke(app, ["ingest", str(_records(tmp_path)), "--db", str(tmp_db), "-q"]).exit_code == 0
    r = runner.invoke(app, ["extract", "--db", str(tmp_db), "-q"])
    assert r.exit_code == 0, r.output
    from pipeline.store.pico_spans import spans_of

    with connect(tmp_db) as con:
        first = con.execute("SELECT * FROM pico_spans ORDER BY ALL").fetchall()
        stored = spans_of(con, 23412171)
        version = con.execute("SELECT DISTINCT extractor_version FROM pico_spans").fetchall()
    from pipeline.nlp.evidence import EXTRACTOR_RELEASE, EXTRACTOR_VERSION

    assert version == [(f"{EXTRACTOR_VERSION}+pico.{pico.model_version()}",)]
    assert EXTRACTOR_VERSION.startswith(f"{EXTRACTOR_RELEASE}+lex.")  # release, then the word lists' and models' digests
    # what the store holds is what the pure function reads
    assert [(e, a, b, t) for e, a, b, _, t, _ in stored] == \
        [(s.element, s.start, s.end, s.text) for s in pico.pico_spans(f"{RCT_TITLE}\n{RCT_ABSTRACT}")]
    assert {e for e, *_ in stored} == {"P", "I", "O"}
    assert not [r for r in first if r[0] == 2]  # a title alone gets no spans
    assert runner.invoke(app, ["extract", "--db", str(tmp_db), "-q"]).exit_code == 0
    with connect(tmp_db) as con:
        assert con.execute("SELECT * FROM pico_spans ORDER BY ALL").fetchall() == first
        # a revised record is extracted again: its spans replaced, not doubled
        con.execute("UPDATE articles SET content_hash = 'changed' WHERE pmid = 23412171")
    assert runner.invoke(app, ["extract", "--db", str(tmp_db), "-q"]).exit_code == 0
    with connect(tmp_db) as con:
        assert con.execute("SELECT count(*) FROM pico_spans").fetchone()[0] == len(first)
        assert len(spans_of(con, 23412171)) == len(stored)


def test_store_replaces_spans_of_an_article(tmp_db):
    from pipeline.store.db import transaction
    from pipeline.store.pico_spans import replace_spans

    rows = [(7, "v1", "P", 0, 5, 1, "adult", 0.9), (7, "v1", "O", 6, 10, 1, "pain", 0.8)]
    with connect(tmp_db) as con:
        for _ in range(2):
            with transaction(con):
                replace_spans(con, "v1", [7], rows)
        assert con.execute("SELECT element, text FROM pico_spans ORDER BY start_char").fetchall() == \
            [("P", "adult"), ("O", "pain")]
        with pytest.raises(Exception):  # only P, I, O
            replace_spans(con, "v1", [8], [(8, "v1", "C", 0, 1, 0, "x", 0.5)])


def test_classify_prints_the_spans(tmp_path):
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["classify", "--input", str(_records(tmp_path)), "--output", str(out), "--no-metadata"])
    assert r.exit_code == 0, r.output
    rct, title_only = [json.loads(x) for x in out.read_text().splitlines()]
    assert title_only["pico"] == []
    assert {s["element"] for s in rct["pico"]} == {"P", "I", "O"}
    assert set(rct["pico"][0]) == {"element", "start", "end", "text", "sentence", "score"}
    text = f"{RCT_TITLE}\n{RCT_ABSTRACT}"
    assert all(text[s["start"]:s["end"]] == s["text"] for s in rct["pico"])


@pytest.fixture
def damaged_model(tmp_path, monkeypatch):
    model = tmp_path / "pico"
    shutil.copytree(pico.DEFAULT_MODEL_DIR, model)
    monkeypatch.setattr(pico, "DEFAULT_MODEL_DIR", model)
    pico.load_tagger.cache_clear()
    yield model
    pico.load_tagger.cache_clear()


def test_a_damaged_or_missing_pico_model_is_a_model_error(damaged_model):
    pico.check_model(damaged_model)  # the copy as shipped: fine
    (damaged_model / "I.crfsuite").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=r"I\.crfsuite differs from its manifest.*train-pico --data") as e:
        pico.pico_spans(RCT_TEXT)
    assert e.value.exit_code == EXIT_MODEL == 9
    (damaged_model / "manifest.json").unlink()
    with pytest.raises(ModelError, match=r"manifest\.json not found.*evidence model train-pico --data"):
        pico.load_tagger()


def test_classify_with_a_damaged_pico_model_exits_9(damaged_model, tmp_path, monkeypatch, capsys):
    from pipeline.cli import app as app_module

    (damaged_model / "clusters.tsv").write_text("x\t0\t0\n")
    monkeypatch.setattr(sys, "argv", ["evidence", "classify", "--input", str(_records(tmp_path)),
                                      "--output", str(tmp_path / "o.jsonl"), "--no-metadata"])
    with pytest.raises(SystemExit) as e:
        app_module.main()
    assert e.value.code == 9
    err = capsys.readouterr().err
    assert "clusters.tsv differs from its manifest" in err and "train-pico" in err


# --- a reproducible rebuild, on a synthetic set written here -------------------------------------

_PEOPLE = ["adults with knee osteoarthritis", "children with asthma", "women with breast cancer",
           "patients with type 2 diabetes", "older adults with chronic low back pain"]
_DRUGS = ["platelet-rich plasma", "metformin", "inhaled budesonide", "exercise therapy", "acupuncture"]
_OUTCOMES = ["pain scores", "HbA1c", "exacerbation rate", "overall survival", "functional disability"]


def _synthetic(n: int, offset: int) -> list[dict]:
    docs = []
    for k in range(n):
        p, i, o = _PEOPLE[(k + offset) % 5], _DRUGS[(k * 2 + offset) % 5], _OUTCOMES[(k * 3 + offset) % 5]
        title = f"Effect of {i} in {p}.\n"
        body = (f"We randomised {40 + k} {p} to {i} or placebo. The primary outcome was {o} at 12 weeks. "
                f"{i.capitalize()} improved {o} compared with placebo.")
        text = title + body
        spans = {"Participants": [], "Intervention": [], "Outcome": []}
        for el, phrase in (("Participants", p), ("Intervention", i), ("Outcome", o)):
            start = 0
            low = text.lower()
            while (j := low.find(phrase.lower(), start)) >= 0:
                spans[el].append([j, j + len(phrase)])
                start = j + len(phrase)
        docs.append({"pmid": str(1000 + offset * 100 + k), "text": text,
                     "spans": {el: {"HMMCrowd": v, "mv": v} for el, v in spans.items()}})
    return docs


def _write(path: Path, docs: list[dict]) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d) + "\n")


def test_train_pico_is_reproducible_and_its_model_loads(tmp_path, monkeypatch):
    import pipeline.eval_report as er

    monkeypatch.setattr(er, "EVAL_DIR", tmp_path / "eval")
    data = tmp_path / "ebm"
    data.mkdir()
    _write(data / "train.jsonl.gz", _synthetic(40, 0))
    _write(data / "dev.jsonl.gz", _synthetic(10, 1))
    outs = []
    # two builds in turn. (`--jobs 3` forks the element trainers; inside the whole test session its
    # children exit 1 — forking a process that holds other tests' threads — so it is not run here.)
    for name, jobs in (("a", "1"), ("b", "1")):
        r = runner.invoke(app, ["model", "train-pico", "--data", str(data), "--out", str(tmp_path / name),
                                "--iterations", "20", "--jobs", jobs, "--c1", "1"])
        assert r.exit_code == 0, r.output
        outs.append(tmp_path / name)
    files = sorted(p.relative_to(outs[0]).as_posix() for p in outs[0].rglob("*") if p.is_file())
    assert {"P.crfsuite", "I.crfsuite", "O.crfsuite", "clusters.tsv", "cues.json", "manifest.json"} <= set(files)
    assert files == sorted(p.relative_to(outs[1]).as_posix() for p in outs[1].rglob("*") if p.is_file())
    for f in files:
        assert_same_bytes((outs[0] / f).read_bytes(), (outs[1] / f).read_bytes(), what=f)
    man = pico.check_model(outs[0])
    assert man["rebuild_command"] == f"evidence model train-pico --data {data} --iterations 20 --c1 1.0"
    assert {"P_token_f1", "I_token_f1", "O_token_f1", "P_span_exact_f1", "P_span_overlap_f1"} <= set(man["dev_figures"])
    # the synthetic pattern is learnt: an unseen abstract of the same shape (a title, then the sentence;
    # every training abstract has its title, and the features read it) is read
    spans = pico.pico_spans("Effect of metformin in children with asthma.\n"
                            "We randomised 30 children with asthma to metformin or placebo.", model_dir=str(outs[0]))
    assert _covering(spans, "P", "children with asthma") and _covering(spans, "I", "metformin")
    # and `evidence eval pico` scores it on the dev file
    r = runner.invoke(app, ["eval", "pico", "--data", str(data), "--model", str(outs[0])])
    assert r.exit_code == 0, r.output
    rep = json.loads((tmp_path / "eval" / "pico.json").read_text())
    assert rep["summary"]["P_token_f1"] == man["dev_figures"]["P_token_f1"]


def test_eval_pico_needs_its_data_named():
    r = runner.invoke(app, ["eval", "pico"])
    assert r.exit_code == 2 and "--data" in r.output


@pytest.mark.workshop
def test_shipped_pico_model_scores_its_manifest_figures_on_ebm_nlp_dev(workshop):
    """EBM-NLP dev (500 abstracts, never trained on) gives the figures the manifest and README state."""
    from pipeline.nlp.train_pico import evaluate, read_docs

    rep = evaluate(pico.load_tagger(), read_docs(workshop / "datasets/ebm_nlp/dev.jsonl.gz"))
    man = pico.check_model()
    for k, v in man["dev_figures"].items():
        assert rep.summary[k] == pytest.approx(v, abs=1e-4), k
    assert rep.summary["P_token_f1"] >= 0.70 and rep.summary["O_token_f1"] >= 0.70
    assert rep.summary["macro_token_f1"] >= 0.68


def test_model_version_follows_the_span_settings_as_well_as_the_files(tmp_path):
    """A manifest whose post-processing or thresholds change gives a new id (re-extracts), the files alone unchanged."""
    d = tmp_path / "pico"
    shutil.copytree(pico.DEFAULT_MODEL_DIR, d)
    man = json.loads((d / "manifest.json").read_text())
    assert man["settings"]["post"]  # the shipped model post-processes Intervention spans
    first = pico.model_version(str(d))
    man["settings"]["post"]["I"]["recur"] = 0.9
    (d / "manifest.json").write_text(json.dumps(man))
    pico.load_tagger.cache_clear()
    try:
        assert pico.model_version(str(d)) != first
        tagger = pico.load_tagger(str(d))
        assert tagger.post["I"]["recur"] == 0.9 and tagger.thresholds["I"] == 0.35
    finally:
        pico.load_tagger.cache_clear()


def test_a_feature_set_3_model_trains_records_its_settings_and_tags_with_them(tmp_path):
    """Feature set 3 for Intervention only: its lists travel in cues.json, the manifest names it, and the
    tagger gives Intervention (only) the extra features it was trained with."""
    from pipeline.nlp.train_pico import PicoTrainConfig, train

    data = tmp_path / "ebm"
    data.mkdir()
    _write(data / "train.jsonl.gz", _synthetic(40, 0))
    _write(data / "dev.jsonl.gz", _synthetic(10, 1))
    cfg = PicoTrainConfig.from_data(data, iterations=20, c1=1.0, set3_elements="I", extra_cues="dose",
                                    doc_arm=True, sent_cues=True, gazetteer="pico_chemicals",
                                    post={"I": {"recur": 0.7, "recur_floor": 0.1}}, neural_elements="")
    train(cfg, tmp_path / "m")
    man = pico.check_model(tmp_path / "m")
    assert man["settings"]["set3_elements"] == "I" and man["settings"]["post"] == {"I": {"recur": 0.7, "recur_floor": 0.1}}
    cues = json.loads((tmp_path / "m" / "cues.json").read_text())
    assert {"given_right", "given_left", "dose", "chemical", "arm"} <= set(cues)
    tagger = pico.PicoTagger(tmp_path / "m", man)
    assert tagger.set3_elements == {"I"} and tagger.set3_kw["doc_arm"]
    seen = {}
    real = tagger.marginals

    def spy(feats, extra=None):
        seen["extra"] = extra
        return real(feats, extra)

    tagger.marginals = spy
    spans = tagger.spans_of_doc(pico.text_pipeline()("Effect of metformin in children.\n"
                                                     "We randomised 30 children to metformin or placebo."))
    assert seen["extra"] and any("ad" in f for f in seen["extra"])
    assert _covering(spans, "I", "metformin")
    # the shipped model reads feature set 2 only
    assert pico.load_tagger().set3_elements == frozenset()
    assert pico.load_tagger().set3_features(["PRP"], [0]) is None
