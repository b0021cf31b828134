"""Session 49's reading (LINKER_RELEASE 2026.12.118), on the record it was written from, with controls that the change
is what decides.

- A randomisation that states how many groups and lists them after a colon ("were randomized into four groups: biphasic
  scaffold alone, scaffold with EPO, scaffold with BMAC and scaffold in combination with EPO and BMAC") has those arms,
  cut at the list's commas and its last "and" (held-out set fresh106, claim C1026, "Erythropoietin improves the healing
  of osteochondral defects": both reviewers eligible; the arms were not read and the study was excluded as giving
  erythropoietin only with bone marrow concentrate when the set was scored).
- The spine's operations (decompression, laminectomy, discectomy ...) are surgery in data/lexicons/arms.yaml: a series
  of "spinal canal decompression combined with local chemotherapy" gives the chemotherapy only with the operation
  (fresh105 C1019, read after it was scored; the project had counted the series both reviewers exclude).
- (LINKER_RELEASE 2026.12.119) A randomised trial of two treatments does not test a harm claim's exposure that every
  participant had (fresh110 C1052: the one grade above both reviewers in session 49's held-out sets). And a conclusion
  that credits the therapy only in combination ("the combination of EPO and BMAC leads to an enhanced osteochondral
  healing"), in a trial with an arm of the therapy without the other, gives the link no direction (fresh106 C1026, whose
  reviewers read erythropoietin alone as doing nothing).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.reading import read_article
from pipeline.nlp.arms import read_arms
from tests.eligibility_helpers import assess_as_linked, one_block_article

EVAL = Path(__file__).resolve().parents[1] / "data/eval"
ERYTHROPOIETIN = {c.id: c for c in load_catalog(EVAL / "fresh106/claims.yaml")}["C1026"]

# 24676029 (workshop corpus), as PubMed gives it: one unlabelled block whose sections run together
_EPO_TITLE = "The Role of Erythropoietin and Bone Marrow Concentrate in the Treatment of Osteochondral Defects in Mini-Pigs"
_EPO = ("All available treatment options for osteochondral and chondral defects do not restore hyaline cartilage and are "
        "limited to decreasing associated pain, and maintaining or improving joint function. The purpose of this study "
        "was to evaluate the potential of erythropoietin (EPO) in combination with bone marrow aspiration concentrate "
        "(BMAC) in the treatment of osteochondral defects of mini-pigs.14 Goettinger mini-pigs, in which a 6 × 10 mm "
        "osteochondral defect in the medial femoral condyle of both knee joints was created, were randomized into four "
        "groups: biphasic scaffold alone, scaffold with EPO, scaffold with BMAC and scaffold in combination with EPO and "
        "BMAC. After 26 weeks all animals were euthanized and histological slides were evaluated using a modified "
        "ÓDriscoll Score.In the therapy groups, areas of chondrogenic tissue that contained collagen II were present. "
        "Adding EPO (p = 0.245) or BMAC (p = 0.099) alone to the scaffold led to a non-significant increase in the score "
        "compared to the control group. However, the combination of EPO and BMAC in the implanted scaffold showed a "
        "significant improvement (p = 0.02) in the histological score.The results of our study show that in mini-pigs, "
        "the combination of EPO and BMAC leads to an enhanced osteochondral healing. However, additional research is "
        "necessary to further improve the repair tissue and to define the role of MSCs and EPO in cartilage repair.")
_LISTED = ("biphasic scaffold alone", "scaffold with EPO", "scaffold with BMAC",
           "scaffold in combination with EPO and BMAC")


def _arm_labels(text: str) -> list[str]:
    return [a.label for a in read_arms(read_article(one_block_article(24676029, _EPO_TITLE, text))).arms]


def test_a_stated_number_of_groups_listed_after_a_colon_gives_those_arms():
    assert _arm_labels(_EPO) == list(_LISTED)
    # control: when the pieces do not come to the number stated, no cut is trusted and the list stays unread
    five = _EPO.replace("randomized into four groups", "randomized into five groups")
    assert five != _EPO
    assert not set(_LISTED) & set(_arm_labels(five))


def test_a_group_count_without_a_list_is_not_cut_into_arms():
    # 29103840 (workshop corpus): "split into 2 groups based on the presence or absence of ..." says how the groups were
    # formed; cut as a list of two at its first "or" it gave "based on the presence" as an arm, and fresh96 C972 lost
    # the study. The count changes nothing when no colon opens a list.
    def labels(text: str) -> list[str]:
        return [a.label for a in read_arms(read_article(one_block_article(29103840, "MAT", text))).arms]
    text = ("Patients who underwent isolated medial or lateral MAT between September 1997 and March 2013 with a minimum "
            "of 2 years of follow-up were retrospectively identified and split into 2 groups based on the presence or "
            "absence of FTD (femoral condyle or tibial plateau) identified intraoperatively after debridement to allow "
            "for a better understanding of the lesion characteristics (when applicable): ND (Outerbridge grade 0/I) or "
            "FTD (Outerbridge grade IV).")
    uncounted = text.replace("split into 2 groups", "split into groups")
    assert uncounted != text
    assert labels(text) == labels(uncounted)


def test_the_factorial_trial_tests_erythropoietin_against_the_scaffold_alone():
    article = one_block_article(24676029, _EPO_TITLE, _EPO)
    e, _ = assess_as_linked(ERYTHROPOIETIN, article, "animal_study", is_animal=True, species=("pig",))
    assert e.eligible, e
    # control: with the arms' list unread (no number of groups stated), erythropoietin is read as given only with the
    # marrow concentrate, as when the set was scored
    unread = _EPO.replace("were randomized into four groups:", "were randomized into groups:")
    assert unread != _EPO
    e2, _ = assess_as_linked(ERYTHROPOIETIN, one_block_article(24676029, _EPO_TITLE, unread), "animal_study",
                             is_animal=True, species=("pig",))
    assert not e2.eligible and e2.reason == "cointervention_only", e2


# 27506780 (workshop corpus): every patient had the spinal decompression, the local chemotherapy after it
_DECOMPRESSION_TITLE = ("Minimally invasive surgery through the interlaminar approach in the treatment of spinal "
                        "tuberculosis: A retrospective study of 31 patients.")
_DECOMPRESSION = (
    "The aim of this study was to evaluate the efficacy of minimally invasive spinal decompression combined with local "
    "chemotherapy in treating patients with thoracic/lumbar tuberculosis (TB) and abscess compression of the spinal "
    "canal. Clinical data of 31 patients with thoracic/lumbar TB and spinal epidural abscess, admitted to our hospital "
    "between December 2005 and June 2014 were retrospectively analyzed. All patients received initial conservative "
    "treatment but achieved unsatisfactory results and then underwent minimally invasive spinal canal decompression, "
    "focus debridement and catheter drainage through a posterior interlaminar approach. Postoperatively, a short-course "
    "(1-2months) of local chemotherapy was given. The patients were followed up on a regular basis. At the last "
    "follow-up, ASIA scores were improved in all patients, and there was a mild increase in the Cobb angle, but "
    "satisfactory spinal stabilization was achieved. Minimally invasive spinal canal decompression combined with local "
    "chemotherapy appears to be an effective treatment for patients with thoracic/lumbar TB and abscess compression in "
    "the spinal canal.")
LOCAL_CHEMOTHERAPY = {c.id: c for c in load_catalog(EVAL / "fresh105/claims.yaml")}["C1019"]


def test_a_series_of_decompression_combined_with_the_therapy_gives_it_only_with_surgery():
    # the spine's operations are surgery (data/lexicons/arms.yaml): both reviewers exclude the series for fresh105 C1019
    # ("Anti-tuberculosis drugs given locally into the spine help cure spinal tuberculosis") and fresh33 C376
    article = one_block_article(27506780, _DECOMPRESSION_TITLE, _DECOMPRESSION, ("Journal Article",))
    e, _ = assess_as_linked(LOCAL_CHEMOTHERAPY, article, "cohort", is_human=True, species=("human",))
    assert not e.eligible and e.reason == "cointervention_only", e
    # control: the same series with the operation named by a word no list knows is counted, as it was when scored
    unknown = _DECOMPRESSION.replace("decompression", "unroofing")
    assert unknown != _DECOMPRESSION
    e2, _ = assess_as_linked(LOCAL_CHEMOTHERAPY, one_block_article(27506780, _DECOMPRESSION_TITLE, unknown,
                                                                   ("Journal Article",)),
                             "cohort", is_human=True, species=("human",))
    assert e2.eligible, e2


BMAC_KNEE = {c.id: c for c in load_catalog(EVAL / "fresh3/claims.yaml")}["C75"]
_COMBINATION_CONCLUSION = ("The results of our study show that in mini-pigs, the combination of EPO and BMAC leads to an "
                           "enhanced osteochondral healing.")


def test_a_conclusion_crediting_a_combination_says_nothing_of_either_alone_in_a_factorial_trial():
    from pipeline.claims.eligibility import credits_only_in_combination
    reading = read_article(one_block_article(24676029, _EPO_TITLE, _EPO))
    arms = read_arms(reading)
    ab = reading.abbreviations
    # erythropoietin's arm alone and the combination's arm: the conclusion credits EPO only with BMAC, and BMAC (in no
    # word list's products) only with EPO
    assert credits_only_in_combination(ERYTHROPOIETIN, _COMBINATION_CONCLUSION, arms, ab) == "BMAC"
    assert credits_only_in_combination(BMAC_KNEE, _COMBINATION_CONCLUSION, arms, ab) == "EPO"
    # control: without the arm that got the two together, the conclusion's combination is no arm of the trial, and
    # nothing is said of it
    three = _EPO.replace("randomized into four groups: biphasic scaffold alone, scaffold with EPO, scaffold with BMAC and "
                         "scaffold in combination with EPO and BMAC",
                         "randomized into three groups: biphasic scaffold alone, scaffold with EPO and scaffold with BMAC")
    assert three != _EPO
    r3 = read_article(one_block_article(24676029, _EPO_TITLE, three))
    assert credits_only_in_combination(ERYTHROPOIETIN, _COMBINATION_CONCLUSION, read_arms(r3), r3.abbreviations) is None


def test_a_trial_randomising_two_operations_does_not_test_the_exposure_every_patient_had():
    # 18180595 (workshop corpus): every patient's knee was ACL-deficient; the trial randomised two cartilage operations.
    # Both reviewers exclude it for fresh110 C1052 ("A knee left without its ACL wears out its cartilage"); the project
    # had counted it, the one grade above both reviewers in session 49's sets
    from pipeline.models import AbstractSection
    from tests.eligibility_helpers import sectioned_article
    acl_deficiency = {c.id: c for c in load_catalog(EVAL / "fresh110/claims.yaml")}["C1052"]
    sections = [
        AbstractSection(label="OBJECTIVES", nlm_category="OBJECTIVE", text=(
            "The purpose of this retrospective analysis was to evaluate the management of chondral defects in knees "
            "with anterior cruciate ligament (ACL) disruption.")),
        AbstractSection(label="METHODS", nlm_category="METHODS", text=(
            "Twenty-seven patients (mean age 35 years; range, 20 to 48 years) were randomized to osteochondral "
            "autologous transplantation (OAT, n=14) or a microfracture (MF, n=13) procedure together with ACL "
            "reconstruction in the same session for symptomatic lesions of the articular cartilage in ACL-deficient "
            "knees. Patients were evaluated using the Lysholm and IKDC 2000 (International Knee Documentation Committee) "
            "scores.")),
        AbstractSection(label="RESULTS", nlm_category="RESULTS", text=(
            "Patients undergoing OAT had a mean IKDC 2000 score of 49.2 preoperatively. At the end of follow-up, these "
            "scores increased to 93.3. In the MF group, the mean IKDC 2000 score increased from 53.6 to 72.3.")),
        AbstractSection(label="CONCLUSION", nlm_category="CONCLUSIONS", text=(
            "Treatment of chondral lesions should be added to ACL reconstruction in unstable knees secondary to ACL "
            "deficiency.")),
    ]
    article = sectioned_article(18180595, "Articular cartilage lesions in unstable knees", sections)
    e, _ = assess_as_linked(acl_deficiency, article, "rct", is_human=True, species=("human",))
    assert not e.eligible and e.reason == "therapy_not_tested", e
    # control: read as a cohort (nothing randomised), the study of patients with the exposure is counted, as it was
    e2, _ = assess_as_linked(acl_deficiency, article, "cohort", is_human=True, species=("human",))
    assert e2.eligible, e2
