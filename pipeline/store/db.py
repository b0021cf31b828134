"""Open the DuckDB file and bring its schema up to date.

DDL lives in ``schemas/NNN_name.sql``; each file is one forward migration applied once, in order,
and recorded in ``schema_version``. Adding a stage means adding a file, never editing an applied one.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import time
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Iterator

import duckdb

from pipeline.config import PROJECT_ROOT, db_path
from pipeline.errors import DatabaseBusy
from pipeline.faults import pause_point

log = logging.getLogger(__name__)

SCHEMA_DIR = PROJECT_ROOT / "schemas"
_MIGRATION_RE = re.compile(r"^(\d{3})_[\w-]+\.sql$")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN … COMMIT, or ROLLBACK when the block raises: each batch of work lands whole or not at all."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


@contextmanager
def bulk_load(con: duckdb.DuckDBPyConnection, wal_limit: str = "64MB") -> Iterator[duckdb.DuckDBPyConnection]:
    """Many small commits without a checkpoint after every few of them, one checkpoint at the end.

    DuckDB checkpoints whenever the write-ahead log passes 16 MB, rewriting the table's index each
    time; over a 30,000-record ingest that cost a quarter of the load time (64 MB: ~1.3x faster). Durability is
    unchanged: every commit is still in the WAL, which DuckDB replays after a crash.
    """
    old = con.execute("SELECT current_setting('checkpoint_threshold')").fetchone()[0]
    con.execute(f"SET checkpoint_threshold = '{wal_limit}'")
    try:
        yield con
    finally:
        con.execute(f"SET checkpoint_threshold = '{old}'")
        con.execute("CHECKPOINT")


def migrations() -> list[tuple[int, Path]]:
    """Every migration file, ordered by its number."""
    found = []
    for path in SCHEMA_DIR.glob("*.sql"):
        m = _MIGRATION_RE.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    return sorted(found)


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply pending migrations; returns the schema version now in force."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    applied = {r[0] for r in con.execute("SELECT version FROM schema_version").fetchall()}
    current = max(applied, default=0)
    for number, path in migrations():
        if number in applied:
            continue
        log.info("applying migration %s", path.name)
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_version (version, name) VALUES (?, ?)", [number, path.name])
        current = number
    return current


def connect(path: str | Path | None = None, *, migrate_schema: bool = True,
            lock_timeout: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the database for writing (creating it and its folder if needed) and migrate it.

    DuckDB lets one process write a file at a time; if another holds the lock we wait up to
    ``lock_timeout`` seconds (``EVIDENCE_LOCK_TIMEOUT``, default 30) rather than failing at once (a
    scheduled refresh and a manual command may overlap), then raise :class:`DatabaseBusy` naming the
    file and the process holding it. A file a crash left unreadable raises
    :class:`DatabaseUnreadable` naming the intact snapshot beside it. On a writer's start, runs that
    a killed process left "running" are marked "interrupted", and a database without a snapshot
    (a new one) publishes one at once, so readers have a consistent copy from the first moment.
    ``EVIDENCE_DUCKDB_MEMORY`` (e.g. ``512MB``) caps DuckDB's memory, which otherwise caches
    written blocks up to 80% of RAM.
    """
    from pipeline.store.snapshot import (is_lock_error, lock_holder, looks_corrupt, publish_snapshot,
                                         snapshot_path, unreadable, writer_intent)

    p = db_path(path)
    memory = str(p) == ":memory:"
    if not memory:
        p.parent.mkdir(parents=True, exist_ok=True)
    if lock_timeout is None:
        lock_timeout = float(os.environ.get("EVIDENCE_LOCK_TIMEOUT", "30"))
    deadline = time.monotonic() + lock_timeout
    limit = os.environ.get("EVIDENCE_DUCKDB_MEMORY")
    config = {"memory_limit": limit} if limit else {}
    with (nullcontext() if memory else writer_intent(p)):
        while True:
            try:
                con = duckdb.connect(str(p), config=config)
                break
            except duckdb.Error as exc:
                if not is_lock_error(exc):
                    if not memory and p.exists():
                        raise unreadable(p, exc) from exc
                    raise
                if time.monotonic() > deadline:
                    raise DatabaseBusy(
                        f"{p} is locked by {lock_holder(exc)}; waited {lock_timeout:.0f} s for it. Wait for "
                        "that process to finish (or stop it), then retry; to wait longer set "
                        "EVIDENCE_LOCK_TIMEOUT=SECONDS") from exc
                time.sleep(0.1)
    try:
        if migrate_schema:
            migrate(con)
            from pipeline.store.runs import mark_interrupted_runs

            mark_interrupted_runs(con)
        if not memory and not snapshot_path(p).exists():
            publish_snapshot(con, p)
    except duckdb.Error as exc:
        con.close()
        if looks_corrupt(exc):
            raise unreadable(p, exc) from exc
        raise
    pause_point("writer-open")  # tests: readers during a writer's first moments
    return con


def connect_readonly(path: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """Open the database read-only (reviewers' connection)."""
    p = db_path(path)
    if not p.exists():
        raise FileNotFoundError(f"no database at {p}; run `evidence ingest` or `evidence run` first")
    return duckdb.connect(str(p), read_only=True)


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[tuple],
                *, constants: dict[str, str] | None = None, chunk: int = 500) -> None:
    """Insert ``rows`` (tuples in ``columns`` order); ``constants`` adds columns with a fixed SQL value to
    every row (``{"query_hit": "TRUE"}``).

    One statement binds one list per column and unnests them side by side (``INSERT … SELECT
    unnest($1), unnest($2), …``): DuckDB binds a parameter of a multi-row ``VALUES`` in about 5 µs, a list
    element in a fifth of that (the extract stage's 31,000 P/I/O span rows: 1.2 s → 0.3 s of CPU; the link
    stage's rows 0.13 → 0.03 s); ``executemany`` runs a statement per row, slower still. A list takes the
    type common to its values, which for a column of one kind of value (or whole numbers beside
    fractions) is the type a lone parameter of it takes; a column mixing other kinds, or holding a
    type DuckDB does not read in a list (numpy's scalars), is written by
    ``VALUES`` of ``chunk`` rows a statement, each value cast on its own as before. Same rows, same order
    (tests/test_insert_rows.py)."""
    if not rows:
        return
    constants = constants or {}
    cols = ", ".join((*columns, *constants))
    lists, listable = [], True
    for i in range(len(columns)):
        values = [r[i] for r in rows]
        if not _one_kind(values):
            values = _plain_text(values)
            listable = listable and _one_kind(values)
        lists.append(values)
    if listable:
        select = ", ".join([*(f"unnest(${i + 1})" for i in range(len(columns))), *constants.values()])
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {select}", lists)
        return
    one = "(" + ", ".join(["?"] * len(columns) + list(constants.values())) + ")"
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        con.execute(f"INSERT INTO {table} ({cols}) VALUES {', '.join([one] * len(part))}",
                    [v for row in part for v in row])


# Python types DuckDB reads inside a list parameter as it reads them alone (numpy's scalars, say, it does not)
_LISTABLE = frozenset({bool, int, float, str, bytes, list, dict, datetime.date, datetime.datetime})


def _plain_text(values: list) -> list:
    """``values`` with each value of a ``str`` subclass (a ``StrEnum`` member: a typed kind, a direction) as the plain
    text it stands for, which is what DuckDB stores for it: a column of typed words then goes as one list like any
    column of text, not value by value."""
    return [str.__str__(v) if isinstance(v, str) and type(v) is not str else v for v in values]


def _one_kind(values: list) -> bool:
    """Whether a column's values (None aside) are of one plain Python type, or whole numbers and fractions."""
    kinds = {type(v) for v in values if v is not None}
    if dict in kinds and len({tuple(v) for v in values if isinstance(v, dict)}) > 1:
        # dicts with other keys would be unified into one struct, each gaining the others' keys as nulls
        # ({"x": 1} stored as {"x": 1, "y": null}): written value by value instead
        return False
    return kinds <= _LISTABLE and (len(kinds) <= 1 or kinds == {int, float})
