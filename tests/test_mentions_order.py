"""A concept's pattern is the same in every process: its name variants were a set ordered by length only,
so variants of equal length came in the string-hash order of the process, and a claim's stored
condition mentions changed from one run to the next ("cartilage defect" or "cartilage defect repair")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_PROBE = """
from pipeline.claims.mentions import _compound_regex, concept_regex
from pipeline.claims.draft import _finder
names = ("cartilage defect", "cartilage repair", "chondral defect", "cartilage lesion", "OA", "ICRS", "MSC", "PRP",
         "osteochondral defect", "articular cartilage")
print(concept_regex(names).pattern, _compound_regex(names).pattern, [p.pattern for _, p in _finder({"x": list(names)})])
"""


def _pattern(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", _PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def test_a_concepts_pattern_does_not_depend_on_the_hash_seed():
    # seeds 1 and 2 ordered the equal-length variants differently before the fix
    assert _pattern("1") == _pattern("2") == _pattern("5")
