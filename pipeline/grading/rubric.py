"""The grading rubric: GRADE's approach, step by step (see docs/grading.md).

Only studies that test the claim count (eligibility: the project's own reading of each link, the
design, the population); the others stay listed with a typed reason. The claim starts from the design
of its eligible studies — randomised human trials High, non-randomised or observational Low, case
series, animal or in-vitro evidence Very low — and each of GRADE's five domains (risk of bias,
inconsistency, indirectness, imprecision, publication bias) is rated `not_serious | serious |
very_serious` with its reason and PMIDs, moving it down one or two levels. Upgrades are GRADE's only
and only for observational evidence (large effect, dose–response: pipeline/grading/upgrades.py).
Final certainty never goes below Very low. Every step is recorded with the number it used and the PMIDs behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import yaml

from pipeline.claims.eligibility import in_population
from pipeline.claims.not_about import NotAboutKind, exclusion_reason, kind_of
from pipeline.config import PROJECT_ROOT
from pipeline.models import GradeLevel
from pipeline.nlp.lexicons import YAML_LOADER
from pipeline.grading import signals, upgrades as upgrading
from pipeline.grading.risk_of_bias import KEY_DOMAINS, NRS_KEY_DOMAINS, TrialRisk, assess_trial

GRADES = tuple(GradeLevel)  # lowest first: "No evidence", "Very low" … "High"
DOMAIN_NAMES = ("risk_of_bias", "inconsistency", "indirectness", "imprecision", "publication_bias")
RATING_EFFECT = {"not_serious": 0, "serious": 1, "very_serious": 2}
CONFIG_PATH = PROJECT_ROOT / "data" / "grading.yaml"


@lru_cache(maxsize=1)
def config() -> dict:
    return yaml.load(CONFIG_PATH.read_text(encoding="utf-8"), Loader=YAML_LOADER)


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
    title: str | None = None
    abstract: str | None = None
    publication_types: tuple[str, ...] = ()
    # why the linker reads the finding as not about the claim (its "direction unclear: …" reason)
    not_about: str | None = None
    # its kind (pipeline/claims/not_about.py; column direction_not_about_kind), None on rows linked before linker
    # 2026.12.88: then read from the words
    not_about_kind: str | None = None
    # a reviewer's eligibility decision in force: "eligible" or an exclusion reason, and how it is
    # cited (who, when, note); it stands above the machine's reading (pipeline/store/reviews.py)
    reviewed_eligibility: str | None = None
    review_mark: str | None = None
    # the fields a reviewer decided for this study (its direction above is then the reviewer's)
    reviewed_fields: tuple[str, ...] = ()
    # the linker's typed eligibility (pipeline/claims/eligibility.py): 'eligible' | 'excluded' (None on
    # link rows from before linker 2026.11.9, read from not_about as before), the reason, the words behind it
    eligibility: str | None = None
    exclusion_reason: str | None = None
    eligibility_why: str | None = None
    indirectness: tuple[str, ...] = ()
    # the species the extraction names as the study's subjects (extractions.species: "human", "dog", ...)
    species: tuple[str, ...] = ()


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
    effect: int  # grade change: -2 … +2 (0 for informational steps)
    value: str
    pmids: list[int]
    text: str


@dataclass
class Domain:
    domain: str            # risk_of_bias | inconsistency | indirectness | imprecision | publication_bias
    rating: str            # not_serious | serious | very_serious
    reason: str
    pmids: list[int]

    @property
    def effect(self) -> int:
        return -RATING_EFFECT[self.rating]


@dataclass
class Grade:
    grade: GradeLevel
    score: float
    levels: list[StudyLevel]
    steps: list[Step] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    domains: list[Domain] = field(default_factory=list)
    # per-study risk of bias of the body that set the starting level: pmid → TrialRisk
    risks: dict[int, TrialRisk] = field(default_factory=dict)
    # the body of evidence graded (the eligible studies of the best design class) and where it started
    body: list[Study] = field(default_factory=list)
    best_tier: str | None = None
    start: str | None = None
    # GRADE's upgrades that fired (observational bodies only): claim_domains rows after the five
    upgrades: list = field(default_factory=list)
    # the claim's therapy and its synonyms (what is the therapy itself, not something added to it)
    therapy_names: tuple[str, ...] = ()
    # when the body agrees the claim does not hold (the "not supported" step fired): the certainty the
    # body had before that step — how sure the evidence is that the claim does NOT hold; else None
    certainty_against: GradeLevel | None = None
    # who the claim is about when not people (the catalog's population: animal species); empty for people
    population: tuple[str, ...] = ()


def not_about_reason(not_about: str | None, condition: str | None = None,
                     kind: NotAboutKind | str | None = None) -> str | None:
    """Typed exclusion reason for a link the linker reads as not about the claim, or None: the kind of its
    "not about" reason (``kind``, the column ``direction_not_about_kind``; read from the phrase by
    :func:`pipeline.claims.not_about.kind_of` for a row stored before that column) mapped to the eligibility
    vocabulary of issue 17 (for a link stored without an eligibility; one stored with it carries its reason)."""
    kind = NotAboutKind(kind) if kind else kind_of(not_about, condition=condition)
    if kind is None or not kind.excludes:
        return None
    return exclusion_reason(kind)


def study_level(s: Study, condition: str | None = None, population: tuple[str, ...] = ()) -> StudyLevel:
    """Eligibility and level of one linked study (1 best … 5 weakest). Excluded studies keep a typed
    reason (`therapy_not_tested`, `cointervention_only`, `other_condition`, `no_findings`, `retracted`)
    followed by the words behind it. A reviewer's decision in force replaces the machine's reading of
    whether the study tests the claim; a retraction is a fact about the record and still excludes.
    ``population``: the claim's animal species when it is not about people (the catalog's population)."""
    if s.is_retracted:
        return StudyLevel(s.pmid, None, "retracted", "excluded", False, "retracted: CommentsCorrections or PublicationType says so")
    if s.reviewed_eligibility and s.reviewed_eligibility != "eligible":
        return StudyLevel(s.pmid, None, "does not test the claim (reviewer)", "excluded", False,
                          f"{s.reviewed_eligibility}: {s.review_mark}")
    if s.reviewed_eligibility == "eligible":
        return _design_level(s, population)
    if s.is_notice:
        return StudyLevel(s.pmid, None, "notice (erratum, correction, retraction)", "excluded", False,
                          "no_findings: an erratum, correction or retraction notice reports no study")
    d = s.design or "other"
    if d == "protocol":
        return StudyLevel(s.pmid, None, "protocol (no results)", "excluded", False, "no_findings: study protocol reports no findings")
    if s.eligibility == "excluded":
        return StudyLevel(s.pmid, None, "does not test the claim", "excluded", False,
                          f"{s.exclusion_reason}: {s.eligibility_why or s.not_about or ''}".rstrip(": "))
    why = not_about_reason(s.not_about, condition, s.not_about_kind) if s.eligibility is None else None
    if why:
        return StudyLevel(s.pmid, None, "does not test the claim", "excluded", False, f"{why}: {s.not_about}")
    if d == "narrative_review":
        return StudyLevel(s.pmid, None, "narrative review", "excluded", False,
                          "no_findings: a narrative review pools no data of its own")
    return _design_level(s, population)


def _population_level(s: Study, population: tuple[str, ...], randomised: bool) -> StudyLevel:
    """Level of a study that tests a claim about animals (the catalog's population). In the claim's own
    species the study is direct evidence and its design sets the level as a human study's would for a claim
    about people; in people, other species or cells it is indirect."""
    d = s.design or "other"
    who = ", ".join(population)
    if not in_population(population, s.species, s.is_animal, s.design):
        return StudyLevel(s.pmid, 5, f"study outside the claim's population ({who}): indirect", "indirect", True)
    if d in ("meta_analysis", "systematic_review"):
        if d == "meta_analysis" and randomised:
            return StudyLevel(s.pmid, 1, f"meta-analysis of randomised trials in {who}", "sr_ma", True)
        return StudyLevel(s.pmid, 3, f"systematic review in {who} without a pooled estimate of randomised trials",
                          "sr_other", True)
    if d in ("case_series", "case_report"):
        return StudyLevel(s.pmid, 4, f"case series / report in {who}", "case", True)
    if randomised:
        return StudyLevel(s.pmid, 2, f"randomised trial in {who}", "rct", True)
    # the design reader labels most animal work "animal_study" whatever its allocation: unless the record
    # says randomised, it is graded as a non-randomised comparison
    return StudyLevel(s.pmid, 3, f"non-randomised study in {who}", "observational", True)


def _design_level(s: Study, population: tuple[str, ...] = ()) -> StudyLevel:
    """Level of a study that tests the claim, from its design, population and randomisation (``population``:
    the claim's animal species, when it is not about people)."""
    d = s.design or "other"
    randomised = signals.says_randomised(s.title, s.abstract, s.publication_types)
    if population:
        return _population_level(s, population, randomised)
    clinical_trial = any("Clinical Trial" in t for t in s.publication_types or ())
    # human cells implanted in animals read as "human and animal": the study is an animal study unless
    # PubMed indexes it as a clinical trial
    animal = s.is_animal and (not s.is_human or not clinical_trial)
    if d in ("meta_analysis", "systematic_review"):
        if animal or (s.is_in_vitro and not s.is_human):
            return StudyLevel(s.pmid, 5, "review of animal or in-vitro studies (indirect)", "indirect", True)
        if d == "meta_analysis" and randomised:
            return StudyLevel(s.pmid, 1, "meta-analysis of randomised trials", "sr_ma", True)
        return StudyLevel(s.pmid, 3, "systematic review without a pooled estimate of randomised trials", "sr_other", True)
    if d == "animal_study" or animal:
        return StudyLevel(s.pmid, 5, "animal study (indirect)", "indirect", True)
    if d == "in_vitro" or (s.is_in_vitro and not s.is_human):
        return StudyLevel(s.pmid, 5, "in-vitro study (indirect)", "indirect", True)
    if d == "rct":
        if randomised:
            return StudyLevel(s.pmid, 2, "human RCT", "rct", True)
        # a trial the record never calls randomised is not graded as one (the design reader may err)
        return StudyLevel(s.pmid, 3, "comparative study not stated to be randomised", "observational", True)
    if d in ("non_randomized_trial", "cohort"):
        return StudyLevel(s.pmid, 3, "non-randomised trial / cohort", "observational", True)
    if d in ("case_control", "cross_sectional"):
        return StudyLevel(s.pmid, 3, "case-control / cross-sectional", "observational", True)
    if d in ("case_series", "case_report"):
        return StudyLevel(s.pmid, 4, "case series / report", "case", True)
    return StudyLevel(s.pmid, 5, "other design (no comparison stated)", "opinion", True)


TIER_ORDER = ("sr_ma", "rct", "sr_other", "observational", "case", "indirect", "opinion")
# the tiers graded together as one body: the design class that sets the starting level
BODY = {"sr_ma": ("sr_ma", "rct"), "rct": ("sr_ma", "rct"), "sr_other": ("sr_other", "observational"),
        "observational": ("sr_other", "observational"), "case": ("case",), "indirect": ("indirect",),
        "opinion": ("opinion",)}
COMPARATIVE = ("sr_ma", "rct", "sr_other", "observational")


def _move(grade: GradeLevel, by: int) -> GradeLevel:
    i = GRADES.index(grade)
    return GRADES[max(1, min(len(GRADES) - 1, i + by))]


def _n(s: Study) -> int:
    return s.sample_size or 0


def _risk_of_bias(body: list[Study], randomised_body: bool, cfg: dict) -> tuple[Domain, dict[int, TrialRisk]]:
    """GRADE's risk of bias over the body, from each study's own judgement weighted by its N.

    A randomised body is judged on Cochrane's domains; a non-randomised body on what a non-randomised
    comparison can do against bias (confounding, selection, outcome assessment, attrition: see
    pipeline/grading/risk_of_bias.py) — its lack of randomisation is already the Low start, so it is
    not counted a second time. An abstract silent on confounding leaves the study unclear, and a body
    mostly made of such studies is still serious."""
    rc = cfg["risk_of_bias"]
    risks: dict[int, TrialRisk] = {}
    weights: dict[int, float] = {}
    for s in body:
        randomised = randomised_body and signals.says_randomised(s.title, s.abstract, s.publication_types)
        risks[s.pmid] = assess_trial(s.title, s.abstract, s.sample_size, randomised=randomised,
                                     small_arm_n=rc["small_arm_n"],
                                     review=s.design in ("meta_analysis", "systematic_review"))
        weights[s.pmid] = s.sample_size or rc["unknown_n_weight"]
    total = sum(weights.values()) or 1.0
    key = KEY_DOMAINS if randomised_body else NRS_KEY_DOMAINS
    at_risk = [p for p, r in risks.items() if r.overall != "low"]
    crucial = [p for p, r in risks.items()
               if sum(j.rating == "high" for j in r.judgements if j.domain in key) >= rc["very_serious_domains"]]
    share = sum(weights[p] for p in at_risk) / total
    share_crucial = sum(weights[p] for p in crucial) / total
    silent_on = (("sequence_generation", "allocation_concealment", "blinding_participants", "blinding_assessors")
                 if randomised_body else ("confounding", "selection"))
    silent = sum(all(j.rating == "unclear" for j in r.judgements if j.domain in silent_on) for r in risks.values())
    detail = (f"{len(at_risk)} of {len(risks)} stud{'y' if len(risks) == 1 else 'ies'} at high or unclear risk "
              f"({share:.0%} of participants)")
    if silent:
        detail += (f"; {silent} silent on randomisation, concealment and blinding" if randomised_body else
                   f"; {silent} silent on confounding and on how participants were selected")
    if not randomised_body:
        detail = ("non-randomised evidence (its allocation is the Low start, not counted again) judged on "
                  "confounding, selection, outcome assessment and attrition: " + detail)
    if crucial and share_crucial >= rc["very_serious_share"]:
        return Domain("risk_of_bias", "very_serious",
                      f"{detail}; {share_crucial:.0%} of participants from studies at high risk in "
                      f"≥ {rc['very_serious_domains']} domains", sorted(crucial)), risks
    if at_risk and share >= rc["serious_share"]:
        return Domain("risk_of_bias", "serious", detail, sorted(at_risk)), risks
    return Domain("risk_of_bias", "not_serious", detail if at_risk else
                  ("every study reports random sequence, concealment and blinding" if randomised_body else
                   detail + "; every study addressed confounding and selected its participants prospectively "
                   "or consecutively"), sorted(risks)), risks


def _inconsistency(body: list[Study], cfg: dict) -> Domain:
    """GRADE's inconsistency: unexplained disagreement among the findings that exist. Only findings
    with a direction take part — an abstract whose finding cannot be read is not a disagreement (it
    weighs on imprecision and risk of bias instead). Findings are consistent when at least the band's
    upper share point the same way: serious only when the share supporting lies strictly inside
    ``inconsistency_band`` (at or below its lower end the findings agree the claim is not supported,
    a separate step)."""
    directional = [s for s in body if s.direction in ("supports", "no_effect", "contradicts")]
    reasons, pmids = [], []
    if len(directional) > 1:
        share = sum(s.direction == "supports" for s in directional) / len(directional)
        lo, hi = cfg["inconsistency_band"]
        if lo < share < hi:
            reasons.append(f"findings disagree in direction ({share:.0%} of {len(directional)} supporting)")
            pmids += [s.pmid for s in directional]
    surrogate = [s for s in body if s.direction == "supports" and signals.surrogate_only_benefit(s.abstract)]
    if surrogate:
        reasons.append(f"{len(surrogate)} stud{'y shows' if len(surrogate) == 1 else 'ies show'} benefit on "
                       "imaging/arthroscopic outcomes but no difference on clinical ones")
        pmids += [s.pmid for s in surrogate]
    if reasons:
        return Domain("inconsistency", "serious", "; ".join(reasons), sorted(set(pmids)))
    if len(directional) <= 1:
        return Domain("inconsistency", "not_serious", "fewer than two studies state a direction: nothing to compare",
                      [s.pmid for s in directional])
    return Domain("inconsistency", "not_serious", "the studies' findings point the same way", [s.pmid for s in directional])


def _indirectness(body: list[Study], tier: str, cfg: dict, therapy_names: tuple[str, ...] = (),
                  condition: str | None = None, population: tuple[str, ...] = ()) -> Domain:
    ic = cfg["indirectness"]
    if tier == "indirect":
        return Domain("indirectness", "very_serious",
                      f"only evidence from outside the claim's population for a claim about {', '.join(population)} "
                      "(people, other species or cells)" if population else
                      "only animal or in-vitro evidence for a claim about people", [s.pmid for s in body])
    kinds, pmids = [], []
    human = [s for s in body]
    total = sum(_n(s) or cfg["risk_of_bias"]["unknown_n_weight"] for s in human) or 1
    # the linker's typed reading (an add-on to surgery in both arms) or the text's co-intervention words
    add_on = [(s, signals.co_intervention(s.title, s.abstract, therapy_names, condition or "")
               or ("surgery" if "add_on_to_surgery" in s.indirectness else None)) for s in human]
    add_on = [(s, c) for s, c in add_on if c]
    share = sum(_n(s) or cfg["risk_of_bias"]["unknown_n_weight"] for s, _ in add_on) / total
    if add_on and share >= ic["add_on_share"]:
        named = ", ".join(sorted({c.lower() for _, c in add_on})[:4])
        kinds.append(f"the therapy is given with another treatment ({named}) in studies with {share:.0%} of participants")
        pmids += [s.pmid for s, _ in add_on]
    # a marrow aspirate or fat preparation rather than the claimed (cultured) cells
    concentrate = [s for s in human if "concentrate" in s.indirectness]
    c_share = sum(_n(s) or cfg["risk_of_bias"]["unknown_n_weight"] for s in concentrate) / total
    if concentrate and c_share >= ic["concentrate_share"]:
        kinds.append(f"a concentrate or aspirate rather than the claimed cells in studies with {c_share:.0%} of "
                     "participants")
        pmids += [s.pmid for s in concentrate]
    surrogate = [s for s in human if signals.surrogate_outcomes_only(s.title, s.abstract)]
    if human and len(surrogate) == len(human):
        kinds.append("only imaging, arthroscopic or laboratory (surrogate) outcomes are reported")
        pmids += [s.pmid for s in surrogate]
    if ic["scope"] and human and not any(s.condition_direct for s in human):
        kinds.append("no study names the claim's condition in its title or MeSH (a broader field)")
        pmids += [s.pmid for s in human]
    if not kinds:
        return Domain("indirectness", "not_serious", "no indirect population, co-intervention or surrogate-only "
                      "outcome detected in the abstracts", [s.pmid for s in body])
    rating = "very_serious" if len(kinds) >= ic["very_serious_kinds"] else "serious"
    return Domain("indirectness", rating, "; ".join(kinds), sorted(set(pmids)))


REVIEW_DESIGNS = ("meta_analysis", "systematic_review")


def participants(studies: list[Study]) -> tuple[int, str]:
    """Participants of a set of studies, each counted once, and a note saying how.

    A review pools trials that are usually in the body too (a review counts through the trials it
    pools: Cochrane's and the blind reviewers' rule), and an abstract does not say which: summing the
    review's N with its trials' would count the same people twice. So with reviews present the total is
    the larger of the largest review's N and the primary studies' sum — the fewest participants the
    body can hold, which is what imprecision must not overstate."""
    reviews = [s for s in studies if s.design in REVIEW_DESIGNS and s.sample_size]
    primary = sum(_n(s) for s in studies if s.design not in REVIEW_DESIGNS)
    if not reviews:
        return primary, ""
    top = max(reviews, key=lambda s: (_n(s), -s.pmid))
    if _n(top) >= primary:
        return _n(top), (f"; the largest review's {_n(top)} (PMID {top.pmid}), its trials not counted again "
                         f"(primary studies {primary})")
    return primary, f"; the primary studies' {primary}, the reviews' pooled trials not counted again"


def _imprecision(body: list[Study], tier: str, cfg: dict) -> Domain:
    ic = cfg["imprecision"]
    comparative = [s for s in body if tier in COMPARATIVE]
    if not comparative:
        return Domain("imprecision", "very_serious", "no comparative study: no estimate of an effect", [s.pmid for s in body])
    total, how = participants(comparative)
    unstated = sum(not s.sample_size for s in comparative)
    note = f" (N not stated in {unstated} of {len(comparative)})" if unstated else ""
    note += how
    ids = [s.pmid for s in comparative]
    ois = ic["optimal_information_size"]
    if total == 0:
        return Domain("imprecision", "very_serious", f"no comparative study states its number of participants{note}", ids)
    if len(comparative) == 1 and total < ois:
        return Domain("imprecision", "very_serious", f"a single small study ({total} participants)", ids)
    # (one randomised trial of the optimal information size is left to the other domains, as before)
    if len(comparative) == 1 and tier == "observational" and ic.get("single_nonrandomised_study"):
        return Domain("imprecision", ic["single_nonrandomised_study"],
                      f"a single non-randomised study ({total} participants{note}): its estimate is not replicated", ids)
    if total < ic["very_serious_below"]:
        return Domain("imprecision", "very_serious", f"{total} participants in {len(comparative)} comparative studies"
                      f"{note}, < {ic['very_serious_below']}", ids)
    if total < ois:
        return Domain("imprecision", "serious", f"{total} participants in {len(comparative)} comparative studies{note}, "
                      f"below the optimal information size of {ois}", ids)
    return Domain("imprecision", "not_serious", f"{total} participants in {len(comparative)} comparative studies{note}", ids)


def _publication_bias(body: list[Study], cfg: dict, kind: str = "effect") -> Domain:
    pc = cfg["publication_bias"]
    ids = [s.pmid for s in body]
    if len(body) < pc["min_studies"]:
        return Domain("publication_bias", "not_serious", "a single study: too few to judge (see imprecision)", ids)
    if kind == "equivalence":
        # what publication bias hides is the small trial that found nothing; an equivalence claim is
        # supported by exactly such findings, so small supportive trials are no sign of it
        return Domain("publication_bias", "not_serious", "an equivalence claim: its supporting findings are findings of "
                      "no difference, not what publication bias hides", ids)
    small = [s for s in body if not s.sample_size or s.sample_size < pc["small_study_n"]]
    directional = [s for s in body if s.direction in ("supports", "no_effect", "contradicts")]
    favour = sum(s.direction == "supports" for s in directional) / len(directional) if directional else 0.0
    small_share = len(small) / len(body)
    detail = (f"{len(small)} of {len(body)} studies small (< {pc['small_study_n']} participants or unstated); "
              f"{favour:.0%} of the directional findings favour the therapy")
    if small_share >= pc["small_share"] and directional and favour >= pc["favour_share"]:
        return Domain("publication_bias", "serious", "a body of small studies that favour the therapy: " + detail,
                      sorted(s.pmid for s in small))
    return Domain("publication_bias", "not_serious", detail, ids)


def grade_claim(studies: list[Study], condition: str | None = None, therapy_names: tuple[str, ...] = (),
                kind: str = "effect", population: tuple[str, ...] = ()) -> Grade:
    """Grade one claim from its linked studies (``condition``: the claim's condition name, to tell a
    finding "not about" the condition from one not about the therapy; ``therapy_names``: the claim's
    therapy and synonyms, so that the therapy's own form or its comparator is not read as a
    co-intervention; ``kind``: "effect" or "equivalence", the catalog's kind of claim; ``population``:
    the catalog's animal species for a claim not about people, whose studies in that species are direct)."""
    therapy_names = tuple(therapy_names or ())
    population = tuple(population or ())
    cfg = config()
    levels = [study_level(s, condition, population) for s in studies]
    by_pmid = {s.pmid: s for s in studies}
    incl = [lv for lv in levels if lv.included]
    counts = {
        "n_articles": len(incl),
        "n_human_rct": sum(lv.tier == "rct" for lv in incl),
        "n_sr_ma": sum(lv.tier in ("sr_ma", "sr_other") for lv in incl),
        "n_observational": sum(lv.tier == "observational" for lv in incl),
        # for a claim about animals, n_human_rct counts the randomised trials in its species, and a study in
        # people (indirect for it) is not an animal study
        "n_animal": sum(lv.tier == "indirect" and by_pmid[lv.pmid].design != "in_vitro" and not by_pmid[lv.pmid].is_in_vitro
                        and (not population or by_pmid[lv.pmid].is_animal or by_pmid[lv.pmid].design == "animal_study")
                        for lv in incl),
        "n_in_vitro": sum(lv.tier == "indirect" and (by_pmid[lv.pmid].design == "in_vitro" or by_pmid[lv.pmid].is_in_vitro) for lv in incl),
        "n_retracted": sum(lv.label == "retracted" for lv in levels),
    }
    for d in ("supports", "no_effect", "contradicts", "unclear"):
        counts[f"n_{d}"] = sum(by_pmid[lv.pmid].direction == d for lv in incl)
    steps: list[Step] = []
    reviewed = [s for s in studies if s.reviewed_fields]
    if reviewed:
        per_field = {f: [s.pmid for s in reviewed if f in s.reviewed_fields]
                     for f in sorted({f for s in reviewed for f in s.reviewed_fields})}
        steps.append(Step("reviewer decisions", 0, str(sum(map(len, per_field.values()))),
                          [s.pmid for s in reviewed],
                          "a reviewer's decision stands above the machine's reading: "
                          + "; ".join(f"{f} of {', '.join(map(str, p))}" for f, p in per_field.items())))
    excluded = [lv for lv in levels if not lv.included]
    if excluded:
        kinds = sorted({(lv.exclusion_reason or lv.label).split(":")[0] for lv in excluded})
        steps.append(Step("exclusions", 0, str(len(excluded)), [lv.pmid for lv in excluded],
                          f"{len(excluded)} linked stud{'y does' if len(excluded) == 1 else 'ies do'} not test the claim "
                          f"({', '.join(kinds)}): listed, not graded"))
    if not incl:
        return Grade(GradeLevel.NO_EVIDENCE, 0.0, levels, steps + [Step("start", 0, "0 studies", [],
                     "no eligible study: No evidence")], counts)

    best_tier = min((lv.tier for lv in incl), key=TIER_ORDER.index)
    best = [lv for lv in incl if lv.tier == best_tier]
    body_lv = [lv for lv in incl if lv.tier in BODY[best_tier]]
    body = [by_pmid[lv.pmid] for lv in body_lv]
    grade = GradeLevel(cfg["start_grade"][best_tier])
    steps.append(Step("start", 0, best_tier, [lv.pmid for lv in best],
                      f"best eligible evidence: {best[0].label} ({len(best)} stud{'y' if len(best) == 1 else 'ies'}) "
                      f"→ start at {grade}"))
    rob, risks = _risk_of_bias(body, best_tier in ("sr_ma", "rct"), cfg)
    domains = [rob, _inconsistency(body, cfg), _indirectness(body, best_tier, cfg, therapy_names, condition, population),
               _imprecision(body, best_tier, cfg), _publication_bias(body, cfg, kind)]
    for dm in domains:
        if dm.rating == "not_serious":
            continue
        before = grade
        grade = _move(grade, dm.effect)
        floor = " (never below Very low)" if before == grade == GradeLevel.VERY_LOW else ""
        steps.append(Step(dm.domain.replace("_", " "), dm.effect, dm.rating.replace("_", " "), dm.pmids,
                          f"{dm.domain.replace('_', ' ')} {dm.rating.replace('_', ' ')}: {dm.reason} → {grade}{floor}"))
    directional = [s for s in body if s.direction in ("supports", "no_effect", "contradicts")]
    against = None
    if directional:
        share = sum(s.direction == "supports" for s in directional) / len(directional)
        # symmetric with inconsistency: at most the band's lower share supporting is a body agreeing
        # that the claim does not hold
        if share <= cfg["inconsistency_band"][0]:
            against = grade
            grade = _move(grade, -cfg["not_supported_downgrade"])
            steps.append(Step("not supported", -cfg["not_supported_downgrade"], f"{share:.0%} supporting",
                              [s.pmid for s in directional],
                              f"only {share:.0%} of the eligible findings support the claim → {grade}"))
    else:
        # a certainty beside a claim reads as support for it; with no direction stated we cannot tell, so the
        # certainty that the claim holds stays at most the cap (Low)
        cap = GradeLevel(cfg["no_direction_cap"])
        if GRADES.index(grade) > GRADES.index(cap):
            down = GRADES.index(cap) - GRADES.index(grade)  # (not `levels`: the studies' levels below)
            grade = cap
            steps.append(Step("direction", down, "unclear", [s.pmid for s in body],
                              f"no eligible study of the body states a clear direction: we cannot tell whether it "
                              f"supports the claim → at most {grade}"))
        else:
            steps.append(Step("direction", 0, "unclear", [s.pmid for s in body],
                              "no eligible study of the body states a clear direction"))
    observational = [by_pmid[lv.pmid] for lv in body_lv if lv.tier == "observational"]
    ups, why_not = upgrading.assess(domains, risks, body, observational, best_tier, cfg,
                                    not_supported=any(st.step == "not supported" for st in steps))
    for u in ups:
        grade = _move(grade, u.levels)
        steps.append(Step(u.domain.replace("_", " "), u.levels, u.rating.replace("_", " "), u.pmids,
                          f"{u.domain.replace('_', ' ')}: up {u.levels} — {u.reason} → {grade}"))
    if why_not:
        steps.append(Step("upgrades", 0, "none", [s.pmid for s in observational], f"no upgrade: {why_not}"))
    score = GRADES.index(grade) + min(counts["n_human_rct"] + 2 * counts["n_sr_ma"], 20) / 100
    steps.append(Step("final", 0, grade, [], f"final certainty: {grade}"))
    return Grade(grade, round(score, 2), levels, steps, counts, domains, risks, body, best_tier,
                 cfg["start_grade"][best_tier], ups, therapy_names, against, population)


def seed_vs_evidence(seed_strength: str, grade: str, searched_pubmed: bool = True,
                     certainty_against: str | None = None) -> str:
    """overstated | understated | consistent — or untested: no evidence, but only local files were
    searched, so the absence says nothing about PubMed — or contradicted: the body agrees the claim does
    not hold (``certainty_against``, the certainty before the "not supported" step) with at least
    ``contradicted_if_against_at_or_above`` certainty (a large placebo-controlled trial finding no benefit
    is not "we know very little": the grade stays the low certainty that the claim holds, the flag says
    the evidence speaks against it)."""
    cfg = config()
    if certainty_against is not None and \
            GRADES.index(certainty_against) >= GRADES.index(cfg["contradicted_if_against_at_or_above"]):
        return "contradicted"
    if grade == GradeLevel.NO_EVIDENCE and not searched_pubmed:
        return "untested"
    if seed_strength == "asserted" and GRADES.index(grade) <= GRADES.index(cfg["overstated_if_asserted_at_or_below"]):
        return "overstated"
    if seed_strength == "hedged" and GRADES.index(grade) >= GRADES.index(cfg["understated_if_hedged_at_or_above"]):
        return "understated"
    return "consistent"
