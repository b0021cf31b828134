"""Issue 16: why a finding is not about its claim is a type (pipeline/claims/not_about.py), written by the direction
reader beside its words, stored by the linker (claim_articles.direction_not_about_kind, migration 025), and the
eligibility rules and the grader decide on it, not on the phrase."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.catalog import load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.not_about import NotAboutKind, excludes, exclusion_reason, kind_of
from pipeline.claims.reading import read_article
from pipeline.grading.rubric import Study, study_level
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

CLAIMS = {c.id: c for c in load_catalog()}
PRP_KNEE_OA = CLAIMS["C04"]  # platelet-rich plasma | knee osteoarthritis

# (title, finding sentences) and the kind of reason the aboutness reader gives for C04
FINDINGS = [
    ("Hyaluronic acid for knee osteoarthritis",
     ["Hyaluronic acid injections reduced pain in knee osteoarthritis at 12 months."], NotAboutKind.THERAPY),
    ("Platelet-rich plasma for lateral epicondylitis",
     ["Platelet-rich plasma reduced elbow pain at 6 months."], NotAboutKind.CONDITION),
    ("Calcium chloride activation of platelet-rich plasma",
     ["Calcium chloride enhanced the growth factor release of platelet-rich plasma in knee osteoarthritis."],
     NotAboutKind.ACTS_ON),
    ("Platelet-rich plasma for knee osteoarthritis", [], NotAboutKind.NO_FINDING),
]


@pytest.mark.parametrize("title,findings,kind", FINDINGS)
def test_the_reader_gives_the_kind_and_the_words_read_back_as_it(title, findings, kind):
    about = finding_about_claim(PRP_KNEE_OA, title, findings)
    assert not about.about and about.kind is kind
    # a row stored before the kind column is read from its words to the same kind
    assert kind_of(about.reason, therapy=PRP_KNEE_OA.therapy.name, condition=PRP_KNEE_OA.condition.name) is kind


def test_a_comparison_claim_that_names_too_few_groups_is_its_own_kind():
    claim = CLAIMS["C12"]  # MSC source (bone marrow, adipose, umbilical cord) changes what the cells do
    about = finding_about_claim(claim, "Mesenchymal stem cells in culture",
                                ["Mesenchymal stem cells from bone marrow changed their differentiation potential."])
    assert about.kind is NotAboutKind.FEWER_GROUPS, about
    assert kind_of(about.reason) is NotAboutKind.FEWER_GROUPS


def test_only_too_weak_keeps_the_study_and_each_kind_has_its_typed_reason():
    assert [k for k in NotAboutKind if not excludes(k)] == [NotAboutKind.TOO_WEAK] and not excludes(None)
    assert exclusion_reason(NotAboutKind.NO_DATA) == exclusion_reason("no_finding") == "no_findings"
    assert exclusion_reason(NotAboutKind.EVERY_ARM) == "cointervention_only"
    assert exclusion_reason(NotAboutKind.CONDITION) == "other_condition"
    assert exclusion_reason(NotAboutKind.THERAPY) == "therapy_not_tested"
    # a mechanism claim's finding about something else: the mechanism was not measured (but a comparison that names
    # too few groups is still a therapy not tested)
    assert exclusion_reason(NotAboutKind.CONDITION, mechanism=True) == "mechanism_not_measured"
    assert exclusion_reason(NotAboutKind.FEWER_GROUPS, mechanism=True) == "therapy_not_tested"


# a cohort given PRP whose finding is about what acts on it (calcium chloride): the not-about reading decides
ACTED_ON = Article(pmid=1, title="Calcium chloride and growth factor release of platelet-rich plasma", abstract=(
    "BACKGROUND: Platelet-rich plasma (PRP) is used for knee osteoarthritis. METHODS: Forty patients with knee "
    "osteoarthritis received PRP injections activated with calcium chloride. RESULTS: Calcium chloride increased the "
    "growth factor release of PRP. CONCLUSIONS: Calcium chloride enhances the growth factor release of PRP."))


def _eligibility(not_about, kind=None):
    reading = read_article(ACTED_ON)
    return assess_eligibility(PRP_KNEE_OA, reading, read_arms(reading), None, title=ACTED_ON.title,
                              not_about=not_about, not_about_kind=kind, is_human=True)


def test_eligibility_decides_on_the_kind_not_the_words():
    words = "the finding is about what acts on platelet-rich plasma"
    assert _eligibility(None).eligible
    # the words alone are read to their kind (callers holding only the phrase)
    e = _eligibility(words)
    assert not e.eligible and e.reason == "therapy_not_tested" and e.why == words
    # the kind given decides, whatever the words say; the words stay what a reviewer reads
    e = _eligibility(words, NotAboutKind.EVERY_ARM)
    assert not e.eligible and e.reason == "cointervention_only" and e.why == words
    assert _eligibility(words, NotAboutKind.NO_DATA).reason == "no_findings"
    assert _eligibility(words, NotAboutKind.TOO_WEAK).eligible
    # "not about the condition" yields to the methods counting participants who have it
    e = _eligibility(words, NotAboutKind.CONDITION)
    assert e.eligible and "participants the methods count" in e.why


def _study(not_about, kind):
    return Study(pmid=5, design="rct", is_human=True, is_animal=False, is_in_vitro=False, sample_size=40,
                 direction="unclear", is_retracted=False, not_about=not_about, not_about_kind=kind)


def test_the_grader_reads_the_stored_kind_and_the_words_only_without_it():
    words = "the finding is not about saline"
    assert study_level(_study(words, None), "knee osteoarthritis").exclusion_reason.startswith("therapy_not_tested")
    assert study_level(_study(words, "no_finding"), "knee osteoarthritis").exclusion_reason.startswith("no_findings")
    assert study_level(_study(words, "too_weak"), "knee osteoarthritis").included


def test_every_stored_reason_has_the_kind_its_words_say(evidence_db):
    """On the bundled build: the stored kind is what the grader would have read from the words (so grades of rows
    linked before the column, read from the words, are the grades of rows linked after it)."""
    with duckdb.connect(str(evidence_db), read_only=True) as con:
        rows = con.execute("SELECT claim_id, direction_not_about, direction_not_about_kind FROM claim_articles "
                           "WHERE linked").fetchall()
    with_reason = [r for r in rows if r[1]]
    assert len(with_reason) >= 20 and len({r[2] for r in with_reason}) >= 3
    for cid, words, kind in rows:
        c = CLAIMS[cid]
        assert (kind is None) == (words is None)
        if words:
            assert kind == kind_of(words, therapy=c.therapy.name, condition=c.condition.name), (cid, words, kind)
