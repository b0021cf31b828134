"""Readings from fresh54's errors (session 35), on the records' own text (workshop corpus, as PubMed has them).

fresh54 was scored once (code of ec09a1f, the session's rules after fresh53's readings) before it was opened; each
expectation is both blind reviewers' label (BA2, BB2).

* 26702384 (C623, "the STOP-BANG questionnaire detects obstructive sleep apnea"; both: eligible, a chart review of 502
  sleep studies): the closing sentences read as its conclusion, "Score thresholds of <=2 or 3 are highly sensitive ...",
  do not name the questionnaire; they repeat the words that followed its name a sentence before ("STOP-BANG score
  thresholds of >=7 and 8 are highly specific"), which is how the abstract refers back to it.
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.models import Article

FRESH54 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh54" / "claims.yaml")}

STOP_BANG = Article(
    pmid=26702384,
    title='STOP-BANG questionnaire as a screening tool for diagnosis of obstructive sleep apnea by unattended portable monitoring sleep study.',
    abstract='The Snoring, Tiredness, Observed apnea, high blood Pressure (STOP)-Body mass index (BMI), Age, Neck circumference, and Gender (BANG) questionnaire is a well validated screening tool for diagnosis of Obstructive sleep apnea (OSA) by an in- lab sleep study. However, performance of STOP-BANG as a screening tool for diagnosis of OSA in patients undergoing portable monitoring (PM) sleep study has not been well validated. We conducted a retrospective chart review of patients older than 18 years who had unattended portable monitoring sleep study done at a VA medical center between June 2012 and October 2014. STOP-BANG questionnaire and Epworth sleepiness scale (ESS) were routinely done prior to study. Sensitivity, specificity, and positive predictive value (PPV) various STOP-BANG score thresholds were calculated for diagnosis of OSA defined by Apnea Hypopnea Index (AHI) ≥5. Out of 502 unattended portable monitoring sleep studies, there were 465 males and 37 females. STOP-BANG thresholds of ≥2 and 3 have high sensitivity of 99.8 and 98.9 %, respectively, but very low specificity. Higher score thresholds of ≥7 and 8 have high specificity of 95 and 98.3 %, and PPV of 98.1 and 98.5 %, respectively, but very low sensitivity. A threshold of ≥7 in patients with BMI ≥30 was 100 % specific. The false negative rate for unattended portable monitoring sleep study compared to in-lab study was 80 %. STOP-BANG score thresholds of ≥7 and 8 are highly specific and have high PPV and therefore can potentially reduce need of diagnostic sleep studies in selected patients. Score thresholds of ≤2 or 3 are highly sensitive for AHI ≥5 by unattended portable monitoring sleep study but have high false negative rates. Therefore, in-lab sleep study should be performed to rule out OSA.',
    publication_types=['Journal Article'])

FINDING = ("Score thresholds of ≤2 or 3 are highly sensitive for AHI ≥5 by unattended portable monitoring sleep study "
           "but have high false negative rates.")


def test_a_finding_repeating_the_words_after_the_name_refers_back_to_it():
    e, _ = assess_as_linked(FRESH54["C623"], STOP_BANG, "cohort", is_human=True)
    assert e.eligible, e


def test_the_repeated_words_must_have_followed_the_name():
    # the same finding, in an abstract where "score thresholds" never followed the questionnaire's name
    claim = FRESH54["C623"]
    assert finding_about_claim(claim, STOP_BANG.title, [FINDING], {}, STOP_BANG.abstract).about
    other = STOP_BANG.abstract.replace("STOP-BANG score thresholds", "STOP-BANG cut-offs")
    assert not finding_about_claim(claim, STOP_BANG.title, [FINDING], {}, other).about
