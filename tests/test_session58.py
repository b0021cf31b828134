"""Session 58's readings, on the records' own text (issue 17, EXTRACTOR_RELEASE 2026.12.37): the single-case cue
"we report / present / describe a ... patient" ends at a word end, so a count of patients described is a case series
and not one case ("We report the clinical, radiological and microbiological features of ten patients"), while a study
that states its own design keeps it ("STUDY DESIGN: Cohort study" over "The first 321 consecutive patients")."""

from __future__ import annotations

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
