"""A claim about a route of delivery (C09b: MSCs "administered intravenously" act at several injury sites)
is tested only by studies that give the therapy that way. Real text: PMID 23850832 (Radiology 2013, in the
bundled corpus) gives intravenous ferumoxytol to label marrow MSCs that are then implanted into knee defects;
both blind reviewers of data/eval/grade_reviews exclude it for C09b ("cells implanted locally, not infused"),
and the project linked it as the claim's only evidence (Very low against the reviewers' No evidence)."""

from __future__ import annotations

import pytest

from pipeline.claims.catalog import load_catalog
from pipeline.claims.route import claim_routes, route_names_therapy, route_not_taken
from pipeline.models import AbstractSection, Article

CLAIMS = {c.id: c for c in load_catalog()}

TITLE = "Iron Administration before Stem Cell Harvest Enables MR Imaging Tracking after Transplantation"
ABSTRACT = (
    "To determine whether intravenous ferumoxytol can be used to effectively label mesenchymal stem cells (MSCs) "
    "in vivo and can be used for tracking of stem cell transplants.This study was approved by the institutional "
    "animal care and use committee. Sprague-Dawley rats (6-8 weeks old) were injected with ferumoxytol 48 hours "
    "prior to extraction of MSCs from bone marrow. Ferumoxytol uptake by these MSCs was evaluated with fluorescence, "
    "confocal, and electron microscopy and compared with results of traditional ex vivo-labeling procedures. The in "
    "vivo-labeled cells were subsequently transplanted in osteochondral defects of 14 knees of seven athymic rats and "
    "were evaluated with magnetic resonance (MR) imaging up to 4 weeks after transplantation. T2 relaxation times of "
    "in vivo-labeled MSC transplants and unlabeled control transplants were compared by using t tests. MR data were "
    "correlated with histopathologic results.In vivo-labeled MSCs demonstrated significantly higher ferumoxytol uptake "
    "compared with ex vivo-labeled cells. With electron microscopy, iron oxide nanoparticles were localized in "
    "secondary lysosomes. In vivo-labeled cells demonstrated significant T2 shortening effects in vitro and in vivo "
    "when they were compared with unlabeled control cells (T2 in vivo, 15.4 vs 24.4 msec; P < .05) and could be "
    "tracked in osteochondral defects for 4 weeks. Histologic examination confirmed the presence of iron in labeled "
    "transplants and defect remodeling.Intravenous ferumoxytol can be used to effectively label MSCs in vivo and can "
    "be used for tracking of stem cell transplants with MR imaging. This method eliminates risks of contamination and "
    "biologic alteration of MSCs associated with ex vivo-labeling procedures.")


def test_only_a_condition_named_by_routes_makes_a_route_claim():
    assert claim_routes(CLAIMS["C09b"]) == ("systemic",)
    assert all(not claim_routes(c) for cid, c in CLAIMS.items() if cid != "C09b")


@pytest.mark.parametrize("sentence, given", [
    # PMID 29527264 (bundled corpus): the cells are what is infused
    ("The experimental group animals received a transplant 106 MSCs infused into the spleen.", True),
    ("Intravenous administration of human umbilical cord MSCs reduced lesion volume.", True),
    ("MSCs were then slowly injected via the tail vein.", True),
    ("Rats received 1 x 10^6 MSCs intravenously 24 h after injury.", True),
    # PMID 23850832: the iron is intravenous, the cells are labelled by it
    ("Intravenous ferumoxytol can be used to effectively label MSCs in vivo and can be used for tracking of stem "
     "cell transplants with MR imaging.", False),
    ("Six athymic rats were injected with intravenous ferumoxytol and MSCs were implanted into the defects.", False),
    ("MSCs were injected into the knee joint; saline was given intravenously.", False),
])
def test_the_route_belongs_to_what_it_delivers(sentence, given):
    c = CLAIMS["C09b"]
    assert route_names_therapy(c.therapy, claim_routes(c), sentence) is given


def test_a_study_that_gives_only_something_else_intravenously_does_not_test_the_route_claim():
    from pipeline.claims.eligibility import assess_eligibility
    from pipeline.claims.reading import read_article
    from pipeline.nlp.arms import read_arms

    art = Article(23850832, TITLE, ABSTRACT, abstract_sections=[AbstractSection(None, None, ABSTRACT)],
                  publication_types=[], year=2013, journal="Radiology")
    reading = read_article(art)
    assert route_not_taken(CLAIMS["C09b"], [s for _, s in reading.roles], reading.abbreviations)
    e = assess_eligibility(CLAIMS["C09b"], reading, read_arms(reading), "animal_study", title=TITLE,
                           is_animal=True)
    assert not e.eligible and e.reason == "therapy_not_tested", e
    assert "intravenous ferumoxytol" in e.evidence.lower()
    # the same study for the knee-cartilage claim is not touched by the route rule
    assert route_not_taken(CLAIMS["C11"], [s for _, s in reading.roles], reading.abbreviations) is None
