"""GRADE's upgrades (issue 18): large effect and dose–response, only for observational evidence.

The abstracts are written the way cohort studies of PRP for knee osteoarthritis report their results
(adjusted hazard/odds ratios with 95% CIs, event counts, WOMAC); randomised bodies never upgrade, and
an upgrade needs every domain not serious (risk of bias of a non-randomised body is judged on
confounding, selection, outcome assessment and attrition; its non-random allocation is the Low start)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.grading.outcomes import summary_of_findings
from pipeline.grading.rubric import Study, config, grade_claim
from pipeline.grading.upgrades import dose_response_sentence, large_effect, study_effects

COHORT_TKA = (
    "Background: Intra-articular platelet-rich plasma (PRP) is widely used for knee osteoarthritis, but its effect "
    "on progression to arthroplasty is uncertain. Methods: We conducted a prospective cohort study of 612 consecutive patients "
    "with symptomatic knee osteoarthritis treated between 2012 and 2018; 298 received PRP injections and 314 received "
    "hyaluronic acid. The primary outcome was conversion to total knee arthroplasty within five years. Results: "
    "Conversion occurred in 21 of 298 patients in the PRP group and 64 of 314 in the hyaluronic acid group. After "
    "adjustment for age, sex, body mass index and Kellgren-Lawrence grade, PRP was associated with a lower risk of "
    "arthroplasty (adjusted HR {hr}, 95% CI {lo}-{hi}; p<0.001). WOMAC pain scores improved more in the PRP group. "
    "Conclusions: In this cohort, PRP injections were associated with delayed arthroplasty.")
COHORT_WOMAC = (
    "Objective: To compare platelet-rich plasma with corticosteroid injections for knee osteoarthritis in routine "
    "practice. Design: Prospective cohort study. Methods: 455 consecutive patients chose PRP (n=231) or "
    "corticosteroid (n=224) injections and were followed for 12 months. A clinically meaningful improvement in "
    "WOMAC function was the primary outcome; odds ratios were adjusted for age, sex and baseline WOMAC. Results: At 12 months, patients treated with PRP were more likely to "
    "reach a clinically meaningful improvement in function (OR {or_}, 95% CI {lo}-{hi}), and pain on the visual "
    "analogue scale was lower.{extra} Conclusion: PRP was associated with better function than corticosteroid.")


def cohort(pmid, abstract, n, direction="supports", design="cohort"):
    return Study(pmid, design, True, False, False, n, direction, False,
                 title="Platelet-rich plasma for knee osteoarthritis: a cohort study", abstract=abstract)


def body(hr=("0.34", "0.21", "0.56"), or_=("3.1", "1.9", "5.2"), extra=""):
    return [cohort(90000001, COHORT_TKA.format(hr=hr[0], lo=hr[1], hi=hr[2]), 612),
            cohort(90000002, COHORT_WOMAC.format(or_=or_[0], lo=or_[1], hi=or_[2], extra=extra), 455)]


def steps(g):
    return {s.step: s for s in g.steps}


def test_the_effects_are_read_from_the_abstracts():
    s = body()[0]
    ratios = [e for e in study_effects(s) if e.is_ratio]
    assert [(e.value, e.ci_low, e.ci_high) for e in ratios] == [(0.34, 0.21, 0.56)]


def test_two_cohorts_with_a_large_consistent_effect_move_up_one_level_with_its_reason_and_pmids():
    g = grade_claim(body())
    st = steps(g)
    assert st["start"].text.endswith("→ start at Low")
    # prospective, consecutive, adjusted: not serious on risk of bias (the non-random allocation is the Low
    # start, not counted again), nor on any other domain …
    assert all(d.rating == "not_serious" for d in g.domains)
    # … so the large effect moves it up one level: Low → Moderate
    assert [(u.domain, u.rating, u.pmids) for u in g.upgrades] == [("large_effect", "upgrade_one", [90000001, 90000002])]
    assert st["large effect"].effect == 1 and "HR 0.34 (95% CI 0.21–0.56)" in st["large effect"].text
    assert g.grade == "Moderate"
    # the same body without the ratios stays Low
    plain = [replace(s, abstract=re.sub(r" \((?:adjusted )?(?:HR|OR) [^)]*\)", "", s.abstract)) for s in body()]
    assert not [e for s in plain for e in study_effects(s) if e.is_ratio]
    assert grade_claim(plain).grade == "Low" and not grade_claim(plain).upgrades


def test_a_large_effect_from_studies_silent_on_confounding_is_not_counted():
    """A large effect in cohorts that do not say they addressed confounding may be the confounding
    itself: risk of bias is serious and GRADE does not upgrade (the claim ends Very low, not Low)."""
    silent = [replace(s, abstract=s.abstract.replace("After adjustment for age, sex, body mass index and "
                                                     "Kellgren-Lawrence grade, PRP", "PRP")
                      .replace("; odds ratios were adjusted for age, sex and baseline WOMAC", ""))
              for s in body()]
    g = grade_claim(silent)
    dom = {d.domain: d for d in g.domains}
    assert dom["risk_of_bias"].rating == "serious" and "silent on confounding" not in dom["risk_of_bias"].reason
    assert g.upgrades == [] and g.grade == "Very low"
    assert "large effect stated, not counted: risk of bias serious" in steps(g)["upgrades"].text
    # retrospective: high on selection, whatever the adjustment
    retro = [replace(s, abstract=s.abstract.replace("prospective cohort study", "retrospective cohort study")
                     .replace("Prospective cohort study", "Retrospective cohort study")) for s in body()]
    g = grade_claim(retro)
    assert {d.domain: d.rating for d in g.domains}["risk_of_bias"] == "serious" and g.upgrades == []


def test_a_very_large_effect_moves_up_two_levels_and_the_sof_footnotes_say_so():
    g = grade_claim(body(hr=("0.15", "0.07", "0.32"), or_=("6.2", "2.8", "13.7")))
    assert [(u.domain, u.levels) for u in g.upgrades] == [("large_effect", 2)]
    assert g.grade == "High"
    rows = [r for r in summary_of_findings(g) if r.n_studies]
    assert rows and all(any(n.startswith("Large effect: upgraded 2 levels") and "90000001" in n for n in r.footnotes)
                        for r in rows)
    assert all(r.certainty in ("High", "Moderate", "Low", "Very low") for r in rows)


def test_randomised_bodies_never_upgrade():
    rcts = [replace(s, design="rct", abstract="Patients were randomly assigned to PRP or saline. " + s.abstract)
            for s in body(hr=("0.15", "0.07", "0.32"), or_=("6.2", "2.8", "13.7"))]
    g = grade_claim(rcts)
    assert steps(g)["start"].value == "rct" and g.upgrades == []
    assert not any(s.step in ("large effect", "dose response", "upgrades") for s in g.steps)


def test_no_upgrade_without_two_studies_a_ci_excluding_one_or_a_large_ratio():
    one = grade_claim(body()[:1])
    assert one.upgrades == []
    # a CI that includes 1
    assert grade_claim(body(or_=("3.1", "0.8", "5.2"))).upgrades == []
    # a ratio not beyond 2
    assert grade_claim(body(or_=("1.8", "1.2", "2.6"))).upgrades == []
    # the study also states a covariate's small ratio: we cannot tell which is the therapy's, the weakest decides
    cov = body(extra=" Obesity was associated with a worse outcome (OR 1.04, 95% CI 1.01-1.08).")
    assert grade_claim(cov).upgrades == []
    # a study whose finding does not favour the therapy does not count toward it
    assert large_effect([body()[0], replace(body()[1], direction="no_effect")], config()) is None


def test_a_serious_downgrade_in_another_domain_blocks_the_upgrade():
    small = [replace(s, sample_size=60) for s in body()]  # 120 participants: imprecision serious
    g = grade_claim(small)
    assert {d.domain: d.rating for d in g.domains}["imprecision"] == "serious"
    assert g.upgrades == []
    why = steps(g)["upgrades"].text
    assert "large effect stated, not counted" in why and "imprecision serious" in why
    # unblinded outcome assessment makes risk of bias serious, which blocks it too
    lost = [replace(s, abstract=s.abstract + " Outcome assessors were not blinded.") for s in body()]
    g = grade_claim(lost)
    assert g.upgrades == [] and "risk of bias serious" in steps(g)["upgrades"].text


DOSE = ("Methods: In a prospective cohort of 540 patients with knee osteoarthritis, 1, 2 or 3 injections of "
        "platelet-rich plasma were given according to patient preference and WOMAC was recorded at 6 months; "
        "analyses were adjusted for age, sex and baseline WOMAC. "
        "Results: WOMAC pain and function improved in all groups. A dose-response relationship was observed, "
        "with greater improvement after three injections than after one (p for trend 0.002).")


def test_a_dose_response_stated_as_a_finding_moves_up_one_level():
    assert dose_response_sentence(DOSE).startswith("A dose-response relationship was observed")
    g = grade_claim([cohort(90000010, DOSE, 540), cohort(90000011, DOSE.split("A dose-response")[0], 480)])
    assert [(u.domain, u.levels, u.pmids) for u in g.upgrades] == [("dose_response", 1, [90000010])]
    assert g.grade == "Moderate" and "A dose-response relationship was observed" in g.upgrades[0].reason
    # one cohort alone, however large, is imprecise (rubric 2026.12.12): the gradient is stated, not counted
    alone = grade_claim([cohort(90000010, DOSE, 540)])
    assert {d.domain: d.rating for d in alone.domains}["imprecision"] == "serious"
    assert alone.upgrades == [] and alone.grade == "Very low"
    # negated, or only an aim: no gradient stated
    for text in (DOSE.replace("A dose-response relationship was observed", "No dose-response relationship was observed"),
                 "Objective: to evaluate the dose-response relationship of PRP injections. " + DOSE.split("Results:")[0]):
        assert dose_response_sentence(text) is None
        assert grade_claim([cohort(90000010, text, 540)]).upgrades == []


def test_upgrades_together_add_at_most_max_levels():
    both = [replace(s, abstract=s.abstract + " The benefit was dose-dependent, greater after repeated injections.")
            for s in body(hr=("0.15", "0.07", "0.32"), or_=("6.2", "2.8", "13.7"))]
    g = grade_claim(both)
    assert sum(u.levels for u in g.upgrades) == config()["upgrades"]["max_levels"] == 2
    assert [u.domain for u in g.upgrades] == ["large_effect"] and g.grade == "High"


def test_an_upgrade_is_stored_as_a_claim_domains_row_with_reason_and_pmids(tmp_db):
    from pipeline.store import connect
    from pipeline.store import grades as grades_store

    g = grade_claim(body())
    with connect(tmp_db) as con:
        grades_store.replace_domains(con, "C99", [*g.domains, *g.upgrades], config()["rubric_version"])
        rows = con.execute("SELECT domain, rating, reason, pmids FROM claim_domains WHERE claim_id = 'C99' "
                           "AND domain = 'large_effect'").fetchall()
    assert len(rows) == 1 and rows[0][1] == "upgrade_one" and rows[0][3] == [90000001, 90000002]
    assert "95% CI excluding 1" in rows[0][2]
