"""`evidence claims gaps`: the query hits a claim's names do not reach, with what they say instead
(pipeline/claims/name_gaps.py, pipeline/query/explain.py, pipeline/claims/gap_report.py).

The record is real: PMID 18528742, which held-out set fresh48's claim C552 ("Chondrocytes implanted in a fibrin matrix
repair knee cartilage lesions") returned and both reviewers counted; the catalog's therapy names ("fibrin-matrix
autologous chondrocyte implantation", "chondrocytes in fibrin", ...) are not how it writes it ("Chondrocyte
Implantation with a Fibrin-Hyaluronan Matrix"), so the link stage never read it. Its spans are the ones the shipped
P/I/O tagger stored for it."""

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from pipeline.claims.catalog import load_catalog
from pipeline.claims.name_gaps import GapRecord, normalise, stand_ins, unreached
from pipeline.cli.app import app
from pipeline.query import SearchDoc, compile_query
from pipeline.query.explain import matching_terms, positive_terms

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
runner = CliRunner()

TITLE = "Results of Chondrocyte Implantation with a Fibrin-Hyaluronan Matrix: A Preliminary Study"
ABSTRACT = ("Fibrin, a homologous polymer, is the natural scaffold of wound healing and therefore a candidate as a carrier "
            "for cell transplantation. We explored a novel matrix-based implant cartilage repair composed of both fibrin "
            "and hyaluronan in a defined ratio that takes advantage of the biological and mechanical properties of these "
            "two elements. ... We prospectively followed eight patients with symptomatic-chronic cartilage defects "
            "treated with this carrier.")
SPANS = (("I", "Chondrocyte Implantation with a Fibrin-Hyaluronan Matrix:"),
         ("P", "Chondrocyte Implantation with a Fibrin-Hyaluronan Matrix:"),
         ("I", "homologous polymer,"),
         ("I", "novel matrix-based implant cartilage repair composed of both fibrin and hyaluronan"),
         ("I", "autologous chondrocytes expanded"),
         ("P", "eight patients with symptomatic-chronic cartilage defects treated with this carrier."),
         ("I", "harvest autologous chondrocytes then grown in"),
         ("I", "fibrin-hyaluronan matrix."),
         ("I", "placebo"))


def _c552():
    return {c.id: c for c in load_catalog(EVAL / "fresh48" / "claims.yaml")}["C552"]


def test_the_terms_a_record_can_match_leave_out_what_a_not_removes():
    q = compile_query("fibrin*[ti] AND (chondrocyte*[ti] OR cartilage[ti]) NOT review[ti] AND 2000:2020[dp]")
    assert [str(t) for t in positive_terms(q.root)] == ["fibrin*[ti]", "chondrocyte*[ti]", "cartilage[ti]"]


def test_the_query_terms_a_record_matches():
    doc = SearchDoc.from_fields(18528742, title=TITLE, abstract=ABSTRACT)
    other = SearchDoc.from_fields(2, title="Fibrin glue in cartilage surgery", abstract="")
    got = matching_terms(compile_query(_c552().query).root, [doc, other])
    assert {p: [str(t) for t in ts] for p, ts in got.items()} == {
        18528742: ["fibrin*[ti]", "chondrocyte*[ti]"], 2: ["fibrin*[ti]", "cartilage[ti]"]}


def test_a_hit_that_names_the_condition_but_not_the_therapy_shows_its_own_words_for_it():
    terms = tuple(positive_terms(compile_query(_c552().query).root))
    assert [str(t) for t in terms] == ["fibrin*[ti]", "chondrocyte*[ti]", "cartilage[ti]", "chondral[ti]"]
    rec = GapRecord(18528742, TITLE, ("Chondrocytes", "Humans", "Fibrin"), SPANS, terms[:3],
                    therapy_named=False, condition_named=True)
    [hit] = unreached(_c552(), [rec])
    assert (hit.role, hit.other_named) == ("therapy", True)
    # cartilage[ti] brought it in for the condition ("cartilage lesions"), the other two for the therapy
    assert hit.query_terms == ("fibrin*[ti]", "chondrocyte*[ti]")
    phrases = [p for _, p in hit.phrases]
    assert phrases[0] == "chondrocyte implantation with a fibrin-hyaluronan matrix"
    assert "fibrin-hyaluronan matrix" in phrases and "autologous chondrocytes expanded" in phrases
    # a span naming the condition ("cartilage repair"), a participants span and a control word are not the therapy's
    assert not any("cartilage" in p or p == "placebo" for p in phrases)
    assert {s for s, _ in hit.phrases} == {"intervention span"}


def test_the_condition_gap_reads_participants_spans_and_mesh_but_not_check_tags():
    rec = GapRecord(18528742, TITLE, ("Chondrocytes", "Humans", "Osteochondritis Dissecans", "Male"), SPANS,
                    (), therapy_named=True, condition_named=False)
    [hit] = unreached(_c552(), [rec])
    assert hit.role == "condition"
    assert ("MeSH", "osteochondritis dissecans") in hit.phrases
    assert not any(p in ("humans", "male") for _, p in hit.phrases)
    assert all(s in ("participants span", "MeSH") for s, _ in hit.phrases)


def test_hits_named_in_full_are_left_out_and_those_naming_the_other_concept_come_first():
    c = _c552()
    named = GapRecord(1, "t", therapy_named=True, condition_named=True)
    neither = GapRecord(2, "t", spans=(("I", "fibrin glue"),), therapy_named=False, condition_named=False)
    other = GapRecord(3, "t", spans=(("I", "fibrin glue"),), therapy_named=False, condition_named=True)
    hits = unreached(c, [named, neither, other])
    assert [(h.pmid, h.role, h.other_named) for h in hits] == [(3, "therapy", True), (2, "therapy", False)]
    [glue] = stand_ins(hits)
    assert (glue.phrase, glue.source, glue.pmids, glue.with_other) == ("fibrin glue", "intervention span", (2, 3), 1)


def test_a_phrase_cut_at_a_bracket_is_pooled_without_it():
    assert normalise("intervertebral disc degeneration (IVDD") == "intervertebral disc degeneration"
    assert normalise("The  PRP (platelet-rich plasma)") == "prp (platelet-rich plasma)"
    assert normalise("IVDD) rats.") == "rats"
    assert normalise("and annulus fibrosus") == "annulus fibrosus"  # a span cut after a joining word


def test_the_command_reads_a_link_run(evidence_db):
    r = runner.invoke(app, ["claims", "gaps", "--db", str(evidence_db), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    con = duckdb.connect(str(evidence_db), read_only=True)
    unnamed = {(c, p, "therapy" if not t else "condition") for c, p, t, k in con.execute(
        "SELECT claim_id, pmid, len(coalesce(therapy_mentions, [])) > 0, len(coalesce(condition_mentions, [])) > 0 "
        "FROM claim_articles WHERE query_hit AND relevance = 0 AND NOT (len(coalesce(therapy_mentions, [])) > 0 "
        "AND len(coalesce(condition_mentions, [])) > 0)").fetchall()}
    spans = {(p, normalise(t)) for p, t in con.execute("SELECT pmid, text FROM article_pico WHERE element = 'I'").fetchall()}
    con.close()
    assert unnamed, "the fixture's link run left query hits unnamed"
    # every hit listed is one the link stage found no name in; those it leaves out name the concept in their MeSH
    listed_roles = {(h["claim_id"], h["pmid"], h["role"]) for h in out["hits"]}
    assert listed_roles and {(c, p) for c, p, _ in listed_roles} <= {(c, p) for c, p, _ in unnamed}
    # the phrases are the records' own spans, and every pooled phrase is some listed hit's
    shown = [(h["pmid"], p) for h in out["hits"] for s, p in h["phrases"] if s == "intervention span"]
    assert shown and all((pmid, p) in spans for pmid, p in shown)
    listed = {(h["claim_id"], h["role"], h["pmid"]) for h in out["hits"]}
    assert all((s["claim_id"], s["role"], p) in listed for s in out["phrases"] for p in s["pmids"])
    r = runner.invoke(app, ["claims", "gaps", "--db", str(evidence_db), "--claim", out["hits"][0]["claim_id"],
                            "--records"])
    assert r.exit_code == 0 and "by none of the catalog's words" in r.output


def test_the_claim_page_shows_an_unreached_hits_own_words(evidence_db, tmp_path):
    """The claim page's "query hits not linked" list says, for a hit that names the therapy by none of the catalog's
    words, what it says instead (escaped: record text), as `evidence claims gaps` does."""
    from pipeline.claims.gap_report import claim_gaps, stored_claims

    con = duckdb.connect(str(evidence_db), read_only=True)
    found = [(cid, h) for cid, c in stored_claims(con).items() for h in claim_gaps(con, c) if h.phrases]
    con.close()
    assert found, "the fixture has unreached hits with phrases"
    cid, hit = found[0]
    out = tmp_path / "site"
    r = runner.invoke(app, ["report", "--db", str(evidence_db), "--out", str(out)])
    assert r.exit_code == 0, r.output
    md = (out / "claims" / f"{cid}.md").read_text(encoding="utf-8")
    line = next(x for x in md.splitlines() if x.startswith(f"- {hit.pmid} "))
    assert "its own words: " in line and hit.phrases[0][1].split()[0] in line
    html = (out / "claims" / f"{cid}.html").read_text(encoding="utf-8")
    assert "its own words: " in html


def test_the_page_reading_skips_the_query_terms_and_keeps_the_phrases(evidence_db):
    """``terms=False`` (the claim page's reading) gives the same hits and phrases without the matching query terms."""
    from pipeline.claims.gap_report import claim_gaps, stored_claims

    con = duckdb.connect(str(evidence_db), read_only=True)
    pairs = [(claim_gaps(con, c), claim_gaps(con, c, terms=False)) for c in stored_claims(con).values()]
    con.close()
    full = [h for with_terms, _ in pairs for h in with_terms]
    assert any(h.query_terms for h in full), "the fixture has unreached hits with matching query terms"
    for with_terms, without in pairs:
        assert [(h.pmid, h.role, h.phrases) for h in with_terms] == [(h.pmid, h.role, h.phrases) for h in without]
        assert not any(h.query_terms for h in without)


def test_the_claim_page_pools_the_phrases_hits_naming_the_other_concept_share(evidence_db, tmp_path):
    """Under "query hits not linked", the page lists the phrases that two or more unreached hits naming the claim's other
    concept use in place of the missing one (at most four per concept), as `evidence claims gaps` pools them."""
    from pipeline.claims.gap_report import claim_gaps, stored_claims

    con = duckdb.connect(str(evidence_db), read_only=True)
    expected = {}
    for cid, c in stored_claims(con).items():
        shared = [s for s in stand_ins(claim_gaps(con, c, terms=False)) if s.with_other >= 2]
        if shared:
            expected[cid] = shared
    con.close()
    out = tmp_path / "site"
    assert runner.invoke(app, ["report", "--db", str(evidence_db), "--out", str(out)]).exit_code == 0
    pages = {p.stem: p.read_text(encoding="utf-8") for p in (out / "claims").glob("C*.md") if "-" not in p.stem}
    for cid, md in pages.items():
        assert ("Phrases several of them that name the" in md) == (cid in expected), cid
    assert expected, "the fixture has phrases shared by unreached hits naming the other concept"
    cid, shared = next(iter(expected.items()))
    line = next(x for x in pages[cid].splitlines() if x.startswith(f"Phrases several of them that name the "
                                                                  f"{'therapy' if shared[0].role == 'condition' else 'condition'}"))
    assert f"{shared[0].phrase} ({shared[0].with_other})" in line
