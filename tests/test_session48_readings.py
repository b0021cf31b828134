"""Session 48's readings (LINKER_RELEASE 2026.12.114-), each on the record it was written from, with a control that the
change is what decides.

- The journal's level-of-evidence lines ("Therapeutic Level III.", "See Instructions for Authors for a complete
  description of levels of evidence.") are trailers, not the abstract's conclusion (held-out set fresh96, claim C969,
  "Condyle-matched osteochondral allografts give better results than unmatched grafts": both reviewers eligible, the
  project read the two lines as the conclusion and excluded the study as not about the therapy when the set was scored).
- A title that compares what followed the therapy ("Weight-Bearing Compared with Non-Weight-Bearing Following
  Osteochondral Autograft Transfer") gives the therapy to every arm. Its exclusion had rested on the same trailer lines.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.direction_rules import is_trailer
from pipeline.claims.eligibility import _title_compares_aftercare
from pipeline.models import AbstractSection, Article
from tests.eligibility_helpers import assess_as_linked

EVAL = Path(__file__).resolve().parents[1] / "data/eval"
CONDYLE_MATCHED = {c.id: c for c in load_catalog(EVAL / "fresh96/claims.yaml")}["C969"]
OAT = {c.id: c for c in load_catalog(EVAL / "fresh2/claims.yaml")}["C91"]

# 28976425 (workshop corpus), as PubMed gives it: one unlabelled block whose sections run together, the journal's two
# lines at its end
_TEXT = ("Condyle-specific matching for osteochondral allograft transplantation (OCA) pairs donor and recipient "
     "condyles in an attempt to minimize articular incongruity. While the majority of cartilage defects are "
     "located on the medial femoral condyle, lateral femoral condyles are more commonly available as a graft "
     "source. The purpose of this study was to compare the clinical outcomes of patients treated with non-"
     "orthotopic (lateral-to-medial condyle or medial-to-lateral condyle) OCA with those treated with traditional "
     "orthotopic (medial-to-medial condyle or lateral-to-lateral condyle) OCA. We hypothesized that clinical "
     "outcomes would be similar between groups at midterm follow-up.A retrospective review of prospectively "
     "collected data on patients treated with OCA from 2000 to 2014 was conducted. Seventy-seven patients with a "
     "full-thickness cartilage defect of a femoral condyle were treated with either orthotopic (n = 50) or non-"
     "orthotopic (n = 27) OCA. A minimum follow-up of 2 years was required for analysis. Patients in each group "
     "were matched according to sex, age, and total chondral defect size. Reoperations and patient responses to "
     "validated outcome measures were reviewed. Failure was defined as any revision cartilage procedure or "
     "conversion to knee arthroplasty.The mean duration of follow-up was 4.0 years (range, 2 to 16 years). The "
     "orthotopic and non-orthotopic OCA groups were comparable in terms of demographics, the mean number of prior "
     "ipsilateral knee operations, and the percentage of concomitant procedures at baseline. Reoperation (p = "
     "0.427) and failure (p = 0.917) rates did not differ significantly between groups. Both groups demonstrated "
     "significant increases in the Short Form-36 (SF-36) physical functioning and pain, International Knee "
     "Documentation Committee (IKDC), and Knee Outcome Survey-Activities of Daily Living (KOS-ADL) scores compared"
     " with baseline (p < 0.004). Outcome scores (baseline and postoperative) and change scores did not differ "
     "significantly between groups.Clinical outcomes do not differ between patients treated with orthotopic OCA "
     "and those treated with non-orthotopic OCA, suggesting that condyle-specific matching may not be "
     "necessary.Therapeutic Level III. See Instructions for Authors for a complete description of levels of "
     "evidence.")
CONDYLE_SPECIFIC = Article(
    pmid=28976425,
    title="Condyle-Specific Matching Does Not Improve Midterm Clinical Outcomes of Osteochondral Allograft "
          "Transplantation in the Knee",
    abstract=_TEXT, abstract_sections=[AbstractSection(label=None, nlm_category=None, text=_TEXT)],
    publication_types=[])


def test_the_journals_level_of_evidence_lines_are_trailers():
    assert is_trailer("Therapeutic Level III.")
    assert is_trailer("Prognostic Level II.")
    assert is_trailer("See Instructions for Authors for a complete description of levels of evidence.")
    # (a sentence about therapeutic levels of a drug is no trailer)
    assert not is_trailer("Therapeutic levels of vancomycin were reached in all patients.")
    assert not is_trailer("See the results for the second group below.")


def test_a_head_to_head_study_is_read_by_its_conclusion_not_the_journals_lines():
    e, d = assess_as_linked(CONDYLE_MATCHED, CONDYLE_SPECIFIC, "cohort", is_human=True, species=("human",))
    assert e.eligible, e
    assert d.direction == "no_effect", d
    assert "Clinical outcomes do not differ" in (d.sentence or ""), d
    # control: with the journal's lines spelled so that no trailer reading knows them, they are read as the conclusion
    # and the study is not about the comparison
    other = _TEXT.replace("Therapeutic Level III. See Instructions for Authors for a complete description of levels of "
                          "evidence.", "Treatment Grade Three. Consult the guidance for writers on grades of proof.")
    assert other != _TEXT
    changed = Article(pmid=28976425, title=CONDYLE_SPECIFIC.title, abstract=other,
                      abstract_sections=[AbstractSection(label=None, nlm_category=None, text=other)], publication_types=[])
    e2, d2 = assess_as_linked(CONDYLE_MATCHED, changed, "cohort", is_human=True, species=("human",))
    assert not e2.eligible, e2


AFTERCARE = ("Weight-Bearing Compared with Non-Weight-Bearing Following Osteochondral Autograft Transfer for Small "
             "Defects in Weight-Bearing Areas in the Femoral Articular Cartilage of the Knee")


def test_a_title_comparing_what_followed_the_therapy_gives_it_to_every_arm():
    assert _title_compares_aftercare(OAT, AFTERCARE, {}) == "Weight-Bearing Compared with Non-Weight-Bearing"
    # controls: the therapy on one side of the comparison is what the arms differ by; a side that names a control may
    # be the arm without it; a therapy named only before the comparison is not what followed
    assert _title_compares_aftercare(
        OAT, "Osteochondral Autograft Transfer Compared with Microfracture Following Failed Debridement", {}) is None
    assert _title_compares_aftercare(
        OAT, "Knee Function Compared with Healthy Controls Following Osteochondral Autograft Transfer", {}) is None
    assert _title_compares_aftercare(
        OAT, "Osteochondral Autograft Transfer: Weight-Bearing Compared with Non-Weight-Bearing", {}) is None
