"""Readings mended in session 37, on the records' own text (workshop corpus, as PubMed has them).

* 25395623 (fresh60 C691, "Fic AMPylates BiP in endoplasmic reticulum homeostasis"; both reviewers, HA2 and HB2:
  eligible): the conclusion speaks only of the results as a whole ("These findings not only present the first substrate
  of eukaryotic AMPylator ..."), so it names no agent, and no result has dFic before its finding word ("we identified
  the ER chaperone BiP as a substrate for dFic"). With the title naming the therapy, a result that names it (not as a
  measured molecule) is read as the therapy's result. The same record under a title that does not name the therapy
  stays "not about" it; a result naming the therapy only as a measured molecule's qualifier ("dFic activity") is not
  read.
* 17622075 (fresh64 C726, "a neurogenic bladder brings urinary tract infections"; both reviewers, LA2 and LB2: a
  narrative review, no data): read by the design reader as a guideline (it retells a consensus conference's answers),
  it was counted as "other design". A guideline or consensus statement recommends; unless it pools data of its own it
  reports no result.
"""

from __future__ import annotations

from dataclasses import replace

from eligibility_helpers import assess_as_linked

from pipeline.claims.catalog import PROJECT_ROOT, load_catalog
from pipeline.claims.direction import _names_measured
from pipeline.claims.direction_rules import STUDY_WHOLE
from pipeline.models import Article

FRESH64 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh64" / "claims.yaml")}
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


UTI_CONSENSUS = Article(
    pmid=17622075,
    title='[Urinary tract infection and neurogenic bladder].',
    abstract='One of the main complications of spinal cord injury is neurogenic bladder when the bladder fails to empty spontaneously. Urinary tract infection is the leading cause of morbidity and the second cause of mortality in these subjects. Patient education and personalized medical follow-up must ensure adapted management depending on the risk factors and the voiding mode. The risk of urinary tract infection can be decreased by perfect neurological control of detrusor activity combined with a method of drainage: intermittent self-catheterization. Despite these measures, many patients experience recurrent symptomatic urinary tract infections. Repeated antibiotic therapy increases the risk of selection of multiresistant bacteria without reducing either the incidence or the severity of symptomatic urinary tract infections. Asymptomatic bacteriuria is very frequent in patients treated by intermittent catheterization and does not justify antibiotic therapy, as antiseptics and urinary alkalinizers or acidifiers have been shown to be effective. "Antibiocycle" strategies could have a beneficial role by significantly decreasing the number of infections and hospitalizations with no major ecological risks, by using molecules that are well tolerated orally with a low selection pressure. All febrile urinary tract infections require rapid investigation and an urgent urological and infectious diseases opinion (abscess, severe sepsis, resistance). The SPILF-AFU 2002 consensus conference provided answers to major questions concerning the definition, treatment and prevention of nosocomial urinary tract infection, especially in a context of neurogenic bladder.',
    publication_types=['English Abstract', 'Journal Article'])


def test_a_guideline_reports_no_result_of_its_own():
    # (as extracted: design "guideline", human)
    e, _ = assess_as_linked(FRESH64["C726"], UTI_CONSENSUS, "guideline", is_human=True, species=("human",))
    assert not e.eligible and e.reason == "no_findings", e


def test_a_guideline_that_pools_data_still_reports_it():
    pooled = replace(UTI_CONSENSUS, abstract=UTI_CONSENSUS.abstract + " In a meta-analysis of 12 trials, cranberry "
                     "reduced urinary tract infections (pooled RR 0.62, 95% CI 0.49-0.80).")
    e, _ = assess_as_linked(FRESH64["C726"], pooled, "guideline", is_human=True, species=("human",))
    assert e.reason != "no_findings" or "guideline" not in e.why, e
