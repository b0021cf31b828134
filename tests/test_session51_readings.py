"""Session 51's readings, each from an error found on the records' own sentences.

- LINKER_RELEASE 2026.12.121 (fresh122 C1122, after its set was scored): a name's own short form may stand inside it
  where the text defines it mid-name ("percutaneous transforaminal endoscopic surgery (PTES) combined with OLIF" names
  "percutaneous transforaminal endoscopic surgery combined with OLIF"); the title then names the therapy, and the
  study both reviewers counted is linked.
- The arms reader: "12 rabbits equally divided into 4 groups evaluated at 2, 4, 8, and 12 weeks" lists when the groups
  were assessed, not what they received (26018619: read as two arms, "evaluated at 2, 4, 8" and "12 weeks", it made
  microfracture "what differs between arms" in a study that gives it in every arm; arms.yaml groups_by_time).
- LINKER_RELEASE 2026.12.122 (fresh127 C1153 and fresh129 C1168, after their sets were scored): the rest of a name set
  against its first word's other form names it ("Fresh Osteochondral Allograft Versus Autograft" names "osteochondral
  autograft"), and a case whose condition arose after a treatment ("meningitis ... 57 days after surgery for a
  herniated spinal disk") did not get that treatment besides the therapy: it was the condition's cause; and a
  structured abstract's section is cut into sentences only where a capital, digit or bracket follows (the record's
  "CASE SUMMARY" was cut at "S. marcescens", which hid the condition's name from the rule above).
"""

from pathlib import Path

from pipeline.claims.catalog import load_catalog
from pipeline.claims.linker import assess
from pipeline.claims.mentions import find_mentions
from pipeline.claims.reading import read_article
from pipeline.models import AbstractSection, Article
from pipeline.nlp.arms import read_arms

from eligibility_helpers import assess_as_linked

EVAL = Path(__file__).resolve().parents[1] / "data" / "eval"
HYBRID = {c.id: c for c in load_catalog(EVAL / "fresh122/claims.yaml")}["C1122"]

# 36800972 (workshop corpus): its title, and two sentences of its abstract
_TITLE = ("Hybrid surgery of percutaneous transforaminal endoscopic surgery (PTES) combined with OLIF and anterolateral "
          "screws rod fixation for treatment of multi-level lumbar degenerative diseases with intervertebral instability.")
_TEXT = ("METHODS: From July 2017 to May 2018, 38 cases of multi-level LDDs of disc herniation, foramen stenosis, lateral "
         "recess stenosis or central canal stenosis with intervertebral instability and neurologic symptoms undergoing "
         "one-stage PTES combined with OLIF and anterolateral screws rod fixation through mini-incision were recruited in "
         "this retrospective study. CONCLUSIONS: The hybrid surgery of PTES combined with OLIF and anterolateral screws "
         "rod fixation is a good choice of minimally invasive surgery for multi-level LDDs with intervertebral instability.")


def test_a_short_form_defined_inside_the_name_does_not_hide_it():
    found = find_mentions(HYBRID.therapy, _TITLE)
    assert any(m.text.startswith("percutaneous transforaminal endoscopic surgery (PTES) combined with OLIF")
               for m in found), found
    # only a bracketed short form: a count or a citation in brackets still breaks the name
    for other in ("(n = 38)", "(p<0.05)", "(see below)"):
        assert not find_mentions(HYBRID.therapy, _TITLE.replace("(PTES)", other)), other


def test_the_title_then_names_the_therapy():
    r = assess(HYBRID, Article(pmid=36800972, title=_TITLE, abstract=_TEXT))
    assert "therapy named in the title (+0.45)" in r.reasons, r.reasons


# 26018619 (workshop corpus), two sentences of its abstract
_RABBITS = ("An in vivo animal study was conducted with full-thickness cartilage defects created in the femoral condyle "
            "of 12 rabbits equally divided into 4 groups evaluated at 2, 4, 8, and 12 weeks. In the clinical evaluation, "
            "17 patients were treated with a combination of microfracture and atelocollagen injection for symptomatic "
            "full-thickness OCL of the talus.")


def _labels(text: str) -> list[str]:
    arms = read_arms(read_article(Article(pmid=26018619, title="Atelocollagen-induced chondrogenesis", abstract=text)))
    return [a.label for a in arms.arms]


def test_groups_by_the_time_of_assessment_are_no_arms():
    labels = _labels(_RABBITS)
    assert not any("evaluated" in a or "weeks" in a for a in labels), labels
    # control: a list of what the groups received is still read as arms
    listed = _RABBITS.replace("divided into 4 groups evaluated at 2, 4, 8, and 12 weeks",
                              "divided into 2 groups: microfracture alone and microfracture with atelocollagen")
    assert any("microfracture alone" in a for a in _labels(listed)), _labels(listed)


ALLOGRAFT = {c.id: c for c in load_catalog(EVAL / "fresh127/claims.yaml")}["C1153"]


def test_the_rest_of_a_name_set_against_its_first_words_other_form_names_it():
    title = "Fresh Osteochondral Allograft Versus Autograft"  # 27358284 (workshop corpus)
    assert find_mentions(ALLOGRAFT.comparator, title), ALLOGRAFT.comparator
    assert find_mentions(ALLOGRAFT.therapy, title)
    # comparing words only: "and" joins two things as often as it shares a noun
    assert not find_mentions(ALLOGRAFT.comparator, "Fresh Osteochondral Allograft and Autograft")


MEROPENEM = {c.id: c for c in load_catalog(EVAL / "fresh129/claims.yaml")}["C1168"]
# 17472997 (workshop corpus), its title and case summary
_CASE_TITLE = "Treatment of Serratia marcescens meningitis with prolonged infusion of meropenem."
_CASE = ("A 54-year-old female was diagnosed with S. marcescens meningitis associated with an epidural abscess 57 days "
         "after surgery for a herniated spinal disk. Meropenem 2000 mg every 8 hours was administered as a prolonged "
         "(3 h) infusion for the purpose of optimizing pharmacodynamic exposure. Meropenem concentrations were measured "
         "from the patient's blood and CSF (via a lumbar drain). After 6 days of therapy, the patient showed no further "
         "signs of infection and was subsequently discharged to a rehabilitation facility. At follow-up, she had "
         "completed a 4 week course of the prolonged infused therapy without relapse or adverse events.")


def _case(text: str):
    # as PubMed gives it: one "CASE SUMMARY" section (an unlabelled block's first sentence would be read as background)
    article = Article(pmid=17472997, title=_CASE_TITLE, abstract="CASE SUMMARY: " + text, publication_types=["Case Reports"],
                      abstract_sections=[AbstractSection(label="CASE SUMMARY", nlm_category="METHODS", text=text)])
    return assess_as_linked(MEROPENEM, article, "case_report", is_human=True, species=("human",))[0]


def test_what_a_cases_condition_arose_after_is_no_co_treatment():
    e = _case(_CASE)
    assert e.reason != "cointervention_only", e
    # control: surgery given for the meningitis is a co-treatment still
    treated = _CASE.replace("After 6 days of therapy,", "The abscess was also drained by surgery. After 6 days of therapy,")
    assert _case(treated).reason == "cointervention_only"


def test_a_structured_section_is_not_cut_inside_a_species_name():
    from pipeline.claims.reading import sentences_with_roles

    summary = _CASE.split(" Meropenem concentrations")[0]
    article = Article(pmid=17472997, title=_CASE_TITLE, abstract="CASE SUMMARY: " + summary,
                      abstract_sections=[AbstractSection(label="CASE SUMMARY", nlm_category="METHODS", text=summary)])
    sentences = [s for role, s in sentences_with_roles(article) if role != "title"]
    assert sentences[0].startswith("A 54-year-old female was diagnosed with S. marcescens meningitis"), sentences
    assert len(sentences) == 2
