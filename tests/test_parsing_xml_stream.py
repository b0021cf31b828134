"""PubMed XML streaming edge cases, built from real corpus records in tmp_path."""

import io

import pytest

from pipeline.models import Article, Deletion, ParseProblem
from pipeline.parsing import parse_path, parse_pubmed_xml

from conftest import corpus_file, corpus_bytes

SRC = "general/p1m_ortho_psoas_abscess/pubmed_result.xml"


@pytest.fixture(scope="module")
def raw() -> str:
    return corpus_bytes(SRC).decode("utf-8")


def records(raw: str, n: int) -> list[str]:
    out, pos = [], 0
    for _ in range(n):
        start = raw.index("<PubmedArticle>", pos)
        pos = raw.index("</PubmedArticle>", start) + len("</PubmedArticle>")
        out.append(raw[start:pos])
    return out


def parse_bytes(doc: str | bytes) -> list:
    data = doc.encode("utf-8") if isinstance(doc, str) else doc
    return list(parse_pubmed_xml(io.BytesIO(data), "test"))


def test_plain_xml_cut_mid_record_keeps_complete_records(raw):
    second = raw.index("<PubmedArticle>", raw.index("</PubmedArticle>"))
    got = parse_bytes(raw[: raw.index("<AbstractText", second)])  # cut inside the second record
    assert [type(i) for i in got] == [Article, ParseProblem]
    assert got[1].fatal and got[1].reason.startswith("truncated XML")


def test_mismatched_tags_are_a_fatal_malformed_problem_after_good_records(raw):
    recs = records(raw, 3)
    bad = recs[1].replace("</ArticleTitle>", "</Title>", 1)
    got = parse_bytes("<PubmedArticleSet>" + recs[0] + bad + recs[2] + "</PubmedArticleSet>")
    assert isinstance(got[0], Article)
    assert isinstance(got[-1], ParseProblem) and got[-1].fatal and "malformed XML" in got[-1].reason
    assert "line" in got[-1].position


def test_update_file_yields_records_then_deletions(raw):
    recs = records(raw, 2)
    doc = ("<PubmedArticleSet>" + "".join(recs)
           + "<DeleteCitation><PMID Version=\"1\">111</PMID><PMID Version=\"1\">222</PMID></DeleteCitation>"
           + "</PubmedArticleSet>")
    got = parse_bytes(doc)
    assert [type(i) for i in got] == [Article, Article, Deletion, Deletion]
    assert [d.pmid for d in got[2:]] == [111, 222]


def test_mathml_comments_and_inline_markup_lose_no_word(raw):
    rec = records(raw, 1)[0]
    start = rec.index("<AbstractText")
    end = rec.index("</AbstractText>", start)
    head = rec[start:rec.index(">", start) + 1]
    body = ('Serum <i>IL</i>-6 fell as <mml:math xmlns:mml="http://www.w3.org/1998/Math/MathML">'
            '<mml:msup><mml:mi>x</mml:mi><mml:mn>2</mml:mn></mml:msup></mml:math> grew;<!-- editor note -->'
            ' β\n        <sub>2</sub>-agonist and CD34<sup>+</sup> cells.')
    doc = "<PubmedArticleSet>" + rec[:start] + head + body + rec[end:] + "</PubmedArticleSet>"
    (a,) = parse_bytes(doc)
    assert a.abstract_sections[0].text == "Serum IL-6 fell as x2 grew; β2-agonist and CD34+ cells."


@pytest.mark.parametrize("doc, reason", [
    (b"", "empty"),
    (b"<eSearchResult><Count>0</Count></eSearchResult>", "not PubMed XML"),
    (b"<PubmedArticleSet></PubmedArticleSet>", None),
])
def test_efetch_bodies_without_records(doc, reason):
    got = parse_bytes(doc)
    if reason is None:
        assert got == []
    else:
        assert len(got) == 1 and got[0].fatal and reason in got[0].reason


def test_elements_are_released_while_streaming(monkeypatch):
    """Constant memory: once the parser moves on, earlier records are gone from the tree."""
    from pipeline.parsing import pubmed_xml

    seen = []
    orig = pubmed_xml._PullEvents.__iter__

    def spy(self):
        for ev, el in orig(self):
            seen.append(el.getparent())
            yield ev, el

    monkeypatch.setattr(pubmed_xml._PullEvents, "__iter__", spy)
    n = sum(isinstance(i, Article) for i in parse_path(corpus_file(SRC)))
    root = seen[0]
    assert n == 292 and len(root) <= 1
