"""Compile a case-insensitive cue pattern so that a search skips, in one test, the places where no match
can start.

Python's ``re`` finds where a match may start only for a pattern that opens with a literal or a class of
characters without case; a case-insensitive pattern that opens with ``\\b(?:word|word|…)`` or a
lookbehind is tried in full — every alternative — at every position of the text. :func:`compile_guarded`
works out which characters a match can start with (from the parsed pattern: the first character of each
alternative, through optional parts, groups, word boundaries and lookarounds) and puts one lookahead for
them in front of the compiled program. The lookahead holds wherever a match starts, so every search,
match and substitution finds exactly what the plain pattern finds; the cue patterns of the link stage
search about a quarter faster (README, Benchmarks).

The lookahead is added to the parsed pattern, not to its text: the pattern is parsed once, as
``re.compile`` parses it, and ``.pattern`` stays the text given (other patterns splice it in). This uses
``re``'s own parser and compiler (``re._parser``, ``re._compiler``, CPython 3.11 and later); where they are
not there, or the pattern is anything this does not read, it is ``re.compile``'s pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

try:  # CPython's regular-expression engine, as re.compile drives it
    import _sre
    from re import _compiler, _constants as _c, _parser
except ImportError:  # pragma: no cover - another implementation: plain patterns
    _sre = None


class _Unread(Exception):
    """A construct whose first characters this does not work out (a negated class, \\w, a backreference …)."""


def _first_of_sequence(items) -> tuple[set, bool]:
    """(the characters a match of ``items`` can start with, whether it can match nothing)."""
    out: set = set()
    for op, av in items:
        first, empty = _first_of(op, av)
        out |= first
        if not empty:
            return out, False
    return out, True


def _first_of(op, av) -> tuple[set, bool]:
    if op is _c.LITERAL:
        return {(_c.LITERAL, av)}, False
    if op is _c.IN:
        out = set()
        for o, a in av:
            if o is _c.LITERAL or o is _c.RANGE or (o is _c.CATEGORY and a in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE)):
                out.add((o, a))
            else:  # a negated class, \w, \S …: too wide to be worth a test
                raise _Unread
        return out, False
    if op is _c.BRANCH:
        out, empty = set(), False
        for alternative in av[1]:
            first, e = _first_of_sequence(alternative)
            out |= first
            empty = empty or e
        return out, empty
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE:  # the lookahead is compiled under the outer flags only
            raise _Unread
        return _first_of_sequence(sub)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        first, empty = _first_of_sequence(sub)
        return first, empty or low == 0
    if op is _c.ATOMIC_GROUP:
        return _first_of_sequence(av)
    if op is _c.AT:
        if av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
            # an anchored alternative fails at once away from the start: a lookahead there only costs
            raise _Unread
        return set(), True  # \b, \B, $: zero width, the next item starts the match
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width; what it asks is left to the pattern itself
    raise _Unread  # ., a backreference, a conditional group, a negated literal


def first_characters(pattern: str, flags: int = 0) -> tuple | None:
    """The (op, argument) class items — literals, ranges, \\d, \\s — that every match of ``pattern`` starts
    with one of, as ``re``'s parser writes them; None when this cannot tell (a pattern that can match the
    empty string, or opens with a construct read above as unread)."""
    if _sre is None:
        return None
    try:
        first, empty = _first_of_sequence(_parser.parse(pattern, flags))
    except _Unread:
        return None
    if empty or not first:
        return None
    return tuple(sorted(first, key=repr))


# bounded as re's own cache is: a few patterns are built per abstract (its defined short forms)
@lru_cache(maxsize=8192)
def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` with a lookahead for the characters a match can start with put in
    front of its program (see the module's docstring): the same matches, found sooner. ``.pattern`` is
    ``pattern``. Without a lookahead (nothing worked out; or ``re`` already skips ahead to a literal or a
    class of characters without case) the program is the one ``re.compile`` makes."""
    flags = int(flags)
    if _sre is None or not isinstance(pattern, str) or flags & (re.LOCALE | re.DEBUG):
        return re.compile(pattern, flags)
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)  # raises the error re.compile raises
    first = None
    try:
        found, empty = _first_of_sequence(tree)
        # re skips ahead by itself to a literal prefix or a class without case: no lookahead for those
        if found and not empty and not _compiler._get_literal_prefix(tree, flags)[0] \
                and not _compiler._get_charset_prefix(tree, flags):
            first = sorted(found, key=repr)
    except _Unread:
        pass
    if first:
        tree.data.insert(0, (_c.ASSERT, (1, _parser.SubPattern(tree.state, [(_c.IN, first)]))))
    # what re._compiler.compile does with a parsed pattern, the pattern's text kept as given
    code = _compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return _sre.compile(pattern, flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))
