"""Typed records that cross module boundaries.

Parsers produce :class:`Article`, :class:`Deletion` and :class:`ParseProblem`; the store consumes
them. Keeping these in one module means every layer agrees on field names without passing dicts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Iterator, Union


class Direction(StrEnum):
    """Which way a study's finding points for a claim. A StrEnum: stored and compared as its text
    ("supports"), so the database, the reviewers' SQL and older code see plain strings."""

    SUPPORTS = "supports"
    NO_EFFECT = "no_effect"
    CONTRADICTS = "contradicts"
    UNCLEAR = "unclear"


DIRECTIONS = tuple(d.value for d in Direction)


class NotAboutKind(StrEnum):
    """The kind of reason a linked study's finding is not about its claim (a StrEnum like :class:`Direction`:
    stored as its text in ``claim_articles.direction_not_about_kind``). The words for people, how each kind is read
    back from them and the exclusion reason of each: :mod:`pipeline.claims.not_about`."""

    NO_DATA = "no_data"            # the abstract presents a technique or hypothesis and reports no data
    NO_FINDING = "no_finding"      # the results and conclusion state no finding
    THERAPY = "therapy"            # the finding does not name (or refer back to) the claim's therapy
    CONDITION = "condition"        # ... nor the claim's condition
    METHOD = "method"              # it is about a method applied to the therapy (delivery, labelling, tracking)
    EVERY_ARM = "every_arm"        # it compares arms that all received the therapy
    ACTS_ON = "acts_on"            # it is about what acts on the therapy
    NOT_COMPARED = "not_compared"  # a comparison claim's groups are not compared
    FEWER_GROUPS = "fewer_groups"  # fewer of a comparison claim's groups are named than it compares
    TOO_WEAK = "too_weak"          # about the claim, but the evidence is judged too weak to read a direction

    @property
    def excludes(self) -> bool:
        """Whether a finding of this kind does not test the claim (every kind but 'too weak')."""
        return self is not NotAboutKind.TOO_WEAK


class GradeLevel(StrEnum):
    """A claim's certainty of evidence, GRADE's four levels and "No evidence", from lowest to highest
    (``list(GradeLevel)`` is that order). A StrEnum like :class:`Direction`: stored and shown as its
    text ("Very low"). Named GradeLevel because ``pipeline.grading.rubric.Grade`` is the graded result."""

    NO_EVIDENCE = "No evidence"
    VERY_LOW = "Very low"
    LOW = "Low"
    MODERATE = "Moderate"
    HIGH = "High"


def _fields_dict(value) -> dict | str:
    # A (non-slots) dataclass's __dict__ holds exactly its fields, in declaration order.
    try:
        return vars(value)
    except TypeError:
        return str(value)


def to_json(value) -> str:
    """JSON of records and lists of records, as ``json.dumps(dataclasses.asdict(...))`` would give,
    but with the recursion left to json's C encoder: asdict's deep copies dominated ingest time."""
    return json.dumps(value, ensure_ascii=False, default=_fields_dict)


@dataclass(frozen=True)
class AbstractSection:
    """One ``AbstractText`` element: its ``Label``, ``NlmCategory`` and plain text."""

    label: str | None
    nlm_category: str | None
    text: str


@dataclass(frozen=True)
class MeshQualifier:
    name: str
    major: bool = False
    ui: str | None = None


@dataclass(frozen=True)
class MeshHeading:
    """A MeSH descriptor; ``major`` is true when the descriptor or any qualifier is a major topic."""

    descriptor: str
    major: bool = False
    ui: str | None = None
    qualifiers: tuple[MeshQualifier, ...] = ()


@dataclass(frozen=True)
class CommentCorrection:
    """A ``CommentsCorrections`` link (``RetractionIn``, ``ErratumIn``, ``CommentOn`` …)."""

    ref_type: str
    pmid: int | None = None
    ref_source: str | None = None


@dataclass
class Article:
    """One PubMed record, whatever format it came from.

    ``abstract`` is plain text; when the abstract is structured, sections are joined as
    ``"LABEL: text"`` paragraphs separated by a blank line, identically for every source format
    so that XML and MEDLINE text of the same record compare equal.
    """

    pmid: int
    title: str = ""
    abstract: str = ""
    version: int = 1
    abstract_sections: list[AbstractSection] = field(default_factory=list)
    journal: str | None = None
    year: int | None = None
    pub_date: str | None = None  # ISO-like, as precise as the record: "2018", "2018-05", "2018-05-17"
    languages: list[str] = field(default_factory=list)
    publication_types: list[str] = field(default_factory=list)
    mesh: list[MeshHeading] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    chemicals: list[str] = field(default_factory=list)
    doi: str | None = None
    pmc: str | None = None
    # "Family, Given" per person (Given may be initials), a group author's name as it stands; in the
    # record's order. For references (RIS/BibTeX/CSL-JSON), not for reading the study.
    authors: list[str] = field(default_factory=list)
    citation_status: str | None = None
    comments_corrections: list[CommentCorrection] = field(default_factory=list)
    date_revised: str | None = None  # ISO date, used as the "latest version" tie-breaker
    entry_date: str | None = None  # ISO date the record entered PubMed (EDAT), for date windows
    source_format: str = "unknown"  # pubmed_xml | medline | tabular | openalex
    source_file: str | None = None
    # Columns of a tabular input that are not article content (e.g. ``claim``, dev-set labels);
    # never hashed or stored, but `evidence classify` reads ``claim`` from here.
    extra: dict[str, str] = field(default_factory=dict)

    # Format ranking when the same PMID/version arrives from two formats: the richer source wins.
    SOURCE_RANK = {"pubmed_xml": 3, "medline": 2, "openalex": 1, "tabular": 0, "unknown": 0}

    @property
    def mesh_terms(self) -> list[str]:
        return [m.descriptor for m in self.mesh]

    @property
    def mesh_major(self) -> list[str]:
        return [m.descriptor for m in self.mesh if m.major]

    @property
    def is_retracted(self) -> bool:
        pts = {p.lower() for p in self.publication_types}
        if "retracted publication" in pts:
            return True
        return any(c.ref_type == "RetractionIn" for c in self.comments_corrections)

    def json_columns(self) -> tuple[str, str, str]:
        """``abstract_sections``, ``mesh`` and ``comments_corrections`` as stored (JSON text)."""
        return to_json(self.abstract_sections), to_json(self.mesh), to_json(self.comments_corrections)

    def content_hash(self, json_columns: tuple[str, str, str] | None = None) -> str:
        """Hash of the record's content, independent of which file it came from.

        Built from the stored column values (``json_columns`` when the caller has them already), so
        ingest serialises each record once for both the hash and the row.
        """
        sections, mesh, cc = json_columns or self.json_columns()
        payload = [self.pmid, self.version, self.title, self.abstract, sections, self.journal, self.year,
                   self.pub_date, self.languages, self.publication_types, mesh, self.keywords, self.chemicals,
                   self.doi, self.pmc, self.citation_status, cc, self.date_revised, self.entry_date]
        if self.authors:  # appended only when present: records without authors keep their earlier hash
            payload.append(self.authors)
        raw = json.dumps(payload, ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]

    def precedence(self, content_hash: str | None = None) -> tuple:
        """Sort key deciding which of two records of one PMID is kept (largest wins)."""
        return (
            self.version,
            self.date_revised or "",
            self.SOURCE_RANK.get(self.source_format, 0),
            content_hash or self.content_hash(),
        )


@dataclass(frozen=True)
class Deletion:
    """A ``DeleteCitation`` entry from an update file."""

    pmid: int
    source_file: str | None = None


@dataclass(frozen=True)
class ParseProblem:
    """A record (or the rest of a file) that could not be read.

    ``fatal`` problems end the file (e.g. a truncated gzip) after every complete record before
    them was yielded; non-fatal ones quarantine one record and parsing goes on.
    """

    source: str
    position: str  # record index, byte offset or line number, as the format allows
    reason: str
    snippet: str = ""
    fatal: bool = False


ParsedItem = Union[Article, Deletion, ParseProblem]
ParsedStream = Iterator[ParsedItem]
