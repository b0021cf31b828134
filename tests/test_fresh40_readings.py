"""Readings from fresh40's errors (session 30), on the records' own text (workshop corpus, as PubMed has them).

fresh40 was scored once (ba05e2f) before it was opened; each expectation is both blind reviewers' label.

* 11380424 (C456, "thiamine treats thiamine-responsive megaloblastic anaemia"; both: not eligible) is a genetic case
  report. Thiamine is named only inside the disease's name, in the disease's short form "TRMA" (whose long form holds
  the word), and as the body's own handling of it ("the high-affinity thiamine transporter gene"). No patient is said
  to get thiamine; it was read as the study's intervention.
* 26702378 (C461, "radical radiotherapy controls prostate cancer"; both: not eligible) studies what an MRI test changes
  in radiotherapy planning ("impact on treatment decisions for radical radiotherapy"); it was read as the therapy's
  own cohort.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import _names_therapy_as_given
from pipeline.models import Article

FRESH40 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh40" / "claims.yaml")}

TRMA = Article(
    pmid=11380424,
    title="A novel mutation in the SLC19A2 gene in a Tunisian family with thiamine-responsive megaloblastic anaemia, "
          "diabetes and deafness syndrome.",
    abstract="Thiamine-responsive megaloblastic anaemia (TRMA) syndrome with diabetes and deafness was found in two "
             "patients from a Tunisian kindred. The proband was homozygous for a novel mutation, 287delG, in the "
             "high-affinity thiamine transporter gene, SLC19A2. We demonstrated that fibroblasts from this patient "
             "exhibited defective thiamine transport. These data confirm that the SLC19A2 gene is the high-affinity "
             "thiamine carrier and that this novel mutation is responsible for TRMA syndrome.",
    publication_types=["Case Reports", "Journal Article"])

MPMRI = Article(
    pmid=26702378,
    title="Tumor staging using 3.0 T multiparametric MRI in prostate cancer: impact on treatment decisions for radical "
          "radiotherapy.",
    abstract="To assess and validate the incorporation of the multiparametric magnetic resonance imaging (mpMRI) tumour "
             "category (mT-category) to the conventional clinical tumour category (cT-category), in order to guide the "
             "radiotherapy (RT) treatment decisions in prostate cancer. In addition, to identify the clinical factors "
             "associated to the technique reliability. mpMRI was performed in 274 prostate cancer patients in order to "
             "refine the treatment decisions according to PSA, Gleason Score (GS) and cT-category. Comparisons between "
             "the cT and mT-category were performed, as well as the impact on the RT treatment [target volume, doses "
             "and hormonal therapy (HT)] independently if it was finally performed. Changes in HT indication for "
             "intermediate risk were also analyzed. mpMRI validation was performed with pathological staging (n = 90 "
             "patients finally decided to join surgery). The mpMRI upstaging range was 86-94 % for any PSA value or GS. "
             "Following mpMRI, 32.8 % of the patients (90/274) were assigned to a different risk group. Compared to "
             "cT-category, mpMRI identified more intermediate-risk (46.4 vs. 59.5 %) and high-risk (19.0 vs. 28.8 %) "
             "prostate cancer patients. This resulted in a higher indication (p < 0.05) of seminal vesicle irradiation "
             "(63.5 vs. 70.0 %), inclusion of any extracapsular disease (T3-T4) within the target volume (1.8 vs. 18.2 "
             "%), higher doses (65.3 vs. 88.3 %) and HT associated to RT (45.6 vs. 62.4 %). Global accuracy for mpMRI "
             "was higher compared to DRE/TRUS (8.9 vs. 71.1 %, p < 0.05). mpMRI reliability was independent of PSA or "
             "GS. mpMRI tumor staging significantly modified the RT treatment decisions in all prostate cancer risk "
             "groups.")


def test_a_case_report_naming_the_substance_only_in_the_disease_and_its_transporter_gives_it_to_no_one():
    e, _ = assess_as_linked(FRESH40["C456"], TRMA, "case_report", is_human=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e


def test_a_substance_named_as_given_still_counts():
    claim = FRESH40["C456"]
    assert _names_therapy_as_given(claim, "The anaemia resolved after oral thiamine 100 mg daily.", {})
    assert not _names_therapy_as_given(claim, "Thiamine-responsive megaloblastic anaemia (TRMA) syndrome was found.",
                                       {"TRMA": "Thiamine-responsive megaloblastic anaemia"})
    assert not _names_therapy_as_given(claim, "the high-affinity thiamine transporter gene, SLC19A2", {})


def test_what_a_test_changes_in_treatment_decisions_is_not_what_the_treatment_did():
    e, _ = assess_as_linked(FRESH40["C461"], MPMRI, "other", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
    assert "treatment decisions" in e.why, e


def test_the_implications_of_a_condition_in_the_exposures_patients_are_what_was_measured():
    # C465's 26702177 ("psoriasis can cause depression and anxiety"; both reviewers: eligible, a cross-sectional study)
    from pipeline.claims.eligibility import _IMPLICATION

    assert not _IMPLICATION.search("A Cross-sectional Study of Prevalence and Implications of Depression and Anxiety in "
                                   "Psoriasis.")
    assert _IMPLICATION.search("The androgen receptor is a negative regulator of eIF4E phosphorylation at S209: "
                               "implications for the use of mTOR inhibitors in advanced prostate cancer")
    assert _IMPLICATION.search("Implications of these findings for the use of mTOR inhibitors")
