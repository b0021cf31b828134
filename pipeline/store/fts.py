"""Full-text search over title and abstract with DuckDB's ``fts`` extension, installed offline.

DuckDB cannot download extensions here, so the extension comes from the ``duckdb-extension-fts``
wheel (pinned with DuckDB in pyproject.toml) and is INSTALLed from that file path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import duckdb

log = logging.getLogger(__name__)


class FtsUnavailable(RuntimeError):
    pass


def extension_file() -> Path:
    """Path of the fts extension built for the installed DuckDB version."""
    import duckdb_extension_fts

    version = duckdb.__version__
    base = Path(duckdb_extension_fts.__file__).parent / "extensions"
    path = base / f"v{version}" / "fts.duckdb_extension"
    if not path.exists():
        built = sorted(p.name for p in base.iterdir()) if base.exists() else []
        raise FtsUnavailable(f"duckdb-extension-fts has no build for DuckDB {version} (has {built}); "
                             "keep the two pins in pyproject.toml equal")
    return path


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """INSTALL (from the wheel's file) and LOAD fts on this connection."""
    try:
        con.execute("LOAD fts")
        return
    except duckdb.Error:
        pass
    path = extension_file()
    con.execute(f"INSTALL '{path.as_posix()}'")
    con.execute("LOAD fts")


def rebuild_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> int:
    """(Re)build the index over ``articles`` unless nothing changed since the last build; returns
    the number of documents indexed."""
    from pipeline.store.articles import articles_state

    con.execute("CREATE TABLE IF NOT EXISTS fts_state (built_at TIMESTAMP, n_docs BIGINT, articles_state VARCHAR)")
    state = articles_state(con)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    row = con.execute("SELECT articles_state FROM fts_state").fetchone()
    exists = con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles'").fetchone()[0]
    if not force and exists and row and row[0] == state:
        return n
    load_fts(con)
    con.execute("PRAGMA create_fts_index('articles', 'pmid', 'title', 'abstract', overwrite=1)")
    con.execute("DELETE FROM fts_state")
    con.execute("INSERT INTO fts_state VALUES (current_timestamp, ?, ?)", [n, state])
    log.info("full-text index rebuilt over %d articles", n)
    return n


@dataclass(frozen=True)
class TextHit:
    pmid: int
    score: float
    year: int | None
    title: str


def search_text(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20) -> list[TextHit]:
    """BM25 search; the query text is bound as a parameter, never spliced into SQL."""
    load_fts(con)
    exists = con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles'").fetchone()[0]
    if not exists:
        raise FtsUnavailable("no full-text index yet; it is built by `evidence ingest` / `evidence run`")
    rows = con.execute(
        "SELECT pmid, score, year, title FROM ("
        "  SELECT pmid, year, title, fts_main_articles.match_bm25(pmid, ?) AS score FROM articles"
        ") WHERE score IS NOT NULL ORDER BY score DESC, pmid LIMIT ?", [text, limit]).fetchall()
    return [TextHit(int(r[0]), float(r[1]), r[2], r[3]) for r in rows]
