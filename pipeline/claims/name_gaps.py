"""Query hits the claim's names do not reach: a review aid for the analyst who writes a claim's synonyms
(``evidence claims gaps``).

Why: on the held-out sets the largest family of studies the project misses is the one whose records name the claim's
therapy or condition in other words ("transchondral perforation" for drilling, "mechanical axis alignment" for
malalignment). The linker cannot tell such a record from one about something else (rules that widen names took as
many studies of other things as of the claim), but the analyst can, once shown what the record says instead. For each
hit whose title, abstract and MeSH name the therapy (or the condition) by none of the catalog's words, the aid shows
the query terms that matched it - the words the query has and the synonyms lack - and the record's own phrases for the
missing concept: its Intervention spans for a therapy, its Participants spans and MeSH headings for a condition. The
phrases are then pooled by how many of the claim's unreached hits use them, the hits that name the claim's other
concept first: a record about the claim's condition that names no therapy of the catalog is where a missing name of
the therapy is likeliest to be.

Pure: reads only its arguments, the claim's mention matcher and the word lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Claim
from pipeline.nlp.vocabulary import vocabulary
from pipeline.query.nodes import Term

ROLES = ("therapy", "condition")
# where a stand-in phrase was read: the query's terms, the P/I/O tagger's spans, the record's MeSH
SOURCES = ("query", "intervention span", "participants span", "MeSH")


@dataclass(frozen=True)
class GapRecord:
    """A claim's query hit as the aid reads it: its text, MeSH, P/I/O spans and the query terms it matched."""

    pmid: int
    title: str
    mesh: tuple[str, ...] = ()  # descriptors
    spans: tuple[tuple[str, str], ...] = ()  # (element P | I | O, text)
    query_terms: tuple[Term, ...] = ()  # the claim's query terms the record matches
    therapy_named: bool = False  # what the link stage stored: the record's text or MeSH names the therapy
    condition_named: bool = False


@dataclass(frozen=True)
class UnreachedHit:
    """One query hit whose text names the claim's ``role`` concept by none of the catalog's words."""

    claim_id: str
    pmid: int
    title: str
    role: str  # therapy | condition: the concept not named
    other_named: bool  # the record names the claim's other concept
    query_terms: tuple[str, ...]  # the query terms that matched it (as the query writes them), less those the other
    # concept's names explain
    phrases: tuple[tuple[str, str], ...]  # (source, phrase): what the record says where the concept's name would be


@dataclass(frozen=True)
class StandIn:
    """A phrase that stands where the claim's ``role`` concept is not named, pooled over the claim's unreached hits."""

    claim_id: str
    role: str
    phrase: str
    source: str  # one of SOURCES
    pmids: tuple[int, ...]  # the unreached hits that use it
    with_other: int  # how many of them name the claim's other concept


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    checks = vocabulary("catalog_checks")
    arms = vocabulary("arms")
    not_names = {w.lower() for w in checks.get("not_stand_ins", ())} | {w.lower() for w in arms["generic_comparator"]}
    return frozenset(not_names), frozenset(w.lower() for w in checks.get("mesh_check_tags", ()))


@lru_cache(maxsize=1)
def _joining() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary("catalog_checks")["joining_words"])


def normalise(phrase: str) -> str:
    """A phrase as it is pooled: lower case, single spaces, no surrounding punctuation, leading article or leading
    joining word (a span cut after "and": "and annulus fibrosus")."""
    p = re.sub(r"\s+", " ", phrase).lower().strip(" \t,.;:[]{}\"'-")
    if p.count("(") > p.count(")"):  # a span cut inside a bracket: "intervertebral disc degeneration (ivdd"
        p = p[:p.rindex("(")]
    if p.count(")") > p.count("("):  # or begun inside one: "ivdd) model"
        p = p[p.index(")") + 1:]
    p = p.strip(" \t,.;:[]{}\"'-")
    return re.sub(r"^(?:(?:and|or|with|the|a|an) )+", "", p)


def _names(claim: Claim, role: str):
    return [c for c in ((claim.condition, claim.comparator, claim.added_to) if role == "therapy"
                        else (claim.therapy, claim.comparator, claim.added_to)) if c is not None]


def _words(text: str) -> list[str]:
    return re.findall(r"\w[\w-]*", text.lower())


def _known_words(concepts) -> frozenset[str]:
    """Every word of ``concepts``' names, a hyphenated word's parts too ("adipose-derived" knows "adipose")."""
    return frozenset(part for c in concepts for n in (c.name, *c.synonyms) for w in _words(n)
                     for part in (w, *w.split("-")))


def _explained_by(words: list[str], known: frozenset[str], truncated: bool = False) -> bool:
    """Whether ``words`` (a query term's tokens, the last a prefix when ``truncated``; or a phrase's words) are words
    of the other concepts' names (``known``, :func:`_known_words`): the term brought the record in for that concept,
    the phrase names it. A run of three words or more may leave out one ("Mesenchymal Stem Cell Transplantation"[mh]
    is the therapy's term though the catalog never says "transplantation")."""
    def knows(i: int, w: str) -> bool:
        if truncated and i == len(words) - 1:
            return any(k.startswith(w) for k in known)
        return w in known or w + "s" in known or w.rstrip("s") in known

    hit = sum(knows(i, w) for i, w in enumerate(words))
    return bool(words) and hit >= (len(words) if len(words) < 3 else len(words) - 1)


# a name is a few words; a longer span is a clause the tagger took in whole ("subchondral bone in each of five
# osteochondral tissue specimens from five patients undergoing knee arthroplasty")
MAX_WORDS = 6


def _a_name(phrase: str) -> bool:
    """Whether a span can be a name: at most :data:`MAX_WORDS` words, one of them not a joining word ("with")."""
    words = phrase.split()
    joining = _joining()
    return 0 < len(words) <= MAX_WORDS and any(len(w) >= 3 and w not in joining for w in _words(phrase))


def unreached(claim: Claim, records: Iterable[GapRecord]) -> list[UnreachedHit]:
    """The hits among ``records`` that name the claim's therapy or its condition by none of the catalog's words (what
    the link stage stored: ``therapy_named`` / ``condition_named``), with what each says instead. A record that names
    neither is listed once, for the therapy. Ordered: those that name the claim's other concept first, then by PMID."""
    not_names, check_tags = _lists()
    out: list[UnreachedHit] = []
    for r in records:
        # the link stage stores the names its text holds; a MeSH heading that names a concept names it too, as the
        # linker reads it (a hit left out only for naming too few of a comparison's groups is no name gap)
        mesh = " | ".join(r.mesh)
        therapy_named = r.therapy_named or bool(mesh and find_mentions(claim.therapy, mesh))
        condition_named = r.condition_named or bool(mesh and find_mentions(claim.condition, mesh))
        if therapy_named and condition_named:
            continue
        role = "therapy" if not therapy_named else "condition"
        other_named = condition_named if role == "therapy" else therapy_named
        others = _names(claim, role)
        known = _known_words(others)

        def names_other(text: str) -> bool:
            return any(find_mentions(c, text) for c in others)

        # a query term whose words the other concept's names hold ("knee*" beside "knee osteoarthritis") brought the
        # record in for that concept, not for the one missing
        terms = tuple(str(t) for t in r.query_terms
                      if not (other_named and _explained_by(list(t.tokens), known, t.truncated)))
        phrases: list[tuple[str, str]] = []
        elements = ("I",) if role == "therapy" else ("P",)
        for element, text in r.spans:
            p = normalise(text)
            if (element in elements and _a_name(p) and p not in not_names and not names_other(text)
                    and not _explained_by(_words(p), known)):
                phrases.append(("intervention span" if element == "I" else "participants span", p))
        if role == "condition":
            phrases.extend(("MeSH", normalise(m)) for m in r.mesh
                           if normalise(m) not in check_tags and not names_other(m)
                           and not _explained_by(_words(m), known))
        out.append(UnreachedHit(claim.id, r.pmid, r.title, role, other_named, terms, tuple(dict.fromkeys(phrases))))
    return sorted(out, key=lambda h: (not h.other_named, h.pmid))


def stand_ins(hits: Iterable[UnreachedHit]) -> list[StandIn]:
    """Each phrase of ``hits`` (query terms and the records' own phrases) with the hits that use it, most used first:
    by the number of hits naming the claim's other concept, then by all hits, then alphabetically."""
    pooled: dict[tuple[str, str, str, str], list[UnreachedHit]] = defaultdict(list)
    for h in hits:
        seen = set()
        for source, phrase in (*(("query", t) for t in h.query_terms), *h.phrases):
            key = (h.claim_id, h.role, phrase, source)
            if key not in seen:
                seen.add(key)
                pooled[key].append(h)
    out = [StandIn(cid, role, phrase, source, tuple(sorted(h.pmid for h in hs)), sum(h.other_named for h in hs))
           for (cid, role, phrase, source), hs in pooled.items()]
    return sorted(out, key=lambda s: (s.claim_id, ROLES.index(s.role), -s.with_other, -len(s.pmids),
                                      SOURCES.index(s.source), s.phrase))
