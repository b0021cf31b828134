"""Session 46's readings (LINKER_RELEASE 2026.12.103-), each on the sentences of the record it was written from, with a
control that the change is what decides: a case's history is not a co-treatment, and a therapy named after "without"
was not given."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import eligibility
from pipeline.claims.catalog import load_catalog
from pipeline.models import Article
from tests.eligibility_helpers import assess_as_linked

EVAL = Path(__file__).resolve().parents[1] / "data/eval"
ENDOSCOPY_EMBOLISM = {c.id: c for c in load_catalog(EVAL / "fresh31/claims.yaml")}["C351"]
HBO_EMBOLISM = {c.id: c for c in load_catalog(EVAL / "fresh/claims.yaml")}["C87"]

# 30862154 (workshop corpus)
UPPER_ENDOSCOPY = Article(
    pmid=30862154, title="Air Embolism during Upper Endoscopy: A Case Report.",
    abstract=("Air embolism is a rare complication of upper endoscopy and potentially causes life-threatening events. A "
              "67-year-old man with a history of surgery of cardiac carcinoma and pancreatic neuroendocrine tumor underwent "
              "painless upper endoscopy because of tarry stools. During the procedure, air embolism developed, which caused "
              "decreased pulse oxygen saturation and delayed sedation recovery. He recovered with some weakness of the left "
              "upper limb in the intensive care unit without hyperbaric oxygen therapy. The etiology, clinical "
              "manifestations, and treatments of air embolism are discussed based on the literature reports. Although air "
              "embolism is uncommon in endoscopic examinations, the patients' outcomes could be improved if clinicians are "
              "alert to this potential complication, and promptly start proper diagnostic and therapeutic measures."),
    publication_types=["Case Reports", "Journal Article"])


def test_a_case_history_of_surgery_is_not_a_co_treatment_of_the_exposure():
    # fresh31 C351 ("endoscopy can cause systemic air embolism"), both reviewers eligible: the surgery is the patient's
    # past ("a history of", data/lexicons/arms.yaml history), not given with the endoscopy
    e = assess_as_linked(ENDOSCOPY_EMBOLISM, UPPER_ENDOSCOPY, "case_report", is_human=True)[0]
    assert e.eligible, e


def test_a_surgery_given_with_the_exposure_still_is_one():
    # control: the same case without the words that put the surgery in the patient's past
    text = UPPER_ENDOSCOPY.abstract.replace("with a history of surgery", "given surgery")
    case = Article(pmid=1, title=UPPER_ENDOSCOPY.title, abstract=text, publication_types=["Case Reports", "Journal Article"])
    e = assess_as_linked(ENDOSCOPY_EMBOLISM, case, "case_report", is_human=True)[0]
    assert not e.eligible and e.reason == "cointervention_only", e


def test_said_as_history_reads_the_three_words_before():
    assert eligibility._said_as_history("A 67-year-old man with a history of ")
    assert eligibility._said_as_history("after two failed ")
    assert not eligibility._said_as_history("A 67-year-old man who then had ")


def test_a_case_that_recovered_without_the_therapy_did_not_get_it():
    # fresh C87 and fresh19 C218 (hyperbaric oxygen for air embolism), all four reviewers therapy_not_tested: "He
    # recovered ... without hyperbaric oxygen therapy" (eligibility._refused reads not_given)
    e = assess_as_linked(HBO_EMBOLISM, UPPER_ENDOSCOPY, "case_report", is_human=True)[0]
    assert not e.eligible and e.reason == "therapy_not_tested", e


def test_a_case_given_the_therapy_late_did_get_it():
    # control, 28763175 (fresh C87, both reviewers eligible): "was not treated with hyperbaric oxygen (HBO2) therapy until
    # 39 hours after the inciting event" gave it, late
    sentence = ("Due to a delay in diagnosis, the patient was not treated with hyperbaric oxygen (HBO2) therapy until 39 "
                "hours after the inciting event.")
    assert not eligibility._refused(HBO_EMBOLISM, sentence, {"HBO2": "hyperbaric oxygen"})
    assert eligibility._refused(HBO_EMBOLISM, sentence.replace(" until 39 hours after the inciting event", ""),
                                {"HBO2": "hyperbaric oxygen"})


SICKLE_OSTEOMYELITIS = {c.id: c for c in load_catalog(EVAL / "fresh88/claims.yaml")}["C923"]

# 8370011 (workshop corpus)
SALMONELLA_SPINE = Article(
    pmid=8370011,
    title="Osteomyelitis of the spine due to Salmonella: case report, review of clinical aspects, pathogenesis and treatment.",
    abstract=("Osteomyelitis of the spine caused by Salmonella is rare. The authors describe a case in which the patient had "
              "fusion of the L1 and L2 vertebrae, which were affected by osteomyelitis. The infecting organism was Salmonella "
              "typhimurium. The authors describe the relationship of the vascular anatomy to the development of "
              "osteomyelitis of the spine. They discuss the clinical features, diagnosis, pathogenesis and treatment of the "
              "disease. Although the association of osteomyelitis due to Salmonella and sickle cell disease has long been "
              "known, this patient did not have sickle cell disease or any other condition that would compromise the "
              "immune system."),
    publication_types=["Case Reports", "Journal Article"])


def test_a_case_whose_patient_did_not_have_the_exposure_does_not_test_it():
    # fresh88 C923 ("sickle cell disease predisposes to osteomyelitis"), both reviewers therapy_not_tested: "this patient
    # did not have sickle cell disease" (eligibility._case_not_exposed)
    e = assess_as_linked(SICKLE_OSTEOMYELITIS, SALMONELLA_SPINE, "case_report", is_human=True)[0]
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "did not have" in (e.why or ""), e


def test_a_case_whose_patient_had_the_exposure_is_not_read_as_unexposed():
    # control: the same case, its patient with sickle cell disease
    text = SALMONELLA_SPINE.abstract.replace("this patient did not have sickle cell disease or any other condition",
                                             "this patient had sickle cell disease and no other condition")
    case = Article(pmid=1, title=SALMONELLA_SPINE.title, abstract=text, publication_types=["Case Reports", "Journal Article"])
    e = assess_as_linked(SICKLE_OSTEOMYELITIS, case, "case_report", is_human=True)[0]
    assert "did not have" not in (e.why or ""), e
