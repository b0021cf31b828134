"""Catalog loading within resource limits (issue 20, item 6).

A 302-byte catalog of nested YAML aliases ("billion laughs") took 9 GB in `claims validate`, `run`
and `link`. The loader now counts each node's expanded size while composing, so the bomb is refused
in bounded memory with a CatalogError (exit 5) that names the limit, the file and the line.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from pipeline.claims.catalog import (MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_NODES, load_catalog,
                                     load_yaml_file, validate_catalog)
from pipeline.cli.app import app
from pipeline.config import PROJECT_ROOT
from pipeline.errors import EXIT_INVALID, CatalogError

runner = CliRunner()

# The probe's shape: nine levels of nine aliases, each level nine times the one before (9^9 leaves).
BOMB = textwrap.dedent("""\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
""")


@pytest.fixture
def bomb(tmp_path):
    p = tmp_path / "claims.yaml"
    p.write_text(BOMB, encoding="utf-8")
    return p


def test_alias_bomb_is_a_catalog_error_naming_limit_file_and_line(bomb):
    [prob] = validate_catalog(bomb)
    assert prob.file == str(bomb) and prob.line == 6  # f: 9^5 + … nodes is the first over 200,000
    assert "MAX_YAML_NODES" in prob.message and f"{MAX_YAML_NODES:,}" in prob.message
    with pytest.raises(CatalogError, match="MAX_YAML_NODES") as exc:
        load_catalog(bomb)
    assert exc.value.exit_code == EXIT_INVALID


@pytest.mark.parametrize("argv", [["claims", "validate"], ["link", "--db", "e.duckdb"],
                                  ["run", "--source", ".", "--db", "e.duckdb"]])
def test_every_command_that_loads_a_catalog_refuses_the_bomb(bomb, tmp_path, argv):
    """In a child process with its address space capped at 1 GB: the unbounded loader needed 9 GB."""
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        sys.argv = ["evidence"] + {argv!r} + ["--catalog", {str(bomb)!r}]
        from pipeline.cli.app import main
        main()
    """)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                       cwd=tmp_path, env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin",
                                          "PREFECT_HOME": str(tmp_path / "prefect")})
    assert r.returncode == EXIT_INVALID, r.stderr[-2000:]
    assert "MAX_YAML_NODES" in r.stderr and str(bomb) in r.stderr


def test_recursive_alias_is_refused(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("claims: &x [*x]\n", encoding="utf-8")
    [prob] = validate_catalog(p)
    assert "recursive" in prob.message and prob.line == 1


def test_deep_nesting_is_refused_by_depth_not_recursion(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_text("claims: " + "[" * 5_000 + "]" * 5_000 + "\n", encoding="utf-8")
    [prob] = validate_catalog(p)
    assert "MAX_YAML_DEPTH" in prob.message and str(MAX_YAML_DEPTH) in prob.message


def test_file_size_limit(tmp_path):
    p = tmp_path / "c.yaml"
    with p.open("w") as fh:
        fh.write("seed_file: x\n# " + "x" * MAX_YAML_BYTES + "\n")
    [prob] = validate_catalog(p)
    assert "MAX_YAML_BYTES" in prob.message and prob.line == 1


def test_small_aliases_still_load(tmp_path):
    p = tmp_path / "q.yaml"
    p.write_text("common: &k knee\nqueries:\n  - {id: a, query: *k}\n  - {id: b, query: *k}\n", encoding="utf-8")
    assert load_yaml_file(p)["queries"][1]["query"] == "knee"


def test_not_utf8_is_a_catalog_problem(tmp_path):
    p = tmp_path / "c.yaml"
    p.write_bytes(b"seed_file: \xff\xfe\n")
    [prob] = validate_catalog(p)
    assert "not UTF-8" in prob.message


def test_fetch_queries_file_goes_through_the_same_limits(bomb, tmp_path):
    r = runner.invoke(app, ["fetch", "--queries", str(bomb), "--db", str(tmp_path / "e.duckdb")])
    # CliRunner calls the app, not main(): the CatalogError (exit 5 through main) is the result
    assert isinstance(r.exception, CatalogError) and r.exception.exit_code == EXIT_INVALID
    assert "MAX_YAML_NODES" in str(r.exception) and str(bomb) in str(r.exception)


def test_the_shipped_catalog_is_far_inside_the_limits():
    from pipeline.claims.catalog import DEFAULT_CATALOG, _BoundedLoader

    loader = _BoundedLoader(DEFAULT_CATALOG.read_text(encoding="utf-8"))
    loader.get_single_node()
    assert max(loader._sizes.values()) < MAX_YAML_NODES // 20
    assert DEFAULT_CATALOG.stat().st_size < MAX_YAML_BYTES // 20


def test_resource_module_available():
    # the subprocess test above caps memory with RLIMIT_AS; Linux only
    assert hasattr(resource, "RLIMIT_AS")
