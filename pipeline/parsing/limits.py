"""Resource limits of the parsers, and the tally of records a file holds.

One record larger than ``EVIDENCE_MAX_RECORD_BYTES`` (default 16 MiB; the largest real PubMed
records, with thousands of authors, are a few hundred KB) is quarantined with a reason naming the
limit, read past in small blocks, never held whole: a 50 MB record must not cost minutes and a
gigabyte. For text formats the size is counted in characters of the decoded line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO, Iterator

from pipeline.models import ParseProblem

MAX_RECORD_BYTES_ENV = "EVIDENCE_MAX_RECORD_BYTES"
DEFAULT_MAX_RECORD_BYTES = 16 << 20


def max_record_size() -> int:
    """The record-size limit in force (``EVIDENCE_MAX_RECORD_BYTES``)."""
    raw = os.environ.get(MAX_RECORD_BYTES_ENV)
    return int(raw) if raw else DEFAULT_MAX_RECORD_BYTES


def oversized(source: str, position: str, size: int, limit: int, snippet: str | bytes = "") -> ParseProblem:
    """The quarantine entry for a record over the limit (it is not parsed at all)."""
    if isinstance(snippet, bytes):
        snippet = snippet.decode("utf-8", "replace")
    return ParseProblem(source, position, f"record too large: {size:,} bytes, over the limit of {limit:,} bytes "
                        f"({MAX_RECORD_BYTES_ENV}); quarantined unread", snippet[:400])


@dataclass
class RecordTally:
    """Records the file holds, counted independently of what parsed (``None``: not counted).

    Ingest compares it with records loaded + records quarantined: a file whose records are not all
    accounted for is never "ok"."""

    records: int | None = None


@dataclass
class Oversized:
    """Stands for a line longer than the limit (its text is not kept)."""

    size: int
    head: str


def bounded_lines(fileobj: IO[str], limit: int, tally: RecordTally | None = None) -> Iterator[str | Oversized]:
    """The lines of a text stream, except that a line longer than ``limit`` characters comes out as
    :class:`Oversized`, read past in pieces. ``tally`` counts the non-blank lines."""
    while True:
        line = fileobj.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            head, size = line[:400], len(line)
            while True:
                more = fileobj.readline(1 << 20)
                size += len(more)
                if not more or more.endswith("\n"):
                    break
            if tally is not None:
                tally.records = (tally.records or 0) + 1
            yield Oversized(size, head)
            continue
        if tally is not None and line.strip():
            tally.records = (tally.records or 0) + 1
        yield line
