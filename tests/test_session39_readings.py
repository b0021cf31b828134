"""Session 39's readings, each on the real sentences of the record it was written from."""

from __future__ import annotations

from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms

# 26698000 (workshop corpus): a decision support system built, not tried (fresh78 C865, graded Very low from its hopeful
# conclusion where both reviewers say No evidence)
def _structured(pmid: int, title: str, sections: list[AbstractSection]) -> Article:
    """An article as the PubMed parser stores a structured abstract: its sections, and the text with their labels."""
    return Article(pmid=pmid, title=title, abstract="\n\n".join(f"{s.label}: {s.text}" for s in sections),
                   abstract_sections=list(sections))


BUILT = _structured(26698000, "Toward Implementing Primary Care at Chairside: Developing a Clinical Decision "
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


def _eligibility(claim, article):
    reading = read_article(article)
    return assess_eligibility(claim, reading, read_arms(reading), "other", title=article.title, is_human=True)


def test_a_report_that_only_builds_the_therapy_has_no_findings():
    e = _eligibility(CDSS, BUILT)
    assert not e.eligible and e.reason == "no_findings" and "only that something was built" in e.why
    assert e.evidence.startswith("An evidence-based CDSS")


def test_results_that_measure_what_was_built_are_findings():
    # the same system, tried: a number in the results is an outcome of its use
    tried = _structured(1, BUILT.title, [
        *BUILT.abstract_sections[:2],
        AbstractSection("RESULTS", "RESULTS", "A CDSS was developed and used with 120 patients; screening rates rose "
                        "from 35% to 80% (p < 0.01)."),
        BUILT.abstract_sections[3]])
    e = _eligibility(CDSS, tried)
    assert e.reason != "no_findings" or "only that something was built" not in (e.why or "")
