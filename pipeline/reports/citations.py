"""References out: records in, RIS / BibTeX / CSL-JSON text out (no database, no files).

Each format has its own way to break on record text, and PubMed titles carry all of them
(``α10β1``, ``Réparation``, ``[Effect of …].``, ``&``; braces and ``%`` in local files):

* **RIS** is one ``TAG  - value`` per line and a record ends at ``ER  -``: a line break inside a
  value would start a bogus tag (or end the record), so every run of whitespace, line and paragraph
  separators included, becomes one space and control characters are dropped. Text is UTF-8, as
  Zotero, EndNote and Mendeley read it.
* **BibTeX** values sit in braces that must balance, and LaTeX reads ``& % $ # _ { } ~ ^ ` \\`` as
  commands: each is written as its LaTeX escape (``\\&``, ``\\{``, ``\\textbackslash{}``…), and
  TeX's ligatures (``--``, ``''``, ``<<``) are broken with ``{}``, so a title is read back as the
  same characters. Unicode is kept as UTF-8 (biber, Zotero and bibtexparser read it). ``doi`` and
  ``url`` are verbatim fields in biblatex and Zotero, so they are not LaTeX-escaped; the characters
  that would break the entry there (braces, backslash) are percent-encoded, which doi.org and
  browsers read as the same address.
* **CSL-JSON** is JSON (``json.dumps`` does the escaping) with only fields the CSL data schema
  (v1.0.2, ``additionalProperties: false``) defines.

Authors come as stored ("Family, Given" per person; a name without a comma is a group author): RIS
``AU`` lines, BibTeX ``author`` joined with ``and`` (a group in its own braces, so it is not split
into given and family names), CSL-JSON ``family``/``given`` or ``literal``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
FORMATS = ("ris", "bibtex", "csljson")
# File suffix per format: the report site writes claims/<id>.ris, .bib and .json.
SUFFIXES = {"ris": ".ris", "bibtex": ".bib", "csljson": ".json"}

_PUB_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Everything str.splitlines() breaks on, and TAB: folded into one space. Other spaces (NBSP, thin
# space) are text and kept.
_BREAKS = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
# The remaining C0/C1 controls and DEL: no reader shows them, some reject the file.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Reference:
    """One study as a reference manager sees it (the stored ``articles`` fields it can use)."""

    pmid: int
    title: str
    journal: str | None = None
    year: int | None = None
    pub_date: str | None = None  # '2018', '2018-05' or '2018-05-17', as stored
    doi: str | None = None
    pmcid: str | None = None
    abstract: str | None = None
    authors: tuple[str, ...] = ()

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> "Reference":
        """From an ``articles`` row (``pmc`` is the stored name of the PMCID)."""
        return cls(pmid=int(row["pmid"]), title=row.get("title") or "", journal=row.get("journal"),
                   year=row.get("year"), pub_date=row.get("pub_date"), doi=row.get("doi"),
                   pmcid=normalize_pmcid(row.get("pmcid", row.get("pmc"))), abstract=row.get("abstract"),
                   authors=tuple(a for a in (one_line(x) for x in row.get("authors") or ()) if a))

    @property
    def url(self) -> str:
        return PUBMED_URL.format(pmid=self.pmid)

    @property
    def key(self) -> str:
        """Citation key / CSL id: unique per PMID and plain ASCII in every format."""
        return f"pmid{self.pmid}"

    def date_parts(self) -> list[int]:
        """[year], [year, month] or [year, month, day] from pub_date, else from year; [] if neither."""
        m = _PUB_DATE.match((self.pub_date or "").strip())
        if m:
            parts = [int(p) for p in m.groups() if p is not None]
            # a stored month or day of 0 ("2018-00") means unknown: keep what precedes it
            for i, p in enumerate(parts[1:], start=1):
                if p == 0:
                    return parts[:i]
            return parts
        return [int(self.year)] if self.year else []


def normalize_pmcid(value: Any) -> str | None:
    """``PMC`` + digits: OpenAlex records store the PMCID without its prefix (``4943498``), PubMed
    XML with it; reference managers and the CSL schema expect ``PMC4943498``."""
    text = one_line(str(value)) if value is not None else ""
    if not text:
        return None
    return "PMC" + text if text.isdigit() else text


def one_line(text: str | None) -> str:
    """Text as a single line: each run of line breaks and tabs becomes one space, control characters
    go, and the ends are trimmed (every RIS and BibTeX reader trims them)."""
    if not text:
        return ""
    return _CONTROL.sub("", _BREAKS.sub(" ", text)).strip()


# --- RIS -----------------------------------------------------------------------------------------

def _ris_line(tag: str, value: Any) -> str | None:
    text = one_line(str(value)) if value is not None else ""
    return f"{tag}  - {text}" if text else None


def _ris_date(parts: list[int]) -> str | None:
    """RIS dates are ``YYYY/MM/DD/`` (a last part for other text) with unknown parts left empty."""
    if not parts:
        return None
    fields = [f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]
    return "/".join(fields + [""] * (3 - len(fields))) + "/"


def to_ris(refs: Iterable[Reference], abstracts: bool = False) -> str:
    """RIS records (TY JOUR), one per reference; PMID as AN (accession number) with DB PubMed, the
    PMCID in C2 (EndNote's PMCID field for journal articles)."""
    records = []
    for r in refs:
        parts = r.date_parts()
        lines = ["TY  - JOUR",
                 *(_ris_line("AU", a) for a in r.authors),
                 _ris_line("TI", r.title),
                 _ris_line("T2", r.journal),
                 _ris_line("PY", parts[0] if parts else None),
                 _ris_line("DA", _ris_date(parts)),
                 _ris_line("DO", r.doi),
                 _ris_line("AN", r.pmid),
                 _ris_line("DB", "PubMed"),
                 _ris_line("C2", r.pmcid),
                 _ris_line("UR", r.url),
                 _ris_line("AB", r.abstract) if abstracts else None,
                 "ER  - "]
        records.append("\n".join(x for x in lines if x) + "\n")
    return "\n".join(records)


# --- BibTeX --------------------------------------------------------------------------------------

_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "`": r"\textasciigrave{}",
}
# TeX's font ligatures turn "--" into an en dash, "''" into a closing quote, "<<" into a guillemet
# ("?`" and "!`" cannot occur: the backtick is escaped above): an empty group between the pair keeps the characters (a real title reads
# "American Society of Clinical Oncology--35th annual meeting").
_LIGATURE = re.compile(r"(-(?=-)|'(?=')|<(?=<)|>(?=>)|,(?=,))")
# In verbatim fields only these break the entry (unbalanced braces, a backslash before a brace).
_VERBATIM_BREAKERS = {"{": "%7B", "}": "%7D", "\\": "%5C"}


def _unmatched_braces(text: str) -> set[int]:
    """Positions of braces without a partner: BibTeX counts every brace, ``\\{`` included, so an
    unmatched one would end the field early or run it into the next entry."""
    opened: list[int] = []
    lonely: set[int] = set()
    for i, c in enumerate(text):
        if c == "{":
            opened.append(i)
        elif c == "}":
            if opened:
                opened.pop()
            else:
                lonely.add(i)
    return lonely | set(opened)


def bibtex_escape(text: str | None) -> str:
    """Record text as a BibTeX/LaTeX value that reads back as the same characters: one line, every
    LaTeX special written as its escape (a brace without a partner as ``\\textbraceleft{}`` /
    ``\\textbraceright{}``, which contain none), TeX ligatures broken. Unicode is kept."""
    line = one_line(text)
    lonely = _unmatched_braces(line)
    parts = []
    for i, c in enumerate(line):
        if i in lonely:
            parts.append(r"\textbraceleft{}" if c == "{" else r"\textbraceright{}")
        else:
            parts.append(_LATEX_SPECIAL.get(c, c))
    return _LIGATURE.sub(r"\1{}", "".join(parts))


def _verbatim(text: str | None) -> str:
    return "".join(_VERBATIM_BREAKERS.get(c, c) for c in one_line(text))


def _bibtex_name(name: str) -> str:
    """One author for BibTeX's ``and``-separated list: a person "Family, Given" as it stands (BibTeX
    reads the comma form), a group author (no comma) in braces so it stays one family name; an "and"
    inside any name is braced so it does not split the list."""
    escaped = re.sub(r"\b(and)\b", r"{\1}", bibtex_escape(name), flags=re.I)
    return escaped if ", " in name else "{" + escaped + "}"


def to_bibtex(refs: Iterable[Reference], abstracts: bool = False) -> str:
    """``@article`` entries keyed ``pmid<PMID>``; ``month`` as the standard macro, ``date`` in ISO
    form (biblatex) when the stored date is more than a year."""
    entries = []
    for r in refs:
        parts = r.date_parts()
        fields: list[tuple[str, str | None]] = [
            ("author", "{" + " and ".join(_bibtex_name(a) for a in r.authors) + "}" if r.authors else None),
            ("title", "{" + bibtex_escape(r.title) + "}"),
            ("journal", "{" + bibtex_escape(r.journal) + "}" if r.journal else None),
            ("year", str(parts[0]) if parts else None),
            ("month", _MONTHS[parts[1] - 1] if len(parts) > 1 and 1 <= parts[1] <= 12 else None),
            ("date", "{" + "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]) + "}"
             if len(parts) > 1 else None),
            ("doi", "{" + _verbatim(r.doi) + "}" if one_line(r.doi) else None),
            ("pmid", "{" + str(r.pmid) + "}"),
            ("pmcid", "{" + bibtex_escape(r.pmcid) + "}" if one_line(r.pmcid) else None),
            ("url", "{" + r.url + "}"),
            ("abstract", "{" + bibtex_escape(r.abstract) + "}" if abstracts and one_line(r.abstract) else None),
        ]
        body = ",\n".join(f"  {name} = {value}" for name, value in fields if value is not None)
        entries.append(f"@article{{{r.key},\n{body}\n}}\n")
    return "\n".join(entries)


# --- CSL-JSON ------------------------------------------------------------------------------------

def csl_items(refs: Iterable[Reference], abstracts: bool = False) -> list[dict[str, Any]]:
    """CSL data items (type article-journal), fields named as in the CSL data schema."""
    items = []
    for r in refs:
        item: dict[str, Any] = {"id": r.key, "type": "article-journal", "title": one_line(r.title)}
        if r.authors:
            item["author"] = [_csl_name(a) for a in r.authors]
        if one_line(r.journal):
            item["container-title"] = one_line(r.journal)
        parts = r.date_parts()
        if parts:
            item["issued"] = {"date-parts": [parts]}
        if one_line(r.doi):
            item["DOI"] = one_line(r.doi)
        item["PMID"] = str(r.pmid)
        if one_line(r.pmcid):
            item["PMCID"] = one_line(r.pmcid)
        item["URL"] = r.url
        if abstracts and one_line(r.abstract):
            item["abstract"] = one_line(r.abstract)
        items.append(item)
    return items


def _csl_name(name: str) -> dict[str, str]:
    family, sep, given = name.partition(", ")
    return {"family": family, "given": given} if sep else {"literal": name}


def to_csljson(refs: Iterable[Reference], abstracts: bool = False) -> str:
    """A CSL-JSON array (UTF-8 text, not ASCII-escaped), one item per reference."""
    return json.dumps(csl_items(refs, abstracts), ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable[..., str]] = {"ris": to_ris, "bibtex": to_bibtex, "csljson": to_csljson}


def render(refs: Sequence[Reference], fmt: str, abstracts: bool = False) -> str:
    """The references in ``fmt`` (one of FORMATS)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise ValueError(f"unknown citation format {fmt!r} (choose from {', '.join(FORMATS)})") from None
    return renderer(refs, abstracts=abstracts)
