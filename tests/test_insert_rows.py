"""`insert_rows` writes through bound parameters first, then through Arrow tables (pipeline/store/db.py):
both must write the same values, with the same types, in the same order."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from pipeline.store import db

_DDL = """CREATE TABLE t (
    id INTEGER, big BIGINT, score DOUBLE, name VARCHAR, flag BOOLEAN, words VARCHAR[], reasons JSON,
    pairs STRUCT(short_form VARCHAR, long_form VARCHAR)[], seen TIMESTAMP, day DATE, hit BOOLEAN,
    made TIMESTAMP DEFAULT TIMESTAMP '2020-01-01 00:00:00')"""
_COLUMNS = ("id", "big", "score", "name", "flag", "words", "reasons", "pairs", "seen", "day")


def _rows(n: int) -> list[tuple]:
    out = []
    for i in range(n):
        out.append((
            i, 2**40 + i if i % 3 else None,
            # a column mixing whole numbers and fractions, as rounded scores do
            0 if i % 5 == 0 else round(i / 7, 4),
            None if i % 11 == 0 else f"name {i} — ünïcode 'quoted'",
            [True, False, None][i % 3],
            [] if i % 4 == 0 else None if i % 4 == 1 else [f"w{i}", "PRP"],
            json.dumps({"why": [f"r{i}"], "n": i}),
            [] if i % 2 else [{"short_form": "BMAC", "long_form": "bone marrow aspirate concentrate"},
                              {"short_form": f"S{i}", "long_form": None}],
            None if i % 6 == 0 else dt.datetime(2024, 1, 1, 12, 0, 0) + dt.timedelta(seconds=i),
            None if i % 7 == 0 else dt.date(2020, 1, 1) + dt.timedelta(days=i),
        ))
    return out


def _write(monkeypatch, bound_before: int, rows: list[tuple]) -> list[tuple]:
    monkeypatch.setattr(db, "_bound_values", bound_before)
    con = duckdb.connect()
    con.execute(_DDL)
    db.insert_rows(con, "t", _COLUMNS, rows, constants={"hit": "TRUE"}, chunk=97)
    # rowid order: the order the rows were written in
    return con.execute("SELECT * FROM t ORDER BY rowid").fetchall(), con.execute("DESCRIBE t").fetchall()


def test_arrow_and_parameters_write_the_same_rows_in_the_same_order(monkeypatch):
    rows = _rows(5_000)  # several of DuckDB's scan chunks, so a parallel scan could reorder them
    by_params, types = _write(monkeypatch, 0, rows)
    used = []
    real = db._insert_arrow
    monkeypatch.setattr(db, "_insert_arrow", lambda *a: used.append(real(*a)) or used[-1])
    by_arrow, types_arrow = _write(monkeypatch, db.ARROW_AFTER, rows)
    assert used == [True]  # the rows went through Arrow, not back to parameters
    assert types == types_arrow
    assert by_params == by_arrow
    assert [r[0] for r in by_arrow] == list(range(5_000))
    assert by_arrow[1][-2:] == (True, dt.datetime(2020, 1, 1))  # the constant and the column default


def test_the_first_values_of_a_process_are_bound_then_arrow_takes_over(monkeypatch):
    calls = []
    real = db._insert_arrow
    monkeypatch.setattr(db, "_insert_arrow", lambda *a: calls.append(len(a[3])) or real(*a))
    monkeypatch.setattr(db, "_bound_values", db.ARROW_AFTER - 10)
    con = duckdb.connect()
    con.execute(_DDL)
    db.insert_rows(con, "t", _COLUMNS, _rows(3))   # 10 values short: parameters
    db.insert_rows(con, "t", _COLUMNS, _rows(4))   # past the mark: Arrow
    assert calls == [4]
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 7


def test_a_column_arrow_cannot_type_goes_through_parameters(monkeypatch):
    monkeypatch.setattr(db, "_bound_values", db.ARROW_AFTER)
    con = duckdb.connect()
    con.execute("CREATE TABLE m (a VARCHAR, b INTEGER)")
    db.insert_rows(con, "m", ("a", "b"), [("x", 1), (2, 2)])  # an int in a text column: DuckDB casts it
    assert con.execute("SELECT * FROM m ORDER BY rowid").fetchall() == [("x", 1), ("2", 2)]


@pytest.mark.parametrize("bound", [0, db.ARROW_AFTER])
def test_no_rows_write_nothing(monkeypatch, bound):
    monkeypatch.setattr(db, "_bound_values", bound)
    con = duckdb.connect()
    con.execute(_DDL)
    db.insert_rows(con, "t", _COLUMNS, [])
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 0
