"""GRADE's upgrades, as far as abstracts show them (issue 18): large effect and dose–response.

GRADE allows rating observational evidence up — never randomised evidence, which already starts
High — when it shows a large effect or a dose–response gradient, and only when nothing else casts
serious doubt on it. Here, concretely (thresholds in data/grading.yaml, ``upgrades``):

* **Large effect**: at least ``min_studies`` non-randomised comparative studies of the body whose
  finding favours the therapy each state a ratio (RR, OR, HR, IRR …, adjusted or not) with a 95% CI
  that excludes 1, and every such ratio the study states is beyond ``large_ratio`` (> 2 or < 0.5) →
  +1; beyond ``very_large_ratio`` (> 5 or < 0.2) in as many studies → +2. Every stated significant
  ratio must be large: an abstract reports covariates' ratios too (age, smoking), and we cannot tell
  which ratio is the therapy's, so the weakest one decides — cautious by construction.
* **Dose–response**: an abstract of the body states a dose–response gradient as a finding (not as an
  aim, not negated) in a study whose finding favours the therapy → +1.

Gate (GRADE: upgrade only methodologically sound observational evidence): all five domains not
serious and no "not supported" step. Risk of bias of a non-randomised body is judged without its
non-random allocation (the Low start stands for that) but on confounding, selection, outcome
assessment and attrition (pipeline/grading/risk_of_bias.py): a large effect from studies that do not
say they addressed confounding may be confounding itself, so it is not counted. Upgrades add at most
``max_levels`` and never lift a claim above High.

Effects are read by :func:`study_effects` from the abstract with :func:`pipeline.nlp.effects.find_effects`.
Pure: studies in, upgrades out. The dose–response cues are data: data/lexicons/upgrades.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.grading.phrases import compile_phrases, lexicon, sentences
from pipeline.grading.risk_of_bias import TrialRisk
from pipeline.nlp.effects import Effect, find_effects, includes_no_effect

UPGRADE_DOMAINS = ("large_effect", "dose_response")
# claim_domains.rating of an upgrade row: how many levels it adds
UPGRADE_RATINGS = {1: "upgrade_one", 2: "upgrade_two"}
# the starting tiers of a body graded as non-randomised evidence (rubric.BODY: reviews without a pooled
# estimate of randomised trials are graded with the observational studies)
NON_RANDOMISED_BODIES = ("sr_other", "observational")


@dataclass
class Upgrade:
    """One upgrade that fired: a claim_domains row (``rating`` upgrade_one | upgrade_two)."""

    domain: str            # large_effect | dose_response
    levels: int            # +1 or +2
    reason: str
    pmids: list[int]

    @property
    def rating(self) -> str:
        return UPGRADE_RATINGS[self.levels]

    @property
    def effect(self) -> int:
        return self.levels


def study_effects(study) -> tuple[Effect, ...]:
    """The effect estimates a study's abstract states.

    TODO(migration 018): read the stored effect columns of ``study_comparisons`` (the findings
    helper wires find_effects into them, per comparison) instead of re-reading the abstract here;
    this function is the only place the grading reads effects, so only it needs to change."""
    return _abstract_effects(study.abstract or "")


@lru_cache(maxsize=4096)  # pure; the review queue re-grades the same studies many times
def _abstract_effects(abstract: str) -> tuple[Effect, ...]:
    return find_effects(abstract)


def _significant_ratios(effects) -> list[Effect]:
    """Ratios with a confidence interval that excludes 1 (a p-value alone is not enough)."""
    return [e for e in effects if e.is_ratio and e.value and e.value > 0 and includes_no_effect(e) is False]


def _magnitude(e: Effect) -> float:
    return max(e.value, 1.0 / e.value)


def _fmt(e: Effect) -> str:
    return f"{e.kind} {e.value:g} (95% CI {e.ci_low:g}–{e.ci_high:g})"


def large_effect(body, cfg: dict, effects_of=study_effects) -> Upgrade | None:
    """The large-effect upgrade of an observational body, or None (see the module doc)."""
    uc = cfg["upgrades"]
    large, very = uc["large_ratio"], uc["very_large_ratio"]
    qualifying: list[tuple[int, float, str]] = []
    for s in body:
        if s.direction != "supports":
            continue
        ratios = _significant_ratios(effects_of(s))
        if not ratios:
            continue
        weakest = min(ratios, key=_magnitude)
        if _magnitude(weakest) > large:
            qualifying.append((s.pmid, _magnitude(weakest), "; ".join(_fmt(e) for e in ratios)))
    if len(qualifying) < uc["min_studies"]:
        return None
    n_very = sum(m > very for _, m, _ in qualifying)
    levels = 2 if n_very >= uc["min_studies"] else 1
    limit = very if levels == 2 else large
    stated = "; ".join(f"PMID {p}: {t}" for p, _, t in sorted(qualifying))
    return Upgrade("large_effect", levels,
                   f"{len(qualifying)} non-randomised studies favouring the therapy each state a ratio beyond "
                   f"{limit:g} (or below {1 / limit:g}) with a 95% CI excluding 1 ({stated})",
                   sorted(p for p, _, _ in qualifying))


@lru_cache(maxsize=1)
def _dose_cues() -> dict:
    lex = lexicon("upgrades")["dose_response"]
    return {k: compile_phrases(lex[k]) for k in ("cues", "negations", "aims")}


@lru_cache(maxsize=4096)
def dose_response_sentence(abstract: str | None) -> str | None:
    """The sentence in which an abstract states a dose–response gradient as a finding, or None (a
    gradient it only sets out to study, or says it did not find, is not one)."""
    cues = _dose_cues()
    for s in sentences(abstract or ""):
        if cues["cues"].search(s) and not cues["negations"].search(s) and not cues["aims"].search(s):
            return s
    return None


def dose_response(body, cfg: dict) -> Upgrade | None:
    """The dose–response upgrade of an observational body, or None."""
    found = [(s.pmid, sent) for s in body if s.direction == "supports"
             and (sent := dose_response_sentence(s.abstract)) is not None]
    if len(found) < cfg["upgrades"]["dose_response_min_studies"]:
        return None
    quoted = "; ".join(f"PMID {p}: “{t}”" for p, t in sorted(found))
    return Upgrade("dose_response", 1, f"the abstract states a dose–response gradient ({quoted})",
                   sorted(p for p, _ in found))


def blocked_by(domains, risks: dict[int, TrialRisk], body, cfg: dict, not_supported: bool) -> list[str]:
    """Why an observational body may not be upgraded: the domains that are serious (risk of bias of a
    non-randomised body is already judged without its non-random allocation) and a "not supported"
    step. Empty: upgrades may apply. ``risks``, ``body`` and ``cfg`` are kept for callers' signature."""
    why = [f"{d.domain.replace('_', ' ')} {d.rating.replace('_', ' ')}" for d in domains if d.rating != "not_serious"]
    if not_supported:
        why.append("most findings do not support the claim")
    return why


def assess(domains, risks: dict[int, TrialRisk], body, observational, best_tier: str, cfg: dict,
           not_supported: bool = False, effects_of=study_effects) -> tuple[list[Upgrade], str]:
    """The upgrades of a claim's body of evidence and a sentence saying why (none: why not).

    ``observational``: the body's studies at the observational tier (non-randomised comparisons);
    only they can show a large effect or a gradient. Bodies that start from randomised evidence
    (``best_tier`` sr_ma or rct) are never upgraded; nor is a body with no observational study."""
    if best_tier not in NON_RANDOMISED_BODIES or not observational:
        return [], ""
    obs = list(observational)
    candidates = [u for u in (large_effect(obs, cfg, effects_of), dose_response(obs, cfg)) if u]
    if not candidates:
        return [], "no large effect or dose–response stated in the abstracts"
    blocked = blocked_by(domains, risks, body, cfg, not_supported)
    if blocked:
        return [], (f"{' and '.join(u.domain.replace('_', ' ') for u in candidates)} stated, not counted: "
                    + "; ".join(blocked))
    room = cfg["upgrades"]["max_levels"]
    out = []
    for u in candidates:
        if room <= 0:
            break
        u.levels = min(u.levels, room)
        room -= u.levels
        out.append(u)
    return out, ""
