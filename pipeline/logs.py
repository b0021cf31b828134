"""Logging and progress bars: counts in the logs, secrets never."""

from __future__ import annotations

import logging
import os
import re
import sys
from contextlib import contextmanager
from typing import Iterator

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn)

_SECRET_ENV = ("NCBI_API_KEY",)
# Log messages and progress descriptions carry file names and record text: never read as Rich
# markup or emoji codes (a file named "a[/b].xml" must not crash the bar). See pipeline/cli/output.py.
console = Console(stderr=True, markup=False, emoji=False, highlight=False)


_registered: set[str] = set()
# ``api_key=VALUE`` as a query string, a form body, URL-encoded or JSON-ish writes it: a server that
# echoes the request (an error page, a malformed record) hands it back in any of these shapes.
_KEY_PARAM = re.compile(r"""(api[_-]?key["']?\s*(?:=|%3D|:)\s*["']?)[^&\s"'<>,;)]+""", re.IGNORECASE)


def register_secret(value: str | None) -> None:
    """Redact ``value`` wherever ``redact`` runs (a key given in code, not only by environment)."""
    if value and len(value) >= 4:  # a 1-3 character "secret" would blank ordinary words
        _registered.add(value)


def redact(text: str) -> str:
    """Replace any configured secret value, and any ``api_key=…`` parameter, in ``text``."""
    if not text:
        return text
    secrets = {os.environ.get(name) for name in _SECRET_ENV} | _registered
    for value in secrets:
        if value and value in text:
            text = text.replace(value, "***")
    return _KEY_PARAM.sub(r"\1***", text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        clean = redact(msg)
        if clean != msg:
            record.msg, record.args = clean, None
        return True


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RichHandler) for h in root.handlers):
        root.setLevel(level)
        return
    handler = RichHandler(console=console, show_path=False, show_time=False)
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore", "prefect", "urllib3"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def progress_enabled(quiet: bool = False) -> bool:
    return not quiet and sys.stderr.isatty()


@contextmanager
def progress(quiet: bool = False) -> Iterator[Progress]:
    """A rich progress bar that is silent with ``--quiet`` or when stderr is not a terminal."""
    p = Progress(TextColumn("{task.description}", style="bold", markup=False), BarColumn(), MofNCompleteColumn(),
                 TimeElapsedColumn(), console=console, disable=not progress_enabled(quiet),
                 transient=False)
    with p:
        yield p
