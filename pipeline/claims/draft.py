"""Draft a claim catalog from any article's text: sentences pairing a therapy with a condition or
outcome and an assertion, with their hedging level and a drafted PubMed query.

Therapies and conditions come from the lexicons (data/lexicons) and from abbreviations the article
defines; the claim catalog of *this* seed is deliberately not used, so the measure on the seed is fair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.claims.hedging import assess
from pipeline.nlp.sentences import runs_to_stops

ASSERTION = re.compile(
    r"\b(?:is|are|was|were|has|have|show\w*|demonstrat\w*|improv\w*|promot\w*|support\w*|drive\w*|reduc\w*|"
    r"restor\w*|stimulat\w*|accelerat\w*|enhanc\w*|suppress\w*|modulat\w*|regenerat\w*|heal\w*|repair\w*|"
    r"effective|evidence|benefit\w*|cross\w*|deliver\w*|contribut\w*|helps?|works?|treat\w*|used in)\b", re.I)


@dataclass
class DraftClaim:
    therapy: str
    condition: str
    sentence: str
    start: int
    end: int
    seed_strength: str
    query: str
    extra_conditions: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    from pipeline.nlp.vocabulary import vocabulary

    def read(name: str) -> dict[str, list[str]]:
        return {k: list(v) for k, v in vocabulary(name).items()}

    conditions = read("conditions")
    conditions.update(read("outcomes"))
    return read("therapies"), conditions


def _finder(concepts: dict[str, list[str]]) -> list[tuple[str, re.Pattern]]:
    out = []
    for name, syns in concepts.items():
        terms = sorted({name, *syns}, key=lambda t: (-len(t), t))
        alts = "|".join(
            (re.escape(t) if t.isupper() and len(t) <= 6 else f"(?i:{re.escape(t)})").replace(r"\ ", r"[\s-]")
            for t in terms if len(t) > 1)
        out.append((name, re.compile(rf"(?<![\w-])(?:{alts})(?:s|es)?(?!\w)")))
    return out


def _query(name: str, syns: list[str]) -> str:
    terms = [name] + [s for s in syns if len(s) > 2][:6]
    return "(" + " OR ".join(f'"{t}"[tiab]' for t in dict.fromkeys(terms)) + ")"


_ANAPHOR = re.compile(r"^(?:They|It|These|This|Their|Its|Such|The cells|These cells|These peptides)\b")
# "Clinical evidence is strongest in tendinopathy: …" under a "Platelet-rich plasma" heading is about
# the section's therapy although it does not name it.
_EVIDENCE_FOR_TOPIC = re.compile(r"\b(?:clinical evidence|evidence (?:is|base)|trials? (?:show|support)|studies (?:show|support))\b", re.I)


def draft_claims(text: str) -> list[DraftClaim]:
    """Candidate claims, one per (sentence, therapy, main condition).

    A sentence whose subject is a pronoun ("They drive M1-to-M2 polarization"), or that speaks of
    the evidence ("Clinical evidence is strongest in tendinopathy"), inherits the therapy of the
    nearest preceding heading or sentence that named one, within the same section.
    """
    therapies, conditions = _lexicon()
    tf, cf = _finder(therapies), _finder(conditions)
    out: list[DraftClaim] = []
    current: list[str] = []
    for para in re.finditer(r"[^\n]+", text):
        block = para.group(0)
        if len(block) < 90 and not block.rstrip().endswith("."):
            # a heading ("Exosomes: the messenger molecules") sets the topic of what follows
            current = [n for n, rx in tf if rx.search(block)]
            continue
        for m in runs_to_stops(block):
            sent = m.group(0).strip()
            named = [n for n, rx in tf if rx.search(sent)]
            if named:
                current = named
            if len(sent) < 30 or not ASSERTION.search(sent):
                continue
            ths = named or (current if _ANAPHOR.match(sent) or _EVIDENCE_FOR_TOPIC.search(sent) else [])
            cos = [n for n, rx in cf if rx.search(sent)]
            if not ths or not cos:
                continue
            start = para.start() + m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            strength = assess(sent).level
            for t in ths:
                q = f"{_query(t, therapies[t])} AND {_query(cos[0], conditions[cos[0]])}"
                out.append(DraftClaim(t, cos[0], sent, start, start + len(sent), strength, q, cos[1:]))
    return out


def to_yaml(drafts: list[DraftClaim], seed_file: str) -> str:
    import json

    lines = ["# Draft claim catalog proposed by `evidence claims extract`; review before use.",
             f"seed_file: {seed_file}", "claims:"]
    for i, d in enumerate(drafts, start=1):
        lines += [f"  - id: C{i:02d}", f"    title: {json.dumps(d.therapy + ' for ' + d.condition)}",
                  "    therapy:", f"      name: {json.dumps(d.therapy)}", "      synonyms: []",
                  "    condition:", f"      name: {json.dumps(d.condition)}", "      synonyms: []",
                  "    quotes:", f"      - start: {d.start}", f"        end: {d.end}",
                  f"        text: {json.dumps(d.sentence, ensure_ascii=False)}",
                  f"    seed_strength: {d.seed_strength}", f"    query: {json.dumps(d.query)}", "    topics: [C00]"]
    return "\n".join(lines) + "\n"


def recall_on(drafts: list[DraftClaim], claims) -> tuple[int, int]:
    """(curated claims proposed, curated claims): a curated claim counts as proposed when a draft
    overlaps one of its quote spans."""
    hit = 0
    for c in claims:
        if any(d.start < q.end and q.start < d.end for d in drafts for q in c.quotes):
            hit += 1
    return hit, len(claims)
