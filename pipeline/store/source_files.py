"""Fingerprints of local input files, so unchanged files are not parsed again on a refresh (unless the parsers have
changed since: ``parser_release``, migration 027)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.parsing import PARSER_RELEASE


@dataclass(frozen=True)
class FileFingerprint:
    path: str
    sha256: str
    size_bytes: int


def fingerprint(path: str | Path) -> FileFingerprint:
    p = Path(path)
    h = hashlib.sha256()
    with p.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return FileFingerprint(str(p.resolve()), h.hexdigest(), p.stat().st_size)


def already_loaded(con: duckdb.DuckDBPyConnection, fp: FileFingerprint, parser_release: str = PARSER_RELEASE) -> bool:
    """True when this exact content was loaded into this database before by the same parser release. A truncated
    file counts too: the same bytes give the same complete records, so reading them again adds nothing. A file
    loaded by an older release is read again, as the parsers may now read it differently."""
    return bool(con.execute(
        "SELECT count(*) FROM source_files WHERE path = ? AND sha256 = ? AND status IN ('ok', 'partial') "
        "AND parser_release = ?", [fp.path, fp.sha256, parser_release]).fetchone()[0])


def mark_loaded(con: duckdb.DuckDBPyConnection, fp: FileFingerprint, n_records: int, status: str,
                parser_release: str = PARSER_RELEASE) -> None:
    """Record that ``fp`` was loaded (``status`` ok or partial) by ``parser_release``."""
    con.execute("DELETE FROM source_files WHERE path = ? AND sha256 = ?", [fp.path, fp.sha256])
    con.execute("INSERT INTO source_files (path, sha256, size_bytes, n_records, status, parser_release) "
                "VALUES (?, ?, ?, ?, ?, ?)", [fp.path, fp.sha256, fp.size_bytes, n_records, status, parser_release])
