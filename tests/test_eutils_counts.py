"""Counts that disagree with what arrived, Retry-After, secrets and killed runs: each on its real trigger.

Every test builds its corpus here (no ../shared) and talks real HTTP to the fake server.
"""

import os
import subprocess
import sys

import pytest

from pipeline.config import EutilsSettings
from pipeline.errors import EXIT_INCOMPLETE, EXIT_QUARANTINED, EXIT_UPSTREAM, IncompleteFetch, UpstreamError
from pipeline.fetch import UNAVAILABLE_AFTER_RUNS, current_watermark, fetch_query
from pipeline.sources import eutils
from pipeline.sources.eutils import EutilsClient, retry_after_seconds
from pipeline.sources.fake_eutils import FakeEutils, FaultConfig
from pipeline.store import connect

from eutils_synthetic import QUERY, fast_client, stored_pmids, synthetic_corpus


def runs(con):
    return con.execute("SELECT status, message FROM ingest_runs ORDER BY started_at").fetchall()


def cli(db, *args, env=None):
    e = {k: v for k, v in os.environ.items() if k != "EVIDENCE_CRASH_AT"}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args, "--db", str(db)], env=e,
                          capture_output=True, text=True, timeout=300)


# ---------------------------------------------------------------- esearch count vs ids
def test_count_10_with_6_ids_listed_fails_and_moves_no_watermark_then_resumes(tmp_path):
    """Probe case 1: esearch says 10 hits and lists 6. Before: 6 stored, exit 0, "ok", watermark today."""
    corpus = synthetic_corpus(10)
    db = tmp_path / "x.duckdb"
    with FakeEutils(corpus[:6], faults=FaultConfig(count_extra=4)) as srv, connect(db) as con:
        with pytest.raises(IncompleteFetch) as info:
            fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True, today="2024/03/01")
        msg = str(info.value)
        assert "count 10" in msg and "6 distinct PMIDs" in msg and "4 missing" in msg and "the query" in msg
        assert info.value.exit_code == EXIT_INCOMPLETE == 7
        assert current_watermark(con, "q", QUERY) is None
        assert runs(con)[-1][0] == "failed" and "4 missing" in runs(con)[-1][1]
    assert stored_pmids(db) == [a.pmid for a in corpus[:6]]  # what arrived is kept: the re-run resumes
    with FakeEutils(corpus) as srv, connect(db) as con:  # the server now lists all 10
        rep = fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True, today="2024/03/02")
        assert rep.status == "ok" and rep.to_fetch == 4 and rep.inserted == 4
        assert current_watermark(con, "q", QUERY) == "2024/03/02"
    assert stored_pmids(db) == [a.pmid for a in corpus]


def test_cli_exit_code_says_records_are_missing(tmp_path):
    corpus = synthetic_corpus(10)
    db = tmp_path / "cli.duckdb"
    with FakeEutils(corpus[:6], faults=FaultConfig(count_extra=4)) as srv:
        r = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "-q")
    assert r.returncode == EXIT_INCOMPLETE, r.stderr[-2000:]
    assert "4 missing" in r.stderr and "re-run" in r.stderr
    with FakeEutils(corpus) as srv:
        r = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "-q")
    assert r.returncode == 0, r.stderr[-2000:]
    assert stored_pmids(db) == [a.pmid for a in corpus]


def test_short_duplicated_and_lying_pages_are_paged_again_until_complete(tmp_path):
    corpus = synthetic_corpus(300)
    faults = FaultConfig(rate_short_page=0.2, rate_dup_ids=0.2, rate_count_lie=0.2, rate_truncate_search=0.2, seed=5)
    with FakeEutils(corpus, faults=faults) as srv:
        r = fast_client(srv.url, page_size=100, recount_attempts=8).search(QUERY)
        hit = srv.stats.faults
    assert hit.get("shortpage") and hit.get("dupids") and hit.get("countlie") and hit.get("truncatesearch")
    assert r.complete and r.pmids == [a.pmid for a in corpus]


def test_a_window_that_stays_short_is_named(tmp_path):
    with FakeEutils(synthetic_corpus(40), faults=FaultConfig(rate_short_page=1.0)) as srv:
        c = fast_client(srv.url)
        with pytest.raises(IncompleteFetch, match=r"count 40, 30 distinct PMIDs listed \(10 missing after 3 pagings\)"):
            c.search(QUERY)
        r = c.search(QUERY, strict=False)  # fetch_query's way: use what arrived, then fail the run
    assert len(r.pmids) == 30 and not r.complete and r.missing == 10


# ---------------------------------------------------------------- efetch ids asked vs returned
def test_a_pmid_efetch_never_returns_does_not_block_the_query_forever(tmp_path):
    """Probe case 9: one withdrawn PMID used to abort the whole query on every run."""
    corpus = synthetic_corpus(30)
    gone = corpus[7].pmid
    db = tmp_path / "x.duckdb"
    faults = FaultConfig(withdrawn=frozenset({gone}))
    with FakeEutils(corpus, faults=faults) as srv, connect(db) as con:
        # run 1: the other 29 are stored; the run fails naming the PMID; no watermark
        with pytest.raises(IncompleteFetch, match=str(gone)) as info:
            fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True, today="2024/03/01")
        assert "after 3 attempts" in str(info.value)
        assert srv.stats.by_endpoint["efetch.fcgi"] == 3  # one batch, then the missing PMID asked twice more
        assert current_watermark(con, "q", QUERY) is None
        row = con.execute("SELECT pmid, runs_missing, attempts, reason FROM fetch_unavailable").fetchall()
        assert row == [(gone, 1, 3, "efetch did not return this PMID after 3 attempts "
                                    "(withdrawn, deleted or not yet available?)")]
        assert len(stored_pmids_con(con)) == 29
        # run 2: still missing → confirmed unavailable; the query moves on, but not silently "ok"
        rep = fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True, today="2024/03/02")
        assert UNAVAILABLE_AFTER_RUNS == 2
        assert rep.status == "partial" and rep.unavailable == [gone] and rep.to_fetch == 1
        assert any(str(gone) in p for p in rep.problems)
        assert current_watermark(con, "q", QUERY) == "2024/03/02"
        assert runs(con)[-1][0] == "partial" and str(gone) in runs(con)[-1][1]
    # run 3: the record is served again; the incremental run asks for it, stores it, forgets the row
    with FakeEutils(corpus) as srv, connect(db) as con:
        rep = fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True, today="2024/03/03")
        assert rep.status == "ok" and rep.incremental and rep.inserted == 1
        assert con.execute("SELECT count(*) FROM fetch_unavailable").fetchone()[0] == 0
    assert stored_pmids(db) == [a.pmid for a in corpus]


def stored_pmids_con(con):
    return [r[0] for r in con.execute("SELECT pmid FROM articles").fetchall()]


def test_cli_withdrawn_pmid_exit_codes_7_then_6(tmp_path):
    corpus = synthetic_corpus(12)
    gone = corpus[-1].pmid
    db = tmp_path / "cli.duckdb"
    with FakeEutils(corpus, faults=FaultConfig(withdrawn=frozenset({gone}))) as srv:
        first = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "-q")
        second = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "-q")
    assert first.returncode == EXIT_INCOMPLETE and str(gone) in first.stderr, first.stderr[-2000:]
    assert second.returncode == EXIT_QUARANTINED and str(gone) in second.stderr, second.stderr[-2000:]
    assert "fetch_unavailable" in second.stderr


def test_dropped_records_are_asked_for_again_not_the_whole_batch(tmp_path):
    corpus = synthetic_corpus(200)
    with FakeEutils(corpus, faults=FaultConfig(rate_drop_ids=0.05, seed=3)) as srv, connect(tmp_path / "x.duckdb") as con:
        rep = fetch_query(con, fast_client(srv.url, batch_size=100, efetch_attempts=6), "q", QUERY, quiet=True)
        assert srv.stats.faults.get("dropids")
    assert rep.status == "ok" and rep.inserted == 200 and not rep.unavailable


def test_an_efetch_answer_with_none_of_many_pmids_is_an_upstream_failure(tmp_path):
    """A broken server answering empty sets must not read as 40 withdrawn records."""
    corpus = synthetic_corpus(40)
    everything = frozenset(a.pmid for a in corpus)
    with FakeEutils(corpus, faults=FaultConfig(withdrawn=everything)) as srv, connect(tmp_path / "x.duckdb") as con:
        with pytest.raises(UpstreamError, match="none of the 40") as info:
            fetch_query(con, fast_client(srv.url, max_retries=2), "q", QUERY, quiet=True)
        assert not isinstance(info.value, IncompleteFetch) and info.value.exit_code == EXIT_UPSTREAM
        assert con.execute("SELECT count(*) FROM fetch_unavailable").fetchone()[0] == 0
        assert current_watermark(con, "q", QUERY) is None


# ---------------------------------------------------------------- Retry-After
def test_retry_after_a_day_is_an_upstream_failure_not_a_sleep(tmp_path, monkeypatch):
    """Probe case 8: `Retry-After: 86400` made the client sleep a day inside a refresh."""
    import threading

    slept = []
    real_sleep = eutils.time.sleep
    me = threading.get_ident()

    def sleep(s):
        # the patch is process-wide (time.sleep): threads other tests left running (Prefect's, the fake
        # server's) sleep too; only this thread's sleeps are the client's
        if threading.get_ident() == me:
            slept.append(s)
            assert s < 120, f"the client tried to sleep {s} s"
        real_sleep(s)

    monkeypatch.setattr(eutils.time, "sleep", sleep)
    faults = FaultConfig(burst_429=1, retry_after=86400)
    with FakeEutils(synthetic_corpus(5), faults=faults) as srv, connect(tmp_path / "x.duckdb") as con:
        with pytest.raises(UpstreamError, match="Retry-After 86400 s, longer than the 60 s") as info:
            fetch_query(con, fast_client(srv.url), "q", QUERY, quiet=True)
        assert info.value.exit_code == EXIT_UPSTREAM
        # the shared rate limiter may pace the first request by up to 1/rate s (2 ms at rate 500) when an
        # earlier test's client asked a moment ago: pacing, not a retry's wait (retries wait >= backoff 0.01 s)
        assert srv.stats.requests == 1 and not [s for s in slept if s > 1 / 500]
        assert current_watermark(con, "q", QUERY) is None and runs(con)[-1][0] == "failed"


def test_retry_after_within_the_cap_is_honoured_and_the_cap_is_a_setting(monkeypatch):
    monkeypatch.setenv("EVIDENCE_EUTILS_MAX_WAIT", "5")
    assert EutilsSettings.from_env().max_retry_after == 5.0
    assert EutilsSettings().max_retry_after == 60.0
    assert retry_after_seconds("3") == 3.0 and retry_after_seconds("0.5") == 0.5
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: no wait
    assert retry_after_seconds("Fri, 01 Jan 2100 00:00:00 GMT") > 86400  # an HTTP date far ahead: too long
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None
    with FakeEutils(synthetic_corpus(5), faults=FaultConfig(burst_429=1, retry_after=6)) as srv:
        c = EutilsClient(EutilsSettings.from_env(srv.url), backoff=0.01)
        with pytest.raises(UpstreamError, match="longer than the 5 s"):
            c.count(QUERY)


# ---------------------------------------------------------------- secrets
KEY = "k3y-S3CRET-0123456789abcdef"


def all_text(db) -> str:
    """Every value of every table, as text: where a leaked key would be found."""
    with connect(db) as con:
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables()").fetchall()
        return "\n".join(str(row) for s, t in tables for row in con.execute(f'SELECT * FROM "{s}"."{t}"').fetchall())


def test_api_key_echoed_inside_a_malformed_record_is_not_stored(tmp_path, caplog):
    """Probe case 9: the key reached quarantine.snippet when a server echoed the request."""
    db = tmp_path / "x.duckdb"
    with FakeEutils(synthetic_corpus(20), faults=FaultConfig(rate_echo=1.0)) as srv, connect(db) as con:
        rep = fetch_query(con, fast_client(srv.url, api_key=KEY), "q", QUERY, quiet=True)
        snippets = [r[0] for r in con.execute("SELECT snippet FROM quarantine").fetchall()]
    assert rep.quarantined >= 1 and srv.stats.faults.get("echo")
    assert any("api_key=***" in s for s in snippets)  # the echo was there, with the key redacted
    assert KEY not in all_text(db) and KEY not in caplog.text


def test_api_key_from_the_environment_never_reaches_db_or_terminal(tmp_path):
    db = tmp_path / "cli.duckdb"
    with FakeEutils(synthetic_corpus(20), faults=FaultConfig(rate_echo=1.0, burst_429=1)) as srv:
        r = cli(db, "fetch", QUERY, "--eutils-url", srv.url, env={"NCBI_API_KEY": KEY})
        assert srv.stats.faults.get("echo")
    assert r.returncode in (0, EXIT_QUARANTINED), r.stderr[-2000:]
    assert KEY not in r.stdout + r.stderr and KEY not in all_text(db)
    assert "api_key=***" in all_text(db)


# ---------------------------------------------------------------- killed runs
def test_a_killed_fetch_run_does_not_stay_running_forever(tmp_path):
    corpus = synthetic_corpus(60)
    db = tmp_path / "x.duckdb"
    with FakeEutils(corpus) as srv:
        killed = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "--batch-size", "20", "-q",
                     env={"EVIDENCE_CRASH_AT": "fetch"})
        assert killed.returncode == 137
        import duckdb

        with duckdb.connect(str(db), read_only=True) as ro:  # a reader: opening as a writer closes dead runs
            assert [r[0] for r in ro.execute("SELECT status FROM ingest_runs").fetchall()] == ["running"]  # the trigger
        again = cli(db, "fetch", QUERY, "--eutils-url", srv.url, "--batch-size", "20", "-q")
    assert again.returncode == 0, again.stderr[-2000:]
    with connect(db) as con:
        (s1, m1), (s2, _) = runs(con)
    # closed by whichever comes first: the next writer's start (status 'interrupted') or the next fetch
    # of the same query (status 'failed', message 'interrupted: …')
    assert s1 in ("failed", "interrupted") and "interrupted" in (m1 or s1) and s2 == "ok"
    assert stored_pmids(db) == [a.pmid for a in corpus]


def test_ctrl_c_during_a_fetch_closes_its_run(tmp_path, monkeypatch):
    """KeyboardInterrupt is no Exception: the run row used to stay "running"."""
    import pipeline.fetch

    def interrupt(name):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline.fetch, "crash_point", interrupt)  # Ctrl-C right after the first batch
    with FakeEutils(synthetic_corpus(60)) as srv, connect(tmp_path / "x.duckdb") as con:
        with pytest.raises(KeyboardInterrupt):
            fetch_query(con, fast_client(srv.url, batch_size=20), "q", QUERY, quiet=True)
        assert runs(con)[-1][0] == "failed" and "KeyboardInterrupt" in runs(con)[-1][1]
        assert current_watermark(con, "q", QUERY) is None and len(stored_pmids_con(con)) == 20
