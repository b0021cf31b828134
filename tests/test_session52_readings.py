"""Session 52's reading, from the development pairs excluded as "the finding is not about the condition".

- LINKER_RELEASE 2026.12.123: a finding that does not repeat the condition's name is still about it when the study's
  own sentences (methods, results, conclusions; not its title or background) name the condition three or more times
  (data/grading.yaml condition_named_sentences): the study is of that condition. On the development builds the rule
  moved 14 pairs, 12 of them to studies both blind reviewers count (the two others fail on other grounds: a
  co-intervention in every patient, antibodies against other receptors).
- LINKER_RELEASE 2026.12.124 (fresh133 C1187, after its set was scored; the one grade above both reviewers in the
  session's sets): a harm claim's exposure and condition that a sentence saying who was enrolled names together were
  every participant's on entry, so the study (here a treatment series) does not test whether the exposure brought the
  condition.
- LINKER_RELEASE 2026.12.125 (fresh135 C1201, after its set was scored): a name may follow a bracketed
  stereo-descriptor joined to it by a hyphen ("(--)-alpha-bisabolol", the record's rendering of "(-)-"): the same
  compound named by its form.
"""

from pathlib import Path

from pipeline.claims.catalog import load_catalog

from eligibility_helpers import sections_direction

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
    return sections_direction(TORIC, 25936681, _TITLE, sections)


def test_a_condition_named_throughout_the_study_makes_its_finding_about_it():
    # the conclusion says "astigmatic outcomes", not "astigmatism"; methods and results name it five times
    d = _direction(_SECTIONS)
    assert not d.not_about and d.not_about_kind is None, d


def test_a_condition_named_once_or_twice_does_not(monkeypatch):
    # the same record with its results cut to their first sentence and its methods to none of the condition's names:
    # two sentences name it (the aim, one result), below the three the rule asks for
    sections = [s for s in _SECTIONS if s[0] != "METHODS"]
    sections = [(lab, cat, text.split(" The Barrett")[0]) if lab == "RESULTS" else (lab, cat, text)
                for lab, cat, text in sections]
    # (that one result reports a test on astigmatism, "... (P <.001)": session 54's reading takes it as the finding on
    # the condition, tests/test_session54_readings.py; this test asks the count alone)
    assert not _direction(sections).not_about
    import pipeline.claims.direction as direction

    monkeypatch.setattr(direction, "_condition_tested", lambda *a: None)
    d = _direction(sections)
    assert d.not_about == "the finding is not about astigmatism", d


def test_the_threshold_is_read_from_the_grading_settings(monkeypatch):
    import pipeline.claims.direction as direction

    monkeypatch.setattr(direction, "condition_named_sentences", lambda: 99)
    monkeypatch.setattr(direction, "_condition_tested", lambda *a: None)  # the count alone, as above
    assert _direction(_SECTIONS).not_about == "the finding is not about astigmatism"


IMPINGEMENT = {c.id: c for c in load_catalog(EVAL / "fresh133/claims.yaml")}["C1187"]

# 30195954 (workshop corpus): its title and the first sentences of its one-block abstract, and its conclusion
_FAI_TITLE = ("Arthroscopic Repair of Acetabular Cartilage Lesions by Chitosan-Based Scaffold: Clinical Evaluation at "
              "Minimum 2 Years Follow-up")
_FAI = ("To evaluate the functional outcome of using chitosan-based material in our patients after 2 years of "
        "follow-up.Nonarthritic nondysplastic femoroacetabular impingement patients with an acetabular chondral lesion, "
        "18 to 55 years of age, were included for arthroscopic repair between May 2013 and July 2015. Full-thickness "
        "chondral defects ≥2 cm2 were filled with chitosan-based implant after microfractures. Twenty-three patients were "
        "included. Up to 91% of the patients met or exceeded the minimal clinically important difference.The arthroscopic "
        "combined treatment of microfractures and chitosan-based scaffold has maintained satisfactory clinical outcomes "
        "in 91% of the patients with s large (≥2 cm2) full-thickness acetabular chondral defect associated with "
        "femoroacetabular impingement at a mean follow-up of 38.4 months.Level IV, case series.")


def _fai(text: str):
    from eligibility_helpers import assess_as_linked, one_block_article

    return assess_as_linked(IMPINGEMENT, one_block_article(30195954, _FAI_TITLE, text), "case_series",
                            is_human=True, species=("human",))[0]


def test_a_harm_claims_exposure_and_condition_every_participant_had_on_entry_are_not_tested():
    e = _fai(_FAI)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "were included for arthroscopic repair" in e.evidence
    # control: the same series enrolled for the lesion alone names the exposure only in its conclusion - the rule
    # does not reach it (whatever else the linker then makes of it)
    lesion_only = _FAI.replace("femoroacetabular impingement patients with an acetabular chondral lesion",
                               "patients with an acetabular chondral lesion")
    assert "on entry" not in (_fai(lesion_only).why or ""), _fai(lesion_only)


BISABOLOL = {c.id: c for c in load_catalog(EVAL / "fresh135/claims.yaml")}["C1201"]


def test_a_name_after_a_stereo_descriptor_is_the_same_compound():
    from pipeline.claims.mentions import find_mentions

    # record 21's title (workshop corpus)
    title = ("[Biochemical studies on camomile components/III. In vitro studies about the antipeptic activity of "
             "(--)-alpha-bisabolol (author's transl)].")
    assert [m.text for m in find_mentions(BISABOLOL.therapy, title)] == ["alpha-bisabolol"]
    for form in ("(-)-", "(+)-", "(R)-", "(S)-", "(±)-"):
        assert find_mentions(BISABOLOL.therapy, f"{form}alpha-bisabolol"), form
    # a word joined by a hyphen still makes another name
    for other in ("anti-alpha-bisabolol", "x-alpha-bisabolol", "(see)-alpha-bisabolol"):
        assert not find_mentions(BISABOLOL.therapy, other), other
