"""The query tree: terms (with a field tag) combined by AND / OR / NOT."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    """A word, phrase (several tokens) or date range, searched in one field.

    ``tokens`` are normalised (lower-case, split on punctuation); ``truncated`` means the last token
    is a prefix (``tendin*``). ``field`` is a canonical tag: all, tiab, ti, ab, tw, mh, mh_noexp,
    majr, pt, la, dp, edat, mdat, pmid.
    """

    text: str
    field: str
    tokens: tuple[str, ...]
    truncated: bool = False
    phrase: bool = False
    position: int = 0
    date_range: tuple[str, str] | None = None  # inclusive ISO bounds for date fields

    def __str__(self) -> str:
        t = f'"{self.text}"' if self.phrase else self.text
        return f"{t}[{self.field}]"


@dataclass(frozen=True)
class BoolOp:
    op: str  # AND | OR | NOT
    left: "Node"
    right: "Node"

    def __str__(self) -> str:
        return f"({self.left} {self.op} {self.right})"


Node = Term | BoolOp
