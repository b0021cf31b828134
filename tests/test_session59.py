"""Session 59's readings, on the records' own text (issue 17, LINKER_RELEASE 2026.12.144, fresh159 after it was
scored): a claim whose outcome is a cost ("condoliase first costs less than surgery from the beginning", "ACI is more
cost-effective than microfracture") is tested by an economic evaluation or a decision model of the costs, which
for every other claim still reports no finding of what the therapy did to patients; an expert consensus reports no
finding for either."""

from __future__ import annotations

from eligibility_helpers import assess_as_linked, eval_catalog, rows_article
from pipeline.claims.eligibility import _claims_a_cost


FRESH159, FRESH100, FRESH12 = eval_catalog("fresh159"), eval_catalog("fresh100"), eval_catalog("fresh12")

# 36794375 (workshop corpus), both of fresh159's reviewers eligible for C1347
_CONDOLIASE = [
    ("AIMS", "OBJECTIVE", "This study aimed to analyze the cost-effectiveness of intradiscal condoliase injection "
     "compared to surgical or conservative treatment for patients with lumbar disc herniation (LDH) who are refractory "
     "to conservative treatment."),
    ("METHODS", "METHODS", "We performed the following cost-effectiveness analyses: (I) condoliase followed by open "
     "surgery (for non-responders to condoliase) vs. open surgery from the beginning, (II) condoliase followed by "
     "endoscopic surgery (for non-responders to condoliase) vs. endoscopic surgery from the beginning, and (III) "
     "condoliase + conservative treatment vs. conservative treatment. In the first two comparisons with surgical "
     "treatments, we assumed that utilities were equal in both groups and estimated the tangible (treatment, adverse "
     "events, postoperative follow-up) and intangible (mental and physical burden, and productivity loss) costs based "
     "on the existing literature, the medical expense scoring table, and online questionnaire. In the last comparison "
     "without surgical treatment, we estimated the incremental cost-effectiveness."),
    ("RESULTS", "RESULTS", "The average cost per patient of condoliase followed by open surgery (for non-responders to "
     "condoliase) was 701,643 yen, with a reduction of 663,369 in comparison to that of open surgery from the beginning "
     "(1,365,012 yen). The average cost per patient of condoliase followed by endoscopic surgery (for non-responders to "
     "condoliase) was 643,909 yen, with a reduction of 514,909 in comparison to that of endoscopic surgery from the "
     "beginning (1,158,817 yen). ICER was 1.58 million yen/QALY (ΔQALY = 0.119, 95% confidence interval: "
     "0.059-0.180; Δcost = 188,809 yen at 2 years post-treatment)."),
    ("CONCLUSIONS", "CONCLUSIONS", "Condoliase as a first line treatment option ahead of surgical treatment for LDH is "
     "superior, from a cost perspective, to surgical treatment from the beginning. Condoliase is also a cost-effective "
     "alternative to non-surgery conservative treatment."),
]
_CONDOLIASE_TITLE = ("Cost-effectiveness analysis of intradiscal condoliase injection vs. surgical or conservative "
                     "treatment for lumbar disc herniation.")

# 27318837, both of fresh100's reviewers eligible for C994: an economic model of chondrocyte implantation
_CCI = [
    ("INTRODUCTION", "BACKGROUND", "Until recently, treatment options for damage to cartilage in the knee were limited "
     "to the use of microfracture or, occasionally, mosaicplasty. The developments of autologous and characterised "
     "chondrocyte implantation have provided new treatment options but have large upfront costs. The objective of "
     "this study was to estimate the cost effectiveness of characterised chondrocyte implantation in the UK National "
     "Health Service."),
    ("METHODS", "METHODS", "An economic model was constructed in Microsoft Excel(®), with patients undergoing either "
     "microfracture or chondrocyte implantation. Following treatment failure, patients can undergo a series of "
     "interventions, ultimately ending in knee replacement. Effectiveness and utility were modelled using clinical "
     "trial data, which were supplemented with synthesised registry data, and costs were taken from published sources. "
     "Results were expressed in clinical events, quality-adjusted life-years (QALYs) and British pounds. Both costs and "
     "outcomes were discounted at 3.5 % per year."),
    ("RESULTS", "RESULTS", "Chondrocyte implantation is estimated to reduce the lifetime probability of knee replacement "
     "by 50 % in comparison with microfracture, and to increase QALYs by 0.72 (16.57 vs. 15.85). Costs were estimated "
     "to be £23,307 for chondrocyte implantation, and £8008 for microfracture, with the incremental cost of £15,299 for "
     "chondrocyte implantation reflecting reduced resource use offsetting some of the procedure cost. These values "
     "gave a cost per QALY gained of £21,245."),
    ("CONCLUSION", "CONCLUSIONS", "Chondrocyte implantation is estimated to provide substantial patient benefits over a "
     "lifetime horizon, with a considerable increase in QALYs. Despite the increase in costs, the procedure is cost "
     "effective at standard thresholds used in the UK."),
]
_CCI_TITLE = ("Cost Effectiveness of Characterised Chondrocyte Implantation for Treatment of Cartilage Defects of the "
              "Knee in the UK")


def test_only_claims_of_a_cost_are_read_as_such():
    assert _claims_a_cost(FRESH159["C1347"]) and _claims_a_cost(FRESH100["C994"])
    # a claim of what the therapy does to patients (leg pain), and one of a harm, are no claims of a cost
    assert not _claims_a_cost(FRESH12["C148"])
    assert not _claims_a_cost(FRESH159["C1348"])


def test_an_economic_evaluation_tests_a_claim_of_cost():
    """Before session 59 the record was excluded for C1347 as "an economic evaluation (Cost-effectiveness): what the
    therapy costs per outcome, not what it did to patients" - the claim's own outcome."""
    el, _ = assess_as_linked(FRESH159["C1347"], rows_article(36794375, _CONDOLIASE_TITLE, _CONDOLIASE), "cross_sectional",
                             is_human=True)
    assert el.eligible, el


def test_an_economic_evaluation_still_reports_no_finding_for_a_claim_of_effect():
    # fresh12 C148 (condoliase relieves the leg pain of disc herniation): the same record, both of its reviewers exclude
    el, _ = assess_as_linked(FRESH12["C148"], rows_article(36794375, _CONDOLIASE_TITLE, _CONDOLIASE), "cross_sectional",
                             is_human=True)
    assert not el.eligible and el.reason == "no_findings", el


def test_a_decision_model_of_the_costs_tests_a_claim_of_cost():
    """27318837 for C994 (ACI more cost-effective than microfracture): excluded before session 59 as an economic
    evaluation reporting no finding."""
    el, _ = assess_as_linked(FRESH100["C994"], rows_article(27318837, _CCI_TITLE, _CCI), "non_randomized_trial",
                             is_human=True)
    assert el.eligible, el


def test_an_expert_consensus_reports_no_finding_even_for_a_claim_of_cost():
    rows = [(lab, cat, text.replace("An economic model was constructed in Microsoft Excel(®)",
                                    "A modified Delphi panel of 14 surgeons rated the costs"))
            for lab, cat, text in _CCI]
    el, _ = assess_as_linked(FRESH100["C994"], rows_article(27318837, _CCI_TITLE, rows), "non_randomized_trial",
                             is_human=True)
    assert not el.eligible and el.reason == "no_findings" and "Delphi" in el.why, el


# 26613281, both of fresh160's reviewers eligible for C1352 (a harm claim: bicortical sacral screws and a presacral
# abscess)
_SACRAL_TITLE = ("Multiple recurrent postoperative spinal infections due to an unrecognized presacral abscess following "
                 "placement of bicortical sacral screws: case report.")
_SACRAL = ("Postoperative wound infections in spinal surgery remain an important complication to diagnose and treat "
           "successfully. In most cases of deep infection, even with instrumentation, aggressive soft-tissue debridement "
           "followed by intravenous antibiotics is sufficient. This report presents a patient who underwent L3-S1 "
           "laminectomy and pedicle screw placement including bicortical sacral screws. This patient went on to develop "
           "multiple (7) recurrent infections at the operative site over a 5-year period. Continued investigation "
           "eventually revealed a large presacral abscess, which remained the source of recurrent bacterial seeding via "
           "the remaining bone tracts of the bicortical sacral screws placed during the original lumbar surgery. Two "
           "years after drainage of this presacral collection via a retroperitoneal approach, the patient remains "
           "symptom free.")


def test_a_report_presenting_a_patient_presents_no_technique():
    from pipeline.claims.eligibility import _TECHNIQUE_SELF

    assert _TECHNIQUE_SELF.search("This report presents a patient who underwent L3-S1 laminectomy") is None
    assert _TECHNIQUE_SELF.search("This report describes two cases of presacral abscess") is None
    # a technique presented is still one
    assert _TECHNIQUE_SELF.search("This report presents a modified technique of sacral fixation")
    assert _TECHNIQUE_SELF.search("This technical note introduces an all-arthroscopic AMIC technique")


def test_symptom_free_without_a_hyphen_is_a_case_course():
    from pipeline.claims.direction_rules import reports_case_course

    assert reports_case_course("Two years after drainage, the patient remains symptom free.", ("Case Reports",))
    assert not reports_case_course("Two years after drainage, the patient was seen again.", ("Case Reports",))


def test_the_sacral_screw_case_is_no_technique_note():
    """Scored in fresh160, the case was excluded as "a technique description states no result" ("This report presents
    a patient"). Read since LINKER_RELEASE 2026.12.145 as a case; still excluded, now for what it is: the laminectomy the
    patient underwent with the screws counts as another treatment (both reviewers count the case: a miss left open)."""
    from eligibility_helpers import one_block_article

    el, _ = assess_as_linked(eval_catalog("fresh160")["C1352"],
                             one_block_article(26613281, _SACRAL_TITLE, _SACRAL, ("Case Reports", "Journal Article")),
                             "case_report", is_human=True)
    assert el.reason == "cointervention_only", el


def test_figures_set_side_by_side_are_no_arms():
    """fresh161 C1355's record (26432318): its study_comparisons held "n was significantly longer for the Medicaid
    patients who completed treatment (29" against "25 months)", and "and so on) and" against "sample" (LINKER_RELEASE
    2026.12.146 reads neither as a comparison of arms)."""
    from pipeline.nlp.arms import _after_closed_parenthesis, _versus

    assert list(_versus("Treatment duration was significantly longer for the Medicaid patients who completed "
                        "treatment (29 vs 25 months).")) == []
    assert list(_versus("Medicaid patients were more likely to be dismissed from treatment (19% vs 4%).")) == []
    side = "broken brackets, treatment duration, and so on) and compared with a sample".split(" compared with")[0]
    assert _after_closed_parenthesis(side.split(",")[-1]).strip() == ""
    # arms compared stay compared, a duration against another too, and a side holding its own parenthesis
    assert [(a.strip(), b.strip()) for a, b in _versus("PRP versus hyaluronic acid (19% vs 4%)")][0] == \
        ("PRP", "hyaluronic acid")
    assert list(_versus("Patients were treated for 3 vs 6 months of antitubercular therapy."))
    assert _after_closed_parenthesis(" platelet-rich plasma (PRP)") == " platelet-rich plasma (PRP)"
