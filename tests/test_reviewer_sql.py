"""Reviewer commands on a real ingested file: read-only SQL, status, full-text search."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.models import Article
from pipeline.store import connect
from pipeline.store.articles import upsert_articles
from pipeline.store.fts import rebuild_index
from pipeline.store.snapshot import publish_snapshot, snapshot_path

runner = CliRunner()


@pytest.fixture
def db(tmp_db):
    con = connect(tmp_db)
    upsert_articles(con, [
        Article(pmid=101, title="Platelet-rich plasma injection for lateral epicondylitis",
                abstract="PRP reduced pain compared with corticosteroid at one year.", year=2014,
                source_format="tabular"),
        Article(pmid=102, title="Microfracture for cartilage defects",
                abstract="Microfracture improved knee scores.", year=2010, source_format="tabular"),
    ])
    rebuild_index(con)
    publish_snapshot(con, tmp_db)
    con.close()
    return tmp_db


def test_query_formats(db, tmp_path):
    r = runner.invoke(app, ["query", "SELECT pmid, year FROM articles ORDER BY pmid", "--db", str(db),
                            "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows == [{"pmid": 101, "year": 2014}, {"pmid": 102, "year": 2010}]
    out = tmp_path / "a.parquet"
    r = runner.invoke(app, ["query", "SELECT * FROM articles", "--db", str(db), "-f", "parquet", "-o", str(out)])
    assert r.exit_code == 0
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 2


@pytest.mark.parametrize("sql", [
    "DELETE FROM articles",
    "DROP TABLE articles",
    "SELECT 1; DELETE FROM articles",
    "COPY (SELECT 1) TO '/tmp/evil.csv'",
    "ATTACH '/tmp/other.duckdb' AS o",
    "UPDATE articles SET title = 'x'",
])
def test_query_refuses_writes(db, sql):
    r = runner.invoke(app, ["query", sql, "--db", str(db)])
    assert r.exit_code == 5
    with connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_search_text_binds_input(db):
    r = runner.invoke(app, ["search-text", "epicondylitis plasma", "--db", str(db), "--json"])
    assert r.exit_code == 0, r.output
    hits = [json.loads(line) for line in r.stdout.splitlines()]
    assert [h["pmid"] for h in hits] == [101]
    r = runner.invoke(app, ["search-text", "x'); DROP TABLE articles; --", "--db", str(db), "--json"])
    assert r.exit_code == 0
    with connect(db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_status_lists_tables(db):
    r = runner.invoke(app, ["status", "--db", str(db)])
    assert r.exit_code == 0
    assert "articles" in r.stdout and "quarantine" in r.stdout


def test_reader_falls_back_to_snapshot_while_a_writer_holds_the_lock(db):
    """A reviewer's query never fails because a refresh (another process) is writing."""
    assert snapshot_path(db).exists()
    code = (
        "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]);"
        "con.execute('INSERT INTO articles (pmid, title, abstract, source_format, content_hash)"
        " VALUES (999, \\'w\\', \\'\\', \\'tabular\\', \\'h\\')');"
        "print('locked', flush=True); time.sleep(20)"
    )
    writer = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "query",
                            "SELECT count(*) AS n FROM articles", "--db", str(db), "-f", "json"],
                           capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == {"n": 2}  # the snapshot, not the half-done write
        assert "snapshot" in r.stderr
    finally:
        writer.kill()
        writer.wait()


def test_status_shows_where_articles_came_from_and_the_last_runs_in_80_columns(tmp_db):
    from eutils_helpers import DISC

    assert runner.invoke(app, ["ingest", str(DISC), "--db", str(tmp_db), "-q"]).exit_code == 0
    r = runner.invoke(app, ["status", "--db", str(tmp_db)], env={"COLUMNS": "80"})
    assert r.exit_code == 0, r.output
    assert "articles: 100 (0 fetched live from PubMed, 100 from local files)" in r.stdout
    row = next(line for line in r.stdout.splitlines() if "pubmed_articles.xml" in line)
    assert "ingest ok" in row and row.split()[-5:] == ["100", "100", "0", "0", "0"]  # read new upd del quar
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
