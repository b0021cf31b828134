"""The Prefect deployment definition loads, and the refresh flow runs from it (ephemeral Prefect)."""

import pytest
import yaml

from pipeline.config import PROJECT_ROOT
from pipeline.store import connect

from eutils_helpers import DISC

pytestmark = pytest.mark.slow


def test_deployment_loads_and_flow_runs_from_it(tmp_path):
    from prefect.flows import load_flow_from_entrypoint
    from prefect.testing.utilities import prefect_test_harness

    spec = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text())
    deps = {d["name"]: d for d in spec["deployments"]}
    weekly = deps["weekly-refresh"]
    assert weekly["schedules"][0]["cron"] == "0 3 * * 1"
    from cronsim import CronSim  # Prefect's own cron parser dependency
    from datetime import datetime

    next(CronSim(weekly["schedules"][0]["cron"], datetime(2026, 1, 1)))
    flow = load_flow_from_entrypoint(str(PROJECT_ROOT / weekly["entrypoint"]))
    assert flow.name == "refresh"
    params = dict(deps["local-corpus"]["parameters"])
    assert set(params) <= set(flow.parameters.properties)
    params.update(source=[str(DISC)], db=str(tmp_path / "e.duckdb"), out=str(tmp_path / "site"), claims=["C11", "C20"])
    from pipeline.sources.fake_eutils import FakeEutils

    with prefect_test_harness():
        summary = flow(**params)
        # the live path (the weekly deployment's parameters) against a local E-utilities server
        with FakeEutils([DISC]) as srv:
            live = flow(**dict(weekly["parameters"], claims=["C11", "C43"], db=str(tmp_path / "live.duckdb"),
                               out=str(tmp_path / "livesite"), eutils_url=srv.url))
    fetched = next(s for s in live.stages if s.stage == "fetch").counts
    assert fetched["fetched"] > 0 and fetched["fetched"] == fetched["inserted"]
    stages = [s.stage for s in summary.stages]
    assert stages == ["search", "fetch", "ingest", "extract", "link", "grade", "report"]
    with connect(tmp_path / "e.duckdb") as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 100
        assert con.execute("SELECT count(*) FROM claim_grades").fetchone()[0] == 2
    assert (tmp_path / "site/index.html").exists()


def test_the_flow_retries_an_outage_but_not_a_fetch_with_records_missing():
    """A Prefect retry seconds later would confirm a withdrawn PMID at once; only outages are retried."""
    from flows.refresh import _retry_unless_incomplete
    from pipeline.errors import IncompleteFetch, UpstreamError

    class Failed:
        def __init__(self, exc):
            self.exc = exc

        def result(self):
            raise self.exc

    assert _retry_unless_incomplete(None, None, Failed(UpstreamError("503 after retries"))) is True
    assert _retry_unless_incomplete(None, None, Failed(IncompleteFetch("4 PMIDs missing"))) is False
