"""Recognise a record file's format from its content (not its name), through gzip if present."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

PUBMED_XML, MEDLINE, JSONL, CSV, TSV, OPENALEX_JSON, OPENALEX_ZIP, PUBMEDQA, UNKNOWN, EMPTY = (
    "pubmed_xml", "medline", "jsonl", "csv", "tsv", "openalex_json", "openalex_zip", "pubmedqa", "unknown",
    "empty")
SUPPORTED_SUFFIXES = {".xml", ".gz", ".nbib", ".medline", ".txt", ".jsonl", ".ndjson", ".json", ".csv",
                      ".tsv", ".zip"}
HEAD = 65536


def is_gzip(path: str | Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def read_head(path: str | Path, n: int = HEAD) -> bytes:
    """First ``n`` bytes of the (decompressed) content; tolerant of truncated gzip."""
    if is_gzip(path):
        try:
            with gzip.open(path, "rb") as fh:
                return fh.read(n)
        except (EOFError, OSError):
            with open(path, "rb") as raw:
                d = __import__("zlib").decompressobj(16 + 15)
                return d.decompress(raw.read(), n)
    with open(path, "rb") as fh:
        return fh.read(n)


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def text_encoding(head: bytes) -> str:
    """The text encoding of a file from its first bytes.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32: Windows tools write UTF-16 with one); text
    whose every other byte is NUL is UTF-16 without one; otherwise UTF-8 unless the head is not
    valid UTF-8 (then Windows-1252, a superset of Latin-1).
    """
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    bare = _bomless_utf16(head)
    if bare:
        return bare
    try:
        head.decode("utf-8")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4:  # a multi-byte character cut by the head boundary
            return "utf-8-sig"
        return "cp1252"


def _bomless_utf16(head: bytes) -> str | None:
    sample = head[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_head(head: bytes) -> str:
    """The head as text (its encoding detected), without a byte-order mark."""
    return head.decode(text_encoding(head), errors="replace").lstrip("\ufeff")


def looks_binary(text: str) -> bool:
    """Binary content: more than 5% control characters in the (decoded) head. A stray NUL or two in
    a text file does not make it binary: its bad line is quarantined, the rest loads."""
    sample = text[:4096]
    if not sample:
        return False
    ctrl = sum(1 for ch in sample if ord(ch) < 9 or 13 < ord(ch) < 32)
    return ctrl / len(sample) > 0.05


def detect_format(path: str | Path) -> str:
    """One of pubmed_xml, medline, jsonl, csv, tsv, openalex_json, openalex_zip, empty, unknown."""
    with open(path, "rb") as fh:
        magic = fh.read(4)
    if magic.startswith(b"PK\x03\x04"):
        return OPENALEX_ZIP
    head = read_head(path)
    if not head.strip():
        return EMPTY
    decoded = decode_head(head)
    if looks_binary(decoded):
        return UNKNOWN
    text = decoded.lstrip()
    if text.startswith("<"):
        if re.search(r"<(PubmedArticleSet|MedlineCitationSet|PubmedArticle|DeleteCitation)\b", text):
            return PUBMED_XML
        return UNKNOWN
    if re.search(r"^PMID- ?\s*\d", text, re.M):
        return MEDLINE
    if text.startswith("["):
        return OPENALEX_JSON if "abstract_inverted_index" in text or "openalex" in text else UNKNOWN
    if text.startswith("{"):
        first = text.split("\n", 1)[0]
        if re.match(r'\{\s*"\d+"\s*:\s*\{\s*"QUESTION"', text):
            return PUBMEDQA
        if "abstract_inverted_index" in first and '"results"' in text[:2000]:
            return OPENALEX_JSON
        return JSONL
    first_line = text.split("\n", 1)[0].lower()
    if "pmid" in first_line:
        if first_line.count("\t") > first_line.count(","):
            return TSV
        return CSV
    return UNKNOWN
