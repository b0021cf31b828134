"""Session 47's readings (LINKER_RELEASE 2026.12.113-), each on the sentences of the record it was written from, with a
control that the change is what decides: a prognostic study that names the claim's exposure with its own estimate of
the risk tests the exposure (held-out set fresh94, claim C953, "Smoking raises the risk of a disc herniating again
after discectomy": both reviewers eligible, the project counted neither study when the set was scored)."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import direction
from pipeline.claims.catalog import load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess
from pipeline.models import AbstractSection, Article
from tests.eligibility_helpers import assess_as_linked, sectioned_article

EVAL = Path(__file__).resolve().parents[1] / "data/eval"
SMOKING_REHERNIATION = {c.id: c for c in load_catalog(EVAL / "fresh94/claims.yaml")}["C953"]

# 36854329 (workshop corpus), an unstructured abstract: the conclusion speaks of the whole, the results name the
# exposure with its hazard ratio
FIVE_YEAR = Article(
    pmid=36854329,
    title="Incidence and risk factors for five-year recurrent disc herniation after primary single-level lumbar discectomy.",
    abstract=("To identify the incidence and risk factors for five-year same-site recurrent disc herniation (sRDH) after "
              "primary single-level lumbar discectomy. Secondary outcome was the incidence and risk factors for five-year "
              "sRDH reoperation. A retrospective study was conducted using prospectively collected data and patient-reported "
              "outcome measures, including the Oswestry Disability Index (ODI), between 2008 and 2019. Postoperative sRDH was "
              "identified from clinical notes and the centre's MRI database, with all imaging providers in the region checked "
              "for missing events. The Kaplan-Meier method was used to calculate five-year sRDH incidence. Cox proportional "
              "hazards model was used to identify independent variables predictive of sRDH, with any variable not significant "
              "at the p < 0.1 level removed. Hazard ratios (HRs) were calculated with 95% confidence intervals (CIs). Complete "
              "baseline data capture was available for 733 of 754 (97.2%) consecutive patients. Median follow-up time for "
              "censored patients was 2.2 years (interquartile range (IQR) 1.0 to 5.0). sRDH occurred in 63 patients at a "
              "median 0.8 years (IQR 0.5 to 1.7) after surgery. The five-year Kaplan-Meier estimate for sRDH was 12.1% (95% CI "
              "9.5 to 15.4), sRDH reoperation was 7.5% (95% CI 5.5 to 10.2), and any-procedure reoperation was 14.1% (95% CI "
              "11.1 to 17.5). Current smoker (HR 2.12 (95% CI 1.26 to 3.56)) and higher preoperative ODI (HR 1.02 (95% CI "
              "1.00 to 1.03)) were independent risk factors associated with sRDH. Current smoker (HR 2.15 (95% CI 1.12 to "
              "4.09)) was an independent risk factor for sRDH reoperation. This is one of the largest series to date which "
              "has identified current smoker and higher preoperative disability as independent risk factors for sRDH. "
              "Current smoker was an independent risk factor for sRDH reoperation. These findings are important for spinal "
              "surgeons and rehabilitation specialists in risk assessment, consenting patients, and perioperative "
              "management."),
    publication_types=["Journal Article"])

# 36791297 (workshop corpus), a structured abstract: the factors are listed in the results, the conclusion is the model's
PROGNOSTIC_MODEL = sectioned_article(
    36791297, "Development and Validation of a Prognostic Model for the Risk of Recurrent Lumbar Disc Herniation After "
              "Percutaneous Endoscopic Transforaminal Discectomy.",
    [AbstractSection(label="BACKGROUND", nlm_category=None, text=(
        "Recurrence of lumbar disc herniation (LDH) is an adverse event after percutaneous endoscopic transforaminal "
        "discectomy (PETD). Accurate prediction of the risk of recurrent LDH (rLDH) after surgery remains a major challenge "
        "for spine surgeons.")),
     AbstractSection(label="OBJECTIVES", nlm_category=None, text="To develop and validate a prognostic model based on risk factors for rLDH after PETD."),
     AbstractSection(label="STUDY DESIGN", nlm_category=None, text="Retrospective study."),
     AbstractSection(label="METHODS", nlm_category=None, text=(
         "Clinical data were retrospectively collected from 645 patients with LDH who underwent PETD at the Affiliated "
         "Hospital of Xuzhou Medical University from January 1, 2017 to January 1, 2021. Predictors significantly "
         "associated with rLBH were screened according to least absolute shrinkage and selection operator (LASSO) "
         "regression, and a prognostic model was established, followed by internal model validation using the enhanced "
         "bootstrap method.")),
     AbstractSection(label="RESULTS", nlm_category=None, text=(
         "Among the 645 patients included in this study, 56 experienced recurrence of LDH after PETD (8.7%). Seven factors "
         "significantly associated with rLDH were selected by LASSO regression, including age, type of herniation, level "
         "of herniation, Modic changes, Pfirrmann classification, smoking, and history of high-intensity physical work. "
         "The bias-corrected curve of the model fit well with the apparent curve, and the area under the ROC curve was "
         "0.822 (95% confidence interval, 0.76-0.88).")),
     AbstractSection(label="CONCLUSIONS", nlm_category=None, text=(
         "The prognostic model developed in this study had excellent comprehensive performance and could well predict "
         "the risk of rLDH after PETD. This model could be used to identify patients at high risk for rLDH at an early "
         "stage to individualize the patient's treatment modality and postoperative rehabilitation plan."))])


def _without_estimates(text: str) -> str:
    """The same words with the study's estimates of the risk taken out (the control)."""
    for old, new in ((" (HR 2.12 (95% CI 1.26 to 3.56))", ""), (" (HR 2.15 (95% CI 1.12 to 4.09))", ""),
                     (" (HR 1.02 (95% CI 1.00 to 1.03))", ""), ("independent risk factors associated with", "recorded for"),
                     ("an independent risk factor for", "recorded for"), ("as independent risk factors for", "in"),
                     ("factors significantly associated with rLDH were selected", "variables were recorded")):
        text = text.replace(old, new)
    return text


def test_a_prognostic_study_naming_the_exposure_with_its_hazard_ratio_is_linked_and_counted():
    assert assess(SMOKING_REHERNIATION, FIVE_YEAR).relevance >= LINK_THRESHOLD
    e, d = assess_as_linked(SMOKING_REHERNIATION, FIVE_YEAR, "cohort", is_human=True, species=("human",))
    assert e.eligible, e
    assert "Current smoker (HR 2.12" in d.sentence


def test_a_structured_prognostic_model_listing_the_exposure_among_its_factors_is_counted():
    assert assess(SMOKING_REHERNIATION, PROGNOSTIC_MODEL).relevance >= LINK_THRESHOLD
    e, d = assess_as_linked(SMOKING_REHERNIATION, PROGNOSTIC_MODEL, "cohort", is_human=True, species=("human",))
    assert e.eligible, e
    assert d.sentence.startswith("Seven factors significantly associated with rLDH")


def test_without_the_estimates_the_exposure_is_only_recorded():
    # control: the same abstract with its hazard ratios and "risk factor" words taken out names smoking only as
    # something recorded; the conclusion speaks of the whole, and the study is not read as testing smoking
    plain = Article(pmid=1, title=FIVE_YEAR.title, abstract=_without_estimates(FIVE_YEAR.abstract),
                    publication_types=["Journal Article"])
    assert "HR 2.12" not in plain.abstract and "risk factor for sRDH" not in plain.abstract
    e, _ = assess_as_linked(SMOKING_REHERNIATION, plain, "cohort", is_human=True, species=("human",))
    assert not e.eligible, e


def test_an_estimate_names_the_exposure_only_in_capitals_and_beside_a_number():
    assert direction.EXPOSURE_ESTIMATE.search("diabetes was an independent risk factor for abscess")
    assert direction.EXPOSURE_ESTIMATE.search("smokers (OR = 3.9, 95% CI 1.2 to 8.0)")
    assert not direction.EXPOSURE_ESTIMATE.search("smoking or diabetes 3 times a day")
    assert not direction.EXPOSURE_ESTIMATE.search("patients were followed for 24 hr 3 times")
