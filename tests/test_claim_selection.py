"""One claim selection for `evidence link --claims`, `evidence run --claims` and the refresh flow."""

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog
from pipeline.claims.selection import select_claims, split_ids
from pipeline.errors import EXIT_INVALID, UnknownClaim

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DEFAULT_CATALOG)


def test_split_ids_accepts_commas_and_repeats_and_drops_blanks():
    assert split_ids(["C04, C11", "C04", " ", "C12b,"]) == ["C04", "C11", "C12b"]
    assert split_ids("C04") == ["C04"]
    assert split_ids(None) == []


def test_no_ids_means_every_claim_in_catalog_order(catalog):
    assert [c.id for c in select_claims(catalog, None)] == [c.id for c in catalog]


def test_named_claims_come_back_in_catalog_order(catalog):
    ids = [c.id for c in catalog]
    picked = select_claims(catalog, f"{ids[3]},{ids[0]}")
    assert [c.id for c in picked] == [ids[0], ids[3]]


def test_an_unknown_id_is_an_error_naming_it_not_a_silent_drop(catalog):
    with pytest.raises(UnknownClaim) as e:
        select_claims(catalog, ["C04", "C999", "nope"])
    assert "C999" in str(e.value) and "nope" in str(e.value)
    assert e.value.exit_code == EXIT_INVALID


@pytest.mark.parametrize("command", [["link"], ["run", "--source", "data/corpus"]])
def test_cli_refuses_an_unknown_claim_before_doing_anything(command, tmp_path):
    db = tmp_path / "e.duckdb"
    res = subprocess.run([sys.executable, "-m", "pipeline.cli.app", *command, "--claims", "C04,C999", "--db", str(db)],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert res.returncode == EXIT_INVALID, res.stderr
    assert "C999" in res.stderr and "unknown claim" in res.stderr
    if command[0] == "run":  # fails before the flow starts: no database, no Prefect server
        assert not db.exists() and "prefect" not in res.stderr.lower()
