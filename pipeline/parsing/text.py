"""Text helpers shared by the parsers: inline markup to plain text, whitespace, NLM's ASCII rendering."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipeline.models import AbstractSection


def clean(text: str | None) -> str:
    """Collapse runs of whitespace (XML pretty-printing, MEDLINE line wraps) to one space."""
    if not text:
        return ""
    return " ".join(text.split())


def element_text(elem) -> str:
    """All text inside ``elem`` with inline markup (<i>, <sup>, <sub>, MathML …) dropped, no word lost.

    Whitespace that pretty-printing put between a word and its <sub>/<sup> is removed so
    "β\\n  <sub>2</sub>-agonist" reads "β2-agonist", as PubMed shows it. Works on lxml and
    ElementTree elements; XML comments inside are skipped.
    """
    if elem is None:
        return ""
    if not len(elem):  # most elements carry plain text only
        return clean(elem.text)
    parts: list[str] = []
    _collect(elem, parts, top=True)
    return clean("".join(parts))


_GLUE = {"sub", "sup"}


def _collect(elem, parts: list[str], top: bool = False) -> None:
    tag = elem.tag.rsplit("}", 1)[-1] if isinstance(elem.tag, str) else None
    if tag is not None:  # comments and processing instructions contribute only their tail
        if not top and tag in _GLUE and parts:
            parts[-1] = parts[-1].rstrip()
        if elem.text:
            parts.append(elem.text)
        for child in elem:
            _collect(child, parts)
    if not top and elem.tail:
        parts.append(elem.tail)


# NLM's MEDLINE text format is ASCII: characters outside it are spelled out. The mapping below
# covers what PubMed's own export does for the characters seen in records; anything else falls back
# to its Unicode decomposition without accents.
NLM_ASCII = {
    "±": "+/-", "≤": "</=", "≥": ">/=", "®": "(R)", "©": "(C)", "™": "(TM)", "×": "x", "÷": "/",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "‘": "'", "’": "'", "‚": ",", "“": '"', "”": '"',
    "′": "'", "″": '"', "…": "...", "·": ".", "•": "*", "°": " degrees ", "µ": "mu", "μ": "mu",
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta", "η": "eta",
    "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "ν": "nu", "ξ": "xi", "ο": "omicron",
    "π": "pi", "ρ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi",
    "χ": "chi", "ψ": "psi", "ω": "omega", "Α": "Alpha", "Β": "Beta", "Γ": "Gamma", "Δ": "Delta",
    "Ε": "Epsilon", "Θ": "Theta", "Λ": "Lambda", "Π": "Pi", "Σ": "Sigma", "Φ": "Phi", "Ψ": "Psi",
    "Ω": "Omega", "→": "-->", "←": "<--", "↑": "increased", "↓": "decreased", "≈": "~", "≠": "not =",
    "\u00a0": " ", "\u2009": " ", "\u2002": " ", "\u2003": " ", "\u200a": " ", "\u202f": " ",
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "ł": "l", "Ł": "L", "¼": "1/4",
    "½": "1/2", "¾": "3/4",
    # MEDLINE parenthesises superscripts: "χ²" → "chi(2)" (seen in the p1m XML/.nbib pair)
    "²": "(2)", "³": "(3)", "¹": "(1)", "⁺": "(+)", "⁻": "(-)", "‰": "per thousand", "∼": "~", "～": "~",
}


# Section labels left inline as plain words (OpenAlex's "Background: … Purpose: … Methods: …", in 145 of the 1,144
# bundled works; a PubMed section holding the rest of the abstract): the labels of structured abstracts (PubMed's
# NlmCategory words and the journals' own), matched whole and in any case. In an unlabelled abstract only a label
# opening it, with another of them later, starts sections (openalex.inline_sections: "Results:" alone in a sentence is
# no structure); inside a labelled section, any of them opening a sentence does (split_inner_labels).
INLINE_LABELS = ("background", "backgrounds", "introduction", "context", "rationale", "purpose", "purposes", "aim",
                 "aims", "objective", "objectives", "hypothesis", "hypotheses", "study design", "design", "setting",
                 "methods", "method", "materials and methods", "material and methods", "patients and methods",
                 "participants", "interventions", "main outcome measures", "measurements", "results", "result", "findings",
                 "conclusion", "conclusions", "interpretation", "clinical relevance", "level of evidence",
                 "registration", "trial registration",
                 # two labels joined ("Methods and results A technique was developed ...": left out, the introduction
                 # took the methods and results as background; 29493355)
                 "methods and results", "results and conclusions", "results and conclusion", "background and aim",
                 "background and aims", "background and purpose", "background and objectives", "aims and objectives",
                 "design and methods", "subjects and methods", "setting and participants")
INLINE_LABEL = re.compile(r"(?:(?<=^)|(?<=[.?!)\]] ))(?P<label>[A-Za-z]+(?: [A-Za-z]+){0,3}): ")


def split_inner_labels(sections: list[AbstractSection]) -> list[AbstractSection]:
    """``sections`` with a labelled section split where its text carries further section labels of
    :data:`INLINE_LABELS` opening a sentence ("OBJECTIVE: To investigate ... Methods: RT-PCR was used ... Results:
    Compared with ... Conclusion: ..."): PubMed gives some records' whole structured abstract as one AbstractText (5 of
    the workshop corpus's 2,663 records with sections), and its results, read as the aim's section, would be background.
    Each label starts a section of its own, as it would had the publisher tagged it. An unlabelled section is left to
    the format's own reading (OpenAlex's ``inline_sections``)."""
    out = []
    for s in sections:
        marks = [m for m in INLINE_LABEL.finditer(s.text) if m.start() > 0
                 and m.group("label").lower() in INLINE_LABELS] if s.label else []
        if not marks:
            out.append(s)
            continue
        out.append(AbstractSection(s.label, s.nlm_category, s.text[:marks[0].start()].strip()))
        out += sections_at_labels(s.text, marks)
    return out


def sections_at_labels(text: str, marks: list[re.Match]) -> list[AbstractSection]:
    """One section per label match in ``text`` (each a match with a ``label`` group, in order), labelled by it and
    holding the text up to the next."""
    return [AbstractSection(m.group("label"), None,
                            text[m.end():marks[i + 1].start() if i + 1 < len(marks) else len(text)].strip())
            for i, m in enumerate(marks)]


def render_abstract(sections) -> str:
    """Plain abstract text from AbstractSections: "LABEL: text" paragraphs separated by a blank line.

    Every parser renders through this, so one record gives the same text from any format.
    """
    parts = []
    for s in sections:
        text = clean(s.text)
        if not text and not s.label:
            continue
        parts.append(f"{clean(s.label).upper()}: {text}".rstrip() if s.label else text)
    return PARAGRAPH.join(parts)


PARAGRAPH = "\n\n"


def to_nlm_ascii(text: str) -> str:
    """Render text the way MEDLINE/.nbib exports do (± → +/-, ≤ → </=, ® → (R), β → beta …).

    Paragraph breaks (blank lines between abstract sections) are kept; other whitespace collapses.
    """
    if PARAGRAPH in text:
        return PARAGRAPH.join(to_nlm_ascii(p) for p in text.split(PARAGRAPH))
    # only the non-ASCII characters are looked at (an abstract is mostly ASCII; a loop over every
    # character cost the link stage's query index a quarter of a second)
    return clean(_NON_ASCII.sub(_ascii_of, text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_of(m: re.Match) -> str:
    return _ascii_char(m.group())


@lru_cache(maxsize=4096)
def _ascii_char(ch: str) -> str:
    """One non-ASCII character as MEDLINE writes it: the table's rendering, else its base letters."""
    if ch in NLM_ASCII:
        return NLM_ASCII[ch]
    return unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii")


def comparable(text: str) -> str:
    """Loose form for cross-format comparison: ASCII, case-folded, spacing around punctuation ignored."""
    t = to_nlm_ascii(text).lower()
    # MEDLINE writes sub/superscripts in parentheses ("chi<sup>2</sup>" → "chi(2)").
    return re.sub(r"[\s()]+", "", t)


# PublicationType casing differs between sources ("JOURNAL ARTICLE"); PubMed's canonical forms.
_SMALL = {"of", "and", "in", "the", "for", "on", "or", "to", "a", "an"}
_SPECIAL = {"n.i.h.": "N.I.H.", "u.s.": "U.S.", "non-u.s.": "Non-U.S.", "p.h.s.": "P.H.S.",
            "non-p.h.s.": "Non-P.H.S.", "gov't": "Gov't"}


def normalise_publication_type(pt: str) -> str:
    """Case-normalise a PublicationType: "JOURNAL ARTICLE" → "Journal Article"."""
    pt = clean(pt)
    if not pt or not (pt.isupper() or pt.islower()):
        return pt
    words = []
    for i, w in enumerate(pt.split(" ")):
        lw = w.lower()
        if lw.rstrip(",") in _SPECIAL:
            words.append(_SPECIAL[lw.rstrip(",")] + ("," if lw.endswith(",") else ""))
        elif i and lw in _SMALL:
            words.append(lw)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(words)


_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def iso_date(year: str | None, month: str | None = None, day: str | None = None) -> str | None:
    """'2018', 'May'|'05', '7' → '2018-05-07' (as precise as given)."""
    if not year or not year.strip()[:4].isdigit():
        return None
    y = year.strip()[:4]
    if not month:
        return y
    m = month.strip()
    mi = int(m) if m.isdigit() else _MONTHS.get(m[:3].lower())
    if not mi or not 1 <= mi <= 12:
        return y
    if not day or not day.strip().isdigit():
        return f"{y}-{mi:02d}"
    return f"{y}-{mi:02d}-{int(day):02d}"


def year_of(date: str | None) -> int | None:
    if date and date[:4].isdigit():
        return int(date[:4])
    return None
