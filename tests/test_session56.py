"""Session 56's readings, on the records' own text (issue 17): a pooled analysis of earlier trials' own participants is
a cohort of those patients, not a review (EXTRACTOR_RELEASE 2026.12.35), and a results sentence stating that the
claim's outcome changed in proportion to the exposure reports a tested relation on it (LINKER_RELEASE 2026.12.135).
Claims of data/eval/fresh152 and fresh153 (scored once before these rules existed; development data since)."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import read_claim_direction
from pipeline.models import Article
from pipeline.nlp.design import pools_participants
from pipeline.nlp.design_model import load_model
from pipeline.nlp.evidence import extract_evidence

FRESH152 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh152" / "claims.yaml")}

# a classifier that confirms no synthesis, no protocol and no trial (the shipped one on 26700703)
_UNSURE = {"systematic_review": 0.02, "meta_analysis": 0.05, "protocol": 0.01, "randomized_trial": 0.05,
           "human": 0.95, "rodent": 0.01, "child": 0.02}

POOLED_TRIALS = Article(
    pmid=26700703,
    title="Long-Term Outcomes Among Patients Who Achieve Complete or Near-Complete Responses After the Induction Phase of "
          "Bladder-Preserving Combined-Modality Therapy for Muscle-Invasive Bladder Cancer: A Pooled Analysis of NRG "
          "Oncology/RTOG 9906 and 0233.",
    abstract="PURPOSE: To investigate the differences in outcomes among patients with muscle-invasive bladder cancer on NRG "
             "Oncology Radiation Therapy Oncology Group protocols 9906 and 0233 who achieved complete response and "
             "near-complete response after induction chemoradiation and then completed bladder-preserving therapy with "
             "chemoradiation therapy (chemo-RT) to full dose (60-64 Gy).\n\nPATIENTS AND METHODS: A pooled analysis was "
             "performed on 119 eligible patients with muscle-invasive bladder cancer enrolled on NRG Oncology Radiation "
             "Therapy Oncology Group trials 9906 and 0233, who were classified as having a complete (T0) or near-complete "
             "(Ta or Tis) response after induction chemo-RT and completed consolidation with a total RT dose of at least "
             "60 Gy.\n\nRESULTS: Among the 119 eligible patients, 101 (85%) achieved T0, and 18 (15%) achieved Ta or Tis "
             "after induction chemo-RT and proceeded to consolidation. After a median follow-up of 5.9 years, 36 of 101 T0 "
             "patients (36%) versus 5 of 18 Ta or Tis patients (28%) experienced bladder recurrence (P=.52).\n\n"
             "CONCLUSIONS: The bladder recurrence and salvage cystectomy rates of the complete and the near-complete "
             "responders were similar.")


def test_a_pooled_analysis_of_two_trials_patients_is_a_cohort_not_a_review():
    """26700703 for C1310 (both reviewers eligible): read as "a narrative review pools no data of its own" before
    session 56, because the rules' "pooled analysis" (a meta-analysis cue) fell back to a review when the classifier
    did not confirm it."""
    assert pools_participants(POOLED_TRIALS)
    shipped = {flag: float(p[0]) for flag, p in load_model().predict_proba([POOLED_TRIALS]).items()}
    for probs in (_UNSURE, shipped):
        ev = extract_evidence(POOLED_TRIALS, use_metadata=False, probs=probs)
        assert ev.design == "cohort", (probs, ev.design, ev.design_reason)
        assert not ev.is_rct and not ev.is_meta_analysis


def test_a_pooled_analysis_that_counts_no_participants_of_its_own_stays_what_it_was():
    # a review retelling pooled analyses, and a pooling of studies (not of patients), are not cohorts
    review = Article(pmid=1, title="Bladder preservation: a pooled analysis of the literature",
                     abstract="We review the published series. A pooled analysis of 12 studies suggests that selected "
                              "patients keep their bladder.")
    assert not pools_participants(review)
    assert extract_evidence(review, use_metadata=False, probs=_UNSURE).design != "cohort"
    # a count with no result of its own (no significance, no finding) is not enough either
    plan = Article(pmid=2, title="Outcomes after bladder preservation: a pooled analysis",
                   abstract="A pooled analysis will be performed on 300 eligible patients enrolled on two trials.")
    assert not pools_participants(plan)


HEARTS = Article(
    pmid=156, title="Effect of coronary blood flow on glycolytic flux and intracellular pH in isolated rat hearts.",
    abstract="The rate of coronary blood flow was varied in isolated working rat heart preparations to determine its "
             "influence on the rate of glocose utilization, tissue high-energy phosphates, and intracellular pH. A 60% "
             "reduction in coronary blood flow resulted in a 30% reduction in oxygen consumption, an accelerated rate of "
             "glusoe utilization, lower tissue levels of high-energy phosphate, and higher tissue levels of lactate and H+. "
             "Ventricular performance deteriorated as reflected by a decrease in heart rate and peak systolic pressure. "
             "Further reductions in coronary blood flow resulted in inhibition of glycolysis, a greater decrease in tissue "
             "levels of high-energy phosphates, and higher tissue levels of both lactate and H+. These changes in "
             "glycolytic flux, tissue metabolites, and ventricular performance were proportional to the degree of "
             "restriction in coronary blood flow. The importance of coronary blood flow and washout of the interstitial "
             "space in the maintenance of accelerated glycolytic flux in oxygen-deficient hearts is emphasized. It is "
             "concluded that acceleration of ATP production from glycolysis can occur only in the marginally ischemic "
             "tissue in the peripheral area of tissue supplied by an occluded artery. The central area of tissue which "
             "receives a low rate of coronary blood flow will have a reduced rate of ATP production due to both a lack of "
             "oxygen and an inhibition of glycolysis.")


def test_an_outcome_changing_in_proportion_to_the_exposure_is_the_studys_finding_on_it():
    """156 for C1306 (reduced coronary blood flow and ventricular performance in isolated rat hearts; both reviewers
    eligible): the conclusion speaks of ATP production; the results say the outcome changed in proportion to the flow's
    restriction (before session 56: "the finding is not about depressed ventricular performance")."""
    d = read_claim_direction(FRESH152["C1306"], HEARTS)
    assert not d.not_about and d.not_about_kind is None, d
    assert "proportional to" in d.sentence


def test_a_proportion_stated_of_other_outcomes_is_still_not_about_the_claims():
    # the same record with the outcome's words taken out of the dose-response sentence: nothing names the condition
    text = HEARTS.abstract.replace("Ventricular performance deteriorated as reflected by a decrease in heart rate and "
                                   "peak systolic pressure. ", "").replace(", and ventricular performance", "")
    d = read_claim_direction(FRESH152["C1306"], Article(pmid=156, title=HEARTS.title, abstract=text))
    assert "not about" in d.not_about, d


FRESH151 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh151" / "claims.yaml")}

PSOAS_CASE = Article(
    pmid=11189932, title="Unilateral psoas abscess following posterior transpedicular stabilization of the lumbar spine.",
    abstract="A case of unilateral psoas abscess in a 58-year-old patient, shortly after posterior lower spine "
             "stabilization and fusion for spinal stenosis using transpedicular spine fixation is reported. The diagnosis "
             "was delayed because the patient's symptoms were referred to the thigh and the plain roentgenograms were "
             "negative for pathology. The technetium scintigram and computed tomography (CT) helped localization, "
             "diagnosis and treatment of the psoas abscess. Percutaneous CT-guided drainage was followed by recurrence of "
             "the abscess, and open surgical evacuation was performed successfully in combination with antibiotic "
             "treatment for 8 weeks. Psoas abscess should always be suspected when recurrent pain is associated with fever "
             "and elevated erythrocyte sedimentation rate after instrumentation of the lumbar spine. Hardware of a low "
             "profile and volume should be used to decrease dead space in the fusion area, and the volume of bone "
             "substitutes should be limited for the same reason.")


def test_a_harm_set_down_to_the_exposure_names_the_exposure_the_case_tests():
    """11189932 for C1297 (spinal fusion surgery complicated by a psoas abscess; both reviewers eligible): below the link
    threshold before session 56, the exposure named only "in methods/results, not as the tested intervention"."""
    from pipeline.claims.linker import LINK_THRESHOLD, assess

    r = assess(FRESH151["C1297"], PSOAS_CASE)
    assert any("as the intervention" in x for x in r.reasons) and r.relevance >= LINK_THRESHOLD, r


def test_a_harm_relation_needs_a_claim_of_harm_and_the_condition_first():
    from dataclasses import replace

    from pipeline.claims.linker import _harm_relation
    from pipeline.claims.models import Polarity

    claim = FRESH151["C1297"]
    sentence = PSOAS_CASE.abstract.split(" is reported.")[0]
    assert _harm_relation(claim, sentence, {})
    # the same words for a claim that the exposure helps: not a harm relation
    assert not _harm_relation(replace(claim, polarity=Polarity.BENEFIT), sentence, {})
    # the exposure first, the condition after it: the condition is not set down to the exposure by these words
    assert not _harm_relation(claim, "Posterior lower spine stabilization and fusion was performed after the unilateral "
                                     "psoas abscess had been drained", {})
    # both named, no relating word between them
    assert not _harm_relation(claim, "A unilateral psoas abscess was seen in one patient; posterior lower spine "
                                     "stabilization and fusion was performed in all", {})
