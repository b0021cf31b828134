"""Prefect flows: orchestration only; the work is done by ``pipeline``."""

import os

# The temporary local server sends anonymous usage data to Prefect by default; offline that logs an
# ERROR line on every run ("Failed to send telemetry"), and a pipeline run has no business phoning
# out anyway. Set PREFECT_SERVER_ANALYTICS_ENABLED=true to opt back in.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
# Prefect gives its temporary local server 20 s to start; on a busy 2-core machine (a reader querying
# in a loop, tests in parallel) it took longer and the whole run failed with "Timed out while
# attempting to connect to ephemeral Prefect API server". Starting late is not an error.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
