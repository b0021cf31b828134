"""Direction of an article's finding relative to a claim: supports, no_effect, contradicts, unclear.

The reader takes the conclusion (CONCLUSIONS section, else the last sentences) and the results,
and scores cue families: null findings ("did not significantly improve", "no difference from
saline", "comparable to"), contrary findings ("worse", "increased the risk", "inferior"),
hedges ("may", "further studies are needed", "remains unclear") and positive findings
("significantly improved", "effective", "superior"). Negation flips a positive cue. A small
classifier trained on the PubMedQA dev labels combines these cues with the conclusion's words when
its cached model is available; the rules alone are the fallback.

Layers, each importing only downward: :mod:`~pipeline.claims.direction_rules` (cue vocabularies and
the rule reader) ← :mod:`~pipeline.claims.direction_model` (the classifier) ← this module (the
readers, which also ask :mod:`~pipeline.claims.verdict`, :mod:`~pipeline.claims.comparison` and
:mod:`~pipeline.claims.aboutness`). Negation scopes come from :mod:`pipeline.nlp.negation`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.claims.aboutness import finding_about_claim, said_acted_on
from pipeline.claims.comparison import read_comparison
from pipeline.claims.direction_model import predict
# the rule reader and its cue vocabularies, re-exported: callers read directions from this module
from pipeline.claims.direction_rules import (  # noqa: F401
    ADVERSE_REPORTED, CONTRA, DIRECTIONS, EXPOSURE_ESTIMATE, FINDING, HEDGE, NOT_A_FINDING, NULL, OUTCOME_TESTED,
    ACTIVE_RESULT_AFTER, CHANGED_WITH, CHANGED_WITH_SEEN, PASSIVE_RESULT_BY, POSITIVE, REPORT_FRAME, RESULT_FROM,
    CITES, STUDY_WHOLE, TRAILER,
    DirectionResult,
    conclusion_and_results, cue_scores, findings_of, has_results_section, is_finding, pick_sentence,
    reports_no_data, rule_direction, split_sentences)
from pipeline.claims.head_to_head import sets_against
from pipeline.claims.mentions import find_mentions, first_mention_at, names_concept
from pipeline.claims.not_about import NotAboutKind
from pipeline.claims.reading import ArticleReading, sentences_with_roles
from pipeline.claims.side_findings import without_side_findings, without_side_nulls
from pipeline.claims.verdict import therapy_verdict
from pipeline.config import condition_named_sentences
from pipeline.models import Article
from pipeline.nlp.arms import cue, cue_words
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import sentence_comparing


# another agent's treatment as the cause of a result: "… was more apparent after BMP-4 treatment"
_OTHER_CAUSE = compile_guarded(r"\b(?:after|following|by|with)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                          r"(?:treatment|injection|administration|exposure|stimulation|application|supplementation)\b", re.I)


# the group a result was found in, named by what its members have: "Serum GGT was essentially increased in rabbits with
# obstructive extrahepatic cholestasis" (up to two words for the members, up to two qualifying the exposure)
_FOUND_IN_THOSE_WITH = compile_guarded(r"\b(?:in|among)\s+(?:the\s+|those\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:with|having)\s+"
                                       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _found_in_exposed(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a finding, then names ``concept`` (an exposure) as what the group it was found in
    has: "Serum GGT was essentially increased in rabbits with obstructive extrahepatic cholestasis" (fresh60 C689). For
    a claim of harm the exposed group's result is the exposure's."""
    m = FINDING.search(sentence)
    if m is None:
        return False
    return any(m.start() < x.start and _FOUND_IN_THOSE_WITH.search(sentence[m.end():x.start])
               for x in find_mentions(concept, sentence, abbreviations))


def _estimated_for(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` names ``concept`` (an exposure) with the study's own estimate of a risk: "Current smoker
    (HR 2.12 (95% CI 1.26 to 3.56)) ... were independent risk factors associated with sRDH", "Seven factors
    significantly associated with rLDH were selected ..., including ..., smoking" (fresh94 C953). A prognostic study
    reports its factors in its results; its conclusion may speak only of the model or of the whole."""
    return EXPOSURE_ESTIMATE.search(sentence) is not None and bool(find_mentions(concept, sentence, abbreviations))


def result_of(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a result with ``concept`` as what produced it: the concept is named
    before the sentence's first finding word ("Under the influence of TGF-beta1 we observed a reduction",
    "Pretreated MSCs demonstrated a significantly better MOCART score"), not after it as what was
    measured or acted on ("showed downregulation of the TGF-β pathway after losartan injection"), and
    no other agent's treatment is named as the cause."""
    # after a report ("The results demonstrated that …") the reported clause is read; its subject is what
    # produced the result even where no finding word follows ("PHC postconditioning could protect against …")
    frame = REPORT_FRAME.match(sentence)
    start = frame.end() if frame else 0
    m = FINDING.search(sentence, start)
    at = first_mention_at(concept, sentence[start:], abbreviations)
    at = None if at is None else at + start
    subject = frame is not None and at is not None and len(sentence[start:at].split()) <= 2
    if at is None or not subject and (m is None or at >= m.start()):
        return False
    # the therapy's name qualifying a measured molecule ("GPX activity", "TGF-β signalling pathway"):
    # what follows the mention, or the long form of the short form that names it
    if _names_measured(concept, sentence, abbreviations):
        return False
    return not any(not names_concept(concept, c.group(0), abbreviations) for c in _OTHER_CAUSE.finditer(sentence))


def passive_result_of(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a result in the passive with ``concept`` as its agent, named within its clause after
    the agent's "by" ("Xenographic tumors ... were nearly suppressed by the combination of gefitinib with the YAP1
    inhibitor verteporfin"; data/lexicons/direction_cues.yaml passive_result_by), as its cause after "resulting
    from" ("enhanced Rab10 phosphorylation resulting from pathogenic ... LRRK2 knock-in mutations"; result_from), or
    right after a change's "with" ("improved by 43.415% and 34.286%, respectively, with the 6% polyester fibers";
    changed_with_verbs)."""
    for m in PASSIVE_RESULT_BY.finditer(sentence):
        # (the clause ends at a semicolon, a full stop that is no decimal point, or a conjunction after a comma)
        after = re.split(r";|\.(?!\d)|, (?:and|but|whereas|while)\b", sentence[m.end():], maxsplit=1)[0]
        if find_mentions(concept, after, abbreviations):
            return True
    # (the cause a result follows from is what stands right after the words: "resulting from LRRK2 inhibitor treatment
    # was lower than in mice with pathogenic ... mutations" follows from the inhibitor, not the mutations)
    froms = [m.end() for m in RESULT_FROM.finditer(sentence)]
    changed = CHANGED_WITH_SEEN.search(sentence) is not None
    if not froms and not changed:
        return False
    mentions = find_mentions(concept, sentence, abbreviations)
    return any(x.start >= end and len(sentence[end:x.start].split()) <= 2 for end in froms for x in mentions) \
        or changed and any(CHANGED_WITH.search(sentence, max(0, x.start - 120), x.start) for x in mentions)


def active_result_of(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a result in the present or past tense with ``concept`` as its subject: a result verb
    right after the concept's name, with only brackets, "in tumour cells" or adverbs between ("In mice Sesn2 knockdown
    suppresses tumor growth", "Knockout of GPRC5a reduced the proliferation ..."; data/lexicons/direction_cues.yaml
    active_result_verbs). Not when the name qualifies a measured molecule (:func:`_names_measured`)."""
    return any(ACTIVE_RESULT_AFTER.match(sentence, m.end) for m in find_mentions(concept, sentence, abbreviations)) \
        and not _names_measured(concept, sentence, abbreviations)


def result_said_of(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a result of ``concept`` in so many words: as the passive's agent
    (:func:`passive_result_of`) or the subject of a result verb (:func:`active_result_of`). The linker asks it of the
    sentences that say what the study tested, the direction reader of the results that make a finding the therapy's."""
    return passive_result_of(concept, sentence, abbreviations) or active_result_of(concept, sentence, abbreviations)


def _arm_result_of(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` states a result of the arm given ``concept``, set against another arm: after a finding
    word, the concept right after "for", "in", "with", "among" (``arm_result_lead`` of data/lexicons/arms.yaml), then
    a comparison ("than", "compared to", ``comparison_difference``) whose other side does not name it ("The BIC was
    significantly higher for the BCP-coated TPU implants compared to the uncoated TPU implants")."""
    m = FINDING.search(sentence)
    if m is None:
        return False
    for x in find_mentions(concept, sentence, abbreviations):
        if x.start < m.end() or not _ARM_LEAD().search(sentence[m.end():x.start]):
            continue
        c = _ARM_OTHER().match(sentence, x.end)
        if c and not names_concept(concept, c.group("other"), abbreviations):
            return True
    return False


@lru_cache(maxsize=1)
def _ARM_LEAD() -> re.Pattern:
    return compile_guarded(r"\b(?:" + cue("arm_result_lead").pattern + r")\s+(?:the\s+|all\s+)?$", re.I)


@lru_cache(maxsize=1)
def _ARM_OTHER() -> re.Pattern:
    # the comparison within a few words of the arm's name, its other side up to the clause's end
    return compile_guarded(r"[^.;]{0,50}?\b(?:" + sentence_comparing("comparison_difference")
                           + r")\s+(?P<other>[^.;,]{1,80})", re.I)


def _names_measured(concept, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """Whether ``sentence`` names ``concept`` as the qualifier of a measured molecule ("GPX activity", "TGF-β
    signalling pathway"): a word of ``measured_head`` (data/lexicons/arms.yaml) right after a mention, or in the
    long form of the short form that names it."""
    head = cue("measured_head")
    for mention in find_mentions(concept, sentence, abbreviations):
        long_form = (abbreviations or {}).get(mention.text, "")
        # (a long form that is itself one of the concept's names is no qualifier: "LPA2" for "lysophosphatidic acid
        # receptor 2" names the receptor the claim is about)
        if head.match(sentence[mention.end:].lstrip(" -)")) or (
                head.search(long_form) and not _is_name_of(concept, long_form)):
            return True
    return False


def _is_name_of(concept, text: str) -> bool:
    """Whether ``text`` is, whole, one of ``concept``'s names (as its mentions read them)."""
    return any(m.start == 0 and m.end == len(text.strip()) for m in find_mentions(concept, text.strip()))


def read_direction(claim_text: str, article: Article, doc=None, *, polarity: str = "benefit") -> DirectionResult:
    """Direction of ``article``'s finding relative to ``claim_text``; ``unclear`` when the abstract's
    results and conclusion state no finding at all (a protocol, a review describing itself, a
    technique or hypothesis presented without data)."""
    if reports_no_data(article):
        return DirectionResult("unclear", None, 0.0, ("no finding stated",))
    concl, results = conclusion_and_results(article)
    return _read(claim_text, concl, results, findings_of(concl, results))


def _read(claim_text: str, concl: list[str], results: list[str], findings: list[str]) -> DirectionResult:
    if (concl or results) and not findings:
        return DirectionResult("unclear", None, 0.0, ("no finding stated",))
    # The cues and the classifier read every sentence, as in training ("further trials are needed"
    # is a hedge); the sentence shown to the reader is a finding.
    rules = rule_direction(claim_text, concl, results)
    sentence = pick_sentence(claim_text, findings)
    label = predict(claim_text, concl, results, rules)
    # Directions are read against the claim as stated, whatever its polarity: for "TGF-β drives
    # fibrosis" (polarity harm) a positive association supports the claim.
    if label is None or label == rules.direction:
        return DirectionResult(rules.direction, sentence, rules.confidence, rules.cues)
    return DirectionResult(label, sentence, 0.6, rules.cues + ("classifier",))


def _condition_throughout(claim, article: Article, reading: ArticleReading | None,
                          abbreviations: dict[str, str] | None) -> bool:
    """Whether the study's own sentences (methods, results, conclusions; not the title or background) name the
    claim's condition at least ``condition_named_sentences`` times (data/grading.yaml): the study is of that
    condition, so a finding that does not repeat its name ("Prediction of astigmatic outcomes with toric IOLs can be
    improved", where methods and results name astigmatism five times) is still about it. One or two mentions may be a
    comparison or an aside."""
    roles = reading.roles if reading is not None else sentences_with_roles(article)
    named = sum(1 for role, s in roles if role == "body" and find_mentions(claim.condition, s, abbreviations))
    return named >= condition_named_sentences()


# an unstructured abstract's sentence opening with an infinitive states the aim ("To analyze the clinical outcome of
# cartilage lesion treatment using ... ACI", fresh5 C58's 21596901) or sets the scene ("To date, ..."): no finding
_OPENS_AIM = compile_guarded(r"\s*to\s+[a-z]", re.I)


def _condition_tested(claim, results: list[str], findings: list[str],
                      abbreviations: dict[str, str] | None, unlabelled: list[str] | None = None) -> str | None:
    """The first results sentence, not already a finding, that names the claim's condition and reports a tested
    comparison on it (``outcome_tested`` of data/lexicons/direction_cues.yaml: "The mean duration motor block was
    significantly longer in Group B ... than in Group C [P < 0.05]") or states a result of the therapy itself (its
    subject or agent, or what a report frame says it did: "In vivo experiments with nitrofurazone-resistant strains ...
    demonstrated that lethality, mutation, and DNA breakage are all greatly increased", fresh175 C1444), when the
    conclusion speaks of other outcomes: the study reports its finding on the condition too. Not a result on a
    labelled or tracked form of the therapy ("In vivo-labeled cells demonstrated significant T2 shortening effects ...
    compared with unlabeled control cells"): the label is then what was tested (``labelling`` of data/lexicons/arms.yaml). ``unlabelled``: the body
    sentences of an abstract whose results are not labelled (all but a first that sets the scene), read in place of
    ``results``, which are then only guessed from position, the five sentences before the conclusion: the finding may
    open the abstract ("In this study, we found that OPN level was elevated ..., which was closely related to a shorter
    overall survival", fresh176 C1446; a sentence citing other work is background). None otherwise."""
    own_label = bool(cue_words("labelling", " ; ".join(claim.therapy.all_names)))
    harm = claim.asserts_harm
    read = results if unlabelled is None else [x for x in unlabelled
                                               if not CITES.search(x) and not _OPENS_AIM.match(x)]
    for s in read:
        # (for a claim of harm, also the condition reported as the treated patients' harm: "Adverse events included
        # hyperpigmentation", "Pain and obstipation were the dose-limiting toxicities")
        if s not in findings and is_finding(s) and find_mentions(claim.condition, s, abbreviations) \
                and (OUTCOME_TESTED.search(s) or harm and ADVERSE_REPORTED.search(s)
                     or result_of(claim.therapy, s, abbreviations)
                     or result_said_of(claim.therapy, s, abbreviations)) \
                and (own_label or not cue_words("labelling", s)):
            return s
    return None


def equivalence_null(claim, sentence: str, abbreviations: dict[str, str] | None) -> bool:
    """For an equivalence claim, ``sentence`` names the therapy and states a null ("did not show any correlation of the
    expression of Fhit ... with ... Helicobacter pylori infection", fresh180 C1471; "there was no significant difference
    between the fresh and fixed cryosection (p > 0.05)", fresh186 C1507): a finding of no difference supports such a
    claim, so the null is the therapy's own result. The direction reader and the linker's relevance both ask it."""
    return claim.kind == "equivalence" and NULL.search(sentence) is not None \
        and bool(find_mentions(claim.therapy, sentence, abbreviations))


def _body_sentences(article: Article, reading: ArticleReading | None) -> list[str]:
    """The body sentences of ``article`` (its reading's roles, sentences glued together split apart): what an abstract
    whose results are not labelled may state its results in."""
    if reading is not None:
        return list(reading.body_sentences)
    return [x for role, s in sentences_with_roles(article) if role == "body" for x in split_sentences(s)]


def _own_result_on_condition(claim, sentences: list[str], abbreviations: dict[str, str] | None, *,
                             every: bool = False):
    """The first of ``sentences`` (every one with ``every``) that states the therapy's own result on the claim's
    condition: it names the condition, states a result of the therapy in so many words (:func:`result_said_of`), for
    a claim of harm the study's own estimate for the exposure (:func:`_estimated_for`) or for an equivalence claim a
    null naming the therapy, has nothing act on the therapy, and is neither another work's nor an aim. None (or [])
    when none does."""
    found = [s for s in sentences
             if not CITES.search(s) and not _OPENS_AIM.match(s) and is_finding(s)
             and find_mentions(claim.condition, s, abbreviations)
             and (result_said_of(claim.therapy, s, abbreviations)
                  or (claim.asserts_harm and _estimated_for(claim.therapy, s, abbreviations))
                  or equivalence_null(claim, s, abbreviations))
             and not said_acted_on(claim.therapy, [s], abbreviations)]
    return found if every else (found[0] if found else None)


def read_claim_direction(claim, article: Article, abbreviations: dict[str, str] | None = None, *,
                         reading: ArticleReading | None = None) -> DirectionResult:
    """Direction of ``article``'s finding relative to a catalog claim: :func:`read_direction`, then
    ``unclear`` when the finding is about something other than the claim's therapy and condition
    (see :mod:`pipeline.claims.aboutness`), saying why in ``not_about``. ``reading`` (the linker's
    :class:`~pipeline.claims.reading.ArticleReading`) spares re-reading the article per claim."""
    if reading is None:
        no_data, has_results = reports_no_data(article), has_results_section(article)
    else:
        no_data, has_results = reading.reports_no_data, reading.has_results_section
    if no_data:
        return DirectionResult("unclear", None, 0.0, ("no finding stated",),
                               not_about="the abstract presents a technique or hypothesis and reports no data",
                               not_about_kind=NotAboutKind.NO_DATA)
    if reading is None:
        concl, results = conclusion_and_results(article)
    else:
        concl, results = list(reading.conclusion), list(reading.results)
    findings = findings_of(concl, results)
    compared = next((c for c in (claim.condition, claim.therapy) if c.min_groups), None)
    if compared is not None and (findings or results):
        # a comparison claim is answered by whether the groups differ, not by the finding's tone
        results_found = [s for s in results if is_finding(s)]
        seen = set(findings) | set(results_found)  # a sentence is read in the first tier that has it
        tiers = [findings, results_found,
                 [s for s in split_sentences(article.abstract) if s not in seen and is_finding(s)]]
        cmp = read_comparison(compared, tiers, abbreviations, ordered=compared.ordered)
        if cmp is None:
            reason = f"the finding does not compare {' | '.join(g[0] for g in compared.groups)}"
            return DirectionResult("unclear", pick_sentence(claim.title, findings) if findings else None, 0.5,
                                   ("comparison",), not_about=reason,
                                   not_about_kind=NotAboutKind.NOT_COMPARED)
        return DirectionResult(cmp.direction, cmp.sentence, 0.6, ("comparison", cmp.reason))
    # baseline comparability and safety measures are not the finding on the claim's outcome: the direction is read
    # without them (whether the finding is about the claim is still asked of every finding sentence, below)
    on_concl, on_results = without_side_findings(claim, concl, results, abbreviations)
    # and a null said of a side measure inside a sentence that states its own effect; the sentence is shown whole
    on_concl, shown = without_side_nulls(claim, on_concl)
    on_results, shown_results = without_side_nulls(claim, on_results)
    shown.update(shown_results)
    on_findings = findings_of(on_concl, on_results)
    d = _read(claim.title, on_concl, on_results, on_findings)
    if d.sentence in shown:
        d = replace(d, sentence=shown[d.sentence])
    # what the findings say plainly of the therapy itself outweighs the conclusion's overall tone
    # results only from a labelled section: an unstructured abstract's "results" guessed from its
    # position may be background ("BMAC has been suggested to restore joint congruity")
    results_found = [s for s in on_results if is_finding(s)] if has_results else []
    v = therapy_verdict(claim.therapy, on_findings, results_found, abbreviations)
    if v is not None:
        direction, sentence = v
        sentence = shown.get(sentence, sentence)
        cues = d.cues + ("therapy verdict",)
        if direction == "unclear":
            return DirectionResult("unclear", sentence, 0.5, cues, not_about="the evidence is judged too weak to say",
                                   not_about_kind=NotAboutKind.TOO_WEAK)
        d = DirectionResult(direction, sentence, 0.65, cues)
        if sentence not in findings:  # a result the conclusion does not restate is part of the finding
            findings = [*findings, sentence]
    if d.direction == "unclear" and d.sentence is None:
        return d  # no finding stated at all
    about = finding_about_claim(claim, article.title, findings, abbreviations, article.abstract or "")
    if about.about or (about.kind is NotAboutKind.CONDITION
                       and _condition_throughout(claim, article, reading, abbreviations)):
        return d
    if about.kind is NotAboutKind.CONDITION:
        # the conclusion speaks of other outcomes and a result reports a test on the claim's: the study's finding on
        # the condition is that result, its direction unclear (which arm did better is the per-comparison reader's)
        body = None if has_results else _body_sentences(article, reading)
        tested = _condition_tested(claim, results, findings, abbreviations, body)
        if tested is not None and finding_about_claim(claim, article.title, [*findings, tested], abbreviations,
                                                      article.abstract or "").about:
            return DirectionResult("unclear", tested, 0.5, d.cues + ("result on the condition",))
    if about.kind is NotAboutKind.ACTS_ON:
        # the study also reports what the therapy itself does to the claim's condition ("the level of MIIP-S303
        # phosphorylation correlates with colorectal cancer (CRC) metastasis", when the conclusion says what induces the
        # phosphorylation): it tests the therapy as well as what acts on it (fresh183 C1488)
        own = _own_result_on_condition(claim, [s for s in results if s not in findings], abbreviations)
        if own is not None:
            return DirectionResult("unclear", own, 0.5, d.cues + ("result on the condition",))
    # (and a conclusion that has something act on the therapy, "mechanisms ... that promote aberrant ERBB2 signaling",
    # when no result says so too: the results may state what the therapy itself did, fresh98 C979)
    if about.kind is NotAboutKind.THERAPY or (about.kind is NotAboutKind.ACTS_ON
                                              and not said_acted_on(claim.therapy, results, abbreviations)):
        # A reviewer reads the results as well as the conclusion: a conclusion about the whole
        # construct ("periosteal cell-beads are stable transplants") does not undo a result stated of
        # the therapy ("Under the influence of TGF-beta1 we observed a reduction of the cartilage
        # layer"). The finding is then about the therapy, its direction left unclear (the conclusion's
        # tone is not the therapy's result); the other checks (acted on, every arm, method) still apply.
        # (for an equivalence claim, a null naming the therapy is its result: a finding of no difference supports such
        # a claim - "did not show any correlation of the expression of Fhit ... with ... Helicobacter pylori
        # infection", fresh180 C1471)
        # (or set against the claim's comparator, as a null too: "no ... differences in corneal power ... between the
        # color-LED device and Placido or dual Scheimpflug devices", when the conclusion says only "all 3 devices
        # were comparable"; fresh165 C1384)
        # (in an abstract whose results are not labelled, the results are guessed from position: a body sentence before
        # them that states the therapy's own result on the claim's condition in so many words is read too - "Drug
        # screening in leukemia cell lines revealed that sotrastaurin (a PKC inhibitor) suppressed the proliferation of
        # the FLT3-ITD-positive AML cell line MV4-11", right after the aim; fresh183 C1492)
        pool = list(results)
        if not has_results:
            own = _own_result_on_condition(claim, [x for x in _body_sentences(article, reading) if x not in results],
                                           abbreviations, every=True)
            pool += own
        stated = [s for s in pool if s not in findings and is_finding(s) and (
            result_of(claim.therapy, s, abbreviations) or _arm_result_of(claim.therapy, s, abbreviations)
            or result_said_of(claim.therapy, s, abbreviations)
            or equivalence_null(claim, s, abbreviations)
            or sets_against(claim, s, abbreviations)
            or (claim.asserts_harm and (_found_in_exposed(claim.therapy, s, abbreviations)
                                        or _estimated_for(claim.therapy, s, abbreviations))))]
        # the one shown first names the claim's condition where one does (the study's result on the claimed outcome,
        # not on a side measure the same comparison reports)
        stated.sort(key=lambda s: not find_mentions(claim.condition, s, abbreviations))
        # A conclusion that speaks only of the results as a whole ("Altogether, our data unravel a novel mechanism of
        # Tat-mediated toxicity", "These findings provide a rationale for ...") leaves the results to say what the
        # therapy the title names did: a result naming it other than as a measured molecule is read as well ("we
        # identified BiP as a substrate for dFic"), when no result states it as its cause (fresh60 C691).
        whole = []
        if all(STUDY_WHOLE.search(s) for s in findings) and names_concept(claim.therapy, article.title, abbreviations):
            whole = [s for s in results if s not in findings and s not in stated and is_finding(s)
                     and names_concept(claim.therapy, s, abbreviations)
                     and not _names_measured(claim.therapy, s, abbreviations)]
        first = True
        for extra, why in ((stated, "result stated of the therapy"), (whole, "result naming the therapy")):
            if not extra:
                continue
            again = finding_about_claim(claim, article.title, [*findings, *extra], abbreviations,
                                        article.abstract or "")
            if again.about:
                return DirectionResult("unclear", extra[0], 0.5, d.cues + (why,))
            if first:  # the reason shown is the first reading's
                about, first = again, False
    return DirectionResult("unclear", d.sentence, 0.5, d.cues + (about.reason,), not_about=about.reason,
                           not_about_kind=about.kind)
