"""Writes of the grading stage: per-study levels, per-claim grades, GRADE domains, trials' risk of bias."""

from __future__ import annotations

import duckdb

GRADE_COLUMNS = ("grade", "score", "n_articles", "n_human_rct", "n_sr_ma", "n_observational", "n_animal", "n_in_vitro",
                 "n_supports", "n_no_effect", "n_contradicts", "n_unclear", "n_retracted", "seed_vs_evidence",
                 "rationale", "rubric_version")


def replace_levels(con: duckdb.DuckDBPyConnection, claim_id: str, levels) -> None:
    """A claim's evidence_levels rows, replaced whole."""
    con.execute("DELETE FROM evidence_levels WHERE claim_id = ?", [claim_id])
    for lv in levels:
        con.execute("INSERT INTO evidence_levels VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [claim_id, lv.pmid, lv.level, lv.label, lv.tier, lv.included, lv.exclusion_reason])


def current_grade(con: duckdb.DuckDBPyConnection, claim_id: str) -> list | None:
    """The stored grade row in GRADE_COLUMNS order (rationale as text), or None."""
    cols = ", ".join("CAST(rationale AS VARCHAR)" if c == "rationale" else c for c in GRADE_COLUMNS)
    row = con.execute(f"SELECT {cols} FROM claim_grades WHERE claim_id = ?", [claim_id]).fetchone()
    return list(row) if row is not None else None


def replace_grade(con: duckdb.DuckDBPyConnection, claim_id: str, row: list) -> None:
    """Write a claim's grade row (values in GRADE_COLUMNS order); graded_at is set now."""
    con.execute("DELETE FROM claim_grades WHERE claim_id = ?", [claim_id])
    con.execute(f"INSERT INTO claim_grades (claim_id, {', '.join(GRADE_COLUMNS)}) "
                f"VALUES (?, {', '.join('?' for _ in GRADE_COLUMNS)})", [claim_id, *row])


def replace_domains(con: duckdb.DuckDBPyConnection, claim_id: str, domains, rubric_version: str) -> None:
    """A claim's claim_domains rows (one per GRADE domain), replaced whole."""
    con.execute("DELETE FROM claim_domains WHERE claim_id = ?", [claim_id])
    for d in domains:
        con.execute("INSERT INTO claim_domains VALUES (?, ?, ?, ?, ?, ?)",
                    [claim_id, d.domain, d.rating, d.reason, list(d.pmids), rubric_version])


def replace_study_risks(con: duckdb.DuckDBPyConnection, claim_id: str, risks: dict) -> None:
    """The risk-of-bias judgements of the trials behind a claim's grade, replaced whole."""
    con.execute("DELETE FROM study_risk_of_bias WHERE claim_id = ?", [claim_id])
    for pmid in sorted(risks):
        r = risks[pmid]
        for j in r.judgements:
            con.execute("INSERT INTO study_risk_of_bias VALUES (?, ?, ?, ?, ?, ?)",
                        [claim_id, pmid, j.domain, j.rating, j.sentence, j.reason])
        con.execute("INSERT INTO study_risk_of_bias VALUES (?, ?, 'overall', ?, NULL, ?)",
                    [claim_id, pmid, r.overall, f"overall: {r.overall} ({r.n_high} key domains high)"])


def replace_outcomes(con: duckdb.DuckDBPyConnection, claim_id: str, header, rows, rubric_version: str) -> None:
    """A claim's Summary of Findings (claim_outcomes: one row per outcome group, the header on each),
    replaced whole; ``rows`` are pipeline.grading.outcomes.OutcomeRow."""
    con.execute("DELETE FROM claim_outcomes WHERE claim_id = ?", [claim_id])
    for r in rows:
        ratings = [r.ratings.get(d) for d in ("risk_of_bias", "inconsistency", "indirectness", "imprecision",
                                                "publication_bias")]
        con.execute("INSERT INTO claim_outcomes (claim_id, outcome, position, label, population, setting, intervention, "
                    "comparison, n_participants, n_studies, n_unstated, pmids, effect, effect_pmids, certainty, "
                    "certainty_symbols, risk_of_bias, inconsistency, indirectness, imprecision, publication_bias, "
                    "footnotes, rubric_version, effect_estimates) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [claim_id, r.outcome, r.position, r.label, header.population, header.setting, header.intervention,
                     header.comparison, r.n_participants, r.n_studies, r.n_unstated, list(r.pmids), r.effect,
                     list(r.effect_pmids), r.certainty, r.symbols, *ratings, list(r.footnotes), rubric_version,
                     getattr(r, "effect_estimates", "") or None])


def drop_orphans(con: duckdb.DuckDBPyConnection) -> None:
    """Grades of claims no longer in the catalog."""
    for table in ("claim_grades", "claim_domains", "study_risk_of_bias", "claim_outcomes"):
        con.execute(f"DELETE FROM {table} WHERE claim_id NOT IN (SELECT claim_id FROM claims)")
