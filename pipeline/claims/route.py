"""Whether a study gives the claim's therapy by the claim's route of delivery.

Some claims are about a route rather than a disease: "MSC therapy can be administered intravenously
and still produce effects at injury sites" is tested only by studies that give the cells
intravenously. Such a claim's condition is named only by route words (``data/lexicons/routes.yaml``),
so the condition reader finds "intravenous" in any abstract that has it — also in "intravenous
ferumoxytol was used to label MSCs" whose cells were then implanted into a knee. A reviewer reads the
route as belonging to what it delivers; this module does the same, within one sentence: the route
names the therapy's delivery when the two stand a few words apart, or are joined by a delivery word
("MSCs were injected intravenously", "intravenous administration of MSCs").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.claims.mentions import find_mentions
from pipeline.claims.models import Claim, Concept
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import phrase_pattern, vocabulary

# words between a route and the therapy when nothing joins them ("intravenous allogeneic MSCs")
_NEAR = 3
# words between them when a delivery word joins them ("MSCs were then slowly injected via the tail vein")
_LINKED = 7
_CLAUSE_END = compile_guarded(r"[.;:]")
_WORD = compile_guarded(r"[\w-]+")


_NOT_ROUTES = ("delivery_links", "separators")


@lru_cache(maxsize=None)
def _routes() -> dict[str, re.Pattern]:
    return {name: phrase_pattern(words) for name, words in vocabulary("routes").items() if name not in _NOT_ROUTES}


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary("routes")[key])


def claim_routes(claim: Claim) -> tuple[str, ...]:
    """The routes (lists of ``routes.yaml``) the claim's condition names, when every one of its names
    names a route (C09b's "systemic (intravenous) delivery", "IV infusion"): the claim is about giving
    the therapy that way. Empty for a claim about a disease or a mechanism."""
    return _routes_named(tuple(claim.condition.all_names))


@lru_cache(maxsize=None)
def _routes_named(names: tuple[str, ...]) -> tuple[str, ...]:
    # asked for every (claim, article) pair of a link run: worked out once per condition
    if not names or not all(any(p.search(n) for p in _routes().values()) for n in names):
        return ()
    return tuple(r for r, p in _routes().items() if any(p.search(n) for n in names))


def is_route_claim(claim: Claim) -> bool:
    """True when the claim's condition is a route of delivery (see :func:`claim_routes`)."""
    return bool(claim_routes(claim))


def _joined(between: str) -> bool:
    if _CLAUSE_END.search(between):
        return False
    words = [w.lower() for w in _WORD.findall(between)]
    if any(w in _words("separators") for w in words):
        return False
    return len(words) <= _NEAR or (len(words) <= _LINKED and any(w in _words("delivery_links") for w in words))


def _route_spans(routes: tuple[str, ...], sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for r in routes for m in _routes()[r].finditer(sentence)]


def route_names_therapy(therapy: Concept, routes: tuple[str, ...], sentence: str,
                        abbreviations: dict[str, str] | None = None) -> bool:
    """True when ``sentence`` says ``therapy`` is delivered by one of ``routes``: a mention of each, a
    few words apart in one clause, or joined by a delivery word (either order)."""
    spans = _route_spans(routes, sentence)
    if not spans:
        return False
    for t in find_mentions(therapy, sentence, abbreviations):
        for start, end in spans:
            between = sentence[end:t.start] if end <= t.start else sentence[t.end:start]
            if _joined(between):
                return True
    return False


def route_not_taken(claim: Claim, sentences: list[str] | tuple[str, ...],
                    abbreviations: dict[str, str] | None = None) -> str | None:
    """For a route claim: the first sentence that names the claim's route, when no sentence gives the
    therapy by it (the route belongs to something else); ``None`` when the claim is not about a route,
    when a sentence does give the therapy that way, or when no sentence names the route at all (the
    condition reader already says so)."""
    routes = claim_routes(claim)
    if not routes:
        return None
    named = [s for s in sentences if _route_spans(routes, s)]
    if not named:
        return None
    if any(route_names_therapy(claim.therapy, routes, s, abbreviations) for s in named):
        return None
    return named[0]
