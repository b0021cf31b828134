"""Hostile but realistic inputs to the parsers (issue 20, item 9): nothing lost silently.

Every input is built here. Each case replays the probe's trigger and checks what loads, what is
quarantined (and why) and the file's status through the real ingest.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import ingest_file
from pipeline.models import Article, ParseProblem
from pipeline.parsing import RecordTally, parse_path
from pipeline.store import connect

HEAD = b'<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>\n'
FOOT = b"</PubmedArticleSet>\n"


def xml_record(pmid: int, abstract: str = "Pain fell at one year.") -> bytes:
    return (f"<PubmedArticle>\n<MedlineCitation Status=\"MEDLINE\">\n<PMID Version=\"1\">{pmid}</PMID>\n"
            f"<Article>\n<ArticleTitle>Trial {pmid}</ArticleTitle>\n<Abstract>\n<AbstractText>{abstract}"
            "</AbstractText>\n</Abstract>\n</Article>\n</MedlineCitation>\n</PubmedArticle>\n").encode()


def jsonl_lines(pmids) -> list[bytes]:
    return [json.dumps({"pmid": p, "title": f"Trial {p}", "abstract": "Pain fell."}).encode() + b"\n" for p in pmids]


def ingest(tmp_path: Path, path: Path):
    with connect(tmp_path / "e.duckdb") as con:
        rep = ingest_file(con, path)
        pmids = [r[0] for r in con.execute("SELECT pmid FROM articles ORDER BY pmid").fetchall()]
        quarantine = con.execute("SELECT position, reason FROM quarantine ORDER BY position").fetchall()
    return rep, pmids, quarantine


# ------------------------------------------------------------------ NUL bytes and encodings

@pytest.mark.parametrize("bad_line", [0, 5, 9])
def test_one_nul_byte_quarantines_its_line_and_the_rest_loads(tmp_path, bad_line):
    lines = jsonl_lines(range(1, 11))
    lines[bad_line] = lines[bad_line][:10] + b"\x00" + lines[bad_line][10:]
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b"".join(lines))
    rep, pmids, quarantine = ingest(tmp_path, path)
    assert pmids == [p for p in range(1, 11) if p != bad_line + 1]
    assert quarantine == [(f"line {bad_line + 1}", quarantine[0][1])] and "invalid JSON" in quarantine[0][1]
    assert (rep.read, rep.rejected, rep.in_file, rep.status) == (9, 1, 10, "ok")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_text_files_in_utf16_and_with_a_bom_load(tmp_path, encoding):
    text = "".join(line.decode() for line in jsonl_lines([1, 2])).replace("Pain", "Pain (naïve, ±5%)")
    csv = "pmid,title,abstract\n3,Résumé,Ça va ± 2\n"
    (tmp_path / "a.jsonl").write_bytes(text.encode(encoding))
    (tmp_path / "b.csv").write_bytes(csv.encode(encoding))
    rep_a, _, _ = ingest(tmp_path, tmp_path / "a.jsonl")
    rep_b, pmids, quarantine = ingest(tmp_path, tmp_path / "b.csv")
    assert (rep_a.read, rep_a.status, rep_b.read, rep_b.status) == (2, "ok", 1, "ok")
    assert pmids == [1, 2, 3] and quarantine == []
    with connect(tmp_path / "e.duckdb") as con:
        assert con.execute("SELECT title, abstract FROM articles WHERE pmid = 3").fetchone() == ("Résumé", "Ça va ± 2")


def test_utf16_pubmed_xml_loads(tmp_path):
    doc = (HEAD + xml_record(1) + xml_record(2) + FOOT).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = tmp_path / "a.xml"
    path.write_bytes(doc.encode("utf-16"))
    rep, pmids, _ = ingest(tmp_path, path)
    assert pmids == [1, 2] and rep.status == "ok"


def test_binary_file_is_named_binary(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(bytes(range(256)) * 20)
    rep, _, quarantine = ingest(tmp_path, path)
    assert rep.status == "failed" and "unrecognised format: binary content" in quarantine[0][1]


# ------------------------------------------------------------------ malformed PubMed XML

def test_unclosed_tag_quarantines_one_record_and_recovers_the_rest(tmp_path):
    records = [xml_record(p) for p in range(1, 21)]
    records[6] = records[6].replace(b"</AbstractText>", b"", 1)  # an unclosed tag
    path = tmp_path / "bad.xml"
    path.write_bytes(HEAD + b"".join(records) + FOOT)
    rep, pmids, quarantine = ingest(tmp_path, path)
    assert pmids == [p for p in range(1, 21) if p != 7]
    assert len(quarantine) == 1 and "malformed XML record" in quarantine[0][1]
    line = (HEAD + b"".join(records[:7])).count(b"\n")  # libxml2 notices at the record's </Abstract>
    assert quarantine[0][0].startswith("line ") and abs(int(quarantine[0][0].split()[1].rstrip(",")) - line) <= 3
    assert (rep.read, rep.rejected, rep.in_file, rep.problems, rep.status) == (19, 1, 20, [], "ok")


def test_unclosed_record_tag_loses_only_that_record(tmp_path):
    records = [xml_record(p) for p in range(1, 8)]
    records[2] = records[2].replace(b"</PubmedArticle>", b"", 1)  # record 3 never ends
    path = tmp_path / "bad.xml"
    path.write_bytes(HEAD + b"".join(records) + FOOT)
    rep, pmids, quarantine = ingest(tmp_path, path)
    assert pmids == [1, 2, 4, 5, 6, 7]
    assert len(quarantine) == 1 and rep.status == "ok" and rep.in_file == 7


def test_a_file_whose_lost_records_cannot_be_recovered_is_not_ok(tmp_path):
    """With an internal DTD subset the file cannot be cut into records safely: the records after
    the error are lost, and the file says so with the counts (never "ok")."""
    head = (b'<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n<!ENTITY x "y">\n]>\n<PubmedArticleSet>\n')
    records = [xml_record(p) for p in range(1, 11)]
    records[3] = records[3].replace(b"</AbstractText>", b"", 1)
    path = tmp_path / "bad.xml"
    path.write_bytes(head + b"".join(records) + FOOT)
    rep, pmids, _ = ingest(tmp_path, path)
    assert pmids == [1, 2, 3]
    assert rep.status == "partial" and rep.in_file == 10
    assert any("the file holds 10 records: 3 loaded, 0 quarantined, 7 neither" in p for p in rep.problems)
    with connect(tmp_path / "e.duckdb") as con:
        assert con.execute("SELECT status FROM ingest_runs").fetchone()[0] == "partial"


# ------------------------------------------------------------------ record-size limit

def test_an_oversized_xml_record_is_quarantined_naming_the_limit(tmp_path, monkeypatch):
    monkeypatch.setenv("EVIDENCE_MAX_RECORD_BYTES", str(1 << 20))
    records = [xml_record(p) for p in range(1, 6)]
    records[1] = xml_record(2, "word " * 600_000)  # 3 MB
    path = tmp_path / "big.xml"
    path.write_bytes(HEAD + b"".join(records) + FOOT)
    rep, pmids, quarantine = ingest(tmp_path, path)
    assert pmids == [1, 3, 4, 5]
    assert len(quarantine) == 1
    assert "record too large" in quarantine[0][1] and "EVIDENCE_MAX_RECORD_BYTES" in quarantine[0][1]
    assert "1,048,576" in quarantine[0][1]
    assert (rep.read, rep.rejected, rep.in_file, rep.status) == (4, 1, 5, "ok")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "nbib"])
def test_an_oversized_text_record_is_quarantined_naming_the_limit(tmp_path, monkeypatch, fmt):
    monkeypatch.setenv("EVIDENCE_MAX_RECORD_BYTES", str(1 << 20))
    big = "word " * 600_000
    path = tmp_path / f"big.{fmt}"
    if fmt == "jsonl":
        lines = jsonl_lines([1, 2, 3])
        lines[1] = json.dumps({"pmid": 2, "title": "Huge", "abstract": big}).encode() + b"\n"
        path.write_bytes(b"".join(lines))
    elif fmt == "csv":
        path.write_text(f"pmid,title,abstract\n1,a,b\n2,Huge,{big}\n3,c,d\n")
    else:
        path.write_text("".join(f"PMID- {p}\nTI  - Trial {p}\nAB  - {big if p == 2 else 'Short.'}\n\n"
                                for p in (1, 2, 3)))
    rep, pmids, quarantine = ingest(tmp_path, path)
    assert pmids == [1, 3]
    assert len(quarantine) == 1 and "EVIDENCE_MAX_RECORD_BYTES" in quarantine[0][1]
    assert rep.status == "ok" and rep.rejected == 1


PEAK = """
import resource, sys
from pipeline.parsing import parse_path
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kinds = [type(i).__name__ for i in parse_path(sys.argv[1])]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(kinds.count("Article"), kinds.count("ParseProblem"), (after - before) // 1024)
"""


@pytest.mark.parametrize("fmt", ["xml", "jsonl"])
def test_a_50_mb_record_is_quarantined_in_bounded_memory(tmp_path, fmt):
    """The probe's 50 MB record (which took 0.9 GB): quarantined under the default limit without
    the process growing by more than a few times the limit."""
    path = tmp_path / f"huge.{fmt}"
    big = "word " * 10_000_000
    if fmt == "xml":
        path.write_bytes(HEAD + xml_record(1) + xml_record(2, big) + xml_record(3) + FOOT)
    else:
        path.write_bytes(b"".join(jsonl_lines([1])) + json.dumps({"pmid": 2, "title": "t", "abstract": big}).encode()
                         + b"\n" + b"".join(jsonl_lines([3])))
    r = subprocess.run([sys.executable, "-c", PEAK, str(path)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    articles, problems, grown_mb = map(int, r.stdout.split())
    assert (articles, problems) == (2, 1)
    assert grown_mb < 200


def test_record_tally_counts_what_the_file_holds(tmp_path):
    path = tmp_path / "a.xml"
    path.write_bytes(HEAD + b"".join(xml_record(p) for p in range(1, 4)) + FOOT)
    tally = RecordTally()
    items = list(parse_path(path, tally))
    assert tally.records == 3 and all(isinstance(i, Article) for i in items)
    cut = tmp_path / "cut.xml"
    cut.write_bytes(path.read_bytes()[:-60])
    tally = RecordTally()
    items = list(parse_path(cut, tally))
    assert tally.records == 3 and isinstance(items[-1], ParseProblem) and items[-1].fatal
