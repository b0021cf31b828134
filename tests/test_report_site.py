"""The static site: one row per claim, escaped text, tables in every format, deterministic pages."""

import csv
import re

import pyarrow.parquet as pq

from pipeline.reports.site import build_site, claim_table_markdown
from pipeline.store import connect
from tests.same_bytes import assert_same_bytes


def test_site_has_every_claim_and_the_pmids_behind_grades(evidence_db, tmp_path):
    with connect(evidence_db) as con:
        site = build_site(con, tmp_path / "site", generated_at="test")
        n_claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
        linked = [r[0] for r in con.execute(
            "SELECT pmid FROM claim_evidence WHERE claim_id = 'C11' AND included ORDER BY pmid").fetchall()]
    index = (tmp_path / "site/index.html").read_text()
    assert index.count('<tr data-grade=') == n_claims == site.claims
    assert 'href="claims/C11.html"' in index
    page = (tmp_path / "site/claims/C11.html").read_text()
    for pmid in linked:  # two clicks: index → claim page lists every PMID behind the grade
        assert f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" in page
    assert "<svg" in page and "cdn" not in page.lower() and "http://" not in page
    rows = list(csv.DictReader((tmp_path / "site/claims/C11.csv").open()))
    assert len(rows) == len(linked)
    assert pq.read_table(tmp_path / "site/claims.parquet").num_rows == n_claims
    # a linked study whose finding is about something else says so beside its direction
    prp = (tmp_path / "site/claims/C04.html").read_text()
    assert "the finding is not about platelet-rich plasma" in prp
    no_ev = (tmp_path / "site/claims/C20.html").read_text()
    assert "No evidence" in no_ev and "BPC" in no_ev  # the query that was run is shown
    assert "untested: only local files were searched" in no_ev and "says nothing about PubMed" in no_ev


def test_markdown_page_carries_the_judgement_not_just_the_table(evidence_db, tmp_path):
    """A reader who takes claims/<id>.md gets what the HTML page says: the grade with its flag, the steps
    that led to it with their PMIDs, GRADE's domains, and the studies that do not test the claim with
    their typed reason — not a bare table that could read as "these studies support the claim"."""
    with connect(evidence_db) as con:
        build_site(con, tmp_path / "site", generated_at="test")
        grade, flag = con.execute("SELECT grade, seed_vs_evidence FROM claim_summary WHERE claim_id = 'C04'").fetchone()
        steps = con.execute("SELECT rationale FROM claim_grades WHERE claim_id = 'C04'").fetchone()[0]
        excluded = con.execute("SELECT pmid, exclusion_reason FROM claim_evidence WHERE claim_id = 'C04' "
                               "AND included = FALSE").fetchall()
    md = (tmp_path / "site/claims/C04.md").read_text()
    assert f"Grade: **{grade}**" in md and "## GRADE domains" in md and "## What the article says" in md
    import json
    last = json.loads(steps)[-1]["text"]
    assert last.startswith("final certainty") and last in md
    assert excluded and "## Studies that do not test the claim" in md
    for pmid, reason in excluded:
        assert re.search(rf"^- {pmid} .* — {re.escape(reason.split(':')[0].replace('_', chr(92) + '_'))}", md, re.M)
    untested = (tmp_path / "site/claims/C20.md").read_text()
    assert "untested: only local files were searched" in untested and "says nothing about PubMed" in untested


def test_article_text_is_escaped(evidence_db, tmp_path):
    with connect(evidence_db) as con:
        pmid = con.execute("SELECT pmid FROM claim_evidence WHERE claim_id = 'C11' LIMIT 1").fetchone()[0]
        old = con.execute("SELECT title FROM articles WHERE pmid = ?", [pmid]).fetchone()[0]
        con.execute("UPDATE articles SET title = '<script>alert(1)</script> & <i>x</i>' WHERE pmid = ?", [pmid])
        try:
            build_site(con, tmp_path / "s", generated_at="test")
        finally:
            con.execute("UPDATE articles SET title = ? WHERE pmid = ?", [old, pmid])
    page = (tmp_path / "s/claims/C11.html").read_text()
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_pages_are_byte_identical_on_rebuild(evidence_db, tmp_path):
    with connect(evidence_db) as con:
        build_site(con, tmp_path / "a", generated_at="x")
        build_site(con, tmp_path / "b", generated_at="x")
        md = claim_table_markdown(con)
    for f in ("index.html", "claims/C11.html", "claims.csv", "claims/C11.md"):
        assert_same_bytes((tmp_path / "a" / f).read_bytes(), (tmp_path / "b" / f).read_bytes(), what=str(f))
    assert md.count("\n") >= 3 and re.search(r"\| C11 ", md)


def test_footer_says_where_the_records_came_from(evidence_db, tmp_path):
    """A run on local files must not read as a live PubMed search, and a run on the bundled sample
    (what `make run` falls back to without PubMed) says so in the header and the footer."""
    from pipeline.reports.site import provenance

    def as_if(sql: str | None, out: str | None = None) -> str:
        con.execute("BEGIN TRANSACTION")  # undone below: the fixture database stays as it is
        if sql:
            con.execute(sql)
        said = provenance(con)
        if out:
            build_site(con, tmp_path / out, generated_at="test")
        con.execute("ROLLBACK")
        return said

    with connect(evidence_db) as con:
        # the fixture: the bundled topical sets plus one general file from tests/fixtures
        mixed_local = as_if(None, "mixed")
        only_bundled = as_if("UPDATE articles SET source_file = 'data/corpus/topical/x.xml'", "bundled")
        elsewhere = as_if("UPDATE articles SET source_file = '/elsewhere/x.xml'", "elsewhere")
        live = as_if("UPDATE articles SET source_file = '/elsewhere/x.xml'; UPDATE articles SET source_file = 'efetch:C11' "
                     "WHERE pmid IN (SELECT pmid FROM articles ORDER BY pmid LIMIT 2)")
    assert "of them the bundled sample" in mixed_local and mixed_local.endswith("not a live PubMed search")
    assert only_bundled == "a bundled local sample of real PubMed records (data/corpus), not a PubMed search"
    assert elsewhere == "read from local files, not a live PubMed search"
    assert live.startswith("2 fetched live from PubMed E-utilities, ") and live.endswith(" read from local files")
    for out, banner in (("mixed", True), ("bundled", True), ("elsewhere", False)):
        page = (tmp_path / out / "index.html").read_text()
        assert ('class="banner-sample"' in page) is banner, out
    assert f"({only_bundled})" in (tmp_path / "bundled/index.html").read_text()
    assert "(read from local files, not a live PubMed search)" in (tmp_path / "elsewhere/index.html").read_text()


def test_claim_page_shows_each_grade_domain_with_reason_and_pmids(evidence_db, tmp_path):
    """Issue 18: every domain judgement on a claim page names its rating, reason and PMIDs, and the
    trials behind the grade show their risk-of-bias judgements with the abstract's sentence."""
    with connect(evidence_db) as con:
        build_site(con, tmp_path / "site", generated_at="test")
        domains = con.execute("SELECT domain, rating, pmids FROM claim_domains WHERE claim_id = 'C11'").fetchall()
    page = (tmp_path / "site/claims/C11.html").read_text()
    assert "GRADE domains" in page and len(domains) == 5
    for domain, rating, pmids in domains:
        row = re.search(rf'<tr data-domain="{domain}" data-rating="{rating}">(.*?)</tr>', page, re.S)
        assert row, domain
        for p in pmids:
            assert f"https://pubmed.ncbi.nlm.nih.gov/{p}/" in row.group(1)
    assert "Risk of bias of each study behind the grade" in page and "blinding participants" in page


def test_a_non_randomised_study_shows_confounding_and_selection_not_allocation(evidence_db, tmp_path):
    """Rubric 2026.12.6: C12b's two cord-blood cohorts (33492407, 33621649) are judged on confounding and
    selection, first, with the sentence behind each; their allocation is the Low start, not a judgement."""
    with connect(evidence_db) as con:
        build_site(con, tmp_path / "site", generated_at="test")
        rows = dict(con.execute("SELECT domain, rating FROM study_risk_of_bias WHERE claim_id = 'C12b' "
                                "AND pmid = 33621649").fetchall())
    assert rows["selection"] == "high" and "sequence_generation" not in rows
    page = (tmp_path / "site/claims/C12b.html").read_text()
    rob = page[page.index('<table class="rob">'):]
    row = rob[rob.index("33621649/"):]
    row = row[:row.index("</tr>")]
    assert row.index("confounding:") < row.index("selection:") < row.index("blinding assessors:")
    assert "Retrospectively we compared clinical outcomes" in row and "sequence generation" not in row


def test_claim_page_says_what_an_add_on_claim_adds_to_and_what_a_head_to_head_claim_compares(evidence_db, tmp_path):
    """A reader of an add-on claim's page needs to see what the therapy is added to (catalog added_to, migration 023),
    and of a head-to-head claim's, what it is compared with (comparator, 022): they decide which studies test it.
    Set on a claim of the fixture database inside a transaction that is undone."""
    with connect(evidence_db) as con:
        con.execute("BEGIN TRANSACTION")
        con.execute("UPDATE claims SET added_to = 'microfracture', comparator = 'hyaluronic acid' WHERE claim_id = 'C11'")
        build_site(con, tmp_path / "site", generated_at="test")
        con.execute("ROLLBACK")
        build_site(con, tmp_path / "plain", generated_at="test")
    html = (tmp_path / "site" / "claims" / "C11.html").read_text(encoding="utf-8")
    md = (tmp_path / "site" / "claims" / "C11.md").read_text(encoding="utf-8")
    assert "<b>Added to:</b> microfracture" in html and "<b>Compared with:</b> hyaluronic acid" in html
    assert "**Added to:** microfracture" in md and "**Compared with:** hyaluronic acid" in md
    plain = (tmp_path / "plain" / "claims" / "C11.html").read_text(encoding="utf-8")
    assert "Added to:" not in plain and "Compared with:" not in plain
