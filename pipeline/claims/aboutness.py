"""Is an article's finding about the claim? The check between "the abstract mentions the therapy and
the condition" (linking) and "which way does its finding point" (direction).

A linked article can name platelet-rich plasma and knee osteoarthritis and still report a finding
about something else: PRP used only as the carrier of fat-pad stem cells, a scaffold soaked in PRP, a
homing peptide where the claim is about CXCR4. Two annotators labelled 113 linked pairs of the
offline corpus (`data/eval/claim_directions.csv`); 61 of them were "no finding about the claim" that
the direction reader, reading the conclusion alone, called "supports". The check asks the finding
sentences (the conclusion's findings, else the results') to name the therapy — or, when the title
names it, to refer back to it ("this therapy", "these cells") — and the finding or the title to name
the condition, and for a comparison claim the compared groups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.mentions import groups_named, names_concept
from pipeline.claims.models import Claim

# "this treatment", "these cells", "the codelivery system": a finding referring back to the
# intervention the title names
_BACK_REFERENCE = re.compile(
    r"\b(?:this|these|the|such|our)\s+(?:[\w-]+\s+){0,3}(?:therap\w*|treatments?|techniques?|approach\w*|"
    r"procedures?|system|methods?|strateg\w*|cells?|constructs?|implants?|implantation|injections?|products?|"
    r"interventions?|modalit\w*)\b", re.I)


@dataclass(frozen=True)
class Aboutness:
    about: bool
    reason: str  # why not, for the reviewer; "" when it is about the claim


def finding_about_claim(claim: Claim, title: str, findings: list[str],
                        abbreviations: dict[str, str] | None = None) -> Aboutness:
    """Whether ``findings`` (the sentences that state the article's result) speak to ``claim``."""
    if not findings:
        return Aboutness(False, "no finding stated")
    text = " ".join(findings)
    t_named = names_concept(claim.therapy, text, abbreviations) or (
        names_concept(claim.therapy, title, abbreviations) and bool(_BACK_REFERENCE.search(text)))
    if not t_named:
        return Aboutness(False, f"the finding is not about {claim.therapy.name}")
    where = f"{text}\n{title}"
    if not names_concept(claim.condition, where, abbreviations):
        return Aboutness(False, f"the finding is not about {claim.condition.name}")
    for concept in (claim.therapy, claim.condition):
        if concept.min_groups and len(groups_named(concept, where, abbreviations)) < concept.min_groups:
            return Aboutness(False, f"the finding compares fewer than {concept.min_groups} of "
                                    f"{' | '.join(g[0] for g in concept.groups)}")
    return Aboutness(True, "")
