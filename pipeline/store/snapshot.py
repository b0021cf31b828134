"""Read-only snapshots so reviewers can query while a refresh writes.

DuckDB allows one writing process per file, and an open writer blocks other processes from opening
the file at all. Every command that writes publishes, at its end, a consistent copy next to the
database (``<db>.snapshot``) by checkpointing and copying to a temporary file that is then renamed
atomically. Reviewer commands read the live file when they can and fall back to the snapshot when a
refresh holds the lock.
"""

from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from pipeline.config import db_path

log = logging.getLogger(__name__)


def snapshot_path(path: str | Path | None = None) -> Path:
    p = db_path(path)
    return p.with_name(p.name + ".snapshot")


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: str | Path | None = None) -> Path | None:
    """Checkpoint ``con`` and atomically replace the snapshot with a copy of the database file."""
    src = db_path(path)
    if str(src) == ":memory:" or not src.exists():
        return None
    con.execute("CHECKPOINT")
    dst = snapshot_path(src)
    tmp = dst.with_name(dst.name + ".tmp")
    shutil.copyfile(src, tmp)
    os.replace(tmp, dst)
    log.debug("published snapshot %s", dst)
    return dst


def open_for_reading(path: str | Path | None = None) -> tuple[duckdb.DuckDBPyConnection, str | None]:
    """A read-only connection to the live database, or to its snapshot when a writer holds the lock.

    Returns the connection and, when the snapshot was used, a one-line note saying so.
    """
    src = db_path(path)
    if not src.exists():
        raise FileNotFoundError(f"no database at {src}; run `evidence ingest PATH...` or `evidence run` first")
    try:
        return duckdb.connect(str(src), read_only=True), None
    except duckdb.IOException as exc:
        if "lock" not in str(exc).lower():
            raise
        snap = snapshot_path(src)
        if not snap.exists():
            raise
        when = datetime.fromtimestamp(snap.stat().st_mtime, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
        return duckdb.connect(str(snap), read_only=True), (
            f"note: {src} is being written by another process; reading the snapshot published {when}")
