"""docs/grading.md states the rubric as data/grading.yaml has it: every threshold key with its value in
the page's thresholds table, and no key in that table the file does not have."""

from __future__ import annotations

import re

import yaml

from pipeline.config import PROJECT_ROOT
from pipeline.grading.rubric import CONFIG_PATH

DOC = PROJECT_ROOT / "docs" / "grading.md"
ROW = re.compile(r"^\| `([\w.]+)` \| ([^|]+?) \|", re.M)


def leaves(d: dict, prefix: str = "") -> dict[str, object]:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(leaves(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def shown(v) -> str:
    """A value as the page writes it (YAML's spelling: true, [0.25, 0.75], 2.0, High)."""
    if isinstance(v, bool):
        return str(v).lower()
    if isinstance(v, list):
        return "[" + ", ".join(shown(x) for x in v) + "]"
    return str(v)


def table(text: str) -> dict[str, str]:
    """key → value of the page's thresholds table (the section headed "Thresholds")."""
    m = re.search(r"^## Thresholds.*?(?=^## )", text, re.M | re.S)
    return {k: v.strip() for k, v in ROW.findall(m.group(0) if m else text)}


def test_every_threshold_in_grading_yaml_is_in_the_docs_table_with_its_value():
    cfg = leaves(yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8")))
    rows = table(DOC.read_text(encoding="utf-8"))
    missing = sorted(k for k in cfg if k not in rows)
    assert not missing, f"docs/grading.md does not explain: {missing}"
    wrong = {k: (rows[k], shown(v)) for k, v in cfg.items() if rows[k] != shown(v)}
    assert not wrong, f"docs/grading.md states other values (doc, yaml): {wrong}"
    stale = sorted(k for k in rows if k not in cfg)
    assert not stale, f"docs/grading.md names keys data/grading.yaml does not have: {stale}"


def test_the_check_can_fire():
    cfg = leaves({"upgrades": {"large_ratio": 2.0, "min_studies": 2}, "scope": True})
    assert cfg == {"upgrades.large_ratio": 2.0, "upgrades.min_studies": 2, "scope": True}
    rows = table("| `upgrades.large_ratio` | 3.0 | x |\n| `scope` | true | y |\n")
    assert rows == {"upgrades.large_ratio": "3.0", "scope": "true"}
    assert rows["upgrades.large_ratio"] != shown(cfg["upgrades.large_ratio"]) and "upgrades.min_studies" not in rows
