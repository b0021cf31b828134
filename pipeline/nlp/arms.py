"""Who got what: a study's arms, what differs between them, what every arm got, and the comparisons it
reports — read from the sentences of an abstract (issue 17, item 2).

Pure: the project's reading of the article in (:class:`pipeline.claims.reading.ArticleReading`:
sentences with their roles, abbreviations), frozen dataclasses out. Claim-independent: which arm
received a claim's therapy is asked later (:mod:`pipeline.claims.eligibility`). Optional P/I/O spans
(``spans``: (label, text) pairs from a span tagger) add intervention phrases where the sentences
name no arm.

What is read, from the sentence shapes reviewers read them from:
- arms with N: "randomized into two groups: PRP (n = 20) and HA (n = 20)", "the control group (n = 15)
  received microfracture alone", "25 patients were treated with BMAC", "group C received MF and ADSCs";
- comparisons: "X versus Y", "X compared with Y", "randomized to X or Y";
- co-interventions given to every arm: "both groups underwent microfracture", "all patients received
  physiotherapy";
- combinations: "X in addition to / combined with / plus / after Y" (what the therapy came with);
- the exposure of a single-arm study: "patients received / underwent / were treated with X".
The word lists (control, surgery, active products, scaffolds, modification, labelling) are data:
``data/lexicons/arms.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation, phrase_pattern, sentence_comparing, vocabulary, word_set

_NUM_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_UNIT = r"(?:" + alternation("count_units", "arms_unit") + ")"


def _words_pattern(words) -> re.Pattern:
    return phrase_pattern(words, edges="hyphen", stem=r"[\w-]*", longest_first=True)


@lru_cache(maxsize=None)
def cue(key: str) -> re.Pattern:
    """The pattern of one list of ``data/lexicons/arms.yaml`` (whole words; ``*`` ends a stem)."""
    return _words_pattern(vocabulary("arms")[key])


@lru_cache(maxsize=None)
def site_pattern(site: str) -> re.Pattern:
    """The pattern of one body site of ``data/lexicons/sites.yaml`` ("hip": hip, femoral head,
    acetabulum …)."""
    return _words_pattern(vocabulary("sites")[site])


def sites_named(text: str) -> set[str]:
    """The body sites of ``data/lexicons/sites.yaml`` that ``text`` names."""
    return {site for site in vocabulary("sites") if site_pattern(site).search(text or "")}


def cue_words(key: str, text: str) -> tuple[str, ...]:
    """The words of list ``key`` that ``text`` names, as written, in order of first appearance."""
    seen: dict[str, None] = {}
    for m in cue(key).finditer(text or ""):
        seen.setdefault(m.group(0), None)
    return tuple(seen)


@dataclass(frozen=True)
class Arm:
    """One arm: its label ("PRP group", "group C"), what it received (the words that say so), N where stated."""

    index: int
    label: str
    received: str
    n: int | None
    is_control: bool
    sentence: str


@dataclass(frozen=True)
class ArmComparison:
    """A comparison the study reports: intervention against comparator (on an outcome where read), and its
    finding once a reader has given one (``finding_source`` says which reader)."""

    intervention: str
    comparator: str
    outcome: str | None
    sentence: str
    finding: str = "unclear"
    finding_source: str | None = None
    # the per-comparison reader's typed answer (pipeline/claims/comparison_findings.py): increased |
    # decreased | no_difference | unclear, its probability, where the outcome came from (o_span |
    # claim) and the effect estimate stated (a pipeline.nlp.effects.Effect, or None)
    finding_label: str | None = None
    finding_confidence: float | None = None
    outcome_source: str | None = None
    effect: object | None = None


@dataclass(frozen=True)
class Combination:
    """A sentence giving something together with something else ("X in addition to microfracture")."""

    sentence: str
    partner: str  # the words after the combination cue


@dataclass(frozen=True)
class StudyArms:
    """What the abstract says about who got what."""

    arms: tuple[Arm, ...] = ()
    comparisons: tuple[ArmComparison, ...] = ()
    # what every arm (or every participant) received, with the sentence saying so
    cointerventions: tuple[str, ...] = ()
    cointervention_sentences: tuple[str, ...] = ()
    combinations: tuple[Combination, ...] = ()
    # what differs between arms: lexicon words named in some arms' received text but not in all
    factor: tuple[str, ...] = ()
    # single-arm and observational studies: what the participants received or were exposed to
    exposure: str | None = None
    exposure_sentence: str | None = None
    spans: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    @property
    def single_arm(self) -> bool:
        """No two arms and no comparison between treatments (before-after comparisons do not count)."""
        # the time point is the head of a before-after comparator ("baseline", "preoperative values", "6 months");
        # a time said later in the clause ("microfracture alone, and followed standardized 12-week rehabilitation")
        # is not what was compared
        # (so is a time before "versus" whose word is shared: "pre- versus postoperative player performance")
        # (nor is the patients' own untreated tissue: "compared with the corresponding posterior cartilage")
        return len(self.arms) < 2 and not any(not (_BASELINE.search(" ".join(c.comparator.split()[:3]))
                                                   or _TIME_BEFORE_VERSUS.search(c.intervention)
                                                   or _REFERENCE_TISSUE.match(c.comparator))
                                              for c in self.comparisons)


# "(n = 20)", "(25 knees)"; a bare "(1)" enumerates, it counts nothing
# (and with the arm's own label after the count: "(25 patients, Group 1)")
_N = r"\(\s*(?:[nN]\s*=\s*(?P<n>\d{1,5})|(?P<n2>\d{1,5})\s*" + _UNIT + r")(?:\s*[,;]\s*(?:group|arm|cohort)\s+[\w-]{1,3})?\s*\)"
# "PRP group (n = 20)", "using the BMAC (25 knees)", "the control group (n=15)": up to six words before the count
# (found from each count backwards: a pattern scanning every position for six words costs 20× more)
_COUNT = compile_guarded(r"\s" + _N, re.I)
_LABEL_BEFORE = compile_guarded(r"(?P<label>(?:[A-Za-z0-9][\w\-+/'’]*\s+){0,5}[A-Za-z][\w\-+/'’]*)$")
# where a label's words stop belonging to it, reading back from the count
_LABEL_CUT = compile_guarded(r"^.*\b(?:with|using|received|receiving|underwent|undergoing|to|and|or|"
                        + sentence_comparing("arms_label_start") + r"|while|whereas|in|by|"
                        r"into|from|were|was|of (?:the )?(?:patients|knees)|technique)\s+", re.I)
_TOTAL = compile_guarded(r"^(?:a total of\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+){0,2}" + _UNIT + r"$", re.I)
# "25 patients were treated with mesenchymal cells obtained from peripheral blood"
_COUNT_TREATED = compile_guarded(r"\b(?P<n>\d{1,5}|" + "|".join(_NUM_WORDS) + r")\s+(?:\w+\s+){0,2}" + _UNIT +
                            r"\s+(?:were|was)\s+(?:treated|injected|managed|implanted)\s+(?:with|by|using)\s+"
                            r"(?P<what>[^.;]{3,120}?)(?=$|[.;,]|\s+and\s+(?:a\s+group\s+of\s+)?\d|\s+while\b|\s+whereas\b)", re.I)
# "group C received MF and ADSCs", "For group B, we performed MF", "the control group (group A) was restricted to"
# (the group's own name in brackets is part of its label: "Group B (buprenorphine group) received ...")
_GROUP_LETTER = compile_guarded(r"\b(?P<label>(?:[Tt]he\s+)?(?:[\w-]+\s+)?[Gg]roup\s+(?:[A-D]|\d|I{1,3}V?)\b(?:\s*\([^)]*\))?)[,:]?\s*"
                           r"(?:we\s+(?:performed|applied|used|injected|implanted|gave|treated)|was|were|had|received|underwent|got|obtained|"
                           r"did\s+not\s+receive)\b\s*(?P<what>(?:[^.;]|(?<=\d)\.(?=\d)){3,240})")
# "allocated into two groups, 25 in each group viz.": the count every group had
_PER_GROUP = compile_guarded(r"^\s*(?:\d+|" + "|".join(_NUM_WORDS) + r")\s+(?:\w+\s+)?(?:in|per)\s+(?:each|every)\b", re.I)
# a group's letter, number or Roman numeral after "group" ("Group B", "group 12", "Group III")
_GROUP_MARK = r"(?:[A-D]|\d{1,2}|I{1,3}V?)"
# an arm's label ending in its group's mark: the arm's key
_KEY_GROUP = compile_guarded(r"\bgroup\s+" + _GROUP_MARK + "$", re.I)
# a label naming its group's arm in brackets: "Group B (buprenorphine group)"
_NAMED_GROUP = compile_guarded(r"\b[Gg]roup\s+" + _GROUP_MARK + r"\s*\(([^)]*)\)\s*$")
# the verb of a _GROUP_LETTER match that says nothing about what the group got by itself
_BARE_BE = compile_guarded(r"\b(?:was|were|had)\s*$")
# (the people of the next group go with it: "... propofol (10 mg) and patients in Group B received ...")
_NEXT_GROUP = compile_guarded(r",?\s+(?:and\s+)?(?:(?:the\s+)?(?:patients|participants|subjects|animals|those)\s+)?"
                              r"(?=(?:the\s+)?(?:[\w-]+\s+)?[Gg]roups?\s+(?:[A-D]|\d|I{1,3}V?)\b)")
# "Placebo group patients (n = 15) received AM alone"
_GROUP_RECEIVED = compile_guarded(r"(?P<label>(?<![\w-])[A-Za-z][\w\-+/]*(?:\s+[\w\-+/]+){0,4}?\s+group"
                             r"(?:\s+" + _GROUP_MARK + r"\b)?)(?:\s+\w+)?\s*(?:" + _N + r")?\s+"
                             r"(?:received|underwent|was treated with|were treated with|was given|were given|was injected with|"
                             r"were injected with|was restricted to|served as)\s+(?P<what>[^.;]{3,120})", re.I)
# "randomized into two groups: X and Y" / "randomly divided into three groups"
_RANDOMISED_INTO = compile_guarded(r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated|divided|distributed|split)|assigned|allocated|"
                              r"divided|distributed|split)\s+(?:in)?to\s+(?:receive\s+)?(?:(?:one of\s+)?(?P<k>two|three|four|\d)\s+)?"
                              r"(?:treatment\s+)?(?:groups?|arms?)\b[:,]?\s*(?P<rest>[^.]*)", re.I)
# "divided into 4 groups evaluated at 2, 4, 8, and 12 weeks": groups by the time of assessment (arms.yaml groups_by_time)
_GROUPS_BY_TIME = compile_guarded(r"^\s*(?:" + "|".join(re.escape(w) for w in vocabulary("arms")["groups_by_time"])
                                  + r")\b", re.I)
# where a list of groups ends and what they were to get begins: data/lexicons/arms.yaml list_tail
_LIST_TAIL = compile_guarded(r"\s+(?:" + "|".join(vocabulary("arms")["list_tail"]) + r")\b", re.I)
# "received either 6 mg melatonin or a placebo": what the arms got, one or the other (arms.yaml allocation_either)
# (or after the act's noun: "implantation of either a gelatin-only scaffold (N = 10) or gelatin-and-SDF-1 scaffold"; not
# "arthroscopy with either PRP or saline", where the arthroscopy is what every arm got)
_EITHER = compile_guarded(r"^\W*(?:[\w-]+\s+of\s+)?(?:" + "|".join(vocabulary("arms")["allocation_either"]) + r")\b", re.I)
# "randomized to receive X or Y", "randomized to X or Y"
_RANDOMISED_TO = compile_guarded(r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated))\s+(?:\([^)]*\)\s+)?to\s+(?:receive\s+|undergo\s+)?"
                            r"(?P<a>[^.;]{3,100}?)\s+(?:or|" + sentence_comparing("arms_randomised_to") + r")\s+(?P<b>[^.;]{3,100})", re.I)
# split-body controls of animal studies: "Hylan G-F 20 was injected weekly into the left knee and phosphate
# buffered saline was injected into the right knee"; "… into the right knee, and the left knee served as control"
_GIVEN_INTO = r"(?:was|were)\s+(?:\w+\s+){0,2}?(?:injected|implanted|applied|administered|placed|transplanted|given)\s+(?:\w+\s+){0,2}?"
_SIDES = compile_guarded(r"(?P<a>[^.;,]{3,80}?)\s+" + _GIVEN_INTO + r"(?:in)?to\s+the\s+(?P<side>left|right)\s+(?P<unit>knee|joint|limb|hind ?limb|side|defect)s?(?:\s+\w+s?)?"
                    r"\s*,?\s+(?:and|while|whereas)\s+(?:(?P<b>[^.;,]{3,80}?)\s+" + _GIVEN_INTO + r"(?:in)?to\s+the\s+(?:left|right|contralateral)\b|"
                    r"the\s+(?:left|right|contralateral)\s+(?:knee|joint|limb|hind ?limb|side|defect)s?\s+(?:served|was used|were used)\s+as\s+(?:the\s+|a\s+)?"
                    r"(?P<c>(?:untreated\s+|sham\s+|internal\s+)?controls?))", re.I)
# every _SIDES match has these words: a sentence without them is not scanned (the scan tries every start)
_SIDES_CUE = compile_guarded(r"to\s+the\s+(?:left|right)", re.I)
@lru_cache(maxsize=None)
def _split_body() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Split-body controls beyond the left/right form of ``_SIDES`` (units and side words from
    data/lexicons/arms.yaml): "the scaffold with MSC was implanted in one knee while an empty scaffold was
    implanted in the contra-lateral knee" (each side its own clause); "The defects were filled with a
    chondrocyte-seeded scaffold in the right knee and an empty scaffold in the left knee" (one verb for
    both); and a cue every such sentence has, so the others are not scanned."""
    unit = cue("paired_unit").pattern
    other = cue("other_side").pattern
    first = r"(?:in|into|to)\s+(?:the\s+(?:left|right)|one|a\s+single|each)\s+" + unit + r"(?:\s+\w+){0,3}?"
    second = r"(?:in|into|to)\s+the\s+" + other + r"\s+" + unit
    clauses = compile_guarded(r"(?P<a>[^.;,]{3,80}?)\s+" + _GIVEN_INTO + first + r"\s*,?\s+(?:and|while|whereas)\s+"
                         r"(?P<b>[^.;,]{3,80}?)\s+(?:(?:was|were)\s+(?:\w+\s+){0,2}?(?:injected|implanted|applied|administered|"
                         r"placed|transplanted|given)\s+(?:\w+\s+){0,2}?)?" + second, re.I)
    one_verb = compile_guarded(r"\b(?:filled|treated|implanted|injected|repaired|covered|grafted)\s+with\s+(?P<a>[^.;,]{3,80}?)\s+"
                          r"in\s+(?:the\s+(?:left|right)|one)\s+" + unit + r"\s*,?\s+(?:and|while|whereas)\s+(?:with\s+)?"
                          r"(?P<b>[^.;,]{3,80}?)\s+in\s+the\s+" + other + r"\s+" + unit, re.I)
    return clauses, one_verb, compile_guarded(other + r"\s+" + unit, re.I)


@lru_cache(maxsize=None)
def _left_without() -> re.Pattern:
    """Defects given the therapy or left without it: "The defects were implanted with an allogenic TEC or
    were left empty" (the left-empty defects are the control arm)."""
    return compile_guarded(r"(?:was|were)\s+(?:\w+\s+){0,2}?(?:implanted|treated|filled|injected|repaired|grafted|covered)\s+with\s+"
                      r"(?P<a>[^.;]{3,80}?)\s*,?\s+or\s+(?:were\s+|was\s+)?left\s+(?P<b>" + cue("left_without").pattern + ")", re.I)


@lru_cache(maxsize=None)
def _other_unit_left() -> re.Pattern:
    """The other unit of a split-body design left without the therapy in a clause of its own: "One knee was chosen at
    random to receive implantation of the scaffold, and the contralateral knee was left unfilled as an empty control"
    (the treated arms are named elsewhere; this is the control arm)."""
    return compile_guarded(r"\bthe\s+(?P<unit>" + cue("other_side").pattern + r"\s+" + cue("paired_unit").pattern +
                           r")\s+(?:was|were)\s+(?:\w+\s+)?left\s+(?P<b>" + cue("left_without").pattern + ")", re.I)


# where the first side of a split-body sentence starts: after the clause that made the defects ("A defect was
# created in … both knees and the scaffold with MSC was implanted in one knee")
_CLAUSE_START = compile_guarded(r"^.*\b(?:and|while|whereas|then|but)\s+(?=(?:the|an?|these|this)\s)", re.I)
# arms listed with their labels after them: "repaired with microfracture and cell-free PLLGA scaffold implantation
# (group 1), microfracture (group 2), or cell-free PLLGA scaffold implantation (group 3)"; "two lesions were treated
# with scaffolds seeded with autologous chondrocytes (cell+group), … and the two remaining lesions were left
# untreated (untreated group)"
# the label in parentheses after an arm (found first, so the text before each is sliced, not scanned)
_LABEL_PAREN = compile_guarded(r"\((?:[nN]\s*=\s*\d+[;,]\s*)?(?P<label>(?:group|arm)\s+(?:[A-D]|\d|I{1,3}V?)|[^();=]{1,25}?\s?group)\)")
# where a listed arm's words start: after the verb saying what was done, or after "were"/"was", ":" or a list comma
_ARM_START = compile_guarded(r"^.*(?:\b(?:treated|repaired|filled|implanted|managed|received|receiving|underwent|undergoing|obtained|"
                        r"given|injected)(?:\s+(?:with|by|using))?|\b(?:were|was)|:)\s+", re.I)
# the control group's treatment in a sentence of its own: "In the control group, HA alone was implanted (N=18)"
_IN_GROUP = compile_guarded(r"\bin\s+the\s+(?P<label>(?:[\w-]+\s+){0,2}group),?\s+(?P<what>[^.;]{3,100}?)\s+(?:was|were)\s+(?:\w+\s+)?"
                       r"(?:implanted|injected|applied|used|given|administered|transplanted|placed)\b", re.I)
# controls named as such: "Implants of unstimulated cells and untreated lesions served as controls"
_SERVED_AS_CONTROL = compile_guarded(r"(?P<what>[^.;:,]{3,80}?)\s+served\s+as\s+(?:the\s+|a\s+)?(?:untreated\s+|negative\s+|sham\s+)?"
                                r"controls?\b", re.I)


# a group's letter or number right before a parenthesis ("Group I (synovium group)"): the parenthesis names the group
_GROUP_NAMED_BEFORE = compile_guarded(r"\b(?:group|arm)\s+(?:[A-D]|\d|I{1,3}V?)\s*$", re.I)


def _listed_arms(s: str):
    """(label, what) for each arm a sentence lists with its label after it, when it lists two or more; or, where
    each label glosses a group's letter or number, with what the group got after the label."""
    found = list(_LABEL_PAREN.finditer(s)) if "group" in s or "arm " in s else []
    if len(found) < 2:
        return
    if all(_GROUP_NAMED_BEFORE.search(s[:m.start()]) for m in found):
        # each label glosses the group's letter or number before it ("in Group I (synovium group), grafts were placed
        # into the synovial tissue and in group II (patellar tendon group) behind the patellar tendon"): what each
        # arm got follows its label, up to the next group's name
        for i, m in enumerate(found):
            what = s[m.end():found[i + 1].start() if i + 1 < len(found) else len(s)]
            if i + 1 < len(found):
                what = _GROUP_NAMED_BEFORE.sub("", what)
            what = re.sub(r"[\s,;]*(?:\b(?:and|or)\b)?[\s,;]*(?:\bin\b)?[\s.]*$", "", what)
            what = re.sub(r"^[\s,;:]*(?:and|or)?\s*", "", _ARM_START.sub("", what.strip(" ,;:")))
            if len(what) >= 3:
                yield m.group("label"), what
        return
    prev = 0
    for m in found:
        # the arm's words: since the last parenthesis before the label, at most 160 characters
        what = s[prev:m.start()].rsplit(")", 1)[-1].rsplit("(", 1)[-1][-160:].strip()
        prev = m.end()
        if len(what) < 3:
            continue
        what = re.sub(r"^[\s,;]*(?:and|or)?\s*", "", _ARM_START.sub("", what))
        yield m.group("label"), what


_VERSUS_WORD = compile_guarded(r"\s(?:" + sentence_comparing("arms_versus") + r")\s", re.I)
# every arm, not every participant of a single-arm study ("all patients underwent" is its exposure)
_EVERY_ARM = compile_guarded(r"\b(?:both\s+(?:treatment\s+|study\s+)?(?:" + alternation("count_units", "arms_every_arm") + r")|all\s+(?:three\s+|four\s+|five\s+)?(?:treatment\s+|study\s+)?"
                        r"(?:groups|arms|cohorts)|each\s+(?:treatment\s+)?(?:group|arm)|the\s+(?:two|three|four)\s+(?:groups|arms)|"
                        r"patients\s+in\s+(?:both|all)\s+groups)\b"
                        r"[^.;]{0,50}?\b(?:underwent|received|were treated with|were given|had|were subjected to|were managed with)\s+"
                        r"(?P<what>[^.;]{3,120})", re.I)
# every participant of the study: "The patients were treated with …", "All patients underwent …" (at the sentence's start)
_ALL_TREATED = compile_guarded(r"^\W*(?:the|all(?: the)?)\s+(?:\d+\s+)?(?:" + alternation("count_units", "arms_all_treated") + r")\s+"
                          r"(?:were|had)\s+(?:\w+\s+)?(?:treated with|managed with|given|operated with|undergone)\s+"
                          r"(?P<what>[^.;]{3,120})|^\W*(?:the|all(?: the)?)\s+(?:\d+\s+)?(?:" + alternation("count_units", "arms_all_treated") + r")\s+(?:underwent|received)\s+(?P<what2>[^.;]{3,120})", re.I)
_COMBINED = compile_guarded(r"\b(?:in addition to|in combination with|combined with|together with|plus|augmented with|"
                       r"supplemented with|added to|as an adjunct to|adjunct to|mixed with|suspended in|along with|immersed (?:in|with)|"
                       r"prepared with|loaded (?:with|onto|on)|embedded in|seeded (?:on|onto|in)|"
                       r"followed by|after|following|during)\s+(?P<partner>[^.;]{3,80})", re.I)
_EXPOSURE = compile_guarded(r"\b(?:" + alternation("count_units", "arms_exposure") + r")\b"
                       r"[^.;]{0,40}?\b(?:received|underwent|were treated with|was treated with|were injected with|"
                       r"were given|was given)\s+(?P<what>[^.;]{3,120})", re.I)
_SPLIT_ARMS = compile_guarded(r"\s*(?:;|,\s*(?:and|or)\s+|\s+and\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}(?:group|arm)\b)|,\s*(?=(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,4}(?:group|arm)\b)|\s+or\s+)\s*", re.I)
_LEADING = compile_guarded(r"^(?:for|in|the|a|an|those|patients|one|other|another|in|with|who|that|receiving|received|treated with|"
                      r"given)\s+", re.I)


_OUTCOME_WORDS = compile_guarded(r"\b(?:significant\w*|improv\w*|increas\w*|decreas\w*|reduc\w*|scores?|better|worse|"
                            r"similar|p\s*[<=>])", re.I)


# what groups "had" that is a measure, not a treatment: "a similar mean baseline … score", "comparable age"
_MEASURED = compile_guarded(r"\b(?:baseline|mean|median|comparable|age)\b", re.I)


# a comparator that is the same patients before treatment: a single-arm study's before-after comparison
# a comparator that is the patients' own reference tissue, at its start ("the corresponding posterior cartilage",
# "native cartilage"; data/lexicons/arms.yaml reference_tissue, tissue)
_REFERENCE_TISSUE = compile_guarded(r"^\W*(?:the\s+|their\s+)?(?:" + alternation("arms", "reference_tissue") + r")\s+"
                                    r"(?:[\w-]+\s+)?(?:" + alternation("arms", "tissue") + r")\b", re.I)
_BASELINE = compile_guarded(r"\b(?:baseline|pre-?operative\w*|preoperative\w*|pre-?treatment|before|pre-?injection|"
                       r"initial|earlier|previous|follow-?up|(?:\d+|first|second|third|one|two|three|six|twelve)[- ]"
                       r"(?:years?|months?|weeks?|days?))\b", re.I)


# the first side of a before-after comparison that shares its noun with the second: "pre- versus postoperative X"
_TIME_BEFORE_VERSUS = compile_guarded(r"\b(?:pre|pre-?operative(?:ly)?|pre-?treatment|baseline|before)-?\s*$", re.I)


_LIST_COMMA = compile_guarded(r"\s*(?:;|,)\s*(?:(?:and|or)\s+)?", re.I)
_LIST_LAST = compile_guarded(r"\s+(?:and|or)\s+", re.I)


def _stated_arms(rest: str, k: int | None) -> list[str] | None:
    """The ``k`` arms of a list whose number the sentence states before a colon ("randomized into four groups:
    biphasic scaffold alone, scaffold with EPO, scaffold with BMAC and scaffold in combination with EPO and BMAC"): the
    pieces between its commas, the last cut at its first "and" / "or" when one piece is still missing. None when the
    pieces do not come to ``k``: an arm's own commas or "and" would then be read as a cut."""
    if not k or k < 2:
        return None
    parts = [p for p in _LIST_COMMA.split(rest.strip()) if p.strip()]
    if len(parts) == k - 1:
        last = _LIST_LAST.split(parts[-1], maxsplit=1)
        parts = parts[:-1] + last if len(last) == 2 else parts
    return parts if len(parts) == k and all(len(p.strip()) > 2 for p in parts) else None


def _count(m: re.Match | None) -> int | None:
    """The N of a matched count ("n = 20" or "25 knees")."""
    if m is None:
        return None
    n = m.group("n") or m.group("n2")
    return int(n) if n else None


# what a count in parentheses may also follow without being an arm: the assessments, not the arms
_NOT_ARM = compile_guarded(r"\b(?:biops\w*|arthroscop\w*|second-look|MRI|follow-?up|dropouts?|lost|excluded|withdr\w*|"
                      r"studies|trials|articles|records|responders?|asked|whether)\b|^(?:and|or|the)$", re.I)


_POPULATION_UNITS = word_set("arms", "population_units")


def _enrolled(label: str) -> bool:
    """A count labelled only by who was enrolled ("Women (n = 159) planning an FER cycle", "Patients (n = 40)"):
    the study's whole population, not one of its arms (arms.yaml population_units), where it stands as
    its sentence's subject (the caller checks). Read as an arm it would also hide what every arm got:
    the population names no treatment, so nothing is common to all."""
    words = _clean(label).lower().split()
    return bool(words) and all(w in _POPULATION_UNITS for w in words)


def _number(s: str) -> int | None:
    s = s.lower()
    return int(s) if s.isdigit() else _NUM_WORDS.get(s)


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,:;-")
    while (t := _LEADING.sub("", s)) != s:
        s = t
    return s


def _says_given(what: str) -> bool:
    """Whether the words after a group's bare "was"/"were"/"had" say what the group got: a word of arms.yaml
    group_be_given first or second ("was treated with", "was the control", "were not treated")."""
    given = cue("group_be_given")
    return bool(given.match(what) or given.match(re.sub(r"^\w+\s+", "", what)))


def _is_control(label: str, received: str) -> bool:
    """An arm named by control words only ("control group", "saline", "microfracture alone")."""
    # a label that names its arm in brackets says what the arm is: "Group B (buprenorphine group)" is no control for
    # the saline its drugs were diluted in, "Group C (control group)" is one
    named = _NAMED_GROUP.search(label)
    if named and re.search(r"[A-Za-z]{3}", named.group(1)):
        return bool(cue("control").search(named.group(1)))
    text = f"{label} {received}"
    if cue("control").search(text):
        return True
    return False


def _labelled_counts(s: str):
    """(count match, the up-to-six words before it) for each "(n = 20)" / "(25 knees)" in ``s``."""
    for m in _COUNT.finditer(s):
        lm = _LABEL_BEFORE.search(s[max(0, m.start() - 90):m.start()])
        if lm:
            yield m, lm.group("label")


# where the side after "versus" stops naming an arm: a clause break, a title's subtitle ("…: a randomized
# trial"), or the population or purpose that follows both arms ("… for knee osteoarthritis", "… in patients with")
_SIDE_END = compile_guarded(r"[.;,:]|\s+(?:for|among)\s+|\s+in\s+(?:the\s+)?(?:patients|treatment|management|adults|"
                       r"children|people|subjects|individuals|women|men)\b", re.I)


# a parenthesis opened on a figure, right before a versus word: "(29 vs 25 months)", "(19% vs 4%)"
_FIGURES_OPENED = compile_guarded(r"\(\s*[-\d.,]+\s*%?\s*$")


def _after_closed_parenthesis(side: str) -> str:
    """A side's words after the tail of a parenthesis that opened before it ("and so on) and" of "(missed appointments,
    broken brackets, treatment duration, and so on) and compared with a sample": the list's tail is no arm)."""
    if side.count(")") <= side.count("("):
        return side
    return re.sub(r"^\s*(?:and|or)\b", "", side.rsplit(")", 1)[-1])  # ("... and so on) and compared with")


def _versus(s: str):
    """(a, b) around each "versus / vs / compared with" of ``s``: the words since the last clause
    break before it (and since its last comma, and after the tail of a parenthesis opened before it), and up to
    the next clause break after it."""
    for m in _VERSUS_WORD.finditer(s):
        before = re.split(r"[.;:]", s[max(0, m.start() - 80):m.start()])[-1]
        after = _SIDE_END.split(s[m.end():m.end() + 80])[0]
        # a parenthesis of figures after the comparator lists every arm's ("compared with MFx (proximal BioCartilage:
        # 7.4 ± 0.51, MFx 4.8 ...)"): the comparator ends where it opens
        paren = after.find("(")
        if paren > 0 and re.search(r"\d", s[m.end() + paren:m.end() + paren + 60].split(")")[0]):
            after = after[:paren]
        # figures set side by side in a parenthesis ("treatment duration was longer for the Medicaid patients (29 vs 25
        # months)", "(19% vs 4%)") compare two values, not two arms
        if _FIGURES_OPENED.search(before) and re.match(r"\s*[-\d.]", after):
            continue
        if len(before.strip()) >= 3 and len(after.strip()) >= 3 and re.match(r"\s*[A-Za-z]", before):
            # (the whole clause is what the tests above read; the side itself starts after its last comma)
            yield _after_closed_parenthesis(before.split(",")[-1]), after


def _arm_text(a: Arm) -> str:
    return a.label if a.received == a.label else f"{a.label}: {a.received}"


def _body(reading) -> list[str]:
    """The sentences that describe the study itself (title, methods, results, conclusions)."""
    return [s for role, s in reading.roles if role != "background"]


def read_arms(reading, spans: tuple[tuple[str, str], ...] = ()) -> StudyArms:
    """The arms, comparisons, co-interventions, combinations and exposure stated by ``reading``'s
    sentences (background sentences excluded). ``spans``: optional (label, text) P/I/O spans."""
    sentences = _body(reading)
    arms: list[tuple[str, str, int | None, str, str]] = []
    seen: set[str] = set()

    def add(label: str, received: str, n: int | None, sentence: str) -> None:
        label, received = _clean(label), _clean(received)
        if received != label and _OUTCOME_WORDS.search(received):
            return  # "all treatment group patients had significantly reduced pain": a result, not an arm
        key = re.sub(r"\s+(?:patients|participants|subjects)$", "", (label or received).lower())
        # "patients in Group A", "Group A (propofol)" and "Group A" are one arm
        key = (m := _KEY_GROUP.search(re.sub(r"\s*\([^)]*\)$", "", key))) and m.group(0) or key
        if not key or len(key) < 2:
            return
        if key in seen:  # the same arm named again: keep what the new sentence adds (what it received, N)
            i = next(i for i, a in enumerate(arms) if a[4] == key)
            lab, rec, n0, sent, _ = arms[i]
            if rec == lab and received != label:
                rec, sent = received, sentence
            arms[i] = (lab, rec, n0 if n0 is not None else n, sent, key)
            return
        seen.add(key)
        arms.append((label, received, n, sentence, key))

    comparisons: list[ArmComparison] = []
    for s in sentences:
        m = _RANDOMISED_INTO.search(s)
        listed = False  # the sentence lists the arms: its counts belong to them
        if m and m.group("rest") and not _GROUPS_BY_TIME.match(m.group("rest")):
            rest = m.group("rest")
            # the list ends where what the groups were to get begins ("… and Group B (Bupivacaine) to receive
            # … ropivacaine or … bupivacaine, respectively"): that tail names every group's drug, not group B's
            head = _LIST_TAIL.split(rest, maxsplit=1)[0]
            rest = head if len(head.strip()) > 2 else rest
            # (a list the colon opens: "split into 2 groups based on the presence or absence of FTD" is no list)
            listed_k = _number(m.group("k") or "") if s[:m.start("rest")].rstrip().endswith(":") else None
            for part in _stated_arms(rest, listed_k) or _SPLIT_ARMS.split(rest):
                nm = re.search(_N, part)
                lab = part[:nm.start()] if nm else part
                if _PER_GROUP.match(lab):
                    continue  # "25 in each group viz.: Group B ...": how many each group had, not a group
                if 2 < len(lab.strip()) < 100:
                    add(lab, lab, _count(nm), s)
                    listed = True
        for m, lm in ([] if listed else _labelled_counts(s)):
            if _NOT_ARM.search(lm):
                continue
            label = _LABEL_CUT.sub("", lm)
            # the count is its sentence's subject ("Women (n = 159) planning …"), not what a verb took
            # ("… was then implanted into defects (N=23)": the treated arm's units)
            if label == lm and _enrolled(label):
                continue
            if _TOTAL.match(_clean(label)) or re.search(r"\b(?:total|all|mean|aged?|years?|months?|weeks?|follow-?up|"
                                                        r"\d+)\s*$", label, re.I):
                continue
            add(label, label, _count(m), s)
        for m in _COUNT_TREATED.finditer(s):
            add(m.group("what"), m.group("what"), _number(m.group("n")), s)
        for m in (_GROUP_RECEIVED.finditer(s) if "group" in s else ()):
            # (what the group got ends where the next group is named, as for _GROUP_LETTER below)
            add(m.group("label"), _NEXT_GROUP.split(m.group("what"))[0], _count(m), s)
        pos = 0
        # (the pattern needs "group" or the journals' "Group B": most sentences are skipped without a search;
        # the letter stays case-sensitive, so "group a" and "group is" are no label)
        while "roup" in s and (m := _GROUP_LETTER.search(s, pos)):
            # what a group got ends where the next group is named ("group B obtained ACMs, and group C did not
            # receive any transplants"); "did not receive" says the group got nothing
            what = _NEXT_GROUP.split(m.group("what"))[0]
            pos = m.start("what") + max(1, len(what))
            # a bare "was"/"were"/"had" is the group's result unless a giving word follows
            if _BARE_BE.search(s[:m.start("what")]) and not _says_given(what):
                continue
            neg = "did not receive " if re.search(r"did\s+not\s+receive\s*$", s[:m.start("what")]) else ""
            add(re.sub(r"^(?:and|or)\s+", "", m.group("label")), neg + what, None, s)
        for m in (_SIDES.finditer(s) if _SIDES_CUE.search(s) else ()):
            add(m.group("a"), m.group("a"), None, s)
            other = m.group("b") or m.group("c")
            add(other, other, None, s)
        clauses, one_verb, side_cue = _split_body()
        if side_cue.search(s):
            for m in (*clauses.finditer(s), *one_verb.finditer(s)):
                a = _CLAUSE_START.sub("", m.group("a"))
                add(a, a, None, s)
                add(m.group("b"), m.group("b"), None, s)
        if " left " in s:
            for m in _left_without().finditer(s):
                add(m.group("a"), m.group("a"), None, s)
                add(f"left {m.group('b')}", f"left {m.group('b')}", None, s)
            for m in _other_unit_left().finditer(s):
                add(f"{m.group('unit')} left {m.group('b')}", f"left {m.group('b')}", None, s)
        for label, what in _listed_arms(s):
            add(label, what, None, s)
        for m in (_IN_GROUP.finditer(s) if "group" in s else ()):
            add(m.group("label"), m.group("what"), None, s)
        for m in (_SERVED_AS_CONTROL.finditer(s) if "served" in s else ()):
            # the therapy-free units named as controls ("untreated lesions"), not a unit of the same animals
            # named only by its side ("the left knee served as control" names nothing given)
            what = _CLAUSE_START.sub("", m.group("what"))
            if not re.fullmatch(r"(?:the\s+)?(?:left|right|contra-?lateral|opposite|other)\s+\w+", what.strip(), re.I):
                add("controls", what, None, s)
        m = _RANDOMISED_TO.search(s)
        if m:
            comparisons.append(ArmComparison(_clean(m.group("a")), _clean(m.group("b")), None, s))
        for a0, b0 in _versus(s):
            a, b = _clean(a0), _clean(b0)
            if a and b:
                comparisons.append(ArmComparison(a, b, None, s))

    co, co_sents = [], []
    for s in sentences:
        m = _EVERY_ARM.search(s)
        if m:
            what = m.group("what")
            words = cue_words("surgery", what) + cue_words("active", what) + cue_words("scaffold", what)
            # "both groups showed improvement" is an outcome, not a co-intervention; nor is what both groups "had" at
            # baseline ("Both treatment groups had a similar mean baseline overall Knee injury and Osteoarthritis
            # Outcome Score")
            # (_OUTCOME_WORDS holds the improv/increas/decreas/reduc/significant stems this test read before)
            if words or not (_OUTCOME_WORDS.search(what) or _MEASURED.search(what)):
                co.append(_clean(what))
                co_sents.append(s)
    combos = tuple(Combination(s, _clean(m.group("partner"))) for s in sentences for m in _COMBINED.finditer(s))
    exposure = exposure_sentence = None
    for s in sentences:
        m = _EXPOSURE.search(s)
        if m:
            exposure, exposure_sentence = _clean(m.group("what")), s
            break
    if exposure is None and spans:
        interventions = [t for lab, t in spans if lab.upper().startswith("I")]
        if interventions:
            exposure = interventions[0]

    arm_objs = tuple(Arm(i, lab, rec, n, _is_control(lab, rec), s) for i, (lab, rec, n, s, _) in enumerate(arms))
    factor: tuple[str, ...] = ()
    if len(arm_objs) >= 2:
        per_arm = [set(cue_words("surgery", a.received) + cue_words("active", a.received) +
                       cue_words("scaffold", a.received) + cue_words("modification", a.received) +
                       cue_words("labelling", a.received)) for a in arm_objs]
        union, common = set().union(*per_arm), set.intersection(*per_arm)
        factor = tuple(sorted(union - common, key=str.lower))
        co += [w for w in sorted(common) if w not in co]
        # the arms' own comparison: every treated arm against the control arms (or against the first
        # arm when none is named by control words)
        controls = [a for a in arm_objs if a.is_control] or [arm_objs[0]]
        comparisons += [ArmComparison(_arm_text(a), _arm_text(c), None, a.sentence)
                        for a in arm_objs if a not in controls for c in controls]
    result = StudyArms(arm_objs, tuple(comparisons), tuple(co), tuple(co_sents), combos, factor, exposure,
                       exposure_sentence, tuple(spans))
    if result.single_arm:
        return result
    # a study that compares arms: what all its patients were treated with is given to every arm ("The patients were
    # treated with arthroscopic debridement and microfracture technique. Randomly selected 41 patients were injected …")
    for s in sentences:
        m = _ALL_TREATED.search(s)
        what = m and (m.group("what") or m.group("what2"))
        # "The patients received either 6 mg melatonin or a placebo": one or the other, by arm
        if what and not _OUTCOME_WORDS.search(what) and not _EITHER.search(what) and s not in co_sents:
            co.append(_clean(what))
            co_sents.append(s)
    return replace(result, cointerventions=tuple(co), cointervention_sentences=tuple(co_sents))


def with_finding(arms: StudyArms, finding: str, source: str, sentence: str | None = None) -> StudyArms:
    """``arms`` with every comparison given ``finding`` from the reader named ``source`` (the project's
    direction reading until a per-comparison reader exists)."""
    comps = tuple(replace(c, finding=finding, finding_source=source) for c in arms.comparisons)
    return replace(arms, comparisons=comps)
