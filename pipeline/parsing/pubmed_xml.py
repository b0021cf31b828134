"""Streaming reader for PubMed XML: ``PubmedArticleSet`` (efetch, baseline, update files) and the older
``MedlineCitationSet``, every DTD generation from 2016 to 2024.

Memory stays flat: each record's element is converted and then cleared from the tree. A file that
ends early (truncated gzip or XML) yields every complete record and then one fatal ParseProblem.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zlib
from typing import IO, Iterator

from pipeline.models import (AbstractSection, Article, CommentCorrection, Deletion, MeshHeading,
                             MeshQualifier, ParsedItem, ParseProblem)
from pipeline.parsing.text import (clean, element_text, iso_date, normalise_publication_type,
                                   year_of)

SNIPPET = 400
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


def parse_pubmed_xml(fileobj: IO[bytes], source: str) -> Iterator[ParsedItem]:
    """Yield an Article per record, a Deletion per ``DeleteCitation`` PMID, ParseProblems for the rest."""
    context = ET.iterparse(fileobj, events=("start", "end"))
    stack: list[str] = []
    root: ET.Element | None = None
    index = 0
    try:
        for event, elem in context:
            if event == "start":
                if root is None:
                    root = elem
                stack.append(elem.tag)
                continue
            stack.pop()
            tag = elem.tag
            depth = len(stack)
            if tag == "PubmedArticle" or (tag == "MedlineCitation" and depth == 1):
                index += 1
                yield _convert(elem, source, index)
                elem.clear()
                if root is not None:
                    root.clear()  # drop references to finished records
            elif tag == "PubmedBookArticle":
                index += 1
                yield ParseProblem(source, f"record {index}", "book record (PubmedBookArticle) not supported",
                                   _snippet(elem))
                elem.clear()
            elif tag == "DeleteCitation":
                for p in elem.findall("PMID"):
                    if p.text and p.text.strip().isdigit():
                        yield Deletion(int(p.text.strip()), source)
                elem.clear()
        if root is None:
            yield ParseProblem(source, "0", "empty file: no XML content", "", fatal=True)
        elif root.tag not in ("PubmedArticleSet", "MedlineCitationSet"):
            yield ParseProblem(source, "0", f"not PubMed XML: root element <{root.tag}>", "", fatal=True)
    except EOFError as exc:
        yield ParseProblem(source, f"after record {index}", f"truncated input: {exc}", "", fatal=True)
    except (zlib.error, OSError) as exc:
        yield ParseProblem(source, f"after record {index}", f"truncated or corrupt compressed input: {exc}",
                           "", fatal=True)
    except ET.ParseError as exc:
        line, col = exc.position
        reason = "truncated XML" if "no element found" in str(exc) or "unclosed" in str(exc) else "malformed XML"
        yield ParseProblem(source, f"line {line}, column {col} (after record {index})", f"{reason}: {exc}",
                           "", fatal=True)


def _snippet(elem: ET.Element) -> str:
    try:
        return ET.tostring(elem, encoding="unicode")[:SNIPPET]
    except Exception:  # pragma: no cover - defensive, snippet is best effort
        return ""


def _text(elem: ET.Element | None, path: str) -> str | None:
    if elem is None:
        return None
    found = elem.find(path)
    if found is None:
        return None
    t = element_text(found)
    return t or None


def _date(elem: ET.Element | None) -> str | None:
    if elem is None:
        return None
    return iso_date(elem.findtext("Year"), elem.findtext("Month"), elem.findtext("Day"))


def _convert(record: ET.Element, source: str, index: int) -> ParsedItem:
    mc = record if record.tag == "MedlineCitation" else record.find("MedlineCitation")
    if mc is None:
        return ParseProblem(source, f"record {index}", "record has no MedlineCitation", _snippet(record))
    pmid_el = mc.find("PMID")
    raw_pmid = (pmid_el.text or "").strip() if pmid_el is not None else ""
    if not raw_pmid.isdigit():
        return ParseProblem(source, f"record {index}", f"missing or invalid PMID {raw_pmid!r}", _snippet(record))
    try:
        return _article(record, mc, int(raw_pmid), pmid_el.get("Version"), source)
    except Exception as exc:  # one bad record must not stop the file
        return ParseProblem(source, f"record {index} (PMID {raw_pmid})", f"unreadable record: {exc}",
                            _snippet(record))


def _article(record: ET.Element, mc: ET.Element, pmid: int, version: str | None, source: str) -> Article:
    art = mc.find("Article")
    pd = record.find("PubmedData")

    title = _text(art, "ArticleTitle") or _text(art, "VernacularTitle") or ""
    sections = []
    if art is not None:
        for at in art.findall("Abstract/AbstractText"):
            sections.append(AbstractSection(at.get("Label") or None, at.get("NlmCategory") or None,
                                            element_text(at)))
    abstract = render_abstract(sections)

    journal = _text(art, "Journal/Title")
    pub_date_el = art.find("Journal/JournalIssue/PubDate") if art is not None else None
    pub_date = _date(pub_date_el)
    if pub_date is None and pub_date_el is not None:
        m = _YEAR.search(pub_date_el.findtext("MedlineDate") or "")
        pub_date = m.group(1) if m else None
    if pub_date is None and art is not None:
        pub_date = _date(art.find("ArticleDate"))

    languages = [clean(x.text) for x in art.findall("Language") if x.text] if art is not None else []
    pts = [normalise_publication_type(element_text(x)) for x in art.findall("PublicationTypeList/PublicationType")] \
        if art is not None else []

    mesh = []
    for mh in mc.findall("MeshHeadingList/MeshHeading"):
        d = mh.find("DescriptorName")
        if d is None:
            continue
        quals = tuple(MeshQualifier(element_text(q), q.get("MajorTopicYN") == "Y", q.get("UI"))
                      for q in mh.findall("QualifierName"))
        major = d.get("MajorTopicYN") == "Y" or any(q.major for q in quals)
        mesh.append(MeshHeading(element_text(d), major, d.get("UI"), quals))

    keywords = [element_text(k) for k in mc.findall("KeywordList/Keyword") if element_text(k)]
    chemicals = [element_text(c) for c in mc.findall("ChemicalList/Chemical/NameOfSubstance")]

    doi = pmc = None
    if pd is not None:
        for aid in pd.findall("ArticleIdList/ArticleId"):
            kind = aid.get("IdType")
            if kind == "doi" and not doi:
                doi = clean(aid.text)
            elif kind == "pmc" and not pmc:
                pmc = clean(aid.text)
    if not doi and art is not None:
        for eid in art.findall("ELocationID"):
            if eid.get("EIdType") == "doi":
                doi = clean(eid.text)
                break

    cc = []
    for c in mc.findall("CommentsCorrectionsList/CommentsCorrections"):
        ref_pmid = (c.findtext("PMID") or "").strip()
        cc.append(CommentCorrection(c.get("RefType") or "", int(ref_pmid) if ref_pmid.isdigit() else None,
                                    clean(c.findtext("RefSource")) or None))

    entry = None
    if pd is not None:
        for status in ("entrez", "pubmed"):
            for h in pd.findall("History/PubMedPubDate"):
                if h.get("PubStatus") == status:
                    entry = _date(h)
                    break
            if entry:
                break
    entry = entry or _date(mc.find("DateCreated")) or _date(mc.find("DateCompleted"))

    return Article(
        pmid=pmid,
        version=int(version) if version and version.isdigit() else 1,
        title=title,
        abstract=abstract,
        abstract_sections=sections,
        journal=journal,
        year=year_of(pub_date),
        pub_date=pub_date,
        languages=languages,
        publication_types=pts,
        mesh=mesh,
        keywords=keywords,
        chemicals=chemicals,
        doi=doi or None,
        pmc=pmc or None,
        citation_status=mc.get("Status"),
        comments_corrections=cc,
        date_revised=_date(mc.find("DateRevised")),
        entry_date=entry,
        source_format="pubmed_xml",
        source_file=source,
    )


def render_abstract(sections: list[AbstractSection]) -> str:
    """Plain abstract text, rendered as MEDLINE does: "LABEL: text LABEL: text"."""
    parts = []
    for s in sections:
        if not s.text and not s.label:
            continue
        parts.append(f"{s.label.upper()}: {s.text}" if s.label else s.text)
    return clean(" ".join(parts))
