"""Crash and pause points for the fault-injection suite.

``EVIDENCE_CRASH_AT=<name>`` kills the process at that point: the reliability tests use it to kill a
stage half-way (after its first committed batch) and check that a re-run finishes the work without
loss or duplicates. ``EVIDENCE_PAUSE_AT=<name>`` with ``EVIDENCE_PAUSE_FILE=<path>`` holds the
process there (writing ``<path>.reached``) until ``<path>`` exists, so a test can act at a known
moment of a writer's life (readers during a refresh) without timing guesses. Unset, both do nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def crash_point(name: str) -> None:
    if os.environ.get("EVIDENCE_CRASH_AT") == name:
        os._exit(137)  # like SIGKILL: no cleanup, no commit of anything pending
    pause_point(name)


def pause_point(name: str, timeout: float = 300.0) -> None:
    """Wait at ``name`` until the test releases the process (see the module docstring)."""
    if os.environ.get("EVIDENCE_PAUSE_AT") != name:
        return
    release = Path(os.environ["EVIDENCE_PAUSE_FILE"])
    Path(f"{release}.reached").write_text(str(os.getpid()), encoding="utf-8")
    deadline = time.monotonic() + timeout
    while not release.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    # one pause per process: later passes through the same point run on
    os.environ.pop("EVIDENCE_PAUSE_AT", None)
