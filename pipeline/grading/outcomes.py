"""Summary of Findings per claim, in the Cochrane/GRADEpro convention (issue 18 item 4).

A header (population, setting, intervention, comparison) and one row per important outcome group —
pain, function, structure/imaging, adverse events — over the body of evidence that set the claim's
grade (its eligible studies of the best design class). Each row gives the № of participants
(studies) whose abstract reports a finding on that outcome group, the effect where an abstract states
one (a sentence with a mean difference, a confidence interval or a p-value), and the certainty.

Certainty per outcome is kept simple and conservative: it starts where the claim started, takes
the claim's five domain ratings, may only be rated worse for the outcome (imprecision recomputed from
the participants reporting it with the thresholds of data/grading.yaml; structure/imaging outcomes
are surrogates, so indirectness is at least serious), applies the claim's "not supported" step and its upgrades
(observational evidence only), and is never higher than the claim's certainty. Every downgrade has a footnote naming its reason and
PMIDs. The word lists are data: data/lexicons/outcome_kinds.yaml (groups, finding, method and effect
cues) and data/lexicons/comparators.yaml. Pure: studies in, rows out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.grading import signals
from pipeline.grading.phrases import compile_phrases, lexicon, sentences
from pipeline.grading.rubric import (DOMAIN_NAMES, GRADES, RATING_EFFECT, Domain, Grade, Study, _imprecision, participants,
                                     _move, config)

OUTCOME_GROUPS = ("pain", "function", "structure", "adverse_events")
OUTCOME_LABELS = {"pain": "Pain", "function": "Function", "structure": "Structure / imaging",
                  "adverse_events": "Adverse events"}
SYMBOLS = {"High": "⊕⊕⊕⊕", "Moderate": "⊕⊕⊕◯", "Low": "⊕⊕◯◯", "Very low": "⊕◯◯◯", "No evidence": "—"}
DOMAIN_LABELS = {"risk_of_bias": "Risk of bias", "inconsistency": "Inconsistency", "indirectness": "Indirectness",
                 "imprecision": "Imprecision", "publication_bias": "Publication bias"}
UPGRADE_LABELS = {"large_effect": "Large effect", "dose_response": "Dose–response"}
RATING_ORDER = ("not_serious", "serious", "very_serious")
NOT_ESTIMABLE = "not estimable from the abstracts"
NOT_REPORTED = "no study behind the grade reports this outcome in its abstract"
# the effect column quotes at most this many studies' sentences, each cut to this length (display only)
MAX_EFFECTS = 3
MAX_SENTENCE = 280


@dataclass(frozen=True)
class Header:
    population: str
    setting: str
    intervention: str
    comparison: str


@dataclass
class OutcomeRow:
    outcome: str
    label: str
    position: int
    n_participants: int
    n_studies: int
    n_unstated: int
    pmids: list[int]
    effect: str
    effect_pmids: list[int]
    certainty: str
    ratings: dict[str, str] = field(default_factory=dict)
    footnotes: list[str] = field(default_factory=list)
    # the effect estimates the abstracts state for this outcome, one per study with its PMID
    # ("PMID 123: MD -1.2 (95% CI -2.0 to -0.4; p = 0.003)"); "" when none states one
    effect_estimates: str = ""

    @property
    def symbols(self) -> str:
        return SYMBOLS[self.certainty]


@lru_cache(maxsize=1)
def _matchers() -> dict:
    lex = lexicon("outcome_kinds")
    og = lex["outcome_groups"]
    groups = {g: compile_phrases(og[g] + og.get(f"{g}_extra", [])) for g in OUTCOME_GROUPS}
    return {"groups": groups, "finding": compile_phrases(lex["finding_cues"]),
            "method": compile_phrases(lex["method_cues"]), "within": compile_phrases(lex["within_group_cues"]),
            "effect": compile_phrases(lex["effect_statistics"], patterns=lex.get("effect_patterns", ())),
            "comparators": {k: compile_phrases(v) for k, v in lexicon("comparators").items()}}


def finding_sentences(abstract: str | None) -> list[str]:
    """The abstract's sentences that report a finding: a finding cue and no methods-only cue."""
    m = _matchers()
    return [s for s in sentences(abstract or "") if m["finding"].search(s) and not m["method"].search(s)]


def outcome_groups(abstract: str | None) -> dict[str, list[str]]:
    """Outcome group → the finding sentences that report on it (groups with none are left out)."""
    m = _matchers()
    out: dict[str, list[str]] = {}
    for s in finding_sentences(abstract):
        for g in OUTCOME_GROUPS:
            if m["groups"][g].search(s):
                out.setdefault(g, []).append(s)
    return out


def stated_effect(sents: list[str]) -> str | None:
    """The first sentence that states an effect (mean difference, CI, p-value …) between the groups,
    or None (a change from baseline within the groups is not the therapy's effect)."""
    m = _matchers()
    return next((s for s in sents if m["effect"].search(s) and not m["within"].search(s)), None)


def stated_estimate(sents: list[str]) -> str:
    """The first effect estimate (a ratio or difference with its interval, a bare estimate with an
    interval, event counts or paired percentages; not a p-value alone) stated in ``sents`` between the
    groups, as a table cell ("MD -1.2 (95% CI -2.0 to -0.4; p = 0.003)"); "" when none."""
    from pipeline.claims.comparison_findings import format_effect, main_effect
    from pipeline.nlp.effects import find_effects

    m = _matchers()
    for s in sents:
        if m["within"].search(s):
            continue  # a change from baseline within the groups is not the therapy's effect
        e = main_effect([x for x in find_effects(s) if x.kind != "p_value"])
        if e is not None:
            return format_effect(e)
    return ""


def _cut(s: str) -> str:
    return s if len(s) <= MAX_SENTENCE else s[:MAX_SENTENCE - 1].rstrip() + "…"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def header(therapy: str, condition: str, grade: Grade) -> Header:
    """Population, setting, intervention and comparison of a claim's Summary of Findings: the claim
    catalog's therapy and condition, and what the abstracts of the body of evidence say."""
    body = grade.body
    claimed = ", ".join(grade.population)
    if grade.best_tier == "indirect":
        population = (f"people, other species or cells — {condition} (indirect evidence for a claim about {claimed})"
                      if claimed else f"animal or in-vitro models — {condition} (indirect evidence for a claim about people)")
    else:
        population = f"{claimed or 'people'} — {condition}"
    labels = Counter(lv.label for lv in grade.levels if lv.included and lv.pmid in {s.pmid for s in body})
    years = sorted(s.year for s in body if s.year)
    setting = ", ".join(f"{label} ({n})" for label, n in sorted(labels.items(), key=lambda x: (-x[1], x[0])))
    if years:
        setting += f"; published {years[0]}–{years[-1]}" if years[0] != years[-1] else f"; published {years[0]}"
    setting += "; care setting and country not recorded from the abstracts"
    names = grade.therapy_names
    add_on = sorted({c.lower() for s in body if (c := signals.co_intervention(s.title, s.abstract, names, condition))})
    n_add_on = sum(signals.co_intervention(s.title, s.abstract, names, condition) is not None for s in body)
    intervention = therapy
    if add_on:
        intervention += (f" (given with another treatment in {n_add_on} of {_plural(len(body), 'study', 'studies')}: "
                         f"{', '.join(add_on[:4])})")
    comps = Counter()
    for s in body:
        text = f"{s.title or ''}. {s.abstract or ''}"
        named = [label for label, rx in _matchers()["comparators"].items() if rx is not None and rx.search(text)]
        # an add-on trial's comparison is the co-intervention on its own ("microfracture alone"); a
        # comparative title's other side is the comparator ("OAT versus microfracture")
        co = signals.co_intervention(s.title, s.abstract, names, condition)
        if not named:
            named = list(signals.comparator_words(s.title, names))
        if not named and co and s.design in ("rct", "non_randomized_trial", "cohort", "case_control"):
            named = [f"{co.lower()} alone"]
        comps.update(named)
    if comps:
        comparison = ", ".join(f"{label} ({_plural(n, 'study', 'studies')})"
                               for label, n in sorted(comps.items(), key=lambda x: (-x[1], x[0])))
        comparison += " — as named in the abstracts"
    else:
        comparison = "not named in the abstracts"
    return Header(population, setting, intervention, comparison)


def _footnote(domain: str, rating: str, reason: str, pmids: list[int], scope: str = "") -> str:
    levels = RATING_EFFECT[rating]
    ids = f" (PMIDs {', '.join(str(p) for p in sorted(pmids))})" if pmids else ""
    return (f"{DOMAIN_LABELS[domain]}: {rating.replace('_', ' ')}, downgraded {_plural(levels, 'level', 'levels')}"
            f"{scope} — {reason}{ids}")


def _certainty(start: str, ratings: dict[str, str], extra_down: int, claim_grade: str, up: int = 0) -> str:
    level = start
    for d in DOMAIN_NAMES:
        level = _move(level, -RATING_EFFECT[ratings[d]])
    level = _move(level, -extra_down)
    level = _move(level, up)
    # never above the claim's own certainty
    return min(level, claim_grade, key=GRADES.index)


def summary_of_findings(grade: Grade) -> list[OutcomeRow]:
    """One row per outcome group over the body of evidence behind ``grade`` (empty for No evidence)."""
    if not grade.body or grade.start is None:
        return []
    cfg = config()
    domains: dict[str, Domain] = {d.domain: d for d in grade.domains}
    not_supported = next((s for s in grade.steps if s.step == "not supported"), None)
    reports = {s.pmid: outcome_groups(s.abstract) for s in grade.body}
    rows = []
    for pos, g in enumerate(OUTCOME_GROUPS, start=1):
        studies = [s for s in grade.body if g in reports[s.pmid]]
        if not studies:
            rows.append(OutcomeRow(g, OUTCOME_LABELS[g], pos, 0, 0, 0, [], NOT_REPORTED, [], "No evidence"))
            continue
        ratings = {d: domains[d].rating for d in DOMAIN_NAMES}
        notes = [_footnote(d, ratings[d], domains[d].reason, domains[d].pmids)
                 for d in DOMAIN_NAMES if ratings[d] != "not_serious"]
        # imprecision of this outcome: the participants who report it, on the claim's thresholds
        own = _imprecision(studies, grade.best_tier, cfg)
        if RATING_ORDER.index(own.rating) > RATING_ORDER.index(ratings["imprecision"]):
            ratings["imprecision"] = own.rating
            notes = [n for n in notes if not n.startswith(DOMAIN_LABELS["imprecision"])]
            notes.append(_footnote("imprecision", own.rating, own.reason, own.pmids, " for this outcome"))
        # imaging, arthroscopy and histology stand in for how patients feel and function
        if g == "structure" and ratings["indirectness"] == "not_serious":
            ratings["indirectness"] = "serious"
            notes.append(_footnote("indirectness", "serious", "imaging, arthroscopic and histological outcomes are "
                                   "surrogates for how patients feel and function", [], " for this outcome"))
        extra = 0
        if not_supported is not None:
            extra = -not_supported.effect
            notes.append(f"Not supported: downgraded {_plural(extra, 'level', 'levels')} — "
                         f"{not_supported.text.split(' → ')[0]}")
        # GRADE's upgrades of the claim (observational bodies only), each with its footnote
        up = sum(u.levels for u in grade.upgrades)
        notes += [f"{UPGRADE_LABELS[u.domain]}: upgraded {_plural(u.levels, 'level', 'levels')} — {u.reason}"
                  f" (PMIDs {', '.join(str(p) for p in u.pmids)})" for u in grade.upgrades]
        effects = [(s.pmid, e) for s in sorted(studies, key=lambda s: s.pmid)
                   if (e := stated_effect(reports[s.pmid][g]))]
        if effects:
            effect = " · ".join(f"PMID {p}: “{_cut(e)}”" for p, e in effects[:MAX_EFFECTS])
            if len(effects) > MAX_EFFECTS:
                effect += f" · and {_plural(len(effects) - MAX_EFFECTS, 'more study', 'more studies')} stating an effect"
        else:
            effect = NOT_ESTIMABLE
        estimates = [(s.pmid, est) for s in sorted(studies, key=lambda s: s.pmid)
                     if (est := stated_estimate(reports[s.pmid][g]))]
        rows.append(OutcomeRow(
            g, OUTCOME_LABELS[g], pos, participants(studies)[0], len(studies),
            sum(not s.sample_size for s in studies), sorted(s.pmid for s in studies), effect, [p for p, _ in effects],
            _certainty(grade.start, ratings, extra, grade.grade, up), ratings, notes,
            " · ".join(f"PMID {p}: {est}" for p, est in estimates)))
    return rows


def footnote_letters(rows) -> tuple[list[tuple[str, str]], list[list[str]]]:
    """GRADEpro's lettered footnotes: the distinct footnotes of a claim's rows in order of first use
    as (letter, text), and each row's letters. ``rows`` are OutcomeRows or dicts with ``footnotes``."""
    letters: dict[str, str] = {}
    per_row = []
    for r in rows:
        notes = r["footnotes"] if isinstance(r, dict) else r.footnotes
        mine = []
        for n in notes or ():
            if n not in letters:
                letters[n] = _letter(len(letters))
            mine.append(letters[n])
        per_row.append(mine)
    return [(v, k) for k, v in letters.items()], per_row


def _letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(97 + r) + s
    return s

