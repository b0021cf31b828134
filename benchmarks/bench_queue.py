"""The review queue that `evidence report` builds inline (issue 19 item 2): memoised text readings
against the same code with every memo bypassed, in one process, on the bundled corpus's database.

The queue re-grades each claim once per judgement whose reversal it tries (a few hundred re-gradings
over the bundled corpus); each re-grading used to read every study's abstract again (risk of bias,
randomisation, co-interventions, surrogate outcomes, effects). Those readings are pure functions of
the record's text, so they are memoised (pipeline/grading/signals.py, risk_of_bias.py, upgrades.py).
The script checks that both ways give the same queue, then prints seconds and the ratio; it asserts
nothing about time.

    .venv/bin/python benchmarks/bench_queue.py [DB]   # DB: built by `evidence run --fallback-bundled --db DB`

Without DB it builds one from the bundled corpus in a temporary folder (ingest → extract → link →
grade; a few minutes) and times the queue on it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.grading import rubric, signals, upgrades  # noqa: E402
from pipeline.grading import risk_of_bias  # noqa: E402
from pipeline.grading.queue import review_queue  # noqa: E402
from pipeline.store import connect  # noqa: E402

# (module, attribute) of every memoised reading the grading calls
MEMOISED = [(signals, "_says_randomised"), (signals, "co_intervention"), (signals, "surrogate_only_benefit"),
            (signals, "surrogate_outcomes_only"), (rubric, "assess_trial"), (risk_of_bias, "assess_trial"),
            (upgrades, "_abstract_effects"), (upgrades, "dose_response_sentence")]


@contextmanager
def memos_bypassed():
    """Every memoised reading replaced by the plain function it wraps (the code before memoising)."""
    saved = [(m, name, getattr(m, name)) for m, name in MEMOISED]
    for m, name, f in saved:
        setattr(m, name, f.__wrapped__)
    try:
        yield
    finally:
        for m, name, f in saved:
            setattr(m, name, f)


def clear_memos() -> None:
    for m, name in MEMOISED:
        f = getattr(m, name)
        if hasattr(f, "cache_clear"):  # not while bypassed
            f.cache_clear()


def build_db(folder: Path) -> Path:
    from pipeline.claims.catalog import lexicon_entries, load_catalog, store_claims
    from pipeline.claims.linker import link_claims
    from pipeline.config import BUNDLED_CORPUS
    from pipeline.grading import grade_all
    from pipeline.ingest import ingest_paths
    from pipeline.nlp.extract import extract_store

    db = folder / "bench.duckdb"
    with connect(db) as con:
        ingest_paths(con, [BUNDLED_CORPUS], quiet=True)
        extract_store(con, quiet=True, lexicon_terms=lexicon_entries())
        claims = load_catalog()
        store_claims(con, claims)
        link_claims(con, claims, quiet=True)
        grade_all(con)
    return db


def timed(con, rounds: int = 3) -> tuple[float, dict]:
    best, out = float("inf"), {}
    for _ in range(rounds):
        clear_memos()  # every round starts cold, as a fresh `evidence report` process does
        t = time.perf_counter()
        out = review_queue(con, limit=10)
        best = min(best, time.perf_counter() - t)
    return best, {cid: [i.to_dict() for i in items] for cid, items in out.items()}


def site(con, out: Path, bypass: bool = False) -> float:
    """Seconds for the whole static site, as `evidence report` builds it (memos cleared first)."""
    from pipeline.reports.site import build_site

    clear_memos()
    t = time.perf_counter()
    if bypass:
        with memos_bypassed():
            build_site(con, out)
    else:
        build_site(con, out)
    return time.perf_counter() - t


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        if len(sys.argv) > 1:
            db = Path(tmp) / "copy.duckdb"
            shutil.copyfile(sys.argv[1], db)  # read-only use, but never touch the caller's file
        else:
            db = build_db(Path(tmp))
        with connect(db) as con:
            timed(con, rounds=1)  # warm-up: the database's pages, compiled word lists
            with memos_bypassed():
                before, q_before = timed(con, rounds=1)
            after, q_after = timed(con)
            assert q_before == q_after, "memoising changed the queue"
            n = sum(len(v) for v in q_after.values())
            print(f"review queue: {len(q_after)} claims, {n} items; without memos {before:.2f} s, with memos (cold) "
                  f"{after:.2f} s: {before / after:.1f}× faster; same queue")
            site_before, site_after = site(con, Path(tmp) / "a", bypass=True), site(con, Path(tmp) / "b")
            same = all((Path(tmp) / "a" / p.relative_to(Path(tmp) / "b")).read_bytes() == p.read_bytes()
                       for p in (Path(tmp) / "b").rglob("*.html"))
            print(f"evidence report (build_site): without memos {site_before:.2f} s, with memos {site_after:.2f} s: "
                  f"{site_before / site_after:.1f}× faster; HTML pages {'identical' if same else 'DIFFER'}")


if __name__ == "__main__":
    main()
