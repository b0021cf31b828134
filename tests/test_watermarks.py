"""The fetch watermark's writer (pipeline/store/watermarks.py)."""

from pipeline.store import connect
from pipeline.store.watermarks import read_watermark, set_watermark


def test_watermark_replaces_and_ignores_a_changed_query(tmp_path):
    with connect(tmp_path / "w.duckdb") as con:
        assert read_watermark(con, "C04", "h1") is None
        set_watermark(con, "C04", "h1", "2026/11/01", 10)
        set_watermark(con, "C04", "h1", "2026/11/30", 12)
        assert read_watermark(con, "C04", "h1") == "2026/11/30"
        assert con.execute("SELECT count(*), max(last_count) FROM fetch_watermarks").fetchone() == (1, 12)
        # the query text changed since: its old watermark must not narrow the next search
        assert read_watermark(con, "C04", "h2") is None
