"""Fixtures: the project's own files (bundled corpus, tests/fixtures) and a throw-away database per test.

Every behaviour is tested on files in the repository, so `make test` in a clone with nothing beside it
runs the whole suite. A few tests also score the large labelled sets of the workshop folder
(``../shared``, or ``EVIDENCE_WORKSHOP``); they are marked ``workshop`` and collected only when that
folder exists (not skipped: there is nothing to skip in a clone that never had it). The product code
never reads it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.config import BUNDLED_CORPUS, PROJECT_ROOT

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GENERAL = FIXTURES / "corpus" / "general"  # whole general corpus files, gzip -n of the originals
TOPICAL = BUNDLED_CORPUS / "topical"  # the bundled topical sets (byte for byte)
SYNERGY = TOPICAL / "synergy_Jeyaraman_2020_MSC_knee_OA" / "works_1.zip"
# The workshop folder: tests only (never product code) look for it beside the project.
WORKSHOP = Path(os.environ.get("EVIDENCE_WORKSHOP", PROJECT_ROOT.parent / "shared"))
# The suite leaves nothing in the user's home: compiled cue patterns are not kept between test processes
# (pipeline/nlp/regex_guard.py; tests/test_regex_guard.py sets its own file where it tests keeping them).
os.environ.setdefault("EVIDENCE_REGEX_CACHE", "off")


def corpus_file(rel: str) -> Path:
    """A corpus file by its path in the workshop corpus (``general/...`` or ``topical/...``), from the
    project's own copies: topical files are bundled in data/corpus, general ones gzipped in tests/fixtures."""
    if rel.startswith("topical/"):
        return BUNDLED_CORPUS / rel
    p = FIXTURES / "corpus" / rel
    return p if p.suffix == ".gz" or p.is_dir() else p.with_name(p.name + ".gz")


def pytest_collection_modifyitems(config, items):
    if WORKSHOP.is_dir():
        return
    dropped = [it for it in items if it.get_closest_marker("workshop")]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [it for it in items if not it.get_closest_marker("workshop")]


def pytest_report_header(config):
    state = "present: workshop evaluations run" if WORKSHOP.is_dir() else "absent: workshop evaluations not collected"
    return f"workshop data {WORKSHOP} {state}"


@pytest.fixture(scope="session")
def workshop() -> Path:
    """The workshop folder (only for tests marked ``workshop``, which are collected only when it exists)."""
    return WORKSHOP


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
    from pipeline.claims.catalog import lexicon_entries, load_catalog, store_claims
    from pipeline.claims.linker import link_claims
    from pipeline.grading import grade_all
    from pipeline.ingest import ingest_paths
    from pipeline.nlp.extract import extract_store
    from pipeline.store import connect

    db = tmp_path_factory.mktemp("evidence") / "evidence.duckdb"
    with connect(db) as con:
        ingest_paths(con, [TOPICAL, corpus_file("general/sr_project_gene_therapy/pubmed_result.xml")], quiet=True)
        extract_store(con, quiet=True, lexicon_terms=lexicon_entries())  # as the flow and the CLI run it
        claims = load_catalog()
        store_claims(con, claims)
        link_claims(con, claims, quiet=True)
        grade_all(con)
    return db


@pytest.fixture
def evidence_db_copy(evidence_db, tmp_path):
    """A private copy of :func:`evidence_db` for a test that writes (the session fixture is shared: never write to it)."""
    import shutil

    dst = tmp_path / "evidence-copy.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def corpus_bytes(rel: str) -> bytes:
    """The original bytes of a workshop corpus file (ungzipped where only our fixture copy is gzipped)."""
    import gzip

    data = corpus_file(rel).read_bytes()
    return gzip.decompress(data) if not rel.endswith(".gz") and rel.startswith("general/") else data
