"""Full-text search over title and abstract with DuckDB's ``fts`` extension, installed offline.

DuckDB cannot download extensions here, so the extension comes from the ``duckdb-extension-fts``
wheel (pinned with DuckDB in pyproject.toml) and is INSTALLed from that file path.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.faults import crash_point
from pipeline.store.db import transaction

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


class FtsStale(FtsUnavailable):
    """The index was built over other articles than those stored (a writer died between writing
    rows and rebuilding); searching it would silently miss or invent hits."""


_STATE_DDL = "CREATE TABLE IF NOT EXISTS fts_state (built_at TIMESTAMP, n_docs BIGINT, articles_state VARCHAR)"


def _index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute(
        "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_articles'").fetchone()[0])


def index_state(con: duckdb.DuckDBPyConnection) -> tuple[bool, str]:
    """(fresh, why): whether the index covers exactly the stored articles, compared by fingerprint.

    The fingerprint of the articles it was built over is written in the same transaction as the
    index, so a process killed before, during or after writing rows leaves a mismatch, never a
    stale index that looks fresh.
    """
    from pipeline.store.articles import articles_state

    if not _index_exists(con):
        return False, "no full-text index yet"
    has_state = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'fts_state' AND schema_name = 'main'").fetchone()[0]
    row = con.execute("SELECT articles_state, n_docs, built_at FROM fts_state").fetchone() if has_state else None
    if row is None:
        return False, "the full-text index has no record of what it was built over"
    if row[0] != articles_state(con):
        n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        return False, (f"the full-text index is stale: built over {row[1]} articles at {row[2]:%Y-%m-%d %H:%M:%S}, "
                       f"the store now holds {n} (or revised ones)")
    return True, ""


def rebuild_index(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> int:
    """(Re)build the index over ``articles`` unless it already covers exactly the stored articles;
    returns the number of documents indexed. Cheap when nothing changed, so every writer of
    articles calls it unconditionally (a re-run after a crash repairs a stale index)."""
    con.execute(_STATE_DDL)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    if not force and index_state(con)[0]:
        return n
    from pipeline.store.articles import articles_state

    crash_point("fts")
    load_fts(con)
    with transaction(con):
        con.execute("PRAGMA create_fts_index('articles', 'pmid', 'title', 'abstract', overwrite=1)")
        con.execute("DELETE FROM fts_state")
        con.execute("INSERT INTO fts_state VALUES (current_timestamp, ?, ?)", [n, articles_state(con)])
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
    fresh, why = index_state(con)
    if not fresh:
        cls = FtsUnavailable if why.startswith("no full-text index") else FtsStale
        raise cls(f"{why}; `evidence ingest` (any file, even one already loaded) or `evidence run` "
                  "rebuilds it")
    rows = con.execute(
        "SELECT pmid, score, year, title FROM ("
        "  SELECT pmid, year, title, fts_main_articles.match_bm25(pmid, ?) AS score FROM articles"
        ") WHERE score IS NOT NULL ORDER BY score DESC, pmid LIMIT ?", [text, limit]).fetchall()
    return [TextHit(int(r[0]), float(r[1]), r[2], r[3]) for r in rows]
