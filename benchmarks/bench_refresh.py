"""First refresh, stage by stage, and a refresh with no upstream change, on the same data.

Over the local corpus (default: the bundled sample, data/corpus) into a fresh database: the refresh
flow's stages are run one after another, as `flows/refresh.py:refresh` runs them, each timed; then the
whole flow runs again over the same files (nothing new: goal <= 10% of the first). Prefect's
ephemeral API is started once by the test harness, so its start-up is in neither figure. Prints
figures, asserts nothing; compare two revisions by running this in each, in one sitting.

    .venv/bin/python benchmarks/bench_refresh.py [--first-only] [SOURCE ...]

Each stage's wall seconds and CPU seconds (this process and its finished children: the ingest stage's
parsing workers) are printed. The code timed is the one on PYTHONPATH when it is set (an older
revision's checkout: `git worktree add /tmp/old REV`, then `PYTHONPATH=/tmp/old` and this script), else
this repository's; `--first-only` skips the no-change refresh.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))



def _cpu() -> float:
    """CPU seconds of this process and its reaped children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    from prefect.testing.utilities import prefect_test_harness

    from flows import refresh as r

    logging.getLogger("prefect").setLevel(logging.WARNING)
    args = sys.argv[1:]
    first_only = "--first-only" in args
    sources = [a for a in args if a != "--first-only"]
    if not sources:
        from pipeline.config import BUNDLED_CORPUS  # an older revision may have none: give SOURCE

        sources = [str(BUNDLED_CORPUS)]
    # a loaded machine starts the ephemeral Prefect server slowly (the default wait, 30 s, ran out at load 9)
    with tempfile.TemporaryDirectory() as tmp, prefect_test_harness(server_startup_timeout=180):
        db, out = str(Path(tmp) / "bench.duckdb"), str(Path(tmp) / "site")
        claims = r.load_claims(None, None, db)
        stages = [("search", lambda: r.search_stage(claims, sources, None, None)),
                  ("fetch", lambda: r.fetch_stage(db, claims, sources, None, None)),
                  ("ingest", lambda: r.ingest_stage(db, sources, True)),
                  ("extract", lambda: r.extract_stage(db, 1)),
                  ("link", lambda: r.link_stage(db, claims, sources)),
                  ("grade", lambda: r.grade_stage(db)),
                  ("report", lambda: r.report_stage(db, out))]
        times, cpus = {}, {}
        for name, run in stages:
            t, c = time.perf_counter(), _cpu()
            run()
            times[name], cpus[name] = time.perf_counter() - t, _cpu() - c
        first, first_cpu = sum(times.values()), sum(cpus.values())
        if not first_only:
            t = time.perf_counter()
            second = r.refresh(source=sources, db=db, out=out)
            t2 = time.perf_counter() - t
    print(f"first refresh over {', '.join(sources)}: {first:6.1f} s  cpu {first_cpu:6.1f} s")
    for name, secs in times.items():
        print(f"  {name:8s} {secs:6.1f} s  ({secs / first:5.1%})  cpu {cpus[name]:6.1f} s")
    if first_only:
        return
    print(f"no-change refresh: {t2:6.1f} s   ratio {t2 / first:.1%} (goal <= 10%)")
    for s in second.stages:
        print(f"  {s.stage:8s} {s.counts}")


if __name__ == "__main__":
    main()
