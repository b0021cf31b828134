"""First refresh versus a refresh with no upstream change, on the same data (goal: ≤ 10%).

Runs the Prefect flow `refresh` twice in one process over the local corpus into a fresh database
(Prefect's ephemeral API is started once by the test harness, so its start-up is not counted in
either run) and prints both wall times and their ratio, plus what the second run did.

    .venv/bin/python benchmarks/bench_refresh.py [SOURCE ...]
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import SHARED_DIR  # noqa: E402


def main() -> None:
    from prefect.logging import disable_run_logger  # noqa: F401
    from prefect.testing.utilities import prefect_test_harness

    from flows.refresh import refresh

    logging.getLogger("prefect").setLevel(logging.WARNING)
    sources = sys.argv[1:] or [str(SHARED_DIR / "corpus")]
    with tempfile.TemporaryDirectory() as tmp, prefect_test_harness():
        kw = dict(source=sources, db=str(Path(tmp) / "bench.duckdb"), out=str(Path(tmp) / "site"))
        t = time.perf_counter()
        first = refresh(**kw)
        t1 = time.perf_counter() - t
        t = time.perf_counter()
        second = refresh(**kw)
        t2 = time.perf_counter() - t
    print(f"first refresh:     {t1:6.1f} s")
    print(f"no-change refresh: {t2:6.1f} s   ratio {t2 / t1:.1%} (goal <= 10%)")
    for s in second.stages:
        print(f"  {s.stage:8s} {s.counts}")


if __name__ == "__main__":
    main()
