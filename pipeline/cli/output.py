"""The one terminal output layer of the CLI: data is printed exactly, styles are ours.

Rich interprets ``[...]`` as markup and ``:name:`` as emoji by default, so record text such as
``[p = 0.025]``, ``[p.D620N]`` or ``'root:x:0'`` was rewritten (or, with ``[/i]``, crashed the
command with a MarkupError). Every command prints through the consoles below, which have markup,
emoji and highlighting switched off; where we want colour, the style is attached to *our* words
only (``error:`` in red) and the data goes in as a literal ``rich.text.Text``.

No module under ``pipeline/cli`` other than this one constructs a ``Console``
(tests/test_cli_output.py checks it).
"""

from __future__ import annotations

from typing import Any, Iterable

from rich.console import Console, RenderableType
from rich.markdown import Markdown
from rich.table import Table
from rich.text import Text


def make_console(stderr: bool = False) -> Console:
    """A console that never reads markup or emoji codes in what it prints.

    ``soft_wrap`` keeps long lines whole (the terminal wraps them): a value piped to a file is not
    cut by inserted newlines. Tables still lay out to the terminal's width.
    """
    return Console(stderr=stderr, markup=False, emoji=False, highlight=False, soft_wrap=True)


# The file (sys.stdout / sys.stderr) is looked up at each print, so test runners that swap the
# streams (typer's CliRunner) still capture what these print.
out = make_console()
err = make_console(stderr=True)


def literal(value: Any, style: str | None = None) -> Text:
    """``value`` as text that is shown exactly (``None`` shows as empty)."""
    return Text("" if value is None else str(value), style=style or "")


def styled(*parts: str | tuple[Any, str]) -> Text:
    """Assemble a line from literal pieces; a ``(value, style)`` pair styles that piece only."""
    text = Text()
    for part in parts:
        if isinstance(part, tuple):
            value, style = part
            text.append(literal(value, style))
        else:
            text.append(literal(part))
    return text


def echo(*parts: str | tuple[Any, str]) -> None:
    """Print a line on stdout; every piece literal (see ``styled``)."""
    out.print(styled(*parts))


def info(*parts: str | tuple[Any, str]) -> None:
    """Print a line on stderr (progress notes, counts); every piece literal."""
    err.print(styled(*parts))


def error(message: Any) -> None:
    """Print ``error: <message>`` on stderr: the prefix red, the message exactly as given."""
    err.print(styled(("error:", "red"), " ", str(message)))


def warning(subject: Any, message: Any) -> None:
    """Print ``<subject>: <message>`` on stderr with the subject in yellow, both literal."""
    err.print(styled((subject, "yellow"), ": ", str(message)))


class SafeTable(Table):
    """A rich Table whose strings (title, headers, cells) are literal text, never markup, whatever
    console prints it."""

    def __init__(self, *headers: Any, title: Any = None, caption: Any = None, **kwargs: Any):
        super().__init__(*(_lit(h) for h in headers), title=_lit(title), caption=_lit(caption), **kwargs)

    def add_column(self, header: Any = "", *args: Any, **kwargs: Any) -> None:  # noqa: D102
        super().add_column(_lit(header), *args, **kwargs)

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:  # noqa: D102
        super().add_row(*(literal(r) if r is None or isinstance(r, (str, int, float)) else r
                          for r in renderables), **kwargs)


def _lit(value: Any) -> Any:
    return literal(value) if isinstance(value, str) else value


def table(*columns: str, title: str | None = None, **kwargs: Any) -> SafeTable:
    """A table with the given column headers (``overflow`` etc. per column: use add_column)."""
    t = SafeTable(title=title, **kwargs)
    for c in columns:
        t.add_column(c, overflow="fold")
    return t


def print_renderable(renderable: RenderableType, *, stderr: bool = False) -> None:
    """Print a table or other rich renderable built by us (on stdout unless ``stderr``)."""
    (err if stderr else out).print(renderable)


def markdown(text: str) -> None:
    """Render a Markdown report we wrote (eval reports, the run summary) on stdout.

    Markdown is interpreted (tables, bold); Rich markup and emoji codes in it are not.
    """
    out.print(Markdown(text))


def write_lines(lines: Iterable[str]) -> None:
    """Write raw lines to stdout, bypassing Rich entirely (machine-readable output)."""
    import sys

    for line in lines:
        sys.stdout.write(line + "\n")
