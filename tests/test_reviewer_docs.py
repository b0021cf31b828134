"""Every SQL answer in docs/reviewers.md runs on a real database and returns rows where it should,
through the library (`evidence query`) and through the DuckDB CLI the page tells reviewers to
install (duckdb-cli of the pinned duckdb release)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.config import PROJECT_ROOT
from pipeline.store import connect
from pipeline.store.readonly import run_read_only

DOC = PROJECT_ROOT / "docs/reviewers.md"


def documented_queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_documented_queries_run(evidence_db):
    blocks = documented_queries()
    assert len(blocks) >= 10
    with connect(evidence_db) as con:
        results = [run_read_only(con, sql).table.num_rows for sql in blocks]
    # the C11 grade (question 4, 5) and the design origins (9) must have rows on this database
    assert results[3] > 0 and results[4] > 0 and results[8] > 0
    # C11's five GRADE domains (13) and trials whose abstract shows a high risk of bias (14)
    assert results[12] == 5 and results[13] > 0
    # C11's Summary of Findings (15): pain, function, structure/imaging, adverse events
    assert results[14] == 4
    # P/I/O spans of C11's linked RCTs (17)
    assert results[19] > 0
    # head-to-head claims with their comparator (22): the bundled catalog's C18 and C19b, linked studies or none
    head_to_head = next(i for i, sql in enumerate(blocks) if "c.comparator IS NOT NULL" in sql)
    assert results[head_to_head] >= 2
    # why linked studies' findings are not about their claims, by kind (25): C11's and others' on this database
    kinds = next(i for i, sql in enumerate(blocks) if "direction_not_about_kind AS kind" in sql)
    assert results[kinds] >= 3


# ---------------------------------------------------------------- the reviewers' DuckDB CLI

# Knee-cartilage trials of mesenchymal stem cells (claim C11's query), as a reviewer's database
# would hold them: randomised trials with and without a stated sample size, a cohort study.
_TRIALS = [
    (41000001, "Randomized Controlled Trial", "Sixty patients were randomised to intra-articular mesenchymal "
     "stem cells or hyaluronic acid. Knee osteoarthritis pain improved significantly with MSCs compared "
     "with hyaluronic acid at 12 months (p = 0.01)."),
    (41000002, "Randomized Controlled Trial", "A total of 120 patients with knee osteoarthritis were randomly "
     "assigned to adipose-derived mesenchymal stem cells or placebo. WOMAC scores improved significantly "
     "more with stem cells than with placebo (p < 0.001)."),
    (41000003, "Randomized Controlled Trial", "Forty patients with cartilage defects were randomized to bone "
     "marrow aspirate concentrate or microfracture. Cartilage repair did not differ between groups."),
    (41000004, "Randomized Controlled Trial", "Patients with knee osteoarthritis were randomized to "
     "mesenchymal stromal cells or saline. Pain was reduced significantly with mesenchymal stromal cells."),
    (41000005, "Observational Study", "In this cohort of 85 patients with knee osteoarthritis treated with "
     "mesenchymal stem cells, pain improved at two years."),
    # studies no claim links: the views' joins have unmatched rows too, as on a real database
    (41000006, "Journal Article", "We describe hip fracture surgery in 645 older adults."),
    (41000007, "Journal Article", "A narrative review of wrist fracture care."),
]


def build_small_evidence_db(folder: Path) -> Path:
    """A database through every stage (ingest, extract, link, grade) from records written here."""
    from pipeline.claims.catalog import load_catalog, store_claims
    from pipeline.claims.linker import link_claims
    from pipeline.grading import grade_all
    from pipeline.ingest import ingest_paths
    from pipeline.nlp.extract import extract_store
    from pipeline.store.fts import rebuild_index
    from pipeline.store.snapshot import publish_snapshot

    src = folder / "trials.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for pmid, pt, abstract in _TRIALS:
            title = ("Fracture care" if "fracture" in abstract else "Mesenchymal stem cells for knee osteoarthritis")
            fh.write(json.dumps({"pmid": pmid, "title": f"{title} ({pmid})",
                                 "abstract": abstract, "publication_types": [pt], "year": 2020,
                                 "mesh_terms": ["Osteoarthritis, Knee", "Mesenchymal Stem Cells", "Humans"]}) + "\n")
    db = folder / "evidence.duckdb"
    with connect(db) as con:
        ingest_paths(con, [src], quiet=True, workers=1)
        rebuild_index(con)
        extract_store(con, quiet=True)
        claims = load_catalog()
        store_claims(con, claims)
        link_claims(con, claims, quiet=True)
        grade_all(con)
        publish_snapshot(con, db)
    return db


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    return build_small_evidence_db(tmp_path_factory.mktemp("reviewer_cli"))


def duckdb_cli() -> str:
    """The `duckdb` executable of the duckdb-cli package (test extras)."""
    pytest.importorskip("duckdb_cli", reason="duckdb-cli not installed: pip install -e .[test]")
    exe = Path(sys.executable).with_name("duckdb")
    return str(exe) if exe.exists() else shutil.which("duckdb")


def run_cli(db: Path | None, sql: str) -> subprocess.CompletedProcess:
    args = [duckdb_cli(), "-json"] + (["-readonly", str(db)] if db else [])
    return subprocess.run(args, input=sql, capture_output=True, text=True, timeout=120)


def test_the_pinned_cli_is_the_release_of_the_library():
    """docs/reviewers.md says to install duckdb-cli of the pinned duckdb; the pins must agree."""
    pins = dict(re.findall(r'"(duckdb(?:-cli|-extension-fts)?)==([\d.]+)"', (PROJECT_ROOT / "pyproject.toml").read_text()))
    assert pins["duckdb"] == pins["duckdb-extension-fts"] == pins["duckdb-cli"] == duckdb.__version__
    assert f"duckdb-cli=={duckdb.__version__}" in DOC.read_text(encoding="utf-8")
    r = subprocess.run([duckdb_cli(), "--version"], capture_output=True, text=True, timeout=60)
    assert r.stdout.split()[0] == f"v{duckdb.__version__}"


def test_every_documented_query_runs_in_the_duckdb_cli(small_db):
    blocks = documented_queries()
    assert len(blocks) >= 10
    rows = []
    for i, sql in enumerate(blocks, start=1):
        r = run_cli(small_db, sql)
        assert r.returncode == 0 and "Error" not in r.stderr, (i, r.stderr)
        rows.append(len(json.loads(r.stdout)) if r.stdout.strip() else 0)
        with connect(small_db) as con:  # the same answer as `evidence query` gives
            assert rows[-1] == run_read_only(con, sql).table.num_rows, i
    assert rows[3] > 0 and rows[7] > 0  # C11's studies (4) and its largest trials (8) have rows here


def test_the_cli_reads_the_snapshot_and_its_full_text_index(small_db):
    from pipeline.store.fts import extension_file
    from pipeline.store.snapshot import snapshot_path

    r = run_cli(snapshot_path(small_db), f"LOAD '{extension_file()}';\n"
                "SELECT pmid FROM articles WHERE fts_main_articles.match_bm25(pmid, 'microfracture') IS NOT NULL;")
    assert r.returncode == 0, r.stderr
    assert [row["pmid"] for row in json.loads(r.stdout)] == [41000003]


def test_the_documented_reproduction_of_the_1_5_6_failure_runs_in_the_pinned_cli():
    """The page's minimal reproduction (the 1.5.6 optimizer failure) is valid SQL that the
    recommended CLI answers."""
    m = re.search(r"\$ duckdb <<'EOF'\n(.*?)\nEOF", DOC.read_text(encoding="utf-8"), re.S)
    assert m and "QUALIFY" in m.group(1)
    r = run_cli(None, m.group(1))
    assert r.returncode == 0 and "INTERNAL" not in r.stdout + r.stderr, r.stdout + r.stderr
