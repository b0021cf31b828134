"""Does a study test a claim? (issue 17, item 4; the reviewers' definitions in
``data/eval/grade_reviews/definitions.md``.)

A claim–study link counts when the claim's therapy is the study's experimental factor — alone, or
added to a co-intervention the control arm also gets — in the claim's condition, and the study
reports a finding. Otherwise the link stays visible, excluded with a typed reason:

- ``no_findings``: protocol, technique note, narrative review, editorial, an abstract without results;
- ``cointervention_only``: every arm gets the therapy, or the therapy is only ever given together with
  another active treatment (surgery, another biologic) with no arm that isolates it;
- ``therapy_not_tested``: the therapy is only mentioned, measured, delivered, labelled or acted on —
  the study tests something else (a scaffold, a label, a drug acting on the cells);
- ``other_condition``: the therapy is tested in another tissue or condition;
- ``mechanism_not_measured``: a mechanism claim whose mechanism the study does not measure.

Eligible studies may be indirect: ``add_on_to_surgery`` (the therapy on top of a procedure both arms
get), ``concentrate`` (marrow or fat preparations for a claim about cultured cells), ``animal``,
``in_vitro`` (for a clinical claim), ``other_population``.

Pure: the claim, the article's reading, its arms (:mod:`pipeline.nlp.arms`) and its design in; a
frozen :class:`Eligibility` out, with the sentence behind the decision. When the rules cannot tell,
the study stays eligible only if nothing speaks against it: an overstated grade is the worst error
this product can make, so a doubtful inclusion is resolved by the typed exclusion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from pipeline.claims.aboutness import claims_a_test
from pipeline.claims.direction import active_result_of, result_of
from pipeline.claims.direction_rules import (EXPOSURE_ESTIMATE, NULL, OUTCOME_TESTED, PASSIVE_RESULT_BY,
                                            reports_case_course)
from pipeline.claims.mentions import at_opposite_level, find_mentions, first_mention_at, name_symbol, names_concept, negated_only
from pipeline.claims.models import Claim, Concept, Polarity
from pipeline.claims.not_about import NotAboutKind, exclusion_reason, excludes, kind_of
from pipeline.claims.reading import OBJECTIVE
from pipeline.claims.route import route_not_taken
from pipeline.nlp.arms import StudyArms, cue, cue_words, sites_named
from pipeline.nlp.design import RANDOM  # the randomisation words (data/lexicons/design_cues.yaml randomised)
from pipeline.nlp.findings import terms
from pipeline.nlp.group_lists import listed_groups
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.sample_size import extract_sample_size
from pipeline.nlp.title_comparison import comparing_words, read_title
from pipeline.nlp.vocabulary import alternation, lexicon_file, phrase_pattern, sentence_comparing, vocabulary

REASONS = ("therapy_not_tested", "cointervention_only", "other_condition", "no_findings", "mechanism_not_measured")
INDIRECTNESS = ("add_on_to_surgery", "concentrate", "animal", "in_vitro", "other_population")
# PubMed publication types of records that report no study of their own
NO_FINDING_TYPES = ("Editorial", "Comment", "Letter", "News", "Published Erratum", "Biography", "Interview")
# a review describing itself: "Here we will analyze the main strategies … and discuss", "This review summarizes"
# (not "In this review of prospectively collected data, the authors analyzed 38 patients": a review of the study's own
# records is how a cohort or case-control study says it was done - fresh89 C927's 31251661)
_OWN_RECORDS = r"(?!\s+of\s+(?:(?:the|our|their)\s+)?(?:(?:prospectively|retrospectively|prospective|retrospective)\s+)?" \
               r"(?:(?:collected|maintained|recorded|gathered)\s+)?(?:data|records|charts|database|registry|patients|cases|medical))"
_REVIEW_SELF = compile_guarded(r"\b(?:this (?:narrative |comprehensive |brief |literature )?review" + _OWN_RECORDS +
                               r"|in this (?:review" + _OWN_RECORDS + r"|chapter)|"
                          r"here,? we (?:will )?(?:review(?:ed)?|analy[sz]e|discuss(?:ed)?|summari[sz]e[ds]?|describe|highlight(?:ed)?|outline[ds]?)|"
                          r"we outlined here|(?:presented|present|provide|provided|give|gave) a comprehensive overview of|"
                          r"we (?:will )?(?:review|discuss|summari[sz]e) (?:the|recent|current)|the present review|"
                          r"review (?:summari[sz]es|discusses|describes|highlights|outlines)|"
                          r"(?:a )?literature (?:search|review)\b[^.;]{0,250}?\bwas (?:performed|conducted|carried out)|"
                          r"to (?:critically )?(?:evaluate|review|summari[sz]e) the current (?:basic science|literature|evidence|data))\b", re.I)
_POOLED = compile_guarded(r"\b(?:meta-?analys\w*|pooled|standardi[sz]ed mean difference|SMD|weighted mean difference|"
                     r"odds ratio|risk ratio|\d+ (?:studies|trials|articles) (?:were|met)|included \d+)\b", re.I)
# a systematic review's own result: a pooled effect with its interval or heterogeneity
_POOLED_ESTIMATE = compile_guarded(r"\b(?:meta-?analys\w*|pooled|SMD|WMD|standardi[sz]ed mean difference|weighted mean difference|"
                              r"mean difference|odds ratio|risk ratio|relative risk|95\s*%\s*(?:CI|confidence)|I\s*[²2]\s*=|"
                              r"heterogeneity|forest plot)\b", re.I)
# an arm that did not get the therapy, named anywhere in the abstract
_NO_THERAPY_ARM = phrase_pattern(vocabulary("arms")["no_therapy_arm"])  # data/lexicons/arms.yaml
# cells prepared or differentiated before implantation: the preparation is what is compared
_PREPARATION = compile_guarded(r"\b(?:(?:pre-?)?differentiated|in vitro and in vivo|sheets?|spheroids?|aggregates?|pellets?)\b", re.I)


def _cues(key: str) -> str:
    """One list of data/lexicons/eligibility_cues.yaml, spliced into a pattern below."""
    return alternation("eligibility_cues", key)


# how a systematic review found its studies (eligibility_cues.yaml own_search)
_OWN_SEARCH = compile_guarded(rf"\b(?:{_cues('own_search')})\b", re.I)

# an abstract presenting a technique or an expert's practice ("This study describes a modified AMIC technique", "The
# paper presents professor WU Han-qing's experience in treatment of lumbar disc herniation with ...", "A procedure is
# described", "This technical note introduces an all-arthroscopic AMIC technique", "A modified technique termed
# ACT-collagen membrane seeding (ACT-Cs) has been developed", "We introduce this ACIC techniques")
_TECHNIQUE_SELF = compile_guarded(rf"\b(?:(?:this|the) (?:{_cues('technique_documents')}) (?:{_cues('technique_presents')})"
                             # (not "This report presents a patient who underwent ...": a case, eligibility_cues.yaml)
                             rf"(?! (?:{_cues('technique_presents_case')}))|"
                             rf"(?:a|the|this|our) (?:[\w-]+ ){{0,3}}(?:{_cues('technique_nouns')}) "
                             rf"(?:(?:{_cues('technique_naming')}) [^.;]{{1,80}}? )?(?:is|was|will be|has been) "
                             rf"(?:{_cues('technique_presented')})|{_cues('technique_named')}|"
                             # ("We introduce this ACIC techniques and its scientific background")
                             rf"we (?:{_cues('technique_we_present')}) (?:a|an|the|our|this|these) (?:[\w-]+ ){{0,3}}"
                             rf"(?:{_cues('technique_nouns')})s?)\b", re.I)
# (one lookbehind per word: Python's lookbehinds are fixed-width)
_NOT_AFTER = "".join(rf"(?<!\b{w} )" for w in vocabulary("eligibility_cues")["study_done_not_after"])
# what a study's abstract says it did or saw: "were treated", "was injected", "we evaluated", "showed"
_STUDY_DONE = compile_guarded(rf"\b(?:was|were|had been)\s+(?:\w+\s+)?(?:{_cues('study_done_passive')})\b|"
                         rf"\bwe\s+(?:\w+\s+)?(?:{_cues('study_done_we')})\b|"
                         rf"(?:^|(?<=[.!?] ))(?:{_cues('study_done_here')})|"
                         # "Microfracture ... has resulted in poor long-term outcomes": the field's record, not the study's;
                         # "can lead to ... increased morbidity", "with improved function": a participle before its noun
                         rf"(?<!\bhas )(?<!\bhave ){_NOT_AFTER}\b(?:{_cues('study_done_finite')})\b", re.I)
# one patient introduced ("is a 42-year-old ... male"): a case's own story, whatever its design was read as
_CASE_PATIENT = compile_guarded(rf"\b(?:{_cues('case_patient')})\b", re.I)
# the authors calling their findings new ("each of these mechanisms is novel"): their own, though said with no number
_NOVELTY = compile_guarded(rf"\b(?:{_cues('novelty')})\b", re.I)
# a title relating its subject to the therapy as a variable, right before the therapy's name (eligibility_cues.yaml
# title_correlate): "... in correlation with Helicobacter pylori infection"
_TITLE_CORRELATE = compile_guarded(rf"\b(?:{_cues('title_correlate')})\s+(?:[\w-]+\s+){{0,2}}$", re.I)
# a results sentence saying only that something was made (eligibility_cues.yaml built_*): "An evidence-based CDSS ... was
# developed with the active participation of ...", "we developed a web-based tool"
_BUILT = compile_guarded(rf"\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:{_cues('built_passive')})\b|"
                         rf"\bwe\s+(?:\w+\s+)?(?:{_cues('built_we')})\b", re.I)
_RESULT_NUMBERS = compile_guarded(r"\bp\s*[<=>≤]\s*0?\.\d|\b\d+(?:\.\d+)?\s*%|\bsignificant(?:ly)?\b", re.I)
# the claim's therapy as a concentrate or aspirate rather than cultured cells
_CONCENTRATE = compile_guarded(r"\b(?:aspirate|concentrate|BMAC|BMC|cBMA|stromal vascular fraction|SVF|bone marrow cells?|"
                          r"mononuclear cells?)\b", re.I)
_CULTURED = compile_guarded(r"\b(?:mesenchymal|MSCs?|stem cells?|stromal cells?)\b", re.I)


@dataclass(frozen=True)
class Eligibility:
    """Whether a study tests a claim: eligible, or the typed reason it does not; for eligible studies
    the kinds of indirectness; and the sentence the decision rests on."""

    eligible: bool
    reason: str | None = None
    indirectness: tuple[str, ...] = ()
    evidence: str = ""  # the sentence (or the words) behind the decision
    why: str = ""  # one line for the reviewer

    @property
    def status(self) -> str:
        return "eligible" if self.eligible else "excluded"


def _excluded(reason: str, why: str, evidence: str = "") -> Eligibility:
    return Eligibility(False, reason, (), evidence, why)


def _is_comparison_claim(claim: Claim) -> bool:
    return bool(claim.therapy.min_groups or claim.condition.min_groups)


def _own_word(concept, words: str) -> bool:
    """Whether ``words`` (a cue word or phrase) stand as whole words in one of ``concept``'s own names (its name and
    synonyms, any case)."""
    pat = re.compile(r"(?<![\w-])" + re.escape(words) + r"(?![\w-])", re.I)
    return any(pat.search(n) for n in concept.all_names)


def _names_therapy(claim: Claim, text: str, abbreviations: dict[str, str]) -> bool:
    return bool(text) and names_concept(claim.therapy, text, abbreviations)


def _names_therapy_as_given(claim: Claim, text: str, abbreviations: dict[str, str]) -> bool:
    """Whether ``text`` names the therapy as something that could be given: not only inside a longer name of the
    claim's condition (a disease named after its response to the therapy, "thiamine-responsive megaloblastic
    anaemia"), nor only as the name of the body's own handling of it ("the high-affinity thiamine transporter gene",
    "defective thiamine transport"; ``substance_biology`` of data/lexicons/arms.yaml)."""
    return bool(_therapy_mentions(claim, text, abbreviations)[0])


def _therapy_mentions(claim: Claim, text: str, abbreviations: dict[str, str]) -> tuple[list, list]:
    """(mentions of the therapy as something that could be given, mentions only inside the condition's name or naming
    the body's handling of it) in ``text`` (see :func:`_names_therapy_as_given`)."""
    text = text or ""
    conditions = find_mentions(claim.condition, text, abbreviations)
    given, biology = [], []
    for t in find_mentions(claim.therapy, text, abbreviations):
        # (a short form read as both, "TRMA" for "Thiamine-responsive megaloblastic anaemia", is the condition's)
        inside = any(k.start <= t.start and t.end <= k.end for k in conditions)
        (biology if inside or _biology_after().match(text, t.end) else given).append(t)
    return given, biology


@lru_cache(maxsize=1)
def _biology_after() -> re.Pattern:
    """The body's handling of a substance, right after its name: " transporter", " receptor", "-sensitive"."""
    return compile_guarded(r"(?:\s+(?:" + alternation("arms", "substance_biology") + r")|-(?:"
                           + alternation("arms", "substance_biology_suffix") + r"))(?![\w-])", re.I)


def _therapy_only_as_biology(case: _Case) -> str | None:
    """The words, when the study names the therapy (title and abstract) only inside the claim's condition's name or as
    the body's own handling of it ("the role of capsaicin-sensitive afferent nerves", "capsaicin receptor (TRVP1)
    immunostaining"): it gives the substance to no one. Else None. Not for a claim of harm: its exposure may itself
    be the body's own ("the TNF-α -308G/A gene polymorphism"), measured in the participants, never given."""
    if case.claim.asserts_harm:
        return None
    words = []
    # (title and abstract apart, not joined: each text's mentions are the ones the other readers have already asked for)
    for text in (case.title or "", case.reading.text):
        given, biology = _therapy_mentions(case.claim, text, case.ab)
        if given:
            return None
        words += [text[b.start:b.end + 12].split("\n")[0].strip() for b in biology]
    return "; ".join(dict.fromkeys(words[:3])) if words else None


@lru_cache(maxsize=1)
def _labels_genes_after() -> re.Pattern:
    """Genes labelled by the name just before: "-Related Key Gene Signature", " associated genes" (up to two words
    between the link and the noun: "key", "hub")."""
    return compile_guarded(r"[\s-]*(?:" + alternation("arms", "gene_label_links") + r")(?:\s+[\w-]+){0,2}?\s+(?:"
                           + alternation("arms", "gene_label_nouns") + r")(?![\w-])", re.I)


def _therapy_only_labelling_genes(case: _Case) -> str | None:
    """The title's words, when the title names the therapy (or exposure) only as the label of the genes it studies
    ("Establishment of Ferroptosis-Related Key Gene Signature and Its Validation in ... Intervertebral Disc Degeneration",
    "Derivation and Comprehensive Analysis of ageing-related genes in intervertebral disc degeneration"): a study of
    those genes' expression, which neither gives the therapy nor measures the process the claim is about. Else None.
    For claims of harm too: a signature of "ferroptosis-related" genes is not ferroptosis measured."""
    title = case.title or ""
    found = find_mentions(case.claim.therapy, title, case.ab)
    if not found:
        return None
    words = [_labels_genes_after().match(title, m.end) for m in found]
    if not all(words):
        return None
    return "; ".join(dict.fromkeys(title[m.start:w.end()] for m, w in zip(found, words)))


# a product made from the therapy, not the therapy: "MSC-derived extracellular matrix scaffolds", "MSC-conditioned medium"
_DERIVED = compile_guarded(r"^[\s-]*(?:derived|conditioned|secreted|released)\b", re.I)


def _arm_gives_therapy(claim: Claim, text: str, abbreviations: dict[str, str]) -> bool:
    """Whether an arm's words give the claim's therapy: a mention that is not only the source of a product
    made from it ("autologous bone MSC-derived ECM scaffolds" gives a matrix, not the cells)."""
    return any(not _DERIVED.match(text[m.end:m.end + 20]) and not at_opposite_level(claim.therapy, text, m.start)
               for m in find_mentions(claim.therapy, text, abbreviations)) if text else False


# a hyphen joining a product to the participle of what carries it ("PRP-immersed", data/lexicons/arms.yaml carrier_participles)
_CARRIER_PARTICIPLE = compile_guarded(r"-(" + alternation("arms", "carrier_participles") + r")\b", re.I)


def _other_active(claim: Claim, text: str, abbreviations: dict[str, str]) -> tuple[str, ...]:
    """Active products and procedures named in ``text`` besides the claim's therapy — and besides a
    procedure that is the claim's condition itself ("pain after meniscectomy" for post-meniscectomy pain)."""
    # "platelet-rich plasma-immersed": the product before a carrier's participle is named as given too
    text = _CARRIER_PARTICIPLE.sub(r" \1", text or "")
    words = cue_words("active", text) + cue_words("surgery", text)
    from pipeline.claims.models import Concept
    return tuple(w for w in words if not names_concept(claim.therapy, w, abbreviations)
                 and not find_mentions(Concept(w), " ".join(claim.therapy.all_names))
                 and not find_mentions(claim.condition, w, abbreviations))


# what joins two things given together: "BMAC and PRP", "drilling augmented with a PRP-immersed implant"
_JOIN = compile_guarded(r"^[\s,-]*(?:\([^)]*\)\s*)?(?:and|plus|in|after|following|during|\+|/|combined with|in combination with|together with|augmented with|"
                   r"immersed (?:in|with)|mixed with|suspended in|with (?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:[\w-]+-)?immersed|"
                   r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:[\w-]+-)?immersed)\s*(?:(?:autologous|allogeneic|the|a|an)\s+)?[\s,-]*$", re.I)
_PREPARED = compile_guarded(r"^\W*(?:[\w.×()-]+\s+){0,3}(?:were|was)\s+(?:prepared|mixed|combined|suspended|loaded|resuspended)\s+"
                       r"(?:with|in)\b[^.;]{0,40}$", re.I)


def _together(claim: Claim, sentence: str, abbreviations: dict[str, str]) -> tuple[str, ...]:
    """Other active products or procedures ``sentence`` joins to the claim's therapy ("X and Y", "X
    plus Y", "Y augmented with X", "combined X and Y")."""
    from pipeline.claims.models import Concept
    t = [(m.start, m.end) for m in find_mentions(claim.therapy, sentence, abbreviations)]
    if not t:
        return ()
    out = []
    # (the same length: "PRP-immersed" read as "PRP immersed", so the therapy's places stay where they were)
    named = _CARRIER_PARTICIPLE.sub(r" \1", sentence)
    for rxp in (cue("active"), cue("surgery")):
        for m in rxp.finditer(named):
            w = m.group(0)
            if names_concept(claim.therapy, w, abbreviations) or find_mentions(Concept(w), " ".join(claim.therapy.all_names)):
                continue
            if any(a <= m.start() < b for a, b in t):
                continue
            for a, b in t:
                gap = sentence[b:m.start()] if b <= m.start() else sentence[m.end():a]
                if len(gap) <= 60 and (_JOIN.match(gap) or _PREPARED.match(gap)):
                    out.append(w)
    return tuple(dict.fromkeys(out))


_COMBINATION_OF = compile_guarded(r"\bcombination of (?:the\s+)?(?P<a>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:and|with|plus)\s+"
                                  r"(?:the\s+)?(?P<b>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s+(?:in|leads?|led|was|were|is|are|"
                                  r"showed|shows|resulted|improved|improves|gave|gives|on|for|to)\b|\s*[,;.)]|$)", re.I)


def credits_only_in_combination(claim: Claim, sentence: str | None, arms: StudyArms | None,
                                abbreviations: dict[str, str]) -> str | None:
    """The other product ``sentence`` (the conclusion a link's direction was read from) joins to the claim's therapy,
    when one arm of ``arms`` got the two and another the therapy without it: "the combination of EPO and BMAC leads to
    an enhanced osteochondral healing" in a trial with a "scaffold with EPO" arm (fresh106 C1026, whose results say that
    arm did no better than the scaffold alone). The conclusion credits the combination and says nothing of the therapy
    alone. None otherwise."""
    if not sentence or arms is None or len(arms.arms) < 2:
        return None
    # (the products a word list knows, and whatever "the combination of A and B" names beside the therapy: "EPO" is in
    # no list)
    named = []
    for m in _COMBINATION_OF.finditer(sentence):
        a, b = (_names_therapy(claim, m.group(g), abbreviations) for g in ("a", "b"))
        if a != b:
            named.append(m.group("b") if a else m.group("a"))
    with_therapy = [t for t in (f"{a.label} {a.received}" for a in arms.arms) if _names_therapy(claim, t, abbreviations)]
    for w in dict.fromkeys([*_together(claim, sentence, abbreviations), *named]):
        partner = re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.I)
        # (a factorial trial: one arm names the two together, another the therapy without the other; an arm whose words
        # leave the other out is not enough - "AM and an adipose tissue-derived SVF injection" got the SVF in its PRP,
        # and "5 weekly injections of autologous conditioned plasma" came after the microfracture every arm had)
        if any(partner.search(t) for t in with_therapy) and any(not partner.search(t) for t in with_therapy):
            return w
    return None


# the therapy said to be added to what the study did anyway: "the role of added fibrin glue", "with the addition of
# fibrin glue" - what is compared is with and without it
_ADDED_BEFORE = compile_guarded(r"\b(?:addition of|added|adding)\s+(?:the\s+)?$", re.I)


def _therapy_added(claim: Claim, text: str, abbreviations: dict[str, str]) -> bool:
    """Whether ``text`` says the therapy was added ("with the addition of fibrin glue"): an arm without it is implied."""
    return any(_ADDED_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in find_mentions(claim.therapy, text, abbreviations))


def _combined_with(claim: Claim, side: str, abbreviations: dict[str, str]) -> str | None:
    """What one side of a title's comparison gives with the therapy, whatever it is, when the words say so: "combined
    X with Y", "X combined with Y" ("combined cataract surgery with 2 trabecular microbypass stents versus ab interno
    trabeculotomy": a device no word list names). Only a title's side: in an abstract's sentences "drainage combined
    with systemic antibiotics" is how the therapy is given, the standard care beside it (both reviewers count those
    case reports), and the words after "with" run on into the sentence ("combined with autologous cells constitute")."""
    for m in find_mentions(claim.therapy, side, abbreviations):
        w = (_WITH_AFTER.match(side[m.end:]) if _COMBINED_BEFORE.search(side[:m.start]) else None) or \
            _COMBINED_WITH_AFTER.match(side[m.end:])
        partner = w.group("partner").strip() if w else ""
        if partner and not names_concept(claim.therapy, partner, abbreviations):
            return partner
    return None


# the words of "combined X with Y" around the therapy X, and "X combined with Y": Y up to where its phrase ends
_PARTNER = r"(?P<partner>(?:(?!(?:" + alternation("arms", "combined_partner_stops") + r")\b)[\w-]+\s*){1,5})"
_COMBINED_BEFORE = compile_guarded(r"\bcombined\s+(?:(?:a|an|the)\s+)?$", re.I)
_WITH_AFTER = compile_guarded(r"^\s+with\s+(?:\d+\s+)?" + _PARTNER, re.I)
_COMBINED_WITH_AFTER = compile_guarded(r"^\s+(?:combined|in combination) with\s+(?:(?:a|an|the|\d+)\s+)?" + _PARTNER, re.I)


# a title that compares (the series is then not only the therapy's): "… are similar to hyaluronic acid-based …"
def _title_compares(title: str) -> bool:
    """The title compares something (``title_compares`` of data/lexicons/title_comparison.yaml)."""
    return comparing_words("title_compares").search(title) is not None
# an abstract that compares groups of patients treated differently, whatever the arms reader made of them
_GROUPS_COMPARED = compile_guarded(r"\bbetween (?:the )?(?:two |both |treatment )?(?:groups|arms|cohorts)\b|\bcontrol (?:group|arm)s?\b|"
                              r"\brandomi[sz]ed\b", re.I)
# designs of a clinical series of treated patients
_SERIES_DESIGNS = ("case_series", "cohort", "other", "non_randomized_trial")
# a sentence about some of a series' patients, not all of them
_SUBSET = compile_guarded(r"^\W*(?:in\s+)?(?:one|a single)\s+(?:patient|case|knee|subject)\b|^\W*(?:some|several|a few)\s+(?:of the\s+)?"
                     r"(?:patients|cases|knees|subjects)\b|^\W*(?:in\s+)?\d+\s+of\s+(?:the\s+)?\d+\s+(?:patients|cases|knees|subjects)\b", re.I)


def _alternative_to(claim: Claim, sentence: str, abbreviations: dict[str, str]) -> str | None:
    """Another active product the sentence gives instead of the therapy ("HTO combined with a BMAC or hUCB-MSC
    procedure", "BMAC or hUCB-MSCs in combination with scaffolds were implanted"): what the therapy comes with
    is then given to both alternatives, and the therapy is compared with the other product. The other product
    as written, else None."""
    if " or " not in sentence:
        return None
    for m in find_mentions(claim.therapy, sentence, abbreviations):
        if " or " not in sentence[max(0, m.start - 80):m.end + 20]:
            continue
        after = re.match(r"\s*(?:\([^)]*\)\s*)?(?:,\s*)?or\s+(?:(?:an?|the)\s+)?(?P<w>[\w-]+(?:\s+[\w-]+){0,3})", sentence[m.end:])
        before = re.search(r"(?P<w>[\w-]+(?:\s+[\w-]+){0,3})\s*(?:\([^)]*\)\s*)?,?\s+or\s+(?:(?:an?|the)\s+)?$",
                           sentence[max(0, m.start - 80):m.start])
        for side in (after, before):
            # (the parts of a compound name count: "hUCB-MSC" gives MSCs)
            words = side.group("w").replace("-", " ") if side else ""
            if side and not _names_therapy(claim, side.group("w"), abbreviations) and (
                    cue("active").search(words) or _cell_kinds(words)):
                return side.group("w")
    return None


def _same_product(a: str, b: str) -> bool:
    """Whether two namings share the words of a product ("AUTOLOGOUS CHONDROCYTE IMPLANTATION" and "implantation of
    autologous chondrocytes"): two content words in common (the findings reader's stemmed ``terms``), or every content
    word of a one-word naming."""
    wa, wb = terms(a), terms(b)
    return bool(wa and wb) and len(wa & wb) >= min(2, len(wa), len(wb))


def _generic_names(claim: Claim) -> tuple[tuple[str, ...], str]:
    """The therapy's names that are a generic tail of its own name ("drainage" of "percutaneous drainage",
    "stem cells" of "mesenchymal stem cells"), compared without a plural s, and the qualifier they drop
    ("percutaneous", "mesenchymal"); ((), "") when the catalog gives no such name."""
    name = claim.therapy.name.lower().strip()
    generic = []
    qualifier = ""
    for s in claim.therapy.all_names:
        s_norm = s.lower().strip().rstrip("s")
        if s_norm and name.rstrip("s").endswith(" " + s_norm):
            generic.append(s_norm)
            q = name.rstrip("s")[: -len(s_norm)].strip()
            qualifier = q if not qualifier or len(q) < len(qualifier) else qualifier
    return tuple(generic), qualifier


def _other_form(claim: Claim, text: str, abbreviations: dict[str, str]) -> str | None:
    """The other form the study gives when it names the claim's therapy only by its generic word, and
    qualifies that word as another form ("surgical drainage", "laparotomy and drainage" for a claim of
    percutaneous drainage) without ever naming the claim's own qualifier; else None."""
    generic, qualifier = _generic_names(claim)
    if not generic or not qualifier:
        return None
    mentions = find_mentions(claim.therapy, text, abbreviations)
    # (an abbreviation defined inside the name is no qualifier: "osteochondral (OC) allograft")
    if not mentions or any(re.sub(r"\s*\([^)]*\)", "", m.text).lower().rstrip("s") not in generic for m in mentions):
        return None
    # the claim's own form named anywhere ("percutaneous or surgical drainage", "drained percutaneously")
    stem = qualifier.split()[-1]
    if re.search(rf"\b{re.escape(stem[:max(5, len(stem) - 2)])}", text, re.I):
        return None
    other = cue("other_form")
    for m in mentions:
        before = text[max(0, m.start - 40):m.start]
        hit = [o for o in other.finditer(before) if re.fullmatch(r"[\s-]*(?:(?:and|or|with)\s+)?(?:the\s+)?", before[o.end():])]
        if hit:
            return text[max(0, m.start - 40) + hit[-1].start():m.end]  # as written: "laparotomy and drainage"
    return None


_FUNCTION_WORD = compile_guarded(r"\b(?:of|for|in|after|before|with|by|on|to|the|a|an|from|at)\b", re.I)


def _variants_compared(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The title compares two ways of giving the therapy — every arm gets it ("Comparison of the
    Anteroposterior and Posterior Approaches for Percutaneous Catheter Drainage", "Subchondral bone or
    intra-articular injection of … stem cells"): the words compared, else None. Not when the compared
    words name a control, another active product or, for a comparison claim, one of its groups."""
    for m in find_mentions(claim.therapy, title, abbreviations):
        prefix = title[:m.start]
        variants = [v for v in cue("therapy_variant").finditer(prefix)
                    if re.fullmatch(r"\s+(?:of|for|with|in|using|to)\s+(?:[\w-]+\s+){0,4}", prefix[v.end():], re.I)]
        if not variants:
            continue
        compared = prefix[:variants[-1].start()]
        # the two alternatives stand right before the variant word: "Anteroposterior and Posterior Approaches"
        alt = read_title(compared, "alternatives").at
        if not alt or not re.fullmatch(r"\s+[\w-]+(?:\s+[\w-]+)?\s+", compared[alt[-1].end:]) or \
                _FUNCTION_WORD.search(compared[alt[-1].end:]):
            continue
        compared = compared[max(0, alt[-1].start - 40):]
        # (a procedure among the compared words is another treatment, not a way of giving the therapy: "Comparing
        # Microfracture and Local Adherent Transplantation of … Stem Cells")
        if cue("control").search(compared) or cue("active").search(compared) or cue("surgery").search(compared) or \
                find_mentions(claim.therapy, compared, abbreviations):
            continue
        if any(find_mentions(_group(g), compared, abbreviations)
               for g in (*claim.condition.groups, *claim.therapy.groups)):
            continue
        return compared.strip() + " " + variants[-1].group(0)
    return None


_EFFECT_OF = compile_guarded(r"\b(?:the )?(?:effects?|influence|impact|role|benefit|efficacy) of (?P<x>.+?)\s+"
                        r"(?:on|in|for|after|following|with)\b", re.I)
_BACKGROUND_PROCEDURE = compile_guarded(r"\b(?:treated|repaired|managed|reconstructed) (?:with|by|using)\s|\b(?:following|after|"
                                   r"undergoing|during)\s|\b(?:in combination|combined) with\s", re.I)


def _title_tests_other_on_top(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The agent a title tests when it asks for the effect of something other than the therapy on a condition
    treated with the therapy ("The effect of platelet-rich plasma on osteochondral defects treated with
    mosaicplasty", "Effects of tranexamic acid on … defects treated by microfracture", "The efficacy of local
    continuous chemotherapy and postural drainage in combination with one-stage posterior surgery"); else None."""
    m = _EFFECT_OF.search(title or "")
    if not m or _names_therapy(claim, m.group("x"), abbreviations):
        return None
    rest = title[m.end("x"):]
    for t in find_mentions(claim.therapy, rest, abbreviations):
        # (within 50 characters: "in combination with one-stage posterior surgery")
        if _BACKGROUND_PROCEDURE.search(rest[max(0, t.start - 50):t.start]):
            return m.group("x").strip()
    return None


def _title_compares_aftercare(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The title's comparison when neither compared side names the therapy and the title names it only after the
    comparison, as what every compared patient had ("Weight-Bearing Compared with Non-Weight-Bearing Following
    Osteochondral Autograft Transfer": two aftercare regimens, the transfer in both arms); else None. Not when a side
    names a control ("healthy controls"): such a side may be the arm without the therapy."""
    for m in read_title(title or "", "arms").at:
        if _names_therapy(claim, m.before, abbreviations) or _names_therapy(claim, m.after, abbreviations):
            continue
        if cue("control").search(m.before) or cue("control").search(m.after):
            continue
        rest = title[m.end + len(m.after):]
        mentions = find_mentions(claim.therapy, rest, abbreviations)
        # the therapy right after "following", "after", "undergoing" (within 50 characters), and nowhere else
        if mentions and all(_BACKGROUND_PROCEDURE.search(rest[max(0, t.start - 50):t.start]) for t in mentions):
            return f"{m.before.strip()} {m.word.strip()} {m.after.strip()}"
    return None


def _title_prognostic(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The factor a title relates to the outcome of patients who all got the therapy ("Correlation Between
    Clinical and Radiological Outcomes After Matrix-Induced Autologous Chondrocyte Implantation", "Degree of
    Preoperative Subchondral Bone Edema Is Not Associated With Pain and Graft Outcomes After …", "Multi-factor
    analysis of failure of renal replacement therapy …"): the words from the title's start to the prognostic word
    (``prognostic_title`` of data/lexicons/arms.yaml), when the therapy is named only later, right after "after",
    "following" or "failure of" (``prognostic_link``); else None. A reviewer reads a prognostic-factor
    study as comparing patients by the factor, every one of them given the therapy: it does not test it."""
    word = cue("prognostic_title").search(title or "")
    if not word:
        return None
    mentions = find_mentions(claim.therapy, title, abbreviations)
    if not mentions or any(m.start < word.start() for m in mentions):
        return None
    link = cue("prognostic_link").pattern
    if not all(re.search(r"(?:" + link + r")\s+(?:[\w-]+\s+){0,2}$", title[max(0, m.start - 40):m.start], re.I)
               and m.start > word.end() for m in mentions):
        return None
    return title[:word.end()].strip()


def _comparator_only_history(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """A head-to-head claim's comparator that the title names only as the patients' earlier treatment ("Autologous
    Chondrocyte Implantation after Previous Treatment with Marrow Stimulation Techniques", "… after failed bone marrow
    stimulation leads to inferior clinical results"): every patient got the therapy, and the study compares them by
    what they had before. The comparator as the title names it; None when the title names it anywhere else (as an
    arm: "ACI versus microfracture after failed debridement") or names the therapy after it."""
    comparator = getattr(claim, "comparator", None)
    if comparator is None or not title:
        return None
    theirs = find_mentions(comparator, title, abbreviations)
    ours = find_mentions(claim.therapy, title, abbreviations)
    if not theirs or not ours or min(m.start for m in ours) > min(m.start for m in theirs):
        return None
    for m in theirs:
        # "after failed", "following previous treatment with" (``history`` of data/lexicons/arms.yaml) within four words
        lead = re.search(r"\b(?:after|following)\s+(?P<w>(?:[\w-]+\s+){0,3})$", title[max(0, m.start - 60):m.start], re.I)
        if not lead or not cue("history").search(lead.group("w")):
            return None
    return theirs[0].text


# the title gives the therapy as the vehicle of another product: "chondrocytes delivered by a heparin-based hydrogel",
# "Autologous Bone Marrow in a Hyaluronan-Based Delivery Vehicle", "hydrogel-mediated delivery of adipose-derived stem cells"
_DELIVERED_BY = compile_guarded(r"\b(?:delivered|carried|transported)\s+(?:by|via|with|in|within)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}$", re.I)
_VEHICLE_AFTER = compile_guarded(r"^[\s-]*(?:based\s+)?(?:delivery\s+vehicle|vehicle|carrier)s?\b|^[\s-]*(?:mediated|based)\s+delivery\s+of\b",
                            re.I)


# how a title makes the therapy part of a material construct: right before the construct's noun ("Cross-Linked
# Hyaluronate Scaffold", "Hyaluronic Acid-Based Cell-Free Scaffold"), or after it ("Polyglycolic Acid Membrane With
# Hyaluronan"); the nouns are arms.yaml's material_construct
_CONSTRUCT_AFTER = r"^[\s\-\u2013]*(?:(?:based|coated|loaded|containing|enriched|derived)\s+(?:[\w-]+\s+)?)?"
_CONSTRUCT_BEFORE = r"\s+(?:with|of|containing|plus|and|(?:coated|loaded|enriched)\s+with)\s+(?:[\w-]+\s+)?$"
# a therapy named by how it is given into the body: an injection, or one of routes.yaml's routes
_INJECTED = phrase_pattern(["inject*", *(w for key, words in vocabulary("routes").items()
                                        if key not in ("delivery_links", "separators") for w in words)])


def _implanted_construct(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """For a claim about injecting or taking a substance ("intra-articular hyaluronic acid", "hyaluronic acid
    injections"), the construct the title implants instead — every mention of the therapy in the title is part of
    a scaffold, membrane, matrix or implant made with it ("Hyaluronic Acid-Based Cell-Free Scaffold", "Polyglycolic
    Acid Membrane With Hyaluronan"); None otherwise, and for a claim whose therapy is itself such a construct
    ("hyaluronan-based scaffolds"). A reviewer reads the construct as another product than the injection."""
    name = claim.therapy.name
    material = cue("material_construct")
    if not title or not _INJECTED.search(name) or material.search(" ".join(claim.therapy.all_names)):
        return None
    mentions = find_mentions(claim.therapy, title, abbreviations)
    if not mentions:
        return None
    found = []
    for m in mentions:
        noun = re.match(_CONSTRUCT_AFTER + r"(?:" + material.pattern + r")", title[m.end:m.end + 60], re.I)
        before = re.search(r"\b(?:" + material.pattern + r")" + _CONSTRUCT_BEFORE, title[max(0, m.start - 60):m.start], re.I)
        if noun:
            found.append(title[m.start:m.end + noun.end()])
        elif before:
            found.append(title[max(0, m.start - 60) + before.start():m.end])
        else:
            return None  # the title also names the therapy on its own
    return found[0]


def _only_vehicle(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """For a claim whose therapy is a material (its name names no kind of cells), the title's words giving the
    material only as the vehicle of another product ("The use of de-differentiated chondrocytes delivered by a
    heparin-based hydrogel", "… Autologous Bone Marrow in a Hyaluronan-Based Delivery Vehicle"); None when the title
    compares (carriers set against each other: "PVA-chitosan composite hydrogel versus alginate beads as a … carrier")
    or names no such vehicle. A reviewer reads such a study as testing what is delivered."""
    if _cell_kinds(claim.therapy.name) or not title or _title_compares(title):
        return None
    for m in find_mentions(claim.therapy, title, abbreviations):
        before = _DELIVERED_BY.search(title[max(0, m.start - 60):m.start])
        after = _VEHICLE_AFTER.match(title[m.end:m.end + 40])
        # (a name that is itself a vehicle: "Hyaluronan-Based Delivery Vehicle")
        if re.search(r"\b(?:vehicle|carrier)s?\b", m.text, re.I):
            return m.text
        if before or after:
            return title[max(0, m.start - 60) + before.start():m.end] if before else title[m.start:m.end + after.end()]
    return None


def _group(words) -> Concept:
    """One group of a comparison claim (a list of words naming it) as a concept to find mentions of."""
    return Concept(words[0], tuple(words[1:]))


def _first_group_is_therapy(claim: Claim) -> bool:
    """Whether a comparison claim's first group is its therapy ("ACI beats microfracture"), not a kind of
    it ("bone marrow against adipose MSCs", where every arm gets the therapy by design)."""
    g = claim.condition.groups[0]
    return bool(find_mentions(_group(g), claim.therapy.name))


def _title_compares_groups(claim: Claim, title: str, abbreviations: dict[str, str]) -> bool:
    """Whether the title sets two of a comparison claim's groups against each other ("Arthroscopic
    Matrix-Assisted Autologous Chondrocyte Transplantation Versus Microfracture")."""
    concept = next((c for c in (claim.condition, claim.therapy) if c.min_groups), None)
    if concept is None or len(concept.groups) < 2:
        return False
    spans = []
    for i, g in enumerate(concept.groups):
        spans += [(m.start, m.end, i) for m in find_mentions(_group(g), title, abbreviations)]
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        gap = title[a[1]:b[0]]
        if a[2] != b[2] and len(gap) <= 80 and read_title(gap, "groups").compares:
            return True
    return False


def _title_sets_therapy_against(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The title's comparison when it sets the claim's therapy against something that is not the therapy
    ("Osteochondral autologous transplantation versus microfracture for …"): the therapy is what the
    compared arms differ by. None when either side names the therapy with another active product or
    procedure ("MSCs plus PRP versus HA"), when both sides name the therapy, or when the title does not
    compare. Only for a study that compares (the title says so in so many words)."""
    for m in read_title(title, "arms").at:
        # each side is read within the title's own clause ("… versus microfracture for the treatment of …";
        # what follows "following"/"after" is what both compared arms had: "Weight-Bearing Compared with
        # Non-Weight-Bearing Following Osteochondral Autograft Transfer" compares aftercare)
        before, after = m.before, m.after
        t_before = _names_therapy(claim, before, abbreviations)
        t_after = _names_therapy(claim, after, abbreviations)
        if t_before == t_after:
            continue
        side = before if t_before else after
        if _together(claim, side, abbreviations) or _other_active(claim, side, abbreviations) or \
                _combined_with(claim, side, abbreviations):
            continue
        return f"{before.strip()} {m.word} {after.strip()}"
    return None


def _title_therapy_only_with(claim: Claim, title: str, abbreviations: dict[str, str]) -> tuple[str, str] | None:
    """For a claim whose therapy is a material (a scaffold, matrix or membrane, naming no cells), the title's
    comparison when it sets the material seeded with cells against a side that names no cells ("Wharton's jelly MSCs
    combined with an acellular cartilage extracellular matrix scaffold improve cartilage repair compared with
    microfracture"): the compared arms differ by the cells and the material together, so the material's own effect is
    not isolated. The cells as the title names them and the comparison, or None. (For a claim about the cells the
    scaffold is their carrier, and a study of cells on it tests them: not read here.)"""
    # (a claim about a class of device, "cell-free scaffold", is not tested by a seeded one at all: read later)
    if _cell_kinds(claim.therapy.name) or _names_a_device_class(claim) or \
            not any(cue("scaffold").search(n) for n in claim.therapy.all_names):
        return None
    compared = read_title(title, "arms").at
    if len(compared) != 1:
        # "Stem cells versus chondrocytes versus BMP-2, solely or in combination": several arms, each side of one
        # comparison runs into another, so what a side gives with the therapy is not read from it
        return None
    m = compared[0]
    t_before = _names_therapy(claim, m.before, abbreviations)
    if t_before == _names_therapy(claim, m.after, abbreviations):
        return None
    side, other = (m.before, m.after) if t_before else (m.after, m.before)
    cells = sorted(_cell_kinds(side) - _cell_kinds(other))
    if not cells:
        return None
    return cue(cells[0]).search(side).group(0), f"{m.before.strip()} {m.word} {m.after.strip()}"


def _title_compares_forms_of_therapy(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The title's comparison when each side names the therapy, in one form or another ("Umbilical Cord
    Blood-Derived Mesenchymal Stem Cells Are More Effective Than Bone Marrow Aspiration Concentrate", both
    forms of a cartilage repair procedure): every arm gets the therapy. None when a side names it only to
    say it was not given, or the title does not compare."""
    for words in ("arms", "comparator_side"):
        for m in read_title(title, words).at:
            if all(_names_therapy(claim, side, abbreviations) and not negated_only(claim.therapy, side, abbreviations)
                   for side in (m.before, m.after)):
                return f"{m.before.strip()} {m.word} {m.after.strip()}"
    return None


def _every_listed_group_gets(claim: Claim, reading, arms: StudyArms) -> str | None:
    """The methods sentence listing the study's groups one by one (:func:`pipeline.nlp.group_lists.listed_groups`:
    "received one of the four treatments: mosaicplasty only, mosaicplasty with the CaAlg hydrogel, …"; "divided
    into 2 groups: … MSC implantation without a scaffold (group 1), and … MSCs loaded in fibrin glue (group 2)")
    when every group it lists is given the claim's therapy; else None. Not when the arms reader names a control
    arm without the therapy (the list may leave out an untreated control the abstract names elsewhere). The
    reviewers' definition: every arm receives it, so the comparison cannot isolate it."""
    ab = reading.abbreviations
    if any(a.is_control and not _names_therapy(claim, f"{a.label} {a.received}", ab) for a in arms.arms):
        return None
    for role, s in reading.roles:
        listed = listed_groups(s) if role == "body" else None
        if listed and all(_names_therapy(claim, g, ab) and not negated_only(claim.therapy, g, ab)
                          for g in listed.groups):
            return s
    return None


_OBSERVATIONAL = frozenset({"cohort", "case_series", "cross_sectional", "case_control", "non_randomized_trial"})
# the therapy named as given by itself: "OCA alone", "microfracture only"
_ALONE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:alone|only)\b", re.I)
# the therapy given with and without another treatment: "OCA transplantation with and without BMA augmentation"
_WITH_AND_WITHOUT_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?with\s+(?:and|or)\s+without\s+\w", re.I)
_VERSUS_SPLIT = re.compile(r"\b(?:" + sentence_comparing("eligibility_with_without_versus") + r")\s", re.I)


def _processed_form(claim: Claim, title: str, abbreviations: dict[str, str]) -> str | None:
    """The word of ``processed_form`` (data/lexicons/arms.yaml) that stands right before a mention of the therapy in
    the title, up to one word between ("Decellularized Osteochondral Allograft", "devitalised human cartilage"), unless
    the therapy's own names use it; else None."""
    for m in find_mentions(claim.therapy, title or "", abbreviations):
        before = re.search(r"([\w-]+)(?:\s+[\w-]+)?\s+$", title[:m.start])
        if before:
            for w in cue_words("processed_form", before.group(0)):
                if not _own_word(claim.therapy, w):
                    return w
    return None


def _preparation_of_therapy(words: str) -> bool:
    """Whether the first words after "with and without" name a preparation or modification of the therapy itself
    ("differentiation", "preconditioning"), not another treatment."""
    head = " ".join(words.split()[:3])
    return bool(_PREPARATION.search(head) or re.match(r"\W*(?:pre-?)?differentiat", head, re.I)
                or cue_words("modification", head))


def _therapy_alone_against_add_on(claim: Claim, reading, arms: StudyArms) -> str | None:
    """The sentence naming the therapy "alone" ("patients treated with OCA+BMAC or OCA alone") when a sentence of
    the study (background aside) gives the therapy joined to another active product or procedure ("OCA+BMAC",
    "OCA augmented with BMAC"), or the sentence giving the therapy "with and without" another ("patients who
    underwent OCA transplantation with and without BMA augmentation"), and the arms reader names no control arm
    without the therapy; else None. The therapy alone is then the comparator of an add-on: every arm gets it, and
    the comparison tests the add-on. Not when the title sets the therapy against another treatment ("polycaprolactone
    scaffold improves hyaline cartilage repair ... compared to a collagen type I/III scaffold"): with and without
    cells are two of its arms, the other treatment a third."""
    ab = reading.abbreviations
    if any(a.is_control and not _names_therapy(claim, f"{a.label} {a.received}", ab) for a in arms.arms):
        return None
    title = next((s for role, s in reading.roles if role == "title"), "")
    if _title_sets_therapy_against(claim, title, ab):
        return None
    said = [x for role, x in reading.roles if role != "background"]
    # "patients who underwent OCA transplantation with and without BMA augmentation": the add-on is what differs
    # (unless the sentence sets the therapy against another treatment: "JACI-BMAC Versus Microfracture With and Without
    # BMAC" compares microfracture with the graft)
    # (nor a preparation of the therapy itself: "hMSCs with or without differentiation" compares two forms of it)
    # (nor, for a claim of harm, the claim's own condition: "young people with chronic headaches with and without mental
    # health problems" sets apart those who have the outcome, no add-on; a claim of benefit's condition may be the
    # procedure it is added to: "ACI or OCA ... with and without concomitant high tibial osteotomy")
    both = next((x for x in said for m in find_mentions(claim.therapy, x, ab)
                 for w in [_WITH_AND_WITHOUT_AFTER.match(x[m.end:])] if w
                 for without in [x[m.end + w.end() - 1:][:60]]  # what the sentence has "with and without"
                 if not _preparation_of_therapy(without)
                 and not (claim.asserts_harm and find_mentions(claim.condition, without, ab))
                 and not any(not _names_therapy(claim, side, ab) for side in _VERSUS_SPLIT.split(x)[:2] if side.strip())),
                None)
    if both:
        return both
    alone = next((x for x in said for m in find_mentions(claim.therapy, x, ab) if _ALONE_AFTER.match(x[m.end:])), None)
    if alone and any(_together(claim, x, ab) for x in said):
        return alone
    return None


# the gap between the therapy and what it was prepared in: "was suspended in", "mixed with the"
_PREPARED_IN = re.compile(rf"^\W*(?:[\w.×()-]+\s+){{0,3}}(?:(?:were|was)\s+)?(?:{_cues('prepared_in')})\s+(?:with|in|into)\s+"
                          r"(?:(?:a|an|the|autologous|allogeneic)\s+)?$", re.I)


def _prepared_in(claim: Claim, reading, control_text: str) -> tuple[str, str] | None:
    """(the product, the sentence) when a methods or results sentence says the therapy was prepared in another
    active product before it was given ("The SVF was suspended in platelet-rich plasma (PRP) before injection into
    the joint") and the comparison arms' words (``control_text``) do not name that product; else None. The
    comparison then isolates the mixture, not the therapy (the reviewers: "SVF not isolated from PRP")."""
    ab = reading.abbreviations
    active = cue("active")
    for role, s in reading.roles:
        if role != "body":
            continue
        for t in find_mentions(claim.therapy, s, ab):
            for m in active.finditer(s, t.end, min(len(s), t.end + 70)):
                w = m.group(0)
                if names_concept(claim.therapy, w, ab) or find_mentions(Concept(w), " ".join(claim.therapy.all_names)):
                    continue
                if _PREPARED_IN.match(s[t.end:m.start()]) and \
                        not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", control_text, re.I):
                    return w, s
    return None


def _other_site(claim: Claim, title: str) -> tuple[str, str] | None:
    """(the claim's site, the title's site) when the claim's condition names exactly one body site and the
    title names another site and not the claim's: the therapy was tested elsewhere in the body."""
    claim_sites = sites_named(" ; ".join(claim.condition.all_names))
    if len(claim_sites) != 1:
        return None
    title_sites = sites_named(title)
    if not title_sites or claim_sites & title_sites:
        return None
    return next(iter(claim_sites)), sorted(title_sites)[0]


def _expand(text: str, abbreviations: dict[str, str]) -> str:
    """``text`` followed by the long forms of the abbreviations it uses ("AM alone" → "… arthroscopic
    microfracture"), so word lists match what an abstract abbreviates."""
    longs = [lf for short, lf in abbreviations.items() if re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)]
    return " ".join([text, *longs])


def _claims_a_cost(claim: Claim) -> bool:
    """Whether the claim's outcome is a cost ("more cost-effective than microfracture", "costs less than surgery from
    the beginning"; its condition names one, data/lexicons/arms.yaml cost_outcome): an economic evaluation or a
    decision model of the costs is then what tests it."""
    return cue("cost_outcome").search(claim.condition.name or "") is not None


def _therapy_result_said(therapy: Concept | None, reading) -> bool:
    """Whether a body sentence of ``reading`` has ``therapy`` as the subject of a result verb, right after its name
    (:func:`pipeline.claims.direction.active_result_of`)."""
    return therapy is not None and any(active_result_of(therapy, s, reading.abbreviations)
                                       for role, s in reading.roles if role != "title")


def _no_findings(reading, design: str | None, title: str, publication_types: tuple[str, ...],
                 therapy: Concept | None = None, reads_a_test: bool = False,
                 claims_a_cost: bool = False) -> Eligibility | None:
    if design == "protocol":
        return _excluded("no_findings", "a study protocol reports no findings", title)
    if any(t in NO_FINDING_TYPES for t in publication_types) and not reading.has_results_section:
        return _excluded("no_findings", "an editorial, comment or letter reports no study of its own", title)
    # (a case report "with a review of the literature" still reports its own case: read below)
    if cue("no_findings_title").search(title or "") and not _POOLED.search(reading.text) \
            and not (design == "case_report" or "Case Reports" in publication_types):
        return _excluded("no_findings", "the title says it is a review, editorial or technique note", title)
    # (a review that describes its own search reports what its included studies found, pooled or not: the blind
    # reviewers counted 22 of the 29 such reviews the development sets hold; one describing none reports no review)
    if design == "systematic_review" and not _POOLED_ESTIMATE.search(reading.text) \
            and not _OWN_SEARCH.search(reading.text):
        return _excluded("no_findings", "a systematic review that neither pools an estimate nor describes a search "
                         "of its own reports no review", title)
    if cue("bibliometric").search(f"{title} {reading.text}") and not _POOLED_ESTIMATE.search(reading.text):
        return _excluded("no_findings", "a bibliometric analysis counts publications; no result about the therapy", title)
    # a decision model or an expert consensus enrols no patients given the therapy: costs or opinions, not outcomes
    # (a claim whose outcome is a cost is tested by a model of the costs: only the consensus is no finding for it)
    whole = f"{title} {reading.text}"
    keys = ("expert_consensus",) if claims_a_cost else ("decision_model", "expert_consensus")
    model = min((m for key in keys if (m := cue(key).search(whole))), key=lambda m: m.start(), default=None)
    if model:
        return _excluded("no_findings", f"a decision model or expert consensus ({model.group(0)}) reports no outcome "
                         "of patients given the therapy", title)
    # a study of how well a test or score reads (reliability, diagnostic accuracy): what it finds is about the test
    # (not a word that is part of the therapy's own name: a claim about "shared decision-making")
    measured = next((m for m in cue("measurement_title").finditer(title or "")
                     if therapy is None or not any(t.start <= m.start() < t.end for t in
                                                   find_mentions(therapy, title, reading.abbreviations))), None) or next(
        (m for _, x in reading.roles if OBJECTIVE.search(x) for m in [cue("measurement_study").search(x)] if m), None)
    if measured and not reads_a_test:
        return _excluded("no_findings", f"a study of how well a test or score reads ({measured.group(0)}), not of what "
                         "the therapy did", title)
    economic = cue("economic_title").search(title or "")
    # (patients randomised in the study itself: an economic evaluation alongside a trial reports the trial)
    if economic and not RANDOM.search(reading.text) and not claims_a_cost:
        return _excluded("no_findings", f"an economic evaluation ({economic.group(0)}): what the therapy costs per outcome, "
                         "not what it did to patients", title)
    if reading.reports_no_data:
        return _excluded("no_findings", "a technique or hypothesis presented without outcome data", title)
    body = " ".join(s for role, s in reading.roles if role != "title")
    # a technique described in so many words, with no number or significance stated: a technical note (not a case
    # report that says how its patient did, nor one that states a result in the passive with its agent, "This response
    # is ablated ... when co-administered with ... dexamethasone", fresh186 C1508)
    if _TECHNIQUE_SELF.search(body) and not _RESULT_NUMBERS.search(body) \
            and not reports_case_course(body, publication_types) and not PASSIVE_RESULT_BY.search(body):
        return _excluded("no_findings", "a technique description states no result",
                         next((x for _, x in reading.roles if _TECHNIQUE_SELF.search(x)), title))
    # a report that only builds its therapy: its labelled results say, in every sentence and without a number, that
    # something was made ("RESULTS: An evidence-based CDSS ... was developed with the active participation of the
    # individuals involved"); its hopeful conclusion ("may potentially be leveraged to enhance ...") is no finding
    built = _only_built(reading)
    if built and not reports_case_course(body, publication_types):
        return _excluded("no_findings", "the results say only that something was built or designed; no outcome of its "
                         "use is reported", built)
    # (a case report is its patient's story, often told in its title alone: "Hyperbaric oxygen therapy for air embolism
    # complicating CT-guided needle biopsy of the lung"; what it gave and whether that is the claim's therapy is read
    # below)
    # (one that says in words what did not happen states a result: "infused monomethylmethacrylate ... did not generate
    # fat emboli, and did not cause depression of the arterial oxygen tension", four dogs; fresh156 C1329)
    # (nor one that says in words what the therapy did, its name the subject of a result verb: "alpha-Naphthoflavone
    # activates the aryl hydroxymethyl synthetase of both the microsomal membrane-bound and soluble enzymes of rat liver
    # and rat lung", two sentences from 1975; fresh191 C1538)
    # (only there: a longer abstract that says so in the present tense may be an overview retelling known effects,
    # "Nicotine also causes stress alleviating effects", fresh139 C1227, excluded by its reviewers)
    short = len([s for role, s in reading.roles if role != "title"]) <= 2
    said_short = short and _therapy_result_said(therapy, reading)  # (read once: both checks below ask it)
    if short and not _RESULT_NUMBERS.search(body) \
            and "Case Reports" not in publication_types and not NULL.search(body) and not said_short:
        return _excluded("no_findings", "the abstract states no result (two sentences, no numbers)", title)
    # a guideline or consensus statement (PubMed's type, or a consensus conference it names: the design reader's
    # "guideline") recommends; unless it pools data of its own, it reports no result ("[Urinary tract infection and
    # neurogenic bladder]": "The SPILF-AFU 2002 consensus conference provided answers ..."; fresh64 C726)
    if design == "guideline" and not _POOLED_ESTIMATE.search(body):
        return _excluded("no_findings", "a guideline or consensus statement recommends; it pools no data of its own",
                         title)
    # a case report "with a review of the literature" still reports its own case
    if design == "narrative_review" or (design not in ("rct", "meta_analysis", "case_report", "case_series")
                                        and _REVIEW_SELF.search(body) and not _POOLED_ESTIMATE.search(body)):
        return _excluded("no_findings", "a narrative review pools no data of its own",
                         next((s for s in reading.roles if _REVIEW_SELF.search(s[1])), ("", title))[1])
    # no number, no significance and no sentence saying what the authors did or saw: an overview, not a study
    if design in (None, "other", "narrative_review", "animal_study", "in_vitro") and not _RESULT_NUMBERS.search(body) \
            and not _STUDY_DONE.search(body) and not _CASE_PATIENT.search(body) and not _NOVELTY.search(body) \
            and not said_short:
        return _excluded("no_findings", "no study of its own: the abstract says nothing the authors did or found", title)
    # read as an observational study ("Longitudinal studies demonstrate …" made a cohort), but no sentence says what the
    # authors did and no count of participants is stated: other studies' results retold, a review
    if design in _OBSERVATIONAL and not _STUDY_DONE.search(body) and \
            extract_sample_size([x for role, x in reading.roles if role != "title"]).value is None:
        return _excluded("no_findings", "no study of its own: the abstract neither says what the authors did nor counts "
                         "any participants", title)
    return None


def _only_built(reading) -> str | None:
    """The first results sentence when the abstract's labelled results (a RESULTS section) say only that something was
    built, designed or developed: every sentence says so (:data:`_BUILT`) and none states a number; else None."""
    results = list(reading.results) if reading.has_results_section else []
    if results and all(_BUILT.search(s) and not re.search(r"\d", s) for s in results):
        return results[0]
    return None


def _case_told(reading):
    """The sentences in which a case report tells its own case: past its title and background, in order."""
    return (s for role, s in reading.roles if role not in ("title", "background"))


def _case_other_treatment(claim: Claim, reading) -> str | None:
    """The first sentence of a case in which its patient is given another treatment than the claim's therapy
    ("He was treated with phenytoin, lidocaine and hyperbaric oxygen", "Surgery was performed and included
    debridement"), the therapy's own words left aside, and what it contained ("injections of local anesthetics,
    corticosteroids and botulinum toxin"); else None. For a claim of harm, what the patient got once the harm
    happened treats the harm ("These abscesses ... required surgical drainage"): only what came before it counts."""
    ab = reading.abbreviations
    given, other = cue("given"), cue("case_other_treatment")
    for s in _case_told(reading):
        harm_at = first_mention_at(claim.condition, s, ab) if claim.asserts_harm else None
        # (or the patient fell ill after the therapy, "developed convulsions after CT-guided hook-wire localization":
        # the harm's onset, though the harm is named only later)
        onset = claim.asserts_harm and harm_at is None and _fell_ill_after_therapy(claim, s, ab)
        if harm_at is not None:
            s = s[:harm_at]
        if given.search(s) and not _PRACTICE.search(s):
            for part in _outside_therapy(claim, s, ab, with_contents=True):
                # "successfully treated without open surgery" names a treatment the patient did not get
                # (nor "antibiotic chemotherapy": the infection's background drugs)
                # (nor what the patient had in the past: "with a history of surgery of cardiac carcinoma")
                # (nor what the condition arose after: "meningitis associated with an epidural abscess 57 days after
                # surgery for a herniated spinal disk" - its cause, before it)
                if any(not _NOT_GIVEN.search(part[:m.start()]) and not _ANTIMICROBIAL_BEFORE.search(part[:m.start()])
                       and not _said_as_history(part[:m.start()])
                       and not _in_institution_name(part, m)
                       and not (harm_at is None and _condition_arose_after(claim, part[:m.start()], ab))
                       for m in other.finditer(part)):
                    return s
        if harm_at is not None or onset:
            break  # the rest of the case is the harm and its treatment
    return None


@lru_cache(maxsize=1)
def _onset_before_therapy() -> re.Pattern:
    """Before a therapy's name: the patient fell ill after it ("developed convulsions after ", "experienced chest
    pain following the "; ``harm_onset``, then ``condition_cause`` of data/lexicons/arms.yaml within the sentence,
    at most three words before the name)."""
    return compile_guarded(r"\b(?:" + alternation("arms", "harm_onset") + r")\b[^.;]{0,80}?\b(?:"
                           + alternation("arms", "condition_cause") + r")\s+(?:[\w-]+\s+){0,3}?$", re.I)


def _fell_ill_after_therapy(claim: Claim, sentence: str, ab: dict[str, str]) -> bool:
    """Whether ``sentence`` of a case says its patient fell ill after the claim's therapy (:func:`_onset_before_therapy`
    before one of its mentions)."""
    return any(_onset_before_therapy().search(sentence[:m.start]) for m in find_mentions(claim.therapy, sentence, ab))


@lru_cache(maxsize=2)
def _arose_after(interval: bool = False) -> re.Pattern:
    """Between a condition's name and a treatment's: the condition arose after it ("developed after", "following";
    ``condition_arising``, ``condition_cause`` of data/lexicons/arms.yaml), with at most three words before the
    treatment's name. ``interval``: maybe some time after ("developed 57 days after"; ``onset_interval_*``), as a case
    report's course says it; a harm claim's title names the cause without one."""
    gap = ""
    if interval:
        counts = r"\d+|" + "|".join(re.escape(w) for w in vocabulary("arms")["onset_interval_counts"])
        units = "|".join(re.escape(w) for w in vocabulary("arms")["onset_interval_units"])
        gap = r"(?:(?:" + counts + r")\s+(?:" + units + r")\s+)?"
    return compile_guarded(r"^\W*(?:(?:" + alternation("arms", "condition_arising") + r")\s+){0,2}" + gap + r"(?:"
                           + alternation("arms", "condition_cause") + r")\s+(?:[\w-]+\s+){0,3}?$", re.I)


def _condition_arose_after(claim: Claim, before: str, ab: dict[str, str]) -> bool:
    """Whether ``before`` (a case sentence up to another treatment's name) ends with the claim's condition and words
    saying it arose after what follows, maybe some time after (:func:`_arose_after`): the treatment came first, as the
    condition's cause."""
    named = find_mentions(claim.condition, before, ab)
    return bool(named) and _arose_after(interval=True).match(before[named[-1].end:]) is not None


def _outside_therapy(claim: Claim, s: str, ab: dict[str, str], with_contents: bool = False) -> list[str]:
    """The pieces of ``s`` outside the therapy's mentions (the therapy's own words are not another treatment);
    ``with_contents``: also leave out what the mention says it contained ("injections of local anesthetics,
    corticosteroids and botulinum toxin")."""
    rest, pos = [], 0
    for m in find_mentions(claim.therapy, s, ab):
        rest.append(s[pos:m.start])
        contents = _CONTENTS.match(s[m.end:]) if with_contents else None
        pos = m.end + (contents.end() if contents else 0)
    rest.append(s[pos:])
    return rest


@lru_cache(maxsize=1)
def _every_patient() -> re.Pattern:
    return compile_guarded(r"\b(?:" + alternation("arms", "series_every_patient") + r")\b", re.I)


def _series_all_got_other(case: _Case) -> str | None:
    """The sentence, when a small uncontrolled series says every patient also had another treatment of the condition
    besides the therapy ("In all five patients, disc evacuation, myelon decompression and cervical fusion using a PEEK
    cage disc replacement in a single-stage surgery were performed"): nothing isolates the therapy. Else None. Only
    procedures aimed at the condition count (``series_other_treatment``), not the operation that puts a device in, nor
    antibiotics (background care); not for claims of harm, whose exposure no one gives."""
    if case.claim.asserts_harm or not case.arms.single_arm or case.design not in ("case_series", "other", None):
        return None
    other = cue("series_other_treatment")
    for role, s in case.reading.roles:
        if role in ("title", "background") or not _every_patient().search(s):
            continue
        if any(not _NOT_GIVEN.search(part[:m.start()]) and not _in_institution_name(part, m)
               and not names_concept(case.claim.therapy, m.group(0), case.ab)
               for part in _outside_therapy(case.claim, s, case.ab) for m in other.finditer(part)):
            return s
    return None


# groups the abstract names, whatever the arms reader made of them ("patients were divided into two groups: group A
# (mini-open anterior approach focal cleaning combined with posterior internal fixation) and group B (...)", 28848226)
_GROUPS_NAMED = compile_guarded(r"\b(?:(?:two|three|four|2|3|4)\s+(?:\w+\s+)?groups|groups?\s+(?:[AB]|I{1,2}|[12])\b|"
                                + sentence_comparing("eligibility_groups_named") + r")\b", re.I)


def _series_title_combined(case: _Case) -> str | None:
    """The other treatment, when an uncontrolled series' title gives the therapy "combined with" (or "in combination
    with") it ("after distraction arthroplasty plus lateral meniscal allograft transplantation combined with cartilage
    repair", fresh119 C1108): every patient had both, and nothing isolates the therapy. Else None. Not for claims of
    harm, whose exposure no one gives; not when the other treatment is what the claim adds the therapy to, its
    comparator or its condition, nor background care (``series_background_care``); not when the study compares groups."""
    claim = case.claim
    # (a retrospective review of one treated group is read as a cohort: 35165755)
    if claim.asserts_harm or not case.arms.single_arm or case.design not in (*_SERIES_DESIGNS, None):
        return None
    text = case.reading.text
    if _title_compares(case.title) or _GROUPS_COMPARED.search(text) or _GROUPS_NAMED.search(text):
        return None
    partner = _combined_with(claim, case.title, case.ab)
    if not partner or cue("series_background_care").search(partner) or any(
            c is not None and names_concept(c, partner, case.ab)
            for c in (claim.condition, claim.added_to, claim.comparator)):
        return None
    return partner


@lru_cache(maxsize=1)
def _given_before() -> re.Pattern:
    # (a listed item between counts as a word: "injections of local anesthetics, corticosteroids")
    return compile_guarded(r"\b(?:" + alternation("arms", "exposure_given_before") + r")\s+(?:[\w()/-]+,?\s+){0,3}?$", re.I)


@lru_cache(maxsize=1)
def _given_after() -> re.Pattern:
    return compile_guarded(r"^(?:\s+[\w()/-]+){0,3}?\s+(?:was|were)\s+(?:\w+\s+)?(?:" +
                           alternation("arms", "exposure_given_after") + r")\b", re.I)


def _case_exposure_given(claim: Claim, reading) -> bool:
    """Whether a case report says its patient got the claim's therapy: a word of giving right before a mention of it
    ("treated with intravesical BCG", "underwent anterior cervical stabilization") or "was ... administered" right after
    (``exposure_given_before`` / ``exposure_given_after`` of data/lexicons/arms.yaml). A harm claim's exposure no
    sentence gives - a disease, an age, a state ("an epidural abscess compressing the spinal cord", "a male neonate was
    born") - is not a treatment the patient's other treatments could be given with."""
    ab = reading.abbreviations
    for _role, s in reading.roles:
        for m in find_mentions(claim.therapy, s, ab):
            if _given_before().search(s[max(0, m.start - 80):m.start]) or _given_after().match(s[m.end:m.end + 80]):
                return True
    return False


def _case_presented_with(claim: Claim, reading, title: str) -> str | None:
    """For a harm claim's case report whose title names the exposure and whose exposure no sentence says was given (a
    disease, a state): the sentence telling that its patient presented with the claim's condition within ten words
    ("presented with fever and low back pain", ``case_presented_with`` of data/lexicons/arms.yaml) - how the exposure
    showed itself in the case, its finding about it. Else None."""
    ab = reading.abbreviations
    if not claim.asserts_harm or not names_concept(claim.therapy, title, ab) or _case_exposure_given(claim, reading):
        return None
    presented = cue("case_presented_with")
    for s in _case_told(reading):
        for m in presented.finditer(s):
            at = first_mention_at(claim.condition, s[m.end():], ab)
            if at is not None and len(s[m.end():m.end() + at].split()) <= 10:
                return s
    return None


# what the therapy contained, said right after its name: "injections of local anesthetics, corticosteroids and
# botulinum toxin resulted in ..." (up to the verb that ends the phrase)
_CONTENTS = compile_guarded(r"^\s+(?:of|containing)\s+[^.;]*?(?=\s+(?:resulted|results|led|leads|caused|causes|produced|"
                            r"was|were|is|are|had|has|have)\b|[.;]|$)", re.I)


# what is done in general, not what the case's patient got: "… is usually treated by surgical drainage"
_PRACTICE = compile_guarded(rf"\b(?:{_cues('practice_words')})\b|\b(?:is|are)\s+(?:\w+\s+)?(?:{_cues('practice_passive')})\b", re.I)
_ANTIMICROBIAL_BEFORE = compile_guarded(r"\b(?:" + alternation("arms", "antimicrobial") + r")\s*$", re.I)
# a treatment's word inside the name of a department or ward ("reviewing medical records from the General Surgery
# department", "the Department of Orthopaedic Surgery") names where the study was done, not what its patients got
# (``institution_words`` of data/lexicons/arms.yaml; session 36, fresh59 C674)
_INSTITUTION_AFTER = compile_guarded(r"^\s+(?:" + alternation("arms", "institution_words") + r")\b", re.I)
_INSTITUTION_BEFORE = compile_guarded(r"\b(?:" + alternation("arms", "institution_words") + r")\s+(?:of|for)\s+"
                                      r"(?:[\w-]+\s+){0,2}$", re.I)


def _in_institution_name(text: str, m: re.Match) -> bool:
    """Whether the word ``m`` found in ``text`` is part of a department's or ward's name."""
    return bool(_INSTITUTION_AFTER.match(text[m.end():]) or _INSTITUTION_BEFORE.search(text[:m.start()]))


_NOT_GIVEN = compile_guarded(r"\b(?:" + alternation("arms", "not_given") + r")\b(?:\s+[\w-]+){0,2}\s*$", re.I)


# what says a product was given, not measured ("injected", "treated with", "loaded", "supplemented")
_ADMINISTERED = compile_guarded(r"\b(?:inject\w*|implant\w*|transplant\w*|administ\w*|deliver\w*|appl(?:y|ied|ication)|"
                           r"treated with|treatment with|loaded|load(?:ing)?|supplement\w*|added|adding|addition of|"
                           r"transfect\w*|transduc\w*|coated|seeded|soaked|infus\w*|receiv\w*|given|gave|dose\w*|"
                           r"(?:cultured|stimulated|incubated|combined|mixed|augmented|enhanced) with|exposed to|in the presence of|"
                           r"containing|[\w-]+-(?:treated|loaded|coated|releasing|eluting))\b", re.I)


def _only_measured(claim: Claim, reading) -> str | None:
    """The first sentence measuring the therapy, when every sentence of the study (title and background aside)
    names it only in sentences about a measured quantity — its concentration, levels or expression,
    ``measured_quantity`` of data/lexicons/arms.yaml — and none says it was given; else None.
    The reviewers' definition: a therapy measured as a biomarker is not tested."""
    if claim.asserts_harm:
        return None  # a claim of harm is about an exposure, which a study measures in its participants ("parasitaemia")
    if re.search(r"\bcells?\b", claim.therapy.name, re.I):
        return None  # cells are counted and typed, not measured as a level (labelling and markers are read elsewhere)
    ab = reading.abbreviations
    first = None
    for role, x in reading.roles:
        if role in ("title", "background"):
            continue
        mentions = find_mentions(claim.therapy, x, ab)
        if not mentions:
            continue
        if _ADMINISTERED.search(x) or not any(_measured_here(x, m) for m in mentions) \
                or any(_UNDERGONE.search(x[:m.start]) for m in mentions):
            return None
        first = first or x
    return first


# a procedure the participants underwent, named within three words after the verb ("patients who underwent
# arthroscopic microfracture surgery"): given, whatever "level" the sentence also measures (not "patients who underwent
# microfracture ... IGF-1 levels", where the verb's object is the surgery and the therapy is measured)
_UNDERGONE = compile_guarded(r"\bunder(?:went|going|goes|go)\s+(?:[\w-]+\s+){0,3}$", re.I)

# words between a measured quantity and the therapy it is of
_MEASURE_WINDOW = 8


def _measured_here(sentence: str, mention) -> bool:
    """The measured quantity belongs to this mention of the therapy: "BMP-2 levels", "concentrations of BMP-2
    and BMP-7", "High level expression … was found for BMP-2", "a correlation … between hepcidin and IL-6" — a word of
    ``measured_quantity`` or ``measured_relation`` within eight words of the mention, the sample it was read in right
    before it ("serum hepcidin", ``measured_sample``) or a laboratory reading right after it ("the hepcidin results",
    ``measured_reading``) — not "daily activity levels" a sentence later than an accelerated rehabilitation
    protocol is named (two sentences the splitter left joined)."""
    measured = cue("measured_quantity")
    near = _MEASURE_WINDOW
    before = re.findall(r"\w+", sentence[:mention.start])[-near:]
    after = re.findall(r"\w+", sentence[mention.end:])[:near]
    if any(measured.fullmatch(w) or cue("measured_relation").fullmatch(w) for w in (*before, *after)):
        return True
    # the sample right before the name, a laboratory reading right after it: "serum hepcidin", "the hepcidin results"
    if before and cue("measured_sample").fullmatch(before[-1]):
        return True
    return bool(after and cue("measured_reading").fullmatch(after[0])
                and not (before and cue("measured_reading_not_after").fullmatch(before[-1])))


def _refused(claim: Claim, sentence: str, abbreviations: dict[str, str]) -> bool:
    """Every mention of the therapy in ``sentence`` follows a refusal within a few words ("Because the patient
    refused to receive a drainage procedure, we gave him antibiotics"; ``refused`` of data/lexicons/arms.yaml) or a
    word saying it was not given ("He recovered ... without hyperbaric oxygen therapy"; ``not_given``): the patient did
    not get it. Not "was not treated with hyperbaric oxygen (HBO2) therapy until 39 hours after": that gave it, late."""
    mentions = find_mentions(claim.therapy, sentence, abbreviations)
    return bool(mentions) and all(re.search(cue("refused").pattern + r"(?:\s+[\w-]+){0,4}\s*$", sentence[:m.start], re.I)
                                  or (_NOT_GIVEN.search(sentence[:m.start]) and not _UNTIL_AFTER.match(sentence, m.end))
                                  for m in mentions)


_UNTIL_AFTER = compile_guarded(r"[^.;]{0,60}?\buntil\b", re.I)


def _case_outcome(claim: Claim, reading) -> str | None:
    """For a case report that gives no other treatment: the sentence saying its patient got the claim's
    therapy, when a sentence from there on says what happened to the patient; else None. A reviewer reads
    such a case as testing the therapy (uncontrolled, the weakest human evidence) even when its conclusion
    speaks only of the disease ("Systemic air embolism is a serious complication …")."""
    ab = reading.abbreviations
    body = [s for role, s in reading.roles if role != "title"]
    given, outcome = cue("given"), cue("case_outcome")
    at = next((i for i, s in enumerate(body) if given.search(s) and find_mentions(claim.therapy, s, ab) and not _refused(claim, s, ab)
               and not _together(claim, s, ab)), None)
    if at is not None and any(outcome.search(x) for x in body[at:]):
        return body[at]
    return None


# "tissue-engineered" names how cells were grown into a tissue, not a genetic modification; a title saying its
# implant has no scaffold ("a scaffold-free tissue-engineered construct derived from synovial MSCs") gives the
# cells themselves, whatever the construct is called
_NOT_A_CARRIER = compile_guarded(r"\btissue[\s-]engineered\b", re.I)
_SCAFFOLD_FREE = compile_guarded(r"\b(?:scaffold|carrier|matrix)[\s-]?(?:free|less)\b", re.I)


@lru_cache(maxsize=1)
def _matrix_biology_after() -> re.Pattern:
    """What the tissue's own matrix undergoes, right after the word: " degradation", " metalloproteinase"."""
    return compile_guarded(r"\s+(?:" + alternation("arms", "matrix_biology") + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _membrane_biology() -> tuple[re.Pattern, re.Pattern]:
    """(the cell a membrane is named as belonging to, ending the text before it; what follows a cell's own membrane)."""
    return (compile_guarded(r"\b(?:" + alternation("arms", "membrane_biology_before") + r")[\s-]+$", re.I),
            re.compile(r"membranes?(?:-|\s+)(?:" + alternation("arms", "membrane_biology_after") + r")\b", re.I))


def _cells_own_membrane(text: str, m: re.Match) -> bool:
    """Whether the scaffold word ``m`` of ``text`` is a cell's own membrane ("erythrocyte membranes", "Membrane-bound
    enzymes"; arms.yaml membrane_biology_*)."""
    if not m.group(0).lower().startswith("membrane"):
        return False
    before, after = _membrane_biology()
    return bool(before.search(text, 0, m.start()) or after.match(text, m.start()))


def _names_a_scaffold(text: str) -> bool:
    """Whether ``text`` (a title, an arm's words) names a scaffold or carrier, not the tissue's own matrix ("Matrix
    Degradation", "matrix metalloproteinase"), not a cell's own membrane ("in relation to erythrocyte membranes"), and
    not as absent ("scaffold-free")."""
    if _SCAFFOLD_FREE.search(text):
        return False
    return any(not _matrix_biology_after().match(text, m.end()) and not _cells_own_membrane(text, m)
               for m in cue("scaffold").finditer(text))

_CELL_KINDS = ("cells_chondrocyte", "cells_stem")


def _cell_kinds(text: str) -> set[str]:
    return {k for k in _CELL_KINDS if cue(k).search(text or "")}


def _other_cells(claim: Claim, title: str) -> str | None:
    """For a claim whose therapy is a kind of cells (its name says which: "chondrocyte-seeded scaffold",
    "mesenchymal stem cells"), the words by which the title gives cells of another kind only, or says its
    implant is acellular; None otherwise. The reviewers' definition: a different cell type or product does
    not test the claim."""
    claimed = _cell_kinds(claim.therapy.name)
    if not claimed:
        return None
    kinds = _cell_kinds(title)
    if kinds and not kinds & claimed:
        return next(m.group(0) for k in sorted(kinds) for m in [cue(k).search(title)] if m)
    acellular = cue("acellular").search(title or "")
    # "cellular versus acellular implants", "cell-seeded and cell-free scaffolds" compare with and without
    # cells: not acellular. ("decellularized chondrocyte sheets" are: the cells are removed.)
    rest = (title or "").replace(acellular.group(0), " ") if acellular else ""
    # the cells the acellular word qualifies were removed ("decellularized chondrocyte sheets"): any other
    # mention of the claim's kind of cells means they are given ("ADSCs and acellular cartilaginous matrix")
    given = re.sub(rf"{re.escape(acellular.group(0))}\s+[\w-]+", " ", title or "") if acellular else ""
    if acellular and not _cell_kinds(given) & claimed and not re.search(r"(?<![\w-])cellular\b|\bseeded\b|\bcell-(?:based|laden|loaded)\b|\bwith (?:or without|and without) cells\b",
                                   rest, re.I):
        return acellular.group(0)
    return None


def _controlled_title_experiment(claim: Claim, arms: StudyArms, title: str, abbreviations: dict[str, str],
                                 design: str | None, is_animal: bool, is_in_vitro: bool, is_human: bool) -> bool:
    """An animal or laboratory study whose title names the therapy alone (no other active product or procedure
    with it, no comparison) and whose arms are treated units against units named by control words only, the
    treated ones naming no other active product or procedure."""
    preclinical = design in ("animal_study", "in_vitro") or ((is_animal or is_in_vitro) and not is_human)
    if not preclinical or not _names_therapy(claim, title, abbreviations) or _title_compares(title):
        return False
    if _together(claim, title, abbreviations) or _other_active(claim, title, abbreviations):
        return False
    controls = [a for a in arms.arms if a.is_control]
    treated = [a for a in arms.arms if not a.is_control]
    return bool(controls and treated) and not any(
        _other_active(claim, _expand(f"{a.label} {a.received}", abbreviations), abbreviations) for a in treated)


def _alone_arm(word: str, texts) -> bool:
    """Whether one of ``texts`` names ``word`` (a co-intervention) with nothing added ("more effective than
    microfracture alone", "the microfracture-only group"; ``cointervention_alone_after`` of data/lexicons/arms.yaml):
    an arm got it alone, so the therapy added to it is compared with it."""
    pat = re.compile(rf"(?<![\w-]){re.escape(word)}[\s-]+(?:{alternation('arms', 'cointervention_alone_after')})\b", re.I)
    return any(pat.search(t or "") for t in texts)


def _named_by_condition(claim: Claim, word: str, abbreviations: dict[str, str]) -> bool:
    """Whether the claim's condition names ``word`` (or what the abstract defines it as): "autologous chondrocyte
    implantation" for "previous marrow stimulation increases the failure rate of autologous chondrocyte implantation".
    What the condition itself names is the claim's setting, which every arm is meant to share, not a co-intervention that
    hides the therapy (fresh89 C925)."""
    words = {word, abbreviations.get(word, word)}
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", n, re.I) for w in words for n in claim.condition.all_names)


def _in_history(word: str, text: str) -> bool:
    """Whether each place ``text`` names ``word`` follows, within three words, one saying it was the patient's
    history (``history`` of data/lexicons/arms.yaml: "two failed microfracture procedures", "prior debridement")
    or an event counted after the therapy (``outcome_event``: "conversion to arthroplasty", "need for further
    surgery"): either way not given with the therapy."""
    at = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    return bool(at) and all(_said_as_history(text[:i]) or cue("outcome_event").search(" ".join(text[:i].split()[-3:]))
                            for i in at)


@lru_cache(maxsize=1)
def _enrolment() -> re.Pattern:
    return compile_guarded(r"\b(?:" + _cues("enrolment") + r")\b", re.I)


def _enrolled_with_both(claim: Claim, reading, abbreviations: dict[str, str]) -> str | None:
    """The first of the study's own sentences that says who was enrolled (``enrolment`` of
    data/lexicons/eligibility_cues.yaml: "were included", "inclusion criteria"; and people, ``population_units`` of
    arms.yaml - "p32 was recruited to the inner nuclear membrane" enrols no one) and names both the claim's exposure and
    its condition: every participant had the two on entry. None otherwise."""
    for role, s in reading.roles:
        if role == "body" and _enrolment().search(s) and cue("population_units").search(s) \
                and find_mentions(claim.therapy, s, abbreviations) \
                and find_mentions(claim.condition, s, abbreviations):
            return s
    return None


def _said_as_history(before: str) -> bool:
    """Whether the three words ending ``before`` (the text right before a treatment's name) say it was the patient's
    history (``history`` of data/lexicons/arms.yaml: "prior", "two failed", "a history of")."""
    return bool(cue("history").search(" ".join(before.split()[-3:])))


def _attribution() -> str:
    """The words that put a harm down to a cause, after the harm's name: "as a consequence of", "developed secondary
    to" (``condition_arising``, ``harm_attribution`` of data/lexicons/arms.yaml)."""
    # ("as a rare complication of", "as iatrogenic complication of": up to two words after "as")
    return (r"\W*(?:(?:" + alternation("arms", "condition_arising") + r")\s+){0,2}(?:as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)?(?:"
            + alternation("arms", "harm_attribution") + r")\s+")


@lru_cache(maxsize=1)
def _attribution_before_therapy() -> re.Pattern:
    return compile_guarded(r"^" + _attribution() + r"(?:[\w-]+\s+){0,3}?$", re.I)


def _title_attributes_harm(claim: Claim, title: str, abbreviations: dict[str, str]) -> bool:
    """Whether a harm claim's case-report ``title`` names the therapy, within 80 characters after the claim's condition,
    as what the condition came from ("... caused by Mycobacterium bovis as a complication of intravesical bacillus
    Calmette-Guerin therapy"; ``harm_attribution`` of data/lexicons/arms.yaml): the authors put the harm down to the
    therapy, so the other treatments their patient had are history, not co-treatments that hide its effect."""
    if not claim.asserts_harm or not title:
        return False
    return _named_after_condition(claim, title, abbreviations, _attribution_before_therapy(),
                                  _start_of(claim.therapy, abbreviations))


def _start_of(concept: Concept, abbreviations: dict[str, str]) -> Callable[[str], int | None]:
    """A locator for :func:`_named_after`: the offset of ``concept``'s first mention in a text, or None."""
    return lambda after: next((t.start for t in find_mentions(concept, after, abbreviations)), None)


def _title_harm_arose_from(claim: Claim, title: str, abbreviations: dict[str, str]) -> bool:
    """Whether a harm claim's case-report ``title`` names the therapy right after the claim's condition as what the
    condition arose from, by cause or by course ("as a complication of", ``harm_attribution``; "after", "following",
    "during", ``condition_cause`` of data/lexicons/arms.yaml): "Simultaneous coronary and cerebral air embolism after
    CT-guided core needle biopsy of the lung". A case report's title is its finding; a bare "after" is enough for
    that, though not to make the patient's other treatments history (``_title_attributes_harm``)."""
    if not claim.asserts_harm or not title:
        return False
    return _title_attributes_harm(claim, title, abbreviations) or \
        _named_after_condition(claim, title, abbreviations, _arose_from_or_in_host(), _start_of(claim.therapy, abbreviations))


@lru_cache(maxsize=1)
def _arose_from_or_in_host() -> re.Pattern:
    """Either gap after a harm's name in a case title (:func:`_arose_after`, :func:`_host_after_condition`),
    in one pattern: the title's mentions are walked once."""
    return compile_guarded(f"(?:{_arose_after().pattern})|(?:{_host_after_condition().pattern})", re.I)


@lru_cache(maxsize=1)
def _host_after_condition() -> re.Pattern:
    """Between a harm's name and the exposure in a case report's title that reports the harm in a patient who has the
    exposure ("Psoas abscess with hip contracture in a patient with Crohn's disease"): up to four words, then one of
    ``condition_in_host`` (data/lexicons/arms.yaml), then up to two words (fresh59 C674)."""
    return compile_guarded(r"^(?:\s*[\w()/,-]+){0,4}?\s+(?:" + alternation("arms", "condition_in_host") +
                           r")\s+(?:[\w-]+\s+){0,2}?$", re.I)


@lru_cache(maxsize=1)
def _cause_verb_between() -> re.Pattern:
    return compile_guarded(r"^(?:\s+[\w()/-]+){0,2}?\s+(?:" + alternation("arms", "harm_cause_verbs") +
                           r")\s+(?:[\w()/-]+\s+){0,4}?$", re.I)


@lru_cache(maxsize=1)
def _with_between() -> re.Pattern:
    return compile_guarded(r"^(?:\s+[\w()/-]+){0,2}?\s+(?:" + alternation("arms", "exposure_with_harm") +
                           r")\s+(?:[\w()/-]+\s+){0,3}?$", re.I)


def _case_title_exposure_with_harm(claim: Claim, title: str, abbreviations: dict[str, str]) -> bool:
    """Whether a harm claim's case-report ``title`` names the therapy (the exposure) and then, after "with" or
    "complicated by" (``exposure_with_harm`` of data/lexicons/arms.yaml), the claim's condition within 80 characters:
    "Cat scratch disease with epidural extension while on antimicrobial treatment". A case title is the case's finding:
    its patient had the exposure and, with it, the harm."""
    if not claim.asserts_harm or not title:
        return False
    return _named_after(claim.therapy, title, abbreviations, _with_between(),
                        _start_of(claim.condition, abbreviations))


def _title_exposure_causes_harm(claim: Claim, title: str, abbreviations: dict[str, str]) -> bool:
    """Whether a harm claim's ``title`` names the therapy (the exposure) and then, through a verb of causing
    (``harm_cause_verbs`` of data/lexicons/arms.yaml), the claim's condition within 100 characters: "Nemopilema nomurai
    Jellyfish venom treatment leads to alterations in rat cardiomyocytes proteome". The title states the study's
    finding about the exposure."""
    if not claim.asserts_harm or not title:
        return False
    return _named_after(claim.therapy, title, abbreviations, _cause_verb_between(),
                        _start_of(claim.condition, abbreviations),
                        reach=100)


def _named_after_condition(claim: Claim, text: str, abbreviations: dict[str, str], gap: re.Pattern,
                           locate: Callable[[str], int | None]) -> bool:
    """Whether ``text`` names something (``locate``: its offset in the 80 characters after a mention of the claim's
    condition, or None) with only ``gap`` between the condition and it: "air embolism complicating pleural lavage"."""
    return _named_after(claim.condition, text, abbreviations, gap, locate)


def _named_after(concept: Concept, text: str, abbreviations: dict[str, str], gap: re.Pattern,
                 locate: Callable[[str], int | None], reach: int = 80) -> bool:
    """Whether ``text`` names something (``locate``: its offset in the ``reach`` characters after a mention of
    ``concept``, or None) with only ``gap`` between the mention and it."""
    for m in find_mentions(concept, text or "", abbreviations):
        after = text[m.end:m.end + reach]
        at = locate(after)
        if at is not None and gap.match(after[:at]):
            return True
    return False


def _causes_condition(claim: Claim, word: str, texts, abbreviations: dict[str, str]) -> bool:
    """Whether one of ``texts`` names ``word`` (a procedure) as what the claim's condition arose from, right after the
    condition ("cerebral air embolism complicating pleural lavage", "air embolism that developed during pleural lavage";
    ``condition_cause`` of data/lexicons/arms.yaml): the procedure caused the condition, it is no co-treatment."""
    own = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(_named_after_condition(claim, t, abbreviations, _arose_after(),
                                      lambda after: (w.start() if (w := own.search(after)) else None))
               for t in texts)


_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|" \
         r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ]\w+)?"


def _enrolled_with_condition(claim: Claim, reading, title: str) -> str | None:
    """A methods or results sentence counting the study's participants with the claim's condition ("Forty-six
    patients with full-thickness cartilage defects of the femur", "25 patients with 27 symptomatic traumatic defects
    of articular cartilage", "thirty patients were treated for symptomatic focal chondral lesions"), or None."""
    ab = reading.abbreviations
    units = alternation("arms", "population_units")
    # (not a count of some of them: "performed in four patients for a subsequent meniscal lesion")
    # (a whole number standing alone, not a measurement: "15.4 vs 24.4 msec; P < .05) and could be tracked in
    # osteochondral defects")
    rx = compile_guarded(rf"(?<!\bin )(?<!\bof )(?<!\bfor )(?<![\d.,/])\b{_COUNT}(?=\s|-year)[\w\s,;()±-]{{0,40}}?\b(?:{units})\b(?:[^.]|(?<=\d)\.(?=\d)){{0,100}}?"
                    r"\b(?:with|of|for|having|had|affected by|suffering from)\b", re.I)
    for role, s in reading.roles:
        m = rx.search(s) if role == "body" else None
        if not m:
            continue
        # the condition as one of several the series mixes ("for chondral lesions or osteochondritis dissecans",
        # "chondral lesions of the femoral condyles and trochlea": results for the mix, not for the claim's part;
        # "and" only right before the name, since "horizontal and noncontained OCD" joins two words about one lesion)
        named = [x for x in find_mentions(claim.condition, s, ab) if x.start >= m.start()
                 and not re.search(r"\bor\s+(?:\S+\s+){0,2}$|\band\s+$", s[:x.start])
                 and not re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:or|and)\b", s[x.end:])]
        if named and not _other_site(claim, s) and not _other_site(claim, title):
            return s
    return None


def _clinical_series_of_title_therapy(claim: Claim, reading, arms: StudyArms, title: str, design: str | None,
                                      is_human: bool, is_animal: bool) -> bool:
    """A clinical series of people (one arm, no groups compared) whose title names the claim's therapy alone as what
    its patients got (no other active product or procedure with it, no comparison)."""
    ab = reading.abbreviations
    return design in _SERIES_DESIGNS and is_human and not is_animal and arms.single_arm \
        and _names_therapy(claim, title, ab) and not _title_compares(title) and not _together(claim, title, ab) \
        and not _other_active(claim, title, ab) and not _GROUPS_COMPARED.search(reading.text) \
        and not _title_correlate(claim, title, ab)


def _title_correlate(claim: Claim, title: str, ab: dict[str, str]) -> bool:
    """Whether the title names the therapy only as a variable the study related its subject to ("Fhit protein expression
    in advanced gastric carcinomas in correlation with Helicobacter pylori infection and survival time":
    ``title_correlate`` of data/lexicons/eligibility_cues.yaml right before every mention): measured in some patients,
    not what a series gave them all."""
    mentions = find_mentions(claim.therapy, title, ab)
    return bool(mentions) and all(_TITLE_CORRELATE.search(title[max(0, m.start - 40):m.start]) for m in mentions)


def _treated_for_condition(claim: Claim, reading, title: str) -> str | None:
    """A sentence of the study's aim or methods naming the therapy given for the claim's condition ("a
    prospective registry of patients treated with OCA for focal chondral lesions", "MACI as first line
    procedure and treatment of traumatic cartilage defects"), or None: the study's participants have the
    condition, so its finding about the therapy is about them even where it does not repeat the condition.
    Not a results or conclusion sentence (those are the finding, already read), not a background sentence
    other than one stating the aim, and not the condition as one of several a series mixes or at another site."""
    ab = reading.abbreviations
    finding = set(reading.conclusion) | set(reading.results)
    for role, s in reading.roles:
        if role == "title" or s in finding or (role == "background" and not OBJECTIVE.search(s)):
            continue
        t = [m for m in find_mentions(claim.therapy, s, ab)]
        named = [x for x in find_mentions(claim.condition, s, ab)
                 if not re.search(r"\bor\s+(?:\S+\s+){0,2}$|\band\s+$", s[:x.start])
                 and not re.match(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:or|and)\b", s[x.end:])]
        if t and named and not negated_only(claim.therapy, s, ab) and not _other_site(claim, s) \
                and not _other_site(claim, title):
            return s
    return None


def _only_proposed(claim: Claim, reading, title: str) -> str | None:
    """The conclusion sentence proposing the therapy when that is the only sentence outside the background that
    names it (``proposal`` of data/lexicons/arms.yaml), else None. A title that names the therapy counts as such a
    proposal when it proposes too ("The combination of anti-KIR ... with anti-PD-1 ... could be a critical
    breakthrough ...") and the abstract's methods and results never name the therapy: the study suggests it, it
    did not give it."""
    ab = reading.abbreviations
    proposing_title = _names_therapy(claim, title, ab)
    if proposing_title and not cue("proposal").search(title):
        return None
    said = [x for role, x in reading.roles if role == "body" and _names_therapy(claim, x, ab)]
    conclusion = set(reading.conclusion)
    if all(x in conclusion and cue("proposal").search(x) for x in said) and (said or proposing_title):
        return said[0] if said else title
    return None


@dataclass(frozen=True)
class _Case:
    """What every study-level rule reads: the claim, the study's reading, arms and design, its title."""

    claim: Claim
    reading: object
    arms: StudyArms
    design: str | None
    title: str
    publication_types: tuple[str, ...]
    ab: dict[str, str]
    comparison_claim: bool


def _rule(reason: str, find: Callable[[_Case], object], why: Callable[[Claim, object], str], *,
          evidence: Callable[[_Case, object], str] = lambda case, found: case.title,
          comparison_claims: bool = False) -> Callable[[_Case], Eligibility | None]:
    """A rule that excludes with ``reason`` when ``find`` finds something (the words it rests on): ``why`` says
    it to the reviewer, ``evidence`` is the sentence shown (the title unless said). Most rules read what a
    study gives its arms and do not apply to a comparison claim, whose named groups are the arms."""
    def apply(case: _Case) -> Eligibility | None:
        if case.comparison_claim and not comparison_claims:
            return None
        found = find(case)
        return _excluded(reason, why(case.claim, found), evidence(case, found)) if found else None
    return apply


def _names_a_device_class(claim: Claim) -> bool:
    """The therapy's name is a kind of device and nothing more: every word before its last one a class word
    (``class_modifiers`` of data/lexicons/arms.yaml: "cell-free", "multilayer"), the last a scaffold word or an
    implant ("cell-free scaffold"; not "chitosan implants", nor "acellular dermal matrix")."""
    words = claim.therapy.name.split()
    if len(words) < 2:
        return False
    return all(cue("class_modifiers").fullmatch(w) for w in words[:-1]) and \
        bool(cue("scaffold").fullmatch(words[-1]) or cue("device_words").fullmatch(words[-1]))


def _gets_a_device(text: str) -> bool:
    """An arm's words give a scaffold or an implant ("chitosan-glycerol phosphate/blood implant"); the tissue's own
    matrix ("matrix degradation") and a construct without one ("scaffold-free") are no device (``_names_a_scaffold``)."""
    return _names_a_scaffold(text) or bool(cue("device_words").search(text))


def _mentions_if_untitled(case: _Case, keep) -> list[tuple[str, int]]:
    """Each mention of the therapy (its sentence, its offset) in the sentences whose role ``keep`` accepts, when the
    title does not name the therapy; empty when it does (a study whose title names the therapy is about it, whatever a
    later sentence's words around a mention say)."""
    claim, ab = case.claim, case.ab
    if _names_therapy(claim, case.title, ab):
        return []
    return [(s, m.start) for role, s in case.reading.roles if keep(role) for m in find_mentions(claim.therapy, s, ab)]


def _therapy_only_as_destination(case: _Case) -> str | None:
    """The sentence, when a study whose title does not name the therapy names it, outside the background, only as
    where another product went ("the nanoparticles remained within the nucleus pulposus cells", "were taken up by
    human IVD nucleus pulposus cells": ``destination`` of data/lexicons/arms.yaml, within five words before it):
    the cells are the target of what was given, not what was given. Else None."""
    at = _mentions_if_untitled(case, lambda role: role == "body")
    if at and all(cue("destination").search(" ".join(s[:i].split()[-5:])) for s, i in at):
        return at[0][0]
    return None


# a treatment counted as an event: "what better postpones total knee arthroplasty", "the need for knee replacement"
_OUTCOME_EVENT = compile_guarded(rf"(?:^|\W)(?:{_cues('outcome_event_before')})(?:\s+(?:a|an|the))?\s*$", re.I)


def _therapy_only_as_outcome_event(case: _Case) -> str | None:
    """The sentence, when every mention of the therapy in the title and the abstract outside the background is an event
    the study counts - right after "postpones", "the need for", "conversion to", "time to" (``outcome_event_before``
    of data/lexicons/eligibility_cues.yaml) - and no comparison the arms reader found names it on either side: marrow
    cells compared on how long they put off a knee replacement test the cells, not the replacement. Else None."""
    claim, ab = case.claim, case.ab
    if any(_names_therapy(claim, c.intervention, ab) or _names_therapy(claim, c.comparator, ab)
           for c in case.arms.comparisons):
        return None
    # (a short form in brackets right after the name restates it: "postpone total knee arthroplasty (TKA)")
    at = [(s, m.start) for role, s in case.reading.roles if role != "background" and s
          for m in find_mentions(claim.therapy, s, ab) if not s[:m.start].rstrip().endswith("(")]
    if at and all(_OUTCOME_EVENT.search(s[max(0, i - 40):i]) for s, i in at):
        return at[0][0]
    return None


# the title's turn to what its findings mean for: "...: implications for the use of mTOR inhibitors in ..."
_IMPLICATION = compile_guarded(rf"\b(?:{_cues('title_implication')})\b", re.I)


def _therapy_only_as_implication(case: _Case) -> str | None:
    """The title, when it names the therapy only after a turn to what the findings bear on ("implications for the use
    of mTOR inhibitors", "a strong basis for explaining amifostine selectivity": ``title_implication`` of
    data/lexicons/eligibility_cues.yaml) and no arm the abstract names gets it: the study is about something else,
    and the therapy is what its authors think the finding means for. Else None."""
    turn = _IMPLICATION.search(case.title)
    if not turn:
        return None
    named = find_mentions(case.claim.therapy, case.title, case.ab)
    if not named or any(m.start < turn.start() for m in named):
        return None
    if any(_arm_gives_therapy(case.claim, f"{a.label} {a.received}", case.ab) for a in case.arms.arms):
        return None
    return case.title


# what people think of the therapy, then the words that turn to it: "Expectations and Barriers Toward Traditional
# Chinese Medicine Utilization"
def _claim_names_say(claim: Claim, rx: re.Pattern) -> bool:
    """Whether one of the claim's own therapy or condition names matches ``rx``: a claim about views, use or fixing
    is itself about what a title rule would otherwise read as not testing the therapy."""
    return any(rx.search(n) for n in (*claim.therapy.all_names, *claim.condition.all_names))


_VIEWS = compile_guarded(rf"\b(?:{_cues('title_views')})\b", re.I)
_VIEWS_TOWARD = compile_guarded(rf"^[^.:;]{{0,40}}?\b(?:{_cues('title_views_toward')})\s+(?:the\s+)?$", re.I)


def _views_of_therapy(case: _Case) -> str | None:
    """The title, when it names the therapy right after what people think of it ("Patients' Expectations and Barriers
    Toward Traditional Chinese Medicine Utilization": ``title_views`` of data/lexicons/eligibility_cues.yaml, then a
    word of ``title_views_toward`` just before the therapy) and the claim names no such views itself: a survey of
    expectations or attitudes reports nothing the therapy did. Else None."""
    claim = case.claim
    views = list(_VIEWS.finditer(case.title))
    if not views or _claim_names_say(claim, _VIEWS):
        return None
    named = find_mentions(claim.therapy, case.title, case.ab)  # (once, not once per view word)
    return case.title if any(m.start >= view.end() and _VIEWS_TOWARD.match(case.title[view.end():m.start])
                             for view in views for m in named) else None


_USE_DETERMINANTS = compile_guarded(rf"\b(?:{_cues('title_determinants')})\b[^.:;]{{0,40}}?\b(?:"
                                    rf"{_cues('title_determinant_links')})\s+(?:[\w-]+\s+){{0,2}}?"
                                    rf"(?:{_cues('title_use_words')})\b", re.I)


def _use_determinants_of_therapy(case: _Case) -> str | None:
    """The title, when it asks what makes people use the therapy and names the therapy after that ("Sociocultural
    Factors that Affect Chewing Behaviors among Betel Nut Chewers": ``title_determinants``, ``title_determinant_links``
    and ``title_use_words`` of data/lexicons/eligibility_cues.yaml) and the claim names no such use itself: the study's
    outcome is the therapy's use, so it reports nothing the therapy did. Else None."""
    claim = case.claim
    asked = _USE_DETERMINANTS.search(case.title)
    if not asked or _claim_names_say(claim, _USE_DETERMINANTS):
        return None
    return case.title if any(m.start >= asked.start() for m in find_mentions(claim.therapy, case.title, case.ab)) \
        else None


def _only_as_fixative(case: _Case) -> str | None:
    """The sentence, when a study whose title does not name the therapy names it, outside the title, only as what fixed
    another implant in place (a word of ``fixation`` of data/lexicons/arms.yaml within five words before each mention:
    "fixed only with fibrin glue"), or, its title being about fixing something ("Quality of scaffold fixation"), names
    it first among the fixation methods compared. None when the claim itself is about fixing."""
    claim = case.claim
    fix = cue("fixation")
    if _claim_names_say(claim, fix):
        return None
    at = _mentions_if_untitled(case, lambda role: role != "title")
    if not at:
        return None
    after_fix = [_fixes_with(fix, s[:i]) for s, i in at]
    if all(after_fix) or (fix.search(case.title) and after_fix[0]):
        return at[0][0]
    return None


def _fixes_with(fix: re.Pattern, before: str) -> bool:
    """Whether the words before a mention say it fixed something: a fixation word within five words ("fixed only with
    fibrin glue"), or one earlier in the same clause with the mention its means ("the implantation and fixation of a
    cell-scaffold construct in a deep cartilage defect of the femoral condyle with fibrin glue")."""
    if fix.search(" ".join(before.split()[-5:])):
        return True
    clause = re.split(r"[,;:()]", before)[-1]
    return bool(fix.search(clause)) and re.search(r"\b(?:with|using|by)\s+$", clause) is not None


def _case_harm_arose_from(claim: Claim, reading) -> str | None:
    """For a harm claim, the first sentence of a case report, past its title and background, that tells the harm as
    arising from the therapy (the exposure) the way a case title does (:func:`_title_harm_arose_from`: "the case of
    13-year-old boy with subperiosteal abscess resulting from exacerbation of chronic frontal sinusitis"); else None.
    The case's own patient had the exposure, whether or not a sentence says it was given."""
    if not claim.asserts_harm:
        return None
    others = cue("others_cases")  # other reports' cases, not its own patient's
    return next((s for s in _case_told(reading) if not others.search(s)
                 and _title_harm_arose_from(claim, s, reading.abbreviations)), None)


@lru_cache(maxsize=1)
def _attribution_after_condition() -> re.Pattern:
    # (no "^": ``match`` at an offset anchors there, and "^" would want the string's start)
    return compile_guarded(_attribution(), re.I)


def _harm_put_down_to_other(case: _Case) -> str | None:
    """For a harm claim's case report, the sentence (title or the case's own) that puts the claim's harm down to
    another cause ("developed a large iliopsoas abscess as a consequence of a pyogenic sacroiliitis, initially
    misdiagnosed as a common sciatica and treated with corticosteroids"): the case says its patient was given the
    therapy (:func:`_case_exposure_given`), the cause, up to the clause's end, does not name it, and no sentence puts
    the harm down to the therapy (:func:`_case_harm_arose_from`, :func:`_title_harm_arose_from`). The case reports a
    harm the therapy is not said to have caused. Else None."""
    claim, ab = case.claim, case.ab
    # (only for an exposure the case says its patient was given - a drug, a procedure: where the exposure is itself a
    # disease, "spinal cord compression due to epidural actinomycosis" names the disease's own cause)
    if not claim.asserts_harm or case.design != "case_report" or _title_harm_arose_from(claim, case.title, ab) or \
            _case_harm_arose_from(claim, case.reading) or not _case_exposure_given(claim, case.reading):
        return None
    attributed = _attribution_after_condition()
    for s in (case.title, *_case_told(case.reading)):
        for m in find_mentions(claim.condition, s, ab):
            a = attributed.match(s, m.end)
            if a:
                cause = re.split(r"[,;:.()]", s[a.end():])[0]
                if re.search(r"[A-Za-z]{4}", cause) and not _names_therapy(claim, cause, ab):
                    return s
    return None


@lru_cache(maxsize=1)
def _not_exposed_before() -> re.Pattern:
    return compile_guarded(r"\b(?:" + alternation("arms", "case_subject") + r")\s+(?:" +
                           alternation("arms", "case_not_exposed") + r")\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _case_not_exposed(case: _Case) -> str | None:
    """For a harm claim's case report, the sentence saying its own patient did not have the exposure ("this patient did
    not have sickle cell disease or any other condition that would compromise the immune system"; ``case_subject`` and
    ``case_not_exposed`` of data/lexicons/arms.yaml): the case reports the harm without the exposure - it may name the
    exposure as a known association, it does not test it. None when the title names the exposure, or a sentence says the
    patient got it."""
    claim, ab = case.claim, case.ab
    if not claim.asserts_harm or case.design != "case_report" or _names_therapy(claim, case.title, ab) or \
            _case_exposure_given(claim, case.reading):
        return None
    for s in _case_told(case.reading):
        for m in find_mentions(claim.therapy, s, ab):
            if _not_exposed_before().search(s[max(0, m.start - 80):m.start]):
                return s
    return None


def _case_names_only_practice(case: _Case) -> Eligibility | None:
    """A case report naming the therapy only as general practice, never as what its patients got (nor, for a harm
    claim, as what its patient's harm arose from: :func:`_case_harm_arose_from`)."""
    claim, reading, ab = case.claim, case.reading, case.ab
    if _case_harm_arose_from(claim, reading):
        return None
    # (a therapy named only inside the condition's name or as the body's handling of it, "... family with
    # thiamine-responsive megaloblastic anaemia", "the thiamine transporter gene", is not said to be given)
    if (case.design in ("case_report", "case_series") or "Case Reports" in case.publication_types) and \
            not _names_therapy_as_given(claim, case.title, ab):
        said = [x for role, x in reading.roles if role != "title" and _names_therapy(claim, x, ab)]
        if said and not any(cue("given").search(x) and not _refused(claim, x, ab) for x in said
                            if _names_therapy_as_given(claim, x, ab)):
            return _excluded("therapy_not_tested", f"the case report names {claim.therapy.name} only as general "
                             "practice; it does not say its patients got it", said[0])
    return None


def _comparison_not_made(case: _Case) -> Eligibility | None:
    """A comparison claim whose named groups are not both compared: every arm gets the claim's therapy ("Both
    groups underwent ACI", for ACI against microfracture)."""
    claim = case.claim
    if case.comparison_claim and len(claim.condition.groups) >= 2 and _first_group_is_therapy(claim):
        others = [_group(g) for g in claim.condition.groups[1:]]
        for s in case.arms.cointervention_sentences:
            if _names_therapy(claim, s, case.ab) and not any(find_mentions(o, s, case.ab) for o in others):
                return _excluded("cointervention_only", f"every arm receives {claim.therapy.name}; "
                                 "the claim's comparison is not made", s)
    return None


def _named_beyond_background(concept: Concept, case: _Case) -> bool:
    """Whether the study names ``concept`` in its title or anywhere but its background: what the background
    names is what others did ("efficacious compared with microfracture" in earlier trials), not this study."""
    said = [case.title, *(x for role, x in case.reading.roles if role not in ("title", "background"))]
    return any(names_concept(concept, x, case.ab) for x in said)


def _allocated_against(claim: Claim, arms: StudyArms, ab: dict[str, str]) -> str | None:
    """The sentence randomising the study's participants to the therapy or to something without it, where one side
    of the allocation names the therapy and the other does not; else None."""
    for c in arms.comparisons:
        if RANDOM.search(c.sentence):
            sides = (_names_therapy(claim, c.intervention, ab), _names_therapy(claim, c.comparator, ab))
            if sides[0] != sides[1] and not negated_only(claim.therapy, c.intervention, ab) \
                    and not negated_only(claim.therapy, c.comparator, ab):
                return c.sentence
    return None


def _comparator_never_named(case: _Case) -> str | None:
    """A head-to-head claim ("a trifocal lens gives better intermediate vision than a bifocal") is tested only by
    a study that sets the therapy against the comparator it names: a series of the therapy alone, or a trial
    against something else, reports no finding on that comparison, even when its background recalls earlier
    trials against the comparator."""
    comparator = getattr(case.claim, "comparator", None)
    if comparator is not None and not _named_beyond_background(comparator, case) and not _graded_against(case):
        return comparator.name
    return None


@lru_cache(maxsize=1)
def _opposite_grades() -> frozenset[tuple[str, str]]:
    pairs = (tuple(x.split()) for x in vocabulary("arms")["graded_opposites"])
    return frozenset(p for a, b in pairs for p in ((a, b), (b, a)))


def _graded_opposites(claim: Claim) -> bool:
    """Whether the claim sets one grade of a thing against its opposite: the therapy's and the comparator's names the
    same but for opposite opening words ("larger biopsy needle" / "smaller biopsy needle"; arms.yaml graded_opposites)."""
    comparator = getattr(claim, "comparator", None)
    if comparator is None:
        return False
    t, c = claim.therapy.name.lower().split(), comparator.name.lower().split()
    return len(t) > 1 and t[1:] == c[1:] and (t[0], c[0]) in _opposite_grades()


def _graded_against(case: _Case) -> bool:
    """A claim of one grade against its opposite is tested by a study that names the therapy by its grade in a body
    sentence reporting a tested relation (an estimate of risk, a p-value, "than": "the use of a larger biopsy needle
    was a significant risk factor (P = 0.014)"): the grade is set against the others, whether or not the study names
    them. A series that only gives the graded therapy compares nothing, and stays excluded."""
    return _graded_opposites(case.claim) and any(
        role == "body" and (EXPOSURE_ESTIMATE.search(s) or OUTCOME_TESTED.search(s))
        and _named_by_grade(case.claim.therapy, s, case.ab) for role, s in case.reading.roles)


def _named_by_grade(therapy: Concept, sentence: str, ab: dict[str, str]) -> bool:
    """Whether ``sentence`` names ``therapy`` with its grade word (the name's first word: "larger", "early") in the
    mention or right before it: a mention may drop the word ("hyperbaric oxygenation" for "early hyperbaric
    oxygen"), and then names the thing at any grade."""
    grade = therapy.name.split()[0].lower()
    # the mention and the word before it (a dozen characters: "the use of a larger biopsy needle")
    return any(grade in re.findall(r"[a-z]+", sentence[max(0, m.start - 12):m.end].lower())
               for m in find_mentions(therapy, sentence, ab))


@lru_cache(maxsize=None)
def _claimed_outcome_patterns() -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """(outcome, how a claim asserts it, how an abstract reports it) from data/lexicons/claimed_outcomes.yaml."""
    return tuple((name, compile_guarded(rf"\b(?:{'|'.join(lists['claim'])})\b", re.I),
                  compile_guarded(rf"\b(?:{'|'.join(lists['reported'])})\b", re.I))
                 for name, lists in lexicon_file("claimed_outcomes").items())


def claimed_outcomes(claim: Claim) -> tuple[tuple[str, re.Pattern], ...]:
    """The hard clinical outcomes a claim's title or quotes assert ("prolongs survival", "prevents strokes"), each
    with the pattern of the words an abstract reports it by; empty for a claim naming none."""
    return _outcomes_asserted(" ".join([claim.title, *(q.text for q in claim.quotes)]))


@lru_cache(maxsize=1024)
def _outcomes_asserted(said: str) -> tuple[tuple[str, re.Pattern], ...]:
    # read once per claim text, not once per (claim, study) pair the link stage assesses
    return tuple((name, reported) for name, asserted, reported in _claimed_outcome_patterns() if asserted.search(said))


def _claimed_outcome_unreported(case: _Case) -> str | None:
    """A claim that names a hard outcome ("dexmedetomidine improves survival in sepsis") is tested only by a study
    that reports it: one whose title and abstract never name it (cytokines in septic mice; how long patients stay
    on an anticoagulant) measured something else. The outcome's name; None when reported or none is claimed."""
    text = f"{case.title} {case.reading.text}"
    return next((name for name, reported in claimed_outcomes(case.claim) if not reported.search(text)), None)


def _safety_only(case: _Case) -> str | None:
    """A claim that the therapy helps is tested only by a study that asks whether it works: one whose title and
    stated aims name the therapy's harms and nothing else ("Safety of pregabalin among hemodialysis patients
    suffering from uremic pruritus"; "to assess the safety and probability of adverse events") reports no finding on
    the claim. The title, which says so; None for a claim about harms, when any aim asks about efficacy, or when the
    abstract states a result on the claim's condition as the therapy's all the same ("Lentiviral transduction of
    autologous MSCs resulted in a significant increase of FVIII in the culture supernatant" under "Safety of ...
    lentivirally transduced mesenchymal stromal cells"; fresh190 C1533)."""
    if case.claim.polarity is not Polarity.BENEFIT or not _names_therapy(case.claim, case.title, case.ab) or \
            not cue("safety_aim").search(case.title):
        return None
    if any(cue("efficacy_aim").search(s) for s in _aims(case)):
        return None
    return None if any(role != "title" and result_of(case.claim.therapy, s, case.ab)
                       and names_concept(case.claim.condition, s, case.ab)
                       for role, s in case.reading.roles) else case.title


def _aims(case: _Case) -> list[str]:
    """The title and the sentences stating the study's aim: what the study says it asks."""
    return [case.title, *(s for role, s in case.reading.roles if role != "title" and OBJECTIVE.search(s))]


def _compares_genotypes(case: _Case) -> str | None:
    """A study whose title names its patients' genes as what it studies ("Methylene tetrahydrofolate reductase gene
    polymorphism in Egyptian children with acute lymphoblastic leukemia"), or whose stated aim does ("We studied the
    effect of this SNP on the plasma levels of HD-MTX") under a title that does not name the therapy, with no arm
    without the therapy and no randomisation: every patient got the therapy, and the study compares genotypes
    (``genotype_exposure`` of data/lexicons/arms.yaml). The sentence that says so; None when the claim itself names a
    genotype."""
    genes = cue("genotype_exposure")
    if any(genes.search(n) for n in (*case.claim.therapy.all_names, *case.claim.condition.all_names)):
        return None
    if any(a.is_control for a in case.arms.arms) or RANDOM.search(case.reading.text):
        return None
    # a title about the therapy's own effect, without genes ("Antitumor activity of ... TAK-733, against colorectal
    # cancer cell lines and patient derived xenografts"), studies the therapy; genotype is then a secondary question
    if not genes.search(case.title) and _names_therapy(case.claim, case.title, case.ab):
        return None
    return next((s for s in _aims(case) if genes.search(s)), None)


def _host_never_named(case: _Case) -> str | None:
    """An add-on claim ("adding bone marrow aspirate concentrate to an osteochondral allograft improves its
    integration") is tested only by a study that gives the treatment the therapy is added to: one that never names
    it outside its background (marrow concentrate with a scaffold, with a juvenile cartilage graft) tests the
    therapy on something else."""
    host = getattr(case.claim, "added_to", None)
    return None if host is None or _named_beyond_background(host, case) else host.name


_FREQUENCY_CLAIM = compile_guarded(rf"\b(?:{_cues('frequency_claim')})\b", re.I)


def _one_case_for_a_frequency(case: _Case) -> str | None:
    """The words of a claim about how common a cause or finding is ("a leading cause of", "most common"; eligibility_cues
    .yaml frequency_claim) when the study is one case: a single patient cannot show how common anything is. None
    otherwise."""
    if case.design != "case_report" and "Case Reports" not in case.publication_types:
        return None
    m = _FREQUENCY_CLAIM.search(case.claim.title or "")
    return m.group(0) if m else None


# The study-level rules, in the order they are tried (the first that decides wins): what the study reports,
# whether it gives the therapy at all, then whether an arm without the therapy exists. Each names the typed
# reason of issue 17 and the words it rests on.
STUDY_RULES: tuple[Callable[[_Case], Eligibility | None], ...] = (
    lambda case: _no_findings(case.reading, case.design, case.title, case.publication_types, case.claim.therapy,
                              claims_a_test(case.claim), _claims_a_cost(case.claim)),
    _rule("no_findings", _one_case_for_a_frequency, comparison_claims=True,
          why=lambda claim, words: f"one case cannot show how common a cause is (the claim: \"{words}\")"),
    _rule("no_findings", _comparator_never_named, comparison_claims=True,
          why=lambda claim, name: f"the study never names {name}: it reports no finding of {claim.therapy.name} "
                                  "against it"),
    # a claim naming a hard outcome (survival, stroke): the study must report it
    _rule("no_findings", _claimed_outcome_unreported, comparison_claims=True,
          why=lambda claim, outcome: f"the study never reports {outcome}, the outcome the claim names"),
    # the therapy named only as where another product went: "the nanoparticles remained within the nucleus pulposus cells"
    _rule("therapy_not_tested", _therapy_only_as_destination, evidence=lambda case, found: found,
          why=lambda claim, _: f"{claim.therapy.name} is named only as where another product went, not as what was given"),
    # the therapy named only as an event the study counts: "what better postpones total knee arthroplasty"
    _rule("therapy_not_tested", _therapy_only_as_outcome_event, evidence=lambda case, found: found,
          why=lambda claim, _: f"{claim.therapy.name} is named only as an event the study counts (put off, needed, "
                               "converted to), not as what it gave"),
    # the therapy named only inside the condition's name or as the body's handling of it ("capsaicin-sensitive afferent
    # nerves", "capsaicin receptor", "thiamine-responsive megaloblastic anaemia")
    _rule("therapy_not_tested", _therapy_only_as_biology,
          why=lambda claim, words: f"the study names {claim.therapy.name} only as the body's own handling of it or inside "
                                   f"the condition's name ({words}), never as given"),
    # the therapy named in the title only as what the findings bear on ("implications for the use of mTOR inhibitors")
    _rule("therapy_not_tested", _therapy_only_as_implication,
          why=lambda claim, _: f"the title names {claim.therapy.name} only as what the findings bear on, not as what "
                               "the study gave"),
    # the therapy named in the title only as the label of the genes studied ("Ferroptosis-Related Key Gene Signature")
    _rule("therapy_not_tested", _therapy_only_labelling_genes,
          why=lambda claim, words: f"the title names {claim.therapy.name} only as the label of the genes whose expression "
                                   f"the study analyses ({words}); it neither gives nor measures it"),
    # a survey of what people think of the therapy ("Expectations and Barriers Toward Traditional Chinese Medicine")
    _rule("no_findings", _views_of_therapy,
          why=lambda claim, _: f"the study asks what people think of {claim.therapy.name}, not what it does"),
    # a study of what makes people use the therapy ("Sociocultural Factors that Affect Chewing Behaviors among Betel Nut
    # Chewers")
    _rule("no_findings", _use_determinants_of_therapy,
          why=lambda claim, _: f"the study asks what makes people use {claim.therapy.name}, not what it does"),
    # the therapy only what fixed another implant in place ("fixed only with fibrin glue")
    _rule("therapy_not_tested", _only_as_fixative, evidence=lambda case, found: found,
          why=lambda claim, _: f"{claim.therapy.name} is named only as what fixed another implant, not as what was tested"),
    # a claim of benefit: a study of the therapy's harms alone does not ask whether it works
    _rule("no_findings", _safety_only, evidence=lambda case, found: found,
          why=lambda claim, _: f"the study reports only the safety of {claim.therapy.name}, not whether it works"),
    # a study of the patients' genes, every one of them given the therapy
    _rule("cointervention_only", _compares_genotypes, evidence=lambda case, found: found,
          why=lambda claim, _: f"every patient got {claim.therapy.name}; the study compares their genotypes"),
    # an add-on claim: the study must give the treatment the therapy is added to
    _rule("therapy_not_tested", _host_never_named, comparison_claims=True,
          why=lambda claim, host: f"the study never gives {host}, which the claim adds {claim.therapy.name} to"),
    # a claim about a route of delivery ("given intravenously"): the study must give the therapy that way
    _rule("therapy_not_tested", lambda c: route_not_taken(c.claim, [x for _, x in c.reading.roles], c.ab),
          comparison_claims=True, evidence=lambda case, found: found,
          why=lambda claim, _: f"the abstract names {claim.condition.name} only for something other than "
                               f"{claim.therapy.name}; the study does not give it that way"),
    # the therapy named only where the conclusion (or a proposing title) proposes it, never in the methods or results:
    # the study suggests it as a next step, it did not give it
    _rule("therapy_not_tested", lambda c: _only_proposed(c.claim, c.reading, c.title), evidence=lambda case, found: found,
          why=lambda claim, _: f"the study names {claim.therapy.name} only as a proposal; it does not give it"),
    # the therapy only measured, never given ("The concentrations of BMP-2 and BMP-7 were determined by ELISA")
    _rule("therapy_not_tested", lambda c: _only_measured(c.claim, c.reading), evidence=lambda case, found: found,
          why=lambda claim, _: f"the study measures {claim.therapy.name} in its participants; it does not give it"),
    # cells of another kind than the claim's, or an acellular implant, in the title
    _rule("therapy_not_tested", lambda c: _other_cells(c.claim, c.title),
          why=lambda claim, cells: f"the study gives {cells}, not {claim.therapy.name}"),
    # the therapy named only by its generic word, as another form of it ("surgical drainage")
    _rule("therapy_not_tested", lambda c: _other_form(c.claim, c.reading.text, c.ab), comparison_claims=True,
          evidence=lambda case, form: next((x for _, x in case.reading.roles if form in x), case.title),
          why=lambda claim, form: f"the study gives {form}, not {claim.therapy.name}"),
    # a claim about injecting a substance, a study implanting a construct made with it
    _rule("therapy_not_tested", lambda c: _implanted_construct(c.claim, c.title, c.ab),
          why=lambda claim, construct: f"the study implants {construct}, a construct made with it, not "
                                       f"{claim.therapy.name}"),
    _case_names_only_practice,
    # a harm claim's case report whose own patient did not have the exposure
    _rule("therapy_not_tested", _case_not_exposed, evidence=lambda case, found: found,
          why=lambda claim, _: f"the case report's patient did not have {claim.therapy.name}"),
    # a harm claim's case report that puts the harm down to another cause
    _rule("therapy_not_tested", _harm_put_down_to_other, evidence=lambda case, found: found,
          why=lambda claim, _: f"the case report puts the {claim.condition.name} down to another cause, not to "
                               f"{claim.therapy.name}"),
    # a small uncontrolled series whose every patient also had another treatment of the condition
    _rule("cointervention_only", _series_all_got_other, evidence=lambda case, found: found,
          why=lambda claim, _: f"every patient of the series also had another treatment of the condition besides "
                               f"{claim.therapy.name}; nothing isolates it"),
    # an uncontrolled series whose title gives the therapy combined with another treatment
    _rule("cointervention_only", _series_title_combined,
          why=lambda claim, partner: f"every patient of the series had {claim.therapy.name} combined with {partner}; "
                                     f"nothing isolates it"),
    # a case report whose patient got other treatments with the therapy does not isolate it
    # (not when a harm claim's title puts the harm down to the therapy: the case's other operations are its history;
    # nor when the claim is about what a test tells: the treatment the patient got does not change what the test read)
    _rule("cointervention_only", lambda c: _case_other_treatment(c.claim, c.reading)
          if c.design == "case_report" and not _title_attributes_harm(c.claim, c.title, c.ab)
          and not claims_a_test(c.claim)
          and not (c.claim.asserts_harm and not _case_exposure_given(c.claim, c.reading)) else None,
          evidence=lambda case, found: found,
          why=lambda claim, _: f"the case's patient got other treatments besides {claim.therapy.name}"),
    # the title tests another agent given on top of the therapy ("The effect of platelet-rich plasma on osteochondral
    # defects treated with mosaicplasty"): every arm gets the therapy
    _rule("cointervention_only", lambda c: _title_tests_other_on_top(c.claim, c.title, c.ab),
          why=lambda claim, on_top: f"every arm receives {claim.therapy.name}; the title tests {on_top} on top of it"),
    # the therapy only as the vehicle of another product: the study tests what it delivers
    _rule("cointervention_only", lambda c: _only_vehicle(c.claim, c.title, c.ab),
          why=lambda claim, vehicle: f"{claim.therapy.name} is only the vehicle of another product ({vehicle}); "
                                     "no arm isolates it"),
    # the title compares aftercare (or anything else) given after the therapy: every arm had it
    _rule("cointervention_only", lambda c: _title_compares_aftercare(c.claim, c.title, c.ab),
          why=lambda claim, compared: f"every arm receives {claim.therapy.name}; the title compares what followed it "
                                      f"({compared})"),
    # a prognostic-factor study: every patient got the therapy, the title relates another factor to the outcome
    _rule("cointervention_only", lambda c: _title_prognostic(c.claim, c.title, c.ab),
          why=lambda claim, factor: f"every patient received {claim.therapy.name}; the study relates another factor "
                                    f"to the outcome after it ({factor})"),
    # a head-to-head claim's comparator named only as what the patients had before: every one got the therapy
    _rule("cointervention_only", lambda c: _comparator_only_history(c.claim, c.title, c.ab),
          why=lambda claim, earlier: f"every patient received {claim.therapy.name}; {earlier} is what some had "
                                     "before it, not an arm"),
    # the title compares two ways of giving the therapy: every arm gets it
    _rule("cointervention_only", lambda c: _variants_compared(c.claim, c.title, c.ab), comparison_claims=True,
          why=lambda claim, variants: f"every arm receives {claim.therapy.name}; the study compares {variants}"),
    # the title sets one form of the therapy against another: every arm gets it
    _rule("cointervention_only", lambda c: _title_compares_forms_of_therapy(c.claim, c.title, c.ab),
          why=lambda claim, forms: f"every arm receives {claim.therapy.name}; the title compares {forms}"),
    # the methods list the study's groups one by one, and every one of them gets the therapy
    _rule("cointervention_only", lambda c: _every_listed_group_gets(c.claim, c.reading, c.arms),
          evidence=lambda case, found: found,
          why=lambda claim, _: f"every group the methods list receives {claim.therapy.name}"),
    # the therapy alone is the comparator of an add-on to it ("OCA+BMAC or OCA alone"): every arm gets it
    _rule("cointervention_only", lambda c: _therapy_alone_against_add_on(c.claim, c.reading, c.arms),
          evidence=lambda case, found: found,
          why=lambda claim, _: f"every arm receives {claim.therapy.name}; the study compares an add-on to it with "
                               f"{claim.therapy.name} alone"),
    _comparison_not_made,
)


def in_population(population: tuple[str, ...], species: tuple[str, ...], is_animal: bool, design: str | None) -> bool:
    """Whether a study's subjects are a claim's animal ``population`` (the catalog's species): the extraction
    names one of them among the study's ``species`` and reads the study as animal work (a species named in
    passing in a clinical or laboratory study does not make it one)."""
    return bool(set(population) & set(species)) and (is_animal or design == "animal_study") and design != "in_vitro"


def assess_eligibility(claim: Claim, reading, arms: StudyArms, design: str | None = None, *,
                       title: str = "", publication_types: tuple[str, ...] = (), not_about: str | None = None,
                       is_animal: bool = False, is_in_vitro: bool = False, is_human: bool = False,
                       species: tuple[str, ...] = (), not_about_kind: NotAboutKind | None = None) -> Eligibility:
    """Whether the study read as ``reading`` / ``arms`` tests ``claim``.

    ``not_about`` is the direction reader's reason for reading the finding as not about the claim
    (:mod:`pipeline.claims.aboutness`); it excludes unless the arms show the therapy is the factor
    that differs between arms. The rules decide on its kind, ``not_about_kind`` (the direction reader's
    ``DirectionResult.not_about_kind``; read from the words by :func:`pipeline.claims.not_about.kind_of` when not
    given), never on its words. ``design`` is the design reader's label where known; ``species`` the
    extraction's species of the study's subjects (for a claim about animals, catalog ``population``)."""
    ab = reading.abbreviations
    kind = NotAboutKind(not_about_kind) if not_about_kind else \
        kind_of(not_about, therapy=claim.therapy.name, condition=claim.condition.name)
    title = title or next((s for role, s in reading.roles if role == "title"), "")
    comparison_claim = _is_comparison_claim(claim)

    case = _Case(claim, reading, arms, design, title, tuple(publication_types or ()), ab, comparison_claim)
    for rule in STUDY_RULES:
        decided = rule(case)
        if decided is not None:
            return decided

    # (an arm named empty or untreated does not get a therapy whose own name says no such thing: "an empty
    # scaffold" is the control of a chondrocyte-seeded scaffold)
    empty = cue("empty_arm")
    t_arms = [a for a in arms.arms if _arm_gives_therapy(claim, f"{a.label} {a.received}", ab)
              and not (empty.search(f"{a.label} {a.received}") and not empty.search(claim.therapy.name))]
    other_arms = [a for a in arms.arms if a not in t_arms]
    # a laboratory experiment whose title names the therapy as what it tests, with treated units against units
    # named as controls (left empty, untreated, sham, saline), where the treated arm is named by an abbreviation or
    # construct word of its own ("The defects were implanted with an allogenic TEC or were left empty"): the
    # treated arm gives the title's therapy
    if not t_arms and not comparison_claim and _controlled_title_experiment(claim, arms, title, ab, design, is_animal,
                                                                            is_in_vitro, is_human):
        t_arms = [a for a in arms.arms if not a.is_control]
        other_arms = [a for a in arms.arms if a.is_control]
    isolated = bool(t_arms and other_arms)
    evidence = (t_arms[0].sentence if t_arms else "")

    if not comparison_claim:
        # no arms read, and the title sets a claimed material seeded with cells against a side without cells: the
        # pair is what was compared
        only_with = None if arms.arms else _title_therapy_only_with(claim, title, ab)
        if only_with:
            return _excluded("cointervention_only", f"{claim.therapy.name} is given only with {only_with[0]}, which "
                             "the comparison arm does not get", only_with[1])
        # every arm receives the therapy ("BMAC (25 knees) and hUCB-MSCs (27 knees)")
        if len(arms.arms) >= 2 and t_arms and not other_arms:
            return _excluded("cointervention_only", f"every arm receives {claim.therapy.name}; no arm without it",
                             t_arms[0].sentence)
        # a therapy named only as a kind of device ("cell-free scaffold"), and every other arm gets a device of that
        # kind too ("chitosan-glycerol phosphate/blood implant"): two members of the class compared
        if isolated and _names_a_device_class(claim) and all(_gets_a_device(f"{a.label} {a.received}") for a in other_arms):
            return _excluded("cointervention_only", f"every arm receives a {claim.therapy.name}: the study compares "
                             f"{other_arms[0].received} with {t_arms[0].received}", t_arms[0].sentence)
        for s in arms.cointervention_sentences:
            if _names_therapy(claim, s, ab):
                return _excluded("cointervention_only", f"every arm receives {claim.therapy.name}", s)
        # a comparison with the therapy on both sides
        for c in arms.comparisons:
            if _names_therapy(claim, c.intervention, ab) and _names_therapy(claim, c.comparator, ab) and not isolated \
                    and not negated_only(claim.therapy, c.intervention, ab) and not negated_only(claim.therapy, c.comparator, ab):
                return _excluded("cointervention_only", f"{claim.therapy.name} on both sides of the comparison",
                                 c.sentence)
        # the therapy arm carries another active product the other arms do not get (SVF suspended in PRP
        # against microfracture alone isolates SVF+PRP, not PRP)
        if isolated:
            control_text = " ".join(f"{a.label} {a.received}" for a in other_arms)
            extra = [w for a in t_arms for w in _other_active(claim, a.received, ab)
                     if not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", control_text, re.I)]
            if extra and all(w in cue_words("active", " ".join(extra)) for w in extra):
                return _excluded("cointervention_only", f"{claim.therapy.name} is given only with {extra[0]}, "
                                 "which the comparison arm does not get", t_arms[0].sentence)
            # (the same said in a sentence of its own: "The SVF was suspended in platelet-rich plasma before injection")
            prepared = _prepared_in(claim, reading, _expand(control_text, ab))
            if prepared:
                return _excluded("cointervention_only", f"{claim.therapy.name} is given only prepared in {prepared[0]}, "
                                 "which the comparison arm does not get", prepared[1])
        # the arms differ by another active product and never name the therapy: the therapy is its
        # carrier or a co-intervention ("SVF suspended in PRP" against microfracture alone)
        if len(arms.arms) >= 2 and not t_arms:
            # (an abbreviation the abstract defines as something else is not that product: "HA" for hydroxyapatite)
            differ = [w for w in arms.factor if cue("active").fullmatch(w) and not _names_therapy(claim, w, ab)
                      and (w not in ab or cue("active").search(ab[w]))]
            for s in (x for role, x in reading.roles if role == "body"):
                if differ and _names_therapy(claim, s, ab) and any(re.search(rf"(?<![\w-]){re.escape(w)}", s) for w in differ):
                    return _excluded("cointervention_only", f"the arms differ by {differ[0]}; {claim.therapy.name} "
                                     "comes only with it", s)
        # (not for a claim about what a test tells: the treatment every patient got is what the test looks at, not a
        # co-intervention of the test - "T2 mapping distinguishes repair cartilage", fresh91 C938)
        if arms.single_arm and not claims_a_test(claim):
            # single-arm: the therapy only ever given with surgery or another active product (a sentence about
            # some of the patients — "One patient with a lateral meniscal transplant and ACL reconstruction also
            # had …" — says what those few also had, not what the series got)
            # (a title that compares the therapy with another treatment — "hUCB-MSCs Are More Effective Than BMAC
            # for Cartilage Regeneration After High Tibial Osteotomy" — names after them what both arms had)
            title_compares = read_title(title, "comparator_side").compares and _names_therapy(claim, title, ab)
            # where an arm of the co-intervention alone would be named (not the background: "microfracture alone gives
            # fibrocartilage" says why the series added something)
            texts = (title, *(x for role, x in reading.roles if role != "background"))
            # what the abstract gives instead of the therapy ("randomly treated with either transplantation of an
            # autologous osteochondral cylinder or implantation of autologous chondrocytes"): a title naming the two
            # with "and" names the arms, not a combination
            instead = None  # read only when a combination is found
            for s in [*([] if title_compares else [title]), *(x for role, x in reading.roles if role == "body" and not _SUBSET.search(x))]:
                if _alternative_to(claim, s, ab):
                    continue
                others = [w for w in _together(claim, s, ab) if not _alone_arm(w, texts)
                          and not _named_by_condition(claim, w, ab)]
                if others:
                    if instead is None:
                        instead = [w for x in texts for w in [_alternative_to(claim, x, ab)] if w]
                    others = [w for w in others if not any(_same_product(w, x) for x in instead)]
                if others:
                    return _excluded("cointervention_only", f"{claim.therapy.name} is given only together with "
                                     f"{others[0]}, with no arm that isolates it", s)
            for c in arms.combinations:
                if not _names_therapy(claim, c.sentence, ab) or _alternative_to(claim, c.sentence, ab) or \
                        (title_compares and c.sentence == title):
                    continue
                partner = c.partner
                if _names_therapy(claim, partner, ab):
                    # "platelet-rich plasma in addition to ...": the therapy is the partner; the rest of the
                    # sentence says what it came with
                    partner = c.sentence
                # "even after two failed microfracture procedures": the patient's history, given before the therapy
                # ("severe cerebral air embolism complicating pleural lavage": what caused the condition)
                others = [w for w in _other_active(claim, partner, ab) if not _in_history(w, partner)
                          and not _alone_arm(w, texts) and not _causes_condition(claim, w, texts, ab)
                          and not _named_by_condition(claim, w, ab)]
                if others and design in ("case_series", "case_report", "other", None, "cohort", "non_randomized_trial", "rct"):
                    return _excluded("cointervention_only", f"{claim.therapy.name} is given only together with "
                                     f"{others[0]}, with no arm that isolates it", c.sentence)

    # the title's therapy is a genetically modified form of it: the study tests the modification
    # ("BMSCs genetically modified with bFGF/BMP2", "MSCs with COX-2 silence and TGF-β3 overexpression")
    # A word the therapy's own names use is the therapy, not a change to it: "engineered" for a claim about
    # engineered nasal chondrocyte grafts (synonym "engineered autologous cartilage tissue")
    # A gene or protein named by its symbol ("Smad6") is tested by overexpressing or silencing it: that is no change to
    # it but how a laboratory gives it or takes it away ("stable transfection of a full-length Smad6 construct";
    # fresh56 C649)
    modified = [w for w in cue_words("modification", _NOT_A_CARRIER.sub(" ", title))
                if not _own_word(claim.therapy, w)]
    if modified and _names_therapy(claim, title, ab) and not comparison_claim and name_symbol(claim.therapy.name) is None:
        return _excluded("therapy_not_tested", f"the study tests a modification of {claim.therapy.name} "
                         f"({modified[0]}), not the therapy itself", title)
    # the graft stripped of its cells, said right before the therapy's name ("a Decellularized Osteochondral Allograft")
    processed = _processed_form(claim, title, ab)
    if processed and not comparison_claim:
        return _excluded("therapy_not_tested", f"the study tests a processed form of {claim.therapy.name} "
                         f"({processed}), not the therapy itself", title)
    # a laboratory study with the therapy on a scaffold (or pre-differentiated) in the title, and no arm
    # without it anywhere: it compares scaffolds or preparations of the cells, every arm getting them
    # (a clinical series of cells on a scaffold is the therapy's own evidence, indirect at most)
    # (a preparation is of cells: "In vitro and in vivo cytotoxic effects of PRIMA-1" prepares no drug)
    preclinical = design in ("animal_study", "in_vitro") or ((is_animal or is_in_vitro) and not is_human)
    prepared = _PREPARATION.search(title) and _cell_kinds(" ; ".join(claim.therapy.all_names))
    if not comparison_claim and preclinical and not isolated and _names_therapy(claim, title, ab) and (_names_a_scaffold(title) or prepared) \
            and not _NO_THERAPY_ARM.search(reading.text) and not _therapy_added(claim, reading.text, ab):
        return _excluded("therapy_not_tested", f"the study compares scaffolds or preparations of {claim.therapy.name}; "
                         "no arm without it is named", title)
    # every arm gets cells: the therapy against another cell product, no arm without cells
    if isolated and not comparison_claim and re.search(r"\bcells?\b", claim.therapy.name) and all(
            re.search(r"(?<!-)\bcells?\b", f"{a.label} {a.received}", re.I) and not cue("control").search(f"{a.label} {a.received}")
            for a in other_arms):
        return _excluded("cointervention_only", f"every arm receives cells; no arm without {claim.therapy.name}",
                         other_arms[0].sentence)
    # the direction reader reads the finding as not about the claim: excluded unless the arms show the
    # therapy is what differs between them. (Rules that let a title or the methods overrule it were
    # tried and dropped: they added wrong inclusions on the held-out claims, see README.)
    # a comparison the title states outright ("ACI versus microfracture") is made, even when the
    # finding's sentences name the groups by forms the comparison reader misses (MACT, MF, CCP-ACI)
    compared_in_title = comparison_claim and kind in (NotAboutKind.NOT_COMPARED, NotAboutKind.FEWER_GROUPS) \
        and _title_compares_groups(claim, title, ab)
    # a title that sets the therapy against another treatment ("X versus microfracture") states the
    # experimental factor: a finding whose sentences name the therapy only by a form the mention reader
    # misses ("OAT" defined as "osteochondral transplantation") is still about it. Only the plain
    # "not about the therapy" reading yields to it, never "acts on", "every arm" or "method".
    against = _title_sets_therapy_against(claim, title, ab) if not comparison_claim and \
        kind is NotAboutKind.THERAPY else None
    # a case report or series whose patients got the therapy (alone) and whose outcome it tells: the outcome is
    # the finding about the therapy, whatever the conclusion's subject (only the plain "not about the therapy")
    case = _case_outcome(claim, reading) if design == "case_report" and kind is NotAboutKind.THERAPY else None
    # a harm case report whose title says its patient's harm arose from the therapy ("Fatal air embolism as a
    # complication of CT-guided needle biopsy of the lung", "... air embolism after CT-guided core needle biopsy of the
    # lung"): the title is the case's finding about the therapy, even when the abstract names the therapy only in what
    # is already known ("A CT-guided needle lung biopsy carries a risk of ...")
    case = case or (title if design == "case_report" and kind is NotAboutKind.THERAPY
                    and (_title_harm_arose_from(claim, title, ab) or _case_title_exposure_with_harm(claim, title, ab))
                    else None)
    # and so is the sentence in which the report tells its own patient's harm as arising from the therapy ("the case of
    # 13-year-old boy with subperiosteal abscess resulting from exacerbation of chronic frontal sinusitis")
    case = case or (_case_harm_arose_from(claim, reading) if design == "case_report"
                    and kind is NotAboutKind.THERAPY else None)
    # and so is the sentence telling what the patient of a case of the exposure - a disease or a state, never given -
    # presented with ("presented with fever and low back pain" in a report of a spinal epidural abscess): how the
    # exposure showed itself, whatever the conclusion says of its treatment (which may read as about something else, or
    # as acting on the exposure)
    case = case or (_case_presented_with(claim, reading, title) if design == "case_report" and kind in (
        NotAboutKind.THERAPY, NotAboutKind.CONDITION, NotAboutKind.ACTS_ON) else None)
    # so is any study's title that says the harm arose from the therapy ("Asymptomatic systemic air embolism after
    # CT-guided percutaneous transthoracic needle biopsy", a series of 1,000 biopsies): it names what the study found of
    # the exposure, whatever its conclusion's subject (risk factors among the exposed)
    harm_title = title if not case and kind is NotAboutKind.THERAPY \
        and (_title_harm_arose_from(claim, title, ab) or _title_exposure_causes_harm(claim, title, ab)) else None
    # a clinical series whose title names the therapy as what all its patients got ("Cell-free collagen type I
    # matrix for repair of cartilage defects—clinical and MRI results"): its results are the therapy's
    # (so are a single-arm series' when its finding also compares subgroups that all got the therapy: "less improvement
    # ... among patients who underwent concomitant AVR with CABG than among patients who underwent isolated AVR" beside
    # "improvements in LV systolic and diastolic function after AVR"; its subgroups are not a trial's arms)
    series = not case and not comparison_claim and kind in (NotAboutKind.THERAPY, NotAboutKind.EVERY_ARM) \
        and _clinical_series_of_title_therapy(claim, reading, arms, title, design, is_human, is_animal)
    case = case or (title if series else None)
    # the finding does not repeat the condition, but the methods count the participants who have it ("Eleven
    # patients with a cartilage defect of the knee were treated with the MACI system"): the finding is about them
    # (not when that sentence or the title puts them at another body site than the claim's)
    enrolled = _enrolled_with_condition(claim, reading, title) if not case and not comparison_claim and \
        kind is NotAboutKind.CONDITION else None
    # a clinical series of the therapy its title names, whose aim or methods say its patients were treated for the
    # claim's condition ("patients treated with OCA for focal chondral lesions"): its results are about them; so are a
    # randomised trial's whose title sets the therapy against another treatment ("Arthroscopic MACT Versus
    # Microfracture"; its aim: "To compare … MACT versus MFx for treating symptomatic knee cartilage lesions": every
    # patient randomised has the condition). Not a trial of two regimens after the therapy (23880403: rehabilitation
    # after MACI), whose aim names the therapy and the condition too
    enrolled = enrolled or (_treated_for_condition(claim, reading, title) if not case and not comparison_claim
                            and kind is NotAboutKind.CONDITION
                            and (_clinical_series_of_title_therapy(claim, reading, arms, title, design, is_human, is_animal)
                                 or (design == "rct" and is_human and not is_animal
                                     and _title_sets_therapy_against(claim, title, ab)))
                            else None)
    # a randomised allocation of the study's own participants to the therapy or to an arm without it ("randomized to
    # receive no health message, or either a gain-framed or loss-framed video"): the therapy is what the arms differ
    # by, whatever the finding's subject (only the plain "not about the therapy")
    allocated = not comparison_claim and not isolated and kind is NotAboutKind.THERAPY \
        and _allocated_against(claim, arms, ab)
    if excludes(kind) and not isolated and not compared_in_title and not against and not case and not enrolled \
            and not allocated and not harm_title:
        return _excluded(exclusion_reason(kind, mechanism=claim.polarity is Polarity.MECHANISM), not_about, title)

    # a harm claim's exposure that every participant of a randomised comparison of treatments has ("randomized to
    # osteochondral autologous transplantation (OAT, n=14) or a microfracture (MF, n=13) procedure ... in ACL-deficient
    # knees" for "a knee left without its ACL wears out its cartilage"): what was randomised is the treatments, never
    # the exposure, so the trial cannot tell what the exposure does (fresh110 C1052)
    sides = [f"{a.label} {a.received}" for a in arms.arms] or [x for c in arms.comparisons for x in (c.intervention,
                                                                                                   c.comparator)]
    if claim.asserts_harm and not comparison_claim and design == "rct" and len(sides) >= 2 and not t_arms \
            and not any(_names_therapy(claim, x, ab) for x in sides) and not case and not harm_title and not against \
            and not allocated:
        short = [re.split(r"\s*[(,;]", x.strip(), maxsplit=1)[0][:60] for x in sides]
        return _excluded("therapy_not_tested", f"the trial randomised {short[0]} against {short[1]}; "
                         f"{claim.therapy.name} is what every participant had, not what was compared",
                         (arms.arms[0].sentence if arms.arms else arms.comparisons[0].sentence))

    # a harm claim's exposure and its condition that every participant had on entry ("Nonarthritic nondysplastic
    # femoroacetabular impingement patients with an acetabular chondral lesion ... were included for arthroscopic
    # repair"): the study is of people who had both, so it cannot tell whether the exposure brought the condition;
    # what it tests is what they were then given (fresh133 C1187, a treatment series read as support for the exposure)
    entry = _enrolled_with_both(claim, reading, ab) if claim.asserts_harm and not comparison_claim and not t_arms \
        and not case and not harm_title and not against and not allocated else None
    if entry:
        return _excluded("therapy_not_tested", f"every participant had {claim.therapy.name} and "
                         f"{claim.condition.name} on entry: the study cannot tell whether one brought the other", entry)

    # the therapy tested in another tissue: "meniscus regeneration" for a cartilage claim
    # (only for a claim about a tissue: a mechanism claim — paracrine effects, homing — is tested in any organ)
    # (not when the therapy is itself made of or aimed at such a tissue: "meniscal allograft transplantation"
    # is tested in menisci)
    tissue_claim = any(cue("claim_tissue").search(n) for n in claim.condition.all_names) and \
        not cue_words("other_tissue", " ; ".join(claim.therapy.all_names))
    other_tissue: tuple[str, ...] = ()
    if tissue_claim:
        # (a tissue the claim's condition names itself is the claim's own: "cardiac" for survival after pericardiotomy
        # for cardiac tamponade; fresh148 C1279)
        own_tissue = {w.lower() for w in cue_words("other_tissue", " ; ".join(claim.condition.all_names))}
        other_tissue = tuple(w for w in cue_words("other_tissue", title) if w.lower() not in own_tissue)
    if other_tissue and not find_mentions(claim.condition, title, ab) and not comparison_claim \
            and not any(find_mentions(claim.condition, w) for w in other_tissue):
        return _excluded("other_condition", f"the title's subject is {other_tissue[0]}, not {claim.condition.name}", title)

    other_site = _other_site(claim, title)
    if other_site and not comparison_claim:
        return _excluded("other_condition", f"the title's site is the {other_site[1]}, not the {other_site[0]} "
                         f"of {claim.condition.name}", title)

    kinds: list[str] = []
    surgery = cue("surgery")
    if isolated and arms.cointerventions and any(surgery.search(_expand(c, ab)) for c in arms.cointerventions):
        kinds.append("add_on_to_surgery")
    elif isolated and any(surgery.search(_expand(a.received, ab)) for a in t_arms) and \
            any(surgery.search(_expand(a.received, ab)) for a in other_arms):
        kinds.append("add_on_to_surgery")
    mentions = find_mentions(claim.therapy, reading.text, ab)
    if _CULTURED.search(claim.therapy.name) and mentions and all(_CONCENTRATE.search(m.text) or
                                                                  _CONCENTRATE.search(ab.get(m.text, ""))
                                                                  for m in mentions):
        kinds.append("concentrate")
    if claim.population:
        # a claim about animals: its own species is the direct population, anything else (people included) not
        if not in_population(claim.population, tuple(species), is_animal, design):
            kinds.append("other_population")
    elif design == "animal_study" or (is_animal and not is_human):
        kinds.append("animal")
    elif design == "in_vitro" or (is_in_vitro and not is_human):
        kinds.append("in_vitro")
    why = (f"{claim.therapy.name} is what differs between arms" if isolated else
           f"the title sets {claim.therapy.name} against another treatment: {against}" if against else
           f"the study's patients got {claim.therapy.name} and the abstract says what happened to them "
           "(uncontrolled)" if case and excludes(kind) else
           f"the finding is about the participants the methods count with {claim.condition.name}" if enrolled else
           f"the title says {claim.condition.name} arose from {claim.therapy.name}" if harm_title else
           f"{claim.therapy.name} is the study's {'exposure' if claim.asserts_harm else 'intervention'}")
    return Eligibility(True, None, tuple(kinds), evidence or (case if case and excludes(kind) else None)
                       or enrolled or harm_title or (arms.exposure_sentence or title), why)


def finding_for_claim(claim: Claim, direction: str) -> str:
    """A finding's direction as it bears on ``claim``: for an equivalence claim ("X is as safe and effective
    as Y") "no difference" supports it, and so does a finding in X's favour ("comparable, if not superior",
    "safe and effective", "without jeopardizing the graft": X is at least as good); a finding against X
    contradicts it. Other claims read as given. (Until session 11 a finding in X's favour counted against an
    equivalence claim, which read two randomised trials of accelerated rehabilitation, fresh5 C59, as
    contradicting the claim they support.)"""
    if claim.kind != "equivalence":
        return direction
    return {"no_effect": "supports", "supports": "supports", "contradicts": "contradicts"}.get(direction, direction)
