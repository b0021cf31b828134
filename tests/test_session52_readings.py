"""Session 52's reading, from the development pairs excluded as "the finding is not about the condition".

- LINKER_RELEASE 2026.12.123: a finding that does not repeat the condition's name is still about it when the study's
  own sentences (methods, results, conclusions; not its title or background) name the condition three or more times
  (data/grading.yaml condition_named_sentences): the study is of that condition. On the development builds the rule
  moved 14 pairs, 12 of them to studies both blind reviewers count (the two others fail on other grounds: a
  co-intervention in every patient, antibodies against other receptors).
"""

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.direction import read_claim_direction
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection

from eligibility_helpers import sectioned_article

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
TORIC = {c.id: c for c in load_catalog(EVAL / "fresh82/claims.yaml")}["C893"]

# 25936681 (workshop corpus): its title and structured abstract, as PubMed gives them
_TITLE = "Prediction of refractive outcomes with toric intraocular lens implantation."
_SECTIONS = [
    ("PURPOSE", "OBJECTIVE", "To evaluate and compare the accuracy of different methods to measure and predict postoperative "
     "astigmatism with toric intraocular lens (IOL) implantation."),
    ("SETTING", "METHODS", "Ein-Tal Ophthalmology Center, Tel-Aviv, Israel."),
    ("DESIGN", "METHODS", "Retrospective case series."),
    ("METHODS", "METHODS", "Postoperative corneal astigmatism was measured with 3 devices (IOLMaster 500; optical "
     "low-coherence reflectometry [OLCR]-based Lenstar LS 900; Atlas topographer) and compared with the manifest "
     "astigmatic refractive outcome in patients with toric IOLs. The error in the predicted residual astigmatism was "
     "calculated by vector analysis according to the measurement and calculation method used to predict the required "
     "toric IOL cylinder power."),
    ("RESULTS", "RESULTS", "The centroid errors in predicted residual astigmatism were against the rule with the Alcon and "
     "Holladay toric calculators (0.53 to 0.56 diopter [D]), were lower with the Baylor nomogram (0.21 to 0.26 D), and "
     "were lowest for the Barrett toric calculator (0.01 to 0.16 D) (P <.001). The Barrett toric calculator had the "
     "lowest median absolute error in predicted residual astigmatism (0.35 to 0.54 D, all devices) compared with the "
     "Alcon and Holladay toric calculators with or without the Baylor nomogram (P <.021). The Barrett toric calculator "
     "and the OLCR device achieved the most accurate results; 75.0% and 97.1% of eyes were within ±0.50 D and ±0.75 D of "
     "the predicted residual astigmatism, respectively."),
    ("CONCLUSION", "CONCLUSIONS", "Prediction of astigmatic outcomes with toric IOLs can be improved with appropriate "
     "measuring devices and methods to establish the required toric IOL power."),
]


def _direction(sections):
    article = sectioned_article(25936681, _TITLE, [AbstractSection(label=lab, nlm_category=cat, text=text)
                                                   for lab, cat, text in sections])
    reading = read_article(article, {})
    return read_claim_direction(TORIC, article, reading.abbreviations, reading=reading)


def test_a_condition_named_throughout_the_study_makes_its_finding_about_it():
    # the conclusion says "astigmatic outcomes", not "astigmatism"; methods and results name it five times
    d = _direction(_SECTIONS)
    assert not d.not_about and d.not_about_kind is None, d


def test_a_condition_named_once_or_twice_does_not():
    # the same record with its results cut to their first sentence and its methods to none of the condition's names:
    # two sentences name it (the aim, one result), below the three the rule asks for
    sections = [s for s in _SECTIONS if s[0] != "METHODS"]
    sections = [(lab, cat, text.split(" The Barrett")[0]) if lab == "RESULTS" else (lab, cat, text)
                for lab, cat, text in sections]
    d = _direction(sections)
    assert d.not_about == "the finding is not about astigmatism", d


def test_the_threshold_is_read_from_the_grading_settings(monkeypatch):
    import pipeline.claims.direction as direction

    monkeypatch.setattr(direction, "condition_named_sentences", lambda: 99)
    assert _direction(_SECTIONS).not_about == "the finding is not about astigmatism"
