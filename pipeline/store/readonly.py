"""Reviewer SQL: only reading statements reach the database, and only the database is read.

The connection is already read-only, but a read-only DuckDB connection may still COPY to files,
ATTACH other databases or change settings; so statements are classified by DuckDB's own parser and
anything but SELECT/EXPLAIN is refused before execution.

A SELECT can still read the machine's files (``read_csv('/etc/passwd')``, ``read_text``, ``glob``,
``FROM 'file.parquet'``), which a reviewer tool run on someone else's behalf must not do. So by
default the connection's external access is switched off (DuckDB's ``enable_external_access =
false``) and its configuration locked (``lock_configuration``), after the full-text extension is
loaded: the reviewer's SQL reads the database and nothing else. ``allow_file_access=True`` (the
CLI's ``--allow-file-access`` or ``EVIDENCE_ALLOW_FILE_ACCESS=1``) is the explicit opt-in for a
reviewer on their own machine who wants to join local files.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from pipeline.errors import ReadOnlyViolation

_ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
ALLOW_FILE_ACCESS_ENV = "EVIDENCE_ALLOW_FILE_ACCESS"
FILE_ACCESS_HINT = (f"`evidence query` reads only the database; to let SQL read local files, pass "
                    f"--allow-file-access (or set {ALLOW_FILE_ACCESS_ENV}=1)")


def restrict_file_access(con: duckdb.DuckDBPyConnection) -> None:
    """Switch off every file and network access of ``con``'s database instance and lock its settings.

    The full-text extension is loaded first (from the duckdb-extension-fts wheel), so
    ``fts_main_articles.match_bm25`` keeps working. DuckDB cannot switch access back on: the
    restriction lasts as long as the instance, i.e. until every connection to that file in this
    process is closed. Use it on a connection opened for the reviewer, not on a writer's.
    """
    from pipeline.store.fts import FtsUnavailable, load_fts

    external, locked = con.execute(
        "SELECT current_setting('enable_external_access'), current_setting('lock_configuration')").fetchone()
    if locked:
        if external:
            raise ReadOnlyViolation("cannot restrict file access: this connection's configuration is locked")
        return  # already restricted (a second query on the same connection)
    try:
        load_fts(con)
    except (duckdb.Error, FtsUnavailable, ImportError):
        pass  # no fts build: full-text SQL fails with DuckDB's own message, everything else works
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")


@dataclass
class QueryResult:
    columns: list[str]
    table: pa.Table


def check_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    """Return the statements of ``sql`` if every one only reads; else raise ReadOnlyViolation."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as exc:
        raise ReadOnlyViolation(f"could not parse SQL: {exc}") from exc
    if not statements:
        raise ReadOnlyViolation("empty SQL")
    for st in statements:
        if st.type not in _ALLOWED:
            kind = str(st.type).split(".")[-1]
            raise ReadOnlyViolation(
                f"refused: `{kind}` statements are not allowed; `evidence query` is read-only "
                "(SELECT, WITH … SELECT, EXPLAIN)")
    return [st.query for st in statements]


def run_read_only(con: duckdb.DuckDBPyConnection, sql: str, *, allow_file_access: bool = False) -> QueryResult:
    """Execute a reading query; with several statements, the last one's rows are returned.

    Unless ``allow_file_access``, the SQL cannot read or write files outside the database
    (see ``restrict_file_access``, which this applies to ``con``)."""
    statements = check_read_only(con, sql)
    if not allow_file_access:
        restrict_file_access(con)
    try:
        for q in statements[:-1]:
            con.execute(q)
        rel = con.execute(statements[-1])
        table = rel.fetch_arrow_table()
    except duckdb.PermissionException as exc:
        raise ReadOnlyViolation(f"refused: {exc}\n{FILE_ACCESS_HINT}") from exc
    except duckdb.Error as exc:
        raise ReadOnlyViolation(f"query failed: {exc}") from exc
    return QueryResult(columns=list(table.column_names), table=table)
