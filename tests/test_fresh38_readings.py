"""Readings from fresh38's errors (session 30), on the records' own text (workshop corpus, as PubMed has them).

fresh38 was scored once (e25b4f9, session 29's final rules) before it was opened; each expectation is both blind
reviewers' label.

* 26702273 (C438, "renal replacement therapy saves lives in acute kidney injury after cardiac surgery"; both: not
  eligible) is a prognostic study: all 45 patients had renal replacement therapy, and it compares those who died with
  those who lived by their perioperative factors. It was read as a single-arm cohort of the therapy, and the claim went
  Very low where both reviewers read No evidence. Its title names the therapy's failure as what the factors predict
  ("Multi-factor analysis of failure of renal replacement therapy").
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _title_prognostic
from pipeline.models import Article

FRESH38 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh38" / "claims.yaml")}
FRESH6 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh6" / "claims.yaml")}

RRT = Article(
    pmid=26702273,
    title="Multi-factor analysis of failure of renal replacement therapy in acute renal failure developed after cardiac "
          "surgery.",
    abstract="INTRODUCTION: Acute renal failure (ARF) is a rare (2-15%), but severe complication of cardiac surgery with "
             "overall mortality reaching 40-80%. In order to save patients' lives they are treated with renal "
             "replacement therapy (RRT). The aim of our study was to assess the impact of different perioperative "
             "factors on mortality among patients treated with RRT because of acute renal failure, which occurred as a "
             "complication of a heart surgery.\n\nMATERIAL AND METHODS: Retrospective analysis included 45 patients, "
             "operated in the years 2009-2013, who underwent renal replacement therapy in order to treat postoperative "
             "ARF. The perioperative factors were analysed in two groups: group 1 - patients who died before discharge; "
             "and group 2 - those who survived until hospital discharge.\n\nRESULTS: Forty-five of 3509 cardiac "
             "surgical patients (1.25%) required RRT after the surgery. A total of 23 (51.11%) died before discharge "
             "(group 1). Patients in group 1 were characterised by older age (70.21 vs. 67 years), higher mean "
             "EuroSCORE value (9.28 vs. 7.15) (p < 0.05), higher percentage of concomitant surgery (63.63% vs. 28.57%) "
             "(p < 0.05) and of admission of catecholamines in the postoperative period (100% vs. 68.42%) (p < 0.005), "
             "and higher mean urea blood level prior to RRT initiation (156.65 vs. 102.54 mg/dl) (p < 0.05)."
             "\n\nCONCLUSIONS: The statistically relevant death predictors proved to be: high EuroSCORE, concomitant "
             "surgery, and high urea level at RRT initiation and admission of catecholamines in the postoperative "
             "period. After conformation in further studies, those factors may prove useful in stratification of death "
             "risk among surgical patients requiring RRT.")


def test_a_study_of_what_predicts_the_therapys_failure_does_not_test_it():
    e, _ = assess_as_linked(FRESH38["C438"], RRT, "cohort", is_human=True)
    assert not e.eligible and e.reason == "cointervention_only", e
    assert "Multi-factor" in e.why, e


def test_the_outcome_of_the_therapy_by_a_patient_trait_still_reports_its_outcomes():
    # fresh6 C66's 23729686, which both reviewers count: only "failure of" names the outcome as what is predicted
    assert _title_prognostic(FRESH6["C66"], "Influence of Sex on the Outcome of Autologous Chondrocyte Implantation in "
                                            "Chondral Defects of the Knee.", {}) is None


# fresh30 C338 ("a needle biopsy of the lung can cause systemic air embolism"): two case reports both of fresh30's
# reviewers count, found among every set's uncounted pairs in session 30. Their abstracts name the biopsy only in what
# is already known ("carries a risk of"), or as "lung biopsy" only; the title says the harm arose from it.
FRESH30 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh30" / "claims.yaml")}

FATAL = Article(
    pmid=10589573,
    title="Fatal air embolism as a complication of CT-guided needle biopsy of the lung.",
    abstract="A CT-guided needle lung biopsy carries a risk of potential air embolization. We present a rare case of air "
             "embolization after this procedure. Postmortem CT revealed air in the cerebral arteries and the left "
             "ventricle. This complication is extremely rare; however, it becomes fatal when it happens. Several points "
             "to prevent this fatal complication are discussed.")
SIMULTANEOUS = Article(
    pmid=19156246,
    title="Simultaneous coronary and cerebral air embolism after CT-guided core needle biopsy of the lung.",
    abstract="An air embolism in the arterial system is a rare but serious sequela of lung biopsy. We describe the case "
             "of a patient who presented with acute cardiac and cerebral air embolism, including simultaneous acute "
             "ST-segment elevation myocardial infarction, atrial fibrillation, unresponsiveness, seizure, and stroke. "
             "Computed tomographic imaging revealed air pockets in the right coronary artery and aorta. The patient "
             "made a full recovery after aggressive medical treatment and hyperbaric oxygen therapy.")


def test_a_harm_case_reports_title_is_its_finding_about_the_therapy():
    for article in (FATAL, SIMULTANEOUS):
        e, _ = assess_as_linked(FRESH30["C338"], article, "case_report", is_human=True)
        assert e.eligible, (article.pmid, e)
