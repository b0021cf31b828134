"""`evidence link --force`: every hit re-assessed although nothing it depends on changed, with the same rows; without
the flag an unchanged re-run assesses nothing."""

from __future__ import annotations

from pipeline.claims.catalog import load_catalog, store_claims
from pipeline.claims.linker import link_claims
from pipeline.ingest import ingest_paths
from pipeline.store import connect

from conftest import SYNERGY


def _rows(con) -> list[tuple]:
    return con.execute("SELECT claim_id, pmid, relevance, relevance_reasons::VARCHAR, direction, eligibility, "
                       "exclusion_reason FROM claim_articles ORDER BY claim_id, pmid").fetchall()


def test_force_reassesses_every_hit_and_writes_the_same_rows(tmp_db):
    claims = [c for c in load_catalog() if c.id in ("C11", "C12")]
    with connect(tmp_db) as con:
        ingest_paths(con, [SYNERGY], quiet=True)
        store_claims(con, claims)
        first = link_claims(con, claims, quiet=True)
        rows = _rows(con)
        assert first.query_hits > 0 and first.relinked == first.query_hits

        again = link_claims(con, claims, quiet=True)
        assert again.relinked == 0 and again.unchanged == first.query_hits

        forced = link_claims(con, claims, quiet=True, force=True)
        assert forced.relinked == first.query_hits and forced.unchanged == 0
        assert forced.linked == first.linked
        assert _rows(con) == rows
        # and the run after it is incremental again
        assert link_claims(con, claims, quiet=True).relinked == 0


def test_the_cli_takes_force(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from pipeline.cli.app import app

    db = tmp_path / "f.duckdb"
    with connect(db) as con:
        ingest_paths(con, [SYNERGY], quiet=True)
    runner = CliRunner()
    r1 = runner.invoke(app, ["link", "--db", str(db), "--claims", "C12", "-q"])
    assert r1.exit_code == 0, r1.output
    r2 = runner.invoke(app, ["link", "--db", str(db), "--claims", "C12", "-q", "--force"])
    assert r2.exit_code == 0, r2.output
    assert " 0 unchanged)" in r2.output and " 0 assessed" not in r2.output
