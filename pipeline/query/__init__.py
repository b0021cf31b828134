"""PubMed query syntax, evaluated offline over local records (see docs/query-syntax.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from pipeline.models import Article
from pipeline.query.index import QueryIndex, SearchDoc
from pipeline.query.nodes import BoolOp, Node, Term
from pipeline.query.parser import parse

__all__ = ["Query", "compile_query", "select", "search_store", "QueryIndex", "SearchDoc", "Term", "BoolOp"]


@dataclass(frozen=True)
class Query:
    text: str
    root: Node

    def matches(self, doc: SearchDoc | Article) -> bool:
        if isinstance(doc, Article):
            doc = SearchDoc.from_article(doc)
        return bool(QueryIndex([doc]).search(self))

    def __str__(self) -> str:
        return str(self.root)


def compile_query(text: str) -> Query:
    """Parse a PubMed query; raises pipeline.errors.QuerySyntaxError with the position at fault."""
    return Query(text, parse(text))


def select(query: Query | str, articles: Iterable[Article]) -> list[int]:
    """Sorted PMIDs of ``articles`` that ``query`` selects."""
    q = compile_query(query) if isinstance(query, str) else query
    return QueryIndex(SearchDoc.from_article(a) for a in articles).search(q)


def store_index(con) -> QueryIndex:
    """An index over every article in the store (rebuilt per call; cheap for tens of thousands), built from the
    searched fields alone (``iter_search_fields``: no Article objects; the same search documents)."""
    from pipeline.store.load import iter_search_fields

    return QueryIndex(SearchDoc.from_fields(**f) for f in iter_search_fields(con))


def search_store(con, query: Query | str) -> list[int]:
    """Evaluate a query over the DuckDB ``articles`` table."""
    q = compile_query(query) if isinstance(query, str) else query
    return store_index(con).search(q)
