"""The live E-utilities client over real HTTP against the fake server (never a mock of the client)."""

import json
import subprocess
import sys
import time

import httpx
import pytest

from pipeline.config import EutilsSettings
from pipeline.errors import UpstreamError, UpstreamUnreachable
from pipeline.fetch import current_watermark, fetch_query
from pipeline.sources.eutils import EutilsClient, check_reachable
from pipeline.sources.fake_eutils import FakeEutils, FaultConfig, load_corpus
from pipeline.store import connect

from eutils_helpers import DISC, P1M, articles_table, client


@pytest.fixture(scope="module")
def big_corpus():
    return load_corpus([P1M], scale=40)  # 11,680 records: more than the 9,999 esearch cap


def test_more_than_9999_hits_every_pmid_exactly_once(big_corpus):
    with FakeEutils(big_corpus) as srv:
        c = client(srv.url)
        r = c.search('"Journal Article"[pt]')
        expected = srv.search('"Journal Article"[pt]', None, None, "pdat")
        assert r.count == len(expected) > 9999
        assert len(r.pmids) == len(set(r.pmids)) == r.count
        assert sorted(r.pmids) == sorted(expected) and r.slices > 1
        # the server refuses paging past the cap, as NCBI does
        res = httpx.get(f"{srv.url}/esearch.fcgi", params={"term": '"Journal Article"[pt]', "retstart": 10000,
                                                          "retmode": "json"}).json()
        assert "ERROR" in res["esearchresult"]


def test_faults_do_not_change_the_database(tmp_path):
    q = '"psoas abscess"[tiab] OR spondylodiscitis[tiab]'
    with FakeEutils([P1M]) as srv:
        with connect(tmp_path / "clean.duckdb") as con:
            fetch_query(con, client(srv.url), "q", q, quiet=True)
    faults = FaultConfig(burst_429=3, rate_5xx=0.2, rate_truncate=0.2, rate_empty=0.1, rate_duplicate=0.3,
                         rate_drop=0.1, rate_slow=0.1, slow_seconds=1.5, seed=11)
    with FakeEutils([P1M], faults=faults) as srv:
        with connect(tmp_path / "faulty.duckdb") as con:
            # timeout 1 s: a slow answer (1.5 s) is a timeout to this client
            rep = fetch_query(con, client(srv.url, max_retries=15, timeout=1.0), "q", q, quiet=True)
        hit = srv.stats.faults
    assert rep.fetched > 30
    # faults really happened: the 429 burst, and at least three of timeouts, dropped connections, truncated XML and
    # duplicates (which of the random faults fall on which request depends on how many requests the timeouts cause,
    # which depends on the machine's load: a loaded run of session 64 drew no truncation)
    assert hit.get("429") == 3
    assert sum(bool(hit.get(k)) for k in ("slow", "drop", "truncate", "duplicate")) >= 3, hit
    assert articles_table(tmp_path / "faulty.duckdb") == articles_table(tmp_path / "clean.duckdb")


def test_retry_after_is_honoured_and_rate_is_limited():
    faults = FaultConfig(burst_429=2, retry_after=0.4)
    with FakeEutils([DISC], faults=faults) as srv:
        c = EutilsClient(EutilsSettings(base_url=srv.url, api_key="k"), backoff=0.01)  # 10 requests/s with a key
        t = time.monotonic()
        c.count("spine")
        assert time.monotonic() - t >= 0.8  # two waits of Retry-After: 0.4 s
        for _ in range(22):
            c.count("disc")
        assert srv.stats.max_per_second() <= 10


def test_permanent_failure_raises_and_keeps_the_watermark(tmp_path):
    with FakeEutils([DISC], faults=FaultConfig(rate_5xx=1.0)) as srv:
        with connect(tmp_path / "x.duckdb") as con:
            with pytest.raises(UpstreamError):
                fetch_query(con, client(srv.url, max_retries=2), "q", "disc", quiet=True)
            assert current_watermark(con, "q", "disc") is None
            assert con.execute("SELECT status FROM ingest_runs").fetchone()[0] == "failed"


def test_incremental_refresh_fetches_only_the_window(tmp_path):
    with FakeEutils([DISC]) as srv:
        with connect(tmp_path / "x.duckdb") as con:
            first = fetch_query(con, client(srv.url), "q", "degeneration", quiet=True, today="2024/01/01")
            again = fetch_query(con, client(srv.url), "q", "degeneration", quiet=True, today="2024/01/02")
    assert first.fetched == first.count > 20
    assert again.incremental and again.fetched == 0  # nothing was modified since the watermark


def test_unreachable_host_fails_fast_in_one_line(tmp_path):
    with pytest.raises(UpstreamUnreachable):
        check_reachable(EutilsSettings(base_url="http://127.0.0.1:9"))
    db = tmp_path / "never.duckdb"
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "fetch", "knee", "--db", str(db),
                        "--eutils-url", "http://127.0.0.1:9"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3
    assert "cannot reach" in r.stderr and "offline" in r.stderr
    assert not db.exists()  # nothing half-written
    r = subprocess.run([sys.executable, "-m", "pipeline.cli.app", "run", "--db", str(db),
                        "--eutils-url", "http://127.0.0.1:9"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3 and "--source" in r.stderr and not db.exists()
