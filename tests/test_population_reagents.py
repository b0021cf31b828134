"""A species named as the source of a reagent (an antibody, a serum) is not among the study's subjects
(pipeline/nlp/population.py without_reagents; data/lexicons/study_systems.yaml reagent_*)."""

from __future__ import annotations

from pipeline.models import Article
from pipeline.nlp.population import extract_population, without_reagents

# 29207829 (workshop corpus), "Evaluation of Tumour Associated Macrophages and Angiogenesis in Ameloblastoma": human
# tissue blocks stained with mouse and rabbit antibodies, stored until extractor 2026.12.32 as a mouse and rabbit study
STAINED = ("Forty-six Formalin Fixed Paraffin Embedded (FFPE) blocks of ameloblastoma were processed for Abcam Mouse "
           "monoclonal Anti-CCR7 antibody, Abcam Rabbit polyclonal Anti-CD206 antibody and Dako Mouse monoclonal "
           "Anti-CD34 antibody QBEnd-10. Cytoplasmic/membrane brown staining was taken as positive for all antibodies.")


def test_antibody_hosts_are_not_the_studys_species():
    pop = extract_population(Article(pmid=1, title="Tumour associated macrophages in ameloblastoma", abstract=STAINED))
    assert pop.species == [] and not pop.is_animal and not pop.is_rodent


def test_secondary_antibodies_and_sera_are_blanked_in_place():
    text = "Sections were blocked in 5% goat serum and bovine serum albumin, then goat anti-rabbit IgG was applied."
    out = without_reagents(text)
    assert len(out) == len(text) and "goat" not in out and "rabbit" not in out and "bovine" not in out
    assert out.startswith("Sections were blocked in 5%") and out.endswith("was applied.")


def test_animals_that_are_the_subjects_stay():
    # "Rats ... rat serum": the rats are the subjects; their serum is what was measured
    pop = extract_population(Article(pmid=2, title="Platelet-rich plasma in a rat model of osteoarthritis", abstract=(
        "Osteoarthritis was induced in forty Sprague-Dawley rats. Rat serum IL-6 fell after injection. Sections were "
        "stained with a mouse monoclonal anti-collagen II antibody.")))
    assert pop.species == ["rat"] and pop.is_rodent
