"""Study design from the text (always) and PublicationType/MeSH (when present).

Rules look for what *this* study did, not what it cites: "we performed a meta-analysis" counts,
"previous meta-analyses showed" does not; a systematic review *of* RCTs is a review, not an RCT;
"rats were randomised" is an animal study; a protocol announces a trial ("will be randomised") and
reports none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from pipeline.models import Article
from pipeline.nlp.population import Population
from pipeline.nlp.sentences import split_at_stops
from pipeline.nlp.vocabulary import rx, vocabulary

DESIGNS = ("meta_analysis", "systematic_review", "rct", "non_randomized_trial", "cohort", "case_control",
           "cross_sectional", "case_series", "case_report", "narrative_review", "guideline", "protocol",
           "animal_study", "in_vitro", "other")


def _cues(key: str, *, then: tuple[str, ...] = (), at: int = 0) -> re.Pattern:
    """One list of data/lexicons/design_cues.yaml as a pattern: its fragments, each at a word boundary, in
    order (what this study did, not what it cites, is in the fragments; which design wins stays below);
    ``then``, fragments of another list (one the title's synthesis cue shares), go in after the first ``at``."""
    cues = vocabulary("design_cues")[key]
    return rx("|".join(r"\b" + cue for cue in (*cues[:at], *then, *cues[at:])))


MA = _cues("meta_analysis")
MA_OWN = _cues("meta_analysis_own")
# a review named by its kind (scoping, umbrella) is a systematic search in the text, a synthesis in the title
NAMED_REVIEWS = vocabulary("design_cues")["named_reviews"]
SR = _cues("systematic_review", then=NAMED_REVIEWS, at=2)
SR_OWN = _cues("systematic_review_own")
PROTOCOL = _cues("protocol")
# a title naming a protocol: what keeps the classifier's "protocol" for a study that reports its results (evidence.py)
PROTOCOL_TITLE = _cues("protocol_title")
FUTURE = _cues("future")
RANDOM = _cues("randomised")
RANDOM_NOT_TRIAL = _cues("random_not_trial")
NOT_RANDOM = _cues("not_randomised")
PRIOR_RANDOM = _cues("prior_random")
TRIAL = _cues("trial")
COHORT = _cues("cohort")
CASE_CONTROL = _cues("case_control")
CROSS = _cues("cross_sectional")
CASE_REPORT = _cues("case_report")
CASE_SERIES = _cues("case_series")
GUIDELINE = _cues("guideline")
PROTOCOL_STUDY = _cues("protocol_study")
RESULTS_REPORTED = _cues("results_reported")
POOLED_PARTICIPANTS = _cues("pooled_participants")
REVIEW_TITLE = _cues("review_title")
TRIAL_NAMED = _cues("trial_named")
ALLOCATED_TO_TREATMENT = _cues("allocated_to_treatment")
NOT_THE_TRIAL = _cues("not_the_trial")
# a review describing itself, and a synthesis named in the title: data/lexicons/design_cues.yaml
REVIEW = _cues("review_self")
CHART_REVIEW = _cues("chart_review")
SYNTHESIS_TITLE = rx("|".join((*vocabulary("design_cues")["synthesis_title"], *NAMED_REVIEWS)))


class DesignKind(StrEnum):
    """A study's design as stored in ``extractions.design`` (a StrEnum: it is its text)."""

    META_ANALYSIS = "meta_analysis"
    SYSTEMATIC_REVIEW = "systematic_review"
    PROTOCOL = "protocol"
    RCT = "rct"
    NON_RANDOMIZED_TRIAL = "non_randomized_trial"
    COHORT = "cohort"
    CASE_CONTROL = "case_control"
    CROSS_SECTIONAL = "cross_sectional"
    CASE_SERIES = "case_series"
    CASE_REPORT = "case_report"
    ANIMAL_STUDY = "animal_study"
    IN_VITRO = "in_vitro"
    GUIDELINE = "guideline"
    NARRATIVE_REVIEW = "narrative_review"
    OTHER = "other"


@dataclass(frozen=True)
class Design:
    """The design read from an abstract. The flags follow from the kind — an RCT is randomised, a
    meta-analysis pools data — except the two a synthesis can add: a meta-analysis that is also a
    systematic review (``systematic``), and a review that is only a protocol (``protocol``)."""

    design: DesignKind
    confidence: float
    reason: str
    systematic: bool = False
    protocol: bool = False

    @property
    def is_rct(self) -> bool:
        return self.design == DesignKind.RCT

    @property
    def is_meta_analysis(self) -> bool:
        return self.design == DesignKind.META_ANALYSIS

    @property
    def is_systematic_review(self) -> bool:
        return self.design == DesignKind.SYSTEMATIC_REVIEW or (self.is_meta_analysis and self.systematic)

    @property
    def is_protocol(self) -> bool:
        return self.design == DesignKind.PROTOCOL or (self.protocol and self.design in _SYNTHESES)


_SYNTHESES = (DesignKind.META_ANALYSIS, DesignKind.SYSTEMATIC_REVIEW)


def _pts(article: Article) -> set[str]:
    return {p.lower() for p in article.publication_types}


def allocated_to_treatment(article: Article) -> bool:
    """Whether the abstract says this study's participants were allocated at random to treatments ("were
    randomised to have either ACI-P or ACI-C", "randomly assigned to receive"), in a sentence that cites no
    earlier trial, and the study is not one of participants taken from a trial (a cross-sectional or
    secondary analysis). Population is the caller's to check: animals are randomised to treatments too."""
    text = f"{article.title or ''}\n{article.abstract or ''}"
    if NOT_THE_TRIAL.search(text):
        return False
    return any(ALLOCATED_TO_TREATMENT.search(s) and not PRIOR_RANDOM.search(s) and not RANDOM_NOT_TRIAL.search(s)
               for s in split_at_stops(text))


def randomisation_stated(text: str, *, denials: bool = True) -> bool:
    """Whether a sentence of ``text`` says participants were randomised: a randomisation cue that is not random
    sampling or random effects and not a trial cited, and (``denials``) not denied ("non-randomised", "not
    randomised"). The rules' own reading passes ``denials=False``: its tokens are the design classifier's
    features, trained with "non-randomised" read as a randomisation cue."""
    for sent in split_at_stops(text):
        own = NOT_RANDOM.sub(" ", sent) if denials else sent
        if RANDOM.search(own) and not RANDOM_NOT_TRIAL.search(own) and not PRIOR_RANDOM.search(own):
            return True
    return False


def says_not_randomised(article: Article) -> bool:
    """Whether the abstract calls its own study non-randomised ("this nonrandomized, retrospective comparison")
    and says nowhere that anyone was randomised: then it is no randomised trial, whatever a classifier
    trained on trial wording reads (33025052, a "non-randomised, non-comparative" series of 80 implants)."""
    text = f"{article.title or ''}\n{article.abstract or ''}"
    return bool(NOT_RANDOM.search(text)) and not randomisation_stated(text)


def stated_design(article: Article) -> DesignKind | None:
    """The design the abstract states of itself in the labelled form journals print ("STUDY DESIGN: Cohort study;
    Level of evidence, 3."), when it is no randomised trial and no sentence says anyone was randomised; else None
    (the ``stated_design_*`` lists of design_cues.yaml, tried cohort, case-control, cross-sectional, case series)."""
    text = f"{article.title or ''}\n{article.abstract or ''}"
    kind = next((kind for kind, pattern in _STATED if pattern.search(text)), None)
    return None if kind is None or randomisation_stated(text) else kind


# the designs an abstract may state of itself, in the order they are tried (design_cues.yaml stated_design_*)
_STATED = ((DesignKind.COHORT, _cues("stated_design_cohort")),
           (DesignKind.CASE_CONTROL, _cues("stated_design_case_control")),
           (DesignKind.CROSS_SECTIONAL, _cues("stated_design_cross_sectional")),
           (DesignKind.CASE_SERIES, _cues("stated_design_case_series")))


def reports_its_results(article: Article) -> bool:
    """Whether the abstract reports a result of its own (``results_reported`` of design_cues.yaml:
    "significantly", a p-value, "we found") and nothing a protocol says: no title calling itself a protocol,
    no future tense of the study's own conduct ("will be randomised"). A protocol announces a trial; one
    that reports how its arms compared is the trial."""
    title, abstract = article.title or "", article.abstract or ""
    if PROTOCOL.search(title) or FUTURE.search(abstract):
        return False
    return bool(RESULTS_REPORTED.search(abstract))


def pools_participants(article: Article) -> bool:
    """The abstract pools earlier studies' participants and counts them ("A pooled analysis was performed on 119
    eligible patients ... enrolled on ... trials 9906 and 0233"; ``pooled_participants`` of design_cues.yaml) and
    reports a result of its own: an analysis of those patients, a cohort, not a review of the literature."""
    return bool(POOLED_PARTICIPANTS.search(article.abstract or "")) and reports_its_results(article)


def describes_a_review(text: str) -> bool:
    """The text describes itself as a review (``review_self``), other than where it reviews the authors' own patients
    (``chart_review``: "we performed a review of 41 adults diagnosed and treated for ...", a study of its own)."""
    reviews = list(REVIEW.finditer(text))
    if not reviews:  # most abstracts: no chart review to look for
        return False
    charts = [(m.start(), m.end()) for m in CHART_REVIEW.finditer(text)]
    return any(not any(s <= m.start() < e for s, e in charts) for m in reviews)


def classify_design(article: Article, population: Population, *, use_metadata: bool = True) -> Design:
    title = article.title or ""
    text = f"{title}\n{article.abstract or ''}"
    pts = _pts(article) if use_metadata else set()

    # -- evidence syntheses
    is_ma = bool(MA.search(title)) or (bool(MA.search(text)) and bool(MA_OWN.search(text))) or "meta-analysis" in pts
    is_sr = bool(SYNTHESIS_TITLE.search(title)) or \
        (bool(SR.search(text)) and bool(SR_OWN.search(text))) or "systematic review" in pts
    if is_ma and not is_sr and SR.search(text):
        is_sr = True
    # -- protocols
    is_protocol = bool(PROTOCOL.search(title)) or "clinical trial protocol" in pts or \
        (len(FUTURE.findall(text)) >= 2 and bool(PROTOCOL_STUDY.search(text)) and not RESULTS_REPORTED.search(text))

    if is_protocol and not (is_ma or is_sr):
        return Design(DesignKind.PROTOCOL, 0.85, "protocol wording (future tense / 'study protocol')")
    if is_ma:
        return Design(DesignKind.META_ANALYSIS, 0.9, "meta-analysis of the authors' own pooled data", systematic=is_sr or "systematic review" in pts, protocol=is_protocol)
    if is_sr:
        return Design(DesignKind.SYSTEMATIC_REVIEW, 0.85, "systematic search of the literature", protocol=is_protocol)

    # -- primary studies
    # (the denial is read after the classifier, in evidence.py, with says_not_randomised)
    randomized = randomisation_stated(text, denials=False)
    pt_rct = bool({"randomized controlled trial", "pragmatic clinical trial", "equivalence trial"} & pts)
    if population.is_animal and not population.is_human:
        return Design(DesignKind.ANIMAL_STUDY, 0.85, "animal subjects" + (" (randomised animals are not a human RCT)" if randomized else ""))
    self_review = describes_a_review(text)  # read once: the RCT rule and the narrative-review rule below
    reviewish = self_review or bool(REVIEW_TITLE.search(title))
    if (randomized and not reviewish or pt_rct) and not (population.is_in_vitro and not population.is_human):
        return Design(DesignKind.RCT, 0.9 if randomized else 0.8, "randomised allocation of participants" if randomized else "PublicationType RCT")
    if population.is_in_vitro and not population.is_human:
        return Design(DesignKind.IN_VITRO, 0.75, "cells in vitro, no human or animal subjects")
    if "case reports" in pts or CASE_REPORT.search(text):
        return Design(DesignKind.CASE_REPORT, 0.8, "single case described")
    if {"practice guideline", "guideline", "consensus development conference"} & pts or GUIDELINE.search(text):
        return Design(DesignKind.GUIDELINE, 0.7, "guideline or consensus statement")
    if {"clinical trial", "controlled clinical trial", "clinical trial, phase i", "clinical trial, phase ii",
        "clinical trial, phase iii", "clinical trial, phase iv"} & pts or \
            (population.is_human and TRIAL.search(text) and TRIAL_NAMED.search(text)):
        return Design(DesignKind.NON_RANDOMIZED_TRIAL, 0.6, "intervention study without randomisation")
    if CASE_CONTROL.search(text):
        return Design(DesignKind.CASE_CONTROL, 0.7, "cases compared with controls")
    # a count of patients described ("the first 321 consecutive patients") is no series where the abstract
    # states its own design ("STUDY DESIGN: Cohort study"): the stated design outranks the cue
    if CASE_SERIES.search(text) and stated_design(article) in (None, DesignKind.CASE_SERIES):
        return Design(DesignKind.CASE_SERIES, 0.65, "series of cases")
    if population.is_human and COHORT.search(text):
        return Design(DesignKind.COHORT, 0.6, "cohort / follow-up of participants")
    if population.is_human and CROSS.search(text):
        return Design(DesignKind.CROSS_SECTIONAL, 0.55, "survey or cross-sectional data")
    if "review" in pts or self_review:
        return Design(DesignKind.NARRATIVE_REVIEW, 0.6, "narrative review")
    if "observational study" in pts:
        return Design(DesignKind.COHORT, 0.5, "PublicationType Observational Study")
    return Design(DesignKind.OTHER, 0.3, "no design cue")
