"""Claims about animals (session 22): the catalog's `population` names the species a claim is about ("prophylactic
omeprazole prevents gastrointestinal complications in dogs operated on for disc extrusion", fresh18 C208). A study in
that species is direct evidence, graded by its design as a human study is for a claim about people; a study in people,
in other species or in cells is indirect. Before, every animal study was indirect: the randomised dog trial below
started at Very low where both blind reviewers started it at High (and graded the claim Low).

The record is the workshop corpus's 36772892, as PubMed has it (abridged to the sentences the readers use)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.claims.catalog import PROJECT_ROOT, claim_hash, load_catalog, store_claims
from pipeline.claims.eligibility import assess_eligibility
from pipeline.claims.reading import read_article
from pipeline.errors import CatalogError
from pipeline.grading.rubric import Study, grade_claim, study_level
from pipeline.models import Article, GradeLevel
from pipeline.nlp.arms import read_arms
from pipeline.nlp.evidence import extract_evidence

FRESH18 = {c.id: c for c in load_catalog(PROJECT_ROOT / "data" / "eval" / "fresh18" / "claims.yaml")}

DOG_TITLE = ("Double-blinded placebo-controlled clinical trial of prophylactic omeprazole in dogs treated surgically for "
             "acute thoracolumbar intervertebral disc extrusion.")
DOG = ("BACKGROUND: Proton pump inhibitors are administered prophylactically in dogs treated surgically for acute "
       "thoracolumbar intervertebral disc extrusion (TL-IVDE). However, their efficacy in decreasing gastrointestinal (GI) "
       "complications is unknown. ANIMALS: Thirty-seven client-owned dogs undergoing hemilaminectomy for acute TL-IVDE. "
       "METHODS: Randomized double-blinded placebo-controlled prospective clinical trial. Dogs received PO placebo or "
       "omeprazole at 1 mg/kg q12h for 5 days during hospitalization. RESULTS: Gastrointestinal signs developed in 10/20 "
       "(50%) dogs in the omeprazole group and in 7/17 (41%) dogs in the placebo group (P = .59). CONCLUSIONS AND "
       "CLINICAL IMPORTANCE: Short-term, prophylactic omeprazole treatment did not decrease clinically detectable GI "
       "complications in dogs with acute TL-IVDE.")
DOG_ARTICLE = Article(pmid=36772892, title=DOG_TITLE, abstract=DOG, publication_types=["Journal Article"])


def _study(article: Article, direction: str = "no_effect") -> Study:
    """The study as the grader receives it, with the extraction's own design and species."""
    ev = extract_evidence(article)
    return Study(article.pmid, ev.design, bool(ev.is_human), bool(ev.is_animal), bool(ev.is_in_vitro), ev.sample_size,
                 direction, False, 2023, title=article.title, abstract=article.abstract,
                 publication_types=tuple(article.publication_types or ()), eligibility="eligible",
                 species=tuple(ev.species or ()))


def test_the_catalog_states_the_species_a_claim_is_about():
    claim = FRESH18["C208"]
    assert claim.population == ("dog",)
    assert all(c.population == () for c in FRESH18.values() if c.id != "C208")
    # a claim without it keeps its fingerprint (its links are not redone); one with it is another claim
    assert claim_hash(claim) != claim_hash(replace(claim, population=()))


def test_the_trial_in_dogs_is_direct_evidence_for_the_claim_about_dogs():
    study = _study(DOG_ARTICLE)
    assert "dog" in study.species and study.is_animal, study
    level = study_level(study, population=("dog",))
    assert (level.tier, level.level) == ("rct", 2) and "randomised trial in dog" in level.label, level
    # for a claim about people the same trial is still an animal study: indirect
    assert study_level(study).tier == "indirect"


def test_the_claim_about_dogs_starts_where_its_randomised_trial_puts_it():
    study = _study(DOG_ARTICLE)
    g = grade_claim([study], "gastrointestinal complications in dogs after disc surgery", ("omeprazole",),
                    population=("dog",))
    start = next(s for s in g.steps if s.step == "start")
    assert g.best_tier == "rct" and "→ start at High" in start.text, start
    assert not any(d.domain == "indirectness" and d.rating == "very_serious" for d in g.domains), g.domains
    # the trial found no benefit: the claim is not supported, whatever its start
    assert g.grade == GradeLevel.VERY_LOW and any(s.step == "not supported" for s in g.steps)
    people = grade_claim([study], "gastrointestinal complications", ("omeprazole",))
    assert people.best_tier == "indirect"


def test_a_study_in_people_is_indirect_for_a_claim_about_dogs():
    human = replace(_study(DOG_ARTICLE), design="rct", is_human=True, is_animal=False, species=("human",))
    level = study_level(human, population=("dog",))
    assert level.tier == "indirect" and "outside the claim's population (dog)" in level.label, level
    g = grade_claim([human], "gastrointestinal complications", ("omeprazole",), population=("dog",))
    ind = next(d for d in g.domains if d.domain == "indirectness")
    assert ind.rating == "very_serious" and "claim about dog" in ind.reason, ind
    # and a study in another species too
    rat = replace(_study(DOG_ARTICLE), species=("rat",))
    assert study_level(rat, population=("dog",)).tier == "indirect"


def test_eligibility_flags_other_populations_not_the_claims_own():
    claim = FRESH18["C208"]
    reading = read_article(DOG_ARTICLE)
    arms = read_arms(reading)
    dog = assess_eligibility(claim, reading, arms, "animal_study", title=DOG_TITLE, is_animal=True, species=("dog",))
    assert dog.eligible and dog.indirectness == (), dog
    human = assess_eligibility(claim, reading, arms, "rct", title=DOG_TITLE, is_human=True, species=("human",))
    assert "other_population" in human.indirectness, human
    # the claim read as one about people: the dog trial is animal evidence
    people = assess_eligibility(replace(claim, population=()), reading, arms, "animal_study", title=DOG_TITLE,
                                is_animal=True, species=("dog",))
    assert "animal" in people.indirectness, people


def test_the_population_is_stored_for_reviewers_sql():
    from pipeline.store import connect

    with connect(":memory:") as con:
        store_claims(con, [FRESH18["C208"], FRESH18["C207"]])
        rows = dict(con.execute("SELECT claim_id, population FROM claims").fetchall())
    assert rows == {"C208": ["dog"], "C207": None}


@pytest.mark.parametrize("species", ["unicorn", "human"])
def test_a_population_must_be_an_animal_species_the_extraction_can_name(tmp_path, species):
    src = (PROJECT_ROOT / "data" / "eval" / "fresh18" / "claims.yaml").read_text(encoding="utf-8")
    (tmp_path / "seed.txt").write_text((PROJECT_ROOT / "data" / "eval" / "fresh18" / "seed.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    bad = tmp_path / "claims.yaml"
    bad.write_text(src.replace("  population:\n  - dog\n", f"  population:\n  - {species}\n"), encoding="utf-8")
    with pytest.raises(CatalogError, match=rf"C208\]\.population\[0\].*'{species}' is not an animal species"):
        load_catalog(bad)
