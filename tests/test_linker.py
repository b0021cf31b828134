"""Claim–article linking: relevance for the right reason, measured on SYNERGY Jeyaraman 2020."""

import json

from pipeline.claims.catalog import load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess
from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept
from pipeline.models import Article

from conftest import SYNERGY, TOPICAL


def test_mentions_use_synonyms_abbreviations_and_spelling_variants():
    c = Concept("platelet-rich plasma", ("PRP", "autologous conditioned plasma"))
    text = "Platelet rich plasma injections (PLRP) and PRP-treated tendons; PLRP again."
    found = find_mentions(c, text, {"PLRP": "Platelet rich plasma injections"})
    assert [m.text for m in found] == ["Platelet rich plasma", "PLRP", "PRP", "PLRP"]
    assert not find_mentions(c, "the prpx gene")  # no partial words


def test_background_only_mention_is_not_linked():
    claim = next(c for c in load_catalog() if c.id == "C11")
    a = Article(pmid=1, title="Microfracture versus chondrocyte implantation for knee cartilage defects",
                abstract="Microfracture recruits mesenchymal stem cells from the bone marrow into the defect. "
                         "We randomized 80 patients with knee cartilage defects to microfracture or autologous "
                         "chondrocyte implantation. Both groups improved at 2 years. Chondrocyte implantation gave better repair tissue.")
    r = assess(claim, a)
    assert 0 < r.relevance < LINK_THRESHOLD
    assert any("background or as a mechanism" in x or "not as the tested" in x for x in r.reasons)


def test_hits_that_fail_the_check_keep_relevance_zero_with_reason(evidence_db):
    from pipeline.store import connect

    with connect(evidence_db) as con:
        rows = con.execute("SELECT relevance_reasons FROM claim_articles WHERE relevance = 0").fetchall()
        assert rows
        assert all(json.loads(r[0]) for r in rows)
        assert con.execute("SELECT count(*) FROM claim_queries").fetchone()[0] == len(load_catalog())


def test_synergy_msc_knee_claim_links_msc_trials_and_not_the_others():
    from pipeline.claims.eval_linking import evaluate_linking

    from conftest import SYNERGY

    rep = evaluate_linking(synergy=SYNERGY)
    s = rep.summary
    assert s["MSC trials"] >= 20
    assert s["linked (MSC trials)"] >= 0.95
    assert s["linked as relevant (non-MSC trials)"] <= 0.10


def test_comparison_claim_needs_two_compared_things_named():
    """C12 (MSC source changes what the cells do) compares cell sources: a bone-marrow-only trial says
    nothing about it; a trial of cord-blood MSCs against bone marrow concentrate does."""
    from pipeline.parsing import parse_path

    claim = next(c for c in load_catalog() if c.id == "C12")
    assert claim.condition.min_groups == 2
    want = {33492407, 32556433}
    zip_path = SYNERGY
    arts = {a.pmid: a for a in parse_path(zip_path) if isinstance(a, Article) and a.pmid in want}
    assert set(arts) == want
    both = assess(claim, arts[33492407])  # umbilical cord blood MSCs vs BMAC
    assert both.relevance >= LINK_THRESHOLD
    one = assess(claim, arts[32556433])  # BMAC vs microfracture
    assert one.relevance == 0
    assert any("needs 2 of them named, found bone marrow" in r for r in one.reasons), one.reasons


def test_condition_only_in_the_background_does_not_link():
    """An in-vitro chondrogenesis study that names knee cartilage lesions only to set the scene is
    not evidence for MSCs in knee cartilage repair (C11); the cap says why."""
    from pipeline.parsing import parse_path

    claim = next(c for c in load_catalog() if c.id == "C11")
    zip_path = SYNERGY
    a = next(a for a in parse_path(zip_path) if isinstance(a, Article) and a.pmid == 20020100)
    assert "articular cartilage of the knee" in a.abstract.split(".")[0]  # the first, scene-setting sentence
    r = assess(claim, a)
    assert r.relevance < LINK_THRESHOLD
    assert "condition only in background sentences (capped at 0.30)" in r.reasons


def test_a_phrase_the_condition_excludes_does_not_name_it():
    """A real corpus review of extracellular vesicles in intervertebral disc degeneration names
    "cartilage endplates" of the spine: not the joint cartilage of the exosome claim (C17), whose
    condition excludes that phrase, so the query hit stays unlinked with the reason."""
    from pipeline.claims.eval_direction import _corpus_articles

    claim = next(c for c in load_catalog() if c.id == "C17")
    assert "cartilage endplate" in claim.condition.excludes
    a = _corpus_articles({36796818}, [TOPICAL])[36796818]
    assert "cartilage endplates" in a.abstract
    r = assess(claim, a)
    assert r.relevance == 0
    assert any("not named" in x for x in r.reasons)
    plain = Concept("cartilage", ("cartilage",), excludes=("cartilage endplate",))
    assert [m.text for m in find_mentions(plain, "cartilage endplates and articular cartilage")] == ["cartilage"]
