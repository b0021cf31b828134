"""Session 57's readings, on the records' own text (issue 17): a study that calls itself a case-control study is one,
not the case report that "This case-control study ..." made of it (EXTRACTOR_RELEASE 2026.12.36), and a claim of one
grade of a thing against its opposite grade ("larger biopsy needles" against "smaller") is tested by a study that
reports a tested relation on the therapy named by its grade, whether or not it names the other grades (LINKER_RELEASE
2026.12.137). Claims of data/eval/fresh148 and fresh103 (scored before these rules existed; development data since)."""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import assess_as_linked, sectioned_article
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.models import Concept
from pipeline.models import AbstractSection
from pipeline.nlp.design import states_case_control
from pipeline.nlp.evidence import extract_evidence

FRESH148 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh148" / "claims.yaml")}
FRESH103 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh103" / "claims.yaml")}

# a classifier that confirms no synthesis, no protocol and no trial
_UNSURE = {"systematic_review": 0.02, "meta_analysis": 0.02, "protocol": 0.01, "randomized_trial": 0.03,
           "human": 0.95, "rodent": 0.01, "child": 0.02}

_LUNG_BIOPSY = [
    ("PURPOSE", "OBJECTIVE", "To determine risk factors for systemic air embolism by percutaneous computed tomography "
                             "(CT)-guided lung biopsy."),
    ("METHODS", "METHODS", "This case-control study used data from 2216 percutaneous lung biopsy procedures performed "
                           "over 11 years at 12 institutions in Japan. Systemic air embolism was identified by "
                           "retrospective review of CT images obtained during and immediately after the procedures. To "
                           "fulfill our objective, multiple variables were compared between cases and controls with "
                           "univariate analyses by using Student's t test and Fisher's exact test for numerical and "
                           "categorical values, respectively. Multivariate logistic regression analysis was then "
                           "performed using selected variables."),
    ("RESULTS", "RESULTS", "Ten cases of systemic air embolism and 2,206 controls were identified. Univariate analyses "
                           "showed that the lesions in the lower lobe (P = 0.025) and occurrence of parenchymal "
                           "hemorrhage (P = 0.019) were significant risk factors. Multivariate analysis showed that the "
                           "use of a larger biopsy needle was a significant risk factor (P = 0.014)."),
    ("CONCLUSION", "CONCLUSIONS", "Parenchymal hemorrhage during the procedure, lesions in the lower lobe, and the use of "
                                  "larger biopsy needles may be risk factors for systemic air embolism by percutaneous "
                                  "CT-guided lung biopsy. Our findings may provide clues toward minimizing the risk of "
                                  "this complication."),
]
_TITLE = ("Risk factors for systemic air embolism as a complication of percutaneous CT-guided lung biopsy: multicenter "
          "case-control study.")


def _biopsy(sections=_LUNG_BIOPSY):
    return sectioned_article(24352861, _TITLE, [AbstractSection(label=lab, nlm_category=cat, text=text)
                                                for lab, cat, text in sections],
                             publication_types=("Journal Article", "Multicenter Study"))


def test_a_study_calling_itself_case_control_is_not_a_case_report():
    """24352861 for C1277 (both reviewers eligible): the design rules' single-case cue "this case" matched "This
    case-control study", and the case report was then excluded as "putting the embolism down to another cause"."""
    article = _biopsy()
    assert states_case_control(article)
    ev = extract_evidence(article, use_metadata=True, probs=_UNSURE)
    assert ev.design == "case_control", (ev.design, ev.design_reason)


def test_a_case_report_stays_one():
    # "this case" of a single patient, and a report that only cites a case-control study, are not the study's design
    from pipeline.models import Article

    case = Article(pmid=1, title="Air embolism after lung biopsy: a case report",
                   abstract="We report a 67-year-old man who developed cerebral air embolism after CT-guided lung biopsy. "
                            "This case shows that the complication can occur with a small needle. A previous "
                            "case-control study had found larger needles to be a risk factor.")
    assert not states_case_control(case)
    assert extract_evidence(case, use_metadata=False, probs=_UNSURE).design == "case_report"


def test_a_risk_factor_named_by_its_grade_is_compared_with_the_other_grades():
    """The same record: C1277's comparator ("smaller biopsy needle") is never named, but the therapy's grade word is
    the comparison - before session 57 the study was excluded as "never names smaller biopsy needle"."""
    claim = FRESH148["C1277"]
    el, _ = assess_as_linked(claim, _biopsy(), "case_control", is_human=True)
    assert el.eligible, el
    # without the grade in the results and the conclusion (a needle named without "larger"), nothing compares grades
    ungraded = [(lab, cat, text.replace("a larger biopsy needle", "a biopsy needle")
                 .replace("larger biopsy needles", "biopsy needles")) for lab, cat, text in _LUNG_BIOPSY]
    el, _ = assess_as_linked(claim, _biopsy(ungraded), "case_control", is_human=True)
    assert not el.eligible and el.reason == "no_findings", el


def test_only_opposite_grades_of_the_same_thing_make_a_graded_claim():
    from pipeline.claims.eligibility import _graded_opposites

    claim = FRESH148["C1277"]
    assert _graded_opposites(claim) and _graded_opposites(FRESH103["C1012"])
    # the same grade word on both sides, or another thing at the opposite grade, is no graded comparison
    same = replace(claim, comparator=Concept(name="larger biopsy needle", synonyms=("larger needle",)))
    other = replace(claim, comparator=Concept(name="smaller coaxial introducer", synonyms=("smaller introducer",)))
    assert not _graded_opposites(same) and not _graded_opposites(other)
