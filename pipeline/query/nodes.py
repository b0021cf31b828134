"""The query tree: terms (with a field tag) combined by AND / OR / NOT."""

from __future__ import annotations

from dataclasses import dataclass


# Canonical fields whose name is not itself a tag the parser reads (str() must parse back).
TAG_OF_FIELD = {"mh_noexp": "mh:noexp", "majr_noexp": "majr:noexp"}


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
        return f"{t}[{TAG_OF_FIELD.get(self.field, self.field)}]"


@dataclass(frozen=True, eq=False, repr=False)
class BoolOp:
    """``left op right``. A long query is a deep tree (1,000 ORed PMIDs nest 1,000 levels), so
    equality, hashing, ``str`` and ``repr`` walk it with an explicit stack, never recursively."""

    op: str  # AND | OR | NOT
    left: "Node"
    right: "Node"

    def __str__(self) -> str:
        return _render(self, str, lambda n: ("(", n.left, f" {n.op} ", n.right, ")"))

    def __repr__(self) -> str:
        return _render(self, repr, lambda n: (f"BoolOp(op={n.op!r}, left=", n.left, ", right=", n.right, ")"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BoolOp):
            return NotImplemented
        return self is other or preorder(self) == preorder(other)

    def __hash__(self) -> int:
        return hash(tuple(preorder(self)))


Node = Term | BoolOp


def preorder(node: Node) -> list:
    """The tree as a flat pre-order list (an operator's name, then its two operands' lists); two
    trees are equal exactly when these lists are."""
    out: list = []
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, BoolOp):
            out.append(("op", n.op))
            stack.append(n.right)
            stack.append(n.left)
        else:
            out.append(n)
    return out


def _render(node: Node, leaf, parts) -> str:
    out: list[str] = []
    stack: list = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, BoolOp):
            stack.extend(reversed(parts(item)))
        else:
            out.append(leaf(item))
    return "".join(out)
