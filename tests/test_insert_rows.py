"""`insert_rows` writes a column as one list parameter, unnested (pipeline/store/db.py), and falls back to
a multi-row VALUES of one parameter a value for columns mixing kinds of value: both must write the same
values, with the same types, in the same order."""

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


_ONE_KIND = db._one_kind


def _write(monkeypatch, by_lists: bool, rows: list[tuple]) -> tuple[list, list]:
    used = []
    monkeypatch.setattr(db, "_one_kind", lambda v: used.append(_ONE_KIND(v)) or (used[-1] and by_lists))
    con = duckdb.connect()
    con.execute(_DDL)
    db.insert_rows(con, "t", _COLUMNS, rows, constants={"hit": "TRUE"}, chunk=97)
    assert all(used)  # every column of these rows is of one kind: the lists are used unless refused here
    # rowid order: the order the rows were written in
    return con.execute("SELECT * FROM t ORDER BY rowid").fetchall(), con.execute("DESCRIBE t").fetchall()


def test_lists_and_values_write_the_same_rows_in_the_same_order(monkeypatch):
    rows = _rows(5_000)
    by_values, types = _write(monkeypatch, False, rows)
    by_lists, types_lists = _write(monkeypatch, True, rows)
    assert types == types_lists
    assert by_values == by_lists
    assert [r[0] for r in by_lists] == list(range(5_000))
    assert by_lists[1][-2:] == (True, dt.datetime(2020, 1, 1))  # the constant and the column default
    assert by_lists[1][2] == round(1 / 7, 4) and by_lists[0][2] == 0.0 and by_lists[3][5] == ["w3", "PRP"]


def test_a_column_mixing_kinds_of_value_is_cast_value_by_value():
    # a list would take one type for all ("x", True → VARCHAR 'true' either way, but 1 and True → INTEGER 1
    # in a list, BOOLEAN true alone): such a column goes through VALUES, as before
    assert not db._one_kind(["x", 1]) and not db._one_kind([True, 1]) and db._one_kind([0, 0.5, None])
    con = duckdb.connect()
    con.execute("CREATE TABLE m (a VARCHAR, b INTEGER, c VARCHAR)")
    db.insert_rows(con, "m", ("a", "b", "c"), [("x", 1, True), (2, 2, "y")])
    assert con.execute("SELECT * FROM m ORDER BY rowid").fetchall() == [("x", 1, "true"), ("2", 2, "y")]


def test_numpy_scalars_are_not_put_in_a_list():
    np = pytest.importorskip("numpy")
    assert not db._one_kind([np.float64(0.5), np.float64(1.5)]) and db._one_kind([0.5, 1.5])


def test_no_rows_write_nothing():
    con = duckdb.connect()
    con.execute(_DDL)
    db.insert_rows(con, "t", _COLUMNS, [])
    assert con.execute("SELECT count(*) FROM t").fetchone()[0] == 0


def test_dicts_with_other_keys_keep_their_own_keys():
    """A list of dicts becomes one struct type with every key: {"x": 1} beside {"y": "b"} would be stored as
    {"x": 1, "y": null}. Such a column is written value by value, as before; dicts sharing their keys still go
    as a list."""
    assert not db._one_kind([{"x": 1}, {"y": "b"}]) and db._one_kind([{"x": 1}, {"x": 2}, None])
    con = duckdb.connect()
    con.execute("CREATE TABLE j (a INTEGER, j JSON)")
    db.insert_rows(con, "j", ("a", "j"), [(1, {"x": 1}), (2, {"y": "b", "z": [1]})])
    assert [json.loads(v) for (v,) in con.execute("SELECT j FROM j ORDER BY a").fetchall()] == [{"x": 1}, {"y": "b", "z": [1]}]


def test_typed_words_go_as_text_in_one_list():
    """A column of ``StrEnum`` members (a typed kind) beside plain text and None is written as the text each stands
    for, in one list statement; the VALUES path stored the same text."""
    import enum

    class Kind(enum.StrEnum):
        THERAPY = "therapy"
        CONDITION = "condition"

    rows = [(1, Kind.THERAPY), (2, None), (3, "no_data"), (4, Kind.CONDITION)]
    assert not db._one_kind([k for _, k in rows]) and db._one_kind(db._plain_text([k for _, k in rows]))
    assert [type(v) for v in db._plain_text([k for _, k in rows])] == [str, type(None), str, str]
    con = duckdb.connect()
    con.execute("CREATE TABLE k (a INTEGER, kind VARCHAR)")
    statements = []
    real = con.execute

    class Spy:  # counts the statements insert_rows sends
        def execute(self, sql, params=None):
            statements.append(sql)
            return real(sql, params)

    db.insert_rows(Spy(), "k", ("a", "kind"), rows)
    assert len(statements) == 1 and "unnest" in statements[0]
    assert con.execute("SELECT * FROM k ORDER BY a").fetchall() == [(1, "therapy"), (2, None), (3, "no_data"),
                                                                    (4, "condition")]
