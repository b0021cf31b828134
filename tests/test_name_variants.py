"""A name's words in their other forms (data/lexicons/mentions.yaml ``word_forms``): an abstract may name the
catalog's "bone marrow aspirate concentrate" as "Bone Marrow Aspiration Concentrate". Each on the real sentence of
the record it was written from (workshop corpus; the whole record in tests/fixtures/eligibility_records.jsonl);
the eligibility expectation is the blind reviewers' label of data/eval/fresh6/."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Concept
from tests.test_eligibility_recall import _assess

FRESH6 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh6" / "claims.yaml")}

# PMID 33621649's title (C79, cartilage repair added to high tibial osteotomy)
TITLE_33621649 = ("Allogenic Human Umbilical Cord Blood-Derived Mesenchymal Stem Cells Are More Effective Than Bone "
                  "Marrow Aspiration Concentrate for Cartilage Regeneration After High Tibial Osteotomy in Medial "
                  "Unicompartmental Osteoarthritis of Knee")


def _named(concept: Concept, text: str) -> list[str]:
    return [m.text for m in find_mentions(concept, text)]


def test_an_aspirate_is_also_named_by_its_aspiration():
    assert "Bone Marrow Aspiration Concentrate" in _named(FRESH6["C79"].therapy, TITLE_33621649)
    # and the other way round, in the plural
    assert _named(Concept("bone marrow aspiration concentrate"), "Bone marrow aspirate concentrates were injected.") \
        == ["Bone marrow aspirate concentrates"]


def test_a_procedure_is_also_named_by_its_participle():
    # PMID 26069544 (workshop corpus): the catalogs' "marrow stimulation" (fresh, fresh3, fresh5)
    assert _named(Concept("marrow stimulation"), "Microfracture is a marrow-stimulating technique used in the hip to "
                  "treat cartilage defects.") == ["marrow-stimulating"]


def test_other_words_are_not_forms_of_a_name():
    # a platelet concentration is a count, not a platelet concentrate: only the listed forms stand for one another
    assert _named(Concept("platelet concentrate"), "The platelet concentration was measured in whole blood.") == []
    # a listed form is the word itself, not any word beginning alike
    assert _named(Concept("bone marrow aspirate"), "Bone marrow aspirating needles were used.") == []


def test_a_study_whose_every_arm_gets_a_form_of_the_therapy_does_not_test_it():
    """PMID 33621649: cord-blood MSCs against bone marrow aspirate concentrate, both with osteotomy and
    microfracture — every arm gets a cartilage repair procedure (both reviewers: cointervention_only). The
    title names the concentrate "Bone Marrow Aspiration Concentrate"; unread, it looked like a comparator
    without the therapy."""
    d, e = _assess("C79", 33621649, FRESH6)
    assert not e.eligible, (d, e)


# PMID 26255087's title (fresh9 C123: natural cycles against hormone replacement for frozen embryo transfer)
TITLE_26255087 = ("Randomized, controlled pilot trial of natural versus hormone replacement therapy cycles in frozen "
                  "embryo replacement in vitro fertilization.")


def test_a_first_word_set_against_another_form_shares_the_rest_of_the_name():
    fresh9 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh9" / "claims.yaml")}
    assert _named(fresh9["C123"].therapy, TITLE_26255087) == ["natural versus hormone replacement therapy cycles"]
    assert _named(Concept("platelet-rich plasma"), "platelet-rich versus platelet-poor plasma injections") \
        == ["platelet-rich versus platelet-poor plasma"]
    # comparing words only: "and" joins two things as often as it shares a noun; and no function word
    # inside the other form
    assert _named(Concept("natural cycle"), "natural and hormone replacement cycles") == []
    assert _named(Concept("natural cycle"), "natural versus the artificial cycles") == []
    # the shared head may follow an abbreviation too: PRP is injected as saline is
    assert _named(Concept("PRP injection"), "PRP versus saline injection") == ["PRP versus saline injection"]


def test_a_finding_that_sets_the_first_word_against_another_form_again_refers_back_to_the_therapy():
    """26255087 (fresh9 C123; both reviewers: eligible): its conclusion "the outcomes are similar between natural and
    HRT protocols" names the natural cycle by the word its title set against the other form. Only where the title
    did so: the word alone elsewhere, or without another form set against it, is not the therapy."""
    from pipeline.claims.aboutness import finding_about_claim

    fresh9 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh9" / "claims.yaml")}
    c123 = fresh9["C123"]
    conclusion = ["The findings of this pilot study support the suggestion that for women with ovulatory cycles "
                  "undergoing FER, the outcomes are similar between natural and HRT protocols."]
    assert finding_about_claim(c123, TITLE_26255087, conclusion).about
    # a title that names the natural cycle in full gives the bare word no such reading
    # (a title of "outcomes after" the therapy makes its findings the therapy's since session 24: "Pregnancy outcomes
    # after frozen embryo transfer in a natural cycle" would; a title naming the cycle without that frame does not)
    plain_title = "Frozen embryo transfer in a natural cycle: a cohort study"
    assert not finding_about_claim(c123, plain_title, conclusion).about
    assert finding_about_claim(c123, "Pregnancy outcomes after frozen embryo transfer in a natural cycle: a cohort "
                                     "study", conclusion).about
    # nor does the word without another form set against it
    assert not finding_about_claim(c123, TITLE_26255087, ["Natural conception rates were similar."]).about
