"""Readings from fresh59's errors (session 36), on the records' own text (workshop corpus, as PubMed has them).

fresh59 was scored once (code of 2e70e5f) before it was opened; each expectation is both blind reviewers' reading
(GA2, GB2).

* 19077516 (C674, "Crohn's disease can cause a psoas abscess"): a case report titled "[Psoas abscess with hip
  contracture in a patient with Crohn's disease]" reports the harm in a patient who has the exposure; its conclusion
  speaks only of the abscess, so the finding read as not about Crohn's disease. Both reviewers: eligible.
* 25238468 (C674): "reviewing medical records from the General Surgery department" read as the patients' other
  treatment (surgery), so the series was excluded as a co-intervention case. Both reviewers include it (one of its five
  cases was caused by Crohn's disease); the project still excludes it, now for the true reason (its findings are not
  about Crohn's disease), not for a department's name.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH59 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh59" / "claims.yaml")}

CROHN_CASE = Article(
    pmid=19077516,
    title="[Psoas abscess with hip contracture in a patient with Crohn's disease].",
    abstract="A psoas abscess (PA) is a rare clinical entity but is potentially serious condition which presents diagnostic and therapeutic challenges. The diagnosis is frequently delayed due to its variable and nonspecific features and occult clinical course. The delay in diagnosis and treatment of PA is the major poor prognostic factor. We describe herein a case of the sterile psoas abscess complicating Cronh's disease which presented as hip flexion contracture. A 29-year-old man, at remission stage of CD involving ileocolic segment, was admitted due to pain from hip contracture. He had no bloody diarrhea and no abdominal pain. PA was confirmed by abdominal ultrasound. PA with hip contracture was completely treated with surgical excision, irrigation, drainage, and antibiotics. PA was sterile and there was no evidence of a fistulous communication from the bowel. Once suspected, aggressive diagnostic work up and definitive operative intervention is needed.",
    publication_types=['Case Reports', 'Journal Article'])

PSOAS_SERIES = Article(
    pmid=25238468,
    title='[Psoas abscess as a differential diagnosis in emergency department].',
    abstract="BACKGROUND: A psoas (or iliopsoas) abscess is a rare clinical entity with a wide etiological range. It is defined as a collection of pus that begins and extends through the iliopsoas muscle and can reach up to the inguinal region.\n\nMETHODS: We performed a retrospective descriptive study by reviewing medical records from the General Surgery department of Reina Sofía's General University Hospital. Information was collected from patients diagnosed with psoas abscess who were admitted to the General Surgery department from 2006 to 2011.\n\nRESULTS: Five cases were reported for 6 years: four males (80%) and one female (20%). Average age was 51.6 years (range: 35--75). All were admitted to the hospital through the Emergency Department. Lumbar pain, fever and rash were clinical features in three patients. Two patients initiated with septic shock. Each patient had computed tomography performed, which confirmed the diagnosis. Causes of the abscess were as follows: one perforated colon neoplasm, two left hip osteomyelitis, one Crohn's disease and one primary abscess. Surgery was the treatment in three cases and placement of pigtail drainage was the treatment in two patients. Two patients were admitted to the Intensive Care Unit and ultimately died.\n\nCONCLUSION: In our case series report, it is seen that treatment delay developed to septic shock and death. We should consider this entity in emergency practice in order to carry out timely treatment.",
    publication_types=['Journal Article'])


def test_a_harm_reported_in_a_patient_with_the_exposure():
    e, _ = assess_as_linked(FRESH59["C674"], CROHN_CASE, "case_report", is_human=True)
    assert e.eligible, e


def test_the_harm_in_a_patient_with_something_else_is_not_the_exposure_s():
    other = Article(pmid=1, title="[Psoas abscess with hip contracture in a patient with diabetes mellitus].",
                    abstract=CROHN_CASE.abstract.replace("Cronh's disease", "diabetes").replace("of CD", "of diabetes"),
                    publication_types=["Case Reports", "Journal Article"])
    e, _ = assess_as_linked(FRESH59["C674"], other, "case_report", is_human=True)
    assert not e.eligible, e


def test_a_department_named_after_surgery_is_no_treatment_the_patients_got():
    e, _ = assess_as_linked(FRESH59["C674"], PSOAS_SERIES, "case_report", is_human=True)
    assert e.reason != "cointervention_only", e


CHILD_SEA = Article(
    pmid=10969123,
    title='Spinal epidural abscess in a young child.',
    abstract='This is a case report of a spinal epidural abscess, caused by Staphylococcus aureus, in a 3-year-old girl. The child presented with fever and hip pain, but without any neurologic deficit. After normal plain films and a normal bone scan were obtained, the diagnosis was made via magnetic resonance imaging (MRI). The neurosurgery and pediatric infectious disease teams evaluated the patient, and the decision was made to forego surgical drainage and to treat medically with appropriate intravenous and then oral antibiotics. Several months later, the child was doing well without any signs of neurologic sequelae. Because of the rarity of this disease in children, the treatment guidelines are controversial. Many suggest that a spinal epidural abscess must be drained surgically. Our experience adds to the literature a case of a child successfully treated with antibiotics alone. We believe that this success is related to the fact that the child was diagnosed by MRI early in the course of the disease and that she never displayed any neurologic deficits.',
    publication_types=['Case Reports', 'Journal Article'])


def test_a_treatment_the_case_decided_to_forego_is_not_another_treatment():
    # 10969123 (C673): "the decision was made to forego surgical drainage and to treat medically with appropriate
    # intravenous and then oral antibiotics" read as surgery given beside the antibiotics (found after fresh60's scoring)
    e, _ = assess_as_linked(FRESH59["C673"], CHILD_SEA, "case_report", is_human=True)
    assert e.eligible, e
