"""Total number of participants (or animals) an abstract reports, with the sentence it came from.

Candidates are numbers (digits, "13 388", "1,234" or number words) directly before a participant noun
("3849 patients", "Thirty-six women", "n = 120"). Each is scored by its context: enrolment verbs
("randomly assigned", "enrolled", "a total of") count for it; ages, percentages, doses, durations
and subgroup phrasing ("of whom", "in the placebo group") count against it. The best-scoring
candidate wins; ties go to the earlier mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import alternation, sentence_comparing

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
_WORD = r"(?:" + "|".join(list(UNITS) + list(TENS) + ["hundred", "thousand", "and"]) + r")"
_WORDNUM = rf"\b{_WORD}(?:[\s-]+{_WORD})*\b"
_DIGITS = r"\b\d{1,3}(?:[,\s]\d{3})+\b|\b\d+\b"

NOUNS = "(?:" + alternation("count_units", "sample_size_nouns") + ")"  # data/lexicons/count_units.yaml
_ADJ = r"(?:[a-zA-Z][\w/-]*\s+){0,4}?"

CAND = compile_guarded(rf"(?P<num>{_DIGITS}|{_WORDNUM})\s+(?:\(\s*\d+(?:\.\d+)?\s*%\s*\)\s+)?{_ADJ}(?P<noun>{NOUNS})\b", re.I)
N_EQ = compile_guarded(r"\b[Nn]\s*=\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)")

POSITIVE = [
    (compile_guarded(r"\ba total of\s*$|\btotal(?:ly)?\s*,?\s*$|\boverall,?\s*$|\bin total\b", re.I), 3.0),
    (compile_guarded(r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated|treated|received|given)|enrolled|recruited|included|"
                r"enrolment|enrollment|underwent randomi[sz]ation|were studied|were analy[sz]ed|"
                r"participated|were assigned|were allocated|completed|were evaluated|were examined|"
                r"were followed|were surveyed|were screened|were identified|were treated|accrued|"
                r"were entered|were registered|were interviewed|were randomly)\b", re.I), 2.0),
    (compile_guarded(r"\b(?:we (?:randomly assigned|randomi[sz]ed|enrolled|recruited|included|studied|analy[sz]ed|"
                r"identified|surveyed|followed|accrued|evaluated|assessed)|consisted of|comprised|involving|"
                r"including|from|data (?:of|from|on)|of)\s*$", re.I), 1.5),
    (compile_guarded(r"\b(?:study population|sample|cohort|trial)\b", re.I), 0.5),
]
NEGATIVE = [
    (compile_guarded(r"^\s*(?:years?|yrs?|months?|weeks?|days?|hours?|mg|g|kg|ml|mm|cm|%|percent)\b", re.I), -5.0),
    (compile_guarded(r"\b(?:aged|age|mean age|older than|younger than|over|under)\s*$", re.I), -3.0),
    (compile_guarded(r"\b(?:of whom|of these|of them|among them|in the\s+\w+\s+(?:group|arm)|per (?:group|arm)|each)\b", re.I), -1.5),
    (compile_guarded(r"\b(?:in|to|and|" + sentence_comparing("sample_size_before") + r")\s*$", re.I), -0.5),
]


def words_to_int(text: str) -> int | None:
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", text.lower()):
        if not w or w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def to_int(text: str) -> int | None:
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[,\s]\d{3})+|\d+", t):
        return int(re.sub(r"[,\s]", "", t))
    return words_to_int(t)


@dataclass(frozen=True)
class SampleSize:
    value: int | None
    sentence: str | None
    score: float = 0.0


def _score(sentence: str, start: int, end: int, noun: str) -> float:
    before = sentence[max(0, start - 60):start]
    after = sentence[end:end + 120]
    s = 1.0
    for rx, w in POSITIVE:
        if rx.search(before) or (w >= 2.0 and rx.search(after)):
            s += w
    for rx, w in NEGATIVE:
        if rx.search(after if w == -5.0 else before):
            s += w
    if noun.lower() in ("controls", "control", "cases", "case", "eyes", "eye", "knees", "knee", "lesions",
                        "lesion", "teeth", "joints", "limbs", "hips", "shoulders", "feet", "members"):
        s -= 0.5
    return s


def extract_sample_size(sentences: list[str]) -> SampleSize:
    """The most plausible total N over the abstract's sentences (None when none is stated)."""
    cands: list[SampleSize] = []
    for idx, sent in enumerate(sentences):
        for m in CAND.finditer(sent):
            n = to_int(m.group("num"))
            if n is None or n < 2 or n > 5_000_000 or (1900 <= n <= 2030 and re.match(r"\d{4}$", m.group("num"))):
                continue
            score = _score(sent, m.start(), m.end("num"), m.group("noun")) - 0.02 * idx
            cands.append(SampleSize(n, sent, score))
        for m in N_EQ.finditer(sent):
            n = to_int(m.group("num"))
            if n is None or n < 2:
                continue
            score = _score(sent, m.start(), m.end(), "") + 0.5 - 0.02 * idx
            if re.search(r"\b(?:total|overall|all)\b", sent[max(0, m.start() - 40):m.start()], re.I):
                score += 1.5
            cands.append(SampleSize(n, sent, score))
    if not cands:
        return SampleSize(None, None, 0.0)
    top = max(c.score for c in cands)
    if top < 0.5:
        return SampleSize(None, None, 0.0)
    # Group sizes are reported beside the total with similar wording; the total is the largest of
    # the near-best candidates.
    near = [c for c in cands if c.score >= top - 1.0]
    return max(near, key=lambda c: (c.value, c.score))
