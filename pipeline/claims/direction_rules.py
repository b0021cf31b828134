"""The rule reader of a finding's direction and the cue vocabularies it counts.

Cue families: null findings ("did not significantly improve", "no difference from saline",
"comparable to"), contrary findings ("worse", "increased the risk", "inferior"), hedges ("may",
"further studies are needed", "remains unclear") and positive findings ("significantly improved",
"effective", "superior"); what is not a finding at all (aims, future work, publishers' trailers).
Everything here reads text only: the classifier (:mod:`pipeline.claims.direction_model`) and the
readers (:mod:`pipeline.claims.direction`) import it, never the other way round.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from pipeline.models import DIRECTIONS, Article, NotAboutKind  # noqa: F401 (DIRECTIONS: one vocabulary, at the ground floor)
from pipeline.nlp.sentences import split_sentences  # noqa: F401  (moved to the NLP layer; still read from here)
from pipeline.nlp.sentences import without_heading
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation, any_of, rx, vocabulary


def _cues(key: str) -> str:
    """One list of data/lexicons/direction_cues.yaml as the body of an alternation (the pattern's shape stays here)."""
    return alternation("direction_cues", key)


# An effect called scarce or absent is a null finding too ("demonstrates scarce activity", "little clinical
# benefit", "lack of efficacy", "ineffective"): without it a conclusion that praises nothing and says the
# regimen barely worked was read by its results' numbers ("were") as support.
SCARCE = r"\b(?:" + _cues("scarce_words") + r")\s+(?:(?:" + _cues("scarce_modifiers") + r")\s+)?(?:" + \
    _cues("scarce_effects") + r")\b|\b(?:" + _cues("absent_effect") + r")\b"
# a negation and, within 40 characters, what it denies ("no significant difference", "did not improve"), and
# two things found alike ("comparable to"): data/lexicons/direction_cues.yaml null_negated, null_alike
NULL = rx(r"\b(?:no|not|nor|without)\b[^.;]{0,40}\b(?:" + _cues("null_negated") + r")\b|"
          r"\b(?:did|does|do|was|were|is|are|could|can)\s*(?:not|n't)\b|\bfailed to\b|\bno longer\b|"
          r"\b(?:" + _cues("null_alike") + r")\b|\bnot superior\b|\bneither\b|"
          r"\bunrelated\b|\binsignificant\b|\bunaffected\b|\bindependent of\b|\bnot (?:a|an) (?:predictor|risk factor)\b|" + SCARCE)
CONTRA = rx(r"\b(?:worse|inferior|harm\w*|detrimental|deleterious|increased (?:the )?(?:risk|mortality|complications|pain)|"
            r"higher (?:risk|rate) of (?:complication|failure|adverse)|adverse(?:ly)? affect\w*|impair\w*|contrary to)\b")
HEDGE = rx(any_of(vocabulary("hedges")["finding"]))  # data/lexicons/hedges.yaml


POSITIVE = rx(r"\b(?:significant(?:ly)?|effective(?:ly|ness)?|efficac\w*|improv\w*|benefi\w*|superior|better|"
              r"reduc\w*|decreas\w*|increas\w*|enhanc\w*|promot\w*|associated with|correlat\w*|predict\w*|"
              r"accelerat\w*|protect\w*|successful(?:ly)?|safe and|useful|valuable|recommended|support\w*|"
              r"can be|is a|are a|was a|were)\b")


# Sentences in the results/conclusion slots that state no finding: the study's aim, future work,
# administrative lines, a review describing itself, a protocol's plans. Read as findings, the
# classifier (trained where every conclusion answers its question) calls most of them "supports".
NOT_A_FINDING = rx(
    r"^(?:the )?(?:main |primary )?(?:aim|purpose|objective|goal)s? (?:of|in) (?:this|the|our|the present)\b|"
    r"^(?:we|this study|the present study) (?:aim|aimed|aims|sought|set out)\b|^to (?:investigate|evaluate|compare|assess|determine|examine)\b|"
    r"\b(?:" + _cues("further_work") + r") (?:[\w-]+ ){0,3}"
    r"(?:studies|research|trials|investigations?|follow-?ups?|work|data|evidence)\b[^.]{0,80}\b(?:needed|required|warranted|necessary|should|will|must)\b|"
    r"\b(?:would|will|should|need to|needs to|remains? to) be (?:further )?(?:explored|investigated|studied|examined|evaluated|confirmed|elucidated|determined)\b|"
    r"\brequires? (?:\d[\d–-]* \w+ of )?further (?:monitoring|follow-?up|observation|evaluation|study)\b|"
    # limitations: "The number of cases is still limited", "Assessment of the risk of bias was impaired"
    r"\brisk of bias\b|"
    r"\b(?:number of (?:cases|patients|subjects|animals)|sample size|follow-?up) (?:is|was|remains) (?:still |relatively |very )?(?:limited|small|short)\b|"
    r"^(?:long-?term )?follow-?up (?:is|will be) (?:needed|required|necessary)\b|"
    r"\bethic\w* (?:approval|committee|board)\b|\btrials? regist\w*|\btrial id\b|\bclinicaltrials\.gov\b|\bNCT\d{8}\b|"
    r"^level (?:of evidence\b|(?:i|ii|iii|iv|v|1|2|3|4|5)\b)|\blevels of evidence\b|^see the guidelines\b|"
    r"\bwill\b|\b(?:is|are) planned\b|"
    r"^(?:this|the present|our) (?:" + _cues("review_documents") + ") (?:" + _cues("review_describes") + r")\b|"
    r"\b(?:are|is|were) (?:discussed|reviewed|summari[sz]ed|described|presented|outlined)\b|"
    r"^we (?:" + _cues("technique_we_present") + r") (?:a|an|the|our) (?:[\w-]+ ){0,5}(?:" + _cues("technique_nouns") + r")\b|"
    r"\blevel of evidence\b|"
    r"^in this (?:" + _cues("review_in_this") + "),? we (?:" + _cues("review_we") + r")\b|"
    # background that cites others ("already used in several animal studies (19-21)")
    r"(?<=[a-z]) [(\[]\d{1,3}(?:\s*[-–,]\s*\d{1,3})*[)\]]|"
    # publisher and disclosure lines that journals append to the last section
    r"\bpublished by\b|\bcopyright\b|©|\ball rights reserved\b|\bconflicts? of interest\b|\bdisclosures?\b")
# What publishers append after an abstract's last sentence (OpenAlex and some PubMed records keep it):
# a citation line ("J Orthop Res 28:1586–1599, 2010"), a glossary ("ACLR = Anterior cruciate …"),
# copyright and evidence-level lines. Not the abstract's conclusion, so never one of its last sentences.
TRAILER = rx(r"^(?:(?:(?:therapeutic|prognostic|diagnostic|economic(?: and decision analyses)?) )?"
             r"level (?:of evidence\b|(?:i|ii|iii|iv|v|1|2|3|4|5)\b)|©|copyright\b|published by\b|\(c\) \d{4}|"
             r"all rights reserved|cite this article\b|key ?words?:|see (?:the )?instructions (?:for|to) authors\b)|"
             r"^[A-Z][\w.&,:\s-]{2,80}?\b\d+[A-Z]?(?:\s*\(\d+\))?\s*:\s*\d+\s*[-–]\s*\d+,?\s*(?:19|20)\d\d\.?$|"
             r"(?:[A-Z]{2,}[A-Za-z0-9]{0,8} = [A-Z].*){2,}")


def is_trailer(sentence: str) -> bool:
    """Whether ``sentence`` is one of :data:`TRAILER`'s lines. Its glossary alternative, the only one not held to the
    sentence's start, needs " = ": without one, only the start is tried (a tenth of the pattern's search of every place,
    where "[A-Z]" without case is any letter)."""
    return bool(TRAILER.search(sentence) if " = " in sentence else TRAILER.match(sentence))


# "The results demonstrated that …", "In CI/R rats, we showed that …", "Here, we show that …": a report opening a
# sentence, before the clause it reports (direction.result_of reads the clause's subject as what produced the result)
_REPORT = r"(?:" + _cues("report_frame_subjects") + r")\s+(?:also\s+)?(?:" + _cues("report_frame_verbs") + r")\s+that\s+"
REPORT_FRAME = rx(r"^(?:in [^,]{1,60}, |here(?:in)?,? )?" + _REPORT)
# anywhere in an abstract, a report of what the study found ("We also demonstrated that PAK1 activity increases in
# response to Tamoxifen"): it reports data, in words rather than numbers, whatever else it presents
# (also with "further" and a short phrase of where before "that": "We further show in vivo and in vitro that E2F
# activation occurs early on following transduction"; session 30, from fresh42 C489 after its score)
_REPORTED = rx(r"\b(?:" + _cues("report_frame_subjects") + r")\s+(?:also\s+|further\s+)?"
               r"(?:" + _cues("report_frame_verbs") + r")\s+(?:(?:in|for|using|with)\s+[\w\s-]{1,30}?\s+)?that\s+")
# A sentence that also reports a result ("X improved Y; larger trials are needed") is a finding.
# a claim of harm studies an exposure, measured rather than given: a sentence naming its own estimate of the risk
# ("odds ratio", "HR 2.12", "was an independent risk factor for") names what the study tests (``exposure_estimate`` of
# data/lexicons/linker_cues.yaml; read by the linker's relevance and by the direction's results of the exposure)
EXPOSURE_ESTIMATE = compile_guarded(r"\b(?:" + alternation("linker_cues", "exposure_estimate") + r")\b", re.I)

FINDING = rx(r"\b(?:" + _cues("finding_words") + "|"
             "(?:was|were|is|are) (?:" + _cues("finding_copula") + r"))\b")


@lru_cache(maxsize=16384)
def is_finding(sentence: str) -> bool:
    """True unless ``sentence`` is an aim, future work, an administrative line, a publisher's trailer
    or a review describing itself — and a sentence that also states an effect ("X improved Y; larger
    trials are needed") counts as a finding."""
    if is_trailer(sentence):
        return False
    # a numbered conclusion split off its text ("3.") states nothing
    if len(re.findall(r"[A-Za-z]{2,}", sentence)) < 3:
        return False
    return not NOT_A_FINDING.search(sentence) or bool(FINDING.search(NOT_A_FINDING.sub(" ", sentence)))


@dataclass(frozen=True)
class DirectionResult:
    direction: str
    sentence: str | None
    confidence: float
    cues: tuple[str, ...] = ()
    not_about: str = ""  # why the finding does not speak to the claim (read_claim_direction), in words
    not_about_kind: NotAboutKind | None = None  # the same as a type (pipeline/claims/not_about.py); None with no reason




# a sentence that cites other work by its authors and year or a bracketed reference number ("(Huang et al., 2011) [4]")
# retells what others found: it is background, not the study's finding (fresh61 C696, a data article)
CITES = compile_guarded(r"\((?:[^()]{0,80}?\bet al\.?,?\s+\d{4}[a-z]?|[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)?,?\s+"
                        r"(?:19|20)\d\d[a-z]?)\)|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\](?=\s*(?:[.,;:\[]|$))")


# an unstructured abstract's conclusion opens "In conclusion", "We conclude", "These results ...", "Our findings ...",
# "This study shows" (data/lexicons/direction_cues.yaml conclusion_opening_nouns)
_CONCLUSION_OPENS = compile_guarded(r"^(?:in )?conclusions?\b|^we conclude|^(?:these|our) (?:" +
                                    _cues("conclusion_opening_nouns") + r")|^this study (?:shows|demonstrates|suggests)",
                                    re.I)


# a section label that is administration, not the study (direction_cues.yaml administrative_labels)
_ADMINISTRATIVE = rx(r"^(?:" + _cues("administrative_labels") + r")\b")


def _administrative(article: Article) -> frozenset[str]:
    """The sentences of ``article``'s administrative sections (disclosures, funding, registration, level of evidence)."""
    return frozenset(x for s in article.abstract_sections if s.label and _ADMINISTRATIVE.match(s.label.strip())
                     for x in split_sentences(s.text))


def conclusion_and_results(article: Article) -> tuple[list[str], list[str]]:
    """Conclusion sentences (labelled section, else the last two that are no trailer or administration) and results
    sentences."""
    concl, results = [], []
    for s in article.abstract_sections:
        label = (s.nlm_category or s.label or "").upper()
        if label.startswith("CONCLU") or label in ("INTERPRETATION", "SIGNIFICANCE", "IMPLICATIONS"):
            concl += split_sentences(s.text)
        elif label.startswith("RESULT") or label == "FINDINGS":
            results += split_sentences(s.text)
    concl = [s for s in concl if not CITES.search(s)]
    results = [s for s in results if not CITES.search(s)]
    if not concl:
        sents = [s for s in split_sentences(article.abstract) if not CITES.search(s)]
        admin = _administrative(article)
        while sents and (is_trailer(sents[-1]) or (admin and without_heading(sents[-1]) in admin)):
            sents.pop()
        m = next((i for i, s in enumerate(sents) if _CONCLUSION_OPENS.match(s)), None)
        concl = sents[m:] if m is not None else sents[-2:]
        results = results or sents[max(0, len(sents) - 5):len(sents) - len(concl)]
    return concl, results


# The readers below are asked about the same article's sentences once per claim it is a hit of
# (648 hits are 349 articles): each answer is a pure function of the text, worked out once.
@lru_cache(maxsize=16384)
def content_terms(text: str) -> frozenset[str]:
    stop = {"the", "and", "for", "with", "does", "did", "are", "is", "was", "were", "of", "in", "on", "to", "a",
            "an", "or", "by", "at", "as", "be", "it", "its", "this", "that", "from", "than", "after", "patients"}
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in stop)


def cue_scores(sentences: list[str]) -> dict[str, float]:
    """Counts of each cue family over ``sentences``, with negated positives counted as null."""
    return dict(_cue_scores(" ".join(sentences)))


@lru_cache(maxsize=16384)
def _cue_scores(text: str) -> tuple[tuple[str, float], ...]:
    return (("null", float(len(NULL.findall(text)))), ("contra", float(len(CONTRA.findall(text)))),
            ("hedge", float(len(HEDGE.findall(text)))), ("positive", float(len(POSITIVE.findall(text)))))


def pick_sentence(claim_text: str, sentences: list[str]) -> str | None:
    """The sentence that talks about the claim most (the first of equals)."""
    claim_terms = content_terms(claim_text)
    return max(sentences, key=lambda s: len(content_terms(s) & claim_terms)) if sentences else None


def rule_direction(claim_text: str, concl: list[str], results: list[str]) -> DirectionResult:
    if not concl and not results:
        return DirectionResult("unclear", None, 0.0, ("no abstract",))
    pick = pick_sentence(claim_text, concl or results)
    c = cue_scores(concl)
    r = cue_scores(results)
    cues = tuple(k for k, v in c.items() if v)
    if c["contra"] and c["contra"] >= c["positive"] / 2 and not c["null"]:
        return DirectionResult("contradicts", pick, 0.6, cues)
    if c["null"] and c["null"] >= c["positive"] / 2:
        return DirectionResult("no_effect", pick, 0.65 if not c["hedge"] else 0.5, cues)
    if c["hedge"] >= 2 and c["positive"] <= c["hedge"]:
        return DirectionResult("unclear", pick, 0.5, cues)
    if c["positive"] or (r["positive"] and not r["null"]):
        return DirectionResult("supports", pick, 0.7 if not c["hedge"] else 0.55, cues)
    if r["null"]:
        return DirectionResult("no_effect", pick, 0.45, cues)
    return DirectionResult("unclear", pick, 0.3, cues)


# a sentence that only points the way for later work (data/lexicons/direction_cues.yaml future_work_nouns)
_FUTURE_WORK = rx(r"^(?:" + _cues("future_work_subjects") + r")\s+(?:" + _cues("results_nouns") + r")\s+(?:" +
                  _cues("future_work_verbs") + r")\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:" + _cues("future_work_nouns") +
                  r")\s+(?:for|of)\s+(?:" + _cues("future_work_for") + r")\b")

# a results sentence reporting a tested comparison on an outcome (direction._condition_tested): a p-value,
# "significantly", "than", "compared with", "no difference", "similar" (direction_cues.yaml outcome_tested); a letter
# after the cue ends it only when it is a word's ("p<0.05" is a test, "thank" no "than")
OUTCOME_TESTED = compile_guarded(r"(?<!\w)(?:" + _cues("outcome_tested") + r")(?![a-z])", re.I)
# a results sentence reporting a harm the treated patients suffered (direction_cues.yaml adverse_event_reported): for a
# claim of harm, a result on its condition when it names it (direction._condition_tested)
ADVERSE_REPORTED = compile_guarded(r"\b(?:" + _cues("adverse_event_reported") + r")\b", re.I)
# a result said in the passive, up to its agent's "by" (direction_cues.yaml passive_result_by): "tumors ... were nearly
# suppressed by"; the words after "by" name what did it
PASSIVE_RESULT_BY = compile_guarded(r"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:" + _cues("passive_result_by") + r")\s+(?:by|"
                                    r"[^.;]{0,60}?\bwhen\s+(?:" + _cues("passive_result_when") + r")\s+with)\b", re.I)
# ... or a result said to follow from it, its cause the words right after (direction_cues.yaml result_from)
RESULT_FROM = compile_guarded(r"\b(?:" + _cues("result_from") + r")\s+", re.I)
# ... or a change that came with it, the therapy named right after this (direction_cues.yaml changed_with_verbs): "improved
# by 43.415% and 34.286%, respectively, with the 6% polyester fibers"; CHANGED_WITH is searched at the end of the text
# before a mention, CHANGED_WITH_SEEN first tells whether the sentence has one at all (most have none)
_CHANGED_WITH = (r"\b(?:" + _cues("changed_with_verbs") + r")(?:\s+(?:significantly|markedly|by\s+\d[\d.,%\s]*"
                 r"(?:and\s+\d[\d.,]*%?)?(?:,?\s*respectively)?,?))*\s+with\s+(?:the\s+|an?\s+)?")
CHANGED_WITH = re.compile(_CHANGED_WITH + "$", re.I)
CHANGED_WITH_SEEN = compile_guarded(_CHANGED_WITH, re.I)
# ... and in the present or past tense right after the therapy's name, its subject (direction_cues.yaml active_result_verbs,
# active_result_between): matched at the end of the name ("Sesn2 knockdown| suppresses tumor growth"), never searched, so
# it needs no start guard
ACTIVE_RESULT_AFTER = re.compile(r"(?:\s*(?:" + _cues("active_result_between") + r"))*\s*(?:"
                                 + _cues("active_result_verbs") + r")\b", re.I)

# a finding that speaks only of the study's results as a whole: "Altogether, our data unravel ...", "These findings
# provide ..." (data/lexicons/direction_cues.yaml study_whole_*)
STUDY_WHOLE = rx(r"^(?:(?:" + _cues("study_whole_openers") + r"),?\s+)?(?:" + _cues("study_whole_subjects") +
                 r")\s+(?:[\w-]+\s+)?(?:" + _cues("results_nouns") + r")\b|^(?:" + _cues("study_whole_openers") +
                 r")\b")


def findings_of(concl: list[str], results: list[str]) -> list[str]:
    """The sentences that state the article's result: the conclusion's findings (not one that only points the way for
    later work: "These data provide a roadmap for further ..."), else the results'."""
    return [s for s in concl if is_finding(s) and not _FUTURE_WORK.search(s)] or [s for s in results if is_finding(s)]


# An abstract that presents a technique or a hypothesis ("We present an arthroscopic technique of
# cartilage repair using ...", "We hypothesize that MSC sheet encapsulated cartilage debris can ...")
# and reports no data: its closing praise ("has great potential to repair") is not a finding.
_SELF_DESCRIPTION = rx(
    r"\bwe (?:" + _cues("self_we_present") + r") (?:a|an|the|our|this) (?:[\w-]+ ){0,6}?"
    "(?:" + _cues("self_nouns") + r")\b|"
    r"\bin this (?:" + _cues("self_in_this") + "),? we (?:" + _cues("self_in_this_we") + r")\b|"
    r"\bthis (?:" + _cues("self_this_documents") + ") (?:" + _cues("self_this_describes") + r")\b|"
    r"\bwe (?:hypothesi[sz]e|propose) that\b|\bthe hypothesis\b")
# ... but a hypothesis weighed against data was tested: "These data do not support the hypothesis that ..."
_WEIGHED = rx(r"\b(?:" + _cues("hypothesis_weighed") + r")\s+the\s+hypothesis\b")
_DATA = rx(r"\bp\s*[<=>≤]|\d\s*%|±|\bn\s*=\s*\d|\b\d+ (?:" + alternation("count_units", "direction_data_units") +
           r")\b|\bsignificantly\b|\bstatistically\b")


def has_results_section(article: Article) -> bool:
    return any((s.nlm_category or s.label or "").upper().startswith("RESULT") for s in article.abstract_sections)


# a case report's course in words (data/lexicons/direction_cues.yaml case_course): what happened to the patient
_CASE_COURSE = rx(r"\b(?:" + _cues("case_course") + r")\b")


def reports_case_course(text: str, publication_types) -> bool:
    """Whether a case report (PubMed's publication type) says how its patient did, in words or numbers: the case
    is then its data, whatever technique or approach the abstract also says it presents."""
    return "Case Reports" in (publication_types or ()) and bool(_CASE_COURSE.search(text or ""))


def reports_no_data(article: Article) -> bool:
    """True for an abstract that presents a technique or hypothesis and reports no outcome data (a case report
    that says how the patient did reports its case: :func:`reports_case_course`)."""
    text = article.abstract or ""
    # (a result said in the passive with its agent is data too: "We present a novel approach ... This response is
    # ablated in Tlr4(-/-) mice or when co-administered with ... dexamethasone", fresh186 C1508)
    if not _SELF_DESCRIPTION.search(text) or has_results_section(article) or _DATA.search(text) or \
            _REPORTED.search(text) or _WEIGHED.search(text) or PASSIVE_RESULT_BY.search(text):
        return False
    return not reports_case_course(text, article.publication_types)
