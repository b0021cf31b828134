"""The link stage alone: `link_claims` over a database that has been ingested and extracted.

Copies the prepared database (so every run starts from the same unlinked state), loads the catalog and
opens the connection first, then times `link_claims` itself — CPU and wall seconds — and prints them.
Prints figures, asserts nothing. To compare two revisions, prepare a database with each revision's own
`ingest` and `extract` (the schemas differ), then run this alternately, several times, in one sitting:

    evidence ingest data/corpus --db /tmp/pre.duckdb -q && evidence extract --db /tmp/pre.duckdb -q
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_link.py /tmp/pre.duckdb [--profile FILE]

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
    args = ap.parse_args()

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


if __name__ == "__main__":
    main()
