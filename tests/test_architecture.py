"""The import structure of `pipeline/` (issue 16): no module imports another that imports it back,
directly or round a loop, and the NLP layer never imports the claim layer. Imports inside functions
count: they hide a cycle, they do not remove it. Read from the source with `ast`; nothing is run."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module_name(path: Path, top: Path) -> str:
    parts = list(path.relative_to(top).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path = ROOT / "pipeline") -> dict[str, set[str]]:
    """Module → the project modules it imports anywhere in its body (``pipeline.x.y`` names)."""
    modules = {_module_name(p, root.parent): p for p in root.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # "from pipeline.claims import direction" names a module; "from x import f" a name in x
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                           for a in node.names]
            for t in targets:
                while t and t not in modules:
                    t = t.rpartition(".")[0]
                # a package's __init__ is not an edge of its own modules (Python imports it first anyway)
                if t and t != name and not name.startswith(t + "."):
                    deps.add(t)
        graph[name] = deps
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_the_checker_sees_a_cycle_hidden_inside_a_function(tmp_path):
    pkg = tmp_path / "pipeline"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pipeline.b import g\n")
    (pkg / "b.py").write_text("def g():\n    from pipeline.a import f\n")
    assert cycles(import_graph(pkg)) == [["pipeline.a", "pipeline.b"]]


def test_no_import_cycles_in_pipeline():
    assert cycles(import_graph()) == []


def test_nlp_never_imports_claims():
    graph = import_graph()
    bad = {m: sorted(d for d in deps if d.startswith("pipeline.claims"))
           for m, deps in graph.items() if m.startswith("pipeline.nlp")}
    assert {m: d for m, d in bad.items() if d} == {}


def test_direction_layers_import_downward_only():
    graph = import_graph()
    assert "pipeline.claims.direction" not in graph["pipeline.claims.direction_model"]
    assert "pipeline.claims.direction" not in graph["pipeline.claims.verdict"]
    assert not {d for d in graph["pipeline.claims.direction_rules"] if d.startswith("pipeline.claims")}
    assert graph["pipeline.nlp.negation"] <= {"pipeline.nlp.vocabulary"}  # text and its word lists only


# Every INSERT/DELETE/UPDATE goes through pipeline/store/ (issue 16): the list is empty and may not grow.
WRITERS_OUTSIDE_STORE: set[str] = set()
# execute / executemany / DuckDB's sql(), with the statement in any kind of string literal, however indented
_WRITE = re.compile(r"""\b(?:execute(?:many)?|sql)\(\s*[rbfRBF]*(?:\"\"\"|'''|"|')\s*(?:INSERT|DELETE|UPDATE)\b""", re.I)


def test_sql_writes_go_through_the_store():
    code = [*(ROOT / "pipeline").rglob("*.py"), *(ROOT / "flows").rglob("*.py")]
    writers = {str(p.relative_to(ROOT)) for p in code
               if _WRITE.search(p.read_text(encoding="utf-8")) and "store" not in p.relative_to(ROOT).parts}
    assert writers <= WRITERS_OUTSIDE_STORE, sorted(writers - WRITERS_OUTSIDE_STORE)
    # the check can fire, on every spelling
    for call in ('con.execute("DELETE FROM claim_articles WHERE claim_id = ?", [c])',
                 'con.executemany(\n    "INSERT INTO t VALUES (?)", rows)', 'con.sql(f"UPDATE t SET x = {y}")',
                 'con.execute("""\n    INSERT INTO t SELECT * FROM u""")'):
        assert _WRITE.search(call), call


def test_grading_and_the_site_do_not_parse_link_reasons():
    """The facts they need of a link are columns (migration 020: condition_direct, direction_not_about),
    so neither imports the linker for its reason phrases nor reads relevance_reasons for a fact (the
    site still shows a rejected hit's reasons, as text)."""
    graph = import_graph()
    users = sorted(m for m, deps in graph.items() if "pipeline.claims.linker" in deps
                   and m.startswith(("pipeline.grading", "pipeline.reports")))
    assert users == []
    for p in [*(ROOT / "pipeline" / "grading").rglob("*.py"), *(ROOT / "pipeline" / "reports").rglob("*.py")]:
        text = p.read_text(encoding="utf-8")
        assert "DIRECTION_UNCLEAR" not in text and "CONDITION_DIRECT" not in text, p
        assert not re.search(r"relevance_reasons(?! AS reasons FROM)", text), p  # the rejected list shows them


def test_architecture_page_names_only_files_and_functions_that_exist():
    """docs/architecture.md is checked against the code: every path it names exists, and every
    ``path.py:name`` is defined in that file."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = re.findall(r"`((?:pipeline|flows|schemas|data|tests)/[\w/.-]*?)(?::(\w+))?`", page)
    assert len(named) > 20
    for path, name in named:
        p = ROOT / path
        assert p.exists(), path
        if name:
            assert re.search(rf"^(?:def|class) {name}\b|^{name} = ", p.read_text(encoding="utf-8"), re.M), (path, name)
    short = re.findall(r"`([\w/]+\.py)(?::\w+)?`", page)  # names given relative to their package
    for s in short:
        assert list((ROOT / "pipeline").rglob(s.split("/")[-1])) or (ROOT / s).exists(), s


# Layers, top to bottom: a module may import only its own layer or lower ones.
_LAYER_OF = [("pipeline.cli", 6), ("pipeline.reports", 5), ("pipeline.grading", 5), ("pipeline.classify", 5),
             ("pipeline.claims", 4), ("pipeline.fetch", 4), ("pipeline.nlp", 3), ("pipeline.ingest", 3),
             ("pipeline.sources", 3), ("pipeline.query", 2), ("pipeline.parallel_parse", 2),
             ("pipeline.parsing", 1), ("pipeline.store", 1), ("pipeline.model_files", 1), ("pipeline.eval_report", 1)]


def _layer(module: str) -> int:
    for prefix, layer in _LAYER_OF:
        if module == prefix or module.startswith(prefix + "."):
            return layer
    return 0  # models, errors, config, logs, faults: the ground


def test_no_import_runs_back_up_the_layers():
    """The store, the parsers and the model-file helpers sit under every stage: an import from them
    up into nlp/claims/grading (store/reviews.py once took the direction vocabulary from claims/, and
    model_files.py its npz reader from nlp/) would tie the bottom of the house to its upper floors."""
    graph = import_graph()
    up = sorted((m, d) for m, deps in graph.items() for d in deps if _layer(d) > _layer(m))
    assert up == [], up
    assert _layer("pipeline.store.reviews") < _layer("pipeline.claims.direction_rules")  # the check can fire
