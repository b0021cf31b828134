"""`evidence eval grades`: the project's grades and study eligibility against blind reviewers
(data/eval/grade_reviews: four reviewers, two per claim, screening every query hit and grading each
claim with GRADE's five domains before the rubric was changed; README there says how).

Claims are scored on the development claims and the held-out claims (`split.json`) separately: rules
may be tuned on the first only. A claim the two reviewers graded differently counts as exact when the
project matches either, and as rated higher only when it is above both.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline.config import PROJECT_ROOT, link_threshold
from pipeline.eval_report import EvalReport, prf
from pipeline.grading.rubric import GRADES
from pipeline.store.links import unnamed_concept

DEFAULT_DATA = PROJECT_ROOT / "data" / "eval" / "grade_reviews"


def load_reviews(data: Path) -> tuple[dict[str, list[dict]], dict]:
    """claim_id → the reviewers' files for it (one per reviewer folder), and split.json."""
    split = json.loads((data / "split.json").read_text(encoding="utf-8"))
    reviews: dict[str, list[dict]] = {}
    for folder in sorted(p for p in data.iterdir() if p.is_dir()):
        for f in sorted(folder.glob("*.json")):
            reviews.setdefault(f.stem, []).append(json.loads(f.read_text(encoding="utf-8")))
    return reviews, split


def grade_levels(cid: str, reviews: dict, project: dict[str, str]) -> tuple[list[int], int]:
    """The reviewers' certainty levels for a claim (indices into GRADES, sorted, each once) and the project's
    (a claim it did not grade is No evidence)."""
    return (sorted({GRADES.index(r["grade"]["certainty"]) for r in reviews[cid]}),
            GRADES.index(project.get(cid, "No evidence")))


def agreed_records(reviews: dict, cid: str) -> tuple[list[tuple[int, bool]], int]:
    """(pmid, eligible) for each record of a claim both reviewers label alike, and how many they label apart."""
    a, b = reviews[cid][0], reviews[cid][1]
    eb = {r["pmid"]: r["eligible"] for r in b["records"]}
    agreed = [(r["pmid"], r["eligible"]) for r in a["records"] if eb.get(r["pmid"], not r["eligible"]) == r["eligible"]]
    apart = sum(1 for r in a["records"] if r["pmid"] in eb and eb[r["pmid"]] != r["eligible"])
    return agreed, apart


def _claim_scores(claims: list[str], reviews: dict, project: dict[str, str]) -> tuple[dict, list[str]]:
    exact = within = higher = lower = 0
    rows = []
    over: list[str] = []
    for cid in claims:
        levels, ours = grade_levels(cid, reviews, project)
        if ours in levels:
            exact += 1
        if min(abs(ours - lv) for lv in levels) <= 1:
            within += 1
        if ours > max(levels):
            higher += 1
            over.append(f"{cid} +{ours - max(levels)}")
        if ours < min(levels):
            lower += 1
        rows.append(f"| {cid} | {' / '.join(GRADES[lv] for lv in levels)} | {GRADES[ours]} |")
    n = len(claims) or 1
    return ({"claims": len(claims), "exact": exact, "exact agreement": exact / n, "within one level": within / n,
             "rated higher": higher, "max levels higher": max((int(o.split('+')[1]) for o in over), default=0),
             "rated lower": lower}, rows + ([f"\nRated higher: {', '.join(over)}"] if over else []))


def counted_pmids(con: duckdb.DuckDBPyConnection, claim_id: str, threshold: float) -> set[int]:
    """The records the project links to a claim at ``threshold`` and its grader counts (evidence_levels.included)."""
    return {p for (p,) in con.execute(
        "SELECT el.pmid FROM evidence_levels el JOIN claim_articles ca USING (claim_id, pmid) "
        "WHERE el.claim_id = ? AND el.included AND ca.relevance >= ?", [claim_id, threshold]).fetchall()}


def eligibility_counts(claims: list[str], reviews: dict, con: duckdb.DuckDBPyConnection,
                       threshold: float) -> dict[str, int]:
    """Linker-as-eligibility counts: a record the project links AND counts (evidence_levels.included)
    against the reviewers' `eligible`, on records both reviewers agree about (``tp``/``fp``/``fn``/``tn``;
    ``linked_tp``/``linked_fp`` for links alone; ``disagree``). Counts, so sets can be pooled."""
    n = dict.fromkeys(("tp", "fp", "fn", "tn", "disagree", "linked_tp", "linked_fp"), 0)
    for cid in claims:
        counted = counted_pmids(con, cid, threshold)
        linked = {p for (p,) in con.execute("SELECT pmid FROM claim_articles WHERE claim_id = ? AND relevance >= ?",
                                            [cid, threshold]).fetchall()}
        agreed, apart = agreed_records(reviews, cid)
        n["disagree"] += apart
        for p, gold in agreed:
            n["tp"] += p in counted and gold
            n["fp"] += p in counted and not gold
            n["fn"] += p not in counted and gold
            n["tn"] += p not in counted and not gold
            n["linked_tp"] += p in linked and gold
            n["linked_fp"] += p in linked and not gold
    return n


def project_states(con: duckdb.DuckDBPyConnection, claim_id: str, threshold: float) -> dict[int, str]:
    """What the project did with each query hit of a claim, read from the typed columns (never the reasons' words):
    ``counted``; ``excluded: <exclusion_reason>``, followed by the direction reader's typed "not about" kind where it
    gave one (``excluded: other_condition; finding not about: condition`` - the kind may be the exclusion's cause or a
    second reading beside another rule's: ``excluded: cointervention_only; finding not about: condition``);
    ``linked, not counted`` (eligible, but left out by the grader: a retraction, a review's trials already counted);
    ``not linked: below the threshold``; or, for a hit with no relevance at all, what its text does not name (``the
    therapy``, ``the condition``, or ``enough of the compared groups``). A reviewed record that is no hit is absent
    (:func:`claim_state_rows` calls it ``not a query hit``)."""
    counted = counted_pmids(con, claim_id, threshold)
    out: dict[int, str] = {}
    for pmid, relevance, eligibility, reason, kind, therapy, condition in con.execute(
            "SELECT pmid, relevance, eligibility, exclusion_reason, direction_not_about_kind, therapy_mentions, "
            "condition_mentions FROM claim_articles WHERE claim_id = ?", [claim_id]).fetchall():
        if pmid in counted:
            out[pmid] = "counted"
        elif relevance >= threshold:
            out[pmid] = (f"excluded: {reason}" + (f"; finding not about: {kind}" if kind else "")) \
                if eligibility != "eligible" \
                else "linked, not counted"
        elif relevance > 0:
            out[pmid] = "not linked: below the threshold"
        else:
            out[pmid] = "not linked: the text does not name " + unnamed_concept(relevance, therapy, condition)
    return out


def state_table(rows: list[tuple[str, bool]]) -> list[str]:
    """Markdown rows: for each of :func:`project_states`' states, how many records the reviewers call eligible and how
    many not, and the eligible share (for ``counted``, the precision; for an exclusion, what it costs in recall
    against what it keeps out), most frequent first."""
    n: dict[str, list[int]] = {}
    for state, gold in rows:
        n.setdefault(state, [0, 0])[0 if gold else 1] += 1
    out = ["| what the project did | eligible (reviewers) | not eligible | eligible share |", "|---|---|---|---|"]
    for state, (yes, no) in sorted(n.items(), key=lambda x: (-sum(x[1]), x[0])):
        out.append(f"| {state} | {yes} | {no} | {yes / (yes + no):.2f} |")
    return out


def claim_state_rows(claims: list[str], reviews: dict, con: duckdb.DuckDBPyConnection,
                     threshold: float) -> list[tuple[str, str, int, bool]]:
    """(claim, state, pmid, eligible) for every record of ``claims`` both reviewers label alike."""
    out = []
    for cid in claims:
        states = project_states(con, cid, threshold)
        out += [(cid, states.get(p, "not a query hit"), p, gold) for p, gold in agreed_records(reviews, cid)[0]]
    return out


def _eligibility(claims: list[str], reviews: dict, con: duckdb.DuckDBPyConnection, threshold: float) -> dict:
    n = eligibility_counts(claims, reviews, con, threshold)
    prec, rec, f1 = prf(n["tp"], n["fp"], n["fn"])
    lp, lr, _ = prf(n["linked_tp"], n["linked_fp"], n["tp"] + n["fn"] - n["linked_tp"])
    return {"eligibility precision (counted)": prec, "eligibility recall (counted)": rec, "eligibility F1 (counted)": f1,
            "linker precision (linked only)": lp, "linker recall (linked only)": lr,
            "records (reviewers agree)": n["tp"] + n["fp"] + n["fn"] + n["tn"],
            "records reviewers disagree on (skipped)": n["disagree"]}


def evaluate_grades(con: duckdb.DuckDBPyConnection, data: Path | None = None, *, threshold: float | None = None,
                    source: str = "") -> EvalReport:
    """Agreement of claim_grades with the reviewers' certainty and of the counted studies with their
    eligibility, on the development and the held-out claims separately. ``threshold``: the relevance
    counted as linked (default: data/grading.yaml's, as the linker used)."""
    threshold = link_threshold() if threshold is None else threshold
    data = Path(data) if data else DEFAULT_DATA
    reviews, split = load_reviews(data)
    held = [c for c in split["claims_with_hits"] if c in split["held_out"]]
    dev = [c for c in split["claims_with_hits"] if c not in split["held_out"]]
    project = dict(con.execute("SELECT claim_id, grade FROM claim_grades").fetchall())
    version = con.execute("SELECT max(rubric_version) FROM claim_grades").fetchone()[0]
    dev_s, dev_rows = _claim_scores(dev, reviews, project)
    held_s, held_rows = _claim_scores(held, reviews, project)
    rep = EvalReport(name="grades", data=f"{data} against {source or 'the database'} (rubric {version})",
                     n=len(dev) + len(held))
    rep.summary = {f"dev: {k}": v for k, v in dev_s.items()}
    rep.summary |= {f"held-out: {k}": v for k, v in held_s.items()}
    rep.summary |= {f"dev: {k}": v for k, v in _eligibility(dev, reviews, con, threshold).items()}
    # held-out eligibility: rules were written from the development claims' records only (issue 17 item 5)
    rep.summary |= {f"held-out: {k}": v for k, v in _eligibility(held, reviews, con, threshold).items()}
    head = ["| claim | reviewers | project |", "|---|---|---|"]
    # where the project and the reviewers part, by what the project did with the record (all claims together)
    states = [(state, gold) for _, state, _, gold in claim_state_rows(dev + held, reviews, con, threshold)]
    rep.extra_markdown = "\n".join(["## Development claims", "", *head, *dev_rows, "",
                                    "## Held-out claims", "", *head, *held_rows, "",
                                    "## Each reviewed record by what the project did with it", "",
                                    *state_table(states)])
    return rep
