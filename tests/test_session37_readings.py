"""Readings mended in session 37, on the records' own text (workshop corpus, as PubMed has them).

* 25395623 (fresh60 C691, "Fic AMPylates BiP in endoplasmic reticulum homeostasis"; both reviewers, HA2 and HB2:
  eligible): the conclusion speaks only of the results as a whole ("These findings not only present the first substrate
  of eukaryotic AMPylator ..."), so it names no agent, and no result has dFic before its finding word ("we identified
  the ER chaperone BiP as a substrate for dFic"). With the title naming the therapy, a result that names it (not as a
  measured molecule) is read as the therapy's result. The same record under a title that does not name the therapy
  stays "not about" it; a result naming the therapy only as a measured molecule's qualifier ("dFic activity") is not
  read.
"""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import _names_measured
from pipeline.claims.direction_rules import STUDY_WHOLE
from pipeline.models import Article

FRESH60 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh60" / "claims.yaml")}

DFIC = Article(
    pmid=25395623,
    title='Unfolded protein response-regulated Drosophila Fic (dFic) protein reversibly AMPylates BiP chaperone during endoplasmic reticulum homeostasis.',
    abstract='Drosophila Fic (dFic) mediates AMPylation, a covalent attachment of adenosine monophosphate (AMP) from ATP to hydroxyl side chains of protein substrates. Here, we identified the endoplasmic reticulum (ER) chaperone BiP as a substrate for dFic and mapped the modification site to Thr-366 within the ATPase domain. The level of AMPylated BiP in Drosophila S2 cells is high during homeostasis, whereas the level of AMPylated BiP decreases upon the accumulation of misfolded proteins in the ER. Both dFic and BiP are transcriptionally activated upon ER stress, supporting the role of dFic in the unfolded protein response pathway. The inactive conformation of BiP is the preferred substrate for dFic, thus endorsing a model whereby AMPylation regulates the function of BiP as a chaperone, allowing acute activation of BiP by deAMPylation during an ER stress response. These findings not only present the first substrate of eukaryotic AMPylator but also provide a target for regulating the unfolded protein response, an emerging avenue for cancer therapy.',
    publication_types=['Journal Article', 'Research Support, N.I.H., Extramural', "Research Support, Non-U.S. Gov't"])
FACTS = dict(is_human=False, is_animal=True, species=("drosophila",))  # as extracted: design "animal_study"


def test_a_result_naming_the_therapy_is_read_when_the_conclusion_speaks_of_the_results_as_a_whole():
    e, d = assess_as_linked(FRESH60["C691"], DFIC, "animal_study", **FACTS)
    assert e.eligible, (e, d.not_about)
    assert "dFic" in d.sentence


def test_not_when_the_title_does_not_name_the_therapy():
    untitled = replace(DFIC, title="Reversible AMPylation of the BiP chaperone during endoplasmic reticulum homeostasis.")
    e, d = assess_as_linked(FRESH60["C691"], untitled, "animal_study", **FACTS)
    assert not e.eligible and d.not_about == "the finding is not about Fic", (e, d.not_about)


def test_a_result_naming_the_therapy_as_a_measured_molecule_is_not_its_result():
    fic = FRESH60["C691"].therapy
    assert _names_measured(fic, "dFic activity was high in S2 cells during homeostasis.", {})
    assert not _names_measured(fic, "We identified the ER chaperone BiP as a substrate for dFic.", {})


def test_what_speaks_of_the_results_as_a_whole():
    for s in ("These findings not only present the first substrate of eukaryotic AMPylator.",
              "Altogether, our data unravel a novel mechanism of Tat-mediated neuronal toxicity.",
              "Our results describe a mechanism for resource reallocation within intact animals."):
        assert STUDY_WHOLE.search(s), s
    for s in ("PRP reduced pain at 12 months.", "The results of dFic knockdown were striking."):
        assert not STUDY_WHOLE.search(s), s
