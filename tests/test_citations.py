"""References out (issue 19, item 5): the studies that count for a claim as RIS, BibTeX and CSL-JSON.

Every export is parsed back with a library a reference manager's format rules are kept in (rispy for
RIS, bibtexparser + pylatexenc for BibTeX, the CSL data schema for CSL-JSON), and each field must
equal what the database stores. The records are the real ones of the bundled corpus (the
``evidence_db`` fixture: ingest → extract → link → grade); they already carry Unicode (PMID 35578319
"α10β1", 19046697 "Réparation"), a missing DOI (14768092), an ampersand in a journal name
("European cells & materials") and PMCIDs stored without their prefix (OpenAlex). One counted study
of C11 gets a title and abstract with every character the formats treat specially, on a copy of
the database.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import bibtexparser
import duckdb
import jsonschema
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware, SeparateCoAuthors, SplitNameParts
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_INVALID
from pipeline.reports.citations import Reference, render, to_bibtex
from pipeline.reports.references import counted_pmids
from pipeline.reports.site import build_site
from pipeline.store import connect

FIXTURES = Path(__file__).resolve().parent / "fixtures"
runner = CliRunner()

# Braces, every LaTeX special, TeX ligatures (--, '', <<), Unicode, a line break and an injected RIS
# end-of-record: each would corrupt at least one format if written raw.
HOSTILE_TITLE = ("Braces {TGF-β1} & a stray } 50% of $5 #1 a_b ~x back\\slash `tick' ''quoted'' <<g>> "
                 "knee--ankle, Réparation {")
HOSTILE_JOURNAL = "J {Bone} & Joint Surg % Am"
HOSTILE_ABSTRACT = "First line.\r\nER  - \nTY  - JOUR\nTI  - injected\u2028Last {line} & 100%."
HOSTILE_PMID_CLAIM = "C11"
# A person with accents and an apostrophe, a group author with "&" and the word "and" (BibTeX's name
# separator), a person given by initials only.
HOSTILE_AUTHORS = ["Núñez, José-María", "Bone & Joint Research Group and Friends", "D'Souza, K", "Lee, J {Jr}"]


@pytest.fixture(scope="module")
def cite_db(evidence_db, tmp_path_factory) -> Path:
    """A copy of the real database in which one counted C11 study has the hostile title/abstract."""
    db = tmp_path_factory.mktemp("cite") / "evidence.duckdb"
    shutil.copyfile(evidence_db, db)
    with connect(db) as con:
        pmid = con.execute("SELECT min(pmid) FROM claim_evidence WHERE claim_id = ? AND included AND pmid NOT IN "
                           "(35578319, 19046697, 14768092)", [HOSTILE_PMID_CLAIM]).fetchone()[0]
        con.execute("UPDATE articles SET title = ?, journal = ?, abstract = ?, authors = ? WHERE pmid = ?",
                    [HOSTILE_TITLE, HOSTILE_JOURNAL, HOSTILE_ABSTRACT, HOSTILE_AUTHORS, pmid])
    return db


def stored(db: Path, claim: str) -> dict[int, dict]:
    """What the database holds for the studies that count (read here with SQL, not through the
    exporter), with the exporter's documented normalisations spelled out: text on one line, PMCID
    with its ``PMC`` prefix."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT a.pmid, a.title, a.journal, a.year, a.pub_date, a.doi, a.pmc, a.abstract, a.authors "
                          "FROM claim_evidence e JOIN articles a USING (pmid) WHERE e.claim_id = ? AND e.included",
                          [claim])
        cols = [d[0] for d in cur.description]
        rows = {r[0]: dict(zip(cols, r)) for r in cur.fetchall()}
    finally:
        con.close()
    for r in rows.values():
        r["pmc"] = None if r["pmc"] is None else ("PMC" + r["pmc"] if r["pmc"].isdigit() else r["pmc"])
        r["abstract"] = re.sub(r"[\r\n\u2028]+", " ", r["abstract"] or "").strip() or None
    return rows


def export(db: Path, claim: str, fmt: str, *extra: str) -> str:
    r = runner.invoke(app, ["export-citations", "--claim", claim, "--format", fmt, "--db", str(db), *extra])
    assert r.exit_code == 0, r.output
    return r.stdout


@pytest.mark.parametrize("claim", ["C11", "C09"])
def test_ris_round_trip(cite_db, claim):
    want = stored(cite_db, claim)
    text = export(cite_db, claim, "ris", "--abstracts")
    got = rispy.loads(text)
    assert len(got) == len(want) > 0  # an injected "ER  -" in an abstract does not cut a record
    assert all(line == "" or re.match(r"^[A-Z][A-Z0-9]  - ", line) for line in text.split("\n"))
    for rec in got:
        w = want[int(rec["accession_number"])]
        assert rec["type_of_reference"] == "JOUR"
        assert rec["title"] == w["title"]
        assert rec.get("secondary_title") == w["journal"]
        assert rec["year"] == str(w["year"])
        y, m, d = (rec["date"].split("/") + ["", ""])[:3]
        assert "-".join(p for p in (y, m, d) if p) == w["pub_date"]
        assert rec.get("doi") == w["doi"]
        assert rec.get("custom2") == w["pmc"]
        assert rec["urls"] == [f"https://pubmed.ncbi.nlm.nih.gov/{w['pmid']}/"]
        assert rec.get("abstract") == w["abstract"]
        assert rec.get("authors", []) == list(w["authors"])


def _decoder() -> LatexNodes2Text:
    """pylatexenc's LaTeX → text, plus LaTeX's own \\textbraceleft/\\textbraceright (ltoutenc),
    which its default table lacks."""
    ctx = get_default_latex_context_db().filter_context()
    ctx.add_context_category("latex-text-braces", prepend=True, macros=[
        MacroTextSpec("textbraceleft", simplify_repl="{"), MacroTextSpec("textbraceright", simplify_repl="}")])
    return LatexNodes2Text(latex_context=ctx)


def _bib(text: str, decode: bool) -> dict[str, dict[str, str]]:
    middleware = [LatexDecodingMiddleware(decoder=_decoder())] if decode else []
    lib = bibtexparser.parse_string(text, append_middleware=middleware)
    assert not lib.failed_blocks
    return {e.key: {f.key: f.value for f in e.fields} | {"_type": e.entry_type} for e in lib.entries}


@pytest.mark.parametrize("claim", ["C11", "C09"])
def test_bibtex_round_trip(cite_db, claim):
    want = stored(cite_db, claim)
    text = export(cite_db, claim, "bibtex", "--abstracts")
    decoded = _bib(text, decode=True)  # title, journal, abstract: LaTeX text → characters
    raw = _bib(text, decode=False)  # doi, url: verbatim fields, read as written (Zotero, biblatex)
    assert len(decoded) == len(want) > 0
    for key, e in decoded.items():
        w = want[int(e["pmid"])]
        assert key == f"pmid{w['pmid']}" and e["_type"] == "article"
        assert e["title"] == w["title"]
        assert e.get("journal") == w["journal"]
        assert e["year"] == str(w["year"])
        assert e.get("date", str(w["year"])) == w["pub_date"]
        assert raw[key].get("doi") == w["doi"]
        assert e.get("pmcid") == w["pmc"]
        assert raw[key]["url"] == f"https://pubmed.ncbi.nlm.nih.gov/{w['pmid']}/"
        assert e.get("abstract") == w["abstract"]
        assert _bib_authors(text, key) == list(w["authors"])


def _bib_authors(text: str, key: str) -> list[str]:
    """The entry's authors as bibtexparser splits them (SeparateCoAuthors, SplitNameParts), each part
    decoded from LaTeX: "Family, Given" for a person, the group's name for a group author."""
    lib = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    entry = next(e for e in lib.entries if e.key == key)
    if "author" not in entry.fields_dict:
        return []
    dec = _decoder().latex_to_text
    out = []
    for n in entry["author"]:
        family, given = dec(" ".join(n.von + n.last)), dec(" ".join(n.first + n.jr))
        out.append(f"{family}, {given}" if given else family)
    return out


@pytest.mark.parametrize("claim", ["C11", "C09"])
def test_csljson_is_valid_against_the_csl_schema_and_round_trips(cite_db, claim):
    schema = json.loads((FIXTURES / "csl-data.schema.json").read_text())
    want = stored(cite_db, claim)
    items = json.loads(export(cite_db, claim, "csljson", "--abstracts"))
    jsonschema.validate(items, schema)
    assert len(items) == len(want) > 0
    for it in items:
        w = want[int(it["PMID"])]
        assert it["id"] == f"pmid{w['pmid']}" and it["type"] == "article-journal"
        assert it["title"] == w["title"]
        assert it.get("container-title") == w["journal"]
        assert it["issued"]["date-parts"] == [[int(p) for p in w["pub_date"].split("-")]]
        assert it.get("DOI") == w["doi"]
        assert it.get("PMCID") == w["pmc"]
        assert it["URL"] == f"https://pubmed.ncbi.nlm.nih.gov/{w['pmid']}/"
        assert it.get("abstract") == w["abstract"]
        assert [a.get("literal") or f"{a['family']}, {a['given']}" for a in it.get("author", [])] == list(w["authors"])


def test_the_exported_studies_are_the_ones_that_count(cite_db):
    """Same PMIDs as the reviewers' SQL for the studies behind a grade; the special records are in."""
    con = duckdb.connect(str(cite_db), read_only=True)
    try:
        sql = set(r[0] for r in con.execute(
            "SELECT pmid FROM claim_evidence WHERE claim_id = 'C11' AND included").fetchall())
        excluded = set(r[0] for r in con.execute(
            "SELECT pmid FROM claim_evidence WHERE claim_id = 'C11' AND NOT included").fetchall())
        assert set(counted_pmids(con, "C11")) == sql
    finally:
        con.close()
    exported = {int(i["PMID"]) for i in json.loads(export(cite_db, "C11", "csljson"))}
    assert exported == sql and not exported & excluded
    # a study with no DOI still counts (rubric 2026.12.1 no longer counts 19046697, "Réparation…": the
    # hostile title carries the non-ASCII text instead)
    assert 14768092 in exported
    assert excluded  # the real data has an excluded study, so "only included" is tested
    c09 = json.loads(export(cite_db, "C09", "csljson"))
    assert any("α10β1" in i["title"] for i in c09)


def test_without_abstracts_by_default_and_output_file(cite_db, tmp_path):
    out = tmp_path / "c11.ris"
    r = runner.invoke(app, ["export-citations", "--claim", "c11", "--format", "ris", "--output", str(out),
                            "--db", str(cite_db)])
    assert r.exit_code == 0, r.output
    assert r.stdout == "" and "references for C11 (ris) written to" in r.stderr
    text = out.read_text(encoding="utf-8")
    assert "\nAB  - " not in text and "\nTI  - Braces {TGF-β1} & a stray }" in text
    assert text == export(cite_db, "C11", "ris")  # stdout carries the same bytes, no Rich rewriting


def test_unknown_claim_exits_5_with_a_clear_message(cite_db):
    r = runner.invoke(app, ["export-citations", "--claim", "C99", "--format", "bibtex", "--db", str(cite_db)])
    assert r.exit_code == EXIT_INVALID == 5
    assert "error: no claim 'C99' in the database" in r.stderr and r.stdout == ""
    r = runner.invoke(app, ["export-citations", "--claim", "C11", "--format", "endnote", "--db", str(cite_db)])
    assert r.exit_code == 2  # not a format: Typer's usage error


def test_claim_pages_link_their_reference_files(cite_db, tmp_path):
    with connect(cite_db) as con:
        build_site(con, tmp_path / "site", generated_at="test")
    claims = tmp_path / "site" / "claims"
    page = (claims / "C11.html").read_text()
    assert re.search(r'Download references: <a href="C11.ris" download>RIS</a> · '
                     r'<a href="C11.bib" download>BibTeX</a> · <a href="C11.json" download>CSL-JSON</a>', page)
    # the site's files are the CLI's exports (no abstracts)
    for fmt, suffix in (("ris", ".ris"), ("bibtex", ".bib"), ("csljson", ".json")):
        assert (claims / f"C11{suffix}").read_text(encoding="utf-8") == export(cite_db, "C11", fmt)
    # a claim with no counted study: empty files (links never break), no link on its page
    assert "Download references" not in (claims / "C20.html").read_text()
    assert json.loads((claims / "C20.json").read_text()) == [] and (claims / "C20.ris").read_text() == ""


@pytest.mark.parametrize("pub_date,year,parts", [
    ("2018", 2018, [2018]), ("2018-05", 2018, [2018, 5]), ("2018-05-17", 2018, [2018, 5, 17]),
    ("2018-00", 2018, [2018]), (None, 2011, [2011]), ("Spring 2011", 2011, [2011]), (None, None, []),
])
def test_dates(pub_date, year, parts):
    ref = Reference(pmid=1, title="t", year=year, pub_date=pub_date)
    assert ref.date_parts() == parts
    items = json.loads(render([ref], "csljson"))
    assert items[0].get("issued", {}).get("date-parts") == ([parts] if parts else None)


def test_bibtex_escapes_the_circumflex():
    # pylatexenc reads \textasciicircum as U+02C6 (LaTeX prints ^), so this one is checked as text
    assert "x\\textasciicircum{}2" in to_bibtex([Reference(pmid=1, title="x^2")]) and "^" not in \
        to_bibtex([Reference(pmid=1, title="x^2")])


def test_bibtex_without_a_date_or_journal_still_parses():
    text = to_bibtex([Reference(pmid=7, title="")])
    assert _bib(text, decode=True) == {"pmid7": {"_type": "article", "title": "", "pmid": "7",
                                                 "url": "https://pubmed.ncbi.nlm.nih.gov/7/"}}


def test_real_records_carry_their_authors(cite_db):
    """The bundled records' AuthorList reaches the exports: every counted C11 study from PubMed XML or
    OpenAlex has authors, in the record's order."""
    want = stored(cite_db, "C11")
    assert sum(1 for w in want.values() if w["authors"]) >= len(want) - 1
    ris = rispy.loads(export(cite_db, "C11", "ris"))
    assert any(r.get("authors") for r in ris)
