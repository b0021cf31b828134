"""Effect estimates (pipeline/nlp/effects.py) on sentences of the bundled corpus (data/corpus; PMIDs
given) and on hostile spellings: unicode minus, "·" decimals, "95 % CI", "95%CI", "to" ranges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.nlp.effects import Effect, find_effects, includes_no_effect


def _one(text: str, kind: str) -> Effect:
    found = [e for e in find_effects(text) if e.kind == kind]
    assert len(found) == 1, find_effects(text)
    e = found[0]
    assert text[e.start:e.end] == e.text  # offsets point into the caller's text
    return e


def test_hazard_ratios_with_ci_to_ranges_pmid_36854329():
    s = ("Current smoker (HR 2.12 (95% CI 1.26 to 3.56)) and higher preoperative ODI (HR 1.02 (95% CI 1.00 to 1.03)) "
         "were independent risk factors associated with sRDH.")
    hrs = [e for e in find_effects(s) if e.kind == "HR"]
    assert [(e.value, e.ci_low, e.ci_high) for e in hrs] == [(2.12, 1.26, 3.56), (1.02, 1.00, 1.03)]
    assert [includes_no_effect(e) for e in hrs] == [False, True]


def test_odds_ratio_with_bracketed_ci_and_p_pmid_36800648():
    s = ("For complication, epidural anesthesia shows significantly lower rate compare to general anesthesia "
         "(OR: 0.45, 95% CI [0.24, 0.45], P=0.015), but local anesthesia didn't show significant result")
    e = _one(s, "OR")
    assert (e.value, e.ci_low, e.ci_high, e.p_value, e.p_relation) == (0.45, 0.24, 0.45, 0.015, "=")
    assert e.significant is True


def test_mean_difference_negative_bounds_and_95ci_without_space_pmid_36800648():
    s = ("For VAS score, epidural anesthesia showed a better effect (MD: -1.61, 95%CI [-2.24, -0.98]) compare to "
         "general anesthesia, and local anesthesia has a similar effect (MD: -0.91, 95%CI [-1.54, -0.27]).")
    mds = [e for e in find_effects(s) if e.kind == "MD"]
    assert [(e.value, e.ci_low, e.ci_high) for e in mds] == [(-1.61, -2.24, -0.98), (-0.91, -1.54, -0.27)]
    assert not any(includes_no_effect(e) for e in mds)


def test_adjusted_mean_difference_with_p_below_pmid_24286801():
    s = "The age-adjusted mean difference in MOCART score was 19.6 (95% CI, 10.5 to 28.6; P < .001)."
    e = _one(s, "aMD")
    assert (e.value, e.ci_low, e.ci_high, e.p_value, e.p_relation) == (19.6, 10.5, 28.6, 0.001, "<")


def test_an_estimate_named_only_by_its_interval_pmid_24286801():
    s = ("The effect of treatment showed an added improvement of 7.65 (95% confidence interval [CI], 3.04 to 12.26; "
         "P = .001) for IKDC scores, 7.61 (95% CI, 1.44 to 13.79; P = .016) for Lysholm scores")
    est = [e for e in find_effects(s) if e.kind == "estimate"]
    assert [(e.value, e.ci_low, e.ci_high, e.p_value) for e in est] == [(7.65, 3.04, 12.26, 0.001), (7.61, 1.44, 13.79, 0.016)]


def test_events_per_group_with_p_pmid_36772892():
    s = ("RESULTS: Gastrointestinal signs developed in 10/20 (50%) dogs in the omeprazole group and in 7/17 (41%) "
         "dogs in the placebo group (P = .59).")
    e = _one(s, "events")
    assert e.events == ((10, 20), (7, 17)) and (e.p_value, e.p_relation) == (0.59, "=")
    assert e.significant is False


def test_paired_percentages_pmid_31433670_and_29016185():
    e = _one("Patients with above-average cell identity scores had a significantly higher survival rate at 5-year "
             "follow-up compared with patients with below-average scores (95.8% vs 64.7%; P = .013).", "percent")
    assert e.groups == (95.8, 64.7) and e.p_value == 0.013
    e = _one("At 12 months, improvement in WOMAC pain score was 65% in the APS group and 41% in the saline group "
             "( P = .02).", "percent")
    assert e.groups == (65.0, 41.0) and e.p_value == 0.02


def test_markup_and_latex_escapes_around_p_pmid_32322943_and_31785390():
    e = _one("persistent BMLs was a strong independent risk factor for total knee arthroplasty (hazard ratio HR = 4.42 "
             "[95% CI = 2.34 to 7.21]; p \\textbackslashtextless 0.001), regardless of OA grade", "HR")
    assert (e.value, e.ci_low, e.ci_high, e.p_value, e.p_relation) == (4.42, 2.34, 7.21, 0.001, "<")
    e = _one("the odds ratio (OR) for ≥50% defect filling at 12 months was statistically higher in the investigation "
             "group (OR 3.984, <i>P</i> = .0377).", "OR")
    assert (e.value, e.p_value) == (3.984, 0.0377)


def test_beta_with_en_dash_minus_pmid_33183061():
    e = _one("After adjustment for the full models, the connection was also detected (β = –6.66, 95% CI –11.82 to "
             "–1.50; P = 0.019).", "beta")
    assert (e.value, e.ci_low, e.ci_high, e.p_value) == (-6.66, -11.82, -1.50, 0.019)


@pytest.mark.parametrize("text, kind, expected", [
    ("the difference was −1·2 (95 % CI −2·3 to −0·1), p=0·03", "difference", (-1.2, -2.3, -0.1, 0.03, "=")),
    ("aOR 0.85 (95%CI 0.65–1.12), P=.20", "aOR", (0.85, 0.65, 1.12, 0.2, "=")),
    ("RR 0.63 (0.37-1.05) p<.001", "RR", (0.63, 0.37, 1.05, 0.001, "<")),
    ("adjusted hazard ratio 0.70; 95% confidence interval 0.52 to 0.94; P &lt; 0.05", "aHR", (0.70, 0.52, 0.94, 0.05, "<")),
    ("SMD = 0.469, P = .005", "SMD", (0.469, None, None, 0.005, "=")),
])
def test_hostile_spellings(text, kind, expected):
    e = _one(text, kind)
    assert (e.value, e.ci_low, e.ci_high, e.p_value, e.p_relation) == expected


def test_events_written_with_of_and_p_after():
    e = _one("fewer carried gametocytes (30 of 378 [7.94%] versus 42 of 86 [48.8%]; p < 0.0001).", "events")
    assert e.events == ((30, 378), (42, 86)) and e.p_relation == "<"


@pytest.mark.parametrize("text", [
    "Patients were randomized to PRP or saline, and HR staff recorded visits.",  # "or", "HR" staff: no estimate
    "Follow-up visits on 12/10/2020 and 3/4/2021 were recorded.",  # dates are not events
    "Means and 95% CI were calculated.",  # a CI label is not a percentage
])
def test_what_is_not_an_effect(text):
    assert [e for e in find_effects(text) if e.kind != "p_value"] == []


def test_includes_no_effect_by_kind():
    ratio = Effect("OR", 1.2, 0.9, 1.6, None, None, 0, 1, "x")
    diff = Effect("MD", -1.0, -2.0, -0.1, None, None, 0, 1, "x")
    assert includes_no_effect(ratio) is True and includes_no_effect(diff) is False
    assert includes_no_effect(Effect("MD", 1.0, None, None, 0.2, "=", 0, 1, "x")) is None
    assert includes_no_effect(Effect("events", None, None, None, None, None, 0, 1, "x", events=((1, 2), (1, 3)))) is None


def test_a_lone_p_value_is_kept():
    (e,) = find_effects("There was no significant difference in mean MOCART scores between the groups (P = .118).")
    assert (e.kind, e.p_value, e.p_relation) == ("p_value", 0.118, "=")  # PMID 34786970


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789.,;:()[]/-−–·% <=>pPORHCI tovsandMD95")), max_size=80))
def test_any_text_gives_effects_whose_offsets_point_into_it(text):
    for e in find_effects(text):
        assert 0 <= e.start < e.end <= len(text) and text[e.start:e.end] == e.text
