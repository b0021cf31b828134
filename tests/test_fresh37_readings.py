"""Readings from fresh37's errors (session 29), on the records' own text (workshop corpus, as PubMed has them).

fresh37 was scored once (ad36fb8, the session's rules) before it was opened; each expectation is both blind reviewers'
label.

* 26668772 (C425, "betel nut chewing can cause oral cancer"; both: not eligible) is a pilot survey of why people on
  Guam chew betel nut. Its chewers and ex-chewers were read as two arms differing by the exposure, and the claim went
  Very low where both reviewers read No evidence. The title asks what makes people chew ("Sociocultural Factors that
  Affect Chewing Behaviors among Betel Nut Chewers"): the exposure's use is the study's outcome, and oral cancer is
  named only in what is already known.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH37 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh37" / "claims.yaml")}

BETEL = Article(
    pmid=26668772,
    title="Sociocultural Factors that Affect Chewing Behaviors among Betel Nut Chewers and Ex-Chewers on Guam.",
    abstract="Areca nut (betel nut) is chewed by an estimated 10% of the world's population which is equivalent to about "
             "600 million people. It is classified as a Group 1 carcinogen by the World Health Organization (WHO) and "
             "has been linked to various types of oral cancer. Chewing areca predominates in South and South East Asia,"
             " East Africa, and the Western Pacific and has important social and cultural implications. The purpose of "
             "the pilot study was twofold: (1) to examine sociocultural factors that affect why people on Guam chew "
             "betel nut, their chewing behaviors, perceptions of risks, probability of changing behaviors, and methods "
             "that could be used to reduce use or quit; and (2) to pilot two surveys (one for chewers and one for "
             "ex-chewers) to be used in a larger study in the future. A mixed methods design was employed that included"
             " surveys pertaining to their status (chewer or ex-chewer) and in-depth interviews. A total of 30 adults "
             "participated in this pilot study: adult betel nut chewers (n = 15) and ex-chewers (n = 15). Chewing betel"
             " nut is a learned behavior, embedded within the culture, and is viewed as an important cultural "
             "identifier. Socially, chewing is viewed as positive. Chewers stated that they were not as aware of health"
             " issues; however, ex-chewers stated health reasons for quitting.")


def test_a_study_of_what_makes_people_use_the_exposure_reports_nothing_it_does():
    e, _ = assess_as_linked(FRESH37["C425"], BETEL, "cross_sectional", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
    assert "makes people use" in e.why, e


def test_factors_of_a_response_to_the_therapy_are_about_its_outcome_not_its_use():
    # fresh19 C218's 22396189, which both reviewers count
    from pipeline.claims.eligibility import _USE_DETERMINANTS

    assert not _USE_DETERMINANTS.search("Factors associated with favorable response to hyperbaric oxygen therapy among "
                                        "patients presenting with iatrogenic cerebral arterial gas embolism.")
    assert not _USE_DETERMINANTS.search("Risk factors for systemic air embolism as a complication of percutaneous "
                                        "CT-guided lung biopsy: multicenter case-control study.")
