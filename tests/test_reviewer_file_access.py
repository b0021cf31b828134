"""`evidence query` reads the database and nothing else unless the reviewer opts in (issue 20, item 9).

The probe read /etc/passwd with read_csv, read_text and glob. By default DuckDB's external access
is now off for the reviewer's connection; --allow-file-access / EVIDENCE_ALLOW_FILE_ACCESS=1 opt in.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_INVALID
from pipeline.models import Article
from pipeline.store import connect
from pipeline.store.articles import upsert_articles
from pipeline.store.fts import rebuild_index

runner = CliRunner()
SECRET = "secret-line-42"


@pytest.fixture
def db(tmp_db):
    con = connect(tmp_db)
    upsert_articles(con, [Article(pmid=1, title="Knee osteoarthritis and PRP", abstract="Pain fell.", year=2020,
                                  source_format="tabular")])
    rebuild_index(con)
    con.close()
    return tmp_db


@pytest.fixture
def secret(tmp_path):
    f = tmp_path / "private" / "notes.csv"
    f.parent.mkdir()
    f.write_text(f"col\n{SECRET}\n", encoding="utf-8")
    return f


SQLS = ["SELECT * FROM read_csv('{f}')", "SELECT content FROM read_text('{f}')", "SELECT * FROM glob('{d}/*')",
        "SELECT * FROM '{f}'", "SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_blob('{f}')",
        "SELECT * FROM sniff_csv('{f}')", "WITH x AS (SELECT * FROM read_csv_auto('{f}')) SELECT * FROM x"]


@pytest.mark.parametrize("sql", SQLS)
def test_reading_local_files_is_refused_by_default(db, secret, sql):
    r = runner.invoke(app, ["query", sql.format(f=secret, d=secret.parent), "--db", str(db), "-f", "json"])
    assert r.exit_code == EXIT_INVALID, r.output
    assert SECRET not in r.output and "notes.csv" not in r.stdout and "root:" not in r.output
    assert r.stdout == ""


def test_the_refusal_says_how_to_opt_in(db, secret):
    r = runner.invoke(app, ["query", f"SELECT * FROM read_csv('{secret}')", "--db", str(db)])
    assert "--allow-file-access" in r.stderr and "EVIDENCE_ALLOW_FILE_ACCESS" in r.stderr


@pytest.mark.parametrize("how", ["flag", "env"])
def test_opt_in_reads_the_file(db, secret, how):
    args = ["query", f"SELECT * FROM read_csv('{secret}')", "--db", str(db), "-f", "json"]
    env = {}
    if how == "flag":
        args.append("--allow-file-access")
    else:
        env["EVIDENCE_ALLOW_FILE_ACCESS"] = "1"
    r = runner.invoke(app, args, env=env)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {"col": SECRET}


def test_full_text_search_still_works_in_reviewer_sql(db):
    sql = ("SELECT pmid FROM (SELECT pmid, fts_main_articles.match_bm25(pmid, 'osteoarthritis') AS s FROM articles) "
           "WHERE s IS NOT NULL")
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {"pmid": 1}


@pytest.mark.parametrize("sql", ["SET enable_external_access = true", "RESET lock_configuration",
                                 "SELECT 1; SET enable_external_access = true; SELECT * FROM read_csv('{f}')",
                                 "LOAD httpfs", "INSTALL httpfs", "PRAGMA enable_external_access"])
def test_the_policy_cannot_be_switched_off_from_sql(db, secret, sql):
    r = runner.invoke(app, ["query", sql.format(f=secret), "--db", str(db)])
    assert r.exit_code == EXIT_INVALID
    assert SECRET not in r.output


def test_the_restriction_ends_with_the_reviewer_connection(db, tmp_path):
    """A writer later in the same process (the report's COPY … TO parquet) is not affected."""
    assert runner.invoke(app, ["query", "SELECT 1", "--db", str(db)]).exit_code == 0
    out = tmp_path / "a.parquet"
    with connect(db) as con:
        con.execute(f"COPY (SELECT 1 AS x) TO '{out}' (FORMAT parquet)")
    assert out.exists()
