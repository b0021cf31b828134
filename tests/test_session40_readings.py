"""Session 40's readings (fresh79 C876, after the set was scored), each on the real sentences of the records they were
written from: a conclusion that favours the study's own treatment over the claim's therapy is no support for the therapy
(pipeline/claims/comparison_findings.only_as_comparator), and a therapy named only as an event the study counts
("what better postpones knee arthroplasty") is not tested by it (eligibility._therapy_only_as_outcome_event)."""

from __future__ import annotations

from pipeline.claims import comparison_findings
from pipeline.claims.linker import link_claim_articles
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import ArmComparison, StudyArms
from tests.eligibility_helpers import assess_as_linked, sectioned_article

TKA = Claim(id="T1", title="Total knee replacement relieves end-stage knee osteoarthritis",
            therapy=Concept("total knee arthroplasty", ("total knee replacement", "TKA", "knee arthroplasty")),
            condition=Concept("end-stage knee osteoarthritis", ("knee osteoarthritis", "osteoarthritis of the knee")),
            quotes=(), seed_strength="asserted", query='"total knee arthroplasty"[tiab]', polarity=Polarity.BENEFIT)

# 32617651 (workshop corpus): marrow cells given two ways, compared on how long they put off the replacement
POSTPONE = Article(pmid=32617651, title=('Subchondral bone or intra-articular injection of bone marrow concentrate '
                                         'mesenchymal stem cells in bilateral knee osteoarthritis: what better '
                                         'postpone knee arthroplasty at fifteen years? A randomized study'),
                   abstract=('Purpose There is an increasing number of reports on the treatment of knee '
                             'osteoarthritis (OA) using mesenchymal stem cells (MSCs). However, it is not known what '
                             'would better drive osteoarthritis stabilization to postpone total knee arthroplasty '
                             '(TKA): targeting the synovial fluid by injection or targeting on the subchondral bone '
                             'with MSCs implantation. Methods A prospective randomized controlled clinical trial was '
                             'carried out between 2000 and 2005 in 120 knees of 60 patients with painful bilateral '
                             'knee osteoarthritis with a similar osteoarthritis grade. During the same anaesthesia, a'
                             ' bone marrow concentrate of 40 mL containing an average 5727 MSCs/mL (range 2740 to '
                             '7540) was divided in two equal parts: after randomization, one part (20 mL) was '
                             'delivered to the subchondral bone of femur and tibia of one knee (subchondral group) '
                             'and the other part was injected in the joint for the contralateral knee (intra-'
                             'articular group). MSCs were counted as CFU-F (colony fibroblastic unit forming). '
                             'Clinical outcomes of the patient (Knee Society score) were obtained along with '
                             'radiological imaging outcomes (including MRIs) at two year follow-up. Subsequent '
                             'revision surgeries were identified until the most recent follow-up (average of 15 '
                             'years, range 13 to 18 years). Results At two year follow-up, clinical and imaging (MRI)'
                             ' improvement was higher on the side that received cells in the subchondral bone. At the'
                             ' most recent follow-up (15 years), among the 60 knees treated with subchondral cell '
                             'therapy, the yearly arthroplasty incidence was 1.3% per knee-year; for the 60 knees '
                             'with intra-articular cell therapy, the yearly arthroplasty incidence was higher (p = '
                             '0.01) with an incidence of 4.6% per knee-year. For the side with subchondral cell '
                             'therapy, 12 (20%) of 60 knees underwent TKA, while 42 (70%) of 60 knees underwent TKA '
                             'on the side with intra-articular cell therapy. Among the 18 patients who had no '
                             'subsequent surgery on both sides, all preferred the knee with subchondral cell therapy.'
                             ' Conclusions Implantation of MSCs in the subchondral bone of an osteoarthritic knee is '
                             'more effective to postpone TKA than injection of the same intra-articular dose in the '
                             'contralateral knee with the same grade of osteoarthritis.'))

# 32322943 (workshop corpus): marrow cells in one knee, the replacement in the other, randomised by knee
_SECTIONS = [
    AbstractSection('PURPOSE', 'PURPOSE', ('Recently, mesenchymal stem cells (MSCs) have been proposed as potential '
                                           'treatment modalities for knee osteoarthritis. However, indications and '
                                           'long-term results have not been frequently reported. The purpose of this '
                                           'study was to determine whether bone marrow lesion on MRI are predictive '
                                           'of risk progression to total knee arthroplasty during the first ten years'
                                           ' after subchondral cell therapy.')),
    AbstractSection('METHODS', 'METHODS', ('This study included 140 adults aged 65 to 90 years. These 140 patients '
                                           '(mean age 75.4 ± 14.2 years) planned to undergo staged-bilateral total '
                                           'knee arthroplasty (TKA) for medial osteoarthritis, had "comparable" pain '
                                           'in both knees, and accepted randomization of the knees for surgery. They '
                                           'received TKA on one side and a subchondral injection of MSCs (from iliac '
                                           'bone marrow concentrate) on the contralateral knee during the same '
                                           'anaesthetic. The bone marrow graft of 20 cm(3) volume (10 cc in the tibia'
                                           ' and 10 cc in the femur) contained average 7800 MSCs/mL (range 3120 to '
                                           '11,560). The baseline volume of bone marrow lesions (BMLs) on the tibia '
                                           'and on the femoral condyle determined on MRI was average 3.4 cm(3) (range'
                                           ' 0.4 to 6.4 cm(3)). The risk of subsequent knee arthroplasty due to '
                                           'absence of bone marrow lesions regression as well as osteoarthritis (OA) '
                                           'grade was evaluated with Cox proportional-hazards ratio after control of '
                                           'baseline variables (number of cells injected, age, knee alignment).')),
    AbstractSection('RESULTS', 'RESULTS', ('After treatment with MSCs injection in bone marrow lesions of the '
                                           'subchondral bone, medial femorotibial compartment BML volume experienced '
                                           'regression over 24 months (mean regression 1.5 cm(3), range 0.8 to 3.2 '
                                           'cm(3)). At the most recent follow up (average of 15 years, range 10 to 20'
                                           ' years), a total of 25 (18%) of the 140 patients underwent total knee '
                                           'arthroplasty performed at a mean of ten years (range, 5 to 15 years) '
                                           'after the date of the cell therapy. The overall incidence of knee '
                                           'arthroplasty after cell therapy was 1.19% per person-year which was '
                                           'equivalent to the risk of a revision for a primary TKA in the '
                                           'contralateral knees of the same patient population (21 revisions, '
                                           'corresponding to 1.00% revision per person-year; p = 0.34). After '
                                           'adjusting for confounders, persistent BMLs larger than 3 cm(3) after cell'
                                           ' therapy was a strong independent risk factor for total knee arthroplasty'
                                           ' (hazard ratio HR = 4.42 [95% CI = 2.34 to 7.21]; p '
                                           '\\textbackslashtextless 0.001), regardless of OA grade, with higher risks '
                                           'demonstrated for larger BMLs. Incidence rates of arthroplasty were also '
                                           'higher for young patients and for knees presenting severe malalignment.')),
    AbstractSection('CONCLUSIONS', 'CONCLUSIONS', ('This study showed that subchondral bone marrow concentrate (as '
                                                   'compared with TKA) had a sufficient effect on pain to postpone or'
                                                   ' avoid the TKA in the contra lateral joint of patients with '
                                                   'bilateral osteoarthritis. Bone marrow lesions were predictive '
                                                   'factors for future knee arthroplasty in the knee with subchondral'
                                                   ' cell therapy at ten years follow-up.')),
]
VERSUS = sectioned_article(32322943, ('Human bone marrow mesenchymal stem cell injection in subchondral lesions of '
                                      'knee osteoarthritis: a prospective randomized study versus contralateral '
                                      'arthroplasty at a mean fifteen year follow-up'), _SECTIONS, publication_types=())


def _eligibility(claim, article):
    return assess_as_linked(claim, article, "rct", is_human=True)[0]


def test_a_therapy_named_only_as_what_the_study_puts_off_is_not_tested():
    e = _eligibility(TKA, POSTPONE)
    assert not e.eligible and e.reason == "therapy_not_tested" and "event the study counts" in e.why


def test_a_therapy_one_arm_received_is_no_event():
    # "They received TKA on one side": the replacement is an arm of the trial, whatever else the abstract counts
    e = _eligibility(TKA, VERSUS)
    assert "event the study counts" not in (e.why or "")


def test_a_conclusion_favouring_the_other_arm_is_no_support_for_the_comparator():
    (r,) = link_claim_articles(TKA, [VERSUS], evidence={VERSUS.pmid: ("rct", True, False, False, ())})
    assert r.direction == "supports"  # the conclusion's tone: marrow concentrate "(as compared with TKA)" worked
    (r,) = comparison_findings.apply(TKA, [r], {VERSUS.pmid: VERSUS}, None, {})
    assert r.direction == "unclear"
    assert any("only the comparator" in x for x in r.reasons)
    assert all(c.finding == "unclear" for c in r.arms.comparisons if c.finding_source == "direction_rules")


def _arms(*pairs):
    return StudyArms(comparisons=tuple(ArmComparison(i, c, None, "") for i, c in pairs))


def test_only_as_comparator_needs_the_therapy_on_the_comparator_side_and_never_as_the_intervention():
    assert comparison_findings.only_as_comparator(TKA, _arms(("subchondral cell therapy", "contralateral TKA")))
    assert comparison_findings.only_as_comparator(TKA, _arms(("cell therapy", "TKA"), ("group A", "group B")))
    assert not comparison_findings.only_as_comparator(TKA, _arms(("TKA", "non-operative treatment")))
    assert not comparison_findings.only_as_comparator(TKA, _arms(("cell therapy", "TKA"), ("TKA", "exercise")))
    assert not comparison_findings.only_as_comparator(TKA, _arms(("group A", "group B")))
