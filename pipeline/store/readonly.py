"""Reviewer SQL: only reading statements reach the database.

The connection is already read-only, but a read-only DuckDB connection may still COPY to files,
ATTACH other databases or change settings; so statements are classified by DuckDB's own parser and
anything but SELECT/EXPLAIN is refused before execution.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from pipeline.errors import ReadOnlyViolation

_ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}


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


def run_read_only(con: duckdb.DuckDBPyConnection, sql: str) -> QueryResult:
    """Execute a reading query; with several statements, the last one's rows are returned."""
    statements = check_read_only(con, sql)
    for q in statements[:-1]:
        con.execute(q)
    try:
        rel = con.execute(statements[-1])
        table = rel.fetch_arrow_table()
    except duckdb.Error as exc:
        raise ReadOnlyViolation(f"query failed: {exc}") from exc
    return QueryResult(columns=list(table.column_names), table=table)
