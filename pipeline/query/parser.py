"""PubMed query parser.

PubMed evaluates Boolean operators strictly left to right (no precedence): ``a OR b AND c`` means
``(a OR b) AND c``; parentheses group. Adjacent terms without an operator are ANDed. A run of words
followed by a field tag is one phrase in that field (``knee osteoarthritis[tiab]``).
"""

from __future__ import annotations

from pipeline.errors import QuerySyntaxError
from pipeline.query.lexer import Tok, tokenize
from pipeline.query.nodes import BoolOp, Node, Term
from pipeline.query.normalize import tokens as norm_tokens

FIELDS = {
    "tiab": "tiab", "title/abstract": "tiab",
    "ti": "ti", "title": "ti",
    "ab": "ab", "abstract": "ab",
    "tw": "tw", "text word": "tw", "text words": "tw",
    "all": "all", "all fields": "all",
    "mh": "mh", "mesh": "mh", "mesh terms": "mh", "mesh terms:exp": "mh", "mh:exp": "mh",
    "mh:noexp": "mh_noexp", "mesh:noexp": "mh_noexp", "mesh terms:noexp": "mh_noexp",
    "majr": "majr", "mesh major topic": "majr", "majr:exp": "majr",
    "majr:noexp": "majr_noexp", "mesh major topic:noexp": "majr_noexp",
    "pt": "pt", "publication type": "pt", "ptyp": "pt",
    "la": "la", "language": "la", "lang": "la",
    "dp": "dp", "pdat": "dp", "date - publication": "dp", "publication date": "dp",
    "edat": "edat", "date - entrez": "edat", "crdt": "edat", "date - create": "edat",
    "mdat": "mdat", "date - modification": "mdat", "lr": "mdat",
    "pmid": "pmid", "uid": "pmid",
    "ot": "ot", "other term": "ot", "kw": "ot", "keyword": "ot",
    "nm": "nm", "substance name": "nm",
}
DATE_FIELDS = {"dp", "edat", "mdat"}


def parse_date_bound(text: str, upper: bool, query: str, pos: int) -> str:
    """'2015', '2015/03', '2015/03/07' (or with '-') → inclusive ISO bound."""
    parts = [p for p in text.strip().replace("-", "/").split("/") if p]
    if not parts or not all(p.isdigit() for p in parts) or len(parts[0]) != 4 or len(parts) > 3:
        raise QuerySyntaxError(f"invalid date {text!r}", query, pos)
    y = int(parts[0])
    m = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
    d = int(parts[2]) if len(parts) > 2 else (31 if upper else 1)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        raise QuerySyntaxError(f"invalid date {text!r}", query, pos)
    return f"{y:04d}-{m:02d}-{d:02d}"


# Limits (issue 20): real search strategies reach 1,000 PMIDs in one OR list (~12k characters) and
# a dozen levels of parentheses; these bounds are far above that and keep a hostile query from
# costing unbounded time. Parsing and evaluation are iterative, so depth costs no recursion.
MAX_QUERY_CHARS = 100_000
MAX_QUERY_DEPTH = 1_000  # nested parentheses


class _Frame:
    """One parenthesised group being parsed: the tree so far and the operator waiting for a right side."""

    __slots__ = ("lparen", "left", "op")

    def __init__(self, lparen: Tok | None):
        self.lparen = lparen
        self.left: Node | None = None
        self.op: str | None = None

    def attach(self, node: Node) -> None:
        self.left = node if self.left is None else BoolOp(self.op or "AND", self.left, node)
        self.op = None


class _Parser:
    def __init__(self, query: str):
        self.query = query
        if len(query) > MAX_QUERY_CHARS:
            raise QuerySyntaxError(f"query is {len(query):,} characters, over the limit of {MAX_QUERY_CHARS:,} "
                                   "(MAX_QUERY_CHARS)", query, MAX_QUERY_CHARS)
        self.toks = tokenize(query)
        self.i = 0

    def peek(self, offset: int = 0) -> Tok | None:
        j = self.i + offset
        return self.toks[j] if j < len(self.toks) else None

    def error(self, message: str, pos: int | None = None) -> QuerySyntaxError:
        if pos is None:
            t = self.peek()
            pos = t.pos if t else len(self.query)
        return QuerySyntaxError(message, self.query, pos)

    def parse(self) -> Node:
        """Left to right with an explicit stack of open parentheses (no recursion: a query's
        length and nesting are bounded by the limits above, not by Python's stack)."""
        if not self.toks:
            raise self.error("empty query", 0)
        stack = [_Frame(None)]
        want_term = True
        while True:
            t = self.peek()
            if want_term:
                if t is None:
                    raise self.error("query ends where a term was expected")
                if t.kind == "LPAREN":
                    self.i += 1
                    if self.peek() is not None and self.peek().kind == "RPAREN":
                        raise self.error("empty parentheses")
                    if len(stack) > MAX_QUERY_DEPTH:
                        raise self.error(f"parentheses nested deeper than {MAX_QUERY_DEPTH:,} levels "
                                         "(MAX_QUERY_DEPTH)", t.pos)
                    stack.append(_Frame(t))
                    continue
                if t.kind == "OP":
                    raise self.error(f"{t.value} needs a left-hand term")
                if t.kind == "RPAREN":
                    raise self.error("unexpected ')'")
                if t.kind in ("TAG", "COLON"):
                    raise self.error("field tag without a term")
                stack[-1].attach(self.term())
                want_term = False
                continue
            # after a term or a closed group: an operator, an implicit AND, ')' or the end
            if t is None:
                if len(stack) > 1:
                    raise self.error("unbalanced '(': missing ')'", stack[-1].lparen.pos)
                return stack[0].left
            if t.kind == "RPAREN":
                if len(stack) == 1:
                    raise self.error("unbalanced ')'")
                self.i += 1
                group = stack.pop()
                stack[-1].attach(group.left)
                continue
            if t.kind == "OP":
                self.i += 1
                nxt = self.peek()
                if nxt is None or nxt.kind in ("RPAREN", "OP"):
                    raise self.error(f"{t.value} needs a right-hand term", nxt.pos if nxt else len(self.query))
                stack[-1].op = t.value
            else:  # adjacent terms: implicit AND
                stack[-1].op = "AND"
            want_term = True

    def _tag(self) -> tuple[str, int] | None:
        t = self.peek()
        if t is not None and t.kind == "TAG":
            self.i += 1
            f = FIELDS.get(t.value.lower())
            if f is None:
                raise self.error(f"unknown field tag [{t.value}]", t.pos)
            return f, t.pos
        return None

    def term(self) -> Node:
        t = self.peek()
        if t.kind == "PHRASE":
            self.i += 1
            tag = self._tag()
            field = tag[0] if tag else "all"
            nxt = self.peek()
            if field in DATE_FIELDS and nxt is not None and nxt.kind == "COLON":
                self.i += 1
                end = self.peek()
                if end is None or end.kind not in ("PHRASE", "WORD"):
                    raise self.error("date range needs an end date")
                self.i += 1
                end_tag = self._tag()
                if end_tag and end_tag[0] != field:
                    raise self.error("date range mixes fields", end_tag[1])
                rng = (parse_date_bound(t.value, False, self.query, t.pos),
                       parse_date_bound(end.value, True, self.query, end.pos))
                return Term(f"{t.value}:{end.value}", field, (), position=t.pos, date_range=rng)
            return self._make(t.value, field, t.pos, phrase=True)
        # a run of words; if a tag follows, they form one phrase in that field
        words = [t]
        j = self.i + 1
        while j < len(self.toks) and self.toks[j].kind == "WORD":
            words.append(self.toks[j])
            j += 1
        if j < len(self.toks) and self.toks[j].kind == "TAG":
            self.i = j
            field, _ = self._tag()
            text = " ".join(w.value for w in words)
            return self._make(text, field, t.pos, phrase=len(words) > 1)
        self.i += 1
        return self._make(t.value, "all", t.pos, phrase=False)

    def _make(self, text: str, field: str, pos: int, phrase: bool) -> Term:
        if field in DATE_FIELDS:
            if ":" in text:
                a, b = text.split(":", 1)
                rng = (parse_date_bound(a, False, self.query, pos), parse_date_bound(b, True, self.query, pos))
            else:
                rng = (parse_date_bound(text, False, self.query, pos), parse_date_bound(text, True, self.query, pos))
            return Term(text, field, (), position=pos, date_range=rng)
        truncated = text.rstrip().endswith("*")
        toks = tuple(norm_tokens(text.replace("*", " ")))
        if not toks:
            raise QuerySyntaxError(f"term {text!r} has no searchable words", self.query, pos)
        if truncated and len(toks[-1]) < 3:
            raise QuerySyntaxError("truncation needs at least 3 leading characters", self.query, pos)
        return Term(text, field, toks, truncated=truncated, phrase=phrase or len(toks) > 1, position=pos)


def parse(query: str) -> Node:
    """Parse ``query``; raises QuerySyntaxError naming the character position of the fault."""
    return _Parser(query).parse()
