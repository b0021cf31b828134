"""Readings from fresh12's errors (session 19, after the set's once-only score; the text is the records' own).

* 26702254 (C151, "adding a DPP-4 inhibitor to metformin improves glycaemic control"; both blind reviewers: an eligible
  meta-analysis of 19 randomised trials, Moderate): the abstract defines "dipeptidyl peptidase-4 inhibitors (DPPIs)" and
  then writes the combination "DPPI-MET"; the finding was read as not about the inhibitors, and the claim had No
  evidence.
* 36794375 (C148, condoliase for lumbar disc herniation; both reviewers no_findings): a cost-effectiveness model.
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.mentions import names_concept
from pipeline.claims.models import Concept
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH12 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh12" / "claims.yaml")}

DPPI = ("Combinational therapies are often required in the management of type 2 diabetes mellitus (T2DM). Among the "
        "important candidates, dipeptidyl peptidase-4 inhibitors (DPPIs) and metformin combination (DPPI-MET) have shown "
        "promising endeavors. Nineteen studies were selected and included in the meta-analyses. DPPI-MET significantly "
        "improved all disease endpoints and the difference could be noticed up to 2 years in the majority of outcome "
        "measures. In comparison with PBO-MET, the DPPI-MET combinational therapy resulted in the percent HbA1c changes "
        "from baseline with a mean difference [95% CI] of -0.77 [-0.86, -0.69] in 3-month (P < 0.00001).")


def test_a_short_form_the_abstract_defines_names_the_therapy_in_compounds_and_in_the_singular():
    reading = read_article(Article(pmid=26702254, title="Systematic review and meta-analysis of efficacy and safety of "
                                   "combinational therapy with metformin and dipeptidyl peptidase-4 inhibitors.", abstract=DPPI))
    therapy = FRESH12["C151"].therapy
    assert reading.abbreviations.get("DPPIs") == "dipeptidyl peptidase-4 inhibitors"
    assert names_concept(therapy, "DPPI-MET significantly improved all disease endpoints", reading.abbreviations)
    assert names_concept(therapy, "the DPPIs were well tolerated", reading.abbreviations)
    # not without the abstract's definition, and not a short form that names something else
    assert not names_concept(therapy, "DPPI-MET significantly improved all disease endpoints", {})
    assert not names_concept(therapy, "DPPI-MET significantly improved all disease endpoints",
                             {"DPPIs": "diphenyl propyl indoles"})
    assert not names_concept(Concept("metformin"), "SGLT-MET was given", {"SGLTs": "sodium glucose transporters"})


CEA_TITLE = ("Cost-effectiveness analysis of intradiscal condoliase injection vs. surgical or conservative treatment for "
             "lumbar disc herniation")
CEA = ("AIMS: This study aimed to analyze the cost-effectiveness of intradiscal condoliase injection compared to surgical "
       "or conservative treatment for patients with lumbar disc herniation (LDH) who are refractory to conservative "
       "treatment. METHODS: We performed the following cost-effectiveness analyses: (I) condoliase followed by open surgery "
       "(for non-responders to condoliase) vs. open surgery from the beginning, (II) condoliase followed by endoscopic "
       "surgery (for non-responders to condoliase) vs. endoscopic surgery from the beginning, and (III) condoliase + "
       "conservative treatment vs. conservative treatment. RESULTS: The average cost per patient of condoliase followed by "
       "open surgery (for non-responders to condoliase) was 701,643 yen, with a reduction of 663,369 in comparison to that "
       "of open surgery from the beginning (1,365,012 yen). ICER was 1.58 million yen/QALY (ΔQALY = 0.119, 95% confidence "
       "interval: 0.059-0.180; Δcost = 188,809 yen at 2 years post-treatment). CONCLUSIONS: Condoliase as a first line "
       "treatment option ahead of surgical treatment for LDH is superior, from a cost perspective, to surgical treatment "
       "from the beginning.")


def test_an_economic_evaluation_reports_costs_not_what_the_therapy_did():
    claim = FRESH12["C148"]
    reading = read_article(Article(pmid=36794375, title=CEA_TITLE, abstract=CEA))
    e = assess_eligibility(claim, reading, read_arms(reading), "other", title=CEA_TITLE)
    assert e.reason == "no_findings" and "economic evaluation" in e.why, e
    # a trial's own economic evaluation reports the trial
    trial = CEA.replace("We performed the following cost-effectiveness analyses:", "Sixty patients were randomized to")
    reading = read_article(Article(pmid=1, title=CEA_TITLE, abstract=trial))
    assert "economic evaluation" not in assess_eligibility(claim, reading, read_arms(reading), "rct", title=CEA_TITLE).why


def test_a_short_form_inside_another_word_is_not_the_therapy():
    """fresh2 C91 (27487736, osteochondral autograft transfer against microfracture): "(ΔOAT-MFX = …)" is a difference
    between the arms, not the therapy; and bundled C11 (27151837, sheep): "BMC-HA treatment … MSC-HA" names constructs
    of the concentrate and of the cells with hyaluronan - the short forms as defined ("BMC", "MSC") are not read inside
    compounds (a first version did, and put the therapy on both sides of both comparisons; caught on the full build).
    Only a plural short form's singular is read alone or before a hyphen ("DPPIs" ... "DPPI-MET")."""
    from pipeline.claims.catalog import DEFAULT_CATALOG

    c91 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh2" / "claims.yaml")}["C91"]
    plural = {"OATs": "osteochondral autograft transfers"}
    assert not names_concept(c91.therapy, "MFX (ΔOAT-MFX, 0.7)", plural)
    assert names_concept(c91.therapy, "OAT-treated knees", plural)
    c11 = {c.id: c for c in load_catalog(DEFAULT_CATALOG)}["C11"]
    ab = {"BMC": "bone marrow concentrate", "MSC": "mesenchymal stem cells", "HA": "Hyaff(®)-11"}
    assert not names_concept(c11.therapy, "BMC-HA treatment showed a greater repair ability in inhibiting OA progression", ab)


FRAILTY_TITLE = "Physical Exercise as Therapy for Frailty."
FRAILTY = 'Longitudinal studies demonstrate that regular physical exercise extends longevity and reduces the risk of physical disability. Decline in physical activity with aging is associated with a decrease in exercise capacity that predisposes to frailty. The frailty syndrome includes a lowered activity level, poor exercise tolerance, and loss of lean body and muscle mass. Poor exercise tolerance is related to aerobic endurance. Aerobic endurance training can significantly improve peak oxygen consumption by ∼10-15%. Resistance training is the best way to increase muscle strength and mass. Although the increase in muscle mass in response to resistance training may be attenuated in frail older adults, resistance training can significantly improve muscle strength, particularly in institutionalized patients, by ∼110%. Because both aerobic and resistance training target specific components of frailty, studies combining aerobic and resistance training provide the most promising evidence with respect to successfully treating frailty. At the molecular level, exercise reduces frailty by decreasing muscle inflammation, increasing anabolism, and increasing muscle protein synthesis. More studies are needed to determine which exercises are best suited, most effective, and safe for this population. Based on the available studies, an individualized multicomponent exercise program that includes aerobic activity, strength exercises, and flexibility is recommended to treat frailty.'


def test_an_abstract_retelling_other_studies_is_no_study_of_its_own():
    """26524568 (C149, "physical exercise reverses frailty"; both reviewers no_findings, a narrative review): the design
    reader made it a cohort from "Longitudinal studies demonstrate …"; no sentence says what its authors did and no
    participants are counted, so it reports no study of its own (the claim read Very low where the reviewers found no
    evidence). A series that counts its eyes is one (fresh7 C104's 25466483, every sentence passive or nominal)."""
    claim = FRESH12["C149"]
    reading = read_article(Article(pmid=26524568, title=FRAILTY_TITLE, abstract=FRAILTY))
    e = assess_eligibility(claim, reading, read_arms(reading), "cohort", title=FRAILTY_TITLE)
    assert e.reason == "no_findings" and "counts any participants" in e.why, e
    counted = FRAILTY + " The study group comprised 1852 eyes and the control group, 2228 eyes."
    reading = read_article(Article(pmid=1, title=FRAILTY_TITLE, abstract=counted))
    assert "counts any participants" not in assess_eligibility(claim, reading, read_arms(reading), "cohort",
                                                               title=FRAILTY_TITLE).why
