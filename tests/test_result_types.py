"""Typed, frozen results (issue 16): grades are GradeLevel members wherever the rubric makes them;
Population and LinkResult are frozen, so a later reading makes a new one and never changes the one
another caller holds."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from pipeline.claims.catalog import load_catalog
from pipeline.claims.linker import LINK_THRESHOLD, assess, link_claim_articles
from pipeline.grading.rubric import GRADES, Study, grade_claim
from pipeline.models import Article, GradeLevel, MeshHeading
from pipeline.nlp import evidence
from pipeline.nlp.design import classify_design
from pipeline.nlp.population import extract_population

from conftest import SYNERGY


def test_grades_are_grade_levels_from_lowest_to_highest():
    assert [str(g) for g in GRADES] == ["No evidence", "Very low", "Low", "Moderate", "High"]
    trial = Study(1, "rct", True, False, False, 40, "supports", False,
                  abstract="Patients were randomly assigned to the two groups.")
    for g in (grade_claim([]), grade_claim([trial])):
        assert type(g.grade) is GradeLevel
    assert grade_claim([]).grade is GradeLevel.NO_EVIDENCE
    # the rubric moves a level and never below Very low: the small silent trial ends there
    assert grade_claim([trial]).grade is GradeLevel.VERY_LOW


def test_a_later_reading_never_changes_the_population_it_was_given():
    a = Article(pmid=1, title="Platelet-rich plasma in mice", abstract="Mice received injections of PRP.",
                mesh=[MeshHeading("Humans", False), MeshHeading("Rats", False)])
    pop = extract_population(a, use_metadata=False)
    before = dataclasses.asdict(pop)
    design = classify_design(a, pop, use_metadata=False)
    _, after = evidence._apply_metadata(a, design, pop)
    assert dataclasses.asdict(pop) == before  # the caller's copy is untouched …
    assert (after.is_human, after.is_rodent, after.is_animal) == (True, True, True)  # … the reading is in the new one
    with pytest.raises(dataclasses.FrozenInstanceError):
        pop.is_human = True


def test_link_results_are_frozen_and_the_direction_is_read_into_a_new_one():
    from pipeline.parsing import parse_path

    claim = next(c for c in load_catalog() if c.id == "C11")
    arts = list(itertools.islice((a for a in parse_path(SYNERGY) if isinstance(a, Article) and a.abstract), 40))
    linked = [r for r in link_claim_articles(claim, arts) if r.relevance >= LINK_THRESHOLD]
    assert linked
    for r in linked:
        first = assess(claim, next(a for a in arts if a.pmid == r.pmid))
        assert first.eligibility is None and first.direction == "unclear"  # assess reads no direction …
        assert r.eligibility is not None and r.reasons[:len(first.reasons)] == first.reasons  # … the new one has it
        with pytest.raises(dataclasses.FrozenInstanceError):
            r.direction = "supports"
