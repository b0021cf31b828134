"""Writes of the grading stage: per-study levels, per-claim grades, GRADE domains, trials' risk of bias."""

from __future__ import annotations

import duckdb

from pipeline.store.db import insert_rows

GRADE_COLUMNS = ("grade", "score", "n_articles", "n_human_rct", "n_sr_ma", "n_observational", "n_animal", "n_in_vitro",
                 "n_supports", "n_no_effect", "n_contradicts", "n_unclear", "n_retracted", "seed_vs_evidence",
                 "rationale", "rubric_version")


LEVEL_COLUMNS = ("claim_id", "pmid", "level", "level_label", "tier", "included", "exclusion_reason")
DOMAIN_COLUMNS = ("claim_id", "domain", "rating", "reason", "pmids", "rubric_version")
RISK_COLUMNS = ("claim_id", "pmid", "domain", "rating", "sentence", "reason")
OUTCOME_COLUMNS = ("claim_id", "outcome", "position", "label", "population", "setting", "intervention",
                   "comparison", "n_participants", "n_studies", "n_unstated", "pmids", "effect", "effect_pmids",
                   "certainty", "certainty_symbols", "risk_of_bias", "inconsistency", "indirectness", "imprecision",
                   "publication_bias", "footnotes", "rubric_version", "effect_estimates")


def level_rows(claim_id: str, levels) -> list[tuple]:
    """A claim's evidence_levels rows (LEVEL_COLUMNS order)."""
    return [(claim_id, lv.pmid, lv.level, lv.label, lv.tier, lv.included, lv.exclusion_reason) for lv in levels]


def domain_rows(claim_id: str, domains, rubric_version: str) -> list[tuple]:
    """A claim's claim_domains rows (DOMAIN_COLUMNS order), one per GRADE domain."""
    return [(claim_id, d.domain, d.rating, d.reason, list(d.pmids), rubric_version) for d in domains]


def risk_rows(claim_id: str, risks: dict) -> list[tuple]:
    """The study_risk_of_bias rows (RISK_COLUMNS order) of the trials behind a claim's grade: each
    trial's judgements, then its overall one."""
    out = []
    for pmid in sorted(risks):
        r = risks[pmid]
        out += [(claim_id, pmid, j.domain, j.rating, j.sentence, j.reason) for j in r.judgements]
        out.append((claim_id, pmid, "overall", r.overall, None, f"overall: {r.overall} ({r.n_high} key domains high)"))
    return out


def outcome_rows(claim_id: str, header, rows, rubric_version: str) -> list[tuple]:
    """A claim's Summary of Findings rows (OUTCOME_COLUMNS order: one per outcome group, the header on
    each); ``rows`` are pipeline.grading.outcomes.OutcomeRow."""
    out = []
    for r in rows:
        ratings = [r.ratings.get(d) for d in ("risk_of_bias", "inconsistency", "indirectness", "imprecision",
                                                "publication_bias")]
        out.append((claim_id, r.outcome, r.position, r.label, header.population, header.setting, header.intervention,
                    header.comparison, r.n_participants, r.n_studies, r.n_unstated, list(r.pmids), r.effect,
                    list(r.effect_pmids), r.certainty, r.symbols, *ratings, list(r.footnotes), rubric_version,
                    getattr(r, "effect_estimates", "") or None))
    return out


def replace_rows(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], claim_ids: list[str],
                 rows: list[tuple]) -> None:
    """Replace the rows of ``claim_ids`` in one of the grading tables (evidence_levels, claim_domains,
    study_risk_of_bias, claim_outcomes) by ``rows`` (``columns`` order), with one DELETE and a few
    multi-row INSERTs: the grading stage writes every claim's rows at once."""
    con.execute(f"DELETE FROM {table} WHERE claim_id IN (SELECT unnest(?))", [list(claim_ids)])
    insert_rows(con, table, columns, rows)


def replace_levels(con: duckdb.DuckDBPyConnection, claim_id: str, levels) -> None:
    """A claim's evidence_levels rows, replaced whole."""
    replace_rows(con, "evidence_levels", LEVEL_COLUMNS, [claim_id], level_rows(claim_id, levels))


def current_grade(con: duckdb.DuckDBPyConnection, claim_id: str) -> list | None:
    """The stored grade row in GRADE_COLUMNS order (rationale as text), or None."""
    return _current_grades(con, [claim_id]).get(claim_id)


def current_grades(con: duckdb.DuckDBPyConnection) -> dict[str, list]:
    """Every claim's stored grade row (GRADE_COLUMNS order, rationale as text), by claim id."""
    return _current_grades(con, None)


def _current_grades(con: duckdb.DuckDBPyConnection, claim_ids: list[str] | None) -> dict[str, list]:
    cols = ", ".join("CAST(rationale AS VARCHAR)" if c == "rationale" else c for c in GRADE_COLUMNS)
    where, params = ("WHERE claim_id IN (SELECT unnest(?))", [claim_ids]) if claim_ids is not None else ("", [])
    return {r[0]: list(r[1:]) for r in con.execute(f"SELECT claim_id, {cols} FROM claim_grades {where}", params).fetchall()}


def replace_grade(con: duckdb.DuckDBPyConnection, claim_id: str, row: list) -> None:
    """Write a claim's grade row (values in GRADE_COLUMNS order); graded_at is set now."""
    replace_grades(con, [(claim_id, row)])


def replace_grades(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, list]]) -> None:
    """Write claims' grade rows (``(claim_id, values in GRADE_COLUMNS order)``, in this order);
    graded_at is set now."""
    if not rows:
        return
    con.execute("DELETE FROM claim_grades WHERE claim_id IN (SELECT unnest(?))", [[c for c, _ in rows]])
    insert_rows(con, "claim_grades", ("claim_id", *GRADE_COLUMNS), [(c, *row) for c, row in rows])


def replace_domains(con: duckdb.DuckDBPyConnection, claim_id: str, domains, rubric_version: str) -> None:
    """A claim's claim_domains rows (one per GRADE domain), replaced whole."""
    replace_rows(con, "claim_domains", DOMAIN_COLUMNS, [claim_id], domain_rows(claim_id, domains, rubric_version))


def replace_study_risks(con: duckdb.DuckDBPyConnection, claim_id: str, risks: dict) -> None:
    """The risk-of-bias judgements of the trials behind a claim's grade, replaced whole."""
    replace_rows(con, "study_risk_of_bias", RISK_COLUMNS, [claim_id], risk_rows(claim_id, risks))


def replace_outcomes(con: duckdb.DuckDBPyConnection, claim_id: str, header, rows, rubric_version: str) -> None:
    """A claim's Summary of Findings (claim_outcomes: one row per outcome group, the header on each),
    replaced whole; ``rows`` are pipeline.grading.outcomes.OutcomeRow."""
    replace_rows(con, "claim_outcomes", OUTCOME_COLUMNS, [claim_id], outcome_rows(claim_id, header, rows, rubric_version))


def drop_orphans(con: duckdb.DuckDBPyConnection) -> None:
    """Grades of claims no longer in the catalog."""
    for table in ("claim_grades", "claim_domains", "study_risk_of_bias", "claim_outcomes"):
        con.execute(f"DELETE FROM {table} WHERE claim_id NOT IN (SELECT claim_id FROM claims)")
