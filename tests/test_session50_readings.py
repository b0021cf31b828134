"""Session 50's readings, each from a held-out claim's error after its set was scored, on the records' own sentences.

- LINKER_RELEASE 2026.12.120 (fresh119 C1108): an uncontrolled series whose title gives the therapy "combined with"
  another treatment ("distraction arthroplasty plus lateral meniscal allograft transplantation combined with cartilage
  repair") does not isolate the therapy: every patient had both (cointervention_only), as both reviewers read it.
"""

from pathlib import Path

from pipeline.claims.catalog import load_catalog

from eligibility_helpers import assess_as_linked, one_block_article

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
DISTRACTION = {c.id: c for c in load_catalog(EVAL / "fresh119/claims.yaml")}["C1108"]

# 35165755 (workshop corpus), shortened
_TITLE = ("Patients with advanced lateral osteoarthritis can return to sports and work after distraction arthroplasty "
          "plus lateral meniscal allograft transplantation combined with cartilage repair")
_TEXT = (
    "Purpose This study aimed to report return to sports (RTS) and return to work (RTW) outcomes after distraction "
    "arthroplasty (DA) plus lateral meniscal allograft transplantation (MAT) combined with cartilage repair in active "
    "patients with advanced osteoarthritis. Methods In total, 21 patients with advanced osteoarthritis (moderate to "
    "severe joint space narrowing at lateral edge on Rosenberg view and large cartilage defect of lateral femoral "
    "condyle) who underwent concomitant DA and MAT were retrospectively reviewed. Results All improvements in subjective "
    "scores were statistically significant (p < 0.001). All patients were able to return to any sports activity and "
    "work. Conclusion All patients who underwent distraction arthroplasty plus lateral MAT combined with cartilage "
    "repair returned to any sports and work at the last follow-up.")


def _assess(title: str, text: str = _TEXT, claim=DISTRACTION, design: str = "cohort"):
    return assess_as_linked(claim, one_block_article(35165755, title, text, ("Journal Article",)), design,
                            is_human=True, species=("human",))[0]


def test_a_series_titled_therapy_combined_with_another_treatment_does_not_isolate_it():
    # the extract stage reads the record as a cohort (a retrospective review of one treated group)
    for design in ("cohort", "case_series"):
        e = _assess(_TITLE, design=design)
        assert not e.eligible and e.reason == "cointervention_only", (design, e)
        assert "combined with cartilage repair" in e.why


def test_the_same_series_without_the_partner_in_its_title_is_counted():
    # control: the title that gives the therapy alone (the abstract unchanged) is read as the series of the therapy
    title = _TITLE.replace(" combined with cartilage repair", "")
    assert _assess(title).eligible


def test_care_every_operation_has_is_no_cointervention():
    title = _TITLE.replace("combined with cartilage repair", "combined with early rehabilitation")
    assert _assess(title).eligible


def test_a_comparison_or_a_harm_claim_is_not_read_this_way():
    from dataclasses import replace

    from pipeline.claims.models import Polarity

    # a study that compares groups is not an uncontrolled series, however the arms reader reads its groups
    # (28848226, fresh119 C1103: "patients were divided into two groups: group A (...) and group B (...)", counted by
    # both reviewers; the rule's first form excluded it)
    for compared in (_TEXT.replace("were retrospectively reviewed.", "were retrospectively compared with a control "
                                                                    "group of 20 patients who had MAT alone."),
                     _TEXT.replace("were retrospectively reviewed.", "were divided into two groups: group A (DA plus "
                                                                    "MAT combined with cartilage repair) and group B "
                                                                    "(MAT combined with cartilage repair).")):
        e = _assess(_TITLE, compared)
        assert "nothing isolates it" not in (e.why or ""), e
    # a claim of harm's exposure is no treatment given with another
    harm = replace(DISTRACTION, polarity=Polarity.HARM)
    e = _assess(_TITLE, claim=harm)
    assert "combined with cartilage repair; nothing isolates it" not in (e.why or ""), e


# 28848226 (workshop corpus), its abstract in full but for the follow-up figures: two groups named by letter, which the
# arms reader does not read as arms
_TB_TITLE = ("Treatment of Lumbar Tuberculosis by Mini-Open Anterior Approach Focal Cleaning Combined with Posterior "
             "Internal Fixation.")
_TB_TEXT = (
    "BACKGROUND The aim of this study was to evaluate the efficiency and clinical outcomes of mini-open anterior approach "
    "focal cleaning combined with posterior internal fixation compared to conventional anterior extraperitoneal approach "
    "focal cleaning combined with posterior internal fixation in the treatment of lumbar tuberculosis (TB). MATERIAL AND "
    "METHODS Medical records from 124 patients were collected from February 2010 to April 2015; patients were divided "
    "into two groups: group A (mini-open anterior approach focal cleaning combined with posterior internal fixation) and "
    "group B (conventional anterior extraperitoneal approach focal cleaning combined with posterior internal fixation in "
    "period I). RESULTS All patients were followed-up for 12 to 36 months (average 22.5 months). Compared to group B, "
    "group A, which had less time on postoperative mechanical ventilation, had a higher VAS score. Both groups had "
    "distinct improvements in Cobb angle, ESR, and Frankel classification after surgery. CONCLUSIONS Treating lumbar TB "
    "by mini-open anterior approach focal cleaning combined with posterior internal fixation was safe and effective.")
MINIMALLY_INVASIVE = {c.id: c for c in load_catalog(EVAL / "fresh119/claims.yaml")}["C1103"]


def test_groups_named_by_letter_are_a_comparison_not_a_series():
    import re

    import pipeline.claims.eligibility as eligibility

    e = _assess(_TB_TITLE, _TB_TEXT, claim=MINIMALLY_INVASIVE)
    assert "nothing isolates it" not in (e.why or ""), e
    # the guard is what keeps it: without the named groups the title's "combined with" would exclude it
    saved = eligibility._GROUPS_NAMED
    try:
        eligibility._GROUPS_NAMED = re.compile(r"(?!x)x")
        e2 = _assess(_TB_TITLE, _TB_TEXT, claim=MINIMALLY_INVASIVE)
    finally:
        eligibility._GROUPS_NAMED = saved
    assert e2.reason == "cointervention_only" and "posterior internal fixation" in e2.why.lower(), e2
