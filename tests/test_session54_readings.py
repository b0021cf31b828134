"""Session 54's reading, from the held-out family "an outcome the results report but the conclusion does not name".

LINKER_RELEASE 2026.12.127 (fresh143 C1249, after its set was scored; the development pairs excluded as "the finding is
not about the condition"): when the conclusion speaks of other outcomes, a results sentence that names the claim's
condition and reports a tested comparison on it (data/lexicons/direction_cues.yaml outcome_tested: a p-value,
"significantly", "than", "compared with", "no difference", "similar") is the study's finding on the condition. Its
direction stays unclear: which arm did better is not read from a sentence that names the arms by their letters.

LINKER_RELEASE 2026.12.128 (fresh128 C1161, development data): a record with no conclusion section has its last
sentences read as the conclusion; its administrative sections (a financial disclosure, funding, registration; data/
lexicons/direction_cues.yaml administrative_labels) are set aside first, so "Dr. Scott is a consultant to Abbott Medical
Optics, Inc." is no finding.
"""

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.not_about import NotAboutKind
from pipeline.models import AbstractSection

from eligibility_helpers import sectioned_article, sections_direction

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
C1249 = {c.id: c for c in load_catalog(EVAL / "fresh143/claims.yaml")}["C1249"]

# 26702207 (workshop corpus): its title and structured abstract, as PubMed gives them
_TITLE = ("Effect of buprenorphine as an adjunct with plain local anesthetic solution in supraclavicular brachial plexus "
          "block on quality and duration of postoperative analgesia.")
_MOTOR = ("The mean duration motor block was significantly longer in Group B (4.93 ± 0.94 h) than in Group C "
          "(2.25 ± 0.62 h) [P < 0.05].")
_RESULTS = ("The mean duration of postoperative analgesia was significantly longer in Group B (16.04 ± 3.19 h) than in "
            "Group C (6.20 ± 0.74 h). There was no difference between two groups on mean onset of sensory block. "
            + _MOTOR + " The mean duration of sensory block was also significantly longer in Group B (5.71 ± 0.94 h) "
            "than in Group C (4.94 ± 0.70 h) with P < 0.05.")
_SECTIONS = [
    ("BACKGROUND AND AIMS", "BACKGROUND", "Supraclavicular brachial plexus block is ideal for upper limb surgical "
     "procedures. Buprenorphine, an agonist antagonist opioid has been used as an adjunct to prolong analgesia. We aimed "
     "to evaluate the quality and duration of postoperative analgesia by addition of buprenorphine to local anesthetic "
     "solution."),
    ("MATERIAL AND METHODS", "METHODS", "A prospective, randomized, double-blind control study was conducted on 50 "
     "healthy patients of ASA Grade I/II of age group 20-70 years scheduled for orthopedic and reconstructive surgery of "
     "upper limb under supraclavicular brachial plexus block. Patients were allocated into two groups, 25 in each group "
     "viz.: Group B (buprenorphine group) received 20 ml 0.5% bupivacaine + 15 ml 2% lignocaine with adrenaline "
     "(1:200,000) + 4 ml normal saline + 1500 units hyaluronidase + 3 μg/kg buprenorphine diluted to 1 ml normal saline. "
     "Group C (control group) received 20 ml 0.5% bupivacaine + 15 ml 2% lignocaine with adrenaline (1:200,000) + 4 ml "
     "normal saline + 1500 units hyaluronidase + 1 ml normal saline. The parameters observed were onset and duration of "
     "sensory and motor block, quality and duration of analgesia and side-effects."),
    ("RESULTS", "RESULTS", _RESULTS),
    ("CONCLUSION", "CONCLUSIONS", "Addition of 3 μg/kg buprenorphine to 0.5% bupivacaine for supraclavicular brachial "
     "plexus block prolonged duration of postoperative analgesia and sensory blockade without an increase in side "
     "effects."),
]


def _direction(sections):
    return sections_direction(C1249, 26702207, _TITLE, sections)


def test_a_tested_result_on_the_condition_makes_the_finding_about_it():
    d = _direction(_SECTIONS)
    assert (d.direction, d.sentence, d.not_about, d.not_about_kind) == ("unclear", _MOTOR, "", None), d
    assert "result on the condition" in d.cues


def _results(text):
    return [(lab, cat, text if lab == "RESULTS" else t) for lab, cat, t in _SECTIONS]


def test_without_that_result_the_finding_is_not_about_the_condition():
    d = _direction(_results(_RESULTS.replace(_MOTOR + " ", "")))
    assert d.not_about_kind is NotAboutKind.CONDITION, d


def test_a_condition_named_without_a_test_is_no_finding_on_it():
    # the same result said with no test, no comparison: "other than" and "clinically significant" are none either
    for said in ("Motor block lasted 4.93 h in Group B.",
                 "Other than one patient with a prolonged motor block, no complications were seen.",
                 "No clinically significant motor block was reported."):
        d = _direction(_results(_RESULTS.replace(_MOTOR, said)))
        assert d.not_about_kind is NotAboutKind.CONDITION, (said, d)


# 26432136 (workshop corpus): a two-case report with one unlabelled paragraph and the journal's disclosure section
_TORIC_TEXT = ("We describe 2 cases in which a spontaneously rotated toric intraocular lens (IOL) was fixated and "
               "stabilized using the femtosecond laser to create a primary posterior capsulotomy for posterior optic "
               "capture. We also review the literature on previous techniques that have been used to prevent or "
               "stabilize recurrent toric IOL rotation. The design of toric IOLs must be evaluated further to determine "
               "the risk for rotation in myopic eyes.")
_DISCLOSURE = ("Dr. Scott is a consultant to Abbott Medical Optics, Inc. Neither author has a financial or proprietary "
               "interest in any material or method mentioned.")


def test_a_disclosure_section_is_never_the_conclusion():
    from pipeline.claims.direction_rules import conclusion_and_results

    title = "Femtosecond laser-assisted primary posterior capsulotomy for toric intraocular lens fixation and stabilization."
    own = AbstractSection(label="UNLABELLED", nlm_category=None, text=_TORIC_TEXT)
    disclosed = sectioned_article(26432136, title, [
        own, AbstractSection(label="FINANCIAL DISCLOSURE", nlm_category="BACKGROUND", text=_DISCLOSURE)])
    concl, _ = conclusion_and_results(disclosed)
    assert concl == ["We also review the literature on previous techniques that have been used to prevent or "
                     "stabilize recurrent toric IOL rotation.",
                     "The design of toric IOLs must be evaluated further to determine the risk for rotation in myopic "
                     "eyes."], concl
    # control: the record without the section reads the same; a section of the study's own is still read
    assert conclusion_and_results(sectioned_article(26432136, title, [own]))[0] == concl
    other = sectioned_article(26432136, title, [
        own, AbstractSection(label="CLINICAL RELEVANCE", nlm_category=None, text="Capture stopped the lens rotating.")])
    assert conclusion_and_results(other)[0][-1].endswith("Capture stopped the lens rotating.")
    # a label as the journal capitalises it ("Trial registration: ...") is set aside the same way
    registered = sectioned_article(26432136, title, [
        own, AbstractSection(label="Trial registration", nlm_category=None, text="NCT01234567. Registered 2014.")])
    assert conclusion_and_results(registered)[0] == concl


# 26702391 (workshop corpus): a retrospective cohort's one-block abstract, as PubMed gives it
_DILI_TITLE = ("Causes, clinical features and outcomes of drug-induced liver injury in hospitalized patients in a Chinese "
               "tertiary care hospital.")
_DILI = ("Drug-induced liver injury (DILI) is an important liver disease in China, owing to the country's huge population "
         "and the availability of a multitude of drugs. Consequently, DILI is becoming an increasingly serious health "
         "problem. However, there is not enough relevant epidemiological data, and the clinical features of these patients "
         "are not clear. We conducted this study to report the causes and clinical features of DILI in hospitalized "
         "patients, and identify the mortality and predictive factors. We retrospectively collected and analyzed the data "
         "of all hospitalized patients whose discharge diagnosis was DILI at the Second Xiangya Hospital between January "
         "2011 and December 2014. The data analyses were performed using SAS version 9.2. Among the 469 patients who were "
         "diagnosed with DILI at discharge, 361 met the criteria for DILI on re-evaluation. The crude annual incidence rate "
         "of DILI was 92.95 cases per 100,000 patients. Chinese herbal medicine was identified as the primary cause of DILI "
         "in 36.01 % of the patients. The overall mortality was 8.59 %. Alcohol consumption, use of antituberculosis drugs, "
         "serum total bilirubin, direct bilirubin, total protein, albumin, thrombinogen time, international normalized "
         "ratio, and the model for end-stage liver disease (MELD) score were significantly correlated with DILI-associated "
         "mortality. Among them, the MELD score and albumin were found to be independent predictors of outcome in patients "
         "with DILI. Chinese herbal medicine was the primary cause of DILI in the identified patients. The MELD score and "
         "albumin were independent predictors of outcome in patients with DILI.")


def test_a_harm_claims_exposure_correlated_with_the_condition_is_what_the_study_tests():
    # fresh145 C1262 (after its set was scored): "Alcohol consumption ... were significantly correlated with
    # DILI-associated mortality" names the exposure with the study's own estimate, as "were associated with" does
    from eligibility_helpers import one_block_article
    from pipeline.claims.linker import LINK_THRESHOLD, assess

    c1262 = {c.id: c for c in load_catalog(EVAL / "fresh145/claims.yaml")}["C1262"]
    r = assess(c1262, one_block_article(26702391, _DILI_TITLE, _DILI))
    assert r.relevance >= LINK_THRESHOLD, r
    assert any("as the intervention" in x for x in r.reasons), r.reasons
    # control: the same sentence without the estimate names alcohol only as a variable the study looked at
    plain = _DILI.replace("were significantly correlated with DILI-associated mortality",
                          "were recorded for every patient")
    r = assess(c1262, one_block_article(26702391, _DILI_TITLE, plain))
    assert r.relevance < LINK_THRESHOLD, r


# 25998582 (SUSPEND; workshop corpus): its findings' null between the two active arms
_SUSPEND = ("No difference was noted between active treatment and placebo (p=0·78), or between tamsulosin and nifedipine "
            "(p=0·77).")


def test_no_difference_between_the_therapy_and_the_comparator_supports_an_equivalence_claim():
    # fresh145 C1260 (after its set was scored): "Nifedipine is as effective as tamsulosin"; the conclusion says both
    # drugs failed against placebo, and the link read "no finding against tamsulosin" (Very low where both reviewers say
    # Moderate)
    from pipeline.claims.comparison_findings import against_comparator
    from pipeline.claims.head_to_head import read_versus

    c1260 = {c.id: c for c in load_catalog(EVAL / "fresh145/claims.yaml")}["C1260"]
    v = read_versus(c1260, [_SUSPEND])
    assert v is not None and (v.finding, v.sentence) == ("supports", _SUSPEND)
    assert against_comparator(c1260, None, "supports", None, [_SUSPEND])[0] == "supports"
    assert against_comparator(c1260, None, "supports", None, [])[0] == "unclear"  # control: nothing stated
    # control: a null against another arm says nothing of the comparator
    assert read_versus(c1260, ["No difference was noted between nifedipine and placebo (p=0·88)."]) is None
    # for a claim that the therapy does better, the same null is no effect (fresh139 C1224's claim, its drugs' names)
    c1224 = {c.id: c for c in load_catalog(EVAL / "fresh139/claims.yaml")}["C1224"]
    v = read_versus(c1224, ["There was no significant difference between budesonide maintenance therapy and as-needed "
                            "budesonide-formoterol in severe exacerbations."])
    assert v is not None and v.finding == "no_effect"
