"""How one trial's result is read for a claim (session 14, from fresh7's two single-trial claims; the sentences are the
records' own, as PubMed has them).

* fresh7 C102, "low-dose propofol suppresses fentanyl-induced cough" (PMID 26702212): the abstract has no conclusion
  section, so its last two results sentences stand in for one; the second is about haemodynamics and baseline values
  ("were similar ... no significant difference between two groups in the baseline value"), and its null outweighed the
  finding on cough. Both blind reviewers: supports.
* fresh7 C103, "as-needed budesonide-formoterol controls mild asthma as well as daily maintenance therapy" (SYGMA 1,
  PMID 29768149): "superior ... to as-needed terbutaline ..., but was inferior to budesonide maintenance therapy".
  Both blind reviewers: contradicts (Moderate certainty against the claim); the project read "unclear".
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.comparison_findings import against_comparator, article_direction
from pipeline.claims.direction import read_claim_direction
from pipeline.claims.head_to_head import read_versus
from pipeline.claims.side_findings import is_side_finding, without_side_nulls
from pipeline.models import AbstractSection, Article
from tests.test_comparator_claims import SYGMA as COMPARATOR_TESTS_SYGMA

FRESH7 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh7" / "claims.yaml")}

PROPOFOL_RESULTS = (
    "The incidences of FIC were 9.2% and 40.8% in Group A (propofol) and Group B (placebo) respectively (P = 0.04). "
    "Furthermore, there was a significant difference in the intensity of cough between Groups A and B (P < 0.0001). "
    "The hemodynamic value (systolic blood pressure, diastolic blood pressure, heart rate, mean arterial pressure and "
    "saturation of oxygen) were similar, and there was no significant difference between two groups in the baseline "
    "value or after propofol or placebo injection.")
PROPOFOL_SECTIONS = [
    AbstractSection("BACKGROUND AND AIMS", "OBJECTIVE",
                    "Fentanyl-induced cough (FIC) is often seen after intravenous (IV) administration of fentanyl during the "
                    "induction of general anesthesia. The aim of this study was to evaluate the effectiveness of low dose "
                    "of propofol in suppressing of FIC during induction of anesthesia."),
    AbstractSection("MATERIAL AND METHODS", "METHODS",
                    "In a prospective double-blind randomized controlled trial, a total of 240 patients, American Society "
                    "of Anesthesiologists physical status Class I and II, scheduled for elective surgery were randomly "
                    "assigned into two equally sized groups (n = 120). Patients in Group A received low dose of propofol "
                    "(10 mg) and patients in Group B received the same volume of normal saline (control group). Two "
                    "minutes later, all patients were given fentanyl (2 μg/kg) over 2 s through the peripheral IV line in "
                    "the forearm. The vital sign profiles and frequency and intensity of cough were recorded within 2 min "
                    "after fentanyl bolus by a nurse blinded to study design."),
    AbstractSection("RESULTS", "RESULTS", PROPOFOL_RESULTS),
]
PROPOFOL = Article(
    pmid=26702212, title="Can low dose of propofol effectively suppress fentanyl-induced cough during induction of "
    "anaesthesia? A double blind randomized controlled trial.",
    abstract="\n\n".join(f"{s.label}: {s.text}" for s in PROPOFOL_SECTIONS), abstract_sections=PROPOFOL_SECTIONS)
HAEMODYNAMICS = PROPOFOL_RESULTS.split(". ")[-1]

SYGMA_CONCLUSION = (
    "In patients with mild asthma, as-needed budesonide-formoterol provided superior asthma-symptom control to "
    "as-needed terbutaline, assessed according to electronically recorded weeks with well-controlled asthma, but was "
    "inferior to budesonide maintenance therapy.")
SYGMA_RESULT = (
    "With respect to the mean percentage of weeks with well-controlled asthma per patient, budesonide-formoterol was "
    "superior to terbutaline (34.4% vs. 31.1% of weeks; odds ratio, 1.14; 95% confidence interval [CI], 1.00 to 1.30; "
    "P=0.046) but inferior to budesonide maintenance therapy (34.4% and 44.4%, respectively; odds ratio, 0.64; 95% CI, "
    "0.57 to 0.73).")
SYGMA = COMPARATOR_TESTS_SYGMA  # the same record as tests/test_comparator_claims.py's (one copy of its text)


# --- C102: a null about baseline values and haemodynamics is not the finding on cough --------------------------------

def test_a_trial_is_read_by_its_finding_on_the_claims_outcome_not_its_haemodynamics():
    d = read_claim_direction(FRESH7["C102"], PROPOFOL)
    assert d.direction == "supports", d  # was no_effect, from the haemodynamic sentence's "similar" and null
    assert not d.not_about
    assert d.sentence != HAEMODYNAMICS


def test_which_sentences_are_side_findings():
    claim = FRESH7["C102"]
    assert is_side_finding(claim, HAEMODYNAMICS)
    # the finding on the claim's outcome is kept, with or without its condition named
    assert not is_side_finding(claim, PROPOFOL_RESULTS.split(". ")[1])
    # a null on the claim's own condition is its finding, whatever else the sentence names
    assert not is_side_finding(claim, "There was no significant difference in the incidence of cough or in heart rate "
                                      "between the two groups.")
    # a measure besides the outcome with an effect of its own is not set aside as a null ("reduced")
    assert not is_side_finding(claim, "Propofol significantly reduced heart rate, with no difference in baseline values.")
    # another outcome beside the side measure: the null may be on it (fresh5 C59, PMID 23880403; fresh6 C68,
    # PMID 28976425, whose main finding names its baseline)
    assert not is_side_finding(claim, "There was no difference (P > .05) in graft quality as assessed by MRI (MOCART "
                                      "composite score: AR, 3.34; CR, 3.04), with no patients suffering any adverse "
                                      "effects from the implant up to 12 months, regardless of rehabilitation protocol.")
    assert not is_side_finding(claim, "Outcome scores (baseline and postoperative) and change scores did not differ "
                                      "significantly between groups.")
    # a claim about safety keeps its safety sentences (fresh7 C104: "... is safer than standard phacoemulsification")
    assert not is_side_finding(FRESH7["C104"], "There was no significant difference in complications between the groups.")


# --- C107: a null said of the side effects inside a sentence that states the finding ----------------------------------

FRESH8 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh8" / "claims.yaml")}
# PMID 26702205's conclusion (workshop corpus; both reviewers: eligible, supports)
CLONIDINE = ("We conclude that the addition of clonidine in doses of 75 μg and 37.5 μg to low-dose bupivacaine and "
             "bupivacaine-fentanyl prolongs the sensory and motor block while increasing the duration of postoperative "
             "analgesia without significant side-effects.")


def test_a_null_on_the_side_effects_is_not_the_sentences_finding():
    claim = FRESH8["C107"]
    art = Article(26702205, "Clonidine as an adjuvant to low-dose bupivacaine in spinal anaesthesia", CLONIDINE,
                  abstract_sections=[AbstractSection("CONCLUSION", "CONCLUSIONS", CLONIDINE)])
    d = read_claim_direction(claim, art, {})
    assert d.direction == "supports", d  # was no_effect: "without significant" read as the finding's null
    assert d.sentence.endswith("without significant side-effects.")  # shown as written
    read, shown = without_side_nulls(claim, [CLONIDINE])
    assert read[0].endswith("postoperative analgesia.") and shown == {read[0]: CLONIDINE}
    # kept whole: a sentence whose own finding is a null, one with no effect of its own, and a claim about safety
    for s in ("No significant difference in pain scores was found, without significant side-effects.",
              "The block was performed without significant side-effects."):
        assert without_side_nulls(claim, [s]) == ([s], {})
    assert without_side_nulls(FRESH7["C104"], [CLONIDINE]) == ([CLONIDINE], {})


# --- C103: a three-arm trial's clause against the claim's comparator --------------------------------------------------

def test_inferior_to_the_named_comparator_contradicts_a_head_to_head_claim():
    claim = FRESH7["C103"]
    direction, _arms = article_direction(claim, SYGMA, "supports")
    assert direction == "contradicts"  # was unclear: the findings reader left the three-arm sentence unread
    v = read_versus(claim, [SYGMA_CONCLUSION])
    assert v is not None and v.finding == "contradicts" and v.sentence == SYGMA_CONCLUSION
    # the results sentence too, with its bracketed figures (their semicolons are no clause ends)
    assert read_versus(claim, [SYGMA_RESULT]).finding == "contradicts"


def test_the_clause_about_the_other_arm_says_nothing_against_the_comparator():
    claim = FRESH7["C103"]
    # "superior to as-needed terbutaline" alone is no finding against daily maintenance
    assert read_versus(claim, ["Budesonide-formoterol was superior to terbutaline (34.4% vs. 31.1% of weeks)."]) is None
    # "not inferior" is no worse; for an equivalence claim it is left to the other readers (never read as support here)
    assert read_versus(claim, ["As-needed budesonide-formoterol was not inferior to budesonide maintenance therapy."]) is None
    # the comparator named as the subject of its own comparison: "<comparator> was superior to <therapy>"
    v = read_versus(claim, ["Budesonide maintenance therapy was superior to as-needed budesonide-formoterol for "
                            "asthma control."])
    assert v is not None and v.finding == "contradicts"
    # another arm as the subject: terbutaline's result says nothing of the therapy
    assert read_versus(claim, ["Terbutaline was inferior to budesonide maintenance therapy."]) is None


def test_never_more_favourable_and_only_for_a_named_comparator():
    claim = FRESH7["C103"]
    # an unfavourable reading stays as it was
    assert against_comparator(claim, None, "no_effect", None, [SYGMA_CONCLUSION])[0] == "no_effect"
    # a claim without a comparator is not read this way
    assert read_versus(replace(claim, comparator=None), [SYGMA_CONCLUSION]) is None
    # a superiority claim (not an equivalence one) is not supported by "similar to" its comparator: no effect
    c104 = FRESH7["C104"]
    v = read_versus(c104, ["The safety of femtosecond laser-assisted cataract surgery was similar to that of standard "
                           "phacoemulsification."])
    assert v is not None and v.finding == "no_effect"


# --- the therapy as what another arm did better than ------------------------------------------------------------------

# fresh3 C75 "bone marrow aspirate concentrate for knee cartilage defects", PMID 33492407 (both blind reviewers:
# contradicts; the project read "supports" from "more effective" beside the therapy's name)
UCB_OVER_BMAC = ("However, hUCB-MSC implantation was more effective than BMAC augmentation for articular cartilage "
                 "regeneration.")


def test_another_arm_more_effective_than_the_therapy_contradicts():
    from pipeline.claims.catalog import load_catalog as load
    from pipeline.claims.verdict import therapy_verdict

    c75 = {c.id: c for c in load(PROJECT_ROOT / "data" / "eval" / "fresh3" / "claims.yaml")}["C75"]
    assert therapy_verdict(c75.therapy, [UCB_OVER_BMAC], []) == ("contradicts", UCB_OVER_BMAC)
    # the therapy as the subject keeps its benefit; a negated comparative is no win for the other arm
    assert therapy_verdict(c75.therapy, ["BMAC augmentation was more effective than microfracture for articular "
                                         "cartilage regeneration."], [])[0] == "supports"
    assert therapy_verdict(c75.therapy, ["hUCB-MSC implantation was not superior to BMAC augmentation."], []) != \
        ("contradicts", "hUCB-MSC implantation was not superior to BMAC augmentation.")
    # something added to the therapy against the therapy alone is a finding on the add-on (fresh2 C91, PMID 24430431;
    # fresh3 C72, PMID 36793813)
    c91 = {c.id: c for c in load(PROJECT_ROOT / "data" / "eval" / "fresh2" / "claims.yaml")}["C91"]
    plus_prp = ("Our animal model showed that adjunctive use of PRP produced a better healing response and resulted in "
                "superior histological scores after three weeks compared with the mosaicplasty-only procedure.")
    assert therapy_verdict(c91.therapy, [plus_prp], []) != ("contradicts", plus_prp)


# --- the comparator's quantity of an outcome, better by the outcome's polarity (session 18) ---------------------------

# fresh8 C108 "ropivacaine is as good as bupivacaine for spinal anaesthesia" (an equivalence claim naming bupivacaine):
# both trials' findings, as PubMed has them (PMIDs 26702202, 26702216); both blind reviewers read them as against the
# claim, the project read "unclear" (no finding against bupivacaine).
BUPI_OVER_ROPI = ("We conclude that hyperbaric bupivacaine used intrathecally has a faster onset of sensory block and "
                  "prolonged duration of analgesia compared to hyperbaric ropivacaine.")
BUPI_FENTANYL = ("Intrathecal isobaric bupivacaine-fentanyl combination produces a significantly longer duration of "
                 "analgesia, sensory block and motor block than isobaric ropivacaine-fentanyl combination.")
ROPI_SHORTER_BLOCK = ("The total duration of sensory block was significantly shorter in the ropivacaine group (160 ± 12.9 "
                      "min) than in the bupivacaine group (260 ± 16.1 min; P < 0.05).")


def test_the_comparators_longer_relief_contradicts_an_equivalence_claim():
    c108 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh8" / "claims.yaml")}["C108"]
    for sentence in (BUPI_OVER_ROPI, BUPI_FENTANYL):
        v = read_versus(c108, [sentence])
        assert v is not None and v.finding == "contradicts" and v.sentence == sentence
    # the therapy's own shorter relief, before the comparator's name, is worse too
    assert read_versus(c108, ["Ropivacaine gave a shorter duration of analgesia than bupivacaine."]).finding == "contradicts"
    # a block's duration has no polarity of its own (longer anaesthesia, later walking): not read
    assert read_versus(c108, [ROPI_SHORTER_BLOCK]) is None
    # favourable quantities are left to the other readers; a negated one is not read
    assert read_versus(c108, ["Ropivacaine gave less pain than bupivacaine."]) is None
    assert read_versus(c108, ["Bupivacaine gave more pain than ropivacaine."]) is None
    assert read_versus(c108, ["Bupivacaine gave no longer duration of analgesia than ropivacaine."]) is None


def test_durations_of_relief_are_not_the_findings_classifiers_polarity():
    from pipeline.nlp.polarity import polarity

    # the classifier's features were fitted without them (adding them moved its validation figures)
    assert polarity("duration of analgesia") is None
    assert polarity("duration of analgesia", durations=True) == "higher"
    assert polarity("duration of analgesia, sensory block and motor block", durations=True) == "higher"
    assert polarity("pain", durations=True) == "lower"
