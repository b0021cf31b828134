"""What the groups of a trial were allocated to, read from the sentence that allocates them (session 15; issue
17). Real sentences of PubMed abstracts (shortened; PMIDs given); claims of data/eval/fresh8/claims.yaml, whose
reviewers' labels are the expectation (fresh8 was opened, as development data, after its end score)."""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.models import Article
from pipeline.nlp.arms import read_arms

FRESH8 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh8" / "claims.yaml")}

ROPI_TITLE = "Comparison of intrathecal hyperbaric ropivacaine and bupivacaine in limb and hip surgeries"
ROPI = ("BACKGROUND AND AIMS: Bupivacaine is more cardiotoxic than ropivacaine. This prospective study was designed to "
        "compare the efficacy and safety of intrathecal hyperbaric ropivacaine with hyperbaric bupivacaine for patients "
        "undergoing limb and hip surgeries. MATERIAL AND METHODS: Two hundred patients aged 40-75 years, with American "
        "Society of Anesthesiologists I and II of either gender were randomly divided into Group R (Ropivacaine) and "
        "Group B (Bupivacaine) to receive an intrathecal injection of 3 ml of hyperbaric ropivacaine 0.5% or 3 ml of "
        "hyperbaric bupivacaine 0.5%, respectively. RESULTS: The total duration of sensory block was significantly "
        "shorter in the ropivacaine group (160 ± 12.9 min) than in the bupivacaine group (260 ± 16.1 min; P < 0.05).")

MELA_TITLE = "Melatonin premedication versus placebo in wisdom teeth extraction: a randomised controlled trial."
MELA = ("METHODS: This randomised controlled trial recruited 76 patients scheduled to undergo elective extraction of all "
        "four wisdom teeth under general anaesthesia. The patients received either 6 mg melatonin or a placebo 90 minutes "
        "before surgery. Visual analogue scale (VAS) scores for postoperative pain and preoperative anxiety were obtained. "
        "RESULTS: Female patients who received melatonin had a faster rate of reduction of VAS pain (p = 0.020) and "
        "anxiety scores (p = 0.003) over time compared to the placebo group.")


def _read(pmid: int, title: str, abstract: str):
    reading = read_article(Article(pmid=pmid, title=title, abstract=abstract))
    return reading, read_arms(reading)


def test_a_list_of_groups_ends_where_what_they_are_to_receive_begins():
    """26702202: "divided into Group R (Ropivacaine) and Group B (Bupivacaine) to receive … ropivacaine 0.5% or …
    bupivacaine 0.5%, respectively" - group B is the bupivacaine group, not one given ropivacaine; the trial
    sets ropivacaine against bupivacaine (reviewers: eligible for C108)."""
    reading, arms = _read(26702202, ROPI_TITLE, ROPI)
    assert [a.label for a in arms.arms] == ["R (Ropivacaine)", "Group B (Bupivacaine)"]
    e = assess_eligibility(FRESH8["C108"], reading, arms, "rct", title=ROPI_TITLE)
    assert e.reason != "cointervention_only", e


def test_patients_who_received_either_the_therapy_or_a_placebo_were_allocated_not_all_treated():
    """26702161: "The patients received either 6 mg melatonin or a placebo" - one or the other, by arm; not
    melatonin given to every patient (reviewers: eligible for C110)."""
    reading, arms = _read(26702161, MELA_TITLE, MELA)
    assert not any("melatonin" in s for s in arms.cointervention_sentences)
    e = assess_eligibility(FRESH8["C110"], reading, arms, "rct", title=MELA_TITLE)
    assert e.reason != "cointervention_only", e


def test_what_all_patients_received_is_still_every_arms():
    """The rule it narrows still holds: in a trial of two groups, "The patients were treated with arthroscopic
    debridement and microfracture" is given to every arm; "received either debridement or microfracture" is not."""
    arms_text = ("METHODS: Eighty patients were randomly divided into two groups: PRP group (n = 41) and control group "
                 "(n = 39). {} RESULTS: Pain was lower in the PRP group (p = 0.01).")
    _reading, arms = _read(1, "PRP after microfracture", arms_text.format(
        "The patients were treated with arthroscopic debridement and microfracture."))
    assert [a.label for a in arms.arms] == ["PRP group", "control group"]
    assert arms.cointerventions == ("arthroscopic debridement and microfracture",)
    _reading, arms = _read(1, "PRP after microfracture", arms_text.format(
        "The patients received either arthroscopic debridement or microfracture."))
    assert arms.cointerventions == ()


SERIES_TITLE = "Implantation of a diffractive trifocal intraocular lens: one-year follow-up."
SERIES = ("PURPOSE: To evaluate the visual, refractive, contrast-sensitivity, and aberrometric outcomes during a 1-year "
          "follow-up after implantation of a trifocal intraocular lens (IOL). DESIGN: Prospective case series. METHODS: "
          "This study included eyes of patients having cataract surgery with implantation of the trifocal IOL model AT "
          "Lisa tri 839MP. RESULTS: In 120 eyes (60 patients), 1 month postoperatively, an improvement was observed in all "
          "visual parameters (P ≤ .03). CONCLUSIONS: The trifocal IOL provided complete and stable visual restoration "
          "after cataract surgery during a 12-month follow-up, with good levels of visual quality.")
TRIAL_TITLE = "Comparison of a trifocal intraocular lens with a +3.0 D bifocal IOL: results of a prospective randomized clinical trial."
TRIAL = ("PURPOSE: To compare visual outcomes in patients with cataract surgery and bilateral implantation of a trifocal or "
         "bifocal intraocular lens (IOL). METHODS: Eyes with cataract were randomized to receive bilateral implantation of "
         "Finevision Micro F trifocal IOLs or Acrysof IQ Restor +3.0 bifocal IOLs. RESULTS: The trifocal group showed a "
         "more continuous defocus curve and better results at -1.0 D of defocus (P < .01). CONCLUSIONS: This study showed "
         "noninferiority of visual outcomes with the trifocal IOL compared with the bifocal IOL.")


def test_a_head_to_head_claim_is_not_tested_by_a_study_that_never_names_its_comparator():
    """C111 (a trifocal lens gives better intermediate vision than a bifocal): 26432119, a series of trifocal
    lenses alone, reports nothing against a bifocal (reviewers: not eligible); 26432120, the randomised trial
    of trifocal against bifocal lenses, tests it (reviewers: eligible)."""
    claim = FRESH8["C111"]
    reading, arms = _read(26432119, SERIES_TITLE, SERIES)
    e = assess_eligibility(claim, reading, arms, "case_series", title=SERIES_TITLE)
    assert not e.eligible and e.reason == "no_findings" and "bifocal" in e.why
    reading, arms = _read(26432120, TRIAL_TITLE, TRIAL)
    assert assess_eligibility(claim, reading, arms, "rct", title=TRIAL_TITLE).eligible


FER_TITLE = ("Randomized, controlled pilot trial of natural versus hormone replacement therapy cycles in frozen embryo "
             "replacement in vitro fertilization.")
FER = ("DESIGN: Open, single-center, randomized, controlled pilot trial. PATIENT(S): Women (n = 159) planning an FER cycle "
       "at the Oxford Fertility Unit, aged <40 years at the time their embryos were frozen. INTERVENTION(S): Eligible "
       "participants were recruited and randomized between March 2010 and July 2012 into one of two standard FER "
       "treatment groups: natural (n = 80) menstrual (Natural) or GnRH agonist/HRT (n = 79) cycles. RESULT(S): "
       "Pregnancy outcomes were not significantly different between the two groups.")


def test_a_count_of_everyone_enrolled_is_not_an_arm():
    """26255087: "Women (n = 159) planning an FER cycle" counts the study's population; its two arms are the
    natural (n = 80) and the GnRH agonist/HRT (n = 79) cycles."""
    _, arms = _read(26255087, FER_TITLE, FER)
    assert [(a.label, a.n) for a in arms.arms] == [("natural", 80), ("GnRH agonist/HRT", 79)]


def test_a_labelled_group_is_still_an_arm():
    """The rule is about labels made only of who was enrolled: "PRP group (n = 41)" and "control group (n = 39)"
    stay arms, and so does a count after a treatment's name."""
    text = ("METHODS: Patients (n = 80) with knee osteoarthritis were enrolled. Eighty patients were randomly divided "
            "into two groups: PRP group (n = 41) and control group (n = 39).")
    _, arms = _read(1, "PRP for knee osteoarthritis", text)
    assert [(a.label, a.n) for a in arms.arms] == [("PRP group", 41), ("control group", 39)]


def test_units_a_treatment_was_given_to_are_still_its_arm():
    """24655056: "… a combined implant …, which was then implanted into defects (N=23)" counts the treated arm's
    defects (the control group's HA alone, N=18, is another): a count that a verb took is not the population."""
    text = ("METHODS: The TEC and HA artificial bone were hybridized to develop a combined implant just before use, which "
            "was then implanted into defects (N=23). In the control group, HA alone was implanted (N=18).")
    _, arms = _read(24655056, "Osteochondral repair using a scaffold-free tissue-engineered construct", text)
    assert ("defects", 23) in [(a.label, a.n) for a in arms.arms]
