"""Abbreviations an article defines ("bone marrow aspirate concentrate (BMAC)"): scispaCy's
AbbreviationDetector (Schwartz & Hearst) on the scispaCy tokenizer, and nothing else.

The detector reads tokens and parentheses only — no sentences, entities or model — so this pipeline
finds exactly what the full NLP pipeline finds, at a fraction of its cost (no sentencizer, no NER,
no entity ruler). The extract stage reads every article's abbreviations once (:func:`abbreviations_of`)
and stores them with its extraction (``article_abbreviations``); the linker reads them back
(:mod:`pipeline.claims.reading`) and runs spaCy itself only for an article not extracted yet.

It runs on scispaCy's own tokenizer, not on the extraction Doc: the NER model's tokenizer splits
hyphenated words ("AD-MSCs" → "AD - MSCs"), and the detector then finds other definitions (169 of
the bundled corpus's 1,259 articles differ), which would move links.
"""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.vocabulary import word_set


@lru_cache(maxsize=1)
def _detector():
    # spaCy is imported here, not with the module: the linker imports this module but reads the
    # abbreviations the extract stage stored, and importing spaCy costs half a second per process
    import scispacy.abbreviation  # noqa: F401  (registers "abbreviation_detector")
    import spacy

    # after importing spaCy, which sets its own warning filters: scispaCy's AbbreviationDetector warns
    # on every doc when its optional global matcher is empty.
    warnings.filterwarnings("ignore", message=r".*\[W036\].*")

    from pipeline.nlp.tokenizer import scispacy_tokenizer

    nlp = spacy.blank("en")
    nlp.tokenizer = scispacy_tokenizer(nlp)
    nlp.add_pipe("abbreviation_detector")
    return nlp


def defining_text(title: str, abstract: str | None) -> str:
    """The text an article's abbreviations are read in (and the linker counts mentions in): title, a
    newline, abstract."""
    return f"{title}\n{abstract}"


def abbreviations_in(text: str) -> dict[str, str]:
    """Short form → long form for the abbreviations ``text`` defines."""
    if "(" not in text:  # every definition the detector knows is parenthesised
        return {}
    doc = _detector()(text)
    return with_subscripts(text, {a.text: whole_long_form(a.text, a._.long_form.text, text) for a in doc._.abbreviations})


def abbreviations_of(texts: list[str], batch_size: int = 64) -> list[dict[str, str]]:
    """:func:`abbreviations_in` of each of ``texts``, the detector run over them as one stream."""
    out: list[dict[str, str]] = [{} for _ in texts]
    todo = [i for i, t in enumerate(texts) if "(" in t]
    for i, doc in zip(todo, _detector().pipe((texts[i] for i in todo), batch_size=batch_size)):
        out[i] = with_subscripts(texts[i], {a.text: whole_long_form(a.text, a._.long_form.text, texts[i])
                                            for a in doc._.abbreviations})
    return out


# a parenthesised short form ending in a gas's subscript its long form does not write: "hyperbaric oxygen (HBO2)",
# "end-tidal carbon dioxide (EtCO2)", "partial pressure of oxygen (PaO2)". Only O, C, N or H before a 2, 3 or 4: a gene
# symbol's number is part of its name ("WT1", "SOD3", "SHMT2" are no "Wilms' tumor", "superoxide dismutase" ...)
_SUBSCRIPTED = compile_guarded(r"\((?P<short>(?P<letters>[A-Za-z]*[A-Z][A-Za-z]*[OCNH])(?P<digits>[2-4]))\)")


def with_subscripts(text: str, found: dict[str, str]) -> dict[str, str]:
    """``found`` with the definitions whose short form ends in a subscript number: Schwartz & Hearst's reading
    matches every character of the short form in the long form, and "hyperbaric oxygen" writes no "2", so the
    detector drops "(HBO2)". Its letters are matched as the detector matches (backwards, the first letter at a
    word's start, within the words a short form of that length may span); the short form keeps its number."""
    out = dict(found)
    for m in _SUBSCRIPTED.finditer(text):
        short, letters = m.group("short"), m.group("letters")
        if short in out or sum(c.isupper() for c in letters) < 2:
            continue
        long_form = _schwartz_hearst(letters, text[:m.start()])
        # the number is a subscript only where the long form does not write it ("polo-like kinase 1 (PLK1)" does)
        # (a run of words across a comma is a list, not one name: "intracranial pressure, brain oxygen tension (PbtO2)")
        if long_form and m.group("digits") not in long_form and len(long_form.split()) >= 2 \
                and not re.search(r"[,;]", long_form):
            out[short] = long_form
    return out


def _schwartz_hearst(short: str, before: str) -> str | None:
    """The long form Schwartz & Hearst's algorithm reads for ``short`` in the words right before its parenthesis,
    or None: each of the short form's characters, from the last, is found further back in the candidate text, and
    the first one must begin a word."""
    words = before.split()[-min(len(short) + 5, 2 * len(short)):]
    cand = " ".join(words)
    s, i = len(short) - 1, len(cand) - 1
    while s >= 0:
        c = short[s].lower()
        while i >= 0 and (cand[i].lower() != c or (s == 0 and i > 0 and cand[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = cand.rfind(" ", 0, i + 2) + 1
    return cand[start:].strip(" ,;:") or None


_WORD = compile_guarded(r"[\w-]+")


@lru_cache(maxsize=1)
def _skipped() -> frozenset[str]:
    """The words a long form may hold that its short form skips ("targeted testing and treatment (TTT)";
    data/lexicons/mentions.yaml abbreviation_skipped_words)."""
    return word_set("mentions", "abbreviation_skipped_words")


def _letters(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


def whole_long_form(short: str, long_form: str, text: str) -> str:
    """The long form the text writes before "(short)" when the detector kept only its end: Schwartz & Hearst take
    the shortest run of words holding the short form's letters in order, so "targeted testing and treatment (TTT)"
    gives "treatment" (three t's) and "characterized chondrocyte implantation (CCI)" gives "chondrocyte
    implantation". When the initials of the words before the parenthesis (skipping "and", "of" …) spell a short form
    in capitals and the detector's long form is their end, those words are the long form; else the detector's."""
    if not (short.isalpha() and short.isupper() and 2 <= len(short) <= 6) or len(long_form.split()) >= len(short):
        return long_form
    at = text.find(f"({short})")
    if at < 0:
        return long_form
    words = _WORD.findall(text[:at])[-(2 * len(short) + 2):]
    skipped = _skipped()
    picked: list[str] = []
    initials: list[str] = []
    for w in reversed(words):
        picked.append(w)
        if w.lower() in skipped and len(initials) < len(short):
            continue
        initials.append(w[0].upper())
        if len(initials) == len(short):
            break
    whole = " ".join(reversed(picked))
    if "".join(reversed(initials)) != short or picked[-1].lower() in skipped:
        return long_form
    # only a longer reading of the same words: the detector's long form is the end of it
    if _letters(whole) == _letters(long_form) or not _letters(whole).endswith(_letters(long_form)):
        return long_form
    return whole


# the characters other than ASCII letters that ``re``'s IGNORECASE matches to an ASCII letter and ``str.lower`` does not
# lower to it ("K", the Kelvin sign, lowers to "k" by itself)
_IGNORECASE_ALIKE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def ignorecase_lower(text: str) -> str:
    """``text`` lower-cased as ``re``'s IGNORECASE compares it with ASCII letters, one character for one (so offsets
    still point into ``text``): a plain search for a lower-case ASCII word in it finds every place a case-insensitive
    pattern of that word can match."""
    return text.lower() if text.isascii() else text.translate(_IGNORECASE_ALIKE).lower()


def whole_compound(text: str, abbreviations: dict[str, str]) -> dict[str, str]:
    """Each long form written in ``text`` right after another word and a colon ("poly-lactide:polyglycolic acid (PLGA)")
    read as the whole compound name: the abbreviation detector keeps only the words after the colon, and a copolymer
    is not the polymer its second half names."""
    out = dict(abbreviations)
    folded = None
    for short, long_form in abbreviations.items():
        if not long_form:
            continue
        # almost no long form is written right after a colon: a plain search for the colon and the long form, in the
        # letters IGNORECASE treats as one, rules those out before a pattern is compiled for each (half a millisecond
        # an article in the link stage); only for an ASCII long form, whose case folding this follows exactly
        if long_form.isascii():
            folded = ignorecase_lower(text) if folded is None else folded
            if ":" + long_form.lower() not in folded:
                continue
        m = re.search(r"([A-Za-z][\w-]*:)" + re.escape(long_form) + r"\s*\(\s*" + re.escape(short) + r"\s*\)", text, re.I)
        if m and m.group(1)[-2].islower():
            out[short] = (m.group(1) + long_form).lower()
    return out
