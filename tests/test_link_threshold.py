"""One link threshold (issue 16): set in data/grading.yaml, decided by the linker on each row
(``claim_articles.linked``), and read from there by the views and the site."""

from __future__ import annotations

from pipeline import config
from pipeline.claims import linker
from pipeline.claims.catalog import load_catalog, store_claims
from pipeline.ingest import ingest_paths
from pipeline.store import connect

from conftest import SYNERGY


def test_the_threshold_is_read_from_grading_yaml(tmp_path, monkeypatch):
    import yaml

    shipped = yaml.safe_load(config.GRADING_YAML.read_text(encoding="utf-8"))["link_threshold"]
    assert config.link_threshold() == linker.LINK_THRESHOLD == shipped
    assert f"+link.{shipped:g}" in linker.LINKER_VERSION  # a changed threshold re-links
    cfg = tmp_path / "grading.yaml"
    cfg.write_text("rubric_version: x\nlink_threshold: 0.65\n", encoding="utf-8")
    monkeypatch.setattr(config, "GRADING_YAML", cfg)
    config.link_threshold.cache_clear()
    try:
        assert config.link_threshold() == 0.65
    finally:
        config.link_threshold.cache_clear()


def test_the_views_follow_the_linkers_decision_not_a_number_of_their_own(tmp_db, monkeypatch):
    claims = [c for c in load_catalog() if c.id == "C11"]
    with connect(tmp_db) as con:
        ingest_paths(con, [SYNERGY], quiet=True)
        store_claims(con, claims)
        # a stricter threshold, as a changed grading.yaml would give the linker
        monkeypatch.setattr(linker, "LINK_THRESHOLD", 0.75)
        linker.link_claims(con, claims, quiet=True)
        between = con.execute("SELECT count(*) FROM claim_articles WHERE relevance >= 0.5 AND relevance < 0.75").fetchone()[0]
        strict = con.execute("SELECT count(*) FROM claim_articles WHERE relevance >= 0.75").fetchone()[0]
        assert between and strict  # hits on both sides of the old number, so the test can tell them apart
        assert con.execute("SELECT count(*) FROM claim_articles WHERE linked").fetchone()[0] == strict
        assert con.execute("SELECT count(*) FROM claim_evidence").fetchone()[0] == strict
        # direction is read only for linked rows
        assert con.execute("SELECT count(*) FROM claim_articles WHERE NOT linked AND direction <> 'unclear'").fetchone()[0] == 0
