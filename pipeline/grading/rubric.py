"""The grading rubric, modelled on GRADE and the Oxford CEBM levels (see docs/grading.md).

Each linked study gets a level from its design and population; each claim starts from its best
human evidence and moves down for imprecision (small total N), a single study, inconsistent
directions, findings that do not support the claim, and indirectness (animal / in-vitro only), and
up for several concordant human RCTs. Every step is recorded with the number it used and the PMIDs
behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from pipeline.config import PROJECT_ROOT

GRADES = ("No evidence", "Very low", "Low", "Moderate", "High")
CONFIG_PATH = PROJECT_ROOT / "data" / "grading.yaml"


@lru_cache(maxsize=1)
def config() -> dict:
    return yaml.safe_load(CONFIG_PATH.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Study:
    pmid: int
    design: str | None
    is_human: bool
    is_animal: bool
    is_in_vitro: bool
    sample_size: int | None
    direction: str
    is_retracted: bool
    year: int | None = None
    # the claim's condition is in the study's title or MeSH (not only in its abstract): the study is
    # about it, not about a broader field that includes it
    condition_direct: bool = True
    # an erratum, correction or retraction notice: it reports no study of its own
    is_notice: bool = False


@dataclass(frozen=True)
class StudyLevel:
    pmid: int
    level: int | None
    label: str
    tier: str
    included: bool
    exclusion_reason: str | None = None


@dataclass
class Step:
    step: str
    effect: int  # grade change: -2 … +1 (0 for informational steps)
    value: str
    pmids: list[int]
    text: str


@dataclass
class Grade:
    grade: str
    score: float
    levels: list[StudyLevel]
    steps: list[Step] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def study_level(s: Study) -> StudyLevel:
    """Oxford-CEBM-style level of one study (1 best … 5 weakest)."""
    if s.is_retracted:
        return StudyLevel(s.pmid, None, "retracted", "excluded", False, "retracted (CommentsCorrections/PublicationType)")
    if s.is_notice:
        return StudyLevel(s.pmid, None, "notice (erratum, correction, retraction)", "excluded", False,
                          "an erratum, correction or retraction notice reports no study")
    d = s.design or "other"
    if d == "protocol":
        return StudyLevel(s.pmid, None, "protocol (no results)", "excluded", False, "study protocol reports no findings")
    if d in ("meta_analysis", "systematic_review"):
        if s.is_animal and not s.is_human:
            return StudyLevel(s.pmid, 5, "review of animal studies (indirect)", "indirect", True)
        return StudyLevel(s.pmid, 1, "systematic review / meta-analysis", "sr_ma", True)
    if d == "animal_study" or (s.is_animal and not s.is_human):
        return StudyLevel(s.pmid, 5, "animal study (indirect)", "indirect", True)
    if d == "in_vitro" or (s.is_in_vitro and not s.is_human):
        return StudyLevel(s.pmid, 5, "in-vitro study (indirect)", "indirect", True)
    if d == "rct":
        return StudyLevel(s.pmid, 2, "human RCT", "rct", True)
    if d in ("non_randomized_trial", "cohort"):
        return StudyLevel(s.pmid, 3, "non-randomised trial / cohort", "observational", True)
    if d in ("case_control", "cross_sectional"):
        return StudyLevel(s.pmid, 3, "case-control / cross-sectional", "observational", True)
    if d in ("case_series", "case_report"):
        return StudyLevel(s.pmid, 4, "case series / report", "case", True)
    return StudyLevel(s.pmid, 5, "narrative review / opinion / other", "opinion", True)


TIER_ORDER = ("sr_ma", "rct", "observational", "case", "indirect", "opinion")


def _move(grade: str, by: int) -> str:
    i = GRADES.index(grade)
    return GRADES[max(1, min(len(GRADES) - 1, i + by))]


def grade_claim(studies: list[Study]) -> Grade:
    """Grade one claim from its linked studies."""
    cfg = config()
    levels = [study_level(s) for s in studies]
    by_pmid = {s.pmid: s for s in studies}
    incl = [lv for lv in levels if lv.included]
    counts = {
        "n_articles": len(incl),
        "n_human_rct": sum(lv.tier == "rct" for lv in incl),
        "n_sr_ma": sum(lv.tier == "sr_ma" for lv in incl),
        "n_observational": sum(lv.tier == "observational" for lv in incl),
        "n_animal": sum(lv.tier == "indirect" and by_pmid[lv.pmid].design != "in_vitro" and not by_pmid[lv.pmid].is_in_vitro for lv in incl),
        "n_in_vitro": sum(lv.tier == "indirect" and (by_pmid[lv.pmid].design == "in_vitro" or by_pmid[lv.pmid].is_in_vitro) for lv in incl),
        "n_retracted": sum(lv.label == "retracted" for lv in levels),
    }
    for d in ("supports", "no_effect", "contradicts", "unclear"):
        counts[f"n_{d}"] = sum(by_pmid[lv.pmid].direction == d for lv in incl)
    steps: list[Step] = []
    excluded = [lv for lv in levels if not lv.included]
    if excluded:
        steps.append(Step("exclusions", 0, str(len(excluded)), [lv.pmid for lv in excluded],
                          "excluded: " + "; ".join(sorted({lv.exclusion_reason or lv.label for lv in excluded}))))
    if not incl:
        return Grade("No evidence", 0.0, levels, steps + [Step("start", 0, "0 studies", [],
                     "no linked study: No evidence")], counts)

    best_tier = min((lv.tier for lv in incl), key=TIER_ORDER.index)
    best = [lv for lv in incl if lv.tier == best_tier]
    best_ids = [lv.pmid for lv in best]
    grade = cfg["start_grade"][best_tier]
    steps.append(Step("start", 0, best_tier, best_ids,
                      f"best evidence: {len(best)} {best[0].label} stud{'y' if len(best) == 1 else 'ies'} → start at {grade}"))

    if best_tier in ("sr_ma", "rct", "observational"):
        total_n = sum(by_pmid[p].sample_size or 0 for p in best_ids)
        if total_n < cfg["imprecision_min_participants"]:
            grade = _move(grade, -1)
            # an abstract that states no N counts as 0: say so, a reader would otherwise read "0 patients"
            unstated = sum(not by_pmid[p].sample_size for p in best_ids)
            note = f" (N not stated in {unstated} of {len(best_ids)})" if unstated else ""
            steps.append(Step("imprecision", -1, f"N={total_n}", best_ids,
                              f"total participants in the best studies {total_n}{note} < "
                              f"{cfg['imprecision_min_participants']} → {grade}"))
        if cfg["single_study_downgrade"] and len(best) == 1 and best_tier != "sr_ma":
            grade = _move(grade, -1)
            steps.append(Step("single study", -1, "1", best_ids, f"a single study at this level → {grade}"))
    directional = [p for p in best_ids if by_pmid[p].direction in ("supports", "no_effect", "contradicts")]
    if directional:
        share = sum(by_pmid[p].direction == "supports" for p in directional) / len(directional)
        lo, hi = cfg["inconsistency_band"]
        if share < lo:
            grade = _move(grade, -cfg["not_supported_downgrade"])
            steps.append(Step("not supported", -cfg["not_supported_downgrade"], f"{share:.0%} supporting", directional,
                              f"only {share:.0%} of the best studies' findings support the claim → {grade}"))
        elif share <= hi and len(directional) > 1:
            grade = _move(grade, -1)
            steps.append(Step("inconsistency", -1, f"{share:.0%} supporting", directional,
                              f"findings disagree ({share:.0%} supporting) → {grade}"))
    else:
        steps.append(Step("direction", 0, "unclear", best_ids, "no best-tier study states a clear direction"))
    if best_tier in ("indirect",):
        steps.append(Step("indirectness", 0, "animal/in-vitro only", best_ids,
                          "only animal or in-vitro evidence: indirect, capped at Very low"))
    elif cfg["scope_indirectness_downgrade"] and not any(by_pmid[p].condition_direct for p in best_ids):
        # GRADE's indirectness: "concentrated bone marrow aspirate in orthopaedics" is not a review of
        # MSCs for tendon repair, though its abstract mentions tendons
        grade = _move(grade, -1)
        steps.append(Step("indirectness", -1, "broader scope", best_ids,
                          f"none of the best studies names the condition in its title or MeSH (broader scope) → {grade}"))
    rcts_supporting = [lv.pmid for lv in incl if lv.tier == "rct" and by_pmid[lv.pmid].direction == "supports"]
    n_rct = counts["n_human_rct"]
    if n_rct >= cfg["concordant_rcts_upgrade"] and len(rcts_supporting) == n_rct and grade != "High":
        grade = _move(grade, +1)
        steps.append(Step("concordant RCTs", +1, str(n_rct), rcts_supporting,
                          f"{n_rct} human RCTs, all supporting → {grade}"))
    score = GRADES.index(grade) + min(counts["n_human_rct"] + 2 * counts["n_sr_ma"], 20) / 100
    steps.append(Step("final", 0, grade, [], f"final grade: {grade}"))
    return Grade(grade, round(score, 2), levels, steps, counts)


def seed_vs_evidence(seed_strength: str, grade: str, searched_pubmed: bool = True) -> str:
    """overstated | understated | consistent — or untested: no evidence, but only local files were
    searched, so the absence says nothing about PubMed."""
    cfg = config()
    if grade == "No evidence" and not searched_pubmed:
        return "untested"
    if seed_strength == "asserted" and GRADES.index(grade) <= GRADES.index(cfg["overstated_if_asserted_at_or_below"]):
        return "overstated"
    if seed_strength == "hedged" and GRADES.index(grade) >= GRADES.index(cfg["understated_if_hedged_at_or_above"]):
        return "understated"
    return "consistent"
