"""XML and MEDLINE text of the same 292 records agree exactly once the XML goes through to_nlm_ascii."""

from collections import Counter

import pytest

from pipeline.models import Article
from pipeline.parsing import parse_path
from pipeline.parsing.text import to_nlm_ascii

from conftest import corpus_file

BASE = "general/p1m_ortho_psoas_abscess/"


@pytest.fixture(scope="module")
def pairs():
    xml = {a.pmid: a for a in parse_path(corpus_file(BASE + "pubmed_result.xml")) if isinstance(a, Article)}
    nbib = {a.pmid: a for f in ("citations.nbib", "citations_1.nbib")
            for a in parse_path(corpus_file(BASE + f)) if isinstance(a, Article)}
    assert len(xml) == 292 and set(xml) == set(nbib)
    return [(xml[p], nbib[p]) for p in sorted(xml)]


def test_titles_and_abstracts_match_exactly_through_the_mapping(pairs):
    tally = Counter()
    for x, m in pairs:
        tally["title raw"] += x.title == m.title
        tally["abstract raw"] += x.abstract == m.abstract
        assert to_nlm_ascii(x.title) == m.title, x.pmid
        assert to_nlm_ascii(x.abstract) == m.abstract, x.pmid
    # the mapping is doing real work: without it a fair share of records differ
    assert tally["abstract raw"] < 292 - 10


def test_structured_abstracts_render_identically(pairs):
    structured = 0
    for x, m in pairs:
        labels = [s.label for s in x.abstract_sections]
        assert [s.label for s in m.abstract_sections] == labels, x.pmid
        assert x.abstract.count("\n\n") == m.abstract.count("\n\n") == max(len(labels) - 1, 0)
        if any(labels):
            structured += 1
            first = x.abstract_sections[0]
            assert x.abstract.startswith(f"{first.label}: ")
            assert [to_nlm_ascii(s.text) for s in x.abstract_sections] == [s.text for s in m.abstract_sections]
    assert structured > 50


def test_mesh_and_publication_types_agree(pairs):
    for x, m in pairs:
        assert x.publication_types == m.publication_types, x.pmid
        assert [(to_nlm_ascii(h.descriptor), h.major, [(q.name, q.major) for q in h.qualifiers]) for h in x.mesh] \
            == [(h.descriptor, h.major, [(q.name, q.major) for q in h.qualifiers]) for h in m.mesh], x.pmid
        assert (x.journal, x.year, x.doi, x.languages, x.citation_status) == \
               (m.journal, m.year, m.doi, m.languages, m.citation_status), x.pmid


@pytest.mark.parametrize("text, ascii_", [
    ("0.5 ± 0.1", "0.5 +/- 0.1"),
    ("age ≤ 65", "age </= 65"),
    ("Kinesio® tape", "Kinesio(R) tape"),
    ("χ² = 0.000", "chi(2) = 0.000"),
    ("α and β", "alpha and beta"),
    ("37 °C", "37 degrees C"),
    ("MRI → CT", "MRI --> CT"),
    ("Pérez-Núñez", "Perez-Nunez"),
    ("A: one\n\nB: two", "A: one\n\nB: two"),
])
def test_mapping_examples_seen_in_the_pair(text, ascii_):
    assert to_nlm_ascii(text) == ascii_
