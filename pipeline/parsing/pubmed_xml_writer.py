"""Render :class:`~pipeline.models.Article` records as a PubMed efetch document (``PubmedArticleSet``).

The fake E-utilities server serves efetch with this, so records that came from MEDLINE text,
tabular or OpenAlex files can be fetched as XML like any other. The contract is
``parse_pubmed_xml(render_pubmed_xml([a]))`` gives back ``a`` (apart from ``source_file``,
``source_format`` and ``extra``, which describe where a record came from, not the record).

Elements follow the pubmed_250101 DTD; documents of records read from PubMed XML validate against it
(tests/test_parsing_writer.py). Required identifiers we do not keep (PublicationType and substance
UIs, MeSH UIs of MEDLINE-text records) are written empty, which the parser reads back as absent.
Required elements with no value in the Article (Language, PublicationType, the citation Status of
records from tabular/OpenAlex files) are left out rather than invented, because an invented value
would come back from the parser as if it were real data.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterable

from pipeline.models import Article

DOCTYPE = ('<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
           '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">')
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, {k: v for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = text
    return el


def _date(parent: ET.Element, tag: str, iso: str | None, *, month_names: bool = False,
          **attrs: str) -> None:
    """``2018-05-17`` → <tag><Year>2018</Year><Month>05</Month><Day>17</Day></tag>, as precise as given."""
    if not iso or not iso[:4].isdigit():
        return
    el = _sub(parent, tag, **attrs)
    parts = iso.split("-")
    _sub(el, "Year", parts[0])
    if len(parts) > 1 and parts[1].isdigit():
        m = int(parts[1])
        _sub(el, "Month", _MONTHS[m - 1] if month_names and 1 <= m <= 12 else f"{m:02d}")
        if len(parts) > 2 and parts[2].isdigit():
            _sub(el, "Day", f"{int(parts[2]):02d}")


def _yn(flag: bool) -> str:
    return "Y" if flag else "N"


def article_element(a: Article) -> ET.Element:
    """One ``<PubmedArticle>`` element carrying every content field of ``a``."""
    pa = ET.Element("PubmedArticle")
    mc = _sub(pa, "MedlineCitation", Status=a.citation_status, Owner="NLM")
    _sub(mc, "PMID", str(a.pmid), Version=str(a.version))
    _date(mc, "DateRevised", a.date_revised)

    art = _sub(mc, "Article", PubModel="Print")
    journal = _sub(art, "Journal")
    issue = _sub(journal, "JournalIssue", CitedMedium="Internet")
    if a.pub_date and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", a.pub_date):
        _date(issue, "PubDate", a.pub_date, month_names=True)
    elif a.pub_date:  # free text such as "2019 Winter": PubMed's own fallback element
        _sub(_sub(issue, "PubDate"), "MedlineDate", a.pub_date)
    elif a.year:
        _sub(_sub(issue, "PubDate"), "Year", str(a.year))
    else:
        _sub(_sub(issue, "PubDate"), "MedlineDate", "")
    if a.journal:
        _sub(journal, "Title", a.journal)
    _sub(art, "ArticleTitle", a.title)
    _sub(_sub(art, "Pagination"), "MedlinePgn", "")
    if a.doi:
        _sub(art, "ELocationID", a.doi, EIdType="doi", ValidYN="Y")
    sections = a.abstract_sections
    if not sections and a.abstract:
        sections_xml = [(None, None, a.abstract)]
    else:
        sections_xml = [(s.label, s.nlm_category, s.text) for s in sections]
    if sections_xml:
        ab = _sub(art, "Abstract")
        for label, category, text in sections_xml:
            _sub(ab, "AbstractText", text, Label=label, NlmCategory=category)
    if a.authors:  # "Family, Given" → LastName/ForeName; a name without a comma is a group author
        al = _sub(art, "AuthorList", CompleteYN="Y")
        for name in a.authors:
            au = _sub(al, "Author", ValidYN="Y")
            family, sep, given = name.partition(", ")
            if sep:
                _sub(au, "LastName", family)
                _sub(au, "ForeName", given)
            else:
                _sub(au, "CollectiveName", name)
    for lang in a.languages:
        _sub(art, "Language", lang)
    if a.publication_types:
        ptl = _sub(art, "PublicationTypeList")
        for pt in a.publication_types:
            _sub(ptl, "PublicationType", pt, UI="")

    info = _sub(mc, "MedlineJournalInfo")
    _sub(info, "MedlineTA", a.journal or "")
    if a.chemicals:
        cl = _sub(mc, "ChemicalList")
        for name in a.chemicals:
            chem = _sub(cl, "Chemical")
            _sub(chem, "RegistryNumber", "0")
            _sub(chem, "NameOfSubstance", name, UI="")
    if a.comments_corrections:
        ccl = _sub(mc, "CommentsCorrectionsList")
        for c in a.comments_corrections:
            cc = _sub(ccl, "CommentsCorrections", RefType=c.ref_type)
            _sub(cc, "RefSource", c.ref_source or "")
            if c.pmid is not None:
                _sub(cc, "PMID", str(c.pmid), Version="1")
    if a.mesh:
        mhl = _sub(mc, "MeshHeadingList")
        for m in a.mesh:
            mh = _sub(mhl, "MeshHeading")
            # NLM marks the major topic on the qualifier when one is major, else on the descriptor.
            desc_major = m.major and not any(q.major for q in m.qualifiers)
            _sub(mh, "DescriptorName", m.descriptor, UI=m.ui or "", MajorTopicYN=_yn(desc_major))
            for q in m.qualifiers:
                _sub(mh, "QualifierName", q.name, UI=q.ui or "", MajorTopicYN=_yn(q.major))
    if a.keywords:
        kl = _sub(mc, "KeywordList", Owner="NOTNLM")
        for k in a.keywords:
            _sub(kl, "Keyword", k, MajorTopicYN="N")

    pd = _sub(pa, "PubmedData")
    if a.entry_date:
        hist = _sub(pd, "History")
        _date(hist, "PubMedPubDate", a.entry_date, PubStatus="entrez")
    _sub(pd, "PublicationStatus", "ppublish")
    ids = _sub(pd, "ArticleIdList")
    _sub(ids, "ArticleId", str(a.pmid), IdType="pubmed")
    if a.doi:
        _sub(ids, "ArticleId", a.doi, IdType="doi")
    if a.pmc:
        _sub(ids, "ArticleId", a.pmc, IdType="pmc")
    return pa


def render_pubmed_xml(articles: Iterable[Article]) -> bytes:
    """A complete ``PubmedArticleSet`` document (UTF-8, with DOCTYPE) for ``articles``, in order."""
    root = ET.Element("PubmedArticleSet")
    for a in articles:
        root.append(article_element(a))
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + DOCTYPE + "\n" + body + "\n").encode("utf-8")
