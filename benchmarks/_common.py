"""What the benchmark scripts share (imported as a sibling: a script's own folder is first on sys.path)."""

from __future__ import annotations

import resource


def cpu_seconds() -> float:
    """CPU seconds of this process and its reaped children (spawned extract workers are children: counted)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
