"""Typed claim-catalog records (the shape of ``data/claims.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Polarity(StrEnum):
    """What a claim says its therapy does (the catalog's ``polarity``, schemas/claims.schema.json): a benefit
    (the default), a harm ("TGF-β drives fibrosis", "menopause worsens sleep": the therapy is then an exposure
    and a finding of harm supports the claim), or a mechanism. A ``str``, so it compares equal to the catalog's
    words and is stored and fingerprinted as them."""

    BENEFIT = "benefit"
    HARM = "harm"
    MECHANISM = "mechanism"


@dataclass(frozen=True)
class Concept:
    """A therapy or a condition/outcome: a canonical name and the words that name it in text."""

    name: str
    synonyms: tuple[str, ...] = ()
    # For a comparison ("MSC source changes what the cells do"): an article is about it only when it
    # names at least ``min_groups`` of these groups (each group: words for one compared thing).
    groups: tuple[tuple[str, ...], ...] = ()
    min_groups: int = 0
    # the claim asserts that the first group does better than the others ("young donor cells
    # outperform the patient's own"); unordered, any difference between the groups supports it
    ordered: bool = False
    # phrases that contain one of the names but mean something else ("cartilage endplate" of the
    # spine for a claim about joint cartilage): a name inside one of them does not count
    excludes: tuple[str, ...] = ()

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms)


@dataclass(frozen=True)
class SeedQuote:
    """A sentence of the seed article, with character offsets into the seed file."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    id: str
    title: str
    therapy: Concept
    condition: Concept
    quotes: tuple[SeedQuote, ...]
    seed_strength: str  # asserted | qualified | hedged
    query: str
    topics: tuple[str, ...] = ()
    reference_pmids: tuple[int, ...] = ()
    notes: str = ""
    # Benefit claims (the default) read "no effect" as not supporting; a claim asserting harm or
    # absence of effect flips the reading.
    polarity: Polarity = Polarity.BENEFIT
    # "effect" (the default: the therapy does something) or "equivalence" (it does as well as the
    # comparator, e.g. switching to a biosimilar): for an equivalence claim a finding of no difference
    # supports the claim and a difference contradicts it (pipeline/claims/eligibility.py finding_for_claim)
    kind: str = "effect"
    # the comparator a head-to-head claim names ("as well as daily maintenance therapy", "better than hyaluronic
    # acid"); None for a claim against no treatment. A link's direction then rests only on findings against it
    # (pipeline/claims/comparison_findings.py against_comparator)
    comparator: Concept | None = None
    # the treatment an add-on claim adds the therapy to ("adding BMAC to an osteochondral allograft"): a study
    # that never names it tests the therapy on something else (pipeline/claims/eligibility.py _host_never_named)
    added_to: Concept | None = None
    # who the claim is about when it is not people ("in dogs operated on for disc extrusion"): animal species,
    # keys of data/lexicons/species.yaml; empty for a claim about people. A study in one of them is direct
    # evidence for the grader, one in people or in other species indirect (pipeline/grading/rubric.py)
    population: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        # a claim built in code may give the catalog's word; it is checked and typed here (an unknown word raises)
        object.__setattr__(self, "polarity", Polarity(self.polarity))

    @property
    def asserts_harm(self) -> bool:
        """The claim says its therapy (or exposure) harms: a finding of harm supports it."""
        return self.polarity is Polarity.HARM
