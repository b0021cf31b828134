"""Risk of bias of one trial, as far as its abstract shows it (Cochrane's RoB domains, RobotReviewer's
reading of them): random sequence generation, allocation concealment, blinding of participants and of
outcome assessors, attrition / intention-to-treat, registration, and very small arms.

A non-randomised study is judged on what a non-randomised comparison can do against bias (ROBINS-I's
domains as far as an abstract shows them): confounding addressed (adjusted, matched, propensity
scores), selection of participants (prospective, consecutive; retrospective is high), blinded outcome
assessment, attrition, and the size of its arms. Its lack of randomisation is not judged again: GRADE
already starts observational evidence Low for it, and rating it down once more for the same reason
would count it twice.

Pure: text in, judgements out. Each judgement is ``low | high | unclear`` with the sentence behind it;
an abstract that is silent on a domain leaves it ``unclear`` — reviewers' practice, and it counts
against certainty (pipeline/grading/rubric.py). The cues are data: data/lexicons/risk_of_bias.yaml;
the small-arm threshold is in data/grading.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pipeline.grading.phrases import compile_phrases, first_sentence, lexicon, sentences

DOMAINS = ("sequence_generation", "allocation_concealment", "blinding_participants", "blinding_assessors",
           "attrition", "registration", "small_arms")
# the domains whose `high` makes a trial's overall risk high (registration and small arms weigh in
# only as `unclear`/`high` of their own, shown to the reader)
KEY_DOMAINS = ("sequence_generation", "allocation_concealment", "blinding_participants", "blinding_assessors",
               "attrition")
# a non-randomised study's domains (ROBINS-I-lite), in display order, and its key domains
NRS_DOMAINS = ("confounding", "selection", "blinding_assessors", "attrition", "small_arms")
NRS_KEY_DOMAINS = ("confounding", "selection", "blinding_assessors", "attrition")
# every domain a study_risk_of_bias row can carry, in display order (a non-randomised study: confounding first)
ALL_DOMAINS = ("confounding", "selection") + DOMAINS
LABELS = {
    "sequence_generation": "random sequence generation",
    "allocation_concealment": "allocation concealment",
    "blinding_participants": "blinding of participants",
    "blinding_assessors": "blinding of outcome assessors",
    "attrition": "attrition / intention-to-treat",
    "registration": "trial registration",
    "small_arms": "size of the arms",
    "confounding": "confounding (adjusted, matched or propensity scores)",
    "selection": "selection of participants (prospective, consecutive)",
}


@dataclass(frozen=True)
class Judgement:
    domain: str
    rating: str            # low | high | unclear
    sentence: str | None   # the sentence behind it (None when the abstract is silent or N decided)
    reason: str


@dataclass(frozen=True)
class TrialRisk:
    judgements: tuple[Judgement, ...]
    overall: str           # low | high | unclear

    def get(self, domain: str) -> Judgement:
        return next(j for j in self.judgements if j.domain == domain)

    @property
    def n_high(self) -> int:
        return sum(j.rating == "high" for j in self.judgements if j.domain in KEY_DOMAINS + NRS_KEY_DOMAINS)


@lru_cache(maxsize=1)
def _matchers() -> dict[str, tuple]:
    lex = lexicon("risk_of_bias")
    out = {"future_research": compile_phrases(lex["future_research"])}
    for domain in DOMAINS[:-1] + ("confounding", "selection"):
        d = lex[domain]
        low = compile_phrases(d.get("low", []), patterns=d.get("patterns", []))
        low_case = compile_phrases(d.get("exact_case_low", []), case_sensitive=True)
        high = compile_phrases(d.get("high", []))
        out[domain] = (low, low_case, high)
    return out


def _judge(domain: str, sents: list[str]) -> Judgement:
    low, low_case, high = _matchers()[domain]
    label = LABELS[domain]
    s = first_sentence(high, sents)
    if s is not None:
        return Judgement(domain, "high", s, f"{label}: the abstract says \"{high.search(s).group(0)}\"")
    # "prospective trials are needed" says nothing about how this study was done
    future = _matchers()["future_research"]
    sents = [x for x in sents if not future.search(x)]
    s = first_sentence(low, sents) or first_sentence(low_case, sents)
    if s is not None:
        m = (low.search(s) if low is not None else None) or low_case.search(s)
        return Judgement(domain, "low", s, f"{label}: the abstract says \"{m.group(0)}\"")
    return Judgement(domain, "unclear", None, f"{label}: the abstract does not say")


@lru_cache(maxsize=4096)  # pure; the review queue re-grades the same trials many times
def assess_trial(title: str | None, abstract: str | None, sample_size: int | None, *,
                 randomised: bool = True, small_arm_n: int = 20, arms: int = 2, review: bool = False) -> TrialRisk:
    """Judge one study's risk of bias from its title and abstract.

    A randomised trial (``randomised``) is judged on Cochrane's domains (:data:`DOMAINS`): low overall
    when sequence, concealment and both blinding domains are low. A non-randomised study is judged on
    :data:`NRS_DOMAINS` instead — its allocation is not rated again, since GRADE's Low start already
    stands for it: low overall only when the abstract says confounding was addressed (adjusted,
    matched, propensity scores) and the participants were selected prospectively or consecutively
    with nothing rated high; an abstract silent on confounding stays ``unclear``. ``review``: a
    systematic review judged as non-randomised evidence is never low (the risk of its studies is not
    in its abstract). Any domain ``high`` makes the study high. ``sample_size`` under ``small_arm_n`` ×
    ``arms`` makes ``small_arms`` high (fewer than ``small_arm_n`` per arm if split evenly)."""
    sents = sentences(f"{title or ''}. {abstract or ''}")
    names = DOMAINS[:-1] if randomised else NRS_DOMAINS[:-1]
    js: list[Judgement] = [_judge(domain, sents) for domain in names]
    if sample_size is None:
        js.append(Judgement("small_arms", "unclear", None, "size of the arms: the abstract states no number of participants"))
    elif sample_size < small_arm_n * arms:
        js.append(Judgement("small_arms", "high", None,
                            f"size of the arms: {sample_size} participants, fewer than {small_arm_n} per arm"))
    else:
        js.append(Judgement("small_arms", "low", None, f"size of the arms: {sample_size} participants"))
    rating = {j.domain: j.rating for j in js}
    if any(j.rating == "high" for j in js):
        overall = "high"
    elif randomised and all(rating[d] == "low" for d in ("sequence_generation", "allocation_concealment",
                                                          "blinding_participants", "blinding_assessors")):
        overall = "low"
    elif not randomised and not review and rating["confounding"] == rating["selection"] == "low":
        overall = "low"
    else:
        overall = "unclear"
    return TrialRisk(tuple(js), overall)
