"""Session 58's readings, on the records' own text (issue 17, EXTRACTOR_RELEASE 2026.12.37): the single-case cue
"we report / present / describe a ... patient" ends at a word end, so a count of patients described is a case series
and not one case ("We report the clinical, radiological and microbiological features of ten patients"), while a study
that states its own design keeps it ("STUDY DESIGN: Cohort study" over "The first 321 consecutive patients"); and
(LINKER_RELEASE 2026.12.141, fresh157 after it was scored) a side named "crizotinib-naive controls" never got the
therapy, and people "with and without" the claim's own condition are not an add-on's arms."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, one_block_article, rows_article
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article
from pipeline.nlp.design import DesignKind, classify_design
from pipeline.nlp.population import extract_population

# 8256010 (workshop corpus): ten patients described, no PublicationType saying so
_SACROILIITIS = Article(
    pmid=8256010, title="[Pyogenic sacroiliitis. Presentation of 10 cases].",
    abstract="We report the clinical, radiological and microbiological features of ten patients diagnosed of pyogenic "
             "sacroiliitis in an Internal Medicine Department during a 13 years period. Clinical signs and radiological "
             "or scintigraphical findings were present in every case. Staphylococcus aureus was isolated in blood "
             "cultures in eight cases. We remark mean age (26.2 years), male predominance and the high prevalence of "
             "intravenous drug abuse as the main epidemiological data in our patients. All the patients were treated "
             "with intravenous cloxacilin between two and eight weeks; aminoglycosides were added in four patients.")

# 18607613: "a series of three patients" (its PublicationType, Case Reports, is left out: the text is read alone)
_PSOAS = Article(
    pmid=18607613, title="Psoas abscess in obstetrics.",
    abstract="Psoas abscess is rarely encountered in obstetric practice. This condition may be primary or secondary "
             "resulting from extension of an infectious process near the psoas muscle. We report a series of three "
             "patients with psoas abscess that were encountered in our obstetric practice. Two of these patients had a "
             "primary and one a secondary abscess. Two patients underwent laparotomy and drainage of abscess while one "
             "received medical treatment. All patients recovered uneventfully.")

# 19261905: a cohort study by its own statement, which also counts "the first 321 consecutive patients"
_ACI_COHORT = Article(
    pmid=19261905, title="Increased Failure Rate of Autologous Chondrocyte Implantation after Previous Treatment with "
                         "Marrow Stimulation Techniques",
    abstract="HYPOTHESIS: Cartilage defects pretreated with marrow stimulation techniques will have an increased failure "
             "rate.\n\nSTUDY DESIGN: Cohort study; Level of evidence, 2.\n\nMETHODS: The first 321 consecutive patients "
             "treated at one institution with autologous chondrocyte implantation for full-thickness cartilage defects "
             "that reached more than 2 years of follow-up were evaluated by prospectively collected data. Patients were "
             "grouped based on whether they had undergone prior treatment with a marrow stimulation technique.\n\n"
             "RESULTS: Within the marrow stimulation group, there were 29 (26%) failures, compared with 17 (8%) "
             "failures in the control group.")

# 10027410: nine cell lines are no series of patients
_CELL_LINES = Article(
    pmid=10027410, title="Specific chromosomal aberrations and amplification of the AIB1 nuclear receptor coactivator "
                         "gene in pancreatic carcinomas.",
    abstract="To screen pancreatic carcinomas for chromosomal aberrations we have applied molecular cytogenetic "
             "techniques, including fluorescent in situ hybridization, comparative genomic hybridization, and spectral "
             "karyotyping to a series of nine established cell lines. Amplification of this gene was identified in six "
             "of nine pancreatic cancer cell lines and correlated with increased expression.")


def _design(article: Article) -> DesignKind:
    return classify_design(article, extract_population(article, use_metadata=False), use_metadata=False).design


def test_a_count_of_patients_described_is_a_series_not_one_case():
    assert _design(_SACROILIITIS) is DesignKind.CASE_SERIES
    assert _design(_PSOAS) is DesignKind.CASE_SERIES


def test_one_patient_described_is_still_a_case_report():
    one = Article(pmid=1, title="Pyogenic sacroiliitis in a young woman.",
                  abstract="We report a patient with pyogenic sacroiliitis in whom Staphylococcus aureus was isolated "
                           "in blood cultures. She recovered after six weeks of intravenous cloxacillin.")
    assert _design(one) is DesignKind.CASE_REPORT
    the_case = Article(pmid=2, title="Psoas abscess after delivery.",
                       abstract="We present the case of a woman with psoas abscess after delivery, treated by drainage.")
    assert _design(the_case) is DesignKind.CASE_REPORT


def test_a_stated_design_outranks_a_count_of_patients():
    assert _design(_ACI_COHORT) is DesignKind.COHORT


def test_cell_lines_in_a_series_are_no_case_series():
    assert _design(_CELL_LINES) is not DesignKind.CASE_SERIES


FRESH157 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh157" / "claims.yaml")}

# 21933749 (both reviewers eligible for C1334: crizotinib and overall survival in ALK-positive NSCLC)
_CRIZOTINIB = [
    ("BACKGROUND", "BACKGROUND", "ALK gene rearrangement defines a new molecular subtype of non-small-cell lung cancer "
                                 "(NSCLC). To assess whether crizotinib affects overall survival in these patients, we did "
                                 "a retrospective study comparing survival outcomes in crizotinib-treated patients in the "
                                 "trial and crizotinib-naive controls screened during the same time period."),
    ("METHODS", "METHODS", "We examined overall survival in patients with advanced, ALK-positive NSCLC who enrolled in the "
                           "phase 1 clinical trial of crizotinib, focusing on the cohort of 82 patients who had enrolled "
                           "through Feb 10, 2010. For comparators, we identified 36 ALK-positive patients from trial sites "
                           "who were not given crizotinib (ALK-positive controls)."),
    ("FINDINGS", "RESULTS", "Survival in 30 ALK-positive patients who were given crizotinib in the second-line or "
                            "third-line setting was significantly longer than in 23 ALK-positive controls given any "
                            "second-line therapy (hazard ratio 0.36, 95% CI 0.17-0.75; p=0.004)."),
    ("INTERPRETATION", "CONCLUSIONS", "In patients with advanced, ALK-positive NSCLC, crizotinib therapy is associated "
                                      "with improved survival compared with that of crizotinib-naive controls."),
]
_CRIZOTINIB_TITLE = ("Effect of crizotinib on overall survival in patients with advanced non-small-cell lung cancer "
                     "harbouring ALK gene rearrangement: a retrospective analysis.")


def _crizotinib(sections=_CRIZOTINIB):
    return rows_article(21933749, _CRIZOTINIB_TITLE, sections)


def test_a_side_named_naive_to_the_therapy_never_got_it():
    """Before session 58 "compared with that of crizotinib-naive controls" put crizotinib on both sides: excluded as
    cointervention_only."""
    el, _ = assess_as_linked(FRESH157["C1334"], _crizotinib(), "cohort", is_human=True)
    assert el.eligible, el


def test_the_therapy_on_both_sides_is_still_read_without_naive():
    # the same sentence with the controls also given the drug: every side gets it
    both = [(lab, cat, text.replace("crizotinib-naive controls", "controls given crizotinib at a lower dose"))
            for lab, cat, text in _CRIZOTINIB]
    el, _ = assess_as_linked(FRESH157["C1334"], _crizotinib(both), "cohort", is_human=True)
    assert not el.eligible and el.reason == "cointervention_only", el


_HEADACHE = ("To examine prevalence of mental health problems among adolescents with chronic headache and compare "
             "internal and external coping strategies in young people with chronic headaches with and without mental "
             "health problems. This study is based on a cross-sectional survey undertaken in Akershus County in Norway. "
             "A total of 19,985 adolescents were included in the study, covering lower secondary and upper secondary "
             "students, aged 13-19 years. Chronic headache was measured with a single item question based on headache "
             "frequency. Mental health was assessed by using the strengths and difficulties questionnaire (SDQ). "
             "Adolescents with chronic headaches showed more frequent mental health problems overall (23 %) compared to "
             "those without chronic headache (6 %).")
_HEADACHE_TITLE = ("Coping strategies among adolescents with chronic headache and mental health problems: a cross-sectional "
                   "population-based study.")


def test_with_and_without_the_claims_own_condition_is_no_add_on():
    """26702390 for C1336 (both reviewers eligible): "young people with chronic headaches with and without mental health
    problems" was read as an add-on (mental health problems) against chronic headache alone."""
    el, _ = assess_as_linked(FRESH157["C1336"], one_block_article(26702390, _HEADACHE_TITLE, _HEADACHE),
                             "cross_sectional", is_human=True)
    assert el.eligible, el


def test_with_and_without_another_thing_is_still_an_add_on():
    from pipeline.claims.eligibility import _therapy_alone_against_add_on
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    text = _HEADACHE.replace("with and without mental health problems", "with and without daily physiotherapy")
    article = one_block_article(26702390, _HEADACHE_TITLE, text)
    reading = read_article(article)
    assert _therapy_alone_against_add_on(FRESH157["C1336"], reading, read_arms(reading)) is not None


def test_with_and_without_a_benefit_claims_host_procedure_is_still_an_add_on():
    """32353621 for fresh6 C79 ("cartilage repair added to high tibial osteotomy"; both reviewers exclude it: every
    patient had ACI or OCA): "with and without concomitant high tibial osteotomy" names the claim's condition (its
    synonym "high tibial osteotomy"), and here it is what was added. The outcome reading is for claims of harm only."""
    fresh6 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh6" / "claims.yaml")}
    text = ("PURPOSE: To assess graft survivorship in patients who underwent autologous chondrocyte implantation (ACI) or "
            "osteochondral allograft transplantation (OCA) for the treatment of focal full-thickness cartilage lesions on "
            "the medial femoral condyle with and without concomitant high tibial osteotomy (HTO), depending on the "
            "preoperative lower-extremity alignment. METHODS: A total of 168 patients who underwent cartilage repair "
            "with ACI or OCA with or without HTO for focal chondral defects on the medial femoral condyle by a single "
            "surgeon between March 2007 and February 2018 were included. RESULTS: In ACI, neutral mechanical alignment "
            "resulted in a significantly longer graft survival compared with slight valgus alignment (P = .003).")
    article = one_block_article(32353621, "The Effect of Mechanical Leg Alignment on Cartilage Restoration With and "
                                "Without Concomitant High Tibial Osteotomy", text)
    from pipeline.claims.eligibility import _therapy_alone_against_add_on
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    reading = read_article(article)
    found = _therapy_alone_against_add_on(fresh6["C79"], reading, read_arms(reading))
    assert found and "with or without HTO" in found


FRESH158 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh158" / "claims.yaml")}


def test_a_hyphenated_short_name_is_not_read_inside_a_longer_one():
    """29127771 for C1338 (posterior against anteroposterior catheter drainage; both reviewers eligible): "P-PCD" was
    read inside "AP-PCD", so both listed groups seemed to get the posterior approach (cointervention_only)."""
    from pipeline.claims.mentions import names_concept

    ab = {"AP": "anteroposterior", "PCD": "percutaneous catheter drainage"}
    therapy = FRESH158["C1338"].therapy
    assert not names_concept(therapy, "31 patients underwent AP-PCD", ab)
    assert names_concept(therapy, "Forty-three patients underwent P-PCD", ab)
    # a short name without a hyphen is still read inside a compound ("hBM-MSCs" for "MSC")
    from pipeline.claims.models import Concept
    assert names_concept(Concept(name="mesenchymal stem cells", synonyms=("MSC",)), "hBM-MSCs were injected", {})


_HOOK_WIRE = [
    ("RATIONALE", "BACKGROUND", "Cranial arterial air embolism is a rare but potentially fatal complication after computed "
                                "tomography (CT)-guided pulmonary interventions."),
    ("PATIENT CONCERNS", "UNASSIGNED", "A 64-year-old man was diagnosed with a pulmonary nodule (diameter: approximately "
                                       "1 cm) in the right lower lobe. The patient developed convulsions after CT-guided "
                                       "hook-wire localization."),
    ("DIAGNOSIS", "METHODS", "Cranial CT revealed arborizing/linearly distributed gas in the territory of the right middle "
                             "cerebral artery."),
    ("INTERVENTIONS", "METHODS", "The patient was administered hyperbaric oxygen, antiplatelet aggregation therapy, and "
                                 "dehydration treatment."),
    ("OUTCOMES", "RESULTS", "Clinical death occurred 55 hours after air embolism."),
    ("LESSONS", "CONCLUSIONS", "Systemic air embolism is a serious complication of lung puncture. Clinicians should improve "
                               "their understanding of this complication and remain vigilant against air embolism."),
]
_HOOK_WIRE_TITLE = ("Cerebral arterial air embolism after computed tomography-guided hook-wire localization of a pulmonary "
                    "nodule: A case report.")


def _hook_wire(sections=_HOOK_WIRE):
    return rows_article(31045810, _HOOK_WIRE_TITLE, sections, ("Case Reports", "Journal Article"))


def test_what_a_case_tells_after_the_patient_fell_ill_treats_the_harm():
    """31045810 for C1340 (hook-wire localization causes cerebral air embolism; both reviewers eligible): the hyperbaric
    oxygen given for the embolism was read as a co-treatment of the hook wire (cointervention_only)."""
    el, _ = assess_as_linked(FRESH158["C1340"], _hook_wire(), "case_report", is_human=True)
    assert el.eligible, el


def test_a_treatment_before_the_patient_fell_ill_is_still_a_co_treatment():
    from pipeline.claims.eligibility import _case_other_treatment
    from pipeline.claims.reading import read_article

    before = [(lab, cat, text.replace("The patient developed convulsions after CT-guided hook-wire localization.",
                                      "He was treated with hyperbaric oxygen and CT-guided hook-wire localization."))
              for lab, cat, text in _HOOK_WIRE]
    assert _case_other_treatment(FRESH158["C1340"], read_article(_hook_wire(before)))
    assert _case_other_treatment(FRESH158["C1340"], read_article(_hook_wire())) is None
