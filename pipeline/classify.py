"""`evidence classify`: the extraction pipeline over record files, JSON lines out, no database; with a
record's claim, the direction of its finding too. It joins the NLP layer and the claim readers, so it
stands above both (as the linker stands above the readers)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Iterator

from pipeline.claims.catalog import DEFAULT_CATALOG, lexicon_entries, load_catalog
from pipeline.claims.direction import read_claim_direction, read_direction
from pipeline.claims.mentions import abbreviations_in
from pipeline.models import Article, ParseProblem
from pipeline.nlp.evidence import extract_batch
from pipeline.nlp.pipeline import build_nlp

log = logging.getLogger(__name__)


def _articles(path: str, problems: list[ParseProblem]) -> Iterator[Article]:
    from pipeline.parsing import parse_path

    for item in parse_path(path):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, ParseProblem):
            problems.append(item)


def _catalog_claims() -> dict:
    """The claim catalog by id, for input records that name a ``claim_id``; empty when it is missing
    or invalid (plain ``claim`` text still works then)."""
    try:
        return {c.id: c for c in load_catalog()} if DEFAULT_CATALOG.exists() else {}
    except Exception as exc:  # an invalid catalog must not stop classification
        log.warning("claim catalog not usable (%s); claim_id fields are ignored — run `evidence claims validate`", exc)
        return {}


def classify_stream(path: str, out: IO[str], *, use_metadata: bool = True, batch: int = 256) -> tuple[int, list[ParseProblem]]:
    """Write one JSON object per record of ``path`` to ``out``; returns (records written, problems)."""
    nlp = build_nlp(extra_terms=lexicon_entries())
    claims = _catalog_claims()
    problems: list[ParseProblem] = []
    n = 0
    buf: list[Article] = []

    def flush() -> None:
        nonlocal n
        evs = extract_batch(buf, use_metadata=use_metadata, nlp=nlp)
        for a, ev in zip(buf, evs):
            obj = ev.to_dict()
            catalog_claim = claims.get(a.extra.get("claim_id", ""))
            claim = a.extra.get("claim") or (catalog_claim.title if catalog_claim else None)
            if claim:
                if catalog_claim:  # a catalog claim: the full reader (is the finding about it? comparisons)
                    d = read_claim_direction(catalog_claim, a, abbreviations_in(f"{a.title}\n{a.abstract}"))
                    obj["claim_id"] = catalog_claim.id
                    obj["direction_not_about"] = d.not_about or None
                else:
                    d = read_direction(claim, a)
                obj["claim"] = claim
                obj["direction"] = d.direction
                obj["direction_sentence"] = d.sentence
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            n += 1
        buf.clear()

    for a in _articles(path, problems):
        buf.append(a)
        if len(buf) >= batch:
            flush()
    if buf:
        flush()
    return n, problems
