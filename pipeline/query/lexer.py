"""Split a PubMed query into tokens, keeping each token's character position for error messages."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.errors import QuerySyntaxError

OPERATORS = {"AND", "OR", "NOT"}


@dataclass(frozen=True)
class Tok:
    kind: str  # LPAREN RPAREN OP WORD PHRASE TAG COLON
    value: str
    pos: int


def tokenize(query: str) -> list[Tok]:
    toks: list[Tok] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c == "(":
            toks.append(Tok("LPAREN", c, i))
            i += 1
        elif c == ")":
            toks.append(Tok("RPAREN", c, i))
            i += 1
        elif c == '"':
            j = query.find('"', i + 1)
            if j < 0:
                raise QuerySyntaxError("unterminated quoted phrase", query, i)
            toks.append(Tok("PHRASE", query[i + 1:j], i))
            i = j + 1
        elif c == "[":
            j = query.find("]", i + 1)
            if j < 0:
                raise QuerySyntaxError("unterminated field tag", query, i)
            toks.append(Tok("TAG", query[i + 1:j].strip(), i))
            i = j + 1
        elif c == "]":
            raise QuerySyntaxError("unexpected ']'", query, i)
        elif c == ":" and toks and toks[-1].kind == "TAG":
            toks.append(Tok("COLON", c, i))
            i += 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in '()"[]':
                j += 1
            word = query[i:j]
            toks.append(Tok("OP" if word in OPERATORS else "WORD", word, i))
            i = j
    return toks
