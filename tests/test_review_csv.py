"""`evidence review export|import FILE.csv` (issue 19, item 1): a reviewer takes the decisions into a
spreadsheet and brings them back. Import checks every row before writing any, refuses the whole file
naming every bad line, and skips rows identical to the decision in force (a re-import is a no-op).
"""

from __future__ import annotations

import csv
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_INVALID

runner = CliRunner()
C04_RCT = 23412171
COLS = ["claim_id", "pmid", "field", "value", "reviewer", "note"]


@pytest.fixture
def db(evidence_db, tmp_path):
    """A private copy of the corpus database (the session fixture is shared: never write to it)."""
    dst = tmp_path / "evidence.duckdb"
    shutil.copyfile(evidence_db, dst)
    return dst


def cli(db, *args):
    return runner.invoke(app, [*args, "--db", str(db)])


def table(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT * FROM review_decisions ORDER BY decision_id").fetchall()


def write(path, rows, cols=COLS):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(rows)
    return path


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pmids(db, n):
    with duckdb.connect(str(db), read_only=True) as con:
        return [r[0] for r in con.execute("SELECT pmid FROM articles ORDER BY pmid LIMIT ?", [n]).fetchall()]


def test_export_then_import_is_a_no_op_and_an_edit_is_one_new_decision(db, tmp_path):
    for pmid, field, value in [(C04_RCT, "eligibility", "cointervention_only"), (C04_RCT, "direction", "unclear")]:
        r = cli(db, "review", "set", "--claim", "C04", "--pmid", str(pmid), "--field", field, "--value", value,
                "--note", "read the methods, p. 3", "--reviewer", "ann")
        assert r.exit_code == 0, r.output
    out = tmp_path / "decisions.csv"
    r = cli(db, "review", "export", str(out))
    assert r.exit_code == 0 and "wrote 2 decisions in force" in r.stderr, r.output
    rows = read(out)
    assert list(rows[0]) == [*COLS, "decided_at"]
    assert [(d["claim_id"], d["pmid"], d["field"], d["value"], d["reviewer"]) for d in rows] == [
        ("C04", str(C04_RCT), "direction", "unclear", "ann"), ("C04", str(C04_RCT), "eligibility", "cointervention_only", "ann")]

    before = table(db)
    r = cli(db, "review", "import", str(out))
    assert r.exit_code == 0 and "0 new decisions, 2 skipped" in r.stdout, r.output
    assert table(db) == before

    # the reviewer changes one value in the spreadsheet: that row alone is a new decision, in force
    rows[0]["value"] = "supports"
    write(out, [[d[c] for c in COLS] for d in rows])
    r = cli(db, "review", "import", str(out))
    assert r.exit_code == 0 and "1 new decision, 1 skipped" in r.stdout, r.output
    assert len(table(db)) == len(before) + 1
    cli(db, "review", "export", str(out))
    assert [d["value"] for d in read(out)] == ["supports", "cointervention_only"]


def test_a_thousand_rows_with_one_bad_line_change_nothing_and_name_line_500(db, tmp_path):
    rows = [["C04", p, field, "eligible" if field == "eligibility" else "supports", "ann", f"row {i}"]
            for i, (p, field) in enumerate((p, f) for p in pmids(db, 500) for f in ("eligibility", "direction"))]
    assert len(rows) == 1000
    rows[498][3] = "maybe"  # line 500: the header is line 1, rows[0] is line 2
    path = write(tmp_path / "big.csv", rows)
    before = table(db)
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == EXIT_INVALID == 5, r.output
    assert "1 bad line" in r.stderr and "nothing was imported" in r.stderr
    assert "line 500: 'maybe' is not a value of eligibility" in r.stderr
    assert "line 499" not in r.stderr and "line 501" not in r.stderr
    assert table(db) == before

    rows[498][3] = "eligible"
    write(path, rows)
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 0 and "1000 new decisions, 0 skipped" in r.stdout, r.output
    assert len(table(db)) == len(before) + 1000
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 0 and "0 new decisions, 1000 skipped" in r.stdout, r.output


def test_every_bad_line_is_named_with_its_reason(db, tmp_path):
    good = ["C04", C04_RCT, "eligibility", "eligible", "ann", "ok"]
    path = write(tmp_path / "bad.csv", [
        good,
        ["C99", C04_RCT, "eligibility", "eligible", "ann", "x"],       # line 3
        ["C04", "12x", "eligibility", "eligible", "ann", "x"],          # line 4
        ["C04", 1, "eligibility", "eligible", "ann", "x"],              # line 5
        ["C04", C04_RCT, "design", "rct", "ann", "x"],                  # line 6
        ["C04", C04_RCT, "direction", "supports", " ", ""],             # line 7
        ["c04", C04_RCT, "eligibility", "therapy_not_tested", "bob", "y"],  # line 8: line 2 decides it
    ])
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 5, r.output
    err = r.stderr
    assert "6 bad lines" in err and "line 2:" not in err
    assert "line 3: no claim 'C99' in the database" in err
    assert "line 4: pmid '12x' is not a PMID" in err
    assert "line 5: no article with PMID 1 in the database" in err
    assert "line 6: unknown field 'design'" in err
    assert "line 7: a reviewer is required; a note is required" in err
    assert "line 8: line 2 already decides C04 PMID 23412171 eligibility" in err
    assert table(db) == []


@pytest.mark.parametrize("note", ["=HYPERLINK(\"http://evil.example\",\"click\")", "+1 arm, -2 dropouts",
                                  "-see the erratum", "@ann: agreed, \"sham\" control\nsecond line",
                                  "\uff1dSUM(A1)", "'tis a quote, not a formula"])
def test_a_formula_looking_note_round_trips_exactly(db, tmp_path, note):
    path = write(tmp_path / "in.csv", [["C04", C04_RCT, "eligibility", "no_findings", "=ann", note]])
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 0 and "1 new decision, 0 skipped" in r.stdout, r.output
    assert [(row[5], row[6]) for row in table(db)] == [("=ann", note)]

    out = tmp_path / "out.csv"
    assert cli(db, "review", "export", str(out)).exit_code == 0
    exported = read(out)[0]
    # neutralised for a spreadsheet: a trigger-led cell starts with a quote
    assert exported["reviewer"] == "'=ann"
    assert exported["note"] == (note if note.startswith("'") else "'" + note)
    r = cli(db, "review", "import", str(out))
    assert r.exit_code == 0 and "0 new decisions, 1 skipped" in r.stdout, r.output
    assert [(row[5], row[6]) for row in table(db)] == [("=ann", note)]


def test_missing_columns_exit_5_naming_them(db, tmp_path):
    path = write(tmp_path / "cols.csv", [["C04", C04_RCT, "eligibility", "eligible"]],
                 cols=["claim_id", "pmid", "field", "value"])
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 5, r.output
    assert "missing columns reviewer, note" in r.stderr
    assert table(db) == []
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    r = cli(db, "review", "import", str(empty))
    assert r.exit_code == 5 and "missing columns claim_id, pmid, field, value, reviewer, note" in r.stderr


def test_export_all_keeps_withdrawals_and_a_spreadsheet_bom_is_read(db, tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(("\ufeff" + ",".join(COLS) + "\r\n" + f"C04,{C04_RCT},direction,unclear,ann,hedged\r\n"
                      + ",,,,,\r\n").encode("utf-8"))
    r = cli(db, "review", "import", str(path))
    assert r.exit_code == 0 and "1 new decision" in r.stdout, r.output
    assert cli(db, "review", "withdraw", "1", "--note", "no", "--reviewer", "bob").exit_code == 0
    out = tmp_path / "all.csv"
    assert cli(db, "review", "export", str(out)).exit_code == 0 and read(out) == []
    assert cli(db, "review", "export", "--all", str(out)).exit_code == 0
    rows = read(out)
    assert [(d["decision_id"], d["value"], d["reviewer"], d["withdraws"]) for d in rows] == [
        ("1", "unclear", "ann", ""), ("2", "", "bob", "1")]
