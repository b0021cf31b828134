"""One reading of an article, made once and shared by every claim that asks about it.

The linker assesses each (claim, article) query hit and the direction readers read each linked
one; what they need of the article alone — the abbreviations it defines (spaCy), its sentences with
the linker's roles, its conclusion and results sentences, whether it reports data — does not depend
on the claim. :func:`read_article` computes it once; :class:`Readings` keeps one per article for a
link run (an article is a hit of several claims: 648 hits are 349 articles on the bundled corpus).
The abbreviations come from the store where the extract stage read them (``article_abbreviations``);
spaCy runs here only for an article without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from pipeline.claims.direction_rules import conclusion_and_results, has_results_section, reports_no_data
from pipeline.models import Article
from pipeline.nlp.abbreviations import abbreviations_in, defining_text, whole_compound
from pipeline.nlp.regex_guard import compile_guarded
from pipeline.nlp.sentences import split_at_stops, split_sentences
from pipeline.nlp.vocabulary import vocabulary, word_set

# section labels whose sentences set the scene rather than report the study
BACKGROUND_LABELS = ("BACKGROUND", "INTRODUCTION", "CONTEXT", "RATIONALE", "PURPOSE", "AIM", "OBJECTIVE")
# the labels of a section stating the study's aim (among the background labels)
AIM_LABELS = ("PURPOSE", "AIM", "OBJECTIVE")
# a sentence that states the study's aim is not background even where it opens an abstract
OBJECTIVE = compile_guarded(r"\b(?:we aimed|this study|the (?:aim|purpose|objective)|we (?:investigated|evaluated|compared|assessed)|"
                       r"to (?:investigate|evaluate|compare|assess|determine|examine))\b", re.I)


def _heading_words() -> str:
    cues = vocabulary("pico_cues")
    words = {w for k in ("section_background", "section_methods", "section_results", "section_conclusions") for w in cues[k]}
    return "|".join(sorted((w.capitalize() for w in words), key=lambda w: (-len(w), w)))


# a structured abstract's heading glued to the sentences on both sides, as some sources write it ("... of the knee
# joint.MethodsClinical data of 46 patients ..."; heading words: data/lexicons/pico_cues.yaml section_*): the heading
# starts a sentence of its own ("Methods: Clinical data of 46 patients"), as it would in a structured abstract
_GLUED_HEADING = compile_guarded(r"(?<=[a-z0-9)\]][.!?])(?:" + _heading_words() + r")(?=[A-Z][a-z])")


def _unglue_headings(text: str) -> str:
    return _GLUED_HEADING.sub(lambda m: f" {m.group(0)}: ", text) if text else text


def sentences_with_roles(article: Article) -> list[tuple[str, str]]:
    """(role, sentence): role is title, background, or body (methods/results/conclusions)."""
    out = [("title", article.title)]
    sections = article.abstract_sections or []
    if sections and any(s.label for s in sections):
        for s in sections:
            label = (s.nlm_category or s.label or "").upper()
            role = "background" if label.startswith(BACKGROUND_LABELS) and "METHOD" not in label else "body"
            aim = label.startswith(AIM_LABELS)
            # cut where a capital, digit or bracket follows, as an unstructured abstract is: "diagnosed with S.
            # marcescens meningitis" is one sentence (fresh129 C1168)
            for sent in split_at_stops(_unglue_headings(s.text), before_capital=True):
                if sent:
                    # a sentence of the aim's section that states the aim ("To compare … MACT versus MFx for
                    # treating symptomatic knee cartilage lesions") says whom the study treats, as an unstructured
                    # abstract's aim sentence does (below): not background; so does the aim closing a BACKGROUND
                    # section ("The aim of this study was to determine whether repetitive heat-shock treatment of
                    # oesophageal cancer cells would ..."; session 55)
                    out.append(("body" if (aim or role == "background") and OBJECTIVE.search(sent) else role, sent))
    else:
        sents = [x for x in split_at_stops(_unglue_headings(article.abstract or ""), before_capital=True) if x]
        for i, sent in enumerate(sents):
            # unstructured abstracts: the first sentence (of several) sets the scene, unless it
            # states the study's aim
            scene = i == 0 and len(sents) > 3 and not OBJECTIVE.search(sent)
            out.append(("background" if scene else "body", sent))
    return out


@dataclass(frozen=True)
class ArticleReading:
    """What the linker and the direction readers read of one article, independent of any claim."""

    text: str  # title and abstract, the text mentions are counted in
    abbreviations: dict[str, str]  # short form → long form, as the abstract defines them
    roles: tuple[tuple[str, str], ...]  # (role, sentence), see sentences_with_roles
    conclusion: tuple[str, ...]
    results: tuple[str, ...]
    reports_no_data: bool  # a technique or hypothesis presented without outcome data
    has_results_section: bool

    @cached_property
    def body_sentences(self) -> tuple[str, ...]:
        """The body sentences, sentences the roles keep glued together split apart: what an abstract whose results
        are not labelled may state its results in. Split once per article, not once per claim that hits it."""
        return tuple(x for role, s in self.roles if role == "body" for x in split_sentences(s))


# a name the abstract gives a product in so many words: "Cross-linked hyaluronan--also called Hylan G-F
# 20--is a medical device", "bone marrow concentrate, also known as BMAC, …"
_ALIAS = compile_guarded(r"(?P<long>(?:[\w-]+[ \t]+){0,3}[\w-]+)[ \t]*(?:--|—|–|,|\()\s*(?:also\s+)?(?:called|known as|termed|"
                    r"referred to as|marketed as)\s+(?P<alias>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?)\s*"
                    r"(?=--|—|–|,|\)|\.|;|\s+(?:is|was|are|were|has|had)\b)")
# every _ALIAS match contains one of these words: a text without them is not scanned (the scan tries
# up to four words of a name at every position, 1-2 ms an abstract)
_ALIAS_WORDS = compile_guarded(r"called|known as|termed|referred to as|marketed as")


def aliases_in(text: str) -> dict[str, str]:
    """Names ``text`` gives a thing in so many words ("X--also called Y--", "X, also known as Y,"): alias →
    the words it names, read like an abbreviation the abstract defines."""
    if not text or not _ALIAS_WORDS.search(text):
        return {}
    return {m.group("alias").strip(): m.group("long").strip() for m in _ALIAS.finditer(text)}


# a short form in capitals (two to five letters), and the words of a phrase (split at spaces and hyphens)
_CAPITALS = compile_guarded(r"(?<![\w-])[A-Z]{2,5}(?![\w-])")
_PHRASE_WORD = compile_guarded(r"[A-Za-z][a-z]+")
# roman numerals are not short forms ("type II", "grade IV"), and a phrase neither starts nor ends with a function word
# ("microfracture for" is no reading of MF)
_ROMAN = compile_guarded(r"^[IVXL]+$")
_FUNCTION_WORDS = word_set("mentions", "abbreviation_skipped_words")
_STANDARD_SHORT_FORMS = word_set("mentions", "standard_short_forms")


def initialisms_in(title: str, text: str, defined: dict[str, str]) -> dict[str, str]:
    """Short forms the record uses without defining them, each read as the one phrase of its title whose words'
    initials spell it ("Hwanggeumchal sorghum induces cell cycle arrest ..." and "the use of HS as an edible
    therapeutic agent"): short form -> phrase. The phrase starts where the title's phrase does (the title's start,
    punctuation or a function word before it: "Chondrocyte Implantation" inside "Autologous Chondrocyte
    Implantation" is no reading of an undefined "CI"), and neither starts nor ends with a function word. A short form
    with no such phrase, or with two different ones, is left unread."""
    if not text or not title:
        return {}
    out: dict[str, str] = {}
    words = [(m.start(), m.end(), m.group(0)) for m in _PHRASE_WORD.finditer(title)]
    # each short form once, however often the text uses it (the title's phrases do not change between uses)
    for short in dict.fromkeys(m.group(0) for m in _CAPITALS.finditer(text)):
        if short in defined or short in _STANDARD_SHORT_FORMS or _ROMAN.match(short):
            continue
        n, found = len(short), set()
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            before = title[:run[0][0]].rstrip(" ")
            starts = i == 0 or not before or not before[-1].isalnum() or words[i - 1][2].lower() in _FUNCTION_WORDS
            # consecutive words only (a space or a hyphen between them), their initials the short form's letters
            if starts and all(title[a[1]:b[0]] in (" ", "-") for a, b in zip(run, run[1:])) and \
                    "".join(w[2][0] for w in run).upper() == short and \
                    run[0][2].lower() not in _FUNCTION_WORDS and run[-1][2].lower() not in _FUNCTION_WORDS:
                found.add(title[run[0][0]:run[-1][1]].lower())
        if len(found) == 1:
            out[short] = found.pop()
    return out


def read_article(article: Article, abbreviations: dict[str, str] | None = None) -> ArticleReading:
    """The article's reading. ``abbreviations``: the ones the extract stage stored for it; without
    them spaCy reads the text now. Names the abstract gives in so many words ("also called") count
    as abbreviations it defines, and so do short forms it uses without defining them whose letters are the
    initials of a phrase of its title (:func:`initialisms_in`); a long form written after another word and a colon
    is the whole compound (:func:`pipeline.nlp.abbreviations.whole_compound`)."""
    text = defining_text(article.title, article.abstract)
    if abbreviations is None:
        abbreviations = abbreviations_in(text)
    aliases = aliases_in(text)
    if aliases:
        abbreviations = {**aliases, **abbreviations}
    if ":" in text:
        abbreviations = whole_compound(text, abbreviations)
    initialisms = initialisms_in(article.title or "", text, abbreviations)
    if initialisms:
        abbreviations = {**initialisms, **abbreviations}
    concl, results = conclusion_and_results(article)
    return ArticleReading(text, abbreviations, tuple(sentences_with_roles(article)), tuple(concl),
                          tuple(results), reports_no_data(article), has_results_section(article))


class Readings:
    """One :class:`ArticleReading` per article, made at first request (a link run's cache).
    ``abbreviations``: pmid → the abbreviations stored with its extraction
    (:func:`pipeline.store.abbreviations.current_abbreviations`)."""

    def __init__(self, abbreviations: dict[int, dict[str, str]] | None = None) -> None:
        self._by_pmid: dict[int, ArticleReading] = {}
        self._abbreviations = abbreviations or {}

    def of(self, article: Article) -> ArticleReading:
        r = self._by_pmid.get(article.pmid)
        if r is None:
            r = self._by_pmid[article.pmid] = read_article(article, self._abbreviations.get(article.pmid))
        return r
