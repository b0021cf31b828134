"""Risk of bias of one trial, as far as its abstract shows it (Cochrane's RoB domains, RobotReviewer's
reading of them): random sequence generation, allocation concealment, blinding of participants and of
outcome assessors, attrition / intention-to-treat, registration, and very small arms.

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
LABELS = {
    "sequence_generation": "random sequence generation",
    "allocation_concealment": "allocation concealment",
    "blinding_participants": "blinding of participants",
    "blinding_assessors": "blinding of outcome assessors",
    "attrition": "attrition / intention-to-treat",
    "registration": "trial registration",
    "small_arms": "size of the arms",
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
        return sum(j.rating == "high" for j in self.judgements if j.domain in KEY_DOMAINS)


@lru_cache(maxsize=1)
def _matchers() -> dict[str, tuple]:
    lex = lexicon("risk_of_bias")
    out = {}
    for domain in DOMAINS[:-1]:
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
    s = first_sentence(low, sents) or first_sentence(low_case, sents)
    if s is not None:
        m = (low.search(s) if low is not None else None) or low_case.search(s)
        return Judgement(domain, "low", s, f"{label}: the abstract says \"{m.group(0)}\"")
    return Judgement(domain, "unclear", None, f"{label}: the abstract does not say")


@lru_cache(maxsize=4096)  # pure; the review queue re-grades the same trials many times
def assess_trial(title: str | None, abstract: str | None, sample_size: int | None, *,
                 randomised: bool = True, small_arm_n: int = 20, arms: int = 2) -> TrialRisk:
    """Judge one study's risk of bias from its title and abstract.

    ``randomised`` False (a non-randomised comparison) makes sequence generation and allocation
    concealment ``high``: allocation by anything but chance is the bias these domains guard against.
    ``sample_size`` under ``small_arm_n`` × ``arms`` makes ``small_arms`` high (fewer than
    ``small_arm_n`` per arm if the participants were split evenly)."""
    sents = sentences(f"{title or ''}. {abstract or ''}")
    js: list[Judgement] = []
    for domain in DOMAINS[:-1]:
        j = _judge(domain, sents)
        if not randomised and domain in ("sequence_generation", "allocation_concealment") and j.rating != "high":
            j = Judgement(domain, "high", j.sentence, f"{LABELS[domain]}: not a randomised comparison")
        js.append(j)
    if sample_size is None:
        js.append(Judgement("small_arms", "unclear", None, "size of the arms: the abstract states no number of participants"))
    elif sample_size < small_arm_n * arms:
        js.append(Judgement("small_arms", "high", None,
                            f"size of the arms: {sample_size} participants, fewer than {small_arm_n} per arm"))
    else:
        js.append(Judgement("small_arms", "low", None, f"size of the arms: {sample_size} participants"))
    key = [j for j in js if j.domain in KEY_DOMAINS]
    if any(j.rating == "high" for j in js):
        overall = "high"
    elif all(j.rating == "low" for j in key if j.domain != "attrition") and \
            js[DOMAINS.index("sequence_generation")].rating == "low":
        overall = "low"
    else:
        overall = "unclear"
    return TrialRisk(tuple(js), overall)
