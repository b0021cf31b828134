"""Parse one large PubMed XML file in several processes while the caller loads what is ready.

The file is cut into pieces of whole records (:mod:`pipeline.parsing.xml_chunks`); worker processes
parse each piece and turn its articles into stored rows (:func:`prepare_batch`), and the results come
back in file order as :class:`PreparedBatch`, :class:`Deletion` and :class:`ParseProblem` items.
Parsing is most of the cost of ingest, so on two cores this roughly doubles throughput; the
database stays in the calling process. At most ``2 × workers`` pieces are in flight, so memory does
not grow with the file. Order and problems are those of the serial parser: records before a fatal
problem are kept, nothing after it is read.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
from collections import deque
from dataclasses import replace
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, Union

from pipeline.models import Article, Deletion, ParseProblem
from pipeline.parsing import detect, open_binary
from pipeline.parsing.limits import RecordTally, max_record_size
from pipeline.parsing.pubmed_xml import piece_items, stream_problem
from pipeline.parsing.xml_chunks import XmlPiece, split_pubmed_xml
from pipeline.store.articles import PreparedBatch, prepare_batch

Segment = Union[PreparedBatch, Deletion, ParseProblem]
_LINE = re.compile(r"\bline (\d+)")

# Below this many (compressed) bytes a file is parsed in-process: starting workers costs more.
MIN_BYTES = int(os.environ.get("EVIDENCE_PARALLEL_MIN_BYTES", str(8 << 20)))


def workers_from_env() -> int:
    """``EVIDENCE_INGEST_WORKERS`` (0 or 1 = parse in-process), default the number of CPUs."""
    raw = os.environ.get("EVIDENCE_INGEST_WORKERS")
    return int(raw) if raw else (os.cpu_count() or 1)


def parse_piece(piece: XmlPiece, source: str) -> tuple[list[Segment], int]:
    """Parse one piece (in a worker): runs of articles become one PreparedBatch each, so the caller
    keeps the file's order of records, deletions and problems. Also returns the piece's newlines;
    line numbers in problems are relative to the piece until the caller shifts them. A malformed
    record is quarantined alone, as the serial parser does (:func:`piece_items`)."""
    out: list[Segment] = []
    run: list[Article] = []
    for item in piece_items(piece, source):
        if isinstance(item, Article):
            run.append(item)
            continue
        if run:
            out.append(prepare_batch(run))
            run = []
        out.append(item)
    if run:
        out.append(prepare_batch(run))
    return out, piece.body_lines()


def _shift_lines(problem: ParseProblem, offset: int) -> ParseProblem:
    """Turn line numbers relative to a piece (libxml2 puts them in the position and the message)
    into the file's line numbers."""
    if not offset or not problem.position.startswith("line "):
        return problem

    def shift(m: re.Match) -> str:
        return f"line {int(m.group(1)) + offset}"

    return replace(problem, position=_LINE.sub(shift, problem.position), reason=_LINE.sub(shift, problem.reason))


class ParallelParser:
    """A pool of parsing processes, started on first use and reused for every file of an ingest."""

    def __init__(self, workers: int, records_per_piece: int = 250):
        self.workers = workers
        self.records_per_piece = records_per_piece
        self._pool: ProcessPoolExecutor | None = None

    def wants(self, path: Path) -> bool:
        """True when ``path`` is PubMed XML big enough to be worth splitting."""
        return (self.workers > 1 and path.stat().st_size >= MIN_BYTES
                and detect.detect_format(path) == detect.PUBMED_XML)

    def segments(self, path: Path, tally: RecordTally | None = None) -> Iterator[Segment] | None:
        """The file's items in order, or ``None`` when it cannot be split (parse it serially then).
        ``tally`` receives the records the file holds (record start tags)."""
        source = str(path)
        fh = open_binary(path)
        pieces = split_pubmed_xml(fh, self.records_per_piece, max_record_size())
        if pieces is None:
            fh.close()
            return None
        return self._run(fh, pieces, source, tally)

    def _run(self, fh, pieces: Iterator[XmlPiece], source: str,
             tally: RecordTally | None = None) -> Iterator[Segment]:
        pool = self._start()
        pending: deque = deque()
        lines = [0]  # newlines of the file before the next piece to emit
        try:
            with fh:
                for piece in pieces:
                    if tally is not None:
                        tally.records = (tally.records or 0) + piece.record_starts()
                    if piece.stream_error is not None and not piece.oversized:
                        if (yield from self._drain(pending, lines)):
                            return
                        yield stream_problem(source, piece.first_record, piece.stream_error)
                        return
                    pending.append(pool.submit(parse_piece, piece, source))
                    if len(pending) >= 2 * self.workers:
                        if (yield from self._emit(pending.popleft().result(), lines)):
                            return
                yield from self._drain(pending, lines)
        finally:
            for f in pending:
                f.cancel()

    def _drain(self, pending: deque, lines: list[int]):
        while pending:
            if (yield from self._emit(pending.popleft().result(), lines)):
                return True
        return False

    @staticmethod
    def _emit(result: tuple[list[Segment], int], lines: list[int]):
        """Yield a piece's items; returns True after a fatal problem (the serial parser stops there)."""
        segments, piece_lines = result
        for seg in segments:
            if isinstance(seg, ParseProblem):
                seg = _shift_lines(seg, lines[0])
            yield seg
            if isinstance(seg, ParseProblem) and seg.fatal:
                return True
        lines[0] += piece_lines
        return False

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: children start from a clean process, not a fork of one running DuckDB threads
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["pipeline.parallel_parse"])
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> "ParallelParser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
