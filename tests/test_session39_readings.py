"""Session 39's readings, each on the real sentences of the record it was written from."""

from __future__ import annotations

from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms

from tests.eligibility_helpers import assess_as_linked, sectioned_article

# 26698000 (workshop corpus): a decision support system built, not tried (fresh78 C865, graded Very low from its hopeful
# conclusion where both reviewers say No evidence)
BUILT = sectioned_article(26698000, "Toward Implementing Primary Care at Chairside: Developing a Clinical Decision "
                    "Support System for Dental Hygienists.", [
    AbstractSection("INTRODUCTION", "BACKGROUND", "The goal of this project was to use the Consolidated Framework for "
                    "Implementation Research (CFIR) as the theoretical foundation for developing a web-based clinical "
                    "decision support system (CDSS) for primary care screening and care coordination by dental hygienists "
                    "at chairside."),
    AbstractSection("METHODS", "METHODS", "Second, we created algorithms for these four health issues (tobacco, "
                    "hypertension, diabetes, and nutrition) using evidence-based guidelines endorsed by authoritative "
                    "professional bodies."),
    AbstractSection("RESULTS", "RESULTS", "An evidence-based CDSS for use by dental hygienists at chairside for tobacco "
                    "use, hypertension and diabetes screening, and nutrition counseling was developed with the active "
                    "participation of the individuals involved in the implementation process."),
    AbstractSection("CONCLUSIONS", "CONCLUSIONS", "CDSS technology may potentially be leveraged to enhance primary care "
                    "screening and coordination by dental hygienists at chairside, leading to improved patient care."),
])

CDSS = Claim(id="T1", title="Clinical decision support helps dental hygienists screen for chronic disease",
             therapy=Concept("clinical decision support system", ("CDSS", "clinical decision support")),
             condition=Concept("chronic disease screening", ("screening",)), quotes=(), seed_strength="asserted",
             query='"decision support"[tiab]', polarity=Polarity.BENEFIT)


def test_a_report_that_only_builds_the_therapy_has_no_findings():
    e, _ = assess_as_linked(CDSS, BUILT, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings" and "only that something was built" in e.why
    assert e.evidence.startswith("An evidence-based CDSS")


def test_results_that_measure_what_was_built_are_findings():
    # the same system, tried: a number in the results is an outcome of its use
    tried = sectioned_article(1, BUILT.title, [
        *BUILT.abstract_sections[:2],
        AbstractSection("RESULTS", "RESULTS", "A CDSS was developed and used with 120 patients; screening rates rose "
                        "from 35% to 80% (p < 0.01)."),
        BUILT.abstract_sections[3]])
    e, _ = assess_as_linked(CDSS, tried, "other", is_human=True)
    assert e.reason != "no_findings" or "only that something was built" not in (e.why or "")


# 19419937 (workshop corpus, fresh46 C535): Fhit in gastric carcinomas, H. pylori status one of the variables it was
# related to; survival by H. pylori status is not reported (both reviewers: not eligible). Read as a rabbit study until
# extractor 2026.12.32 (its "rabbit polyclonal antiFhit antibody"); read as a human study, the clinical-series reading
# took the infection for what every patient "got" (Very low where the reviewers say No evidence)
FHIT = Article(pmid=19419937, title="Immunohistochemical assessment of Fhit protein expression in advanced gastric "
               "carcinomas in correlation with Helicobacter pylori infection and survival time.", abstract=(
    "Fhit protein is known to play a role in the process of neoplastic transformation. The study included a group of 80 "
    "patients with advanced gastric carcinomas. The expression of Fhit protein was assessed by means of the "
    "immunohistochemical method (avidin-biotin-streptavidin) in the sections fixed in formalin and embedded in paraffin, "
    "using rabbit polyclonal antiFhit antibody (Abcam, UK) at 1: 200. Statistical analysis did not show any correlation "
    "of the expression of Fhit protein in the main mass of tumour and in the metastasis to lymph node with gender, depth "
    "of wall invasion, histological differentiation, Lauren's classification, Bormann's classification, metastases to "
    "local lymph nodes or Helicobacter pylori infection. However, a strong statistical correlation was revealed of Fhit "
    "protein expression in the main mass of tumour with patients' age (p=0.04) and tumour location in the stomach "
    "(p=0.02). No relationship was found between Fhit expression in the main mass of tumour and survival time (p=0.26)."))

HP = Claim(id="T2", title="Helicobacter pylori infection shortens survival in stomach cancer",
           therapy=Concept("Helicobacter pylori infection", ("H. pylori infection", "Helicobacter pylori")),
           condition=Concept("survival in gastric cancer", ("gastric cancer", "gastric carcinoma", "survival")),
           quotes=(), seed_strength="asserted", query="pylori[tiab]", polarity=Polarity.HARM)


def test_an_exposure_measured_in_some_patients_is_not_what_a_series_gave_them_all():
    from pipeline.claims.direction import read_claim_direction

    reading = read_article(FHIT)
    d = read_claim_direction(HP, FHIT, reading.abbreviations, reading=reading)
    assert d.not_about_kind == "therapy"  # the finding is about Fhit, not the infection
    e = assess_eligibility(HP, reading, read_arms(reading), "other", title=FHIT.title, is_human=True,
                           not_about=d.not_about, not_about_kind=d.not_about_kind)
    assert not e.eligible and e.reason == "therapy_not_tested", e
