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


def test_the_first_letter_lookahead_keeps_every_match_in_any_case():
    # the lookahead only skips places where no name can start: a name written in another case, or with a
    # letter the case-insensitive variants match outside ASCII (long s, Kelvin sign, dotless i), still matches
    import re

    from pipeline.claims.mentions import _START, _first_chars, concept_regex, name_starts

    names = ("stem cell therapy", "knee osteoarthritis", "MSC", "intra-articular injection", "kartogenin")
    rx = concept_regex(names)
    # (the head words of the names it also matches head first, "osteoarthritis of the knee", start it too)
    look = _first_chars(name_starts(names))
    assert rx.pattern.startswith(look) and look
    plain = re.compile(rx.pattern[len(look):])
    assert plain.pattern.startswith(_START)
    text = ("STEM CELL THERAPIES and ſtem cell therapy; \u212aNEE osteoarthritic joints; MSCs, mscs and hMSC; "
            "\u0131ntra-articular injections, Intra articular injection; xkartogenin, KARTOGENIN; OSTEOARTHRITIS OF "
            "THE \u212aNEE.")
    spans = [m.span() for m in rx.finditer(text)]
    assert spans == [m.span() for m in plain.finditer(text)]
    assert len(spans) >= 7  # each name's variants are found (not an empty pattern on both sides)


def test_a_name_starting_with_a_symbol_gets_no_lookahead():
    from pipeline.claims.mentions import _first_chars

    assert _first_chars(("α-SMA", "stem cell")) == ""
    assert _first_chars(("(S)-ketamine",)) == ""
