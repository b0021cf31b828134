"""The grader's co-intervention reading finds the therapy in a title as the linker does (pipeline/grading/signals.py
_names_rx, through pipeline.claims.mentions.concept_regex): a dash for a hyphen and a name in the singular still name
it, so what a "Versus" title sets against the therapy is its comparator, not something given with it (fresh79 C872's
trial, 33490296, whose indirectness was read as serious for microfracture)."""

from __future__ import annotations

from pipeline.grading import signals

CELLS = ("umbilical cord mesenchymal stem cells", "umbilical cord blood-derived mesenchymal stem cells", "UCB-MSCs")
TITLE = ("Allogeneic Umbilical Cord Blood–Derived Mesenchymal Stem Cell Implantation Versus Microfracture for Large, "
         "Full-Thickness Cartilage Defects in Older Patients: A Multicenter Randomized Clinical Trial and Extended 5-Year "
         "Clinical Follow-up")
METHODS = ("The defect was treated either with UCB-MSC-HA implantation through mini-arthrotomy or with microfracture.")


def test_the_comparator_of_a_versus_title_is_no_co_intervention():
    assert signals.comparator_words(TITLE, CELLS) == ("microfracture",)
    assert signals.co_intervention(TITLE, METHODS, CELLS, "knee cartilage defects") is None


def test_the_therapys_own_name_in_the_plural_is_not_added_to_it():
    # "hydrogel scaffolds" is the claim's scaffold; the microfracture given with it is the co-intervention
    title = "Microfractures and hydrogel scaffolds in the treatment of osteochondral knee defects"
    assert signals.co_intervention(title, "", ("cell-free scaffold", "scaffold"), "osteochondral lesions") == "Microfractures"


def test_a_title_that_gives_the_therapy_with_another_treatment_still_says_so():
    title = ("Results of Hyaluronic Acid–Based Cell-Free Scaffold Application in Combination With Microfracture for the "
             "Treatment of Osteochondral Lesions of the Knee")
    assert signals.co_intervention(title, "", ("cell-free scaffold", "scaffold"), "osteochondral lesions") == "Microfracture"
