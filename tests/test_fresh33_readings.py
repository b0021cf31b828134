"""Readings from fresh33's errors (session 28), on the records' own text (workshop corpus, as PubMed has them).

fresh33 was scored once (the session's final rules, efdb43a) before it was opened; each expectation is both blind
reviewers' label.

* 29888609 (C380, "traditional Chinese medicine improves their wellbeing", people with cancer; both: not eligible, a
  survey of patients' expectations and barriers): counted as a cross-sectional study of the therapy, it made the claim
  Very low where both reviewers read No evidence.
* 26702232 (C373, "a routine digital rectal examination detects their injuries"; both: eligible, a retrospective review
  that finds the examination misses most injuries) is a study of what the examination found, not of what people think
  of it: "No Evidence Supporting the Routine Use of ..." has none of the words of a views survey.
* 26702178 (C383, "temporal lobectomy can cause mood disorders"; both: eligible, a case report of mania after the
  operation) was excluded as "no study of its own": PubMed gives it no Case Reports type, the design rules read it as
  other, and its story ("Mr. A is a 42-year-old left cerebral dominant ... male ... He started having manic episodes
  post operatively") has no number and none of the study-done verbs. A patient introduced by age is the case's own
  story (session 29, after fresh33 was opened).
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH33 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh33" / "claims.yaml")}

SURVEY = Article(
    pmid=29888609,
    title="Evaluating Cancer Patients' Expectations and Barriers Toward Traditional Chinese Medicine Utilization in"
          " China: A Patient-Support Group-Based Cross-Sectional Survey.",
    abstract="BACKGROUND: Traditional Chinese medicine (TCM) is widely used among Chinese cancer patients. However, "
             "little is known about Chinese patients' expectations and barriers toward using TCM for cancer.\n\nMETHODS:"
             " We conducted a cross-sectional survey within a patient-support group, the Beijing Anti-Cancer "
             "Association. We measured the outcome, Chinese cancer survivors' expectations and barriers toward TCM "
             "utilization, using a modified version of ABCAM (Attitudes and Beliefs towards Complementary and "
             "Alternative Medicine), the ABTCM (Attitudes and Beliefs towards Traditional Chinese Medicine). We used "
             "multivariate models to evaluate the impact of socioeconomic status and clinical factors on their "
             "expectations and barriers (including treatment concerns and logistical challenges domain) toward TCM.\n\n"
             "RESULTS: Among 590 participants, most patients expected TCM to boost their immune system (96%), improve "
             "their physical health (96%), and reduce symptoms (94%). Many had logistical challenges (difficulty "
             "decocting herbs (58%) and finding a good TCM physician (55%)). A few were concerned that TCM might "
             "interfere with conventional treatments (7.6%), and that many TCM treatments are not based on scientific "
             "research (9.1%). In the multivariable regression model, age ≤60 years was independently associated with "
             "higher expectation score ( P = .031). Age ≤60 years (coefficient 5.0, P = .003) and localized disease "
             "(coefficient 9.5, P = .001) were both associated with higher treatment concerns. Active employment "
             "status (coefficient 9.0, P = .008) and localized disease (coefficient 7.5, P = .030) were related to "
             "more logistical challenges.\n\nCONCLUSION: Age and cancer stage were related to Chinese cancer patients' "
             "perceived expectations and barriers toward TCM use. Understanding these attitudes is important for "
             "reshaping the role that TCM plays in China's patient-centered comprehensive cancer care model.")

RECTAL = Article(
    pmid=26702232,
    title="No Evidence Supporting the Routine Use of Digital Rectal Examinations in Trauma Patients.",
    abstract="Digital rectal exams (DRE) are routinely used on trauma patients during the secondary survey as "
             "recommended by current Advanced Trauma Life Support (ATLS) protocols. However, recent literature has "
             "called the blanket use of the DRE on each trauma patient into question. The purpose of this study was to"
             " evaluate the efficacy of the DRE as a diagnostic tool in the setting of urethral, spinal cord, small "
             "bowel, colon, and rectal injuries and determine if it can be eliminated from routine use in the trauma "
             "setting. Trauma patients with small bowel, colon, rectal, urethral, and spinal cord injuries, age of 18 "
             "years or older, and a noted DRE were included. Exclusion criteria included an age less than 18, patients"
             " who received paralytics, a Glasgow Coma Scale (GCS) of 3, and a history of paraplegia or quadriplegia. "
             "One-hundred eleven patient records were retrospectively reviewed. Ninety-two male (82.9 %) and 19 (17.1 "
             "%) females with a GCS of 13.7 were evaluated. Sixty-two (55.9 %) injuries were penetrating with 49 "
             "(44.1) being blunt. The DRE missed 100 % of urethral, 91.7 % of spinal cord, 93.1 % of small bowel, 100 "
             "% of colon, and 66.7 % of rectal injuries. For injuries confirmed with radiologic modalities, the DRE "
             "missed 93.3 %. For injuries confirmed on exploratory laparotomy, the DRE missed 94.9 %. The DRE has poor"
             " sensitivity for the diagnosis of urethral, spinal cord, small bowel, and large bowel injury. The DRE "
             "was found to be the most sensitive in the setting of rectal injuries. The DRE offers no benefit or "
             "predictive value when compared to other imaging modalities.")


def test_a_survey_of_what_patients_expect_of_the_therapy_reports_nothing_it_did():
    e, _ = assess_as_linked(FRESH33["C380"], SURVEY, "cross_sectional", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
    assert "think of" in e.why, e


def test_a_study_of_what_an_examination_found_is_no_views_survey():
    e, _ = assess_as_linked(FRESH33["C373"], RECTAL, "cohort", is_human=True)
    assert "think of" not in (e.why or ""), e
    assert e.eligible, e


CASE = Article(
    pmid=26702178,
    title="Organic Mood Disorder Following Left Anterior Temporal Lobectomy with Amygdalohippocampectomy.",
    abstract="One third of patients with antiepileptic-resistant temporal lobe epilepsy (TLE) will have to undergo "
             "surgery for a better seizure control. Anterior temporal lobectomy (ATL) is done for mesial temporal "
             "sclerosis that is the most common histopathological lesion associated with TLE. Psychiatric "
             "manifestations following ATL are not uncommon with depressive symptoms more common with left ATL and "
             "manic symptoms following right ATL. Mr. A is a 42-year-old left cerebral dominant (Confirmed by WADA "
             "test) male with no past history of psychiatric illness who had undergone anterior temporal lobectomy "
             "with amygdalohippocampectomy. He started having manic episodes post operatively which subsided with "
             "antipsychotics. He had multiple such episodes over the next 13 years with minimal inter episodic "
             "symptoms. This is a rare instance of manic symptoms following left-sided ATL that emphasizes the need "
             "for better understanding of the cerebral laterality of affective symptoms.",
    publication_types=["Journal Article"])


def test_a_patient_introduced_by_age_is_the_case_reports_own_study():
    e, _ = assess_as_linked(FRESH33["C383"], CASE, "other", is_human=True)
    assert e.eligible, e


def test_an_overview_without_a_patient_is_still_no_study_of_its_own():
    # the same abstract without its patient: what is known about the operation, retold
    overview = Article(pmid=26702178, title=CASE.title, abstract=CASE.abstract.split(" Mr. A")[0],
                       publication_types=["Journal Article"])
    e, _ = assess_as_linked(FRESH33["C383"], overview, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
