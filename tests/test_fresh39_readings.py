"""Readings from fresh39's errors (session 30), on the records' own text (workshop corpus, as PubMed has them).

fresh39 was scored once (02fc649) before it was opened; each expectation is both blind reviewers' label.

* 26318834 (C444, "Doppler-guided endoscopic therapy stops peptic ulcer bleeding"; both: not eligible) is a cohort in
  which every patient had the Doppler probe, used to measure blood flow and predict rebleeding, while treatment was
  guided by sight. It was read as the therapy's own cohort, and the claim went Very low where both reviewers read No
  evidence. Its title says what it studies: the probe "as a guide to risk stratification" - how well a test predicts.
* 30413706 (C455, "AMPK activation drives drug resistance in cancer cells"; both: eligible) was read as "no study of
  its own", though it says "Here we identify AMPK as an essential regulator ...": the present tense of a laboratory
  report's own finding. (It stayed excluded, then for another reason: its finding was read as about what activates
  AMPK, from "how stress and EGF induce Akt activation and new mechanisms for AMPK-mediated oncogenesis". Session 31:
  a name marked as an agent, "AMPK-mediated", is not what the verb acts on; it is now eligible, as both reviewers.)
"""

from __future__ import annotations

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.aboutness import finding_about_claim
from pipeline.claims.eligibility import _STUDY_DONE
from pipeline.models import Article

FRESH39 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh39" / "claims.yaml")}

DOPPLER = Article(
    pmid=26318834,
    title="Doppler endoscopic probe as a guide to risk stratification and definitive hemostasis of peptic ulcer "
          "bleeding.",
    abstract="BACKGROUND AND AIMS: For more than 4 decades endoscopists have relied on ulcer stigmata for risk "
             "stratification and as a guide to hemostasis. None used arterial blood flow underneath stigmata to predict "
             "outcomes. For patients with severe peptic ulcer bleeding (PUB), we used a Doppler endoscopic probe (DEP) "
             "for (1) detection of blood flow underlying stigmata of recent hemorrhage (SRH), (2) quantitating rates of "
             "residual arterial blood flow under SRH after visually directed standard endoscopic treatment, and (3) "
             "comparing risks of rebleeding and actual 30-day rebleed rates for spurting arterial bleeding (Forrest [F] "
             "IA) and oozing bleeding (F IB).\n\nMETHODS: Prospective cohort study of 163 consecutive patients with "
             "severe PUB and different SRH.\n\nRESULTS: All blood flow detected by the DEP was arterial. Detection rates "
             "were 87.4% in major SRH-spurting arterial bleeding (F IA), non-bleeding visible vessel (F IIA), clot (F "
             "IIB)-and were significantly lower at 42.3% (P < .0001) for an intermediate group of oozing bleeding (F IB) "
             "or flat spot (F IIC). For spurting bleeding (F IA) versus oozing (F IB), baseline DEP arterial flow was "
             "100% versus 46.7%, residual blood flow detected after endoscopic hemostasis was 35.7% versus 0%, and "
             "30-day rebleed rates were 28.6% versus 0% (all P < .05).\n\nCONCLUSIONS: (1) For major SRH versus oozing "
             "or spot, the arterial blood flow detection rate by the DEP was significantly higher, indicating a higher "
             "rebleed risk. (2) Before and after endoscopic treatment, spurting (F IA) PUB had significantly higher "
             "rates of blood flow detection than oozing (F IB) PUB and a significantly higher 30-day rebleed rate. (3) "
             "The DEP is recommended as a new endoscopic guide with SRH to improve risk stratification and potentially "
             "definitive hemostasis for PUB.")


def test_a_study_of_how_well_a_probe_stratifies_risk_does_not_test_a_treatment():
    e, _ = assess_as_linked(FRESH39["C444"], DOPPLER, "cohort", is_human=True)
    assert not e.eligible and e.reason == "no_findings", e
    assert "risk stratification" in e.why, e


def test_here_we_identify_is_a_laboratory_reports_own_finding():
    assert _STUDY_DONE.search("Here we identify AMPK as an essential regulator for Akt activation by various stresses.")
    # the past tenses were there before; a bare present "identify" without "we" is not the study's own
    assert not _STUDY_DONE.search("Future work should identify AMPK regulators.")


def test_a_name_marked_as_the_agent_is_not_what_the_verb_acts_on():
    claim = FRESH39["C455"]
    title = "The critical role of AMPK in driving Akt activation under stress, tumorigenesis and drug resistance."
    finding = ("Our study sheds light on how stress and EGF induce Akt activation and new mechanisms for AMPK-mediated "
               "oncogenesis and drug resistance.")
    assert finding_about_claim(claim, title, [finding]).about
    # a verb whose object is the therapy itself still acts on it
    acted = finding_about_claim(claim, title, ["Metformin induces AMPK activation in resistant cells."])
    assert not acted.about and "acts on" in acted.reason, acted
