"""Sentences of an abstract, with offsets and the section each sits in.

:func:`split_sentences` is the project's one sentence splitter (moved here from
``pipeline.claims.direction_rules``, which still exports it, so the NLP layer can use it too);
:func:`sentence_spans` adds where each sentence starts and ends in the text and the role of its
section (title, background, methods, results, conclusion, or body when the abstract is unlabelled),
read from heading lines as PubMed text and Evidence Inference write them ("RESULTS:",
"ABSTRACT.RESULTS:", "TITLE:"). :func:`split_at_stops` is the older, plainer cut that some readers
were built and scored on, :func:`split_at_stops_and_semicolons` the grader's and :func:`runs_to_stops`
the claim drafter's; they live here too so that every way the project cuts sentences is in one
module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.regex_guard import compile_guarded


_SPLIT = r"(?<=[.!?])\s+(?=[A-Z0-9(])|(?<=[a-z]{2}\.)(?=[A-Z][a-z])"
# not after "vs." / "e.g." / "i.e." / "Fig.": "7 days vs. 8 days" is one sentence
_SPLIT_KEEPING_ABBREVIATIONS = r"(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bFig\.)" + _SPLIT
# Both alternatives start right after a ". ! ?", so a one-character lookbehind in front finds the same cuts;
# without it re tries the four abbreviation lookbehinds and both alternatives at every character (the
# bundled abstracts cut 8x faster: 0.19 -> 0.024 s, the same pieces for all 1,254).
_CUT = re.compile(r"(?<=[.!?])(?:" + _SPLIT + ")")
_CUT_KEEPING_ABBREVIATIONS = re.compile(r"(?<=[.!?])(?:" + _SPLIT_KEEPING_ABBREVIATIONS + ")")


def split_sentences(text: str, *, keep_abbreviations: bool = False) -> list[str]:
    """The sentences of ``text``. With ``keep_abbreviations`` a full stop of "vs.", "e.g.", "i.e.",
    "Fig." ends none (off by default: the direction classifier was trained on the plain split)."""
    # Also split "durable.Level IV": abstracts rebuilt from OpenAlex's inverted index lose the space
    # after a section's last full stop.
    cut = _CUT_KEEPING_ABBREVIATIONS if keep_abbreviations else _CUT
    return [s.strip() for s in cut.split(text) if s.strip()]


_AT_STOPS = compile_guarded(r"(?<=[.!?])\s+")
_AT_STOPS_BEFORE_CAPITAL = compile_guarded(r"(?<=[.!?])\s+(?=[A-Z0-9(])")


def split_at_stops(text: str, *, before_capital: bool = False) -> list[str]:
    """``text`` cut at the whitespace after every ". ! ?" (with ``before_capital``, only where a capital,
    digit or "(" comes next), as :func:`re.split` cuts it: pieces unstripped, an empty one kept.

    Not :func:`split_sentences`: it cuts "p < 0.05. and" and not the glued "durable.Level" (336 of
    the bundled corpus's 1,259 abstracts hold one), so the readers that use it — design's randomisation
    cue, the sample-size fallback, the linker's sentence roles — would move their figures on the
    other. They keep it until a change meant to move them moves them."""
    return (_AT_STOPS_BEFORE_CAPITAL if before_capital else _AT_STOPS).split(text)


# the grader's cut (pipeline/grading/phrases.py:sentences): at . ! ? and also ; before a capital, digit
# or bracket, and at a glued "durable.Level"
_AT_STOPS_AND_SEMICOLONS = compile_guarded(r"(?<=[.!?;])\s+(?=[A-Z0-9(\[])|(?<=[a-z0-9)\]][.!?])(?=[A-Z][a-z])")
_RUN_TO_STOP = compile_guarded(r"[^.!?]+[.!?]")


def split_at_stops_and_semicolons(text: str | None) -> list[str]:
    """``text`` cut as the grader's cue readers cut it (stripped, no empty pieces): also after a ";"
    that a capital, digit or bracket follows. Not :func:`split_sentences`: it differs on 323 of the
    bundled corpus's 1,259 abstracts (1,116 of their 15,599 sentences), so risk of bias, upgrades,
    signals and the Summary of Findings would move their figures on the other."""
    return [p.strip() for p in _AT_STOPS_AND_SEMICOLONS.split(text or "") if p and p.strip()]


def runs_to_stops(block: str):
    """Each run of ``block`` up to and including a ". ! ?" as a match (with its offsets); text after
    the last stop is no sentence. The claim drafter's cut (pipeline/claims/draft.py), kept as it
    was scored on the seed: it differs from :func:`split_sentences` on 786 of the bundled corpus's
    1,259 abstracts ("p < 0.05" and "e.g." end a run here)."""
    return _RUN_TO_STOP.finditer(block)


@dataclass(frozen=True)
class SentenceSpan:
    text: str
    start: int
    end: int
    role: str  # title, background, methods, results, conclusion, body


# a heading: "RESULTS:", "ABSTRACT.RESULTS:", "Methods and findings:" at the start of a line
_HEADING = compile_guarded(r"^[ \t]*(?:ABSTRACT\.)?(?P<label>[A-Z][A-Za-z &/-]{2,40}?)[ \t]*:[ \t]*", re.M)
_ROLES = (("TITLE", "title"), ("BACKGROUND", "background"), ("INTRODUCTION", "background"),
          ("CONTEXT", "background"), ("OBJECTIVE", "background"), ("AIM", "background"),
          ("PURPOSE", "background"), ("METHOD", "methods"), ("DESIGN", "methods"),
          ("PATIENTS", "methods"), ("SETTING", "methods"), ("MATERIAL", "methods"),
          ("INTERVENTION", "methods"), ("RESULT", "results"), ("FINDING", "results"),
          ("OUTCOME", "results"), ("CONCLU", "conclusion"), ("INTERPRETATION", "conclusion"),
          ("DISCUSSION", "conclusion"), ("SIGNIFICANCE", "conclusion"), ("IMPLICATION", "conclusion"))


def without_heading(sentence: str) -> str:
    """``sentence`` without the section heading an abstract's text carries before a section's first sentence
    ("FINANCIAL DISCLOSURE: Dr. Scott is ..." → "Dr. Scott is ...")."""
    m = _HEADING.match(sentence)
    return sentence[m.end():] if m else sentence


def section_role(label: str) -> str:
    """The role of a section heading ("METHODS AND FINDINGS" → methods: the first word decides)."""
    label = label.upper()
    hits = [(label.find(k), role) for k, role in _ROLES if k in label]
    return min(hits)[1] if hits else "body"


def sentence_spans(text: str) -> list[SentenceSpan]:
    """Every sentence of ``text`` with its offsets and section role; a heading is not a sentence."""
    return list(_spans(text))


# The findings reader asks for the same abstract's sentences once per comparison, outcome and claim
# (a link run reads 208 comparisons of 74 studies): cut once per text. Spans are frozen; the tuple too.
@lru_cache(maxsize=1024)
def _spans(text: str) -> tuple[SentenceSpan, ...]:
    out: list[SentenceSpan] = []
    heads = [m for m in _HEADING.finditer(text) if section_role(m.group("label")) != "body"
             and (m.group("label").isupper() or m.start() == 0 or text[m.start() - 1] == "\n")]
    cuts = [(m.start(), m.end(), section_role(m.group("label"))) for m in heads]
    blocks = []
    pos, role = 0, "body"
    for s, e, r in cuts:
        blocks.append((pos, s, role))
        pos, role = e, r
    blocks.append((pos, len(text), role))
    for a, b, r in blocks:
        chunk = text[a:b]
        cursor = 0
        for para in re.split(r"\n\s*\n", chunk):
            for sent in split_sentences(para, keep_abbreviations=True):
                i = chunk.find(sent, cursor)
                if i < 0:
                    continue
                cursor = i + len(sent)
                start = a + i
                # an inline label opens a section inside a paragraph ("… were recorded. Results: The …")
                inline = _INLINE.match(sent)
                if inline and section_role(inline.group("label")) != "body":
                    r = section_role(inline.group("label"))
                    sent, start = sent[inline.end():], start + inline.end()
                    if not sent:
                        continue
                out.append(SentenceSpan(sent, start, start + len(sent), r))
    return tuple(out)


_INLINE = compile_guarded(r"(?P<label>(?:[A-Z][a-z]+|[A-Z]{3,})(?:(?:/| and | & )[A-Z]?[a-z]+)?)\s*:\s+")
