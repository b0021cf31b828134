"""Long PubMed queries (issue 20, item 7): real strategy sizes work, beyond the limits a clear error.

The probe's triggers — an OR list of 1,000 PMIDs (12k characters), 700 nested parentheses,
1,000 chained AND terms — ended in "unexpected RecursionError". Inputs are built here.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.errors import EXIT_INVALID, QuerySyntaxError
from pipeline.query import QueryIndex, SearchDoc, compile_query
from pipeline.query.parser import MAX_QUERY_CHARS, MAX_QUERY_DEPTH

runner = CliRunner()
PMIDS = [20_000_000 + 7 * i for i in range(1_000)]


@pytest.fixture(scope="module")
def index():
    docs = [SearchDoc(pmid=p, fields={"ti": ["knee", "pain"], "ab": [f"w{n}" for n in range(1_000)] if p == PMIDS[3] else []})
            for p in PMIDS]
    docs.append(SearchDoc(pmid=1, fields={"ti": ["hip"]}))
    return QueryIndex(docs)


def test_an_or_list_of_1000_pmids(index):
    q = " OR ".join(f"{p}[pmid]" for p in PMIDS)
    assert len(q) > 12_000
    assert index.search(q) == PMIDS


def test_700_nested_parentheses(index):
    q = "(" * 700 + "knee[ti]" + ")" * 700
    assert index.search(q) == PMIDS


def test_1000_chained_and_terms(index):
    q = " AND ".join(f"w{n}" for n in range(1_000))
    assert index.search(q) == [PMIDS[3]]
    assert index.search("knee AND " + " AND ".join(f"w{n}" for n in range(1_000)) + " NOT hip") == [PMIDS[3]]


def test_deep_trees_print_compare_and_hash_without_recursion():
    q = " OR ".join(f"{p}[pmid]" for p in PMIDS)
    a, b = compile_query(q).root, compile_query(q).root
    assert a == b and hash(a) == hash(b)
    assert str(a).count("OR") == 999 and repr(a).startswith("BoolOp(op='OR', left=BoolOp(")
    assert a != compile_query(q.replace(str(PMIDS[-1]), "1")).root


def test_nesting_beyond_the_limit_is_a_syntax_error_naming_it():
    ok = "(" * MAX_QUERY_DEPTH + "knee" + ")" * MAX_QUERY_DEPTH
    compile_query(ok)
    with pytest.raises(QuerySyntaxError, match="MAX_QUERY_DEPTH") as exc:
        compile_query("(" + ok + ")")
    assert exc.value.position == MAX_QUERY_DEPTH


def test_length_beyond_the_limit_is_a_syntax_error_naming_it():
    q = "knee OR " * (MAX_QUERY_CHARS // 8) + "hip"
    with pytest.raises(QuerySyntaxError, match="MAX_QUERY_CHARS") as exc:
        compile_query(q)
    # the message shows the stretch around the fault, not 100k characters of query
    assert len(str(exc.value)) < 400


@pytest.mark.parametrize("query,needle", [
    ("(" * (MAX_QUERY_DEPTH + 1) + "knee" + ")" * (MAX_QUERY_DEPTH + 1), "MAX_QUERY_DEPTH"),
    ("knee " * (MAX_QUERY_CHARS // 5 + 1), "MAX_QUERY_CHARS"),
])
def test_cli_exits_5_with_the_limit_named(tmp_path, query, needle):
    r = runner.invoke(app, ["search", query, "--source", str(tmp_path)])
    assert r.exit_code == EXIT_INVALID
    assert needle in r.stderr and "unexpected" not in r.stderr


def test_cli_search_with_1000_pmids_over_a_record_file(tmp_path):
    import json

    f = tmp_path / "r.jsonl"
    f.write_text("".join(json.dumps({"pmid": p, "title": "knee", "abstract": "x"}) + "\n" for p in PMIDS[:50]),
                 encoding="utf-8")
    q = " OR ".join(f"{p}[pmid]" for p in PMIDS)
    r = runner.invoke(app, ["search", q, "--source", str(f), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["count"] == 50


def test_errors_keep_the_caret_under_the_fault_in_a_long_query():
    q = " OR ".join(f"{p}[pmid]" for p in PMIDS[:100]) + " OR knee[xyz]"
    with pytest.raises(QuerySyntaxError) as exc:
        compile_query(q)
    lines = str(exc.value).splitlines()
    assert lines[0].startswith("unknown field tag [xyz] at position ")
    assert lines[1][lines[2].index("^"):].startswith("[xyz]")
