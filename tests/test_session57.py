"""Session 57's readings, on the records' own text (issue 17): a study that calls itself a case-control study is one,
not the case report that "This case-control study ..." made of it (EXTRACTOR_RELEASE 2026.12.36), and a claim of one
grade of a thing against its opposite grade ("larger biopsy needles" against "smaller") is tested by a study that
reports a tested relation on the therapy named by its grade, whether or not it names the other grades (LINKER_RELEASE
2026.12.137). Claims of data/eval/fresh148 and fresh103 (scored before these rules existed; development data since)."""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import assess_as_linked, rows_article
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.models import Concept
from pipeline.nlp.design import DesignKind, classify_design, stated_design
from pipeline.nlp.population import extract_population
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
    return rows_article(24352861, _TITLE, sections, ("Journal Article", "Multicenter Study"))


def test_a_study_calling_itself_case_control_is_not_a_case_report():
    """24352861 for C1277 (both reviewers eligible): the design rules' single-case cue "this case" matched "This
    case-control study", and the case report was then excluded as "putting the embolism down to another cause"."""
    article = _biopsy()
    assert stated_design(article) is DesignKind.CASE_CONTROL
    ev = extract_evidence(article, use_metadata=True, probs=_UNSURE)
    assert ev.design == "case_control", (ev.design, ev.design_reason)
    # since session 59 the single-case cue itself stops before "-control" (or " control"), so the rules read the
    # study as case-control before the classifier, not a case report mended after it
    spaced = _biopsy([(lab, cat, text.replace("case-control", "case control")) for lab, cat, text in _LUNG_BIOPSY])
    for a in (article, spaced):
        assert classify_design(a, extract_population(a)).design == "case_control"
        ev = extract_evidence(a, use_metadata=False)
        assert ev.design == "case_control", (ev.design, ev.design_reason)


def test_a_case_report_stays_one():
    # "this case" of a single patient, and a report that only cites a case-control study, are not the study's design
    from pipeline.models import Article

    case = Article(pmid=1, title="Air embolism after lung biopsy: a case report",
                   abstract="We report a 67-year-old man who developed cerebral air embolism after CT-guided lung biopsy. "
                            "This case shows that the complication can occur with a small needle. A previous "
                            "case-control study had found larger needles to be a risk factor.")
    assert stated_design(case) is not DesignKind.CASE_CONTROL
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


FRESH155 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh155" / "claims.yaml")}

_CLOFAZIMINE = [
    ("BACKGROUND", "BACKGROUND", "Hepatocellular carcinoma is highly refractory to most chemotherapeutic agents. Clofazimine, "
                                 "a riminophenazine compound used to treat leprosy since 1962, inhibits various cancer cell "
                                 "lines, including hepatocellular carcinoma cell lines, via phospholipase A2 dependant "
                                 "processes. Clofazimine also inhibits p170-glycoprotein, the mdr1 gene product."),
    ("PATIENTS AND METHODS", "METHODS", "Thirty patients (26 males and four females) with unresectable (25) or metastatic "
                                        "(5) hepatocellular carcinoma received oral clofazimine 600 mg daily for two weeks, "
                                        "followed by 400 mg daily until progression or death."),
    ("RESULTS", "RESULTS", "There were three responses (10%)--one of a soft tissue metastasis, and two of local disease, with "
                           "13 patients disease stabilizing for up to 20 months. The overall median survival was 13 weeks. "
                           "Adverse events included hyperpigmentation, eczematous skin rashes and palpitations."),
    ("CONCLUSIONS", "CONCLUSIONS", "Although only three patients had an objective response (10%), the 13 patients with "
                                   "stable disease for up to 20 months, and an overall median survival of 13 weeks, suggest "
                                   "that clofazimine, or other riminophenazine compounds may prove to be of value in "
                                   "hepatocellular carcinoma."),
]


def _clofazimine(sections=_CLOFAZIMINE):
    return rows_article(9553669, "A phase II study of oral clofazimine in unresectable and metastatic hepatocellular "
                        "carcinoma.", sections)


def test_a_harm_listed_among_the_treated_patients_adverse_events_is_the_studys_result_on_it():
    """9553669 for C1323 (oral clofazimine causes skin hyperpigmentation; both reviewers eligible): the conclusion speaks
    of response and survival; before session 57 "the finding is not about skin hyperpigmentation" excluded the trial as
    other_condition."""
    from pipeline.claims.direction import read_claim_direction

    d = read_claim_direction(FRESH155["C1323"], _clofazimine())
    assert not d.not_about and d.not_about_kind is None, d
    assert d.sentence.startswith("Adverse events included hyperpigmentation")
    el, _ = assess_as_linked(FRESH155["C1323"], _clofazimine(), "non_randomized_trial", is_human=True)
    assert el.eligible, el


def test_an_adverse_event_word_without_the_condition_or_for_a_claim_of_benefit_is_no_result_on_it():
    from pipeline.claims.direction import read_claim_direction
    from pipeline.claims.models import Polarity

    # the adverse events named without the claim's condition: still not about it
    other = [(lab, cat, text.replace("hyperpigmentation, eczematous skin rashes and palpitations", "palpitations"))
             for lab, cat, text in _CLOFAZIMINE]
    assert "not about" in read_claim_direction(FRESH155["C1323"], _clofazimine(other)).not_about
    # a claim that the therapy helps the condition is not answered by a list of harms
    benefit = replace(FRESH155["C1323"], polarity=Polarity.BENEFIT)
    assert "not about" in read_claim_direction(benefit, _clofazimine()).not_about


FRESH156 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh156" / "claims.yaml")}

_DOGS = ("In 4 dogs injected intravenously (i.v.) with 125I labeled fibrinogen, 51Cr labeled platelets and 99mTc labeled "
         "albumin, and subjected to successively increasing amounts of i.v. infused monomethylmethacrylate, doses "
         "corresponding to the amounts released into the blood stream following implantation of acrylic cement during "
         "total hip replacements did not affect the clotting mechanism, did not cause trapping of platelets and fibrin "
         "in the lungs, did not generate fat emboli, and did not cause depression of the arterial oxygen tension or blood "
         "pressure. Monomethylmethacrylate in whole blood was associated with both blood cells and plasma.")
_DOGS_TITLE = ("Effects of graded infusions of monomethylmethacrylate on coagulation, blood lipids, respiration and "
               "circulation. An experimental study in dogs.")


def test_a_short_abstract_saying_what_did_not_happen_states_a_result():
    """168 for C1329 (the monomer causes fat embolism and low arterial oxygen in dogs; both reviewers eligible, no
    effect): two sentences and no number, excluded before session 57 as "the abstract states no result"."""
    from eligibility_helpers import one_block_article

    el, _ = assess_as_linked(FRESH156["C1329"], one_block_article(168, _DOGS_TITLE, _DOGS), "animal_study",
                             is_animal=True, species=("dog",))
    assert "states no result" not in el.why, el
    # the same two sentences with the results taken out say nothing happened or did not: still no result
    bare = _DOGS.split(" doses corresponding")[0] + ". Monomethylmethacrylate in whole blood was associated with both " \
                                                   "blood cells and plasma."
    el, _ = assess_as_linked(FRESH156["C1329"], one_block_article(168, _DOGS_TITLE, bare), "animal_study",
                             is_animal=True, species=("dog",))
    assert not el.eligible and "states no result" in el.why, el


def test_what_a_comparison_indicates_is_not_a_second_arm():
    """26116785 for C1330 (a mature against a pro-cathepsin L1 vaccine in mice; both reviewers eligible): the side after
    "compared to" ran on into ", indicating that rmatFgCatL1-vaccinated mice had reduced liver parenchyma damage", so
    the therapy seemed to be in both arms ("the finding compares arms that all received ..."; before session 57)."""
    from pipeline.claims.aboutness import _in_every_arm

    therapy = FRESH156["C1330"].therapy
    sentence = ("The levels of serum aspartate aminotransferase (AST) and alanine transaminase (ALT) in "
                "rmatFgCatL1-immunized group showed a significant decrease when compared to rproFgCatL1-immunized group, "
                "indicating that rmatFgCatL1-vaccinated mice had reduced liver parenchyma damage.")
    assert not _in_every_arm(therapy, sentence, {})
    # the mature vaccine named on both sides of the comparison itself is still in every arm
    both = sentence.replace("compared to rproFgCatL1-immunized group", "compared to the rmatFgCatL1 plus adjuvant group")
    assert _in_every_arm(therapy, both, {})
