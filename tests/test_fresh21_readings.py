"""Readings from fresh21's errors (session 22), on the records' own sentences (workshop corpus, as PubMed has them).

* 26702162 (C244, "aortic valve replacement improves left ventricular function"; both blind reviewers: an eligible
  before-after series): its conclusion's second sentence compares patients who had AVR alone with those who had AVR
  with bypass grafting, all of whom got the therapy, and that read the whole finding as comparing "arms that all
  received" it (cointervention_only). A single-arm series' subgroups are not a trial's arms.
* 24487043 (C241, "fibrin glue improves the fixation of cartilage scaffolds"; both: eligible): a laboratory study whose
  title names the therapy beside a scaffold read as comparing "scaffolds or preparations of fibrin glue; no arm without
  it", though the abstract says the glue was added to the press-fit implants it compares ("the role of added fibrin
  glue", "with the addition of fibrin glue").
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _therapy_added
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

FRESH21 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh21" / "claims.yaml")}


_assess = assess_as_linked


AVR = Article(
    pmid=26702162, title="Improvement in left ventricular function assessed by tissue Doppler imaging after aortic valve "
    "replacement for severe aortic stenosis.", abstract=(
        "INTRODUCTION: The effects of reduction of left ventricular (LV) systemic afterload following aortic valve "
        "replacement (AVR) for severe aortic valve stenosis (AS) were investigated, using echocardiography and tissue "
        "Doppler imaging (TDI). METHODS: We compared the preoperative and postoperative echocardiographic assessments of 23 "
        "patients with severe AS who had undergone isolated AVR (n = 13) or concomitant AVR with coronary artery bypass "
        "grafting (CABG) (n = 10). RESULTS: There was significant reduction in aortic transvalvular mean pressure gradient "
        "after AVR. Although LV dimensions, mass and ejection fraction remained unchanged, LV diastolic and systolic "
        "functions improved (as observed on TDI). CONCLUSION: TDI was able to detect improvements in LV systolic and "
        "diastolic function after AVR for severe AS. There was less improvement in the TDI-derived diastolic parameters "
        "among patients who underwent concomitant AVR with CABG than among patients who underwent isolated AVR."))


def test_a_single_arm_series_subgroups_are_not_a_trials_arms():
    e, d = _assess(FRESH21["C244"], AVR, "other", is_human=True)
    assert "all received" in (d.not_about or ""), d  # the finding's reading is unchanged
    assert e.eligible and "uncontrolled" in e.why, e
    # two arms the arms reader sees (a control group) keep the reading: every arm got the therapy
    trial = Article(pmid=1, title=AVR.title, abstract=AVR.abstract.replace(
        "We compared the preoperative and postoperative echocardiographic assessments of 23 patients",
        "We compared a control group of 10 patients with 23 patients"))
    assert not _assess(FRESH21["C244"], trial, "other", is_human=True)[0].eligible


GLUE_TITLE = ("Fibrin glue improves osteochondral scaffold fixation: study on the human cadaveric knee exposed to continuous "
              "passive motion")
GLUE = ("To evaluate stability and integrity of bi-layer and three-layer collagen-hydroxyapatite (C-HA) osteochondral "
        "scaffolds in a human cadaveric knee exposed to continuous passive motion (CPM) with and without loading and the "
        "role of added fibrin glue to improve the press-fit fixation of C-HA scaffolds. A total of 24 bi-layer or "
        "three-layer C-HA scaffolds were first press-fit implanted and underwent testing with CPM. The second set of 24 "
        "scaffolds was implanted in cleaned lesions with the addition of fibrin glue. A statistically significant "
        "difference was obtained between press-fit and fibrin glue implants with both Drobnic (2.9 ± 0.7 vs 4.3 ± 0.1, "
        "P < 0.0005) and Bekkers scores. This cadaveric study showed fibrin glue notably improved bi-layer or three-layer "
        "C-HA scaffold press-fit fixation regardless of lesion location.")


def test_the_therapy_added_to_a_laboratory_studys_implants_has_an_arm_without_it():
    claim = FRESH21["C241"]
    assert _therapy_added(claim, GLUE, {})
    assert not _therapy_added(claim, "Scaffolds were fixed with fibrin glue in every defect.", {})
    e, _ = _assess(claim, Article(pmid=24487043, title=GLUE_TITLE, abstract=GLUE), "in_vitro", is_in_vitro=True)
    assert e.eligible, e
    # without the words that say it was added, the study reads as comparing scaffolds that all got the glue
    every = GLUE.replace("the role of added fibrin glue", "the role of fibrin glue").replace(
        " with the addition of fibrin glue", " with fibrin glue").replace("between press-fit and fibrin glue implants",
                                                                         "between the bi-layer and three-layer implants")
    assert not _assess(claim, Article(pmid=2, title=GLUE_TITLE, abstract=every), "in_vitro", is_in_vitro=True)[0].eligible
