"""Which of a query's terms select a record: what brought a query hit in.

An analyst who reads a hit the claim's names do not reach wants to know which words of the query matched it
("growth factor*[tiab]", "Osteoarthritis, Knee[mh]"): those are the words the catalog's synonyms lack.
"""

from __future__ import annotations

from typing import Iterable

from pipeline.query.index import QueryIndex, SearchDoc
from pipeline.query.nodes import BoolOp, Node, Term


def positive_terms(node: Node) -> list[Term]:
    """The terms of ``node`` whose match can select a record, in query order: every term but those on the right of a
    NOT (a record matches "A NOT B" without B). Walked with an explicit stack: a long OR list nests deep."""
    out: list[Term] = []
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, BoolOp):
            if n.op != "NOT":
                stack.append(n.right)
            stack.append(n.left)
        elif not n.date_range and n.field not in ("pmid", "la", "pt"):
            # a date, a PMID, a language or a publication type limits a search; it names nothing a synonym could
            out.append(n)
    return out


def matching_terms(query: Node, docs: Iterable[SearchDoc]) -> dict[int, tuple[Term, ...]]:
    """For each of ``docs`` (by PMID), the :func:`positive_terms` of ``query`` it matches, each once, in query order;
    a document no term matches maps to an empty tuple."""
    docs = list(docs)
    index = QueryIndex(docs)
    out: dict[int, list[Term]] = {d.pmid: [] for d in docs}
    for term in dict.fromkeys(positive_terms(query)):
        for pmid in index.search(term):
            out[pmid].append(term)
    return {p: tuple(ts) for p, ts in out.items()}
