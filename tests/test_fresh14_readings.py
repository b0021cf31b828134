"""Readings from fresh14's errors (session 20, after the set's once-only score; the text is the records' own).

* 25345997 (C170, subthalamic deep brain stimulation for Parkinson's disease; both blind reviewers: an eligible case
  series of 41 patients): read as a study protocol ("The deep brain stimulation protocol evolved ...") although it
  reports "mean improvements ... 32.5% and 31.5%, respectively (P<0.001)", and excluded as reporting nothing.
* 25020153 (C173, gain-framed health messages; both reviewers eligible: 855 adults randomised to no message or a
  gain- or loss-framed video): excluded because its finding speaks of a frame "matched" to the reader's risk.
* 14716284 (C165, cultured autologous chondrocytes for knee cartilage defects): "a chondral defect of the knee"
  did not name the condition the catalog writes in the plural ("chondral defects").
"""

from __future__ import annotations

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.mentions import names_concept
from pipeline.claims.models import Concept
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms
from pipeline.nlp.evidence import extract_evidence

FRESH14 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh14" / "claims.yaml")}

DBS_TITLE = ("Subthalamic nucleus deep brain stimulation for Parkinson's disease: evidence for effectiveness and "
             "limitations from 12 years' experience.")
DBS = [("OBJECTIVE", "To present the result and experience of subthalamic nucleus deep brain stimulation for Parkinson's "
                     "disease."),
       ("DESIGN", "Case series."),
       ("RESULTS", "Forty-one patients (21 male and 20 female) with Parkinson's disease underwent bilateral subthalamic "
                   "nucleus deep brain stimulation and were followed up for a median interval of 12 months. For the whole "
                   "group, the mean improvements of Unified Parkinson's Disease Rating Scale (UPDRS) parts II and III were "
                   "32.5% and 31.5%, respectively (P<0.001). The deep brain stimulation protocol evolved and was "
                   "substantiated by updated patient selection criteria and outcome assessment.")]


def _article(pmid, title, sections):
    return Article(pmid=pmid, title=title, abstract="\n\n".join(f"{k}: {v}" for k, v in sections),
                   abstract_sections=[AbstractSection(label=k.title(), nlm_category=None, text=v) for k, v in sections])


def test_a_study_reporting_its_results_is_no_protocol_unless_its_title_names_one():
    article = _article(25345997, DBS_TITLE, DBS)
    # what the design classifier said of it: a protocol, and no trial
    probs = {"protocol": 0.9, "randomized_trial": 0.05, "meta_analysis": 0.0, "systematic_review": 0.0, "human": 0.9}
    ev = extract_evidence(article, probs=probs, use_metadata=False)
    assert ev.design != "protocol" and not ev.is_protocol, ev
    # a study comparing treatment protocols, named in its title, that reports its results is no study protocol either
    # (until extractor 2026.12.34 it kept the classifier's label, as MeSH's labels have it: fresh45 C507's "... in a
    # gonadotropin-releasing hormone antagonist protocol" study was excluded as reporting nothing)
    titled = _article(1, "Comparison of Two Different Treatment Protocols for Sudden Hearing Loss", DBS)
    assert extract_evidence(titled, probs=probs, use_metadata=False).design != "protocol"
    # one whose title calls the study itself a protocol keeps the label
    own = _article(3, "Deep brain stimulation for dystonia: study protocol for a randomised controlled trial", DBS)
    assert extract_evidence(own, probs=probs, use_metadata=False).design == "protocol"
    # and a protocol reporting nothing stays one
    planned = _article(2, DBS_TITLE, [("METHODS", "Forty patients will be recruited and will be randomised to "
                                                  "stimulation or best medical treatment. Outcomes will be assessed at "
                                                  "12 months.")])
    assert extract_evidence(planned, probs=probs, use_metadata=False).design == "protocol"


FRAMING_TITLE = ("Message framing for health: moderation by perceived susceptibility and motivational orientation in a "
                 "diverse sample of Americans.")
FRAMING = [("OBJECTIVE", "The present study examined how gain- and loss-framed informational videos about oral health "
                         "influence self-reported flossing behavior over a 6-month period."),
           ("METHOD", "An age and ethnically diverse sample of 855 American adults were randomized to receive no health "
                      "message, or either a gain-framed or loss-framed video presented on the Internet. Self-reported "
                      "flossing was assessed longitudinally at 2 and 6 months."),
           ("RESULTS", "Participants who watched a video where the frame (gain/loss) matched perceived susceptibility "
                       "(low/high) had significantly greater likelihood of flossing at recommended levels at the 6-month "
                       "follow-up, compared with those who viewed a mismatched video or no video at all."),
           ("CONCLUSION", "Brief informational interventions can influence long-term health behavior, particularly when "
                          "the gain- or loss-frame of the information matches the recipient's beliefs about their health "
                          "outcome risks.")]


def test_participants_randomised_to_the_therapy_or_none_test_it_whatever_the_finding_says():
    claim = FRESH14["C173"]
    article = _article(25020153, FRAMING_TITLE, FRAMING)
    reading = read_article(article)
    not_about = f"the finding is not about {claim.therapy.name}"
    e = assess_eligibility(claim, reading, read_arms(reading), "rct", title=FRAMING_TITLE, not_about=not_about,
                           is_human=True)
    assert e.eligible, e
    # without the allocation to an arm without the therapy the reading of the finding stands
    other = [(k, v.replace("were randomized to receive no health message, or either a gain-framed or loss-framed video",
                           "all watched a gain-framed video")) for k, v in FRAMING]
    reading = read_article(_article(25020153, FRAMING_TITLE, other))
    e = assess_eligibility(claim, reading, read_arms(reading), "rct", title=FRAMING_TITLE, not_about=not_about,
                           is_human=True)
    assert not e.eligible, e


def test_a_name_written_in_the_plural_names_one_too():
    defects = Concept("knee cartilage defects", ("chondral defects", "cartilage lesions"))
    assert names_concept(defects, "a chondral defect of the knee", {})
    assert names_concept(defects, "one cartilage lesion was treated", {})
    assert names_concept(FRESH14["C165"].condition, "Arthroscopic autologous chondrocyte implantation for the treatment "
                         "of a chondral defect in the tibial plateau of the knee", {})
    # not a word whose final s is no plural, nor a short form
    assert not names_concept(Concept("x", ("mellitus",)), "mellitu", {})
    assert not names_concept(Concept("x", ("sepsis",)), "sepsi", {})
    assert not names_concept(Concept("x", ("MSCs",)), "msc", {})
