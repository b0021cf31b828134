"""Bad inputs are quarantined with reasons and clear exit codes; secrets never leak."""

import json
import os
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.sources.fake_eutils import FakeEutils, FaultConfig
from pipeline.store import connect

from eutils_helpers import DISC

runner = CliRunner()


def test_bad_files_are_quarantined_and_the_rest_loads(tmp_path, tmp_db):
    (tmp_path / "empty.xml").write_bytes(b"")
    (tmp_path / "junk.xml").write_bytes(os.urandom(4096))
    (tmp_path / "latin1.csv").write_bytes("pmid,title,abstract\n7,Résumé of naïve cells,Ça va\n".encode("latin-1"))
    big = "word " * 2_100_000  # a 10 MB abstract
    (tmp_path / "big.jsonl").write_text(json.dumps({"pmid": 8, "title": "Huge", "abstract": big}) + "\n")
    r = runner.invoke(app, ["ingest", str(tmp_path), str(DISC), "--db", str(tmp_db), "-q"])
    assert r.exit_code == 6, r.output
    with connect(tmp_db) as con:
        reasons = dict(con.execute("SELECT source, reason FROM quarantine").fetchall())
        assert any("empty" in v for k, v in reasons.items() if k.endswith("empty.xml"))
        assert any("unrecognised" in v for k, v in reasons.items() if k.endswith("junk.xml"))
        assert con.execute("SELECT title FROM articles WHERE pmid = 7").fetchone()[0] == "Résumé of naïve cells"
        assert len(con.execute("SELECT abstract FROM articles WHERE pmid = 8").fetchone()[0]) > 10_000_000
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 102


def test_invalid_catalog_stops_run_with_exit_5(tmp_path, tmp_db):
    bad = tmp_path / "claims.yaml"
    bad.write_text("seed_file: seed/000_01abaffe9234b6cd.txt\nclaims:\n  - id: X1\n    title: 12\n")
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "run", "--source", str(DISC), "--catalog", str(bad),
                        "--db", str(tmp_db)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 5 and f"{bad}:" in r.stderr


def test_sql_injection_through_cli_arguments_does_nothing(tmp_db):
    runner.invoke(app, ["ingest", str(DISC), "--db", str(tmp_db), "-q"])
    for args in (["search-text", "x'; DROP TABLE articles; --"],
                 ["search", "disc'); DROP TABLE articles; --"],
                 ["query", "SELECT 1; DROP TABLE articles"],
                 ["claims", "show", "C01'; DROP TABLE claims; --"]):
        r = runner.invoke(app, [*args, "--db", str(tmp_db)] if args[0] != "claims" else args)
        assert r.exit_code in (0, 2, 5), (args, r.output)
    with connect(tmp_db) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 100


def test_api_key_never_reaches_database_logs_or_reports(tmp_path):
    secret = "sk-test-NCBI-0123456789abcdef"
    db = tmp_path / "k.duckdb"
    with FakeEutils([DISC], faults=FaultConfig(burst_429=2, rate_5xx=0.3, seed=5)) as srv:
        env = dict(os.environ, NCBI_API_KEY=secret, NCBI_EMAIL="a@b.c", EVIDENCE_EUTILS_URL=srv.url)
        r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "-v", "fetch", "disc", "--db", str(db)],
                           env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr[-2000:]
        r2 = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "report", "--db", str(db), "--out",
                             str(tmp_path / "site")], env=env, capture_output=True, text=True, timeout=300)
    assert "429" in r.stderr  # the retries were logged …
    for blob in (r.stdout, r.stderr, r2.stdout, r2.stderr):
        assert secret not in blob  # … without the key
    for f in [db, *tmp_path.rglob("*")]:
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
