"""Streaming reader for PubMed XML: ``PubmedArticleSet`` (efetch, baseline, update files) and the older
``MedlineCitationSet``, every DTD generation from 2016 to 2024.

libxml2 (through lxml) builds each record's subtree in C and reports only record ends; each record
is converted and then cleared, with its finished siblings, so memory stays flat whatever the file
size. External DTDs are never loaded (no network). A file that ends early (truncated gzip or XML)
yields every complete record and then one fatal ParseProblem.
"""

from __future__ import annotations

import io
import re
import zlib
from dataclasses import replace
from typing import IO, Callable, Iterator

from lxml import etree

from pipeline.models import (AbstractSection, Article, CommentCorrection, Deletion, MeshHeading,
                             MeshQualifier, ParsedItem, ParseProblem)
from pipeline.parsing.limits import RecordTally, max_record_size, oversized
from pipeline.parsing.xml_chunks import XmlPiece, count_start_tags, read_block, records_from_tags, split_pubmed_xml
from pipeline.parsing.text import (clean, element_text, iso_date, normalise_publication_type,
                                   render_abstract, split_inner_labels, year_of)

SNIPPET = 400
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_RECORD_TAGS = ("PubmedArticle", "MedlineCitation", "PubmedBookArticle", "DeleteCitation")
_ROOTS = ("PubmedArticleSet", "MedlineCitationSet")

__all__ = ["parse_pubmed_xml", "render_abstract", "stream_problem"]


class RecordTooLarge(Exception):
    """Raised from the watched stream when one record passes the size limit."""

    def __init__(self, size: int):
        super().__init__(f"record over {size} bytes")
        self.size = size


_BOUNDARY = re.compile(rb"</(?:PubmedArticle|PubmedBookArticle|MedlineCitation|DeleteCitation)>")


class _Watched:
    """The byte stream as libxml2 reads it, watched on the way: counts the records begun (the
    file's own tally, whatever parses) and stops a record that grows past the size limit."""

    def __init__(self, raw: IO[bytes], limit: int | None, tally: RecordTally | None):
        self.raw, self.limit, self.tally = raw, limit, tally
        self.tail = b""
        self.pending = 0  # bytes since the last record end tag
        self.starts = 0
        self.tags = [0, 0, 0]
        self.root: bytes | None = None

    def read(self, n: int = -1) -> bytes:
        data = read_block(self.raw, n)
        if not data:
            return data
        buf = self.tail + data
        # per tag, so that a record's two start tags read in different blocks still count once
        self.tags = [n + b - a for n, b, a in zip(self.tags, count_start_tags(buf), count_start_tags(self.tail))]
        if self.root is None:
            m = _ROOT_TAG.search(buf)
            self.root = m.group(1) if m else None
        self.starts = records_from_tags(*self.tags, self.root == b"MedlineCitationSet")
        last = None
        for last in _BOUNDARY.finditer(buf):
            pass
        self.pending = len(buf) - last.end() if last else self.pending + len(data)
        self.tail = buf[-32:]
        if self.tally is not None:
            self.tally.records = self.starts
        if self.limit is not None and self.pending > self.limit:
            raise RecordTooLarge(self.pending)
        return data


class _PullEvents:
    """The record end events of a byte stream, read in blocks and fed to libxml2 by hand.

    Not ``etree.iterparse``: lxml 6.2.0's iterparse drops the events of the block in which a syntax
    error is found, so the good records before a malformed one were lost with it. A pull parser
    keeps them: after a failed ``feed`` its ``read_events`` still gives out what was finished."""

    BLOCK = 64 * 1024
    # ``collect_ids`` stays at lxml's default: with ``collect_ids=False`` and ``no_network`` a pull
    # parser's close() fails on a DOCTYPE naming PubMed's DTD by URL ("Attempt to load network entity").

    def __init__(self, stream):
        self.stream = stream
        self.parser = etree.XMLPullParser(events=("end",), tag=_RECORD_TAGS, load_dtd=False, no_network=True,
                                          resolve_entities=False, huge_tree=True)
        self.root = None

    def __iter__(self):
        parser = self.parser
        while data := read_block(self.stream, self.BLOCK):
            try:
                parser.feed(data)
            except etree.XMLSyntaxError:
                yield from parser.read_events()
                raise
            yield from parser.read_events()
        # No events after a failed close: lxml 6.2.0 then gives out end events for the elements left
        # open (a record cut off mid-way would pass for a whole one).
        self.root = parser.close()
        yield from parser.read_events()


def parse_pubmed_xml(fileobj: IO[bytes], source: str, *, first_record: int = 0,
                     reopen: Callable[[], IO[bytes]] | None = None, max_record_bytes: int | None = None,
                     tally: RecordTally | None = None) -> Iterator[ParsedItem]:
    """Yield an Article per record, a Deletion per ``DeleteCitation`` PMID, ParseProblems for the rest.

    ``first_record`` shifts the record numbers reported in problems, for a piece of a larger file
    (see :mod:`pipeline.parsing.xml_chunks`). With ``reopen`` (a way to read the file again from the
    start), a malformed record (an unclosed tag) or one over ``max_record_bytes`` is quarantined
    and the records after it are recovered; ``tally`` receives the records the file holds.
    """
    watched = _Watched(fileobj, max_record_bytes, tally) if (max_record_bytes or tally) else fileobj
    context = _PullEvents(watched)
    index = first_record
    done = 0  # record elements (and deletion lists) finished, as xml_chunks counts them
    try:
        for _event, elem in context:
            tag = elem.tag
            parent = elem.getparent()
            if tag == "MedlineCitation" and parent is not None and parent.tag == "PubmedArticle":
                continue  # converted with its PubmedArticle
            done += 1
            if tag == "DeleteCitation":
                for p in elem.iter("PMID"):
                    if p.text and p.text.strip().isdigit():
                        yield Deletion(int(p.text.strip()), source)
            else:
                index += 1
                if tag == "PubmedBookArticle":
                    yield ParseProblem(source, f"record {index}", "book record (PubmedBookArticle) not supported",
                                       _snippet(elem))
                else:
                    yield _convert(elem, source, index)
            _release(elem)
        root = context.root
        if root is None:
            yield ParseProblem(source, "0", "empty file: no XML content", "", fatal=True)
        elif root.tag not in _ROOTS:
            yield ParseProblem(source, "0", f"not PubMed XML: root element <{root.tag}>", "", fatal=True)
    except (EOFError, zlib.error, OSError) as exc:
        yield stream_problem(source, index, exc)
    except RecordTooLarge as exc:
        if reopen is not None:
            yield from _recover(reopen, source, done, max_record_bytes, tally)
            return
        yield oversized(source, f"record {index + 1}", exc.size, max_record_bytes or 0)
        yield ParseProblem(source, f"after record {index}", "records after an oversized record were not read",
                           "", fatal=True)
    except etree.XMLSyntaxError as exc:
        line, col = exc.position
        msg = exc.msg or str(exc)  # msg: without lxml's "(<file>, line N)" suffix
        if index == first_record == 0 and ("no element found" in msg or "Document is empty" in msg):
            yield ParseProblem(source, "0", f"empty file: {msg}", "", fatal=True)
            return
        if reopen is not None:
            yield from _recover(reopen, source, done, max_record_bytes, tally)
            return
        yield _syntax_problem(source, index, line, col, msg)


def _syntax_problem(source: str, index: int, line: int, col: int, msg: str) -> ParseProblem:
    # libxml2 reports a document cut short as an unfinished tag or missing end tags at EOF
    cut = any(s in msg for s in ("Premature end of data", "Couldn't find end of", "EndTag", "expected '>'",
                                 "end of input", "Extra content"))
    reason = "truncated XML" if cut else "malformed XML"
    return ParseProblem(source, f"line {line}, column {col} (after record {index})", f"{reason}: {msg}", "",
                        fatal=True)


def _recover(reopen: Callable[[], IO[bytes]], source: str, done: int, limit: int | None,
             tally: RecordTally | None) -> Iterator[ParsedItem]:
    """Read the file again as one small document per record, from the record the stream parse
    stopped at: a malformed or oversized record is quarantined alone, the records after it load."""
    with reopen() as fh:
        pieces = split_pubmed_xml(fh, 1, limit)
        if pieces is None:  # e.g. entity declarations: cannot be cut safely; report as before
            yield ParseProblem(source, f"after record {done}", "malformed XML: the records after this point "
                               "could not be read (the file cannot be cut into records)", "", fatal=True)
            return
        starts = 0
        lines = 0
        for piece in pieces:
            starts += piece.record_starts()
            if tally is not None:
                tally.records = starts
            if piece.first_record + piece.records <= done and piece.records:
                if piece.record_starts() > piece.records:
                    # a record that never closed: libxml2 read the next one as nested in it and
                    # gave that one out; only the unclosed record is missing
                    yield from (it for it in _record_by_record(piece, source, lines)
                                if isinstance(it, ParseProblem) and it.reason.startswith("malformed XML record"))
                lines += piece.body_lines()
                continue
            yield from piece_items(piece, source, lines)
            lines += piece.body_lines()
            if tally is not None:
                tally.records = starts


_SPLIT = {b"PubmedArticleSet": re.compile(rb"<(?:PubmedArticle|PubmedBookArticle|DeleteCitation)[\s>]"),
          b"MedlineCitationSet": re.compile(rb"<(?:MedlineCitation|DeleteCitation)[\s>]")}
_ROOT_TAG = re.compile(rb"<(PubmedArticleSet|MedlineCitationSet)\b")


def piece_items(piece: XmlPiece, source: str, line_offset: int = 0) -> Iterator[ParsedItem]:
    """The items of one piece of a file (see :mod:`pipeline.parsing.xml_chunks`), line numbers
    shifted by the file's lines before it. A piece that fails to parse although it holds complete
    records is parsed again record by record, so only the malformed record is lost (quarantined)."""
    limit = max_record_size()
    if piece.oversized:
        yield oversized(source, f"record {piece.first_record + 1}", piece.oversized, limit, piece.snippet)
        if not piece.records:  # the stream ended inside it
            if piece.stream_error is not None:
                yield stream_problem(source, piece.first_record, piece.stream_error)
            else:
                yield ParseProblem(source, f"after record {piece.first_record}",
                                   "truncated input: the file ends inside an oversized record", "", fatal=True)
        return
    if piece.stream_error is not None:
        yield stream_problem(source, piece.first_record, piece.stream_error)
        return
    items = list(parse_pubmed_xml(io.BytesIO(piece.data), source, first_record=piece.first_record))
    failed = items and isinstance(items[-1], ParseProblem) and items[-1].fatal and items[-1].position.startswith("line")
    if not (failed and piece.records):
        yield from (_shift(it, line_offset) for it in items)
        return
    yield from _record_by_record(piece, source, line_offset)


def _record_by_record(piece: XmlPiece, source: str, line_offset: int) -> Iterator[ParsedItem]:
    prologue = piece.data[:piece.body_start]
    m = _ROOT_TAG.search(prologue)
    root = m.group(1) if m else b"PubmedArticleSet"
    footer = b"</" + root + b">"
    body = piece.data[piece.body_start:len(piece.data) - len(footer)]
    starts = [s.start() for s in _SPLIT[root].finditer(body)] or [0]
    starts[0] = 0
    for k, (a, b) in enumerate(zip(starts, starts[1:] + [len(body)])):
        seg = body[a:b]
        number = piece.first_record + k
        items = list(parse_pubmed_xml(io.BytesIO(prologue + seg + footer), source, first_record=number))
        fatal = next((it for it in items if isinstance(it, ParseProblem) and it.fatal), None)
        if fatal is None:
            yield from (_shift(it, line_offset + body.count(b"\n", 0, a)) for it in items)
            continue
        yield from (it for it in items if not (isinstance(it, ParseProblem) and it.fatal))
        # libxml2's line and column in the one-record document, then shifted to the file's lines
        where = _WHERE.match(fatal.position)
        head_lines = prologue.count(b"\n") + 1
        pos = (f"line {where.group(1)}, column {where.group(2)} (record {number + 1})" if where
               else f"line {head_lines} (record {number + 1})")
        why = fatal.reason.split(": ", 1)[-1]
        yield _shift(ParseProblem(source, pos, f"malformed XML record: {why}",
                                  seg.strip()[:SNIPPET].decode("utf-8", "replace")),
                     line_offset + body.count(b"\n", 0, a))


_LINE = re.compile(r"\bline (\d+)")
_WHERE = re.compile(r"line (\d+), column (\d+)")


def _shift(item: ParsedItem, offset: int) -> ParsedItem:
    """Line numbers of a piece's problems (in the position and libxml2's message) as the file's."""
    if not offset or not isinstance(item, ParseProblem) or not item.position.startswith("line "):
        return item

    def shift(m: re.Match) -> str:
        return f"line {int(m.group(1)) + offset}"

    return replace(item, position=_LINE.sub(shift, item.position), reason=_LINE.sub(shift, item.reason))


def stream_problem(source: str, records_read: int, exc: Exception) -> ParseProblem:
    """The fatal problem for a byte stream that broke (truncated gzip, I/O error) after some records."""
    what = "truncated input" if isinstance(exc, EOFError) else "truncated or corrupt compressed input"
    return ParseProblem(source, f"after record {records_read}", f"{what}: {exc}", "", fatal=True)


def _release(elem) -> None:
    """Free a finished record and every earlier sibling so the tree never grows."""
    elem.clear(keep_tail=True)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def _snippet(elem) -> str:
    try:
        return etree.tostring(elem, encoding="unicode")[:SNIPPET]
    except Exception:  # pragma: no cover - defensive, snippet is best effort
        return ""


def _date(elem) -> str | None:
    if elem is None:
        return None
    return iso_date(elem.findtext("Year"), elem.findtext("Month"), elem.findtext("Day"))


def _convert(record, source: str, index: int) -> ParsedItem:
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


def _mesh_heading(mh) -> MeshHeading | None:
    desc = None
    quals = []
    for child in mh:
        if child.tag == "DescriptorName":
            desc = child
        elif child.tag == "QualifierName":
            quals.append(MeshQualifier(element_text(child), child.get("MajorTopicYN") == "Y", child.get("UI") or None))
    if desc is None:
        return None
    major = desc.get("MajorTopicYN") == "Y" or any(q.major for q in quals)
    return MeshHeading(element_text(desc), major, desc.get("UI") or None, tuple(quals))


def _authors(author_list) -> list[str]:
    """``AuthorList`` as "Family, Given" strings (ForeName, else Initials), group authors by their
    ``CollectiveName``; authors marked ``ValidYN="N"`` (listed in error) are left out."""
    out = []
    for au in author_list.iterchildren("Author"):
        if au.get("ValidYN") == "N":
            continue
        group = clean(element_text(au.find("CollectiveName"))) if au.find("CollectiveName") is not None else ""
        last = clean(au.findtext("LastName") or "")
        given = clean(au.findtext("ForeName") or "") or clean(au.findtext("Initials") or "")
        suffix = clean(au.findtext("Suffix") or "")
        if last:
            out.append(f"{last}, {given}{' ' + suffix if suffix else ''}" if given else last)
        elif group:
            out.append(group)
    return out


def _article(record, mc, pmid: int, version: str | None, source: str) -> Article:
    # One pass over MedlineCitation's children instead of a find() per field: this is the hot loop.
    art = None
    mesh: list[MeshHeading] = []
    keywords: list[str] = []
    chemicals: list[str] = []
    cc: list[CommentCorrection] = []
    dates: dict[str, str | None] = {}
    for child in mc:
        tag = child.tag
        if tag == "Article":
            art = child
        elif tag == "MeshHeadingList":
            mesh = [h for h in map(_mesh_heading, child.iterchildren("MeshHeading")) if h is not None]
        elif tag == "KeywordList":
            keywords += [t for t in map(element_text, child.iterchildren("Keyword")) if t]
        elif tag == "ChemicalList":
            chemicals = [element_text(c.find("NameOfSubstance")) for c in child.iterchildren("Chemical")]
        elif tag == "CommentsCorrectionsList":
            for c in child.iterchildren("CommentsCorrections"):
                ref_pmid = (c.findtext("PMID") or "").strip()
                cc.append(CommentCorrection(c.get("RefType") or "", int(ref_pmid) if ref_pmid.isdigit() else None,
                                            clean(c.findtext("RefSource")) or None))
        elif tag in ("DateRevised", "DateCreated", "DateCompleted"):
            dates[tag] = _date(child)

    title = ""
    vernacular = ""
    sections: list[AbstractSection] = []
    journal = pub_date = article_date = None
    languages: list[str] = []
    pts: list[str] = []
    eloc_doi = None
    authors: list[str] = []
    if art is not None:
        for child in art:
            tag = child.tag
            if tag == "ArticleTitle":
                title = element_text(child)
            elif tag == "VernacularTitle":
                vernacular = element_text(child)
            elif tag == "Journal":
                journal = clean(child.findtext("Title")) or None
                pd_el = child.find("JournalIssue/PubDate")
                if pd_el is not None:
                    pub_date = _date(pd_el)
                    if pub_date is None:
                        m = _YEAR.search(pd_el.findtext("MedlineDate") or "")
                        pub_date = m.group(1) if m else None
            elif tag == "Abstract":
                sections = split_inner_labels([AbstractSection(at.get("Label") or None, at.get("NlmCategory") or None,
                                                               element_text(at))
                                               for at in child.iterchildren("AbstractText")])
            elif tag == "Language":
                if child.text:
                    languages.append(clean(child.text))
            elif tag == "PublicationTypeList":
                pts = [normalise_publication_type(element_text(x)) for x in child.iterchildren("PublicationType")]
            elif tag == "ELocationID":
                if eloc_doi is None and child.get("EIdType") == "doi":
                    eloc_doi = clean(child.text) or None
            elif tag == "ArticleDate" and article_date is None:
                article_date = _date(child)
            elif tag == "AuthorList":
                authors = _authors(child)
    pub_date = pub_date or article_date

    doi = pmc = entry = None
    pd = record.find("PubmedData") if record is not mc else None
    if pd is not None:
        for aid in pd.iterfind("ArticleIdList/ArticleId"):
            kind = aid.get("IdType")
            if kind == "doi" and not doi:
                doi = clean(aid.text)
            elif kind == "pmc" and not pmc:
                pmc = clean(aid.text)
        history: dict = {}
        for h in pd.iterfind("History/PubMedPubDate"):
            history.setdefault(h.get("PubStatus"), h)
        for status in ("entrez", "pubmed"):
            if status in history:
                entry = _date(history[status])
                if entry:
                    break
    entry = entry or dates.get("DateCreated") or dates.get("DateCompleted")

    return Article(
        pmid=pmid,
        version=int(version) if version and version.isdigit() else 1,
        title=title or vernacular,
        abstract=render_abstract(sections),
        abstract_sections=sections,
        journal=journal,
        year=year_of(pub_date),
        pub_date=pub_date,
        languages=languages,
        publication_types=pts,
        mesh=mesh,
        keywords=keywords,
        chemicals=chemicals,
        doi=doi or eloc_doi or None,
        pmc=pmc or None,
        authors=authors,
        citation_status=mc.get("Status") or None,
        comments_corrections=cc,
        date_revised=dates.get("DateRevised"),
        entry_date=entry,
        source_format="pubmed_xml",
        source_file=source,
    )
