"""DuckDB store: connection, migrations, and one writer module per table family."""

from pipeline.store.db import SCHEMA_DIR, connect, connect_readonly, transaction

__all__ = ["connect", "connect_readonly", "transaction", "SCHEMA_DIR"]
