"""PubMed query syntax: grammar, errors with positions, and selection on real records."""

import re
from collections import Counter

import pytest

from pipeline.errors import QuerySyntaxError
from pipeline.models import Article
from pipeline.parsing import parse_path
from pipeline.query import QueryIndex, SearchDoc, compile_query, select
from pipeline.query.nodes import BoolOp, Term

from conftest import corpus_file

P1M = corpus_file("general/p1m_ortho_psoas_abscess/pubmed_result.xml")
SYNERGY = corpus_file("topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip")


@pytest.fixture(scope="module")
def p1m():
    return [a for a in parse_path(P1M) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def synergy():
    return [a for a in parse_path(SYNERGY) if isinstance(a, Article)]


def test_left_to_right_without_precedence():
    root = compile_query("a OR b AND c").root
    assert isinstance(root, BoolOp) and root.op == "AND" and root.left.op == "OR"
    root = compile_query("a OR (b AND c)").root
    assert root.op == "OR" and root.right.op == "AND"


def test_words_before_a_tag_form_a_phrase_and_untagged_words_are_anded():
    t = compile_query("knee osteoarthritis[tiab]").root
    assert isinstance(t, Term) and t.field == "tiab" and t.phrase and t.tokens == ("knee", "osteoarthritis")
    root = compile_query("knee osteoarthritis").root
    assert root.op == "AND" and root.left.field == "all"


def test_tags_long_forms_truncation_and_ranges():
    assert compile_query('"platelet-rich plasma"[Title/Abstract]').root.field == "tiab"
    assert compile_query("Humans[MeSH Terms]").root.field == "mh"
    t = compile_query("tendin*[tiab]").root
    assert t.truncated and t.tokens == ("tendin",)
    assert compile_query("2015:2020[dp]").root.date_range == ("2015-01-01", "2020-12-31")
    t = compile_query('"2015/03/01"[dp] : "2016/02"[dp]').root
    assert t.date_range == ("2015-03-01", "2016-02-31")


@pytest.mark.parametrize("query, pos, words", [
    ("", 0, "empty"),
    ("(knee AND cartilage", 0, "unbalanced"),
    ("knee AND cartilage)", 18, "unbalanced"),
    ("knee AND", 8, "right-hand"),
    ("OR knee", 0, "left-hand"),
    ('"platelet rich plasma', 0, "unterminated"),
    ("knee[foo]", 4, "unknown field tag"),
    ("ab*", 0, "3 leading"),
    ("2015:20x0[dp]", 0, "invalid date"),
])
def test_errors_name_the_position(query, pos, words):
    with pytest.raises(QuerySyntaxError) as e:
        compile_query(query)
    assert e.value.position == pos and words in str(e.value)


def test_publication_type_count_matches_metadata(p1m):
    expected = sum("Case Reports" in a.publication_types for a in p1m)
    assert expected == 201
    assert len(select('"Case Reports"[pt]', p1m)) == expected
    assert len(select('"Case Reports"[pt] NOT Review[pt]', p1m)) == sum(
        "Case Reports" in a.publication_types and "Review" not in a.publication_types for a in p1m)


def test_phrase_in_title_abstract_agrees_with_a_regex(p1m):
    rx = re.compile(r"\bpsoas\W+abscess\b", re.I)
    expected = sorted(a.pmid for a in p1m if rx.search(a.title) or rx.search(a.abstract) or
                      any(rx.search(k) for k in a.keywords))
    assert select('"psoas abscess"[tiab]', p1m) == expected
    only_title = sorted(a.pmid for a in p1m if rx.search(a.title))
    assert select('"psoas abscess"[ti]', p1m) == only_title


def test_major_topic_is_a_subset_of_mesh(p1m):
    mh = set(select('"Psoas Abscess"[mh]', p1m))
    majr = set(select('"Psoas Abscess"[majr]', p1m))
    assert majr and majr < mh
    assert majr == {a.pmid for a in p1m if any(m.descriptor == "Psoas Abscess" and m.major for m in a.mesh)}


def test_date_ranges_and_languages(p1m):
    got = select("2010:2014[dp]", p1m)
    assert got == sorted(a.pmid for a in p1m if a.year and 2010 <= a.year <= 2014)
    eng = select("english[la]", p1m)
    assert eng == sorted(a.pmid for a in p1m if "eng" in a.languages)


def test_mesh_without_tree_explodes_by_name_only(synergy):
    noexp = set(select("Osteoarthritis[mh:noexp]", synergy))
    exp = set(select("Osteoarthritis[mh]", synergy))
    knee = set(select('"Osteoarthritis, Knee"[mh]', synergy))
    assert noexp < exp and knee <= exp


def test_index_agrees_with_per_document_matching(synergy):
    queries = ['(mesenchymal stem cell*[tiab] OR "Mesenchymal Stem Cells"[mh]) AND knee[tiab]',
               "chondrocyte* NOT mesenchymal", '"bone marrow aspirate concentrate"[tiab] OR BMAC[tiab]',
               "randomized[tiab] AND 2010:2020[dp]", "cartilage[majr]", "stem cells"]
    idx = QueryIndex(SearchDoc.from_article(a) for a in synergy)
    sample = synergy[:300]
    for q in queries:
        cq = compile_query(q)
        expected = sorted(a.pmid for a in sample if cq.matches(a))
        got = [p for p in idx.search(cq) if p in {a.pmid for a in sample}]
        assert got == expected, q


def test_mesh_explosion_takes_headings_extended_by_whole_words_at_either_end(synergy):
    """[mh] explodes a heading to the descriptors that extend it by whole words at the start or the end
    (the index looks them up in a table built once; here against the definition, heading by heading)."""
    from pipeline.models import MeshHeading, MeshQualifier
    from pipeline.query.normalize import key

    made = [Article(pmid=1, mesh=[MeshHeading("Osteoarthritis, Knee", True)]),
            Article(pmid=2, mesh=[MeshHeading("Mesenchymal Stem Cells")]),
            Article(pmid=3, mesh=[MeshHeading("Stem Cellsx")]),  # not a whole word: no
            Article(pmid=4, mesh=[MeshHeading("Knee", qualifiers=(MeshQualifier("surgery", True),))]),
            Article(pmid=5, mesh=[MeshHeading("Cells, Cultured")]),
            Article(pmid=6, mesh=[MeshHeading("Adult Stem Cells Therapy")])]  # the middle: no
    docs = made + synergy[:400]
    idx = QueryIndex(SearchDoc.from_article(a) for a in docs)

    def by_definition(heading: str, major: bool) -> list[int]:
        k = key(heading)
        return sorted(a.pmid for a in docs if any(
            (not major or m.major) and (key(m.descriptor) == k or key(m.descriptor).startswith(k + " ")
                                        or key(m.descriptor).endswith(" " + k)) for m in a.mesh))

    for heading in ("Osteoarthritis", "Stem Cells", "Cells", "Knee", "Surgery", "Cultured", "Stem",
                    *sorted({m.descriptor for a in synergy[:400] for m in a.mesh})[:150]):
        assert idx.search(f'"{heading}"[mh]') == by_definition(heading, False), heading
        assert [p for p in idx.search(f'"{heading}"[majr]')] == by_definition(heading, True), heading
    made_hits = lambda q: [p for p in idx.search(q) if p < 10]  # noqa: E731
    assert made_hits('"Stem Cells"[mh]') == [2] and made_hits('"Cells"[mh]') == [2, 5]
    assert made_hits('"Osteoarthritis"[majr]') == [1] and made_hits('"Knee"[mh]') == [1, 4]


def test_the_search_fields_loaded_alone_index_as_the_whole_articles(tmp_db):
    """The link stage indexes every stored article from the searched fields only
    (``iter_search_fields``, MeSH straight from the stored JSON) and reads the hits in full: both give the same
    searchable view."""
    from pipeline.ingest import ingest_paths
    from pipeline.store import connect
    from pipeline.store.load import iter_articles, iter_search_fields

    with connect(tmp_db) as con:
        ingest_paths(con, [P1M, SYNERGY], quiet=True)
        full = [SearchDoc.from_article(a) for a in iter_articles(con)]
        light = [SearchDoc.from_fields(**f) for f in iter_search_fields(con)]
    assert len(full) > 500 and light == full
    assert any(d.mesh_quals for d in full) and any(d.fields["nm"] for d in full) and any(d.edat for d in full)
