"""Streaming reader for MEDLINE tagged text (.nbib, .medline, .txt with ``PMID- `` tags).

A record is a run of ``TAG - value`` lines (continuations indented by six spaces) ending at a blank
line. MEDLINE text is NLM's ASCII rendering of the record (± is ``+/-``); values are kept as found.
"""

from __future__ import annotations

import re
from typing import IO, Iterator

from pipeline.models import (AbstractSection, Article, CommentCorrection, MeshHeading, MeshQualifier,
                             ParsedItem, ParseProblem)
from pipeline.parsing.limits import Oversized, RecordTally, bounded_lines, max_record_size, oversized
from pipeline.parsing.text import (clean, iso_date, normalise_publication_type, render_abstract, split_inner_labels,
                                   year_of)

_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*-\s?(.*)$")
# Section labels inside AB ("BACKGROUND: ..."), upper-case words followed by a colon.
_LABEL = re.compile(r"(?:(?<=^)|(?<=[.?!)\]] ))([A-Z][A-Z0-9 ,&/()'-]{2,60}): ")
_CC_TAGS = {"CIN": "CommentIn", "CON": "CommentOn", "EIN": "ErratumIn", "EFR": "ErratumFor",
            "RIN": "RetractionIn", "ROF": "RetractionOf", "RPI": "RepublishedIn", "RPF": "RepublishedFrom",
            "UIN": "UpdateIn", "UOF": "UpdateOf", "SPIN": "SummaryForPatientsIn", "ORI": "OriginalReportIn",
            "ECI": "ExpressionOfConcernIn", "ECF": "ExpressionOfConcernFor", "CRI": "CorrectedandRepublishedIn",
            "CRF": "CorrectedandRepublishedFrom", "RRI": "RetractedandRepublishedIn",
            "RRF": "RetractedandRepublishedFrom"}
_PMID_REF = re.compile(r"PMID:\s*(\d+)")
_DP = re.compile(r"^(\d{4})(?:\s+([A-Za-z]{3})(?:\s+(\d{1,2}))?)?")


def parse_medline(fileobj: IO[str], source: str, max_record_bytes: int | None = None,
                  tally: RecordTally | None = None) -> Iterator[ParsedItem]:
    """Yield one Article (or ParseProblem) per record. A record longer than the record-size limit
    is quarantined unread."""
    limit = max_record_bytes if max_record_bytes is not None else max_record_size()
    fields: list[tuple[str, str]] = []
    start_line = 0
    index = 0
    size = 0  # characters of the current record
    big: list[str] = []  # the start of an oversized record (its fields are not kept)

    def finish() -> ParsedItem:
        nonlocal index
        index += 1
        if big:
            return oversized(source, f"record {index} (line {start_line})", size, limit, big[0])
        return _convert(fields, source, index, start_line)

    for lineno, raw in enumerate(bounded_lines(fileobj, limit), start=1):
        if isinstance(raw, Oversized):
            if not fields and not big:
                start_line = lineno
            size += raw.size
            if not big:
                big.append(_snippet(fields) + "\n" + raw.head)
            fields = [("", "")]  # the record goes on until its blank line
            continue
        line = raw.rstrip("\r\n")
        if not line.strip():
            if fields or big:
                yield finish()
                fields, big, size = [], [], 0
            continue
        size += len(raw)
        if big:
            continue
        if size > limit:
            big.append(_snippet(fields))
            continue
        if line.startswith("      ") and fields:
            tag, value = fields[-1]
            fields[-1] = (tag, value + " " + line.strip())
            continue
        m = _TAG.match(line)
        if not m:
            if fields:
                tag, value = fields[-1]
                fields[-1] = (tag, value + " " + line.strip())
            continue
        if not fields:
            start_line = lineno
        fields.append((m.group(1), m.group(2).strip()))
    if fields or big:
        yield finish()
    if tally is not None:
        tally.records = index
    if index == 0:
        yield ParseProblem(source, "line 1", "no MEDLINE records found (no `PMID- ` lines)", "", fatal=True)


def _snippet(fields: list[tuple[str, str]]) -> str:
    return "\n".join(f"{t:<4}- {v}" for t, v in fields)[:400]


def _convert(fields: list[tuple[str, str]], source: str, index: int, line: int) -> ParsedItem:
    tags: dict[str, list[str]] = {}
    for t, v in fields:
        tags.setdefault(t, []).append(v)
    raw = (tags.get("PMID") or [""])[0]
    m = re.match(r"^(\d+)(?:\.(\d+))?", raw)
    if not m:
        return ParseProblem(source, f"record {index} (line {line})", f"missing or invalid PMID {raw!r}",
                            _snippet(fields))
    try:
        return _article(tags, int(m.group(1)), int(m.group(2) or 1), source)
    except Exception as exc:
        return ParseProblem(source, f"record {index} (line {line})", f"unreadable record: {exc}", _snippet(fields))


def _first(tags: dict[str, list[str]], tag: str) -> str | None:
    v = tags.get(tag)
    return clean(v[0]) if v else None


def split_sections(abstract: str) -> list[AbstractSection]:
    """Recover Label sections from a MEDLINE abstract ("BACKGROUND: ... METHODS: ...")."""
    marks = list(_LABEL.finditer(abstract))
    if not marks or marks[0].start() != 0:
        return [AbstractSection(None, None, abstract)] if abstract else []
    out = []
    for i, mk in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(abstract)
        out.append(AbstractSection(mk.group(1), None, abstract[mk.end():end].strip()))
    return split_inner_labels(out)


def _mesh(value: str) -> MeshHeading:
    parts = value.split("/")
    desc = parts[0]
    dmajor = desc.startswith("*")
    quals = tuple(MeshQualifier(q.lstrip("*"), q.startswith("*")) for q in parts[1:])
    return MeshHeading(desc.lstrip("*"), dmajor or any(q.major for q in quals), None, quals)


def _yyyymmdd(v: str | None) -> str | None:
    if v and len(v) >= 8 and v[:8].isdigit():
        return f"{v[:4]}-{v[4:6]}-{v[6:8]}"
    return None


def _authors(tags: dict[str, list[str]]) -> list[str]:
    """Persons from ``FAU`` ("Family, Given"), or from ``AU`` ("Family FI" → "Family, FI") when a record
    has no full names; then group authors (``CN``). MEDLINE text does not keep persons and groups
    interleaved, so groups come last."""
    persons = [re.sub(r"\s+,", ",", clean(v)) for v in tags.get("FAU", [])]  # "An , H S" occurs
    if not persons:
        for v in tags.get("AU", []):
            v = clean(v)
            family, _, initials = v.rpartition(" ")
            persons.append(f"{family}, {initials}" if family and initials.isupper() and len(initials) <= 4 else v)
    return [p for p in persons if p] + [clean(v) for v in tags.get("CN", []) if clean(v)]


def _article(tags: dict[str, list[str]], pmid: int, version: int, source: str) -> Article:
    # AB is one paragraph with inline "LABEL: " headings; re-render it as XML's sections are.
    sections = split_sections(clean(" ".join(tags.get("AB", []))))
    dp = _first(tags, "DP") or ""
    m = _DP.match(dp)
    pub_date = iso_date(m.group(1), m.group(2), m.group(3)) if m else None
    doi = None
    for v in tags.get("AID", []) + tags.get("LID", []):
        if v.endswith("[doi]"):
            doi = v[: -len("[doi]")].strip()
            break
    cc = []
    for tag, ref_type in _CC_TAGS.items():
        for v in tags.get(tag, []):
            pm = _PMID_REF.search(v)
            ref_source = clean(_PMID_REF.sub("", v)) or None
            cc.append(CommentCorrection(ref_type, int(pm.group(1)) if pm else None, ref_source))
    edat = _first(tags, "EDAT")
    entry = edat[:10].replace("/", "-") if edat and edat[:4].isdigit() else _yyyymmdd(_first(tags, "DA"))
    return Article(
        pmid=pmid,
        version=version,
        title=clean(" ".join(tags.get("TI", []))) or clean(" ".join(tags.get("TT", []))),
        abstract=render_abstract(sections),
        abstract_sections=sections,
        journal=_first(tags, "JT") or _first(tags, "TA"),
        year=year_of(pub_date),
        pub_date=pub_date,
        languages=[clean(v) for v in tags.get("LA", [])],
        publication_types=[normalise_publication_type(v) for v in tags.get("PT", [])],
        mesh=[_mesh(v) for v in tags.get("MH", [])],
        keywords=[clean(v) for v in tags.get("OT", [])],
        chemicals=[re.sub(r"^\S+\s+\((.*)\)$", r"\1", clean(v)) for v in tags.get("RN", [])],
        doi=doi,
        pmc=_first(tags, "PMC"),
        authors=_authors(tags),
        citation_status=_first(tags, "STAT"),
        comments_corrections=cc,
        date_revised=_yyyymmdd(_first(tags, "LR")),
        entry_date=entry,
        source_format="medline",
        source_file=source,
    )
