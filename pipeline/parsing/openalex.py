"""OpenAlex works JSON (as in the SYNERGY datasets): a JSON array of works, or a zip of such arrays.

The abstract is rebuilt from ``abstract_inverted_index``; the PMID comes from ``ids.pmid``. Works
without a PMID cannot become PubMed articles and are reported, not dropped silently.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
import zlib
from typing import IO, Iterator

from pipeline.models import AbstractSection, Article, MeshHeading, MeshQualifier, ParsedItem, ParseProblem
from pipeline.parsing.text import (INLINE_LABELS, clean, render_abstract, sections_at_labels, split_inner_labels,
                                   year_of)
from pipeline.parsing.text import INLINE_LABEL as _INLINE


# OpenAlex uses ISO 639-1 codes; PubMed uses three-letter codes.
_ISO639 = {"en": "eng", "fr": "fre", "de": "ger", "es": "spa", "zh": "chi", "ja": "jpn", "it": "ita",
           "ru": "rus", "pt": "por", "nl": "dut", "pl": "pol", "ko": "kor", "tr": "tur"}


def rebuild_abstract(index: dict[str, list[int]] | None) -> str:
    if not index:
        return ""
    positions: dict[int, str] = {}
    for word, where in index.items():
        for p in where:
            positions[p] = word
    return clean(" ".join(positions[i] for i in sorted(positions)))


# OpenAlex keeps the publisher's markup as words of the inverted index: headings ("<h3>Purpose</h3>", "<b>Methods:</b>"),
# inline styles ("<i>", "<sup>2</sup>", MathML) and entities ("&amp;"). PubMed gives the same abstracts as labelled
# sections of plain text; so are these read, or the spaCy reader and every rule after it see "<h3>Conclusions</h3>" as
# words of the results sentence before it.
_HEADING = re.compile(r"<h[1-6]>\s*(?P<h>[^<]{0,80}?)\s*:?\s*</h[1-6]>"
                      r"|<b>\s*(?P<b>[^<]{1,60}?)\s*:\s*</b>|<b>\s*(?P<b2>[^<]{1,60}?)\s*</b>\s*:", re.I)
_NOT_A_LABEL = {"abstract", "summary"}  # the heading of the whole abstract, not of a section
_GLUED = re.compile(r"\s*<(sup|sub)>\s*(.*?)\s*</\1>", re.I)  # "cm <sup>2</sup>" → "cm2", as element_text glues them
_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")


def plain(text: str) -> str:
    """``text`` without inline markup (tags dropped, their words kept; sub- and superscripts glued to the word before)
    and with HTML entities read ("&amp;" → "&")."""
    if "<" not in text and "&" not in text:
        return clean(text)
    text = _GLUED.sub(lambda m: m.group(2), text)
    return clean(html.unescape(_TAG.sub(" ", text)))


# The same labels with their colon lost ("Background Video-assisted thoracic surgery … Methods Eleven patients were
# treated … Results One year after …", about 4% of the workshop's abstracts, nearly all from OpenAlex): one of
# INLINE_LABELS written with a capital, opening the abstract (after a heading word "Abstract", if any) or a sentence, and
# followed by a capitalised word or a number. "Results were similar" or "methods used" are words of a sentence, not
# labels; longer labels are tried first ("Material and Methods" before "Methods").
_BARE = re.compile(r"(?:(?<=^)|(?<=[.?!)\]] ))(?P<label>(?i:"
                   + "|".join(re.escape(label) for label in sorted(INLINE_LABELS, key=len, reverse=True))
                   + r")) (?=[A-Z0-9(])")
_ABSTRACT_WORD = re.compile(r"Abstract ")


def inline_sections(text: str) -> list[AbstractSection] | None:
    """``text``'s sections when it opens with an inline label of :data:`INLINE_LABELS` and has another later
    ("Background: Few randomized … Purpose: To compare … Methods: …"), else None. Labels without their colon
    ("Purpose To compare … Methods Eleven patients …") count when every label of the abstract is so written and
    begins with a capital (:data:`_BARE`)."""
    marks = [m for m in _INLINE.finditer(text) if m.group("label").lower() in INLINE_LABELS]
    if len(marks) < 2 or marks[0].start() != 0:
        heading = _ABSTRACT_WORD.match(text)
        text = text[heading.end():] if heading else text
        marks = [m for m in _BARE.finditer(text) if m.group("label")[0].isupper()]
        if len(marks) < 2 or marks[0].start() != 0:
            return None
    return sections_at_labels(text, marks)


def abstract_sections(text: str) -> list[AbstractSection]:
    """The rebuilt abstract as sections: one per heading of its markup (labelled by the heading), or per inline label
    (:func:`inline_sections`), else one unlabelled section, as PubMed XML and MEDLINE give an unstructured abstract."""
    sections: list[AbstractSection] = []
    label, pos = None, 0
    for m in _HEADING.finditer(text):
        body = plain(text[pos:m.start()])
        if body or label:
            sections.append(AbstractSection(label, None, body))
        heading = plain(m.group("h") or m.group("b") or m.group("b2") or "")
        label = None if heading.lower() in _NOT_A_LABEL or not heading else heading
        pos = m.end()
    body = plain(text[pos:])
    if body or label:
        sections.append(AbstractSection(label, None, body))
    if len(sections) == 1 and sections[0].label is None:
        sections = inline_sections(sections[0].text) or sections
    # (labels written without their colon leave one written with it inside a section: "Results One year after ...
    # Clinical relevance: augmentation of ...")
    return split_inner_labels(sections)


def _pmid(work: dict) -> int | None:
    raw = ((work.get("ids") or {}).get("pmid") or "").rstrip("/").rsplit("/", 1)[-1]
    return int(raw) if raw.isdigit() else None


def work_to_article(work: dict, source: str, position: str) -> ParsedItem:
    pmid = _pmid(work)
    if pmid is None:
        return ParseProblem(source, position, f"no PMID for OpenAlex work {work.get('id', '?')}",
                            clean(str(work.get("title") or ""))[:400])
    mesh: dict[str, tuple[bool, str | None, list[MeshQualifier]]] = {}
    for m in work.get("mesh") or []:
        name = m.get("descriptor_name")
        if not name:
            continue
        major, ui, quals = mesh.get(name, (False, m.get("descriptor_ui"), []))
        if m.get("qualifier_name"):
            quals.append(MeshQualifier(m["qualifier_name"], bool(m.get("is_major_topic")), m.get("qualifier_ui")))
        mesh[name] = (major or bool(m.get("is_major_topic")), ui, quals)
    loc = (work.get("primary_location") or {}).get("source") or work.get("host_venue") or {}
    doi = (work.get("doi") or "").replace("https://doi.org/", "") or None
    pmcid = ((work.get("ids") or {}).get("pmcid") or "").rstrip("/").rsplit("/", 1)[-1] or None
    pub_date = work.get("publication_date") or (str(work["publication_year"]) if work.get("publication_year") else None)
    sections = abstract_sections(rebuild_abstract(work.get("abstract_inverted_index")))
    # rendered as every parser renders sections ("PURPOSE: …" paragraphs), so one record reads alike from any format
    abstract = render_abstract(sections) if any(s.label for s in sections) else (sections[0].text if sections else "")
    return Article(
        pmid=pmid,
        title=plain(work.get("title") or work.get("display_name") or ""),
        abstract=abstract,
        abstract_sections=sections,
        journal=clean(loc.get("display_name") or "") or None,
        year=work.get("publication_year") or year_of(pub_date),
        pub_date=pub_date,
        languages=[_ISO639.get(work["language"], work["language"])] if work.get("language") else [],
        mesh=[MeshHeading(n, major, ui, tuple(q)) for n, (major, ui, q) in mesh.items()],
        keywords=[clean(k.get("display_name") or k.get("keyword") or "") for k in work.get("keywords") or []
                  if isinstance(k, dict)],
        doi=doi,
        pmc=pmcid,
        authors=[_display_to_family_given(n) for n in _author_names(work)],
        date_revised=(work.get("updated_date") or "")[:10] or None,
        entry_date=(work.get("created_date") or "")[:10] or None,
        source_format="openalex",
        source_file=source,
    )


def _author_names(work: dict) -> list[str]:
    names = []
    for a in work.get("authorships") or []:
        if isinstance(a, dict):
            who = a.get("author") if isinstance(a.get("author"), dict) else {}
            name = clean(str(who.get("display_name") or a.get("raw_author_name") or ""))
            if name:
                names.append(name)
    return names


def _display_to_family_given(name: str) -> str:
    """OpenAlex's "Given Family" as "Family, Given" (the last word is taken as the family name, the
    best a display name allows); one-word names stay as they are."""
    given, _, family = name.rpartition(" ")
    return f"{family}, {given}" if given else name


def parse_openalex_json(fileobj: IO[bytes], source: str, member: str | None = None) -> Iterator[ParsedItem]:
    where = f"{source}:{member}" if member else source
    try:
        data = json.load(fileobj)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        # the whole file (or zip member) is unreadable: fatal, so it is never counted "ok"
        yield ParseProblem(where, "0", f"invalid OpenAlex JSON: {exc}", "", fatal=True)
        return
    works = data.get("results", [data]) if isinstance(data, dict) else data
    if not isinstance(works, list):
        yield ParseProblem(where, "0", f"not OpenAlex works: expected a list, found {type(works).__name__}",
                           str(works)[:400], fatal=True)
        return
    for i, work in enumerate(works, start=1):
        position = f"{member + ' ' if member else ''}work {i}"
        if not isinstance(work, dict):
            yield ParseProblem(where, f"work {i}", "not a JSON object", str(work)[:400])
            continue
        try:
            yield work_to_article(work, source, position)
        except (TypeError, ValueError, AttributeError, KeyError) as exc:  # a field of an unexpected type
            yield ParseProblem(where, position, f"unreadable OpenAlex work: {type(exc).__name__}: {exc}",
                               json.dumps(work, default=str)[:400])


def parse_openalex_zip(path: str, source: str) -> Iterator[ParsedItem]:
    """Every ``.json`` member of the zip, in natural order. A damaged archive or member is a problem
    of its own (fatal for the archive, one per member), never an exception."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        yield ParseProblem(source, "0", f"not a readable zip archive: {exc}", "", fatal=True)
        return
    with zf:
        for name in sorted(zf.namelist(), key=_natural):
            if not name.lower().endswith(".json"):
                continue
            try:
                with zf.open(name) as fh:
                    data = fh.read()
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error, NotImplementedError) as exc:
                yield ParseProblem(f"{source}:{name}", "0", f"unreadable zip member: {exc}", "", fatal=True)
                continue
            yield from parse_openalex_json(io.BytesIO(data), source, member=name)


def _natural(name: str):
    import re

    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name)]
