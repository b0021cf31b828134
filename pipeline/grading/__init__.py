"""Grades per claim: read linked studies, apply the rubric, write claim_grades, evidence_levels,
claim_domains, study_risk_of_bias and the Summary of Findings, claim_outcomes (through
pipeline/store/grades.py)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace

import duckdb

from pipeline.faults import crash_point
from pipeline.models import GradeLevel
from pipeline.store import grades as grades_store
from pipeline.store import history as history_store
from pipeline.store import reviews as reviews_store
from pipeline.store.db import transaction
from pipeline.grading.outcomes import header as sof_header, summary_of_findings
from pipeline.grading.rubric import Study, config, grade_claim, seed_vs_evidence

log = logging.getLogger(__name__)
# Notices, not studies: by PublicationType, or by title where a source has none (OpenAlex).
# "Correction of a Class II malocclusion" is a study; "Correction to: …" is a notice.
NOTICE_TYPES = ["Published Erratum", "Retraction of Publication", "Expression of Concern"]
NOTICE_TITLE = r"^(?:correction|erratum|corrigendum)\s*(?:to|for)?\s*:|^retraction (?:notice|note|of\b)|^expression of concern"


@dataclass
class GradeReport:
    claims: int = 0
    changed: int = 0
    with_evidence: int = 0
    rubric_version: str = ""


_STUDY_SQL = (
    "SELECT ca.claim_id, ca.pmid, ae.design, coalesce(ae.is_human, FALSE), coalesce(ae.is_animal, FALSE), "
    "coalesce(ae.is_in_vitro, FALSE), ae.sample_size, ca.direction, a.is_retracted, a.year, "
    "coalesce(ca.condition_direct, FALSE), "
    "list_has_any(coalesce(a.publication_types, []), ?) OR regexp_matches(coalesce(a.title, ''), ?, 'i'), "
    "a.title, a.abstract, coalesce(a.publication_types, []), "
    "ca.direction_not_about, ca.direction_not_about_kind, "
    "ca.eligibility, ca.exclusion_reason, ca.eligibility_why, coalesce(ca.indirectness, []), coalesce(ae.species, []) "
    "FROM claim_articles ca JOIN articles a ON a.pmid = ca.pmid "
    "LEFT JOIN article_evidence ae ON ae.pmid = ca.pmid "
    # a hit below the threshold that a reviewer decided eligible is graded too: a study the catalog's names missed
    # (`evidence claims gaps`) is brought in by the reviewer, who outranks the linker (migration 026)
    "WHERE (ca.relevance >= ? OR EXISTS (SELECT 1 FROM review_decisions_in_force d WHERE d.claim_id = ca.claim_id "
    "AND d.pmid = ca.pmid AND d.field = 'eligibility' AND d.value = 'eligible')) {claims} ORDER BY ca.claim_id, ca.pmid")


def _studies(con: duckdb.DuckDBPyConnection, claim_id: str, threshold: float) -> list[Study]:
    """The studies linked to one claim at ``threshold``, as its reviewers decided them."""
    return _studies_of(con, threshold, [claim_id]).get(claim_id, [])


def _studies_of(con: duckdb.DuckDBPyConnection, threshold: float,
                claim_ids: list[str] | None = None) -> dict[str, list[Study]]:
    """claim → its linked studies (by PMID) at ``threshold`` and the hits below it a reviewer decided eligible, as its
    reviewers decided them, for
    ``claim_ids`` (every claim when None): two queries for all of them."""
    claims, params = ("AND ca.claim_id IN (SELECT unnest(?))", [list(claim_ids)]) if claim_ids is not None else ("", [])
    rows = con.execute(_STUDY_SQL.format(claims=claims), [NOTICE_TYPES, NOTICE_TITLE, threshold, *params]).fetchall()
    decided = reviews_store.in_force_all(con, claim_ids)
    out: dict[str, list[Study]] = {}
    for claim_id, *r in rows:
        # condition_direct (r[9]), direction_not_about (r[14]) and its kind (r[15]): the linker's columns
        # (migrations 020, 025)
        study = Study(*r[:11], title=r[11], abstract=r[12], publication_types=tuple(r[13]), not_about=r[14],
                      not_about_kind=r[15], eligibility=r[16], exclusion_reason=r[17], eligibility_why=r[18],
                      indirectness=tuple(r[19]), species=tuple(r[20]))
        out.setdefault(claim_id, []).append(_with_decisions(study, decided.get(claim_id, {}).get(study.pmid, {})))
    return out


def _with_decisions(study: Study, decided: dict) -> Study:
    """The study as a reviewer decided it: their eligibility (with who, when and why) and their direction
    replace the machine's reading. Decisions are keyed by claim and PMID, so they outlive the link rows."""
    if not decided:
        return study
    eligibility, direction = decided.get("eligibility"), decided.get("direction")
    return replace(study,
                   direction=direction.value if direction else study.direction,
                   reviewed_eligibility=eligibility.value if eligibility else None,
                   review_mark=eligibility.mark if eligibility else None,
                   reviewed_fields=tuple(sorted(decided)))


def grade_all(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> GradeReport:
    """Grade every claim in the `claims` table. Rows whose content did not change are left as they
    were (graded_at included), so re-grading an unchanged database changes nothing. A grade, flag or
    set of counted studies that changed is kept in ``grade_history`` under ``run_id`` (the Prefect
    flow run's id; a new id when None)."""
    run_id = run_id or history_store.new_run_id()
    cfg = config()
    version = cfg["rubric_version"]
    report = GradeReport(rubric_version=version)
    claims = con.execute("SELECT claim_id, seed_strength, condition, therapy, coalesce(therapy_synonyms, []), "
                         "coalesce(kind, 'effect'), coalesce(population, []) FROM claims ORDER BY claim_id").fetchall()
    live = {r[0] for r in con.execute("SELECT DISTINCT claim_id FROM claim_queries WHERE source = 'pubmed'").fetchall()}
    with transaction(con):
        grades_store.drop_orphans(con)
        # every claim's studies and stored grade read at once, every table written at once (a few
        # statements for the whole stage, not some twenty per claim); rows keep the claims' order
        studies = _studies_of(con, cfg["link_threshold"])
        stored = grades_store.current_grades(con)
        ids = [c[0] for c in claims]
        levels, domains, risks, outcomes, history, changed = [], [], [], [], [], []
        for claim_id, strength, condition, therapy, synonyms, kind, population in claims:
            g = grade_claim(studies.get(claim_id, []), condition, (therapy, *synonyms), kind, tuple(population))
            rationale = json.dumps([asdict(s) for s in g.steps], ensure_ascii=False)
            row = [g.grade, g.score, *(g.counts[k] for k in (
                "n_articles", "n_human_rct", "n_sr_ma", "n_observational", "n_animal", "n_in_vitro",
                "n_supports", "n_no_effect", "n_contradicts", "n_unclear", "n_retracted")),
                seed_vs_evidence(strength or "asserted", g.grade, claim_id in live, g.certainty_against), rationale, version]
            old = stored.get(claim_id)
            report.claims += 1
            report.with_evidence += g.grade != GradeLevel.NO_EVIDENCE
            levels += grades_store.level_rows(claim_id, g.levels)
            domains += grades_store.domain_rows(claim_id, [*g.domains, *g.upgrades], version)
            risks += grades_store.risk_rows(claim_id, g.risks)
            outcomes += grades_store.outcome_rows(claim_id, sof_header(therapy, condition, g) if g.body else None,
                                                  summary_of_findings(g), version)
            flag = row[grades_store.GRADE_COLUMNS.index("seed_vs_evidence")]
            history.append((claim_id, g.grade, flag, [lv.pmid for lv in g.levels if lv.included]))
            crash_point("grade")  # mid-transaction: nothing of this grading run may survive
            if old is not None and old == row:
                continue
            report.changed += 1
            changed.append((claim_id, row))
        grades_store.replace_rows(con, "evidence_levels", grades_store.LEVEL_COLUMNS, ids, levels)
        grades_store.replace_rows(con, "claim_domains", grades_store.DOMAIN_COLUMNS, ids, domains)
        grades_store.replace_rows(con, "study_risk_of_bias", grades_store.RISK_COLUMNS, ids, risks)
        grades_store.replace_rows(con, "claim_outcomes", grades_store.OUTCOME_COLUMNS, ids, outcomes)
        history_store.record_grades(con, run_id, history, version)  # before claim_grades: it reads the old rows
        grades_store.replace_grades(con, changed)
    log.info("grade: %d claims graded (%d with evidence), %d changed, rubric %s",
             report.claims, report.with_evidence, report.changed, version)
    return report
