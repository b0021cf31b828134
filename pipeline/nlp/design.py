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


MA = rx(r"\bmeta-?analy[sz](?:is|es|ed)|\bmetaanaly|\bpooled analysis\b|\bnetwork meta|\bmeta-regression")
MA_OWN = rx(r"\b(?:we|this|present|current|our)\b[^.]{0,80}\bmeta-?analy|\bmeta-?analy[sz]\w*\s+(?:was|were)\s+"
            r"(?:performed|conducted|undertaken|carried out)|\bsystematic review and (?:network )?meta-?analy|"
            r"\bpooled (?:using|with)|\brandom[- ]effects? model|\bfixed[- ]effects? model|\bforest plot|"
            r"\bI\s?(?:2|²)\s*(?:=|statistic)|\bpooled (?:odds|risk|hazard|mean|standardi[sz]ed|estimate|prevalence|analysis)|"
            r"\b(?:studies|trials) (?:were|was) (?:included|pooled)|\bdata were pooled")
SR = rx(r"\bsystematic(?:ally)? (?:review|search|literature|searched)|\bsystematic reviews?\b|\bscoping review|\bumbrella review|"
        r"\bsearched (?:the )?(?:pubmed|medline|embase|cochrane|web of science|scopus|cinahl|psycinfo)|"
        r"\b(?:pubmed|medline|embase|cochrane library|web of science|scopus)[^.]{0,60}\b(?:were|was) searched|"
        r"\bprisma\b|\bliterature search\b")
SR_OWN = rx(r"\b(?:we|this|present|our)\b[^.]{0,60}\bsystematic(?:ally)?\b|\bsystematic review (?:was|of|and)|"
            r"\bsearched\b|\bprisma\b|\bdatabases?\b[^.]{0,40}\bsearched|\bstudies (?:were )?(?:included|identified|retrieved)|"
            r"\beligible (?:studies|trials|articles)")
PROTOCOL = rx(r"\bstudy protocol\b|\btrial protocol\b|\bprotocol for (?:a|an|the)\b|\bprotocol of (?:a|an|the)\b|"
              r"\bdesign and rationale\b|\brationale and design\b|\bthis protocol\b|\bprotocol (?:describes|is)\b")
FUTURE = rx(r"\bwill be (?:randomi[sz]ed|recruited|enrolled|allocated|assigned|included|assessed|measured|collected|"
            r"conducted|analy[sz]ed|performed|followed|invited|compared|used|evaluated|screened|obtained)|\bwe will\b|"
            r"\bwill (?:recruit|enrol|enroll|randomi[sz]e|assess|evaluate|compare|investigate|examine|include|test)|"
            r"\bare being recruited\b|\bis (?:currently )?recruiting\b|\bongoing\b")
RANDOM = rx(r"\brandomi[sz](?:ed|ation|ing)\b|\brandomly (?:assigned|allocated|divided|distributed|selected to receive)|"
            r"\brandom (?:assignment|allocation)\b|\brandomised\b|\brandomized\b|\bRCT\b")
RANDOM_NOT_TRIAL = rx(r"\brandomly (?:selected|sampled|chosen)\b|\brandom(?:ly)? sampl|\brandom[- ]effects?\b|"
                      r"\brandom forest|\brandomi[sz]ed (?:block|response|sequence) |\bmendelian randomi[sz]ation")
PRIOR_RANDOM = rx(r"\b(?:previous|prior|earlier|several|many|few|recent|existing|published|large|ongoing)\s+(?:\w+\s+){0,2}"
                  r"(?:randomi[sz]ed|rcts?)\b|\b(?:trials?|rcts|studies) (?:have|has) (?:shown|demonstrated|reported)")
TRIAL = rx(r"\b(?:clinical|controlled|pilot|phase|open-label|single-arm|feasibility|intervention(?:al)?|crossover|"
           r"cross-over|double-blind|single-blind|placebo-controlled)\b[^.]{0,40}\b(?:trial|study)\b|"
           r"\bphase (?:i|ii|iii|iv|1|2|3|4)\b|\bnon-?randomi[sz]ed\b|\bquasi-?experimental\b|\bsingle-arm\b|"
           r"\b(?:received|were treated with|were given|was administered)\b")
COHORT = rx(r"\bcohort\b|\bprospective(?:ly)?\b[^.]{0,30}\b(?:study|followed|enrolled|collected)|"
            r"\bretrospective(?:ly)?\b|\blongitudinal\b|\bfollow-?up study\b|\bregistry\b|\bdatabase study\b|"
            r"\bpopulation-based\b|\bmedical records\b|\bchart review\b")
CASE_CONTROL = rx(r"\bcase[- ]control\b|\bmatched controls?\b")
CROSS = rx(r"\bcross-?sectional\b|\bsurvey\b|\bquestionnaire\b|\bprevalence\b|\binterviews?\b")
CASE_REPORT = rx(r"\bcase report\b|\bwe (?:report|present|describe) (?:a|an|the|two|three|our)\b[^.]{0,60}\b(?:case|patient|man|woman|boy|girl|child|infant)|"
                 r"\b(?:\d+|[a-z]+)-(?:year|month|week|day)-old (?:man|woman|male|female|boy|girl|patient|child|infant)|"
                 r"\ba case of\b|\bthis case\b|\bcase presentation\b")
CASE_SERIES = rx(r"\bcase series\b|\bseries of \d+|\bwe (?:report|describe|present|reviewed) (?:\d+|[a-z]+) (?:cases|patients)\b")
GUIDELINE = rx(r"\bguidelines?\b[^.]{0,40}\b(?:recommend|develop|update|panel)|\bconsensus (?:statement|recommendations?|conference)|"
               r"\bposition statement\b|\bpractice guideline|\bexpert panel\b|\bdelphi\b")
# a review describing itself, and a synthesis named in the title: data/lexicons/design_cues.yaml
REVIEW = rx("|".join(r"\b" + cue for cue in vocabulary("design_cues")["review_self"]))
SYNTHESIS_TITLE = rx("|".join(vocabulary("design_cues")["synthesis_title"]))


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
        (len(FUTURE.findall(text)) >= 2 and bool(re.search(r"\bprotocol\b|\btrial\b|\bstudy\b", text, re.I))
         and not re.search(r"\bresults?:|\bwe found\b|\bwas associated\b|\bsignificantly\b|\bp\s*[<=]\s*0", text, re.I))

    if is_protocol and not (is_ma or is_sr):
        return Design(DesignKind.PROTOCOL, 0.85, "protocol wording (future tense / 'study protocol')")
    if is_ma:
        return Design(DesignKind.META_ANALYSIS, 0.9, "meta-analysis of the authors' own pooled data", systematic=is_sr or "systematic review" in pts, protocol=is_protocol)
    if is_sr:
        return Design(DesignKind.SYSTEMATIC_REVIEW, 0.85, "systematic search of the literature", protocol=is_protocol)

    # -- primary studies
    randomized = False
    for sent in split_at_stops(text):
        if RANDOM.search(sent) and not RANDOM_NOT_TRIAL.search(sent) and not PRIOR_RANDOM.search(sent):
            randomized = True
            break
    pt_rct = bool({"randomized controlled trial", "pragmatic clinical trial", "equivalence trial"} & pts)
    if population.is_animal and not population.is_human:
        return Design(DesignKind.ANIMAL_STUDY, 0.85, "animal subjects" + (" (randomised animals are not a human RCT)" if randomized else ""))
    reviewish = bool(REVIEW.search(text)) or bool(re.search(r"\breview\b", title, re.I))
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
            (population.is_human and TRIAL.search(text) and re.search(r"\btrial\b|\bnon-?randomi[sz]ed\b|\bsingle-arm\b|\bphase\b", text, re.I)):
        return Design(DesignKind.NON_RANDOMIZED_TRIAL, 0.6, "intervention study without randomisation")
    if CASE_CONTROL.search(text):
        return Design(DesignKind.CASE_CONTROL, 0.7, "cases compared with controls")
    if CASE_SERIES.search(text):
        return Design(DesignKind.CASE_SERIES, 0.65, "series of cases")
    if population.is_human and COHORT.search(text):
        return Design(DesignKind.COHORT, 0.6, "cohort / follow-up of participants")
    if population.is_human and CROSS.search(text):
        return Design(DesignKind.CROSS_SECTIONAL, 0.55, "survey or cross-sectional data")
    if "review" in pts or REVIEW.search(text):
        return Design(DesignKind.NARRATIVE_REVIEW, 0.6, "narrative review")
    if "observational study" in pts:
        return Design(DesignKind.COHORT, 0.5, "PublicationType Observational Study")
    return Design(DesignKind.OTHER, 0.3, "no design cue")
