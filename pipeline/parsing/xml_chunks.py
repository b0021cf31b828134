"""Cut a PubMed XML stream into self-contained pieces of whole records, so that several processes
can parse one large file at once.

Each piece is the file's own prologue (XML declaration, DOCTYPE, root start tag) + a run of complete
records + the root end tag: a small valid PubMed XML document that :func:`parse_pubmed_xml` reads
like any other. Cuts fall right after a record's end tag (``</PubmedArticle>``,
``</PubmedBookArticle>``, ``</DeleteCitation>``, or ``</MedlineCitation>`` in the older
``MedlineCitationSet``), found by a byte search: libxml2 would have to parse the whole file to find
them otherwise. Only the bytes of the pieces in flight are held, so memory stays flat.

A stream that ends early gives, as its last piece, the bytes after the last complete record with no
end tag added, so the parser reports the truncation exactly as it does for the whole file; a
compressed stream that breaks is reported through :attr:`XmlPiece.stream_error`.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import IO, Iterator

_ROOT = re.compile(rb"<(PubmedArticleSet|MedlineCitationSet)(?:\s[^>]*)?>")
_ENDS = {
    b"PubmedArticleSet": re.compile(rb"</(?:PubmedArticle|PubmedBookArticle|DeleteCitation)>"),
    b"MedlineCitationSet": re.compile(rb"</(?:MedlineCitation|DeleteCitation)>"),
}
READ_BLOCK = 1 << 15
HEAD_LIMIT = 1 << 20  # a prologue longer than this is not a file we split
_LONGEST_END = 32  # bytes: longer than any record end tag


@dataclass
class XmlPiece:
    """One self-contained document of whole records, and where it sits in the file."""

    data: bytes
    first_record: int  # records (and deletion lists) before this piece
    records: int  # record end tags in this piece
    body_start: int = 0  # len of the prologue: data[body_start:] are the file's own bytes
    stream_error: Exception | None = None  # set on an empty last piece when the compressed stream broke
    oversized: int = 0  # > 0: one record of this many bytes (over the limit) was skipped unread
    snippet: bytes = b""  # the start of the oversized record
    body_line_count: int = 0  # newlines of an oversized record (its bytes are not kept)

    def body_lines(self) -> int:
        """Newlines of the file inside this piece (to report line numbers of later pieces)."""
        return self.body_line_count if self.oversized else self.data.count(b"\n", self.body_start)

    def record_starts(self) -> int:
        """Record start tags in this piece: the records the file holds here, whatever parses."""
        if self.oversized:
            return 1
        medline_set = b"<MedlineCitationSet" in self.data[:self.body_start]
        return count_record_starts(memoryview(self.data)[self.body_start:].tobytes(), medline_set)


_STARTS = re.compile(rb"<(PubmedArticle|PubmedBookArticle|MedlineCitation)[\s>/]")


def read_block(stream: IO[bytes], n: int) -> bytes:
    """Up to ``n`` bytes of the stream, by ``read1`` where the stream has one. When a compressed
    stream breaks, ``read(n)`` raises without giving out the decompressed bytes it had gathered for
    the call (up to n bytes of complete records lost); ``read1`` makes one read, so nothing is."""
    read1 = getattr(stream, "read1", None)
    return read1(n) if read1 is not None else stream.read(n)


def count_start_tags(data: bytes) -> tuple[int, int, int]:
    """Start tags in ``data``: (PubmedArticle, PubmedBookArticle, MedlineCitation)."""
    n = {b"PubmedArticle": 0, b"PubmedBookArticle": 0, b"MedlineCitation": 0}
    for m in _STARTS.finditer(data):
        n[m.group(1)] += 1
    return n[b"PubmedArticle"], n[b"PubmedBookArticle"], n[b"MedlineCitation"]


def records_from_tags(articles: int, books: int, citations: int, medline_set: bool = False) -> int:
    """Records: PubmedArticle and PubmedBookArticle elements; in a MedlineCitationSet, its
    MedlineCitation elements (inside a PubmedArticle they are part of it)."""
    return articles + books + (citations if medline_set else 0)


def count_record_starts(data: bytes, medline_set: bool = False) -> int:
    """Records begun in ``data`` (see :func:`records_from_tags`)."""
    return records_from_tags(*count_start_tags(data), medline_set)


def split_pubmed_xml(fileobj: IO[bytes], records_per_piece: int = 250,
                     max_record_bytes: int | None = None) -> Iterator[XmlPiece] | None:
    """Pieces of ``fileobj``, or ``None`` when the stream does not start like a PubMed XML file we can
    split; the caller then reopens the file and parses it whole. A record longer than
    ``max_record_bytes`` becomes a piece of its own with ``oversized`` set and no data: its bytes are
    skipped as they stream past, so memory stays bounded by the limit."""
    try:
        head = fileobj.read(HEAD_LIMIT)
    except (EOFError, OSError, zlib.error):
        return None
    m = _ROOT.search(head)
    if m is None or b"<!ENTITY" in head[: m.start()]:
        return None  # entity declarations could be referenced across records: not worth the risk
    return _pieces(fileobj, head, m, records_per_piece, max_record_bytes)


def _pieces(fileobj: IO[bytes], head: bytes, m: re.Match, per_piece: int,
            limit: int | None = None) -> Iterator[XmlPiece]:
    root = m.group(1)
    prologue = head[: m.end()]
    footer = b"</" + root + b">"
    ends = _ENDS[root]
    blocks = [head[m.end():]]  # bytes not yet in a piece; joined only when a piece is cut
    size = len(blocks[0])
    cuts: list[int] = []  # ends (offsets into the joined blocks) of the record end tags found
    scanned = 0  # every end tag ending at or before this offset is in ``cuts``
    records = 0
    eof, error = False, None
    while True:
        if len(cuts) < per_piece and size > scanned:
            # Start a little before ``scanned``: an end tag may straddle two blocks.
            start = max(0, scanned - _LONGEST_END)
            scanned = size
            for hit in ends.finditer(_tail(blocks, size - start)):
                end = start + hit.end()
                if end > (cuts[-1] if cuts else 0):
                    cuts.append(end)
                    if len(cuts) == per_piece:
                        scanned = end
                        break
        pending = size - (cuts[-1] if cuts else 0)  # bytes of the record being read
        if limit is not None and pending > limit and len(cuts) < per_piece:
            if cuts:  # first hand over the complete records before it
                data = b"".join(blocks)
                cut = cuts[-1]
                yield XmlPiece(b"".join((prologue, data[:cut], footer)), records, len(cuts), len(prologue))
                records += len(cuts)
                blocks, size, scanned, cuts = [data[cut:]], len(data) - cut, scanned - cut, []
                continue
            rest, skipped, lines, end_found, error = _skip_record(fileobj, b"".join(blocks), ends)
            if end_found:
                yield XmlPiece(b"", records, 1, oversized=skipped, snippet=_lead(blocks), body_line_count=lines)
                records += 1
                blocks, size, scanned, cuts = [rest], len(rest), 0, []
                continue
            # the stream ended (or broke) inside the oversized record
            yield XmlPiece(b"", records, 0, oversized=skipped, snippet=_lead(blocks), body_line_count=lines,
                           stream_error=error)
            return
        if len(cuts) < per_piece and not eof:
            try:
                block = read_block(fileobj, READ_BLOCK)
            except (EOFError, OSError, zlib.error) as exc:
                block, error = b"", exc
            if block:
                blocks.append(block)
                size += len(block)
                continue
            eof = True
        data = b"".join(blocks)
        if cuts:
            cut = cuts[-1]
            yield XmlPiece(b"".join((prologue, data[:cut], footer)), records, len(cuts), len(prologue))
            records += len(cuts)
            blocks, size, scanned, cuts = [data[cut:]], len(data) - cut, scanned - cut, []
            continue
        # No complete record left: what remains is the root end tag, or a cut-off record.
        tail = data.strip()
        if error is not None:
            yield XmlPiece(b"", records, 0, stream_error=error)
        elif tail and tail != footer:
            yield XmlPiece(prologue + data, records, 0, len(prologue))  # no end tag: the parser reports the cut
        return


def _lead(blocks: list[bytes]) -> bytes:
    return b"".join(blocks)[:400].lstrip()


def _skip_record(fileobj: IO[bytes], have: bytes, ends: re.Pattern):
    """Read past the end tag of the record that starts ``have``, keeping only a few bytes at a time.
    Returns (bytes after the end tag, bytes skipped, newlines skipped, end found, stream error)."""
    skipped = lines = 0
    buf = have
    while True:
        hit = ends.search(buf)
        if hit:
            skipped += hit.end()
            lines += buf.count(b"\n", 0, hit.end())
            return buf[hit.end():], skipped, lines, True, None
        keep = min(len(buf), _LONGEST_END)  # an end tag may straddle two reads
        skipped += len(buf) - keep
        lines += buf.count(b"\n", 0, len(buf) - keep)
        buf = buf[len(buf) - keep:]
        try:
            block = read_block(fileobj, READ_BLOCK)
        except (EOFError, OSError, zlib.error) as exc:
            return b"", skipped + len(buf), lines, False, exc
        if not block:
            return b"", skipped + len(buf), lines + buf.count(b"\n"), False, None
        buf += block


def _tail(blocks: list[bytes], n: int) -> bytes:
    """The last ``n`` bytes of the concatenated blocks, copying only the blocks it needs."""
    if len(blocks) == 1:
        b = blocks[0]
        return b if n >= len(b) else b[len(b) - n:]
    out, have = [], 0
    for b in reversed(blocks):
        out.append(b)
        have += len(b)
        if have >= n:
            break
    joined = b"".join(reversed(out))
    return joined[len(joined) - n:]
