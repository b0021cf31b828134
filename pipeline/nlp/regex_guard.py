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

Compiling is itself a tenth of a link run (the concepts' patterns alone are 60 KB of text, parsed and
compiled in Python at every run), so the compiled programs are kept on disk, as Python keeps its byte
code: one file per Python version and engine (``~/.cache/regen-evidence/``, or the file
``EVIDENCE_REGEX_CACHE`` names; ``off`` keeps none), read at the first pattern, written at exit with what
this run compiled. A program is looked up by the pattern's text and flags, so a pattern read from it is
the one compiling would make; a file that is damaged (its checksum) or unreadable is ignored, and the
engine checks every program it is given.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

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


# Bump when the programs compile_guarded makes for a pattern change: the stored ones are then not read.
PROGRAM_VERSION = 1
_MAX_STORED = 50_000  # past this many programs the file starts again (patterns built per abstract add up)
# ... or past this many bytes: a long pattern's program is tens of kilobytes (a concept's names, several catalogs'
# worth), and the file is read whole at every start. Bounded by count alone it reached 143 MB over many catalogs and
# relinks (7,198 programs), about 470 MB once read - a process with its memory capped failed at import.
_MAX_BYTES = 24 << 20

_stored: dict | None = None  # (pattern, flags) → (flags, code, groups, groupindex, indexgroup), read at first use
_compiled_now: dict = {}  # what this process compiled, written at exit


def cache_file() -> Path | None:
    """Where the compiled programs are kept (None: nowhere)."""
    where = os.environ.get("EVIDENCE_REGEX_CACHE")
    if where == "off" or _sre is None:
        return None
    if where:
        return Path(where)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "regen-evidence" / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{PROGRAM_VERSION}.bin"


def _read_programs(path: Path | None) -> dict:
    if path is None:
        return {}
    try:
        if path.stat().st_size > _MAX_BYTES + 32:  # not one this code wrote: ignored, and written anew at exit
            return {}
        blob = path.read_bytes()
        body = blob[32:]
        if hashlib.blake2b(body, digest_size=32).digest() != blob[:32]:
            return {}
        data = marshal.loads(body)
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, EOFError, TypeError, MemoryError):
        return {}


def write_programs() -> None:
    """Add what this process compiled to the file (another process may have added to it meanwhile: its
    programs are kept); at exit, or when asked. Writes nothing when nothing was compiled."""
    path = cache_file()
    if not _compiled_now or path is None:
        return
    programs = {**_read_programs(path), **_compiled_now}
    if len(programs) > _MAX_STORED:
        programs = dict(_compiled_now)
    tmp = None
    try:
        body = marshal.dumps(programs)
        if len(body) > _MAX_BYTES:  # start again from this process's programs; if they alone are too many, keep none
            body = marshal.dumps(dict(_compiled_now))
            if len(body) > _MAX_BYTES:
                return
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.blake2b(body, digest_size=32).digest() + body)
        os.replace(tmp, path)  # whole or not at all: a reader never sees half a file
        _compiled_now.clear()
    except (OSError, ValueError):
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)


def _programs() -> dict:
    global _stored
    if _stored is None:
        _stored = _read_programs(cache_file())
        atexit.register(write_programs)
    return _stored


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
    stored = _programs().get((pattern, flags))
    if stored is not None:
        try:
            return _sre.compile(pattern, *stored)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not a program this engine runs
            pass
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
    # plain ints (the compiler's opcodes are named int constants, which marshal does not write)
    program = (int(flags | tree.state.flags), list(map(int, code)), tree.state.groups - 1, dict(groupindex),
               tuple(indexgroup))
    compiled = _sre.compile(pattern, *program)
    _programs()[(pattern, flags)] = _compiled_now[(pattern, flags)] = program
    return compiled
