"""DuckDB store: connection, migrations, and one writer module per table family."""

from pipeline.store.db import connect, connect_readonly, SCHEMA_DIR

__all__ = ["connect", "connect_readonly", "SCHEMA_DIR"]
