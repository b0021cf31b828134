"""Crash points for the fault-injection suite: ``EVIDENCE_CRASH_AT=<name>`` kills the process there.

The reliability tests use it to kill a stage half-way (after its first committed batch) and check
that a re-run finishes the work without loss or duplicates. Unset, it does nothing.
"""

from __future__ import annotations

import os


def crash_point(name: str) -> None:
    if os.environ.get("EVIDENCE_CRASH_AT") == name:
        os._exit(137)  # like SIGKILL: no cleanup, no commit of anything pending
