"""Parsing one PubMed XML file in worker processes gives exactly what the serial parser gives:
the same rows, the same quarantine (positions included), the same fatal problems."""

import gzip
import re
from pathlib import Path

import pytest

import pipeline.parsing.xml_chunks as xml_chunks
from pipeline.ingest import ingest_file
from pipeline.parallel_parse import ParallelParser
from pipeline.parsing import detect, iter_paths
from pipeline.parsing.xml_chunks import split_pubmed_xml
from pipeline.store import connect

from conftest import GENERAL, TOPICAL, corpus_bytes

_RECORD = re.compile(rb"<PubmedArticle>.*?</PubmedArticle>", re.S)


def corpus_xml() -> list[Path]:
    return [p for p in iter_paths([GENERAL, TOPICAL]) if detect.detect_format(p) == detect.PUBMED_XML]


def snapshot(con):
    return (
        con.execute("SELECT * EXCLUDE (updated_at) FROM articles ORDER BY pmid").fetchall(),
        con.execute("SELECT position, reason FROM quarantine ORDER BY ALL").fetchall(),
        con.execute("SELECT pmid FROM deleted_citations ORDER BY pmid").fetchall(),
    )


def serial_and_parallel(path: Path, tmp_path: Path, parser: ParallelParser):
    out = []
    for name, par in (("serial", None), ("parallel", parser)):
        with connect(tmp_path / f"{path.name}.{name}.duckdb") as con:
            rep = ingest_file(con, path, parallel=par)
            out.append(((rep.read, rep.quarantined, rep.truncated, rep.problems), snapshot(con)))
    return out


@pytest.fixture(scope="module")
def parser():
    # tiny pieces so that every corpus file is cut in many places
    with ParallelParser(2, records_per_piece=7) as p:
        p.wants = lambda path: True  # also the small corpus files
        yield p


def test_every_corpus_xml_file_parses_the_same_in_parallel(parser, tmp_path):
    files = corpus_xml()
    assert len(files) >= 8
    truncated = 0
    for path in files:
        serial, parallel = serial_and_parallel(path, tmp_path, parser)
        assert parallel == serial, path
        truncated += serial[0][2]
    assert truncated >= 1  # the truncated baseline file: 266 records, then the same fatal problem


def _records(n: int) -> tuple[bytes, list[bytes]]:
    raw = corpus_bytes("general/p1m_ortho_psoas_abscess/pubmed_result.xml")
    return raw[: raw.index(b"<PubmedArticleSet")], _RECORD.findall(raw)[:n]


def test_malformed_record_mid_file_is_quarantined_alone_in_both(parser, tmp_path):
    """An unclosed tag in record 14: serially and in parallel, that record alone is quarantined (at
    the file's line) and the six after it load."""
    head, recs = _records(20)
    recs[13] = recs[13].replace(b"</ArticleTitle>", b"</ArticleTitl>", 1)
    path = tmp_path / "malformed.xml"
    path.write_bytes(head + b"<PubmedArticleSet>\n" + b"\n".join(recs) + b"\n</PubmedArticleSet>\n")
    serial, parallel = serial_and_parallel(path, tmp_path, parser)
    assert parallel == serial
    (read, quarantined, truncated, problems), (_, quarantine, _) = parallel
    assert (read, quarantined, truncated, problems) == (19, 1, False, [])
    line = path.read_bytes()[: path.read_bytes().index(b"</ArticleTitl>")].count(b"\n") + 1
    assert quarantine[0][0].startswith(f"line {line}, ")  # the file's line, not the piece's
    assert "malformed XML record" in quarantine[0][1]


def test_cut_off_file_keeps_every_complete_record(parser, tmp_path):
    head, recs = _records(20)
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(gzip.compress(head + b"<PubmedArticleSet>\n" + b"\n".join(recs)[:-2500]))
    serial, parallel = serial_and_parallel(path, tmp_path, parser)
    assert parallel == serial
    assert parallel[0][0] == 19 and parallel[0][3]


def test_pieces_cover_every_record_when_end_tags_straddle_reads(monkeypatch):
    monkeypatch.setattr(xml_chunks, "READ_BLOCK", 97)  # cuts end tags across reads
    head, recs = _records(30)
    data = head + b"<PubmedArticleSet>" + b"\n".join(recs) + b"</PubmedArticleSet>"
    import io

    pieces = list(split_pubmed_xml(io.BytesIO(data), records_per_piece=4))
    assert [p.records for p in pieces] == [4] * 7 + [2]
    assert [p.first_record for p in pieces] == list(range(0, 30, 4))
    bodies = b"".join(p.data[p.body_start: -len(b"</PubmedArticleSet>")] for p in pieces)
    assert _RECORD.findall(bodies) == recs
    assert sum(p.body_lines() for p in pieces) == data.count(b"\n") - head.count(b"\n")


def test_not_pubmed_xml_is_left_to_the_serial_parser(tmp_path):
    import io

    assert split_pubmed_xml(io.BytesIO(b"<foo><bar/></foo>")) is None
    doc = b'<!DOCTYPE PubmedArticleSet [<!ENTITY x "y">]><PubmedArticleSet></PubmedArticleSet>'
    assert split_pubmed_xml(io.BytesIO(doc)) is None
