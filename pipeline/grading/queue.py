"""The review queue (issue 19 item 2): per claim, the machine judgements a reviewer should look at
first — those whose reversal would change the claim's certainty — then low-confidence readings.

"Would reversal change the grade" is answered by re-grading the claim in memory with the rubric's
pure functions (:func:`pipeline.grading.rubric.grade_claim`) and one judgement reversed: a study in
the body of evidence excluded, a study the machine excluded counted, a finding's direction read
otherwise. Nothing is written. Judgements a reviewer already decided (a decision in force on that
study and field) are not queued again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

import duckdb

from pipeline.grading import _studies
from pipeline.grading.rubric import Study, config, grade_claim

# Readings below these scores are queued as low-confidence (the design reader's cue-based scores sit
# at 0.3 when no design cue is found; the linker's direction scores 0.5 when it cannot tell).
LOW_DESIGN_CONFIDENCE = 0.5
LOW_DIRECTION_CONFIDENCE = 0.6
DIRECTIONS = ("supports", "no_effect", "contradicts", "unclear")
HYPOTHETICAL = "hypothetical reversal (review queue)"


@dataclass
class QueueItem:
    """One machine judgement to review. ``priority``: 0 its reversal changes the grade; 1 it sets the
    starting level or stands behind a downgrade; 2 a low-confidence reading."""

    claim_id: str
    pmid: int
    field: str              # eligibility | direction | design (design: not a decision field; check eligibility)
    machine_value: str | None
    why: str
    priority: int
    grade_now: str
    reversal: str | None = None            # the reversed reading tried
    grade_if_reversed: str | None = None   # the grade with it (None: not tried)
    title: str | None = None

    @property
    def moves_grade(self) -> bool:
        return self.grade_if_reversed is not None and self.grade_if_reversed != self.grade_now

    def to_dict(self) -> dict:
        return {**asdict(self), "moves_grade": self.moves_grade}


def _regrade(studies: list[Study], pmid: int, condition: str | None, therapy_names: tuple[str, ...] = (),
             kind: str = "effect", population: tuple[str, ...] = (), **change) -> str:
    return grade_claim([replace(s, **change) if s.pmid == pmid else s for s in studies], condition,
                       therapy_names, kind, population).grade


def claim_queue(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[QueueItem]:
    """The queue of one claim, most consequential first."""
    row = con.execute("SELECT condition, therapy, coalesce(therapy_synonyms, []), coalesce(kind, 'effect'), "
                      "coalesce(population, []) FROM claims WHERE claim_id = ?", [claim_id]).fetchone()
    if row is None:
        return []
    condition, names, kind, population = row[0], (row[1], *row[2]), row[3], tuple(row[4])
    studies = _studies(con, claim_id, config()["link_threshold"])
    if not studies:
        return []
    g = grade_claim(studies, condition, names, kind, population)
    levels = {lv.pmid: lv for lv in g.levels}
    info = {p: (t, dc, rc) for p, t, dc, rc in con.execute(
        "SELECT ca.pmid, a.title, ae.design_confidence, ca.direction_confidence FROM claim_articles ca "
        "JOIN articles a ON a.pmid = ca.pmid LEFT JOIN article_evidence ae ON ae.pmid = ca.pmid "
        "WHERE ca.claim_id = ?", [claim_id]).fetchall()}
    body = {s.pmid for s in g.body}
    wider = _named_only_wider(con, claim_id, {s.pmid for s in studies if levels[s.pmid].included})
    behind: dict[int, list[str]] = {}
    for d in g.domains:
        if d.rating != "not_serious":
            for p in d.pmids:
                behind.setdefault(p, []).append(f"{d.domain.replace('_', ' ')} {d.rating.replace('_', ' ')}")
    items: list[QueueItem] = []

    def add(pmid: int, field: str, machine: str | None, why: str, priority: int, reversal=None, grade_if=None):
        item = QueueItem(claim_id, pmid, field, machine, why, priority, g.grade, reversal, grade_if,
                         info.get(pmid, (None,))[0])
        if item.moves_grade:
            item.priority = 0
        items.append(item)

    best = g.best_tier
    for s in studies:
        lv = levels[s.pmid]
        decided = set(s.reviewed_fields)
        roles = []
        if s.pmid in body:
            roles.append(("sets the starting level" if lv.tier == best else "in the body of evidence") + f" ({lv.label})")
        if behind.get(s.pmid):
            roles.append("behind the downgrades for " + ", ".join(behind[s.pmid]))
        roles.extend(wider.get(s.pmid, ()))
        if "eligibility" not in decided:
            if s.pmid in body:
                grade_if = _regrade(studies, s.pmid, condition, names, kind, population, reviewed_eligibility="therapy_not_tested",
                                    review_mark=HYPOTHETICAL)
                add(s.pmid, "eligibility", "eligible", "; ".join(roles), 1, "excluded", grade_if)
            elif not lv.included and lv.label != "retracted":
                grade_if = _regrade(studies, s.pmid, condition, names, kind, population, reviewed_eligibility="eligible")
                reason = (lv.exclusion_reason or lv.label).split(":")[0]
                if grade_if != g.grade:
                    add(s.pmid, "eligibility", reason, f"excluded by the machine ({reason})", 1, "eligible", grade_if)
        if "direction" not in decided and s.pmid in body:
            tried = [(d, _regrade(studies, s.pmid, condition, names, kind, population, direction=d)) for d in DIRECTIONS if d != s.direction]
            moving = [(d, gr) for d, gr in tried if gr != g.grade]
            d, gr = (moving or tried)[0]
            why = "; ".join(roles)
            if s.direction == "unclear":
                why = "direction unclear; " + why
            add(s.pmid, "direction", s.direction, why, 1, d, gr)
        # low-confidence readings of studies that count (whatever their tier)
        title, design_conf, dir_conf = info.get(s.pmid, (None, None, None))
        if lv.included and s.pmid not in body and s.pmid in wider and "eligibility" not in decided:
            add(s.pmid, "eligibility", "eligible", "; ".join(wider[s.pmid]), 2)
        if lv.included and s.pmid not in body:
            if design_conf is not None and design_conf < LOW_DESIGN_CONFIDENCE:
                add(s.pmid, "design", s.design, f"low-confidence design reading ({design_conf:.2f})", 2)
            if "direction" not in decided and (s.direction == "unclear" or
                                               (dir_conf is not None and dir_conf < LOW_DIRECTION_CONFIDENCE)):
                what = "direction unclear" if s.direction == "unclear" else f"low-confidence direction ({dir_conf:.2f})"
                add(s.pmid, "direction", s.direction, what, 2)
    kinds = {"eligibility": 0, "direction": 1, "design": 2}
    items.sort(key=lambda i: (i.priority, kinds[i.field], i.pmid))
    return items


def _named_only_wider(con: duckdb.DuckDBPyConnection, claim_id: str, pmids: set[int]) -> dict[int, list[str]]:
    """pmid → what a reviewer should know of the counted studies among ``pmids`` that name the claim's therapy or
    condition only through a synonym shorter than its name (``evidence claims check``): "named only as 'catheter'
    (its name: 'intravascular catheters')". Such a study may be about the wider thing (docs/claims.md). Read from
    the claim's names as stored (the catalog's exclusions are not stored, so a phrase they take away is read too)."""
    from pipeline.claims.models import Concept
    from pipeline.claims.synonym_scope import wide_in_concept

    if not pmids:
        return {}
    row = con.execute("SELECT therapy, coalesce(therapy_synonyms, []), condition, coalesce(condition_synonyms, []) "
                      "FROM claims WHERE claim_id = ?", [claim_id]).fetchone()
    marks = ",".join("?" * len(pmids))
    records = con.execute(f"SELECT pmid, concat_ws(' ', title, abstract) FROM articles WHERE pmid IN ({marks}) "
                          "ORDER BY pmid", sorted(pmids)).fetchall()
    out: dict[int, list[str]] = {}
    for role, name, synonyms in (("therapy", row[0], row[1]), ("condition", row[2], row[3])):
        for w in wide_in_concept(claim_id, role, Concept(name=name, synonyms=tuple(synonyms)), records):
            for p in w.pmids:
                out.setdefault(p, []).append(f"{role} named only as '{w.synonym}' (its name: '{w.name}')")
    return out


def review_queue(con: duckdb.DuckDBPyConnection, claim_id: str | None = None,
                 limit: int | None = None) -> dict[str, list[QueueItem]]:
    """claim_id → its queue (``limit`` items each), for one claim or every claim with linked studies,
    claims whose grade a reversal would move first."""
    ids = [claim_id] if claim_id else [c for (c,) in con.execute(
        "SELECT DISTINCT claim_id FROM claim_articles WHERE relevance >= ? ORDER BY claim_id",
        [config()["link_threshold"]]).fetchall()]
    out = {}
    for cid in ids:
        q = claim_queue(con, cid)
        if q:
            out[cid] = q[:limit] if limit else q
    return dict(sorted(out.items(), key=lambda kv: (not any(i.moves_grade for i in kv[1]), kv[0])))
