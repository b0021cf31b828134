"""Synonyms that may name more than their claim: a reviewer's check of the catalog, run over the records each claim's
query returned (``evidence claims check``).

Why: a synonym the analyst writes shorter than the concept's name ("catheter" for "intravascular catheters",
"tuberculosis" for "spinal tuberculosis") names the wider class, and every record the shorter word alone names is read
as naming the claim's term. Held-out set fresh88 showed what that does: of its 16 wrongly counted studies, 14 came
through two such synonyms. Dropping modifiers is often harmless ("knee cartilage defects" as "cartilage defects" in an
abstract that says "defects of the knee"), so a synonym is reported only where it does work: in records that no other
name of the concept names and that do not use the left-out words anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.claims.mentions import names_concept
from pipeline.claims.models import Claim, Concept
from pipeline.nlp.vocabulary import vocabulary

ROLES = ("therapy", "condition", "comparator", "added_to")


@dataclass(frozen=True)
class WideSynonym:
    """A synonym shorter than its concept's name that alone names some of the claim's records."""

    claim_id: str
    role: str  # therapy | condition | comparator | added_to
    name: str  # the concept's name, as the catalog writes it
    synonym: str
    left_out: tuple[str, ...]  # the name's words the synonym leaves out (modifiers, not the head)
    pmids: tuple[int, ...]  # records named only through this synonym, without the left-out words
    hits: int  # records checked for the claim


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    v = vocabulary("catalog_checks")
    return frozenset(w.lower() for w in v["level_words"]), frozenset(w.lower() for w in v["joining_words"])


def _words(text: str) -> list[str]:
    """A name's words, lower case, its possessive and a plural -s taken off ("catheters" -> "catheter"; not
    "abscess", "mellitus", "diagnosis")."""
    out = []
    for w in re.split(r"[\s\-–/]+", text.lower().replace("'s", "").replace("’s", "")):
        w = w.strip("(),.;:")
        if len(w) >= 4 and w.endswith("s") and not re.search(r"(?:ss|us|is|as|os)$", w):
            w = w[:-1]
        if w and w not in ("the", "a", "an"):  # an article says nothing of what the name names
            out.append(w)
    return out


def _in_order(part: list[str], whole: list[str]) -> bool:
    rest = iter(whole)
    return all(w in rest for w in part)


def left_out_words(name: str, synonym: str) -> tuple[str, ...]:
    """The modifiers of ``name`` that ``synonym`` leaves out when the synonym keeps the name's head noun (its last
    word) and the rest of its words in order, so that it names a wider class ("intravascular catheters" ->
    "catheter": ("intravascular",)); empty when it names the same or a narrower thing, or something else, or leaves
    out only the exposure's level ("higher haematocrit" -> "haematocrit"), or names a part of a name joined by a
    preposition or a conjunction ("outcome of cartilage repair" -> "cartilage repair")."""
    whole, part = _words(name), _words(synonym)
    if not part or len(part) >= len(whole) or part[-1] != whole[-1] or not _in_order(part, whole):
        return ()
    levels, joining = _lists()
    kept = list(part)
    left = []
    for w in whole:  # the words of the name the synonym does not keep, in the name's order
        if kept and w == kept[0]:
            kept.pop(0)
        else:
            left.append(w)
    # a synonym that leaves out a joining word names one part of the name, not a wider kind of it: "outcome of
    # cartilage repair" -> "cartilage repair" (the topic, not the outcome), "N-acetylcysteine and glutathione" ->
    # "glutathione" (one of the two)
    if any(w in joining for w in left) or all(w in levels for w in left):
        return ()
    return tuple(left)


def _says_any(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` uses any of ``words`` anywhere (with a plural -s or -es): "defects of the knee" says "knee"."""
    low = text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?:s|es)?(?!\w)", low) for w in words)


def wide_synonyms(claim: Claim, records: Iterable[tuple[int, str]]) -> list[WideSynonym]:
    """Each synonym of ``claim``'s concepts that is shorter than the concept's name (:func:`left_out_words`) and is the
    only name of the concept in at least one of ``records`` ((pmid, title and abstract) pairs: the claim's query
    hits), where the record does not use the words it leaves out either. Pure: reads only its arguments and the
    word lists."""
    records = list(records)
    out: list[WideSynonym] = []
    for role in ROLES:
        concept: Concept | None = getattr(claim, role, None)
        if concept is not None:
            out.extend(wide_in_concept(claim.id, role, concept, records))
    return out


def wide_in_concept(claim_id: str, role: str, concept: Concept, records: list[tuple[int, str]]) -> list[WideSynonym]:
    """:func:`wide_synonyms` for one of a claim's concepts (``role``: therapy, condition, comparator, added_to); the
    review queue asks it of the stored therapy and condition."""
    names = (concept.name, *concept.synonyms)
    shorter = {s: left for s in dict.fromkeys(names) if (left := left_out_words(concept.name, s))}
    if not shorter:
        return []
    wide: dict[str, tuple[str, ...]] = {}
    for s, left in shorter.items():  # "catheter" and "catheters" are one synonym, reported once
        if all(_words(s) != _words(w) for w in wide):
            wide[s] = left
    others = tuple(n for n in dict.fromkeys(names) if n not in shorter)
    rest = Concept(name=others[0], synonyms=others, excludes=concept.excludes) if others else None
    # the records the concept's other names name, read once for all its shorter synonyms
    unnamed = [(pmid, text) for pmid, text in records if rest is None or not names_concept(rest, text)]
    out = []
    for syn, left in wide.items():
        alone = Concept(name=syn, synonyms=(syn,), excludes=concept.excludes)
        pmids = tuple(pmid for pmid, text in unnamed if names_concept(alone, text) and not _says_any(left, text))
        if pmids:
            out.append(WideSynonym(claim_id, role, concept.name, syn, left, pmids, len(records)))
    return out
