"""Session 46's readings (LINKER_RELEASE 2026.12.103-), each on the sentences of the record it was written from, with a
control that the change is what decides: a case's history is not a co-treatment, and a therapy named after "without"
was not given."""

from __future__ import annotations

from pathlib import Path

from pipeline.claims import eligibility
from pipeline.claims.aboutness import claims_a_test
from pipeline.claims.catalog import load_catalog
from pipeline.claims.reading import read_article
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


MARROW_STIMULATION_ACI = {c.id: c for c in load_catalog(EVAL / "fresh89/claims.yaml")}["C925"]

# 19261905 (workshop corpus)
PRETREATED_DEFECTS = Article(
    pmid=19261905,
    title=("Increased Failure Rate of Autologous Chondrocyte Implantation after Previous Treatment with Marrow Stimulation "
           "Techniques"),
    abstract=("Background Marrow stimulation techniques such as drilling or microfracture are first-line treatment options "
              "for symptomatic cartilage defects. Common knowledge holds that these treatments do not compromise subsequent "
              "cartilage repair procedures with autologous chondrocyte implantation. Hypothesis Cartilage defects pretreated "
              "with marrow stimulation techniques will have an increased failure rate. Study Design Cohort study; Level of "
              "evidence, 2. Methods The first 321 consecutive patients treated at one institution with autologous "
              "chondrocyte implantation for full-thickness cartilage defects that reached more than 2 years of follow-up were "
              "evaluated by prospectively collected data. Patients were grouped based on whether they had undergone prior "
              "treatment with a marrow stimulation technique. Outcomes were classified as complete failure if more than 25% "
              "of a grafted defect area had to be removed in later procedures because of persistent symptoms. Results There "
              "were 522 defects in 321 patients (325 joints) treated with autologous chondrocyte implantation. On average, "
              "there were 1.7 lesions per patient. Of these joints, 111 had previously undergone surgery that penetrated the "
              "subchondral bone; 214 joints had no prior treatment that affected the subchondral bone and served as "
              "controls. Within the marrow stimulation group, there were 29 (26%) failures, compared with 17 (8%) failures "
              "in the control group. Conclusion Defects that had prior treatment affecting the subchondral bone failed at a "
              "rate 3 times that of nontreated defects. The failure rates for drilling (28%), abrasion arthroplasty (27%), "
              "and microfracture (20%) were not significantly different, possibly because of the lower number of "
              "microfracture patients in this cohort (25 of 110 marrow-stimulation procedures). The data demonstrate that "
              "marrow stimulation techniques have a strong negative effect on subsequent cartilage repair with autologous "
              "chondrocyte implantation and therefore should be used judiciously in larger cartilage defects that could "
              "require future treatment with autologous chondrocyte implantation."),
    publication_types=["Journal Article"])


def test_a_treatment_the_claims_condition_names_is_its_setting_not_a_co_intervention():
    # fresh89 C925 ("previous marrow stimulation increases the failure rate of autologous chondrocyte implantation"), both
    # reviewers eligible: every patient got ACI because the claim is about ACI's failure (eligibility._named_by_condition)
    e = assess_as_linked(MARROW_STIMULATION_ACI, PRETREATED_DEFECTS, "cohort", is_human=True)[0]
    assert e.eligible, e
    assert eligibility._named_by_condition(MARROW_STIMULATION_ACI, "Autologous Chondrocyte Implantation", {})
    # control: a treatment the condition does not name
    assert not eligibility._named_by_condition(MARROW_STIMULATION_ACI, "osteochondral autograft transfer", {})


def test_a_review_of_the_studys_own_records_is_no_narrative_review():
    # fresh89 C927's 31251661 (a case-control study; both reviewers eligible): "In this review of prospectively collected
    # data, the authors analyzed 38 patients" says how the study was done
    assert not eligibility._REVIEW_SELF.search("In this review of prospectively collected data, the authors analyzed 38 "
                                               "patients who had failed prior MST surgery")
    # control: a review that says it is one
    assert eligibility._REVIEW_SELF.search("In this review, we summarize the evidence on bone marrow edema")


ESOPHAGEAL_RUPTURE = {c.id: c for c in load_catalog(EVAL / "fresh33/claims.yaml")}["C381"]


def test_a_harm_as_an_adjectived_complication_of_the_exposure_arose_from_it():
    # fresh33 C381 ("anterior cervical spine surgery can cause oesophageal rupture"), both reviewers eligible: 16521458's
    # title "[Wide esophageal wall rupture as iatrogenic complication of anterior cervical spine surgery]" (an adjective
    # between "as" and "complication of"; eligibility._attribution)
    title = "[Wide esophageal wall rupture as iatrogenic complication of anterior cervical spine surgery]."
    assert eligibility._title_harm_arose_from(ESOPHAGEAL_RUPTURE, title, {})
    assert eligibility._title_harm_arose_from(ESOPHAGEAL_RUPTURE, title.replace("iatrogenic", "a rare"), {})
    # control: the harm put down to something else
    assert not eligibility._title_harm_arose_from(
        ESOPHAGEAL_RUPTURE, "[Wide esophageal wall rupture as iatrogenic complication of endoscopy]", {})


SHOULDER_MICROFRACTURE = {c.id: c for c in load_catalog(EVAL / "fresh90/claims.yaml")}["C930"]


def test_a_microfracture_always_combined_with_a_periosteal_flap_is_not_isolated():
    # 12719798 (fresh90 C930, "microfracture repairs cartilage lesions of the shoulder"; both reviewers
    # cointervention_only): every lesion had "a combination of microfracture and periostal flap" (arms.yaml surgery)
    abstract = ("This prospective study evaluated our clinical results for cartilage repair in five patients with chondral "
                "defects localized at the humeral head using a combination of microfracture and periostal flap, all by "
                "deltoidopectoral approach. We found the Constant score significantly improved over the preoperative "
                "level, from 43.4% to 81.8%. Pain was reduced significantly to 18.6 points.")
    title = ("Combination of microfracture and periostal-flap for the treatment of focal full thickness articular cartilage "
             "lesions of the shoulder: a prospective study.")
    e = assess_as_linked(SHOULDER_MICROFRACTURE, Article(pmid=12719798, title=title, abstract=abstract), "case_series",
                         is_human=True)[0]
    assert not e.eligible and e.reason == "cointervention_only", e
    # control: the same series with microfracture alone
    plain = Article(pmid=1, title=title.replace("Combination of microfracture and periostal-flap", "Microfracture"),
                    abstract=abstract.replace("a combination of microfracture and periostal flap", "microfracture"))
    e = assess_as_linked(SHOULDER_MICROFRACTURE, plain, "case_series", is_human=True)[0]
    assert e.eligible, e


T2_MAPPING = {c.id: c for c in load_catalog(EVAL / "fresh91/claims.yaml")}["C938"]

# 32462269 (workshop corpus)
ACETABULAR_T2 = Article(
    pmid=32462269,
    title=("Promising radiological outcome after repair of acetabular chondral defects by microfracture augmented with "
           "chitosan-based scaffold: mid-term T2 mapping evaluation"),
    abstract=("Purpose Radiological evaluation of the repair tissue produced after arthroscopic treatment of acetabular "
              "chondral lesions associated with femoroacetabular impingement (FAI) by the chitosan-based scaffold. Methods "
              "Patients of age 18-55 years with clinical and radiological features of FAI and non-arthritic non-dysplastic "
              "hips were selected for arthroscopic treatment. Full-thickness acetabular chondral defects were filled with "
              "chitosan-based scaffold material after microfracture. T2 mapping was carried out for all patients after 24 "
              "months using a 1.5-T machine. Nine regions of interest (ROIs) were localized from three consecutive sagittal "
              "slices including the area of repair. T2 relaxation times of ROIs in the repair area were compared with the "
              "corresponding posterior cartilage. Results Twenty-one patients, 17 men and 4 women, underwent arthroscopic "
              "treatment of full-thickness acetabular chondral defects with mean size of 3.6 +/- 1 cm(2)(range 2-6 cm(2)). "
              "Within the peripheral repair area, the mean T2 value was 49.1 +/- 7.2 ms (ms), while ROIs of the central "
              "repair area had mean T2 values of 50.2 +/- 7.1 ms. Posterior cartilage showed mean T2 value of 46.2 +/- 7.6 "
              "ms Conclusion Arthroscopic microfracture of large full-thickness acetabular chondral defects with "
              "chitosan-based scaffold produced a homogenous repair tissue similar to the corresponding native cartilage of "
              "the same joint on quantitative T2 mapping at mid-term follow-up."))


def test_the_treatment_a_test_looks_at_is_no_co_intervention_of_the_test():
    # fresh91 C938 ("T2 mapping distinguishes repair cartilage from native cartilage"), both reviewers eligible: every
    # patient had microfracture with a scaffold, which made the repair tissue the test reads (the single-arm combination
    # reading skips a claim about what a test tells, aboutness.claims_a_test)
    e = assess_as_linked(T2_MAPPING, ACETABULAR_T2, "other", is_human=True)[0]
    assert e.eligible, e


def test_a_therapy_claim_on_the_same_series_still_reads_the_combination():
    # control: for a claim about the microfracture's effect, the scaffold given with it in every patient is a co-intervention
    microfracture = {c.id: c for c in load_catalog(EVAL / "fresh90/claims.yaml")}["C930"]
    assert not claims_a_test(microfracture)
    assert claims_a_test(T2_MAPPING)


def test_a_patient_unaware_of_the_exposure_still_had_it():
    # control for _case_not_exposed: "was not aware of his diabetes" says he had it
    pattern = eligibility._not_exposed_before()
    assert pattern.search("this patient did not have ")
    assert not pattern.search("He was not aware of his ")


MOCART_RELIABLE = {c.id: c for c in load_catalog(EVAL / "fresh92/claims.yaml")}["C942"]

# 33515088 (workshop corpus; the abstract's first sentences and its result)
MOCART_STUDY = Article(
    pmid=33515088,
    title=("Reliability of the MOCART (Magnetic Resonance Observation of Cartilage Repair Tissue) 2.0 knee score for "
           "different cartilage repair techniques—a retrospective observational study"),
    abstract=("To evaluate the reliability of the MOCART 2.0 knee score in the radiological assessment of repair tissue "
              "after different cartilage repair procedures.A total of 114 patients (34 females) who underwent cartilage "
              "repair of a femoral cartilage lesion with at least one postoperative MRI examination were selected, and one "
              "random postoperative MRI examination was retrospectively included. The original MOCART and MOCART 2.0 knee "
              "scores were assessed by two independent readers. Inter- and intrarater reliabilities were assessed using "
              "intraclass correlation coefficients (ICCs).The MOCART 2.0 knee score showed higher interrater reliability "
              "than the original MOCART score with an ICC of 0.875 versus 0.759, ranging from 0.863 in the MFX group to "
              "0.878 in the ACI group. The MOCART 2.0 knee score enables the assessment of cartilage repair tissue after "
              "different cartilage repair techniques (ACI, osteochondral repair techniques, MFX), as well as for different "
              "lesion types with good intra- and interrater reliability."))


def test_a_reliability_study_tests_a_claim_that_a_score_is_reliable():
    # fresh92 C942 ("the MOCART score of cartilage repair is reliable between observers"), both reviewers eligible: the
    # claim is about how well the score reads, so the reliability study is what tests it (aboutness.claims_a_test,
    # formerly eligibility._claims_a_test, reads the claim's measurement words, measurement_title)
    assert claims_a_test(MOCART_RELIABLE)
    e = assess_as_linked(MOCART_RELIABLE, MOCART_STUDY, "cohort", is_human=True)[0]
    assert e.eligible, e


def test_a_reliability_study_does_not_test_a_therapy_claim():
    # control: for a claim about what microfracture does, the same study reads a score, not the therapy's effect
    microfracture = {c.id: c for c in load_catalog(EVAL / "fresh90/claims.yaml")}["C930"]
    assert not claims_a_test(microfracture)
    assert eligibility._no_findings(read_article(MOCART_STUDY), "cohort", MOCART_STUDY.title, ()) is not None


ETAFENONE = {c.id: c for c in load_catalog(EVAL / "fresh91/claims.yaml")}["C934"]

# 23 (workshop corpus)
ETAFENONE_DOGS = Article(
    pmid=23, title="Effect of etafenone on total and regional myocardial blood flow.",
    abstract=("The distribution of blood flow to the subendocardial, medium and subepicardial layers of the left "
              "ventricular free wall was studied in anaesthetized dogs under normoxic (A), hypoxic (B) conditions and under "
              "pharmacologically induced (etafenone) coronary vasodilation (C). Regional myocardial blood flow was "
              "determined by means of the particle distribution method. In normoxia a transmural gradient of flow was "
              "observed, with the subendocardial layers receiving a significantly higher flow rate compared with the "
              "subepicardial layers. In hypoxia induced vasodilation this transmural gradient of flow was persistent. In "
              "contrast a marked redistribution of regional flow was observed under pharmacologically induced vasodilation. "
              "The transmural gradient decreased. In contrast to some findings these experiments demonstrate that a "
              "considerable vasodilatory capacity exists in all layers of the myocardium and can be utilized by drugs. The "
              "differences observed for the intramural distribution pattern of flow under hypoxia and drug induced "
              "vasodilation support the hypothesis that this pattern reflects corresponding gradients of regional "
              "myocardial metabolism."))


def test_a_title_asking_the_therapys_effect_makes_the_findings_its_own():
    # fresh91 C934 ("etafenone increases myocardial blood flow"), both reviewers eligible: the conclusion says "drug
    # induced vasodilation", never the drug's name; the title asks "Effect of etafenone on ..." (title_outcomes_of)
    from pipeline.claims import aboutness
    assert aboutness._title_reports_outcomes_of(ETAFENONE.therapy, ETAFENONE_DOGS.title, {})
    e = assess_as_linked(ETAFENONE, ETAFENONE_DOGS, "animal_study", is_animal=True)[0]
    assert e.eligible, e
    # control: a title that does not ask for its effect
    assert not aboutness._title_reports_outcomes_of(
        ETAFENONE.therapy, "Regional myocardial blood flow in dogs given etafenone or exposed to hypoxia.", {})


CARBIDINE = {c.id: c for c in load_catalog(EVAL / "fresh93/claims.yaml")}["C948"]

# 105 (workshop corpus)
CARBIDINE_RATS = Article(
    pmid=105, title="[Effect of carbidine on conditioned defense reflexes].",
    abstract=("Chronic experiments were conducted on rats and rabbits; a study was made of the effect of carbidine on the "
              "conditioned defence reflexes in stimulation of the mesencephalic part of the reticular formation. Carbidine "
              "prevented the depression of the conditioned defence reflexes caused by stimulation of the mesencephalic "
              "portion of the reticular formation. This pointed to its depressive influence on the mentioned structures, "
              "and was confirmed by experiments on rabbits in recording changes in biocurrents under conditions of "
              "stimulation of the mesencephalic reticular formation."))


def test_experiments_that_were_conducted_are_a_study_of_its_own():
    # fresh93 C948 ("carbidine suppresses conditioned defence reflexes"), both reviewers eligible: "Chronic experiments
    # were conducted on rats and rabbits" says what the authors did (eligibility_cues.yaml study_done_passive)
    e = assess_as_linked(CARBIDINE, CARBIDINE_RATS, "animal_study", is_animal=True)[0]
    assert e.eligible, e


def test_a_literature_review_that_was_conducted_is_still_a_review():
    # control, 26348274 (fresh38 C432, both reviewers no_findings): "A literature review looking at rates, presentation,
    # and management of ... was conducted" - "was conducted" said of a review (eligibility._REVIEW_SELF)
    review = ("A literature review looking at rates, presentation, and management of spontaneous hemoperitoneum, "
              "enlargement, abscess, and rupture of an endometrioma, uterine rupture, and bowel perforation in pregnant "
              "women with endometriosis was conducted.")
    assert eligibility._REVIEW_SELF.search(review)


def test_a_name_in_a_circumstance_of_the_action_is_not_acted_on():
    # fresh93 C951 ("a higher haematocrit raises pulmonary vascular resistance"; 154, both reviewers eligible): the
    # acidosis acts on the viscosity, haematocrit is where ("within the range of"), so the finding is not about what acts
    # on haematocrit (aboutness._CAUSE_LINK)
    from pipeline.claims import aboutness
    claim = {c.id: c for c in load_catalog(EVAL / "fresh93/claims.yaml")}["C951"]
    sentence = ("Both acute respiratory and lactic acidosis failed to significantly increase relative viscosity within the "
                "range of hematocrit usually found in secondary polycythemia.")
    assert aboutness._acted_on(claim.therapy, sentence, {}) is None
    # control: the same verb with haematocrit as its object
    assert aboutness._acted_on(claim.therapy, "Both acute respiratory and lactic acidosis failed to significantly "
                                              "increase the hematocrit of the perfusate.", {}) is True
