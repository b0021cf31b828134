"""A 12,000-hit query against a fake server that drops, duplicates, truncates and lies about counts.

Above esearch's 9,999-id cap the client splits the query by publication date, so every fault meets
the slicing too. The corpus is synthetic (built here). Targets (issue 20): after re-runs every PMID is
stored exactly once, and no run ends "ok" while records are missing.
"""

import pytest

from pipeline.errors import IncompleteFetch
from pipeline.fetch import current_watermark, fetch_query
from pipeline.sources.fake_eutils import FakeEutils, FaultConfig
from pipeline.store import connect

from eutils_synthetic import QUERY, fast_client, synthetic_corpus

pytestmark = pytest.mark.slow

N = 12_000


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(N)


def stored(con) -> list[int]:
    return [r[0] for r in con.execute("SELECT pmid FROM articles ORDER BY pmid").fetchall()]


def test_12000_hits_through_every_fault_each_pmid_once_never_a_silent_ok(corpus, tmp_path):
    expected = [a.pmid for a in corpus]
    withdrawn = {expected[123], expected[9_876]}
    faults = FaultConfig(rate_drop_ids=0.003, rate_duplicate=0.2, rate_truncate=0.1, rate_5xx=0.05,
                         rate_short_page=0.15, rate_dup_ids=0.15, rate_count_lie=0.1, rate_truncate_search=0.05,
                         withdrawn=frozenset(withdrawn), seed=20)
    outcomes = []
    with FakeEutils(corpus, faults=faults) as srv, connect(tmp_path / "x.duckdb") as con:
        for day in range(1, 5):
            today = f"2024/05/{day:02d}"
            before = current_watermark(con, "q", QUERY)
            client = fast_client(srv.url, batch_size=500, page_size=2500, max_retries=10, recount_attempts=6)
            try:
                rep = fetch_query(con, client, "q", QUERY, quiet=True, today=today)
            except IncompleteFetch as exc:
                outcomes.append(("failed", str(exc)))
                assert current_watermark(con, "q", QUERY) == before  # a failed run moves no watermark
                continue
            have = set(stored(con))
            missing = set(expected) - have
            outcomes.append((rep.status, sorted(missing)))
            # never a silent "ok": a run that returns either has everything or names what it lacks
            if rep.status == "ok":
                assert not missing
            else:
                assert rep.status == "partial" and missing == set(rep.unavailable) <= withdrawn
            assert current_watermark(con, "q", QUERY) == today
        hit = dict(srv.stats.faults)
        pmids = stored(con)
        # every PMID exactly once (the primary key would refuse a second row: count the rows anyway)
        rows = con.execute("SELECT count(*), count(DISTINCT pmid) FROM articles").fetchone()
        unavailable = con.execute("SELECT pmid, runs_missing FROM fetch_unavailable ORDER BY pmid").fetchall()
        statuses = [r[0] for r in con.execute("SELECT status FROM ingest_runs ORDER BY started_at").fetchall()]
    for name in ("dropids", "duplicate", "truncate", "shortpage", "dupids", "countlie", "truncatesearch", "withdrawn"):
        assert hit.get(name), (name, hit)  # every fault really fired
    assert outcomes[0][0] == "failed" and all(str(p) in outcomes[0][1] for p in withdrawn)
    # later runs go on (incremental), asking again for the withdrawn PMIDs and saying so each time
    assert outcomes[-1] == ("partial", sorted(withdrawn))
    assert pmids == sorted(set(expected) - withdrawn) and rows == (N - 2, N - 2)
    assert [p for p, _ in unavailable] == sorted(withdrawn) and all(n >= 2 for _, n in unavailable)
    assert "running" not in statuses and statuses.count("failed") == sum(1 for o in outcomes if o[0] == "failed")


def test_a_count_that_keeps_lying_never_moves_the_watermark(corpus, tmp_path):
    """Every answer claims 3 more hits than it lists: each run fails, naming the short windows."""
    with FakeEutils(corpus, faults=FaultConfig(count_extra=3)) as srv, connect(tmp_path / "x.duckdb") as con:
        for day in (1, 2):
            with pytest.raises(IncompleteFetch, match="missing") as info:
                fetch_query(con, fast_client(srv.url, batch_size=500, page_size=5000, recount_attempts=2), "q",
                            QUERY, quiet=True, today=f"2024/06/0{day}")
            assert "PDAT" in str(info.value)  # the date slices short of ids are named
            assert current_watermark(con, "q", QUERY) is None
        assert stored(con) == [a.pmid for a in corpus]  # what was listed is stored, once
        assert [r[0] for r in con.execute("SELECT status FROM ingest_runs").fetchall()] == ["failed", "failed"]
