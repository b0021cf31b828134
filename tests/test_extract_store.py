"""`evidence extract` only processes what changed; `evidence classify` writes every field."""

import json

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.store import connect

from conftest import TOPICAL, corpus_file

runner = CliRunner()
FILE = corpus_file("general/main_finding_recognition_case_reports/pubmed_result.xml")


def test_extract_is_versioned_and_incremental(tmp_db, monkeypatch):
    assert runner.invoke(app, ["ingest", str(FILE), "--db", str(tmp_db), "-q"]).exit_code == 0
    r = runner.invoke(app, ["extract", "--db", str(tmp_db), "-q"])
    assert r.exit_code == 0, r.output
    with connect(tmp_db) as con:
        n = con.execute("SELECT count(*) FROM article_evidence").fetchone()[0]
        case_reports = con.execute("SELECT count(*) FROM article_evidence WHERE design = 'case_report'").fetchone()[0]
        first = con.execute("SELECT pmid, extracted_at FROM extractions ORDER BY pmid").fetchall()
    assert n == 121 and case_reports >= 60
    runner.invoke(app, ["extract", "--db", str(tmp_db), "-q"])
    with connect(tmp_db) as con:
        assert con.execute("SELECT pmid, extracted_at FROM extractions ORDER BY pmid").fetchall() == first
        # a revised record is extracted again
        con.execute("UPDATE articles SET content_hash = 'changed' WHERE pmid = (SELECT min(pmid) FROM articles)")
    import pipeline.nlp.extract as ex

    monkeypatch.setattr(ex, "EXTRACTOR_VERSION", "test-bump")
    with connect(tmp_db) as con:
        rep = ex.extract_store(con, quiet=True)
    assert rep.extracted == 121  # a new version re-extracts everything


def test_classify_writes_every_article_evidence_field(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"pmid": 9, "title": "Does platelet-rich plasma improve tennis elbow?",
                               "abstract": "BACKGROUND: PRP is used. RESULTS: 60 patients were randomized. "
                                           "CONCLUSIONS: PRP did not significantly improve pain compared with saline.",
                               "claim": "Platelet-rich plasma improves tennis elbow"}) + "\n")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["classify", "--input", str(src), "--output", str(out), "--no-metadata"])
    assert r.exit_code == 0, r.output
    [obj] = [json.loads(x) for x in out.read_text().splitlines()]
    for k in ("pmid", "design", "is_rct", "is_systematic_review", "is_meta_analysis", "is_protocol", "is_human",
              "is_animal", "is_rodent", "is_in_vitro", "sample_size", "entities", "direction"):
        assert k in obj
    assert obj["direction"] in ("no_effect", "contradicts")
    assert obj["sample_size"] == 60
    assert {"text", "label", "start", "end", "long_form", "concept"} <= set(obj["entities"][0])


def test_classify_with_a_catalog_claim_id_uses_the_full_claim_reader(tmp_path):
    """A record naming a catalog claim (C04, PRP for knee OA) whose finding is about fat-pad MSCs that PRP
    only carried (real SYNERGY record 23375182): unclear, and the output says why."""
    from pipeline.claims.eval_direction import _corpus_articles

    a = _corpus_articles({23375182}, [TOPICAL])[23375182]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"pmid": a.pmid, "title": a.title, "abstract": a.abstract, "claim_id": "C04"}) + "\n")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["classify", "--input", str(src), "--output", str(out), "--no-metadata"])
    assert r.exit_code == 0, r.output
    [obj] = [json.loads(x) for x in out.read_text().splitlines()]
    assert obj["claim_id"] == "C04" and obj["claim"] == "PRP for knee osteoarthritis"
    assert obj["direction"] == "unclear"
    assert obj["direction_not_about"] == "the finding is not about platelet-rich plasma"


def test_classify_reads_the_dev_tsv(tmp_path):
    import gzip

    # the dev sets' shape: pmid, title, abstract, then 0/1 label columns (extra columns pass through)
    from pipeline.models import Article
    from pipeline.parsing import parse_path

    src = [a for a in parse_path(corpus_file("general/sr_project_gene_therapy/pubmed_result.xml")) if isinstance(a, Article)]
    rows = ["pmid\ttitle\tabstract\trandomized_trial\thuman"] + \
           [f"{a.pmid}\t{a.title}\t{a.abstract.replace(chr(10), ' ')}\t0\t1" for a in src[:30]]
    small = tmp_path / "small.tsv"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "o.jsonl"
    r = runner.invoke(app, ["classify", "--input", str(small), "--output", str(out), "--no-metadata"])
    assert r.exit_code == 0
    assert len(out.read_text().splitlines()) == 30
