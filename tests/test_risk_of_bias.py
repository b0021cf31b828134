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


def test_a_non_randomised_comparison_is_high_on_sequence_and_concealment():
    # 33621649: "Retrospectively we compared clinical outcomes … between BMAC and hUCB-MSCs group"
    r = assess_trial(None, "Retrospectively we compared clinical outcomes between BMAC and hUCB-MSCs group.", 74,
                     randomised=False)
    assert ratings(r)["sequence_generation"] == ratings(r)["allocation_concealment"] == "high"
    assert r.overall == "high"


def test_unstated_sample_size_leaves_the_arms_unclear():
    assert ratings(assess_trial(None, "Double-blind trial.", None))["small_arms"] == "unclear"
