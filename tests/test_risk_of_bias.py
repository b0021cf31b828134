"""Risk of bias per trial from its abstract: real sentences of the bundled corpus (data/corpus, PMIDs
given), each judgement with the sentence behind it, silence read as unclear."""

from pathlib import Path

from pipeline.grading.risk_of_bias import DOMAINS, assess_trial

TITLE_23412171, ABSTRACT_23412171 = (Path(__file__).parent / "fixtures/abstract_23412171.txt").read_text(
    encoding="utf-8").split("\n", 1)


def ratings(risk):
    return {j.domain: j.rating for j in risk.judgements}


def test_a_silent_abstract_is_unclear_on_every_domain():
    # 23412171 (PRP + microfracture, 49 patients): the abstract names no method of randomisation,
    # concealment, blinding, attrition or registration
    r = assess_trial(TITLE_23412171, ABSTRACT_23412171, 49)
    assert [j.domain for j in r.judgements] == list(DOMAINS)
    assert {d: v for d, v in ratings(r).items() if d != "small_arms"} == dict.fromkeys(DOMAINS[:-1], "unclear")
    assert all(j.sentence is None and "does not say" in j.reason for j in r.judgements if j.rating == "unclear")
    assert ratings(r)["small_arms"] == "low" and r.overall == "unclear"


def test_double_blind_placebo_controlled_is_low_for_participants_and_assessors():
    s = "METHODS: Randomized double-blinded placebo-controlled prospective clinical trial."  # 36772892
    r = assess_trial(None, s, 120)
    assert ratings(r)["blinding_participants"] == ratings(r)["blinding_assessors"] == "low"
    assert r.get("blinding_participants").sentence == s
    assert "double-blinded" in r.get("blinding_assessors").reason.lower()


def test_open_label_is_high_and_makes_the_trial_high_risk():
    s = ("In this open-label phase 1 study, patients with knee osteoarthritis (OA) received a single intra-articular "
         "injection of autologous IFP-MSCs.")  # 34696962
    r = assess_trial(None, s, 12)
    assert ratings(r)["blinding_participants"] == "high" and r.get("blinding_participants").sentence == s
    assert ratings(r)["small_arms"] == "high"  # 12 participants: fewer than 20 per arm
    assert r.overall == "high" and r.n_high == 2


def test_assessor_blinding_and_registration():
    r = assess_trial(None, "The primary outcome was proportion of participants who improved by ≥1 grade on the ICRS "
                           "Macroscopic Cartilage Repair Assessment (blinded evaluation) at 48-week arthroscopy. "
                           "Registration: NCT01041001, NCT01626677 (ClinicalTrials.gov identifier).", 114)  # 33490296
    assert ratings(r)["blinding_assessors"] == "low" and ratings(r)["blinding_participants"] == "unclear"
    assert ratings(r)["registration"] == "low" and r.get("registration").sentence.startswith("Registration: NCT01041001")
    r = assess_trial(None, "Serial plain radiographs were assessed independently by 2 blinded observers.", 56)  # 32520591
    assert ratings(r)["blinding_assessors"] == "low"
    # single-blind: the participants
    r = assess_trial(None, "Prospective, single-site, randomized, single-blind pilot study.", 14)  # 25548122
    assert ratings(r)["blinding_participants"] == "low" and ratings(r)["blinding_assessors"] == "unclear"


def test_sequence_concealment_and_itt_cues():
    """No trial of the bundled corpus states its sequence generation, concealment or ITT analysis (which
    is why nearly all of them read unclear); these sentences are in the CONSORT wording those cues are for."""
    r = assess_trial(None, "Patients were randomised using a computer-generated sequence. Allocation was concealed "
                           "in sealed opaque envelopes. Analysis was by intention-to-treat.", 200)
    assert ratings(r)["sequence_generation"] == ratings(r)["allocation_concealment"] == ratings(r)["attrition"] == "low"
    # the abbreviation counts only with its case ("itt" inside a word is no cue)
    assert ratings(assess_trial(None, "The ITT population was analysed.", 200))["attrition"] == "low"
    assert ratings(assess_trial(None, "Patients were split into groups by a committee.", 200))["attrition"] == "unclear"


def test_a_non_randomised_study_is_judged_on_confounding_and_selection_not_on_its_allocation_again():
    """GRADE starts observational evidence Low for its lack of randomisation; rating it high on sequence
    and concealment as well would count that twice. It is judged on ROBINS-I's domains instead."""
    from pipeline.grading.risk_of_bias import NRS_DOMAINS
    # 33621649: retrospective, nothing said about confounding → high (selection)
    r = assess_trial(None, "Retrospectively we compared clinical outcomes between BMAC and hUCB-MSCs group.", 74,
                     randomised=False)
    assert [j.domain for j in r.judgements] == list(NRS_DOMAINS)
    assert "sequence_generation" not in ratings(r) and "allocation_concealment" not in ratings(r)
    assert ratings(r)["selection"] == "high" and ratings(r)["confounding"] == "unclear" and r.overall == "high"
    # 20829417 (ACI in older vs younger patients, 2 × 37): matched and prospectively enrolled → low
    s1 = "Methods Thirty-seven patients with an average age of 47.8 years (group 1) were matched with 37 patients with an average age of 31 years (group 2)."
    s2 = ("All patients were enrolled prospectively and followed for a period of 24 months using International Knee "
          "Documentation Committee (IKDC), Lysholm scale, Cincinnati sports scale, and Tegner activity evaluation instruments.")
    r = assess_trial(None, f"{s1} {s2}", 74, randomised=False)
    assert ratings(r)["confounding"] == ratings(r)["selection"] == "low" and r.overall == "low"
    assert r.get("confounding").sentence == s1 and r.get("selection").sentence == s2
    # the same prospective enrolment, silent on confounding: unclear, not low (counts against certainty)
    r = assess_trial(None, s2, 74, randomised=False)
    assert ratings(r)["confounding"] == "unclear" and r.overall == "unclear"
    # a systematic review graded with observational evidence is never low: its studies' risk is not in its abstract
    assert assess_trial(None, f"{s1} {s2}", 74, randomised=False, review=True).overall == "unclear"


def test_adjustment_consecutive_enrolment_and_a_call_for_future_trials():
    # 22396189: "Adjusted multivariate analysis …" — confounding addressed; "consecutive" selection
    r = assess_trial(None, "We analyzed the effect of demographics, source of intra-arterial gas and time to HBO2 "
                           "treatment in 36 consecutive patients. Adjusted multivariate analysis demonstrated that time "
                           "from event to HBO2 ≤ 6 h was associated with improvement.", 36, randomised=False)
    assert ratings(r)["confounding"] == ratings(r)["selection"] == "low"
    assert r.overall == "high"  # 36 participants: fewer than 20 per arm
    # 24191186: a call for prospective randomised studies states nothing about this study's methods
    r = assess_trial(None, "Prospective randomized in vivo studies should compare the results of arthroscopilally "
                           "placed AMIC grafts with microfracturing and microfracturing alone.", 48, randomised=False)
    assert ratings(r)["selection"] == "unclear"
    # 36843584: "a propensity in elderly patients" is a tendency, not a propensity score
    assert ratings(assess_trial(None, "Visible FI was identified in 69.1% of patients (76/110), with a propensity in "
                                      "elderly patients (p = 0.053).", 110, randomised=False))["confounding"] == "unclear"


def test_unstated_sample_size_leaves_the_arms_unclear():
    assert ratings(assess_trial(None, "Double-blind trial.", None))["small_arms"] == "unclear"
