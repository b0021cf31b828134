"""Session 61's readings, on the records' own text (issue 17): a study's aim or hypothesis, said the other ways
abstracts say it, names the intervention the study tests (data/lexicons/linker_cues.yaml ``intervention``; LINKER_RELEASE
2026.12.152), so a record that names the therapy nowhere else as given reaches the link threshold."""

from __future__ import annotations

import pytest

from eligibility_helpers import assess_as_linked, eval_catalog, one_block_article, rows_article
from pipeline.claims import linker
from pipeline.claims.aboutness import claims_a_test
from pipeline.claims.direction import passive_result_of
from pipeline.claims.direction_rules import OUTCOME_TESTED
from pipeline.claims.head_to_head import sets_against
from pipeline.models import Article


FRESH143 = eval_catalog("fresh143")

# PMID 123 (workshop corpus), both of fresh143's reviewers eligible for C1247 (proximal gastric vagotomy and reflux)
_VAGOTOMY_TITLE = ("The importance of an innervated and intact antrum and pylorus in preventing postoperative "
                   "duodenogastric reflux and gastritis.")
_VAGOTOMY = (
    "This study has investigated the relationship between duodenogastric reflux, gastritis and certain symptoms 6-12 "
    "months after three operations for uncomplicated duodenal ulcer. The operations studied were proximal gastric "
    "vagotomy (PGV, 20 cases), truncal vagotomy and pyloroplasty (TV+P, 22 cases) and truncal vagotomy and antrectomy "
    "(TV+A, 21 cases). Duodenogastric reflux was assessed both by a radiological technique and by measuring the "
    "concentration of bilirubin in the gastric aspirate before and after operation. Incidence and severity of "
    "postoperative gastritis were determined by endoscopic biopsy. Symptoms were assessed by symptomatic score and "
    "Visick grading. There was a significant correlation between duodenal reflux and histological evidence of both "
    "severe superficial gastritis and glandular atrophy (P less than 0-01). There was also a close association between "
    "the degree of reflux and the presence of severe heartburn, epigastric pain and bile vomiting after operation. The "
    "amount of reflux did not differ before operation. There was significantly less reflux following PGV than after "
    "either TV+P (P less than 0-025) or TV+A (P less than 0-001). The results indicate that an operation which "
    "preserves an innervated and intact antrum and pylorus will protect against postoperative duodenogastric reflux, "
    "gastritis and symptoms.")


@pytest.mark.parametrize("sentence", [
    # aims and hypotheses of the workshop corpus's records (29195732, 31985051, 16376236, 29882123, 22298438)
    "To compare the osteochondral allograft (OCA) outcomes of bipolar defects with isolated femoral defects.",
    "PURPOSE: To compare the osteochondral allograft (OCA) outcomes of bipolar defects with isolated femoral defects.",
    "We hypothesized that pulsed electromagnetic fields (PEMFs) would improve growth and healing of tissue-engineered "
    "cartilage grafts in a direction-dependent manner.",
    "This study tested the validity and reliability of the International Cartilage Repair Society (ICRS) cartilage "
    "repair assessment and the Oswestry Arthroscopy Score (OAS).",
    "The aim of the present study was to explore the therapeutic potential of cartilage regeneration using a new "
    "biphasic scaffold (type I collagen/hydroxyapatite).",
    "The present in vivo preliminary experiment is aimed at testing mechanical and biological behaviour of a new "
    "nano-structured composite multilayer biomimetic scaffold.",
    "The operations studied were proximal gastric vagotomy (PGV, 20 cases), truncal vagotomy and pyloroplasty.",
])
def test_a_stated_aim_or_hypothesis_names_the_studys_own_intervention(sentence):
    assert linker._INTERVENTION.search(sentence)


@pytest.mark.parametrize("sentence", [
    # what a record says of its methods or of others' work, without giving anything: no cue
    "Pearson's correlation coefficient was used to measure equivalence reliability.",
    "Scoring was repeated after a 2-month interval, to compare the two readings.",
    "Cell-based techniques have been proposed to repair cartilage.",
])
def test_a_sentence_that_states_no_aim_is_no_cue(sentence):
    assert not linker._INTERVENTION.search(sentence)


def test_what_a_study_says_it_studied_lifts_the_record_over_the_link_threshold():
    # the only body sentences naming proximal gastric vagotomy are "The operations studied were ..." (and the
    # results' "PGV"): read as the study's own intervention, the record reaches the threshold
    claim = FRESH143["C1247"]
    result = linker.assess(claim, Article(pmid=123, title=_VAGOTOMY_TITLE, abstract=_VAGOTOMY))
    assert any("named as the intervention" in r for r in result.reasons)
    assert result.relevance >= linker.LINK_THRESHOLD


# fresh165 (scored once, then development data): two records both reviewers call eligible whose conclusions speak of
# something else than the claim's outcome or name no device
FRESH165 = eval_catalog("fresh165")

# 26432123 (workshop corpus), as its XML gives it
_TOPOGRAPHER_TITLE = ("Comparison of corneal power, astigmatism, and wavefront aberration measurements obtained by a "
                      "point-source color light-emitting diode-based topographer, a Placido-disk topographer, and a "
                      "combined Placido and dual Scheimpflug device.")
_TOPOGRAPHER = [
    ("PURPOSE", "OBJECTIVE", "To evaluate and compare the performance of a point-source color light-emitting diode "
     "(LED)-based topographer (color-LED) in measuring anterior corneal power and aberrations with that of a "
     "Placido-disk topographer and a combined Placido and dual Scheimpflug device."),
    ("SETTING", "METHODS", "Cullen Eye Institute, Baylor College of Medicine, Houston, Texas USA."),
    ("DESIGN", "METHODS", "Retrospective observational case series."),
    ("METHODS", "METHODS", "Normal eyes and post-refractive-surgery eyes were consecutively measured using color-LED, "
     "Placido, and dual-Scheimpflug devices. The main outcome measures were anterior corneal power, astigmatism, and "
     "higher-order aberrations (HOAs) (6.0 mm pupil), which were compared using the t test."),
    ("RESULTS", "RESULTS", "There were no statistically significant differences in corneal power measurements in "
     "normal and post-refractive surgery eyes and in astigmatism magnitude in post-refractive surgery eyes between the "
     "color-LED device and Placido or dual Scheimpflug devices (all P > .05). In normal eyes, there were no "
     "statistically significant differences in 3rd-order coma and 4th-order spherical aberration between the color-LED "
     "and Placido devices and in HOA root mean square, 3rd-order coma, 3rd-order trefoil, 4th-order spherical "
     "aberration, and 4th-order secondary astigmatism between the color-LED and dual Scheimpflug devices (all P > .05). "
     "In post-refractive surgery eyes, the color-LED device agreed with the Placido and dual-Scheimpflug devices "
     "regarding 3rd-order coma and 4th-order spherical aberration (all P > .05)."),
    ("CONCLUSIONS", "CONCLUSIONS", "In normal and post-refractive surgery eyes, all 3 devices were comparable with "
     "respect to corneal power. The agreement in corneal aberrations varied."),
]

# 26183313 (workshop corpus): the results as its XML gives them, the conclusion on calibration
_AMH_TITLE = "Two new automated, compared with two enzyme-linked immunosorbent, antimüllerian hormone assays."
_AMH = [
    ("OBJECTIVE", "OBJECTIVE", "To compare new automated antimüllerian hormone (AMH) assay performance characteristics "
     "from the new automated Elecsys AMH (Roche; Elecsys) and Access AMH (Beckman Coulter; Access) assays with the "
     "existing AMH Gen II ELISA (enzyme-linked immunosorbent assay; Gen II; Beckman Coulter) and AMH ELISA (Ansh Labs) "
     "assays."),
    ("DESIGN", "METHODS", "Prospective assay evaluation."),
    ("PATIENT(S)", "METHODS", "Patients referred for serum AMH measurement (n = 83) before start of in vitro "
     "fertilization cycle between September 2014 and October 2014."),
    ("MAIN OUTCOME MEASURE(S)", "METHODS", "Serum AMH concentration."),
    ("RESULT(S)", "RESULTS", "Intra-assay coefficients of variation were low; Ansh ≤ 9.0%; Gen II ≤ 5.8%; Access ≤ "
     "10.7%; and Elecsys ≤ 2.8%. For all the assays, AMH exhibited a moderate positive correlation with AFC (r = "
     "0.62-0.64); number of cumulus oocyte complexes (r = 0.60-0.64); and metaphase II oocytes (r = 0.48-0.50). "
     "Accuracy of pregnancy prediction, as determined by area under the receiver operating characteristic curve, was "
     "uniformly low for all assays (0.62-0.63)."),
    ("CONCLUSION(S)", "CONCLUSIONS", "The novel automated assays exhibit strong concordance in calibration, but derived "
     "values are substantially lower than those obtained from pre-existing assays, with assay-specific interpretation "
     "required for routine clinical use. These results highlight the need for an international standard of "
     "measurement of AMH."),
]


def test_a_result_setting_the_therapy_against_the_comparator_is_about_the_therapy():
    # the conclusion names no device ("all 3 devices were comparable"); the results set the colour-LED device against
    # the others, the null's outcomes listed over 140 characters before "between"
    claim = FRESH165["C1384"]
    results = _TOPOGRAPHER[4][2]
    assert sets_against(claim, results.split(" In normal eyes")[0])
    assert not sets_against(claim, "The main outcome measures were anterior corneal power, astigmatism, and "
                                   "higher-order aberrations (HOAs) (6.0 mm pupil).")
    el, d = assess_as_linked(claim, rows_article(26432123, _TOPOGRAPHER_TITLE, _TOPOGRAPHER), "case_series",
                             is_human=True)
    assert not d.not_about
    assert el.eligible
    assert "corneal power measurements" in d.sentence


def test_a_correlation_stated_with_its_coefficient_is_a_result_on_the_outcome():
    claim = FRESH165["C1381"]
    el, d = assess_as_linked(claim, rows_article(26183313, _AMH_TITLE, _AMH), "observational", is_human=True)
    assert el.eligible
    assert "correlation with AFC" in d.sentence
    # a correlation said without its coefficient is not read as a test ("correlated with" alone is how background
    # sentences speak too)
    assert not OUTCOME_TESTED.search("AMH is known to be correlated with the antral follicle count.")


# A systematic review that pools no estimate but describes its own search reports what its included studies found
# (data/lexicons/eligibility_cues.yaml own_search); one the design reader calls a review that describes no search of its
# own reports no review (no_findings)
FRESH = eval_catalog("fresh")

# 28423287 (workshop corpus), both of fresh's reviewers eligible for C81
_MFX_ACI_TITLE = ("Microfracture Versus Autologous Chondrocyte Implantation for Articular Cartilage Lesions in the Knee: "
                  "A Systematic Review of 5-Year Outcomes")
_MFX_ACI = [
    ("BACKGROUND", "BACKGROUND", "Microfracture (MFx) and autologous chondrocyte implantation (ACI) are 2 surgical "
     "treatment options used to treat articular cartilage injuries of the knee joint."),
    ("PURPOSE", "OBJECTIVE", "To compare the midterm to long-term clinical outcomes of MFx versus ACI for focal "
     "chondral defects of the knee."),
    ("STUDY DESIGN", "METHODS", "Systematic review."),
    ("METHODS", "METHODS", "A systematic review was performed by searching PubMed, the Cochrane Library, and Embase to "
     "locate studies (level of evidence I-III) comparing the minimum average 5-year clinical outcomes of patients "
     "undergoing MFx versus ACI. Patients were evaluated based on treatment failure rates, magnetic resonance imaging, "
     "and patient-reported outcome scores (Lysholm, Knee Injury and Osteoarthritis Outcome Score [KOOS], and Tegner "
     "scores)."),
    ("RESULTS", "RESULTS", "Five studies (3 level I evidence, 2 level II evidence) were identified that met the "
     "inclusion criteria, including a total of 210 patients (211 lesions) undergoing MFx and 189 patients (189 "
     "lesions) undergoing ACI. Treatment failure occurred in 18.5% of patients undergoing ACI and 17.1% of patients "
     "undergoing MFx ( P = .70). Lysholm and KOOS scores were found to improve for both groups across studies, "
     "without a significant difference in improvement between the groups."),
    ("CONCLUSION", "CONCLUSIONS", "Patients undergoing MFx or first/third-generation ACI for articular cartilage "
     "lesions in the knee can be expected to experience improvement in clinical outcomes at midterm to long-term "
     "follow-up without any significant difference between the groups."),
]


def test_a_systematic_review_that_describes_its_search_is_counted_without_a_pooled_estimate():
    el, _ = assess_as_linked(FRESH["C81"], rows_article(28423287, _MFX_ACI_TITLE, _MFX_ACI), "systematic_review",
                             is_human=True)
    assert el.eligible, el.why


def test_a_review_that_describes_no_search_of_its_own_reports_no_findings():
    # the same record without the sentences that say how the review found its studies
    rows = [r for r in _MFX_ACI if r[0] not in ("METHODS", "RESULTS")]
    el, _ = assess_as_linked(FRESH["C81"], rows_article(28423287, _MFX_ACI_TITLE, rows), "systematic_review",
                             is_human=True)
    assert not el.eligible and el.reason == "no_findings"
    assert "describes a search" in el.why


# 26238982 (workshop corpus), both of fresh166's reviewers eligible for C1385 (a serum IgG ELISA against saliva testing
# for strongyloidiasis): for a claim about what a test tells, "the detection of IgG in serum" is the test's own reading
FRESH166 = eval_catalog("fresh166")
_STRONGYLOIDES_TITLE = ("Detection of parasite-specific IgG and IgA in paired serum and saliva samples for diagnosis of "
                        "human strongyloidiasis in northern Paraná state, Brazil.")
_STRONGYLOIDES = (
    "Human strongyloidiasis is an infection caused by the helminth Strongyloides stercoralis that can be fatal, "
    "especially in immunosuppressed patients. The aim of this study is to evaluate parasite-specific IgG and IgA levels "
    "using S. venezuelensis third-stage (L3) infective larvae alkaline extract as a heterologous antigen by ELISA in "
    "paired serum and saliva samples with improved sensitivity and specificity. Individuals from northern Paraná state, "
    "Brazil were divided into three groups: 30 patients copropositive for S. stercoralis (Group I); 30 clinically "
    "healthy individuals (Group II); and 30 patients copropositive for other parasites (Group III). In Group I, IgG was "
    "detected in 96.7% serum and in 6.7% saliva samples. IgG was not detected in Group II. The sensitivity values for "
    "detection of IgG and IgA in serum samples were 96.7% and 76.7%, respectively. In saliva samples, the sensitivity "
    "values for detection of IgG and IgA were 6.7% and 56.7%, respectively. The specificity value was 100% for the "
    "detection of IgG in serum and for detection of IgG and IgA in saliva, and 96.7% for detection of IgA in serum "
    "samples. The proper choice of immunological diagnosis to supplement parasitological methods is essential to "
    "estimate the true prevalence of the parasite, and will permit analysis of population immune response profiles, "
    "particularly in northern Paraná state, where there are no previous reports.")


def test_a_tests_own_detection_is_no_method_applied_to_it():
    claim = FRESH166["C1385"]
    assert claims_a_test(claim)  # "... detects human strongyloidiasis more sensitively than ..."
    el, d = assess_as_linked(claim, one_block_article(26238982, _STRONGYLOIDES_TITLE, _STRONGYLOIDES),
                             "case_control", is_human=True)
    assert d.not_about_kind is None, d.not_about
    assert el.eligible, el.why
    # a claim about what a therapy does keeps reading "allows for detection of MSCs" as a method applied to them
    assert not claims_a_test(FRESH["C81"])


# 29507618 (workshop corpus), both of fresh167's reviewers eligible for C1395 (verteporfin added to gefitinib in mice):
# the only sentence giving the therapy says what it did in the passive, the therapy its agent
FRESH167 = eval_catalog("fresh167")
_MIR630_TITLE = ("A low microRNA-630 expression confers resistance to tyrosine kinase inhibitors in EGFR-mutated lung "
                 "adenocarcinomas via miR-630/YAP1/ERK feedback loop.")
_MIR630 = (
    "Purpose: MicroRNA-630 plays dual roles in apoptosis and drug resistance in human cancers. However, the role of "
    "miR-630 in resistance to tyrosine kinase inhibitors (TKIs) in lung adenocarcinoma remains to be elucidated. "
    "Methods: Manipulation of miR-630 and its targeted gene YAP1 and/or combination of inhibitor treatments was "
    "performed to explore whether low miR-630 could confer TKI resistance due to de-targeting YAP1. Results: Low "
    "miR-630 expression may confer TKI resistance via increased SP1 binding to the miR-630 promoter due to ERK "
    "activation by YAP1 de-targeting. Xenographic tumors induced by miR-630-knockdown PC9 and PC9GR cells in nude mice "
    "were nearly suppressed by the combination of gefitinib with the YAP1 inhibitor verteporfin or an MEK/ERK "
    "inhibitor AZD6244. Patients with low miR-630 and high YAP1 expressing tumors had a higher prevalence of "
    "unfavorable responses to TKI therapy and poorer outcomes when compared with their counterparts. Conclusion: "
    "MiR-630 may be a potential biomarker for the prediction of TKI therapeutic response and outcome in patients with "
    "lung adenocarcinoma.")


def test_a_result_said_in_the_passive_names_its_agent_as_tested():
    claim = FRESH167["C1395"]
    sentence = ("Xenographic tumors induced by miR-630-knockdown PC9 and PC9GR cells in nude mice were nearly suppressed "
                "by the combination of gefitinib with the YAP1 inhibitor verteporfin or an MEK/ERK inhibitor AZD6244.")
    assert passive_result_of(claim.therapy, sentence, {})
    # the agent is what follows "by", in its clause: a therapy named before it did not do it
    assert not passive_result_of(claim.therapy, "After verteporfin, proliferation was inhibited by AZD6244.", {})
    article = one_block_article(29507618, _MIR630_TITLE, _MIR630)
    assert linker.assess(claim, article).relevance >= linker.LINK_THRESHOLD
    el, d = assess_as_linked(claim, article, "animal_study", is_animal=True, species=("mouse",))
    assert el.eligible, el.why
    assert "were nearly suppressed" in d.sentence
