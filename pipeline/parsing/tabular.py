"""JSONL / CSV / TSV records with at least ``pmid, title, abstract``.

Optional columns: publication_types, mesh_terms, year, journal, doi (lists as JSON arrays or
``;``-joined). Any other column (``claim``, dev-set labels …) is carried in ``Article.extra``.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Iterator

from pipeline.models import AbstractSection, Article, MeshHeading, ParsedItem, ParseProblem
from pipeline.parsing.limits import Oversized, RecordTally, bounded_lines, max_record_size, oversized
from pipeline.parsing.text import clean, normalise_publication_type, render_abstract, year_of

KNOWN = {"pmid", "title", "abstract", "publication_types", "mesh_terms", "year", "journal", "doi",
         "pub_date", "keywords", "languages"}
REQUIRED = {"pmid", "title", "abstract"}
csv.field_size_limit(sys.maxsize)


def _list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [clean(str(v)) for v in value if str(v).strip()]
    s = str(value).strip()
    if s.startswith("["):
        try:
            return [clean(str(v)) for v in json.loads(s) if str(v).strip()]
        except json.JSONDecodeError:
            pass
    return [clean(p) for p in s.split(";") if p.strip()]


def record_to_article(rec: dict, source: str, position: str, fmt: str = "tabular") -> ParsedItem:
    """One row/object → Article, or a ParseProblem naming what is wrong."""
    lower = {str(k).strip().lower(): v for k, v in rec.items() if k is not None}
    raw = lower.get("pmid")
    raw_s = str(raw).strip() if raw is not None else ""
    if raw_s.endswith(".0"):
        raw_s = raw_s[:-2]
    if raw_s.startswith("http"):  # https://pubmed.ncbi.nlm.nih.gov/12345
        raw_s = raw_s.rstrip("/").rsplit("/", 1)[-1]
    if not raw_s.isdigit():
        return ParseProblem(source, position, f"missing or invalid pmid {raw_s[:40]!r}",
                            json.dumps(rec, ensure_ascii=False, default=str)[:400])
    year = lower.get("year")
    year_i = int(str(year)[:4]) if year not in (None, "") and str(year)[:4].isdigit() else None
    pub_date = clean(str(lower.get("pub_date") or "")) or (str(year_i) if year_i else None)
    extra = {k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
             for k, v in lower.items() if k not in KNOWN and v is not None}
    abstract = clean(str(lower.get("abstract") or ""))
    return Article(
        pmid=int(raw_s),
        title=clean(str(lower.get("title") or "")),
        abstract=abstract,
        # an unstructured abstract is one unlabelled section, as PubMed XML and MEDLINE give it
        abstract_sections=[AbstractSection(None, None, abstract)] if abstract else [],
        journal=clean(str(lower.get("journal") or "")) or None,
        year=year_i or year_of(pub_date),
        pub_date=pub_date,
        languages=_list(lower.get("languages")),
        publication_types=[normalise_publication_type(p) for p in _list(lower.get("publication_types"))],
        mesh=[MeshHeading(m.lstrip("*"), m.startswith("*")) for m in _list(lower.get("mesh_terms"))],
        keywords=_list(lower.get("keywords")),
        doi=clean(str(lower.get("doi") or "")) or None,
        source_format=fmt,
        source_file=source,
        extra=extra,
    )


# Bad lines before the first good record that are held back while deciding whether the file is
# JSON Lines at all (a pretty-printed JSON document fails on every line).
LOOKAHEAD_LINES = 1000


def parse_jsonl(fileobj: IO[str], source: str, max_record_bytes: int | None = None,
                tally: RecordTally | None = None) -> Iterator[ParsedItem]:
    """One Article per line; a line that is not JSON (a stray NUL byte, a cut line) is quarantined
    and the others load. The file is refused as a whole only when no line of its first
    ``LOOKAHEAD_LINES`` is a record object."""
    limit = max_record_bytes if max_record_bytes is not None else max_record_size()
    seen_valid = False
    held: list[ParseProblem] = []  # bad lines before the first good one
    for lineno, line in enumerate(bounded_lines(fileobj, limit, tally), start=1):
        if isinstance(line, Oversized):
            problem = oversized(source, f"line {lineno}", line.size, limit, line.head)
            if seen_valid:
                yield problem
            else:
                held.append(problem)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problem = ParseProblem(source, f"line {lineno}", f"invalid JSON: {exc}", line[:400])
            if seen_valid:
                yield problem
                continue
            held.append(problem)
            if len(held) >= LOOKAHEAD_LINES:
                break
            continue
        if not seen_valid:
            if not isinstance(obj, dict):
                held.append(ParseProblem(source, f"line {lineno}", "JSON line is not an object", line[:400]))
                if len(held) >= LOOKAHEAD_LINES:
                    break
                continue
            if not REQUIRED <= {str(k).lower() for k in obj}:
                yield ParseProblem(source, f"line {lineno}", "not a record file: objects need pmid, title, abstract; "
                                   f"found {sorted(obj)[:10]}", line[:400], fatal=True)
                return
            seen_valid = True
            yield from held
            held = []
        if not isinstance(obj, dict):
            yield ParseProblem(source, f"line {lineno}", "JSON line is not an object", line[:400])
            continue
        yield record_to_article(obj, source, f"line {lineno}")
    if not seen_valid and held:
        first = held[0]
        yield ParseProblem(source, first.position, f"not JSON Lines: no record object in the first {len(held)} "
                           f"lines (first problem: {first.reason})", first.snippet, fatal=True)


def parse_delimited(fileobj: IO[str], source: str, delimiter: str, max_record_bytes: int | None = None,
                    tally: RecordTally | None = None) -> Iterator[ParsedItem]:
    """One Article per row. A physical line longer than the record-size limit is quarantined unread
    (and skipped: the rows around it load)."""
    limit = max_record_bytes if max_record_bytes is not None else max_record_size()
    skipped: list[tuple[int, Oversized]] = []
    physical = [0]

    def lines() -> Iterator[str]:
        for line in bounded_lines(fileobj, limit):
            physical[0] += 1
            if isinstance(line, Oversized):
                skipped.append((physical[0], line))
                yield "\n"  # a blank line: the csv reader skips it
            else:
                yield line

    reader = csv.DictReader(lines(), delimiter=delimiter)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if not REQUIRED <= set(header):
        yield ParseProblem(source, "line 1", "not a record file: needs columns pmid, title, abstract; "
                           f"found {header[:10]}", "", fatal=True)
        return
    n = 0
    for row in reader:
        while skipped:
            at, big = skipped.pop(0)
            n += 1
            yield oversized(source, f"line {at}", big.size, limit, big.head)
        n += 1
        i = reader.line_num
        if None in row:  # more cells than header columns
            yield ParseProblem(source, f"line {i}", "row has more cells than the header",
                               json.dumps(row, default=str)[:400])
            continue
        yield record_to_article(row, source, f"line {i}")
    for at, big in skipped:
        n += 1
        yield oversized(source, f"line {at}", big.size, limit, big.head)
    if tally is not None:
        tally.records = n


def parse_pubmedqa(fileobj: IO[bytes], source: str) -> Iterator[ParsedItem]:
    """PubMedQA JSON ({pmid: {QUESTION, CONTEXTS, LABELS, LONG_ANSWER, final_decision}}).

    The question becomes ``extra['claim']``; the abstract is the labelled contexts followed by the
    conclusion (LONG_ANSWER) as a CONCLUSIONS section, so direction reading sees the whole abstract.
    """
    data = json.load(fileobj)
    for i, (pmid, rec) in enumerate(data.items(), start=1):
        if not str(pmid).isdigit() or not isinstance(rec, dict):
            yield ParseProblem(source, f"record {i}", f"invalid PubMedQA record {str(pmid)[:40]!r}", "")
            continue
        labels = rec.get("LABELS") or [None] * len(rec.get("CONTEXTS", []))
        sections = [AbstractSection(lab, None, clean(t)) for lab, t in zip(labels, rec.get("CONTEXTS", []))]
        if rec.get("LONG_ANSWER"):
            sections.append(AbstractSection("CONCLUSIONS", "CONCLUSIONS", clean(rec["LONG_ANSWER"])))
        extra = {"claim": clean(rec.get("QUESTION") or "")}
        if rec.get("final_decision"):
            extra["final_decision"] = rec["final_decision"]
        yield Article(
            pmid=int(pmid), title=clean(rec.get("QUESTION") or ""), abstract=render_abstract(sections),
            abstract_sections=sections, year=int(rec["YEAR"]) if str(rec.get("YEAR") or "").isdigit() else None,
            mesh=[MeshHeading(m) for m in rec.get("MESHES") or []], source_format="tabular",
            source_file=source, extra=extra)
