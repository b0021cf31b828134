"""The extract stage alone: `extract_store` over a database that has been ingested, with N worker processes.

Copies the prepared database (so every run starts from the same unextracted state), then times
`extract_store` — wall seconds, and CPU seconds of this process and its finished children (the
workers are this process's own children, started with ``spawn``, so their CPU is counted once they
exit) — and prints them. Prints figures, asserts nothing. Worker processes lower the wall time on a
machine with idle cores, not the CPU time (each worker also loads the models: about 1.3 s).

    evidence ingest data/corpus --db /tmp/ing.duckdb -q
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_extract.py /tmp/ing.duckdb --workers 1
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_extract.py /tmp/ing.duckdb --workers 2

``--workers`` sets EVIDENCE_EXTRACT_WORKERS (default: unset, one per CPU). The code timed is the one on
PYTHONPATH when it is set, else this repository's; an older revision without workers ignores the option.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="a database after ingest (left untouched: each run extracts a copy)")
    ap.add_argument("--workers", type=int, help="EVIDENCE_EXTRACT_WORKERS for this run")
    args = ap.parse_args()
    if args.workers is not None:
        os.environ["EVIDENCE_EXTRACT_WORKERS"] = str(args.workers)

    from pipeline.claims.catalog import lexicon_entries
    from pipeline.nlp.extract import extract_store
    from pipeline.store import connect

    terms = lexicon_entries()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "extract.duckdb")
        shutil.copy(args.db, db)
        with connect(db) as con:
            w, c = time.perf_counter(), _cpu()
            report = extract_store(con, quiet=True, lexicon_terms=terms)
            cpu, wall = _cpu() - c, time.perf_counter() - w
    print(f"extract_store: cpu {cpu:.1f} s  wall {wall:.1f} s  ({report.extracted} articles, "
          f"workers {os.environ.get('EVIDENCE_EXTRACT_WORKERS', 'default')})")


if __name__ == "__main__":  # the workers (spawn) import this module again: only the parent runs
    main()
