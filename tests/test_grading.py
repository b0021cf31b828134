"""The grading rubric: levels, each step, retractions, and determinism on a real database."""

import json
import re
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.grading.rubric import DOMAIN_NAMES, GRADES, Study, grade_claim, seed_vs_evidence, study_level
from pipeline.store import connect

runner = CliRunner()


RANDOMISED = "Patients were randomly assigned to the two groups."


def S(pmid, design, n=50, direction="supports", human=True, animal=False, vitro=False, retracted=False,
      condition_direct=True, abstract=None, title=None, not_about=None, pt=()):
    if abstract is None:
        abstract = RANDOMISED if design in ("rct", "meta_analysis") else ""
    return Study(pmid, design, human, animal, vitro, n, direction, retracted, condition_direct=condition_direct,
                 title=title, abstract=abstract, publication_types=tuple(pt), not_about=not_about)


def test_levels_follow_the_design_of_eligible_studies():
    assert study_level(S(1, "meta_analysis")).tier == "sr_ma"
    assert study_level(S(2, "rct")).level == 2
    assert study_level(S(3, "cohort")).tier == "observational"
    assert study_level(S(4, "case_report")).level == 4
    assert study_level(S(5, "animal_study", human=False, animal=True)).tier == "indirect"
    assert study_level(S(6, "rct", retracted=True)).included is False
    assert study_level(S(7, "protocol")).included is False
    notice = Study(8, "other", True, False, False, None, "unclear", False, is_notice=True)
    assert study_level(notice).included is False and "notice" in study_level(notice).exclusion_reason
    # a meta-analysis that never says it pooled randomised trials does not start at High
    assert study_level(S(9, "meta_analysis", abstract="We pooled 12 cohort studies.")).tier == "sr_other"
    # a narrative review pools no data: it is listed, not graded
    nr = study_level(S(10, "narrative_review"))
    assert not nr.included and nr.exclusion_reason.startswith("no_findings")


def test_a_trial_the_record_never_calls_randomised_is_not_graded_as_one():
    """Real record 33621649 (hUCB-MSCs vs BMAC after HTO), read as `rct` by the design reader: its
    abstract says "Retrospectively we compared …" and "Level III, retrospective comparative study"."""
    s = S(33621649, "rct", n=150, abstract="Retrospectively we compared clinical outcomes, including Hospital for "
          "Special Surgery score, between BMAC and hUCB-MSCs group at minimum of 1-year follow-up. Level of Evidence "
          "Level III, retrospective comparative study.")
    lv = study_level(s)
    assert lv.tier == "observational" and "not stated to be randomised" in lv.label
    assert grade_claim([s]).steps[0].text.endswith("→ start at Low")
    # PubMed's own PublicationType is enough
    assert study_level(S(1, "rct", abstract="", pt=["Randomized Controlled Trial"])).tier == "rct"


def test_human_cells_in_animals_are_animal_evidence():
    """Real record 31307837 ("Effectiveness of Adhering Adipose-Derived Stem Cells … rabbit"), read as a
    human RCT (species human and rabbit): unless PubMed indexes it as a clinical trial it is indirect."""
    s = S(31307837, "rct", n=60, animal=True)
    assert study_level(s).tier == "indirect"
    assert study_level(S(1, "rct", animal=True, pt=["Clinical Trial"])).tier == "rct"


def test_links_the_project_reads_as_not_about_the_claim_are_excluded_with_a_typed_reason():
    cases = {
        "the finding is not about platelet-rich plasma": "therapy_not_tested",
        "the finding is not about knee osteoarthritis": "other_condition",
        "the finding compares arms that all received platelet-rich plasma": "cointervention_only",
        "the abstract presents a technique or hypothesis and reports no data": "no_findings",
        "the finding is about what acts on mesenchymal stem cells": "therapy_not_tested",
        "the finding does not compare young donor | autologous": "therapy_not_tested",
    }
    for text, reason in cases.items():
        lv = study_level(S(1, "rct", n=200, not_about=text), condition="knee osteoarthritis")
        assert not lv.included and lv.exclusion_reason == f"{reason}: {text}", text
    # too weak to read a direction is still a test of the claim
    assert study_level(S(1, "rct", not_about="the evidence is judged too weak to say")).included
    # a linked RCT the project reads as "not about" no longer sets the starting level
    g = grade_claim([S(1, "rct", 300, not_about="the finding is not about platelet-rich plasma"), S(2, "cohort", 80)])
    assert g.steps[1].step == "start" and g.steps[1].value == "observational"


def test_a_correction_notice_is_not_evidence(evidence_db):
    """Real BioCurator record 36821781, "Correction to: Cartilage endplate stem cells …" (Published
    Erratum, no abstract), a query hit of the exosome claim C17: recognised as a notice, so it could
    never count as evidence. (It is no longer linked at all: C17's condition excludes the spine's
    "cartilage endplate".)"""
    with connect(evidence_db) as con:
        from pipeline.grading import _studies

        relevance = con.execute("SELECT relevance FROM claim_articles WHERE claim_id = 'C17' AND pmid = 36821781").fetchone()
        assert relevance == (0.0,)
        studies = {s.pmid: s for s in _studies(con, "C17", 0.0)}  # every query hit, linked or not
        assert studies[36821781].is_notice
        assert not any(s.is_notice for p, s in studies.items() if p != 36821781)
    assert "notice" in study_level(studies[36821781]).exclusion_reason


WELL_REPORTED = ("Patients were randomised using a computer-generated sequence with sealed opaque envelopes "
                 "in a double-blind, placebo-controlled trial. Analysis was by intention-to-treat. "
                 "Registration: NCT01041001.")


def test_large_well_reported_concordant_rcts_stay_high():
    g = grade_claim([S(i, "rct", n=300, abstract=WELL_REPORTED) for i in range(1, 4)])
    assert g.grade == "High", [s.text for s in g.steps]
    assert {d.domain: d.rating for d in g.domains} == dict.fromkeys(DOMAIN_NAMES, "not_serious")


def test_a_body_that_states_no_direction_is_very_low():
    """Three large well-reported trials grade High when they support the claim; the same trials with no finding
    the reader could place (every direction unclear) cannot say the claim holds with any certainty above the
    lowest: capped at no_direction_cap (Very low), with the step saying why (rubric 2026.12.8 capped at Low, fresh7
    C103; 2026.12.9 at Very low, fresh14 C173)."""
    supported = grade_claim([S(i, "rct", n=300, abstract=WELL_REPORTED) for i in range(1, 4)])
    assert supported.grade == "High"
    g = grade_claim([S(i, "rct", n=300, abstract=WELL_REPORTED, direction="unclear") for i in range(1, 4)])
    assert g.grade == "Very low", [s.text for s in g.steps]
    assert [lv.pmid for lv in g.levels] == [1, 2, 3]  # the graded result is whole (the store writes its levels)
    assert any("we cannot tell whether it supports the claim" in s.text and s.text.endswith("at most Very low")
               for s in g.steps)
    # below the cap the step only informs: a single small silent trial stays where its domains put it
    small = grade_claim([S(9, "rct", n=40, direction="unclear")])
    assert small.grade == "Very low" and any(s.text == "no eligible study of the body states a clear direction"
                                               for s in small.steps)


def test_a_single_small_silent_rct_ends_very_low_with_every_domain_explained():
    """The shape of C04 on the offline corpus: one 49-patient trial of PRP added to microfracture whose
    abstract says nothing of sequence, concealment or blinding (real record 23412171)."""
    title, abstract = (Path(__file__).parent / "fixtures/abstract_23412171.txt").read_text(encoding="utf-8").split("\n", 1)
    s = S(23412171, "rct", n=49, title=title, abstract=abstract)
    g = grade_claim([s])
    dom = {d.domain: d for d in g.domains}
    assert [d.domain for d in g.domains] == list(DOMAIN_NAMES)
    assert dom["risk_of_bias"].rating == "serious" and "silent on randomisation" in dom["risk_of_bias"].reason
    assert dom["indirectness"].rating == "serious" and "microfracture" in dom["indirectness"].reason
    assert dom["imprecision"].rating == "very_serious" and "single small study (49" in dom["imprecision"].reason
    assert all(d.pmids == [23412171] for d in g.domains)
    assert g.grade == "Very low"
    assert g.risks[23412171].overall == "unclear"


def test_imprecision_against_the_optimal_information_size():
    big = grade_claim([S(i, "rct", n=250, abstract=WELL_REPORTED) for i in (1, 2)])
    mid = grade_claim([S(i, "rct", n=150, abstract=WELL_REPORTED) for i in (1, 2)])
    small = grade_claim([S(i, "rct", n=40, abstract=WELL_REPORTED) for i in (1, 2)])
    unstated = grade_claim([S(i, "rct", n=None, abstract=WELL_REPORTED) for i in (1, 2)])
    rating = lambda g: next(d for d in g.domains if d.domain == "imprecision").rating  # noqa: E731
    assert (rating(big), rating(mid), rating(small), rating(unstated)) == \
        ("not_serious", "serious", "very_serious", "very_serious")
    assert big.grade == "High" and mid.grade == "Moderate"


def test_a_meta_analysis_and_the_trials_it_pools_are_not_counted_twice():
    """C91 (fresh2 set): a meta-analysis of 7 RCTs (346 patients, PMID 34304280) and five of its trials
    (300) are all in the body; the reviewers counted "about 346", not 646. C81 (fresh set): the largest
    meta-analysis (659, PMID 31708355) holds more than the primary trials (208)."""
    imp = lambda g: next(d for d in g.domains if d.domain == "imprecision")  # noqa: E731
    c91 = [S(34304280, "meta_analysis", 346), S(16171631, "rct", 60), S(23024150, "rct", 60),
           S(23142295, "rct", 102), S(29253350, "rct", 40), S(29335748, "rct", 38, "no_effect")]
    d = imp(grade_claim(c91))
    assert d.rating == "serious" and d.reason.startswith("346 participants in 6 comparative studies")
    assert "largest review's 346 (PMID 34304280)" in d.reason and "primary studies 300" in d.reason
    c81 = [S(31708355, "meta_analysis", 659), S(35283221, "meta_analysis", 238), S(14996869, "rct", 80, "contradicts"),
           S(32476445, "rct", 20), S(20062969, "rct", 60), S(34048286, "rct", 48)]
    assert imp(grade_claim(c81)).rating == "not_serious" and imp(grade_claim(c81)).reason.startswith("659 participants")
    # primary studies holding more than any review: their sum
    more = [S(1, "meta_analysis", 120), S(2, "rct", 250), S(3, "rct", 200)]
    assert imp(grade_claim(more)).reason.startswith("450 participants")
    # the Summary of Findings counts them once too
    from pipeline.grading.outcomes import summary_of_findings
    g = grade_claim([replace(s, abstract=RANDOMISED + " Pain was significantly lower with the therapy.") for s in c91])
    assert {r.n_participants for r in summary_of_findings(g) if r.n_studies} == {346}


def test_publication_bias_when_small_studies_all_favour_the_therapy():
    favour = grade_claim([S(i, "rct", n=60, abstract=WELL_REPORTED) for i in range(1, 9)])
    pb = next(d for d in favour.domains if d.domain == "publication_bias")
    assert pb.rating == "serious" and pb.pmids == list(range(1, 9))
    mixed = grade_claim([S(i, "rct", n=60, abstract=WELL_REPORTED, direction="supports" if i % 2 else "no_effect")
                         for i in range(1, 9)])
    assert next(d for d in mixed.domains if d.domain == "publication_bias").rating == "not_serious"
    # a single study is imprecision's matter
    one = grade_claim([S(1, "rct", n=60, abstract=WELL_REPORTED)])
    assert next(d for d in one.domains if d.domain == "publication_bias").rating == "not_serious"


def test_inconsistent_and_unsupportive_findings():
    mixed = grade_claim([S(i, "rct", 200, d, abstract=WELL_REPORTED)
                         for i, d in enumerate(("supports", "no_effect", "supports", "no_effect"), 1)])
    inc = next(d for d in mixed.domains if d.domain == "inconsistency")
    assert inc.rating == "serious" and "disagree" in inc.reason and mixed.grade == "Moderate"
    null = grade_claim([S(1, "rct", 300, "no_effect", abstract=WELL_REPORTED), S(2, "rct", 300, "no_effect", abstract=WELL_REPORTED)])
    assert null.grade == "Low" and any(s.step == "not supported" for s in null.steps)
    # the two null trials were High before the not-supported step: the evidence is sure the claim does not
    # hold — flagged contradicted, whatever the article's hedging; the grade stays what it was
    assert null.certainty_against == "High" and mixed.certainty_against is None
    assert seed_vs_evidence("asserted", null.grade, True, null.certainty_against) == "contradicted"
    assert seed_vs_evidence("hedged", null.grade, True, null.certainty_against) == "contradicted"
    # one small unblinded null trial: not sure enough to call the claim contradicted
    weak = grade_claim([S(1, "rct", 40, "no_effect")])
    assert any(s.step == "not supported" for s in weak.steps)
    assert weak.certainty_against in ("Very low", "Low")
    assert seed_vs_evidence("asserted", weak.grade, True, weak.certainty_against) == "overstated"


def test_three_quarters_agreeing_is_consistent_and_unreadable_findings_are_not_disagreement():
    """C91 (osteochondral autografts; fresh2 set, PMIDs and the project's directions): of six randomised
    studies two findings read unclear, three support and one (a hydrogel comparator) finds no difference.
    Unclear findings take no part; 3 of 4 pointing the same way is consistent, the band is exclusive."""
    body = [S(34304280, "meta_analysis", 346), S(16171631, "rct", 60), S(29253350, "rct", 40),
            S(29335748, "rct", 38, "no_effect"), S(23024150, "rct", 60, "unclear"), S(23142295, "rct", 102, "unclear")]
    g = grade_claim(body)
    inc = next(d for d in g.domains if d.domain == "inconsistency")
    assert inc.rating == "not_serious" and sorted(inc.pmids) == [16171631, 29253350, 29335748, 34304280]
    # two of three supporting is still inconsistent
    g = grade_claim(body[1:4])
    assert next(d for d in g.domains if d.domain == "inconsistency").rating == "serious"
    # and one of four supporting is a body agreeing the claim is not supported (symmetric), not inconsistency
    g = grade_claim([replace(s, direction="no_effect") if s.pmid in (16171631, 29253350) else s for s in body[:4]])
    assert next(d for d in g.domains if d.domain == "inconsistency").rating == "not_serious"
    assert any(s.step == "not supported" and s.value == "25% supporting" for s in g.steps)


def test_benefit_on_imaging_but_not_on_clinical_outcomes_is_inconsistent():
    """Real sentences of record 33621649 (hUCB-MSCs vs BMAC): no difference in IKDC/WOMAC/KSS, a better
    ICRS grade at second-look arthroscopy."""
    abstract = ("However, there were no significant differences between the IKDC, WOMAC, or KSS pain and function "
                "scores in the 2 groups (P > .05). At second-look arthroscopy, the ICRS grade was significantly better "
                "in the hUCB-MSC group than in the BMAC group in both medial femoral and medial tibial cartilage "
                "(P = .001 for both).")
    g = grade_claim([S(33621649, "cohort", n=74, abstract=abstract)])
    inc = next(d for d in g.domains if d.domain == "inconsistency")
    assert inc.rating == "serious" and inc.pmids == [33621649] and "imaging" in inc.reason


C91_NAMES = ("osteochondral autograft transplantation", "mosaicplasty", "osteochondral autograft", "OATS",
             "osteochondral autologous transplantation", "autologous osteochondral transplantation")
C81_NAMES = ("autologous chondrocyte implantation", "ACI", "MACI", "autologous chondrocyte transplantation",
             "matrix-induced autologous chondrocyte implantation", "characterized chondrocyte implantation")
MSC_NAMES = ("mesenchymal stem cells", "MSC", "MSCs", "mesenchymal stem cell", "adipose-derived stem cells")


def test_a_comparator_or_the_therapys_own_form_is_not_a_co_intervention():
    """Real titles (PMIDs given). What a comparative title names on the other side is the comparator;
    a word that is part of the therapy's own name is the therapy; what stands with the therapy, or
    qualifies every arm, is a co-intervention."""
    from pipeline.grading.signals import co_intervention, comparator_words
    comparator = {
        16171631: "A Prospective Randomized Clinical Study of Mosaic Osteochondral Autologous Transplantation Versus "
                  "Microfracture for the Treatment of Osteochondral Defects in the Knee Joint in Young Athletes",
        29253350: "Randomized Study of Long-term (15-17 Years) Outcome After Microfracture Versus Mosaicplasty in Knee "
                  "Articular Cartilage Defects",
        29335748: "Hydrogel implant is as effective as osteochondral autologous transplantation for treating focal "
                  "cartilage knee injury in 24 months",
        34304280: "Comparative efficacy of osteochondral autologous transplantation and microfracture in the knee: an "
                  "updated meta-analysis of randomized controlled trials",
        23142295: "Comparison of Osteochondral Autologous Transplantation, Microfracture, or Debridement Techniques in "
                  "Articular Cartilage Lesions Associated With Anterior Cruciate Ligament Injury",
    }
    for pmid, title in comparator.items():
        assert co_intervention(title, None, C91_NAMES) is None, pmid
        assert comparator_words(title, C91_NAMES), pmid
    # the comparator named in the abstract is still the comparator (any form of the word)
    assert co_intervention(comparator[16171631], "Microfractures were performed in the control group.", C91_NAMES) is None
    assert comparator_words(comparator[29335748], C91_NAMES) == ("hydrogel",)
    # 20062969: "matrix-induced" is part of the therapy's name (MACI), microfracture the comparator
    assert co_intervention("Matrix-induced autologous chondrocyte implantation versus microfracture in the treatment "
                           "of cartilage defects of the knee: a 2-year randomised study", None, C81_NAMES) is None
    # co-interventions stay: 26585585 (with microfracture, on the therapy's side), 33621649 (after HTO, every arm),
    # 23412171 (no comparison in the title)
    assert co_intervention("Adipose-Derived Mesenchymal Stem Cells With Microfracture Versus Microfracture Alone: "
                           "2-Year Follow-up of a Prospective Randomized Trial", None, MSC_NAMES) == "Microfracture"
    assert co_intervention("Allogenic Human Umbilical Cord Blood-Derived Mesenchymal Stem Cells Are More Effective Than "
                           "Bone Marrow Aspiration Concentrate for Cartilage Regeneration After High Tibial Osteotomy in "
                           "Medial Unicompartmental Osteoarthritis of Knee", None, MSC_NAMES) == "High Tibial Osteotomy"
    assert co_intervention("Is platelet-rich plasma able to enhance the results of arthroscopic microfracture in early "
                           "osteoarthritis and cartilage lesion over 40 years of age?", None,
                           ("platelet-rich plasma", "PRP")) == "microfracture"
    # a whole word of the therapy's name only: "drilling" is not part of "microdrilling"
    assert co_intervention("Microdrilling combined with drilling of the tibia", None, ("microdrilling",)) == "drilling"
    # without the claim's names the reading is the old one (first word of the title)
    assert co_intervention(comparator[16171631], None) == "Microfracture"
    # the claim: C91's trials against microfracture are not indirect for it
    body = [S(p, "rct", 60, title=t, abstract=RANDOMISED) for p, t in comparator.items()]
    g = grade_claim(body, "knee cartilage defects", C91_NAMES)
    assert next(d for d in g.domains if d.domain == "indirectness").rating == "not_serious"
    assert next(d for d in grade_claim(body).domains if d.domain == "indirectness").rating == "serious"


def test_a_review_of_a_broader_field_is_indirect():
    """Best evidence that names the claim's condition only in its abstract (not title or MeSH) is
    about a broader field: indirectness, with the reason."""
    broad = grade_claim([S(i, "meta_analysis", n=500, abstract=WELL_REPORTED, condition_direct=False) for i in (1, 2)])
    direct = grade_claim([S(i, "meta_analysis", n=500, abstract=WELL_REPORTED) for i in (1, 2)])
    assert direct.grade == "High" and broad.grade == "Moderate"
    ind = next(d for d in broad.domains if d.domain == "indirectness")
    assert ind.rating == "serious" and ind.pmids == [1, 2] and "broader field" in ind.reason


def test_the_linkers_typed_indirectness_counts():
    """Trials the link stage marked as a concentrate instead of cultured cells, or as an add-on to
    surgery both arms get, are indirect evidence even when the text's word lists miss it."""
    from dataclasses import replace

    plain = [S(i, "rct", n=300, abstract=WELL_REPORTED) for i in (1, 2, 3)]
    assert grade_claim(plain).grade == "High"
    conc = grade_claim([replace(s, indirectness=("concentrate",)) for s in plain])
    ind = next(d for d in conc.domains if d.domain == "indirectness")
    assert conc.grade == "Moderate" and ind.rating == "serious" and "concentrate" in ind.reason and ind.pmids == [1, 2, 3]
    both = grade_claim([replace(s, indirectness=("concentrate", "add_on_to_surgery")) for s in plain])
    ind = next(d for d in both.domains if d.domain == "indirectness")
    assert both.grade == "Low" and ind.rating == "very_serious" and "another treatment (surgery)" in ind.reason
    # below the share, one trial in three of equal size: not a kind
    one = grade_claim([replace(plain[0], indirectness=("concentrate",)), *plain[1:]])
    assert one.grade == "High"


def test_indirect_only_and_nothing():
    g = grade_claim([S(1, "animal_study", human=False, animal=True), S(2, "in_vitro", human=False, vitro=True)])
    assert g.grade == "Very low" and g.counts["n_animal"] == 1 and g.counts["n_in_vitro"] == 1
    assert next(d for d in g.domains if d.domain == "indirectness").rating == "very_serious"
    assert grade_claim([]).grade == "No evidence"
    assert grade_claim([S(1, "rct", retracted=True)]).grade == "No evidence"


def test_no_upgrade_for_randomised_evidence_and_never_below_very_low():
    many = grade_claim([S(i, "rct", n=30) for i in range(1, 12)])
    assert not any(s.effect > 0 for s in many.steps)
    # risk of bias, imprecision (330 < 400) and publication bias: three levels down from High
    assert many.grade == "Very low" and sum(s.effect for s in many.steps) == -3
    few = grade_claim([S(i, "rct", n=20) for i in (1, 2)])  # more downgrades than levels: floored
    assert few.grade == "Very low" and sum(s.effect for s in few.steps) < -3


def test_seed_vs_evidence():
    assert seed_vs_evidence("asserted", "Low") == "overstated"
    assert seed_vs_evidence("asserted", "High") == "consistent"
    assert seed_vs_evidence("hedged", "High") == "understated"
    # nothing found in a live PubMed search is a verdict; nothing in the local files is not
    assert seed_vs_evidence("asserted", "No evidence", searched_pubmed=True) == "overstated"
    assert seed_vs_evidence("asserted", "No evidence", searched_pubmed=False) == "untested"
    assert seed_vs_evidence("asserted", "Very low", searched_pubmed=False) == "overstated"


def test_real_database_grades_and_is_deterministic(evidence_db):
    """The offline corpus's MSC knee claim (C11): 11 human RCTs among the eligible studies, mostly small,
    unblinded or silent, many adding cells to surgery — Very low, as the blind reviewers graded it
    (data/eval/grade_reviews) — with all five domains stored and re-grading changing nothing."""
    with connect(evidence_db) as con:
        c11 = con.execute("SELECT grade, n_human_rct, rationale FROM claim_grades WHERE claim_id = 'C11'").fetchone()
        # linked from local files only: claims without evidence are untested, not overstated
        assert con.execute("SELECT count(*) FROM claim_grades WHERE grade = 'No evidence' "
                           "AND seed_vs_evidence <> 'untested'").fetchone()[0] == 0
        assert c11[0] == "Very low" and c11[1] >= 5
        steps = json.loads(c11[2])
        start = next(s for s in steps if s["step"] == "start")
        assert start["pmids"] and start["text"].endswith("→ start at High") and steps[-1]["step"] == "final"
        domains = con.execute("SELECT domain, rating, reason, pmids FROM claim_domains WHERE claim_id = 'C11' "
                              "ORDER BY domain").fetchall()
        assert sorted(d[0] for d in domains) == sorted(DOMAIN_NAMES)
        assert all(d[2] and d[3] for d in domains)  # every judgement names its reason and PMIDs
        assert dict((d[0], d[1]) for d in domains)["risk_of_bias"] in ("serious", "very_serious")
        rob = con.execute("SELECT count(DISTINCT pmid) FROM study_risk_of_bias WHERE claim_id = 'C11'").fetchone()[0]
        assert rob == c11[1] + con.execute("SELECT count(*) FROM evidence_levels WHERE claim_id = 'C11' "
                                           "AND tier = 'sr_ma'").fetchone()[0]
        bpc = con.execute("SELECT grade FROM claim_summary WHERE claim_id = 'C20'").fetchone()[0]
        assert bpc == "No evidence"
        tables = ("claim_grades", "claim_domains", "study_risk_of_bias", "evidence_levels", "claim_outcomes")
        before = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    assert runner.invoke(app, ["grade", "--db", str(evidence_db)]).exit_code == 0
    with connect(evidence_db) as con:
        for t in tables:
            assert con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() == before[t], t


def test_c04_linked_trials_the_project_reads_as_not_about_prp_do_not_set_the_grade(evidence_db):
    """C04 (PRP for knee OA): of its linked RCTs, 23375182 (MSC injections prepared with PRP) and 35529427
    (PRP alone against PRP with adipose MSCs, on microfracture) give PRP only together with MSCs or in every arm:
    the linker's eligibility (pipeline/claims/eligibility.py) lists them as excluded with that typed reason, and
    only 23412171 sets the starting level."""
    with connect(evidence_db) as con:
        rows = dict(con.execute("SELECT pmid, exclusion_reason FROM evidence_levels WHERE claim_id = 'C04' "
                                "AND NOT included").fetchall())
        start = next(s for s in json.loads(con.execute(
            "SELECT rationale FROM claim_grades WHERE claim_id = 'C04'").fetchone()[0]) if s["step"] == "start")
        grade = con.execute("SELECT grade FROM claim_grades WHERE claim_id = 'C04'").fetchone()[0]
    assert rows[23375182].startswith("cointervention_only: platelet-rich plasma is given only together with stem cells")
    # (both arms read since session 11 — "the first one had additional PRP injection (group A), while the second
    # received PRP and AD-MSC injection (group B)" — so the reason says every arm gets PRP)
    # (since session 14 read from the methods' list of groups: "every group the methods list receives …")
    assert re.match(r"cointervention_only: every (?:arm|group the methods list) receives platelet-rich plasma", rows[35529427])
    assert start["pmids"] == [23412171]
    assert grade == "Very low"




def test_a_treatment_named_in_the_claims_condition_is_its_setting_not_an_add_on():
    """PMID 22539536 (fresh5 C59, "accelerated weight-bearing after MACI is as good as traditional
    rehabilitation"): every patient had matrix-induced ACI — the claim's condition names it — so the trial
    does not give the rehabilitation "with another treatment"; for a claim about MACI itself it would not be
    an add-on either (the therapy's own name), and for another claim it still is one."""
    from pipeline.grading import signals

    title = ("A Randomized Trial Comparing Accelerated and Traditional Approaches to Postoperative Weightbearing "
             "Rehabilitation After Matrix-Induced Autologous Chondrocyte Implantation")
    names = ("accelerated weight-bearing rehabilitation", "accelerated weightbearing", "accelerated rehabilitation")
    assert signals.co_intervention(title, None, names) == "Matrix-Induced"
    setting = "rehabilitation after matrix-induced autologous chondrocyte implantation"
    assert signals.co_intervention(title, None, names, setting) is None
    assert signals.co_intervention(title, None, names, "knee cartilage defects") == "Matrix-Induced"


def test_small_trials_supporting_an_equivalence_claim_are_no_sign_of_publication_bias():
    """fresh5 C59 (accelerated weight-bearing after MACI is as good as traditional rehabilitation): two small
    randomised trials, both finding the accelerated protocol at least as good. For an effect claim a body of
    small trials that all favour the therapy suggests publication bias; for an equivalence claim the supporting
    findings are the null results publication bias hides, so the domain is not serious."""
    body = [S(19846693, "rct", 31, abstract=WELL_REPORTED), S(22539536, "rct", 70, abstract=WELL_REPORTED)]
    effect = grade_claim(body)
    assert next(d for d in effect.domains if d.domain == "publication_bias").rating == "serious"
    eq = grade_claim(body, kind="equivalence")
    pb = next(d for d in eq.domains if d.domain == "publication_bias")
    assert pb.rating == "not_serious" and "equivalence" in pb.reason
    assert GRADES.index(eq.grade) == GRADES.index(effect.grade) + 1
