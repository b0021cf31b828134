"""The terminal shows record and user text exactly (issue 20, item 2): no Rich markup, no emoji codes.

Each trigger of the probe is replayed through the CLI; a guard test keeps every command on the
one output layer (pipeline/cli/output.py).
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.config import PROJECT_ROOT
from pipeline.models import Article
from pipeline.store import connect
from pipeline.store.articles import upsert_articles
from pipeline.store.fts import rebuild_index

runner = CliRunner()

# Record text as PubMed has it (PMID 28132868 reports "[p = 0.025]", 29743203 "[p.D620N]").
ABSTRACT_P = "Pain improved at 12 months [p = 0.025] versus saline."
ABSTRACT_VARIANT = "Carriers of LRRK2 [p.D620N] and close [/i] tag :smile: root:x:0 were compared."


@pytest.fixture
def db(tmp_db):
    con = connect(tmp_db)
    upsert_articles(con, [
        Article(pmid=28132868, title="PRP for knee osteoarthritis [b]bold[/b]", abstract=ABSTRACT_P, year=2017,
                source_format="tabular"),
        Article(pmid=29743203, title="VPS35 [p.D620N] close [/i] tag", abstract=ABSTRACT_VARIANT, year=2018,
                source_format="tabular"),
    ])
    rebuild_index(con)
    con.close()
    return tmp_db


def _wide(**env):
    return {"COLUMNS": "400", **env}


def test_query_table_shows_bracketed_record_text_exactly(db):
    r = runner.invoke(app, ["query", "SELECT pmid, abstract FROM articles ORDER BY pmid", "--db", str(db)],
                      env=_wide())
    assert r.exit_code == 0, r.output
    assert ABSTRACT_P in r.stdout
    assert ABSTRACT_VARIANT in r.stdout


def test_query_literal_with_emoji_code_and_closing_tag(db):
    r = runner.invoke(app, ["query", "SELECT 'root:x:0' AS a, 'close [/i] tag' AS b, ':smile:' AS c",
                            "--db", str(db)], env=_wide())
    assert r.exit_code == 0, r.output
    assert "root:x:0" in r.stdout and "close [/i] tag" in r.stdout and ":smile:" in r.stdout
    assert "❌" not in r.stdout and "😄" not in r.stdout


def test_query_error_text_is_literal(db):
    r = runner.invoke(app, ["query", "SELECT nosuch FROM articles WHERE title = 'close [/i] tag'", "--db", str(db)])
    assert r.exit_code == 5
    assert "error:" in r.stderr and "MarkupError" not in r.output


def test_search_text_with_a_closing_tag_in_the_words(db):
    r = runner.invoke(app, ["search-text", "close [/i] tag", "--db", str(db)], env=_wide())
    assert r.exit_code == 0, r.output
    assert "hits for 'close [/i] tag'" in r.stdout
    assert "VPS35 [p.D620N] close [/i] tag" in r.stdout


def test_search_syntax_error_keeps_the_tag_and_the_caret(db):
    r = runner.invoke(app, ["search", "knee[xyz]", "--db", str(db)])
    assert r.exit_code == 5
    assert "unknown field tag [xyz] at position 4:\nknee[xyz]\n    ^" in r.stderr


def test_claims_validate_shows_the_id_pattern(tmp_path):
    cat = tmp_path / "claims.yaml"
    cat.write_text("seed_file: seed.md\nclaims:\n  - id: bad\n    title: t\n", encoding="utf-8")
    r = runner.invoke(app, ["claims", "validate", "--catalog", str(cat)])
    assert r.exit_code == 5
    assert "'bad' does not match '^C[0-9]{2,4}[a-z]?$'" in r.stderr


def test_ingest_of_a_path_with_markup_loads_and_exits_0(tmp_path):
    f = tmp_path / "a[" / "b]" / "c[/b].jsonl"
    f.parent.mkdir(parents=True)
    f.write_text(json.dumps({"pmid": 1, "title": "A [/i] title", "abstract": "text"}) + "\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    r = runner.invoke(app, ["ingest", str(f), "--db", str(db)], env=_wide())
    assert r.exit_code == 0, r.output
    assert str(f) in r.stdout
    with connect(db) as con:
        assert con.execute("SELECT title FROM articles").fetchall() == [("A [/i] title",)]


def test_main_prints_library_errors_literally(tmp_path, capsys, monkeypatch):
    """The console-script entry (not CliRunner) maps EvidenceError to its exit code, text intact."""
    from pipeline.cli import app as app_module

    cat = tmp_path / "c[" / "i].yaml"  # the path reads "…/c[/i].yaml"
    cat.parent.mkdir()
    cat.write_text("a: [\n", encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["evidence", "link", "--catalog", str(cat), "--db", str(tmp_path / "x.duckdb")])
    with pytest.raises(SystemExit) as exc:
        app_module.main()
    assert exc.value.code == 5
    assert str(cat) in capsys.readouterr().err


def test_help_text_keeps_its_brackets():
    r = runner.invoke(app, ["search", "--help"], env=_wide())
    assert r.exit_code == 0
    assert "[default: data/evidence.duckdb]" in r.stdout
    assert "tendin*[tiab]" in r.stdout


# ------------------------------------------------------------------ the guard
def _constructs_console(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call)
            and getattr(n.func, "id", getattr(n.func, "attr", None)) == "Console"]


def test_only_the_output_layer_constructs_consoles():
    """Every command prints through pipeline/cli/output.py; a new ``Console()`` elsewhere would bring
    back markup and emoji parsing of data. pipeline/logs.py keeps its own (logs, progress bars) and
    is configured the same way."""
    allowed = {PROJECT_ROOT / "pipeline/cli/output.py", PROJECT_ROOT / "pipeline/logs.py"}
    offenders = {str(p.relative_to(PROJECT_ROOT)): lines
                 for root in ("pipeline", "flows") for p in sorted((PROJECT_ROOT / root).rglob("*.py"))
                 if p not in allowed and (lines := _constructs_console(p))}
    assert offenders == {}
    # and no command uses typer.secho/echo with data, or rich's print()
    for p in (PROJECT_ROOT / "pipeline/cli").rglob("*.py"):
        text = p.read_text(encoding="utf-8")
        assert not re.search(r"\bfrom rich import print\b|\brich\.print\(", text), p


def test_the_consoles_read_no_markup_or_emoji():
    from pipeline.cli import output
    from pipeline.logs import console as log_console

    for c in (output.out, output.err, log_console):
        assert c._markup is False and c._emoji is False and c._highlight is False
    text = output.styled("a ", ("[/i] :x:", "red"))
    assert text.plain == "a [/i] :x:"


def test_progress_bar_shows_file_names_literally(monkeypatch):
    from rich.console import Console

    import pipeline.logs as logs

    con = Console(record=True, markup=False, emoji=False, width=200, force_terminal=True)
    monkeypatch.setattr(logs, "console", con)
    monkeypatch.setattr(logs, "progress_enabled", lambda quiet=False: True)
    with logs.progress() as bar:
        t = bar.add_task("ingest a[/b].xml :x:", total=1)
        bar.advance(t)
    assert "ingest a[/b].xml :x:" in con.export_text()
