"""A reading of session 32 (written while fresh47 was under review; its score did not use it), on the records' own text
(workshop corpus, as PubMed has them).

The titles of studies of a harm that say the harm arose after the exposure are read as the study's finding, for any
design, not only for a case report (fresh30 C338 and fresh34 C387's pairs, each counted by both of their reviewers):

* 30312855 (fresh30 C338, "lung needle biopsy can cause systemic air embolism"), "Asymptomatic systemic air embolism
  after CT-guided percutaneous transthoracic needle biopsy": 1,014 biopsies reviewed, nine embolisms; its conclusion
  is about risk factors among the biopsied ("The location of the needle tip ..."), and it was read as "the finding is
  not about lung needle biopsy".
* 26432138 (fresh34 C387, "cataract surgery can cause eye infections"), "Massilia timonae as cause of chronic
  endophthalmitis following cataract surgery", labelled in vitro by the design reader (the bacterium was cultured).
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, sectioned_article

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import AbstractSection

FRESH30 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh30" / "claims.yaml")}
FRESH34 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh34" / "claims.yaml")}

BIOPSY_SECTIONS = [
    AbstractSection("PURPOSE", "OBJECTIVE",
                    "We presented details and incidence of systemic arterial embolism (SAE) following a CT-guided "
                    "percutaneous transthoracic needle biopsy (PTNB) and evaluated risk factors for SAEs."),
    AbstractSection("METHODS", "METHODS",
                    "We retrospectively evaluated 1014 PTNBs performed in our hospital from 2005 to 2017. SAE was "
                    "identified in the pulmonary vein, left heart, coronary artery, and aorta by reviewing post-biopsy CT "
                    "images. Limited post-biopsy CT scans only covering the region biopsied were available until the "
                    "first case of SAE was identified (n = 503). Then, the entire thorax was scanned for further "
                    "examination of SAE (n = 511). Eighteen-gauge automatic cutting needles were used in all procedures. "
                    "When SAE was evident on post-biopsy CT, subsequent brain CT was performed in order to confirm the "
                    "cerebral SAE."),
    AbstractSection("RESULTS", "RESULTS",
                    "Nine patients (0.89%) developed SAEs. In the univariate analyses, the location of the needle tip "
                    "relative to the lesion (outside or inside of the lesion) as well as accompanying pulmonary "
                    "hemorrhage were significant risk factors for SAEs (P = 0.021 and 0.036, respectively). Two patients "
                    "developed neurological symptoms with cerebral SAEs, and one of these had sequelae. In seven "
                    "asymptomatic SAEs with no cerebral SAE, four patients were retrospectively-diagnosed cases and three "
                    "patients were detected on post-biopsy CT images. All seven of these patients had no sequelae."),
    AbstractSection("CONCLUSION", "CONCLUSIONS",
                    "The incidence of SAE was higher than expected, due to radiologically detected asymptomatic SAEs. The "
                    "location of the needle tip relative to the lesion and accompanying pulmonary hemorrhage were "
                    "significant risk factors for the occurrence of SAEs. We proposed a guideline for treating "
                    "asymptomatic SAEs.")]
BIOPSY = sectioned_article(
    30312855, "Asymptomatic systemic air embolism after CT-guided percutaneous transthoracic needle biopsy.",
    BIOPSY_SECTIONS)

MASSILIA = sectioned_article(
    26432138, "Massilia timonae as cause of chronic endophthalmitis following cataract surgery.",
    [AbstractSection("UNLABELLED", None,
                     "This is the first report of chronic postoperative endophthalmitis caused by Massilia timonae. The "
                     "gram-negative bacillus was isolated from a patient who developed chronic endophthalmitis after "
                     "cataract extraction. The microorganism was cultured on brain-heart infusion broth and identified "
                     "using the 16S rRNA sequence analysis. Massilia timonae is a new bacterium implicated in "
                     "postoperative chronic endophthalmitis. Eubacterial polymerase chain reaction was useful in "
                     "identifying M timonae because phenotyping testing and conventional algorithms could not identify "
                     "it.")])


def test_a_series_title_saying_the_harm_arose_after_the_exposure_is_its_finding():
    e, _ = assess_as_linked(FRESH30["C338"], BIOPSY, "cohort", is_human=True)
    assert e.eligible, e
    assert e.why == "the title says systemic air embolism arose from lung needle biopsy", e


def test_so_is_a_title_naming_the_harm_following_the_exposure_whatever_the_design_label():
    e, _ = assess_as_linked(FRESH34["C387"], MASSILIA, "in_vitro", is_in_vitro=True)
    assert e.eligible, e


def test_a_title_that_names_the_harm_and_the_exposure_without_relating_them_is_no_finding():
    plain = sectioned_article(1, "Systemic air embolism and CT-guided percutaneous transthoracic needle biopsy: a review "
                                 "of risk factors.", BIOPSY_SECTIONS)
    e, _ = assess_as_linked(FRESH30["C338"], plain, "cohort", is_human=True)
    assert not e.eligible, e
