"""The link stage alone: `link_claims` over a database that has been ingested and extracted.

Copies the prepared database (so every run starts from the same unlinked state), loads the catalog and
opens the connection first, then times `link_claims` itself — CPU and wall seconds — and prints them.
Prints figures, asserts nothing. To compare two revisions, prepare a database with each revision's own
`ingest` and `extract` (the schemas differ), then run this alternately, several times, in one sitting:

    evidence ingest data/corpus --db /tmp/pre.duckdb -q && evidence extract --db /tmp/pre.duckdb -q
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_link.py /tmp/pre.duckdb [--profile FILE]

`--parts` also prints the CPU seconds spent in the stage's main readers (each timed at its outermost call, so a reader
called from another counts inside it too; the timers add a little of their own):

    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_link.py /tmp/pre.duckdb --parts

One run per process: the readers' caches (mentions, sentences, terms) fill during a run, so a second
run in the same process would time a warm stage the flow never sees.

The code timed is the one on PYTHONPATH when it is set (an older revision's checkout, say), else this
repository's, so the same script times any revision that has `pipeline.claims.linker.link_claims`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="a database after ingest + extract (left untouched: each run links a copy)")
    ap.add_argument("--profile", help="write a cProfile (CPU time) of the run here")
    ap.add_argument("--parts", action="store_true", help="also print the CPU time of the stage's main readers")
    args = ap.parse_args()
    parts = _time_parts() if args.parts else None

    from pipeline.claims.catalog import DEFAULT_CATALOG, load_catalog
    from pipeline.claims.linker import link_claims
    from pipeline.store import connect

    claims = load_catalog(DEFAULT_CATALOG)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "link.duckdb")
        shutil.copy(args.db, db)
        with connect(db) as con:
            prof = None
            if args.profile:
                import cProfile
                prof = cProfile.Profile(time.process_time)  # CPU time: the machine may be shared
            w, c = time.perf_counter(), time.process_time()
            if prof:
                prof.enable()
            report = link_claims(con, claims, quiet=True)
            if prof:
                prof.disable()
            cpu, wall = time.process_time() - c, time.perf_counter() - w
        if prof:
            prof.dump_stats(args.profile)
        print(f"link_claims: cpu {cpu:.2f} s  wall {wall:.2f} s  ({report.query_hits} hits, {report.linked} linked)")
    if parts is not None:
        for name, (seconds, calls) in sorted(parts.items(), key=lambda kv: -kv[1][0]):
            print(f"  {seconds:6.2f} s  {calls:6d} calls  {name}")


# the stage's main readers, as (module, attribute) - the names the linker calls them by, so the timer is what it calls
PARTS = (
    ("pipeline.claims.linker", "store_index", "the query index (every article's searched fields, read and indexed)"),
    ("pipeline.claims.linker", "assess", "relevance of each hit (mentions of therapy and condition)"),
    ("pipeline.claims.linker", "read_claim_direction", "direction of each linked study"),
    ("pipeline.claims.linker", "assess_eligibility", "eligibility of each linked study"),
    ("pipeline.claims.linker", "read_arms", "the arms of each linked study"),
    ("pipeline.claims.comparison_findings", "apply", "per-comparison findings"),
)


def _time_parts() -> dict[str, list]:
    """Wrap each of :data:`PARTS` in a CPU timer counted at its outermost call; returns the running totals."""
    import functools
    import importlib

    totals: dict[str, list] = {}
    for module, attr, label in PARTS:
        mod = importlib.import_module(module)
        func = getattr(mod, attr)
        totals[label] = [0.0, 0]
        depth = [0]

        def timed(*a, _func=func, _label=label, _depth=depth, **k):
            if _depth[0]:
                return _func(*a, **k)
            _depth[0] += 1
            start = time.process_time()
            try:
                return _func(*a, **k)
            finally:
                totals[_label][0] += time.process_time() - start
                totals[_label][1] += 1
                _depth[0] -= 1

        setattr(mod, attr, functools.wraps(func)(timed))
    return totals


if __name__ == "__main__":
    main()
