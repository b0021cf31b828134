"""Safe cells for the files the project writes for people to open: CSV and Markdown.

Article titles, journal names and direction sentences come from PubMed records and local files:
text anyone can write. Two readers act on such text:

* **Spreadsheets** run a CSV cell as a formula when it starts with ``=``, ``+``, ``-`` or ``@``
  (``=HYPERLINK(…)``, ``=cmd|…``, ``+SUM(…)``), and a leading TAB or CR can hide one. OWASP's CSV
  Injection rule: such cells get a leading single quote, which spreadsheets show as text and do not
  evaluate. ASVS 5.0 (1.2.10) adds the NUL character; the full-width forms (＝ ＋ － ＠) are included
  because some spreadsheet locales read them as the ASCII ones. Only text cells are changed — a
  number (``-1.5``) is never a formula — and the quote is visible to a program reading the CSV, so
  ``evidence query`` offers JSON/Parquet (exact) and ``--exact-csv`` for machine use.
* **Markdown renderers** pass inline HTML through (``<script>``, ``<svg onload=…>``) and turn
  ``[text](javascript:…)`` into a live link. ``md_text`` writes ``<``, ``>`` and ``&`` as entities,
  backslash-escapes Markdown's inline syntax (links, emphasis, code, table pipes) and breaks URL
  schemes that run code, so the text renders as the same characters and does nothing.

The HTML site needs neither: Jinja2 autoescapes it (reports/templates).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any, Iterable

# First characters that make a spreadsheet read a cell as a formula (see the module docstring).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0", "\uff1d", "\uff0b", "\uff0d", "\uff20")
FORMULA_TRIGGER_REGEX = "^[=+\\-@\t\r\x00\uff1d\uff0b\uff0d\uff20]"  # the same set, for pyarrow/RE2

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~!#])")
# URL schemes that execute or embed content when a renderer makes a link of them.
_DANGEROUS_SCHEME = re.compile(r"\b(javascript|vbscript|data|file)(\s*):", re.IGNORECASE)


def csv_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: text starting with a formula trigger gets a
    leading single quote; other values (numbers, dates, safe text) are returned unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[dict], cols: list[str]) -> None:
    """Write ``rows`` (dicts) as CSV with the columns ``cols``; every cell through ``csv_cell``."""
    buf = io.StringIO()
    # RFC 4180 line ends (CRLF): then a CR inside a value is quoted too ("\r=1+1" stays one cell;
    # with "\n" line ends the csv module leaves a lone CR bare and readers split the row there).
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([csv_cell(c) for c in cols])
    for r in rows:
        w.writerow(["" if r.get(c) is None else csv_cell(r.get(c)) for c in cols])
    Path(path).write_text(buf.getvalue(), encoding="utf-8", newline="")


def md_text(value: Any) -> str:
    """``value`` as inline Markdown text that renders as the same characters and runs nothing.

    HTML (``<script>``, ``<svg onload>``) becomes entities, Markdown syntax is backslash-escaped
    (no link, image, emphasis or table cell can be formed from data), ``javascript:`` and similar
    schemes lose their live colon, and newlines become spaces (one table row, one line).
    """
    if value is None:
        return ""
    text = str(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _DANGEROUS_SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}&#58;", text)


def md_table(rows: Iterable[dict], cols: list[str]) -> str:
    """A Markdown table of ``rows`` with the columns ``cols``, every cell through ``md_text``."""
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(md_text(r.get(c)) for c in cols) + " |" for r in rows]
    return "\n".join(out) + "\n"


def csv_uncell(text: str) -> str:
    """The inverse of ``csv_cell`` for text read back from a CSV we wrote: the single quote it put
    before a formula trigger is removed (``'=1+1`` → ``=1+1``); any other text is unchanged. (Text
    that itself began with a quote and a trigger cannot be told apart; it loses the quote.)"""
    if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text
