"""Prefect flows: orchestration only; the work is done by ``pipeline``."""

import os

# The temporary local server sends anonymous usage data to Prefect by default; offline that logs an
# ERROR line on every run ("Failed to send telemetry"), and a pipeline run has no business phoning
# out anyway. Set PREFECT_SERVER_ANALYTICS_ENABLED=true to opt back in.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
