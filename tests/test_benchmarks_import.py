"""The benchmark scripts import (they once named a removed setting and failed on start). Importing
runs nothing: each script's work is under ``if __name__ == "__main__"``."""

import ast
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize("script", sorted(BENCH.glob("bench_*.py")), ids=lambda p: p.name)
def test_benchmark_script_imports_and_has_a_main(script):
    spec = importlib.util.spec_from_file_location(f"bench_{script.stem}", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(getattr(module, "main", None))
    text = script.read_text(encoding="utf-8")
    code = text.replace(ast.get_docstring(ast.parse(text), clean=False) or "", "")
    code = "\n".join(line for line in code.splitlines() if not line.lstrip().startswith("#"))
    assert "../shared" not in code and "SHARED_DIR" not in code  # usage text may name the workshop, code not


def test_bench_link_parts_name_what_the_linker_calls():
    """`bench_link.py --parts` times the linker's readers by the names the linker calls them by: a renamed or moved
    reader must fail here, not leave a timer that never runs."""
    import importlib

    spec = importlib.util.spec_from_file_location("bench_link_parts", BENCH / "bench_link.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for mod, attr, _label in module.PARTS:
        assert callable(getattr(importlib.import_module(mod), attr)), (mod, attr)
