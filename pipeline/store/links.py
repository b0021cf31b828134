"""Writer and reader of the link tables: ``claim_articles``, ``claim_queries``, ``link_state``.

The linker (:mod:`pipeline.claims.linker`) decides; this module is where its decisions are read back
and written. Rows are plain tuples in the order of :data:`LINK_COLUMNS`.
"""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

# the columns a link row carries, in order (linked_at is the database's, query_hit is always TRUE)
LINK_COLUMNS = ("claim_id", "pmid", "relevance", "relevance_reasons", "therapy_mentions", "condition_mentions",
                "direction", "direction_sentence", "direction_confidence", "claim_hash", "content_hash",
                "linker_version", "eligibility", "exclusion_reason", "indirectness", "eligibility_evidence",
                "eligibility_why", "linked", "condition_direct", "direction_not_about",
                "direction_not_about_kind")


def link_state(con: duckdb.DuckDBPyConnection, source: str) -> dict[str, tuple]:
    """claim_id → (claim_hash, articles_state, linker_version) of each claim's last link run from ``source``."""
    return {r[0]: tuple(r[1:]) for r in con.execute(
        "SELECT claim_id, claim_hash, articles_state, linker_version FROM link_state WHERE source = ?",
        [source]).fetchall()}


def all_current_links(con: duckdb.DuckDBPyConnection) -> dict[str, dict[int, tuple]]:
    """claim_id → {pmid: (claim_hash, content_hash, linker_version)} of its stored links, every claim in one query."""
    out: dict[str, dict[int, tuple]] = {}
    for cid, pmid, *rest in con.execute(
            "SELECT claim_id, pmid, claim_hash, content_hash, linker_version FROM claim_articles").fetchall():
        out.setdefault(cid, {})[pmid] = tuple(rest)
    return out


def all_link_counts(con: duckdb.DuckDBPyConnection, threshold: float) -> dict[str, tuple[int, int]]:
    """claim_id → (query hits stored, linked at ``threshold``), every claim in one query."""
    return {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT claim_id, count(*), count(*) FILTER (WHERE relevance >= ?) FROM claim_articles GROUP BY claim_id",
        [threshold]).fetchall()}


def replace_claims_links(con: duckdb.DuckDBPyConnection, source: str, articles_state: str, linker_version: str,
                         batch: list[tuple]) -> None:
    """Record each claim's query, replace its links and mark it linked, for many claims in a few
    statements (a link run writes every claim's links together). ``batch``: (claim_id,
    query, n_hits, claim_hash, remove, rows) per claim, distinct claim ids. Call inside a transaction."""
    if not batch:
        return
    ids = [b[0] for b in batch]
    con.execute("DELETE FROM claim_queries WHERE source = ? AND claim_id IN (SELECT unnest(?))", [source, ids])
    insert_rows(con, "claim_queries", ("claim_id", "query", "source", "n_hits"),
                [(cid, query, source, n) for cid, query, n, *_ in batch])
    pairs = [(cid, p) for cid, _q, _n, _h, remove, _r in batch for p in remove]
    if pairs:
        con.execute("DELETE FROM claim_articles USING (SELECT unnest(?::VARCHAR[]) AS c, unnest(?::BIGINT[]) AS p) d "
                    "WHERE claim_articles.claim_id = d.c AND claim_articles.pmid = d.p",
                    [[c for c, _ in pairs], [p for _, p in pairs]])
    insert_rows(con, "claim_articles", LINK_COLUMNS, [r for b in batch for r in b[5]], constants={"query_hit": "TRUE"})
    con.execute("DELETE FROM link_state WHERE source = ? AND claim_id IN (SELECT unnest(?))", [source, ids])
    insert_rows(con, "link_state", ("claim_id", "source", "claim_hash", "articles_state", "linker_version"),
                [(cid, source, h, articles_state, linker_version) for cid, _q, _n, h, *_ in batch])


def query_hit_texts(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[tuple[int, str]]:
    """(pmid, title and abstract) of each record the claim's queries returned, by PMID: what the claim's synonyms were
    read against."""
    return con.execute(
        "SELECT a.pmid, concat_ws(' ', a.title, a.abstract) FROM claim_articles ca JOIN articles a USING (pmid) "
        "WHERE ca.claim_id = ? AND ca.query_hit ORDER BY a.pmid", [claim_id]).fetchall()


# what a query hit's text does not name, in the words of the reports ("not linked: the text does not name ...")
THERAPY_UNNAMED, CONDITION_UNNAMED, GROUPS_UNNAMED = "the therapy", "the condition", "enough of the compared groups"


def unnamed_concept(relevance: float, therapy_mentions, condition_mentions) -> str | None:
    """What a stored query hit's text does not name, read from its typed columns: the therapy, the condition, or (both
    named, relevance 0 still) enough of a compared-groups concept's groups; None for a hit with any relevance. The one
    reading of it: ``eval_grades.project_states`` reports it, :func:`unnamed_hits` gives ``evidence claims gaps`` the
    hits missing the therapy or the condition."""
    if relevance > 0:
        return None
    if not therapy_mentions:
        return THERAPY_UNNAMED
    return CONDITION_UNNAMED if not condition_mentions else GROUPS_UNNAMED


def unnamed_hits(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[tuple]:
    """The claim's query hits the link stage found no name of the therapy or the condition in (:func:`unnamed_concept`),
    by PMID: (pmid, therapy named, condition named, [(element, span text), ...] of the current P/I/O spans). What
    ``evidence claims gaps`` reads; the records themselves come from ``pipeline.store.load.iter_articles``."""
    rows = [(p, bool(t), bool(c)) for p, rel, t, c in con.execute(
        "SELECT pmid, relevance, therapy_mentions, condition_mentions FROM claim_articles "
        "WHERE claim_id = ? AND query_hit AND relevance <= 0 ORDER BY pmid", [claim_id]).fetchall()
        if unnamed_concept(rel, t, c) in (THERAPY_UNNAMED, CONDITION_UNNAMED)]
    if not rows:
        return []
    spans: dict[int, list[tuple[str, str]]] = {}
    for pmid, element, text in con.execute(
            "SELECT pmid, element, text FROM article_pico WHERE pmid IN (SELECT unnest(?)) ORDER BY pmid, start_char",
            [[r[0] for r in rows]]).fetchall():
        spans.setdefault(pmid, []).append((element, text))
    return [(p, tn, cn, spans.get(p, [])) for p, tn, cn in rows]


def has_query_hits(con: duckdb.DuckDBPyConnection, claim_id: str) -> bool:
    """Whether a link run stored any query hit for the claim."""
    return con.execute("SELECT 1 FROM claim_articles WHERE claim_id = ? AND query_hit LIMIT 1", [claim_id]).fetchone() \
        is not None
