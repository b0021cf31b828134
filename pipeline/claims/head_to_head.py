"""What a study's sentences say plainly of the claim's therapy against the comparator a head-to-head claim names.

A head-to-head claim ("as-needed budesonide-formoterol controls mild asthma as well as daily maintenance therapy")
is tested only by a finding against its comparator (:func:`pipeline.claims.comparison_findings.against_comparator`).
A three-arm trial often states that finding in a clause of a sentence about another arm too: "as-needed
budesonide-formoterol provided superior asthma-symptom control to as-needed terbutaline, …, but was inferior to
budesonide maintenance therapy". The per-comparison reader reads a sentence as a whole and cannot place the clause;
a reviewer reads the words that govern the comparator's name: "inferior to <comparator>".

This module reads those words: a comparative right before the comparator's name (after its "to" / "than" / "as"),
said of the therapy — the first of the two named in its clause (from the sentence's start or its last semicolon;
bracketed figures left out) is the therapy, and the comparator is not named before the comparative in that clause
("but was inferior to …" keeps the subject of the clause before the "but"). Or the comparator said to do better
than the therapy ("<comparator> was superior to <therapy>").

The therapy worse than the comparator contradicts the claim; no better (similar, comparable, not superior, "no
difference between <therapy> and <comparator>") is no effect for a claim that the therapy does better; the stated null
between the two is also the support of an equivalence claim (the other forms are left to the other readers). A
statement in the therapy's favour ("<therapy> was superior to <comparator>") only keeps a "supports" read from the
conclusion; one against always outweighs it. A claim of harm is not read (its "worse" would be its support).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.claims.mentions import find_mentions
from pipeline.nlp.polarity import polarity
from pipeline.nlp.vocabulary import alternation, phrase_pattern, rx, vocabulary

# what may stand between the comparative's "to"/"than"/"as" and the name: "inferior to that of", "as safe as the"
_FILLER = r"(?:(?:that|those) (?:of|with|in|after) |the |with |in |after |an? )*"
# a negation right before the comparative: "not inferior to", "non-inferior to" are no worse
_NEGATED = re.compile(r"(?:\bnot|\bnon-?|\bno)\s*$", re.I)


# what may stand between a comparative and its "than": the thing compared, a few words without punctuation
# ("significantly better functional outcomes (…) than did m-ACI", "a superior level of athletic activity compared with")
_GAP = r"(?:\s+[\w-]+){0,6}?"
# how the other side is introduced after "than": "than did m-ACI", "compared with those treated with microfracture"
_OTHER_SIDE = r"(?:(?:did|does|do|was|were|with|in|after|for|those|that|of|treated|receiving|given|the|an?)\s+)*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(worse, same, better): each ends where the name after it begins (data/lexicons/trial_reading.yaml)."""
    def before_name(key: str, links: str, gap: str = "", filler: str = _FILLER) -> re.Pattern:
        return rx(r"\b(?:" + alternation("trial_reading", key) + r")" + gap + r"\s+(?:" + links + r")\s+" + filler + r"$")
    than = "to|than|compared (?:with|to)|over"
    return (before_name("versus_worse", than, _GAP, _OTHER_SIDE),
            before_name("versus_same", "to|than|from|with|as"),
            before_name("versus_better", than, _GAP, _OTHER_SIDE))


# a word of quantity and the outcome it qualifies, right before the other arm's name: "(bupivacaine has a) prolonged
# duration of analgesia compared to <ropivacaine>", "a significantly longer duration of analgesia, sensory block and
# motor block than <ropivacaine>". The words of quantity are the findings reader's (data/lexicons/findings.yaml up,
# down); whether more is better is the outcome's (outcome_polarity.yaml). The outcome is up to eight words (commas
# allowed: a list of outcomes), without a sentence's or clause's end.
@lru_cache(maxsize=1)
def _quantity_words() -> tuple[re.Pattern, re.Pattern]:
    """(up, down): the findings reader's words of quantity as whole-word patterns (data/lexicons/findings.yaml)."""
    f = vocabulary("findings")
    return phrase_pattern(f["up"]), phrase_pattern(f["down"])


# what follows the word of quantity: the outcome, then "than" / "compared with" and the other side's filler, to the end
_QUANTITY_TAIL = rx(r"\s+(?P<what>[\w-]+(?:,?\s+[\w-]+){0,7}?)\s+(?:than|compared (?:with|to)|over)\s+" + _OTHER_SIDE + r"$")


def _quantity_better(before: str, clause: int) -> tuple[int, bool] | None:
    """(where the word of quantity starts, whether the clause's subject did better) when ``before`` ends in a word
    of quantity and an outcome of known polarity before "than" / "compared with": "longer duration of analgesia
    than" is better, "more pain than" worse. The first such word of the clause is read. None when there is none,
    the outcome's polarity is unknown, or a negation precedes the word."""
    up, down = _quantity_words()
    words = sorted([(m, True) for m in up.finditer(before, clause)] + [(m, False) for m in down.finditer(before, clause)],
                   key=lambda x: x[0].start())
    for m, more in words:
        tail = _QUANTITY_TAIL.match(before, m.end())
        if tail is None:
            continue
        if _NEGATED.search(before[:m.start()]):
            return None
        pol = polarity(tail.group("what"), durations=True)
        return None if pol is None else (m.start(), more == (pol == "higher"))
    return None


@dataclass(frozen=True)
class VersusReading:
    """The finding a sentence states of the therapy against the claim's comparator, and that sentence."""

    finding: str  # contradicts | no_effect | supports
    sentence: str
    reason: str


def _blank_brackets(s: str) -> str:
    """``s`` with bracketed asides ("(34.4% vs. 31.1% of weeks; odds ratio, 1.14; …)") blanked out, offsets kept:
    their semicolons are no clause ends, their words no arms."""
    for _ in range(2):  # one level of nesting
        s = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), s)
    return s


def _first_named(spans_a: list, spans_b: list, start: int, end: int) -> str | None:
    """Which of two mention lists is named first within [start, end): "a", "b" or None."""
    a = min((m.start for m in spans_a if start <= m.start < end), default=None)
    b = min((m.start for m in spans_b if start <= m.start < end), default=None)
    if a is None and b is None:
        return None
    if b is None or (a is not None and a < b):
        return "a"
    return "b"


def _stated_before(s: str, after: list, first: list, *patterns: re.Pattern):
    """(match, text before the name) for each mention of ``after`` that one of ``patterns`` (a comparative ending where
    the name begins; the first that matches) stands right before, in its clause, with a mention of ``first`` named
    before the comparative there: "<first> was superior to <after>"."""
    for t in after:
        before = s[:t.start]
        clause = before.rfind(";") + 1
        m = next((m for p in patterns if (m := p.search(before, clause))), None)
        if m and _first_named(first, after, clause, m.start()) == "a":
            yield m, before


@lru_cache(maxsize=1)
def _between() -> tuple[re.Pattern, re.Pattern]:
    """(a null, then "between" right before the first name; "and" / "or" between the two names): "No difference was
    noted between active treatment and placebo (p=0·78), or between tamsulosin and nifedipine (p=0·77)"
    (data/lexicons/trial_reading.yaml versus_between). Up to 200 characters from the null to "between": a null may
    list its outcomes and subgroups first ("no statistically significant differences in corneal power measurements in
    normal and post-refractive surgery eyes and in astigmatism magnitude in post-refractive surgery eyes between the
    color-LED device and ...", fresh165 C1384)."""
    return (rx(r"\b(?:" + alternation("trial_reading", "versus_between") + r")\b[^;.]{0,200}?\bbetween\s+(?:the\s+)?$"),
            rx(r"^(?:\s+(?:groups?|arms?))?\s*,?\s+(?:and|or)\s+(?:the\s+)?$"))


def _no_difference_between(s: str, therapy: list, comparator: list) -> bool:
    """Whether ``s`` (brackets blanked) says the therapy and the comparator did not differ, naming the two right after
    "between" in one clause, either first: "no difference ... between tamsulosin and nifedipine"."""
    null, joint = _between()
    for a, b in ((therapy, comparator), (comparator, therapy)):
        for x in a:
            clause = s.rfind(";", 0, x.start) + 1
            if not null.search(s[clause:x.start]):
                continue
            if any(y.start > x.end and joint.match(s[x.end:y.start]) for y in b):
                return True
    return False


def _reading(claim, sentence: str, abbreviations: dict[str, str] | None) -> str | None:
    """contradicts | no_effect | no_difference | supports | None for one sentence ("no_difference": the two named
    after "between" with a null, read as no effect, or as the support of an equivalence claim)."""
    s = _blank_brackets(sentence)
    therapy = find_mentions(claim.therapy, s, abbreviations)
    comparator = [m for m in find_mentions(claim.comparator, s, abbreviations)
                  if not any(t.start < m.end and m.start < t.end for t in therapy)]
    if not therapy or not comparator:
        return None
    worse, same, better = _patterns()
    found = []
    # the therapy's comparative right before the comparator's name
    for m, before in _stated_before(s, comparator, therapy, same, worse):
        negated = bool(_NEGATED.search(before[:m.start()]))
        found.append("no_effect" if m.re is same or negated else "contradicts")
    # the therapy's quantity of an outcome right before the comparator's name, worse by the outcome's polarity
    for c in comparator:
        before = s[:c.start]
        clause = before.rfind(";") + 1
        q = _quantity_better(before, clause)
        if q and not q[1] and _first_named(therapy, comparator, clause, q[0]) == "a":
            found.append("contradicts")
    # the comparator's comparative right before the therapy's name: "<comparator> was superior to <therapy>"
    for m, before in _stated_before(s, therapy, comparator, better):
        if not _NEGATED.search(before[:m.start()]):
            found.append("contradicts")
    # or its quantity of an outcome, better by the outcome's polarity: "<comparator> has a prolonged duration of
    # analgesia compared to <therapy>"
    for t in therapy:
        before = s[:t.start]
        clause = before.rfind(";") + 1
        q = _quantity_better(before, clause)
        if q and q[1] and _first_named(comparator, therapy, clause, q[0]) == "a":
            found.append("contradicts")
    if "contradicts" in found:
        return "contradicts"
    if found:
        return "no_effect"
    if _no_difference_between(s, therapy, comparator):
        return "no_difference"
    # stated in the therapy's favour, in so many words: "<therapy> was superior to <comparator>", or "<comparator> ...
    # was inferior to <therapy>" (SYGMA 1: "as-needed budesonide-formoterol provided superior asthma-symptom control to
    # as-needed terbutaline ... but was inferior to budesonide maintenance therapy"; fresh139 C1224). A negated one
    # ("was not superior to") is a null.
    for m, before in _stated_before(s, comparator, therapy, better):
        found.append("no_effect" if _NEGATED.search(before[:m.start()]) else "supports")
    for m, before in _stated_before(s, therapy, comparator, worse):
        if not _NEGATED.search(before[:m.start()]):
            found.append("supports")
    if "no_effect" in found:
        return "no_effect"
    return "supports" if found else None


def read_versus(claim, sentences, abbreviations: dict[str, str] | None = None) -> VersusReading | None:
    """What ``sentences`` (a study's findings and results) state plainly of ``claim``'s therapy against its
    ``comparator``: contradicts (the therapy worse), else no_effect (no better, for a claim that is not an
    equivalence claim), else supports (the therapy better, in so many words); None when no sentence says any, or the
    claim names no comparator or asserts a harm. The first sentence that contradicts wins, then the first of no
    effect, then the first in the therapy's favour: a favourable sentence never outweighs one against."""
    comparator = getattr(claim, "comparator", None)
    if comparator is None or getattr(claim, "polarity", "benefit") != "benefit":
        return None
    equivalence = getattr(claim, "kind", "effect") == "equivalence"
    first_null = first_for = None
    for sentence in sentences:
        r = _reading(claim, sentence, abbreviations)
        if r == "contradicts":
            return VersusReading("contradicts", sentence, f"{claim.therapy.name} worse than {comparator.name}")
        if r in ("no_effect", "no_difference") and not equivalence and first_null is None:
            first_null = VersusReading("no_effect", sentence, f"{claim.therapy.name} no better than {comparator.name}")
        # (for an equivalence claim a stated null between the two is its support: "No difference was noted ... between
        # tamsulosin and nifedipine", fresh145 C1260; "not inferior to", "similar to" are still left to the other
        # readers, which read the comparison's outcome)
        if r == "no_difference" and equivalence and first_for is None:
            first_for = VersusReading("supports", sentence, f"{claim.therapy.name} no different from {comparator.name}")
        if r == "supports" and first_for is None:
            first_for = VersusReading("supports", sentence, f"{claim.therapy.name} better than {comparator.name}")
    return first_null or first_for


def sets_against(claim, sentence: str, abbreviations: dict[str, str] | None = None) -> bool:
    """Whether ``sentence`` states ``claim``'s therapy against its comparator, in either direction or as a null ("There
    were no statistically significant differences in corneal power ... between the color-LED device and Placido or
    dual Scheimpflug devices (all P > .05)"): a result of the therapy itself, whatever the conclusion speaks of. False
    for a claim without a comparator or of harm."""
    if getattr(claim, "comparator", None) is None or getattr(claim, "polarity", "benefit") != "benefit":
        return False
    return _reading(claim, sentence, abbreviations) is not None


def outdone(concept, sentence: str, abbreviations: dict[str, str] | None = None) -> bool:
    """Whether ``sentence`` names ``concept`` (a claim's therapy) only as what another arm did better than: "hUCB-MSC
    implantation was more effective than BMAC augmentation for articular cartilage regeneration" says BMAC did worse,
    not that it works. Every mention of the concept stands right after a favourable comparative's "than"/"to" (no
    negation before it: "was not superior to BMAC" is a null), and something else is named before the comparative
    in its clause."""
    s = _blank_brackets(sentence)
    mentions = find_mentions(concept, s, abbreviations)
    if not mentions:
        return False
    _worse, _same, better = _patterns()
    for t in mentions:
        before = s[:t.start]
        clause = before.rfind(";") + 1
        m = better.search(before, clause)
        if m is None or _NEGATED.search(before[:m.start()]):
            return False
        # the concept itself named before the comparative is its subject ("BMAC was better than BMAC alone")
        if any(clause <= o.start < m.start() for o in mentions) or not re.search(r"[A-Za-z]{2,}", before[clause:m.start()]):
            return False
        # the therapy on both sides: something added to it against it alone ("adjunctive use of PRP produced … superior
        # histological scores … compared with the mosaicplasty-only procedure", "superior results to decompression
        # alone") is a finding on the add-on, not against the therapy
        if _ALONE.match(s, t.end) or _ALONE_BEFORE.search(before):
            return False
    return True


# "<therapy> alone", "<therapy>-only", "<therapy> by itself"; "isolated <therapy>" (data/lexicons/arms.yaml)
_ALONE = re.compile(r"[\s-]*(?:" + alternation("arms", "therapy_alone_after") + r")\b", re.I)
_ALONE_BEFORE = re.compile(r"\b(?:" + alternation("arms", "therapy_alone_before") + r")\s+$", re.I)
