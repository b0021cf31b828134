"""The fresh sets' claims writer refuses a population the catalog would refuse, before writing anything."""

import importlib.util
from pathlib import Path

import pytest
import yaml

from pipeline.claims.catalog import load_catalog

WRITER = Path(__file__).resolve().parents[1] / "data" / "eval" / "fresh" / "claims_writer.py"


def _writer():
    spec = importlib.util.spec_from_file_location("claims_writer", WRITER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _claim(population):
    return ("C9001", "Fish oil eases joint pain in dogs", "fish oil eases joint pain",
            ("fish oil", ["fish oil"]), ("joint pain", ["joint pain"]), '"fish oil"[tiab]', "effect", None, None,
            "benefit", population)


def test_species_population_is_written_and_loads(tmp_path):
    (tmp_path / "seed.txt").write_text("Our notes: fish oil eases joint pain in dogs.\n", encoding="utf-8")
    _writer().write_claims([_claim(["dog"])], str(tmp_path / "seed.txt"), str(tmp_path / "claims.yaml"))
    assert yaml.safe_load((tmp_path / "claims.yaml").read_text())["claims"][0]["population"] == ["dog"]
    claims = load_catalog(tmp_path / "claims.yaml")
    assert [c.population for c in claims] == [("dog",)]


@pytest.mark.parametrize("population", [["women"], ["dog", "baseball players"], "dog"])
def test_plain_text_population_stops_before_writing(tmp_path, population):
    (tmp_path / "seed.txt").write_text("Our notes: fish oil eases joint pain in dogs.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="C9001"):
        _writer().write_claims([_claim(population)], str(tmp_path / "seed.txt"), str(tmp_path / "claims.yaml"))
    assert not (tmp_path / "claims.yaml").exists()
