"""Per-comparison findings for a claim's linked studies (pipeline/claims/comparison_findings.py):
the outcome chosen from O spans, what a finding means for the claim, the link direction never more
favourable, the typed columns of migration 018, and the SoF's per-study estimates. Real sentences of
the bundled corpus (tests/fixtures/findings_abstracts.jsonl, PMIDs given); no ../shared."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from pipeline.claims import comparison_findings as CF
from pipeline.claims.models import Claim, Concept
from pipeline.nlp.arms import ArmComparison, StudyArms
from pipeline.nlp.findings import Finding, FindingLabel

FIXTURE = Path(__file__).parent / "fixtures" / "findings_abstracts.jsonl"


@pytest.fixture(scope="module")
def abstracts() -> dict[int, str]:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    return {r["pmid"]: f"{r['title']}\n{r['abstract']}" for r in rows}


def _claim(therapy: str, synonyms=(), condition: str = "cartilage defects", polarity: str = "benefit",
           kind: str = "effect") -> Claim:
    return Claim("T01", f"{therapy} helps {condition}", Concept(therapy, tuple(synonyms)), Concept(condition), (),
                 "asserted", therapy, polarity=polarity, kind=kind)


AMIC = _claim("autologous matrix-induced chondrogenesis", ("AMIC",))


# --- the outcome ---------------------------------------------------------------------------------

def test_the_outcome_is_the_o_span_most_made_of_the_claims_outcome_words():
    # O spans as the tagger reads PMID 29016185 (APS for knee OA) and a methods list of end points
    spans = [("Secondary end points were any adverse events, Oxford Knee Score, EQ-5D score, VAS for pain", 0.9),
             ("WOMAC pain score", 0.7), ("frequency and severity of adverse events", 0.95)]
    assert CF.choose_outcome(_claim("autologous protein solution", condition="knee osteoarthritis"), spans) == \
        ("WOMAC pain score", "o_span")


def test_adverse_events_are_not_the_outcome_of_a_benefit_and_no_span_falls_back_to_the_condition():
    claim = _claim("autologous protein solution", condition="knee osteoarthritis")
    assert CF.choose_outcome(claim, [("frequency and severity of adverse events", 0.95)]) == \
        ("knee osteoarthritis", "claim")
    assert CF.choose_outcome(claim, [("the blood of the donors", 0.9)]) == ("knee osteoarthritis", "claim")
    assert CF.choose_outcome(claim, ()) == ("knee osteoarthritis", "claim")


# --- what a finding means for the claim ----------------------------------------------------------

@pytest.mark.parametrize("label, outcome, side, polarity, kind, expected", [
    ("decreased", "VAS pain", "intervention", "benefit", "effect", "supports"),
    ("increased", "VAS pain", "intervention", "benefit", "effect", "contradicts"),
    ("increased", "VAS pain", "comparator", "benefit", "effect", "supports"),  # the therapy is the comparator
    ("increased", "Lysholm score", "intervention", "benefit", "effect", "supports"),
    ("no_difference", "Lysholm score", "intervention", "benefit", "effect", "no_effect"),
    ("increased", "fibrosis markers", "intervention", "benefit", "effect", "unclear"),  # polarity unknown
    ("increased", "Lysholm score", None, "benefit", "effect", "unclear"),  # the therapy on neither or both sides
    ("increased", "adverse events", "intervention", "harm", "effect", "supports"),  # a harm claim
    ("no_difference", "DAS28", "intervention", "benefit", "equivalence", "supports"),
    ("increased", "VAS pain", "intervention", "benefit", "equivalence", "contradicts"),  # worse: contradicts
    ("decreased", "VAS pain", "intervention", "benefit", "equivalence", "supports"),  # better: at least as good
    ("decreased", "VAS pain", "comparator", "benefit", "equivalence", "contradicts"),  # the comparator did better
    ("increased", "fibrosis markers", "intervention", "benefit", "equivalence", "unclear"),  # polarity unknown
    ("unclear", "Lysholm score", "intervention", "benefit", "effect", "unclear"),
    ("increased", "Lysholm score", "intervention", "mechanism", "effect", "unclear"),
])
def test_claim_relative_finding(label, outcome, side, polarity, kind, expected):
    claim = _claim("PRP", polarity=polarity, kind=kind)
    assert CF.claim_finding(claim, label, outcome, side) == expected


def test_the_therapys_side_of_a_comparison():
    assert CF.therapy_side(AMIC, ArmComparison("AMIC", "microfracture (MFx)", None, "")) == "intervention"
    assert CF.therapy_side(AMIC, ArmComparison("microfracture", "AMIC", None, "")) == "comparator"
    assert CF.therapy_side(AMIC, ArmComparison("AMIC with PRP", "AMIC alone", None, "")) is None


# --- the reader on real abstracts ------------------------------------------------------------------

def test_a_comparison_read_with_its_effect_and_claim_relative_finding(abstracts):
    """PMID 33209942: IKDC "was significantly greater in the AMIC (45.9 [95% CI, 36.2-55.5]) than in the
    MFx … group (P < .001)": increased (above the product's threshold for a difference), supports AMIC;
    Lysholm "did not differ significantly": no difference → no_effect."""
    text = abstracts[33209942]
    arms = StudyArms(comparisons=(ArmComparison("autologous matrix-induced chondrogenesis (AMIC)", "microfracture (MFx)",
                                                None, ""),))
    o = "mean improvement on the International Knee Documentation Committee (IKDC) subjective score"
    ikdc = CF.read_comparisons(AMIC, text, arms, "unclear", o_spans=[(o, 0.8)]).comparisons[0]
    assert (ikdc.finding_label, ikdc.finding, ikdc.finding_source) == ("increased", "supports", CF.SOURCE)
    assert ikdc.outcome == o and ikdc.outcome_source == "o_span"
    assert "significantly greater in the AMIC" in ikdc.sentence and ikdc.finding_confidence >= 0.9
    # "45.9 [95% CI, 36.2-55.5]" and "27.2 [95% CI, 23.3-31.1]" are each group's mean, not an effect:
    # with two bare estimates in the sentence, the p-value is what it states of the comparison
    assert ikdc.effect.kind == "p_value" and ikdc.effect.p_value == 0.001
    lys = CF.read_comparisons(AMIC, text, arms, "supports", o_spans=[("Lysholm score", 0.8)]).comparisons[0]
    assert (lys.finding_label, lys.finding) == ("no_difference", "no_effect")
    assert "did not differ significantly" in lys.sentence
    # the link's "supports" from the conclusion's tone meets a confident no difference: never kept as supports
    assert CF.combine("supports", StudyArms(comparisons=(lys,))) != "supports"


def test_an_unsure_difference_leaves_the_old_readers_direction_marked_as_its(abstracts):
    """PMID 29016185: "improvement in WOMAC pain score was 65% in the APS group and 41% in the saline
    group": decreased at 0.73, below the threshold for a difference → unclear; the comparison keeps
    the conclusion-tone reader's direction, with its source."""
    claim = _claim("autologous protein solution", ("APS",), condition="knee osteoarthritis")
    arms = StudyArms(comparisons=(ArmComparison("autologous protein solution (APS)", "saline", None, ""),))
    c = CF.read_comparisons(claim, abstracts[29016185], arms, "supports", o_spans=[("WOMAC pain score", 0.8)]).comparisons[0]
    assert c.finding_label == "unclear" and 0.5 < c.finding_confidence < 0.9
    assert (c.finding, c.finding_source) == ("supports", CF.FALLBACK_SOURCE)
    assert CF.combine("supports", StudyArms(comparisons=(c,))) == "supports"
    # the sentence shown beside that finding is the one the old reader read it from, not the reader's
    # unsure sentence or the sentence the comparison was found in
    concl = "APS significantly improved WOMAC pain in patients with knee osteoarthritis."
    c2 = CF.read_comparisons(claim, abstracts[29016185], arms, "supports", o_spans=[("WOMAC pain score", 0.8)],
                             old_sentence=concl).comparisons[0]
    assert (c2.finding, c2.finding_source, c2.sentence) == ("supports", CF.FALLBACK_SOURCE, concl)
    assert c.sentence != concl
    # an unclear old direction has no sentence to show: the reader's own stays
    c3 = CF.read_comparisons(claim, abstracts[29016185], arms, "unclear", o_spans=[("WOMAC pain score", 0.8)],
                             old_sentence=concl).comparisons[0]
    assert c3.sentence == c.sentence


def _finding(sentence: str, label=FindingLabel.NO_DIFFERENCE) -> Finding:
    from pipeline.nlp.effects import find_effects
    return Finding(label, sentence, 0, len(sentence), 0.8, find_effects(sentence))


def test_no_difference_needs_a_sentence_that_states_one():
    """Sentences of PMIDs 28170179 and 32712785 the classifier read as "no difference" at 0.8-0.9:
    they compare nothing."""
    assert not CF.states_no_difference(_finding("Bone marrow edema was also assessed at these time points."))
    assert not CF.states_no_difference(_finding("MOCART scores at the final follow-up averaged 71 (10 to 95)."))
    assert CF.states_no_difference(_finding("Lysholm and IKDC subjective scores were similar between treatment groups at 5 years."))
    assert CF.states_no_difference(_finding("The mean OCAMRISS bone score was 2.7 ± 0.8 and 2.9 ± 0.8 for the OCA+BMAC "
                                            "group and OCA alone group, respectively ( P = .97)"))


def test_a_methods_sentence_reports_no_finding():
    """PMID 23412171's methods and results sentences (verbatim) under their headings: the methods
    sentence reports no finding whatever the classifier reads in it; a methods wording outside a
    methods section counts too, unless it states a p-value or significance."""
    m = "The patients were prospectively evaluated with VAS, IKDC score at preoperative and postoperative 1, 6, 12, and 24 months."
    r = "In the postoperative 2 years, clinical results showed significantly better in the study group than in the control group (p = 0.012)."
    text = f"A trial.\nMETHODS: {m} RESULTS: {r}"
    assert CF.describes_methods(text, Finding(FindingLabel.NO_DIFFERENCE, m, text.index(m), text.index(m) + len(m), 0.83))
    assert not CF.describes_methods(text, Finding(FindingLabel.INCREASED, r, text.index(r), text.index(r) + len(r), 0.95))
    w = "Pain and function were evaluated at 6 and 12 months."
    assert CF.describes_methods("A trial.\n" + w, Finding(FindingLabel.NO_DIFFERENCE, w, 9, 9 + len(w), 0.8))


# --- the link direction --------------------------------------------------------------------------

RANK = {"contradicts": 0, "no_effect": 1, "unclear": 2, "supports": 3}


@pytest.mark.parametrize("target", ["unclear", "no_effect"])
def test_the_link_direction_never_becomes_more_favourable(target):
    cfg = {"link_direction": {"combine": True, "supports_vs_no_difference": target,
                              "supports_vs_harm": "contradicts" if target == "no_effect" else "unclear"}}
    for old in CF.CLAIM_FINDINGS:
        for findings in itertools.product(CF.CLAIM_FINDINGS, repeat=2):
            for sources in itertools.product((CF.SOURCE, CF.FALLBACK_SOURCE), repeat=2):
                arms = StudyArms(comparisons=tuple(ArmComparison("PRP", "saline", "pain", "", f, s)
                                                   for f, s in zip(findings, sources)))
                new = CF.combine(old, arms, cfg)
                assert RANK[new] <= RANK[old]
                if new != old:
                    assert old == "supports" and "supports" not in [
                        f for f, s in zip(findings, sources) if s == CF.SOURCE]


def test_the_combination_is_switched_in_data():
    disagree = StudyArms(comparisons=(ArmComparison("PRP", "saline", "pain", "", "no_effect", CF.SOURCE),))
    assert CF.combine("supports", disagree, {"link_direction": {"combine": False}}) == "supports"
    assert CF.combine("supports", disagree, {"link_direction": {"combine": True, "supports_vs_no_difference": "unclear"}}) == "unclear"
    assert set(CF.settings()["link_direction"]) >= {"combine", "supports_vs_no_difference", "supports_vs_harm"}


# --- stored --------------------------------------------------------------------------------------

def test_migration_018_stores_the_typed_finding_and_the_effect(tmp_path):
    from pipeline.nlp.effects import find_effects
    from pipeline.store import arms as arms_store
    from pipeline.store import connect

    sentence = "Pain was significantly lower with PRP than with saline (mean difference -1.2, 95% CI -1.8 to -0.6)."
    effect = CF.main_effect(find_effects(sentence))
    c = ArmComparison("PRP", "saline", "VAS pain", sentence, "supports", CF.SOURCE, "decreased", 0.93, "o_span", effect)
    events = ArmComparison("PRP", "saline", "adverse events", "", "unclear", CF.FALLBACK_SOURCE, "unclear", 0.0, "claim",
                           CF.main_effect(find_effects("Adverse events occurred in 12/40 vs 5/38 patients.")))
    con = connect(tmp_path / "t.duckdb")
    arms_store.replace_comparisons(con, "C04", [1], {1: (c, events)})
    rows = arms_store.comparison_findings_of(con, "C04", 1)
    assert [r["finding_label"] for r in rows] == ["decreased", "unclear"]
    r = rows[0]
    assert (r["finding"], r["finding_source"], r["outcome_source"]) == ("supports", CF.SOURCE, "o_span")
    assert (r["effect_measure"], r["effect_estimate"], r["ci_low"], r["ci_high"]) == ("MD", -1.2, -1.8, -0.6)
    assert r["finding_confidence"] == pytest.approx(0.93)
    assert rows[1]["effect_measure"] == "events" and rows[1]["events"] == "12/40 vs 5/38"
    # a re-run replaces, never duplicates
    arms_store.replace_comparisons(con, "C04", [1], {1: (c,)})
    assert len(arms_store.comparison_findings_of(con, "C04", 1)) == 1


def test_format_effect():
    from pipeline.nlp.effects import find_effects
    e = CF.main_effect(find_effects("odds ratio 2.1 (95% CI 1.2 to 3.4; P = .01)"))
    assert CF.format_effect(e) == "OR 2.1 (95% CI 1.2 to 3.4); p = 0.01"
    assert CF.format_effect(CF.main_effect(find_effects("65% in the APS group and 41% in the saline group"))) == "65% vs 41%"
    assert CF.format_effect(None) == ""


def test_the_sof_lists_the_estimates_each_study_states():
    from pipeline.grading.outcomes import stated_estimate
    assert stated_estimate(["Pain was significantly lower with the therapy than with placebo (mean difference -1.2, "
                            "95% CI -1.8 to -0.6)."]) == "MD -1.2 (95% CI -1.8 to -0.6)"
    # a p-value alone is no estimate; a change within the groups is not the therapy's effect
    assert stated_estimate(["Pain scores were significantly better with the therapy (p = 0.03)."]) == ""
    assert stated_estimate(["There were significant improvements between preoperative evaluation and postoperative "
                            "2 years in both groups (mean difference 3.1, 95% CI 1.0 to 5.2)."]) == ""
