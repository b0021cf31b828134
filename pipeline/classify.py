"""`evidence classify`: the extraction pipeline over record files, JSON lines out, no database; with a
record's claim, the direction of its finding too. It joins the NLP layer and the claim readers, so it
stands above both (as the linker stands above the readers).

Every record also gets its arms (who got what, with N; what every arm got; what differs). A record
naming a catalog claim (``claim_id``) gets what the link stage would store for it (``link``): the
relevance, whether it is linked, whether the study tests the claim (eligible, or the typed reason it
does not, with the indirectness), the comparisons it reports with each one's finding and effect, and
the direction they allow — computed by the same functions the link stage calls, so classify and a
link run agree."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Iterator

from pipeline.claims import comparison_findings
from pipeline.claims.catalog import DEFAULT_CATALOG, lexicon_entries, load_catalog
from pipeline.claims.direction import read_claim_direction, read_direction
from pipeline.claims.linker import LINK_THRESHOLD, LinkResult, condition_back_references, link_claim_articles
from pipeline.claims.mentions import abbreviations_in
from pipeline.claims.reading import Readings
from pipeline.models import Article, ParseProblem
from pipeline.nlp.arms import ArmComparison, StudyArms, read_arms
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


def arms_dict(arms: StudyArms) -> dict:
    """The arms of one study as JSON-ready data: each arm (label, what it received, N, control or not),
    what every arm received, what differs between arms, and a single-arm study's exposure."""
    return {"arms": [{"label": a.label, "received": a.received, "n": a.n, "is_control": a.is_control}
                     for a in arms.arms],
            "cointerventions": list(arms.cointerventions), "factor": list(arms.factor),
            "exposure": arms.exposure, "single_arm": arms.single_arm}


def comparison_dict(c: ArmComparison) -> dict:
    """One reported comparison with its finding (claim-relative ``finding``; the reader's ``finding_label``
    increased | decreased | no_difference | unclear) and the effect estimate the abstract states."""
    e = c.effect
    effect = None if e is None else {"measure": e.kind, "estimate": e.value, "ci_low": e.ci_low, "ci_high": e.ci_high,
                                     "p_value": e.p_value, "p_relation": e.p_relation, "text": e.text}
    return {"intervention": c.intervention, "comparator": c.comparator, "outcome": c.outcome,
            "outcome_source": c.outcome_source, "finding": c.finding, "finding_label": c.finding_label,
            "finding_confidence": None if c.finding_confidence is None else round(c.finding_confidence, 4),
            "finding_source": c.finding_source, "sentence": c.sentence, "effect": effect}


def link_dict(r: LinkResult) -> dict:
    """What the link stage would store for one claim–record pair (claim_articles, study_comparisons)."""
    e = r.eligibility
    return {"relevance": r.relevance, "linked": r.relevance >= LINK_THRESHOLD, "reasons": list(r.reasons),
            "direction": r.direction if r.relevance >= LINK_THRESHOLD else None,
            "eligibility": None if e is None else {"status": e.status, "reason": e.reason,
                                                   "indirectness": list(e.indirectness), "evidence": e.evidence,
                                                   "why": e.why},
            "comparisons": [comparison_dict(c) for c in (r.arms.comparisons if r.arms is not None else ())]}


def link_one(claim, article: Article, ev, readings: Readings | None = None) -> LinkResult:
    """The link stage's assessment of one record for one catalog claim, with the record's extraction
    ``ev`` standing in for the stored one (design, species, O spans); ``readings`` keeps the article's
    reading for the caller that already made it."""
    readings = Readings() if readings is None else readings
    evidence = {article.pmid: (ev.design, bool(ev.is_human), bool(ev.is_animal), bool(ev.is_in_vitro),
                               tuple(ev.species or ()))}
    results = link_claim_articles(claim, [article], readings, evidence)
    o_spans = {article.pmid: [(s.text, s.score) for s in ev.pico if s.element == "O"]}
    [r] = comparison_findings.apply(claim, results, {article.pmid: article}, readings, o_spans)
    return r


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
            readings = Readings()  # one reading of the article for its arms and its link
            obj.update(arms_dict(read_arms(readings.of(a))))
            catalog_claim = claims.get(a.extra.get("claim_id", ""))
            claim = a.extra.get("claim") or (catalog_claim.title if catalog_claim else None)
            if claim:
                if catalog_claim:  # a catalog claim: the full reader (is the finding about it? comparisons)
                    # (with the abstract's pointers back to the claim's condition, as the link stage reads them)
                    d = read_claim_direction(catalog_claim, a, {
                        **abbreviations_in(f"{a.title}\n{a.abstract}"),
                        **condition_back_references(catalog_claim, readings.of(a))})
                    obj["claim_id"] = catalog_claim.id
                    obj["direction_not_about"] = d.not_about or None
                    obj["direction_not_about_kind"] = d.not_about_kind and str(d.not_about_kind)
                    obj["link"] = link_dict(link_one(catalog_claim, a, ev, readings))
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
