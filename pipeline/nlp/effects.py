"""Effect estimates stated in a sentence or an abstract: ratios, differences, CIs, p-values, events.

:func:`find_effects` reads what an abstract states and nothing more: an odds, risk or hazard ratio
(adjusted too: aOR, aHR), a mean/standardised/risk difference with its 95% confidence interval and
p-value, event counts ("12/40 vs 5/38", "30 of 378 versus 42 of 86"), paired percentages
("65% in the APS group and 41% in the saline group") and p-values standing alone. Nothing is
computed from the numbers (no ratio is derived from counts): a reader checks the sentence.

Abstracts write numbers many ways; the text is first normalised character for character (same
length, so offsets still point into the caller's text): unicode minus and dashes become "-", a
middle dot between digits ("0·45", Lancet style) becomes ".", "&lt;" stays as written in the
offsets but is read as "<" (replaced by padded equivalents of the same length).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import sentence_comparing

RATIO_KINDS = frozenset({"OR", "aOR", "RR", "aRR", "HR", "aHR", "IRR", "PR"})
DIFFERENCE_KINDS = frozenset({"MD", "aMD", "SMD", "WMD", "RD", "difference", "beta"})


@dataclass(frozen=True)
class Effect:
    """One stated effect. ``kind``: a ratio (OR, aOR, RR, aRR, HR, aHR, IRR, PR), a difference (MD,
    aMD, SMD, WMD, RD, difference), ``events`` (counts per group in ``events``), ``percent``
    (paired percentages in ``groups``) or ``p_value`` (a p-value stated alone). ``start``/``end``
    are offsets into the text given to :func:`find_effects`."""

    kind: str
    value: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    p_relation: str | None  # '<', '=' or '>' (≤ reads as '<', ≥ as '>')
    start: int
    end: int
    text: str
    events: tuple[tuple[int, int], ...] = ()  # (events, total) per group, in the order stated
    groups: tuple[float, ...] = ()  # per-group percentages, in the order stated

    @property
    def is_ratio(self) -> bool:
        return self.kind in RATIO_KINDS

    @property
    def significant(self) -> bool | None:
        """True/False when the stated p-value or CI decides it at the 5% level; None otherwise."""
        if self.p_value is not None and self.p_relation:
            if self.p_relation == "<" and self.p_value <= 0.05:
                return True
            if self.p_relation == "=":
                return self.p_value < 0.05
            if self.p_relation == ">" and self.p_value >= 0.05:
                return False
        null = includes_no_effect(self)
        return None if null is None else not null


def includes_no_effect(effect: Effect) -> bool | None:
    """Whether the effect's CI spans no effect (1 for ratios, 0 for differences); None without a CI
    or for kinds that have no null value (events, percentages, a lone p-value)."""
    if effect.ci_low is None or effect.ci_high is None:
        return None
    lo, hi = sorted((effect.ci_low, effect.ci_high))
    if effect.kind in RATIO_KINDS:
        return lo <= 1.0 <= hi
    if effect.kind in DIFFERENCE_KINDS:
        return lo <= 0.0 <= hi
    return None


# --- normalisation (same length as the input, so offsets carry over) --------------------------------

_DASHES = dict.fromkeys(map(ord, "\u2212\u2013\u2014\u2010\u2011\u2012\ufe63\uff0d"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2009\u202f\u2007\u200a"), " ")


def normalise(text: str) -> str:
    """``text`` with the same length: dashes and minus signs as "-", thin/no-break spaces as " ",
    "·" between digits as ".", "≤"/"≥" as "<"/">", HTML "&lt;"/"&gt;" as "<   "/">   "."""
    t = text.translate(_DASHES).translate(_SPACES).replace("≤", "<").replace("≥", ">")
    # (each rewrite only where its characters are there at all: most sentences have none of them, and the findings
    # reader normalises every sentence it ranks)
    if "·" in t or "•" in t or "∙" in t:
        t = _MID_DOT.sub(".", t)
    # inline markup some records keep ("<i>P</i> = .0377") is blanked out
    if "<" in t:
        t = _MARKUP.sub(lambda m: " " * len(m.group()), t)
    t = t.replace("&lt;", "<   ").replace("&gt;", ">   ")
    # "P \textbackslashtextless 0.001" (a LaTeX escape some exports keep)
    if "\\textbackslash" in t:
        t = t.replace(_LATEX_LT, "<" + " " * (len(_LATEX_LT) - 1)).replace(_LATEX_GT, ">" + " " * (len(_LATEX_GT) - 1))
    return t


_LATEX_LT, _LATEX_GT = "\\textbackslashtextless", "\\textbackslashtextgreater"
_MID_DOT = re.compile(r"(?<=\d)[·•∙](?=\d)")
_MARKUP = re.compile(r"</?(?:i|b|em|strong|sup|sub|span)>")


NUM = r"[-+]?(?:\d+(?:\.\d+)?|\.\d+)"
# "95% CI", "95 % CI", "95%CI", "95% confidence interval [CI]", "CI 95%", "95% CrI"
_CI_LABEL = (r"(?:95\s*%\s*(?:CI|CrI|confidence\s+intervals?|credible\s+intervals?)(?:\s*[\[(]\s*CIs?\s*[\])])?"
             r"|CI\s*95\s*%|CI)")
_CI = (rf"(?P<cilab>{_CI_LABEL})?\s*[:,=]?\s*[\[(]?\s*(?P<lo>{NUM})\s*%?\s*(?:-|to|,|;|\u2026)\s*(?P<hi>{NUM})\s*%?\s*[\])]?")
_P = r"\b[Pp]\s*(?:-?\s*values?)?\s*(?P<rel><\s*or\s*=|<=|>=|<|>|=|less than|greater than|of)\s*(?P<p>NUM)"
P_VALUE = compile_guarded(_P.replace("NUM", NUM))

_RATIO_NAMES = [
    (r"adjusted\s+odds\s+ratios?|aORs?", "aOR"), (r"odds\s+ratios?|ORs?", "OR"),
    (r"adjusted\s+hazard\s+ratios?|aHRs?", "aHR"), (r"hazard\s+ratios?|HRs?", "HR"),
    (r"adjusted\s+(?:relative\s+risks?|risk\s+ratios?)|aRRs?", "aRR"),
    (r"relative\s+risks?|risk\s+ratios?|RRs?", "RR"), (r"incidence\s+rate\s+ratios?|IRRs?", "IRR"),
    (r"prevalence\s+ratios?|PRs?", "PR"),
    (r"standardi[sz]ed\s+mean\s+differences?|SMDs?", "SMD"), (r"weighted\s+mean\s+differences?|WMDs?", "WMD"),
    (r"adjusted\s+mean\s+differences?|age-adjusted\s+mean\s+differences?", "aMD"),
    (r"mean\s+differences?|MDs?", "MD"), (r"risk\s+differences?|absolute\s+risk\s+differences?|ARDs?|RDs?", "RD"),
    (r"(?:between-group|absolute|treatment)\s+differences?|differences?", "difference"),
    (r"β|beta|regression\s+coefficients?", "beta"),
]
_NAME_KIND = [(compile_guarded(rf"^(?:{pat})$", re.I), kind) for pat, kind in _RATIO_NAMES]
_NAMES = "|".join(p for p, _ in _RATIO_NAMES)
# the estimate's name, a few connecting words ("of", "was", "=", ":", "(", "HR ="), then the value:
# the name must be a whole word in its case ("OR" not "or"; abbreviations are upper case)
_ESTIMATE = compile_guarded(
    rf"(?P<name>\b(?:{_NAMES})\b)(?:\s*[\[(](?:[A-Za-z]{{2,4}})[\])])?"
    rf"(?:\s*(?:HR|OR|RR))?"
    # "mean difference in MOCART score was 19.6", "a difference in rate of -0.0": a few words, then a verb
    rf"(?:\s+(?:in|for|on|between)\s+[A-Za-z][A-Za-z' -]{{0,40}}?(?=\s*(?:was|were|is|of|=|:)))?"
    rf"(?:\s*(?:,|:|=|was|were|is|of)\s*)*\s*[\[(]?\s*"
    rf"(?P<val>{NUM})(?![\d/])(?:\s*(?:points?|%|mm|ms|cm|kg|days?|months?|years?|\([a-z]+\)))?")
_CI_AFTER = compile_guarded(rf"\s*[;,]?\s*[\[(]?\s*{_CI}")
_BARE = compile_guarded(rf"(?<![\w.])(?P<val>{NUM})\s*(?:%|points?|mm|ms|cm|kg|days?|weeks?|months?|years?)?\s*[\[(,;]\s*"
                   + _CI.replace("(?P<cilab>", "(?P<cilab>").replace(rf"(?P<cilab>{_CI_LABEL})?", rf"(?P<cilab>{_CI_LABEL})"))
# "12/40 (30%) vs 5/38 (13%)", "30 of 378 [7.94%] versus 42 of 86 [48.8%]"
_COUNT = r"(?<![\d/.])(?P<a{i}>\d+)\s*(?:/|\bof\b|\bout of\b)\s*(?P<n{i}>\d+)(?!/|\.\d)(?:\s*[\[(][^\])]{{0,20}}[\])])?"
_PAIR = sentence_comparing("effects_pair")
_EVENTS = compile_guarded(rf"\b{_COUNT.format(i=1)}[^;.\d]{{0,40}}?\b(?:{_PAIR}|and)\s+"
                     rf"(?:[^;.\d]{{0,30}}?)\b{_COUNT.format(i=2)}")
# "65% in the APS group and 41% in the saline group", "95.8% vs 64.7%"
_PERCENTS = compile_guarded(rf"(?P<x>{NUM})\s*%[^;.%\d]{{0,50}}?\b(?:{_PAIR}|and)\s+"
                       rf"(?:[^;.%\d]{{0,20}}?)(?P<y>{NUM})\s*%")


def _kind(name: str) -> str | None:
    name = re.sub(r"\s+", " ", name)
    for pat, kind in _NAME_KIND:
        if pat.match(name):
            return kind
    return None


def _abbrev_ok(name: str) -> bool:
    """An abbreviation counts only in its upper-case form ("OR", "aOR"; not the word "or", "md")."""
    return name == "β" or " " in name or len(name) > 5 or name[0].isupper() or (name[0] == "a" and name[1:].isupper())


def _rel(raw: str) -> str:
    raw = raw.replace(" ", "").lower()
    if raw.startswith("<") or raw.startswith("less"):
        return "<"
    if raw.startswith(">") or raw.startswith("greater"):
        return ">"
    return "="


def _float(s: str) -> float:
    return float(s)


_GAP = r"(?:[^;.]|\.(?=\d))"  # within the clause: no semicolon, no full stop (a decimal point is fine)


@lru_cache(maxsize=None)
def _p_pattern(limit: int) -> re.Pattern:
    # compiled once per gap length (was once per estimate read)
    return compile_guarded(rf"[\s;,:]*{_GAP}{{0,{limit}}}?" + _P.replace("NUM", NUM))


def _p_after(norm: str, pos: int, limit: int = 40) -> re.Match | None:
    """The p-value that follows an estimate within ``limit`` characters of its clause."""
    return _p_pattern(limit).match(norm, pos)


def _p_tail(norm: str, start: int, end: int, limit: int = 40) -> tuple[float | None, str | None, int]:
    """The p-value (value, relation) after an estimate that runs from ``start`` to ``end``, and where the
    estimate then ends (past the p-value and a closing bracket it opened)."""
    pv = rel = None
    p = _p_after(norm, end, limit)
    if p:
        pv, rel, end = _float(p.group("p")), _rel(p.group("rel")), p.end()
    return pv, rel, _close(norm, start, end)


def _close(norm: str, start: int, end: int) -> int:
    """``end`` moved past the bracket that closes one opened in ``norm[start:end]``."""
    span = norm[start:end]
    close = re.match(r"\s*[\])]", norm[end:])
    if close and span.count("(") + span.count("[") > span.count(")") + span.count("]"):
        return end + close.end()
    return end


# cached: the findings reader ranks the same abstract's sentences for every comparison and claim
@lru_cache(maxsize=16384)
def find_effects(text: str) -> tuple[Effect, ...]:
    """Every effect estimate stated in ``text``, in text order (see the module doc)."""
    norm = normalise(text)
    found: list[Effect] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _ESTIMATE.finditer(norm):
        name = m.group("name")
        kind = _kind(name)
        if kind is None or not _abbrev_ok(name):
            continue
        if kind == "difference" and not re.search(r"\b(?:CI|confidence)\b", norm[m.end():m.end() + 40]):
            continue  # "difference" alone is too common a word: count it only with an interval
        end = m.end("val")
        lo = hi = None
        ci = _CI_AFTER.match(norm, end)
        if ci and (ci.group("cilab") or norm[end:ci.start("lo")].strip().startswith(("(", "["))):
            lo, hi = _float(ci.group("lo")), _float(ci.group("hi"))
            end = ci.end()
        pv, rel, end = _p_tail(norm, m.start(), end)
        if not free(m.start(), end):
            continue
        found.append(Effect(kind, _float(m.group("val")), lo, hi, pv, rel, m.start(), end, text[m.start():end]))
        taken.append((m.start(), end))

    # a bare estimate with its interval: "an added improvement of 7.65 (95% CI, 3.04 to 12.26; P = .001)"
    for m in _BARE.finditer(norm):
        if not free(m.start("val"), m.end()):
            continue
        end = m.end()
        pv, rel, end = _p_tail(norm, m.start(), end)
        found.append(Effect("estimate", _float(m.group("val")), _float(m.group("lo")), _float(m.group("hi")), pv, rel,
                            m.start("val"), end, text[m.start("val"):end]))
        taken.append((m.start("val"), end))

    for m in _EVENTS.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        a1, n1, a2, n2 = (int(m.group(g)) for g in ("a1", "n1", "a2", "n2"))
        if a1 > n1 or a2 > n2 or n1 == 0 or n2 == 0:
            continue  # dates ("12/10"), doses and scores are not events out of a total
        end = m.end()
        pv, rel, end = _p_tail(norm, m.start(), end, 60)
        found.append(Effect("events", None, None, None, pv, rel, m.start(), end, text[m.start():end],
                            events=((a1, n1), (a2, n2))))
        taken.append((m.start(), end))

    for m in _PERCENTS.finditer(norm):
        if not free(m.start(), m.end()) or any(re.match(r"\s*%\s*(?:CI|CrI|confidence|credible)", norm[m.end(g):])
                                                for g in ("x", "y")):
            continue  # "95% CI" is an interval's label, not a group's percentage
        end = m.end()
        pv, rel, end = _p_tail(norm, m.start(), end, 60)
        found.append(Effect("percent", None, None, None, pv, rel, m.start(), end, text[m.start():end],
                            groups=(_float(m.group("x")), _float(m.group("y")))))
        taken.append((m.start(), end))

    for m in P_VALUE.finditer(norm):
        if not free(m.start(), m.end()):
            continue
        found.append(Effect("p_value", None, None, None, _float(m.group("p")), _rel(m.group("rel")),
                            m.start(), m.end(), text[m.start():m.end()]))
        taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda e: e.start))
