"""Read-only snapshots so reviewers can query while a refresh writes.

DuckDB allows one writing process per file, and an open writer blocks other processes from opening
the file at all. A consistent copy lives next to the database (``<db>.snapshot``): the first writer
publishes one right after creating the schema (so readers have something to read from the first
moment the database exists), and every writing command publishes a new one at its end, by
checkpointing and copying to a temporary file that is then renamed atomically. Reviewer commands
read the live file when they can and fall back to the snapshot when a refresh holds the lock, or
when the live file cannot be opened (a crash truncated it).

A writer waiting for the lock announces itself in ``<db>.writer`` (its PID), and readers go straight
to the snapshot then, so a loop of reviewer queries never starves a refresh of the lock.
"""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb

from pipeline.config import db_path
from pipeline.errors import DatabaseBusy, DatabaseUnreadable

log = logging.getLogger(__name__)

# DuckDB: 'Could not set lock on file "x": Conflicting lock is held in /usr/bin/python3 (PID 7136) by user u'
_HOLDER = re.compile(r"Conflicting lock is held in (?P<exe>.*?) \(PID (?P<pid>\d+)\)")
# Messages DuckDB gives for a file a crash left truncated or damaged.
_CORRUPT = ("could not read enough bytes", "not a valid duckdb database", "corrupt", "checksum",
            "failed to read", "invalid database", "block ", "unexpected end")
READ_WAIT_ENV = "EVIDENCE_READ_WAIT"  # seconds a reader waits for a first snapshot (default 30)


def snapshot_path(path: str | Path | None = None) -> Path:
    p = db_path(path)
    return p.with_name(p.name + ".snapshot")


def writer_intent_path(path: str | Path | None = None) -> Path:
    p = db_path(path)
    return p.with_name(p.name + ".writer")


def is_lock_error(exc: BaseException) -> bool:
    """True for DuckDB's "another process holds this file" error."""
    msg = str(exc).lower()
    return "conflicting lock" in msg or "could not set lock" in msg


def looks_corrupt(exc: BaseException) -> bool:
    """True for DuckDB's errors on a truncated or damaged database file."""
    msg = str(exc).lower()
    return not is_lock_error(exc) and any(s in msg for s in _CORRUPT)


def describe_process(pid: int | str, exe: str = "") -> str:
    """'PID 7136 (evidence run --source x)': the command line says more than the interpreter's path
    (read from /proc on Linux; best effort)."""
    cmd = exe
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        cmd = " ".join(a.decode("utf-8", "replace") for a in raw.split(b"\0") if a)[:200] or cmd
    except OSError:
        pass
    return f"PID {pid} ({cmd})" if cmd else f"PID {pid}"


def lock_holder(exc: BaseException) -> str:
    """Who holds the lock, from DuckDB's message (which names the process)."""
    m = _HOLDER.search(str(exc))
    return describe_process(m.group("pid"), m.group("exe")) if m else "another process"


def _published(snap: Path) -> str:
    return datetime.fromtimestamp(snap.stat().st_mtime, timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def restore_hint(src: Path) -> str:
    """What to do about an unreadable database, naming the intact snapshot when there is one."""
    snap = snapshot_path(src)
    if snap.exists():
        return (f"the snapshot {snap} (published {_published(snap)}) is intact: restore it with "
                f"`mv {src} {src}.broken && cp {snap} {src}`, then re-run the refresh to redo what came after it")
    return f"no snapshot exists beside it; move {src} aside and rebuild with `evidence run` / `evidence ingest`"


def unreadable(src: Path, exc: BaseException) -> DatabaseUnreadable:
    return DatabaseUnreadable(f"cannot open the database {src}: {exc}. It was probably truncated by a crash; "
                              + restore_hint(src))


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: str | Path | None = None) -> Path | None:
    """Checkpoint ``con`` and atomically replace the snapshot with a copy of the database file."""
    src = db_path(path)
    if str(src) == ":memory:" or not src.exists():
        return None
    con.execute("CHECKPOINT")
    dst = snapshot_path(src)
    tmp = dst.with_name(f"{dst.name}.{os.getpid()}.tmp")
    _copy_in_child(src, tmp)
    os.replace(tmp, dst)
    log.debug("published snapshot %s", dst)
    return dst


def _copy_in_child(src: Path, dst: Path) -> None:
    """Copy the database file from another process.

    DuckDB's lock is a POSIX record lock, which the kernel drops the moment the process closes *any*
    descriptor of the file: copying it here would silently unlock the database, letting a second
    writer in beside this one. A child process's descriptors do not touch our locks.
    """
    subprocess.run([sys.executable, "-c", "import shutil, sys; shutil.copyfile(sys.argv[1], sys.argv[2])",
                    str(src), str(dst)], check=True, capture_output=True, timeout=3600)


@contextmanager
def writer_intent(path: Path) -> Iterator[None]:
    """Announce a writer waiting for (or taking) the lock, so readers use the snapshot meanwhile."""
    marker = writer_intent_path(path)
    try:
        marker.write_text(str(os.getpid()), encoding="utf-8")
    except OSError:  # a read-only folder: the writer will fail on its own with a clear error
        yield
        return
    try:
        yield
    finally:
        try:
            if marker.read_text(encoding="utf-8").strip() == str(os.getpid()):
                marker.unlink()
        except OSError:
            pass


def _waiting_writer(src: Path) -> int | None:
    """The PID of another live process that announced it is writing ``src``, if any."""
    marker = writer_intent_path(src)
    try:
        pid = int(marker.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None
    if pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def _open_snapshot(snap: Path, note: str) -> tuple[duckdb.DuckDBPyConnection, str]:
    return duckdb.connect(str(snap), read_only=True), note


def open_for_reading(path: str | Path | None = None, *,
                     wait: float | None = None) -> tuple[duckdb.DuckDBPyConnection, str | None]:
    """A read-only connection to the live database, or to its snapshot when a writer holds the lock
    (or the live file cannot be opened). Returns the connection and, when the snapshot was used, a
    one-line note saying so.

    When a writer holds the lock and no snapshot exists yet (its first moments), waits up to
    ``wait`` seconds (``EVIDENCE_READ_WAIT``, default 30) for one; then raises
    :class:`DatabaseBusy` naming the file, the process holding it and what to do.
    """
    src = db_path(path)
    if not src.exists():
        raise FileNotFoundError(f"no database at {src}; run `evidence ingest PATH...` or `evidence run` first")
    snap = snapshot_path(src)
    if wait is None:
        wait = float(os.environ.get(READ_WAIT_ENV, "30"))
    deadline = time.monotonic() + wait
    busy_note = f"note: {src} is being written by another process; reading the snapshot published {{when}}"
    while True:
        writer = _waiting_writer(src)
        holder = describe_process(writer) if writer else None
        if writer is None:
            try:
                return duckdb.connect(str(src), read_only=True), None
            except duckdb.Error as exc:
                if not is_lock_error(exc):
                    if snap.exists():
                        return _open_snapshot(snap, (
                            f"note: {src} cannot be opened ({exc}); reading the intact snapshot published "
                            f"{_published(snap)}. To restore it: `mv {src} {src}.broken && cp {snap} {src}`"))
                    raise unreadable(src, exc) from exc
                holder = lock_holder(exc)
        # a writer holds the file (or is about to: then the file may not even be initialised yet)
        if snap.exists():
            return _open_snapshot(snap, busy_note.format(when=_published(snap)))
        if time.monotonic() >= deadline:
            raise DatabaseBusy(
                f"{src} is locked by {holder}, which is writing it, and no snapshot has been published yet "
                f"({snap}); waited {wait:.0f} s. Retry when that process has finished "
                f"(or wait longer: {READ_WAIT_ENV}=SECONDS)")
        time.sleep(0.05)
