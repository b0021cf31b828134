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
