"""Record parsers. ``parse_path`` detects the format by content and streams ParsedItems.

Formats: PubMed XML (efetch, baseline/update files, MedlineCitationSet; .xml or .xml.gz), MEDLINE
text (.nbib), JSONL/CSV/TSV (optionally gzipped), OpenAlex works JSON (or a zip of them).
"""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.models import Article, ParsedItem, ParseProblem
from pipeline.parsing import detect
from pipeline.parsing.limits import RecordTally, max_record_size
from pipeline.parsing.medline import parse_medline
from pipeline.parsing.openalex import parse_openalex_json, parse_openalex_zip
from pipeline.parsing.pubmed_xml import parse_pubmed_xml
from pipeline.parsing.tabular import parse_delimited, parse_jsonl, parse_pubmedqa

__all__ = ["parse_path", "parse_pubmed_xml", "detect_format", "iter_paths", "open_binary", "RecordTally",
           "PARSER_RELEASE"]

# Bumped whenever a parser reads the same bytes into different records. A refresh then reads again the files it had
# loaded with an older release (pipeline/store/source_files.py), and a record read again from its own file replaces
# the stored one when its content differs (pipeline/store/articles.py), so a parser fix reaches existing databases.
# 2026.12.1: every parser before session 53 (no release was recorded). 2026.12.2: OpenAlex section labels left inline
# without their colon start sections ("Purpose The treatment … Methods Eleven patients …"). 2026.12.3: two labels joined
# ("Methods and results", "Background and aims") are one label. 2026.12.4: a labelled section whose text carries further
# section labels inline ("OBJECTIVE: To investigate ... Methods: ... Results: ...") is split at them, in every format
# (text.split_inner_labels).
PARSER_RELEASE = "2026.12.4"
detect_format = detect.detect_format


def open_binary(path: Path):
    """The file's bytes, decompressed when it is gzip."""
    return gzip.open(path, "rb") if detect.is_gzip(path) else open(path, "rb")


def _open_text(path: Path):
    enc = detect.text_encoding(detect.read_head(path))
    return io.TextIOWrapper(open_binary(path), encoding=enc, errors="replace", newline="")


def parse_path(path: str | Path, tally: RecordTally | None = None) -> Iterator[ParsedItem]:
    """Stream the records of one file (any supported format), never holding the file in memory.

    ``tally``, when given, receives the number of records the file holds, counted apart from what
    parsed (record start tags for PubMed XML, lines or rows for the text formats), so the caller can
    check that every record was loaded or quarantined. One record larger than
    ``EVIDENCE_MAX_RECORD_BYTES`` is quarantined unread.
    """
    p = Path(path)
    source = str(p)
    if not p.is_file():
        yield ParseProblem(source, "0", "not a file", "", fatal=True)
        return
    fmt = detect.detect_format(p)
    limit = max_record_size()
    if fmt == detect.EMPTY:
        yield ParseProblem(source, "0", "empty file", "", fatal=True)
    elif fmt == detect.UNKNOWN:
        head = detect.read_head(p, 4096)
        enc = detect.text_encoding(head)
        what = ("binary content" if detect.looks_binary(detect.decode_head(head))
                else f"text ({enc.replace('-sig', '')}) in no known layout")
        yield ParseProblem(source, "0", f"unrecognised format: {what}; expected PubMed XML, MEDLINE, "
                           "JSONL/CSV/TSV with pmid, title, abstract, or OpenAlex JSON",
                           detect.decode_head(head[:200]), fatal=True)
    elif fmt == detect.PUBMED_XML:
        with open_binary(p) as fh:
            yield from parse_pubmed_xml(fh, source, reopen=lambda: open_binary(p), max_record_bytes=limit,
                                        tally=tally)
    elif fmt == detect.OPENALEX_ZIP:
        yield from parse_openalex_zip(str(p), source)
    elif fmt == detect.PUBMEDQA:
        with open_binary(p) as fh:
            yield from parse_pubmedqa(fh, source)
    elif fmt == detect.OPENALEX_JSON:
        with open_binary(p) as fh:
            yield from parse_openalex_json(fh, source)
    else:
        with _open_text(p) as fh:
            try:
                if fmt == detect.MEDLINE:
                    yield from parse_medline(fh, source, limit, tally)
                elif fmt == detect.JSONL:
                    yield from parse_jsonl(fh, source, limit, tally)
                else:
                    yield from parse_delimited(fh, source, "\t" if fmt == detect.TSV else ",", limit, tally)
            except (EOFError, OSError) as exc:
                yield ParseProblem(source, "end", f"truncated input: {exc}", "", fatal=True)


def latest_articles(paths: Iterable[str | Path], pmids: set[int] | None = None) -> dict[int, Article]:
    """The version of each PMID the store would keep (:meth:`Article.precedence`: the richest, latest
    record wins) among the record files under ``paths``; only ``pmids`` when given. Parse problems
    are passed over (ingest reports them)."""
    best: dict[int, Article] = {}
    for path in iter_paths(paths):
        for item in parse_path(path):
            if isinstance(item, Article) and (pmids is None or item.pmid in pmids):
                cur = best.get(item.pmid)
                if cur is None or item.precedence() > cur.precedence():
                    best[item.pmid] = item
    return best


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders (recursively, sorted) to files with a supported suffix; files pass as given."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    suffixes = {s.lower() for s in f.suffixes}
                    if suffixes & detect.SUPPORTED_SUFFIXES and not name.startswith("."):
                        yield f
        else:
            yield p
