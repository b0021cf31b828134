"""Shared fixtures: the real data in ../shared, and a throw-away database per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.config import SHARED_DIR

CORPUS = SHARED_DIR / "corpus"
DEV = SHARED_DIR / "dev"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED_DIR.exists():
        pytest.skip(f"shared data not found at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "evidence.duckdb"


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch, tmp_path):
    """Tests never touch the developer's database, Prefect home or NCBI."""
    monkeypatch.setenv("EVIDENCE_DB", str(tmp_path / "default.duckdb"))
    monkeypatch.setenv("EVIDENCE_EUTILS_URL", "http://127.0.0.1:9")  # closed port: fails fast
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    yield


@pytest.fixture(scope="session")
def evidence_db(tmp_path_factory):
    """A database built through every stage from real corpus files (SYNERGY MSC knee OA, the
    intervertebral-disc set and one general file): ingest → extract → link → grade."""
    if not SHARED_DIR.exists():
        pytest.skip("shared data missing")
    from pipeline.claims.catalog import load_catalog, store_claims
    from pipeline.claims.linker import link_claims
    from pipeline.grading import grade_all
    from pipeline.ingest import ingest_paths
    from pipeline.nlp.extract import extract_store
    from pipeline.store import connect

    db = tmp_path_factory.mktemp("evidence") / "evidence.duckdb"
    with connect(db) as con:
        ingest_paths(con, [CORPUS / "topical", CORPUS / "general/sr_project_gene_therapy/pubmed_result.xml"], quiet=True)
        extract_store(con, quiet=True)
        claims = load_catalog()
        store_claims(con, claims)
        link_claims(con, claims, quiet=True)
        grade_all(con)
    return db
