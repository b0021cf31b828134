-- Grade history (issue 19 item 4): one row each time a claim's grade, its seed-versus-evidence flag
-- or the set of studies counted for it changed, with the run that changed it and why. Written by
-- `evidence grade` (pipeline/grading through pipeline/store/history.py) only when something changed,
-- so a refresh with nothing new leaves it untouched. The first grading of a claim writes its baseline
-- row (previous_* NULL, reason first_grade). Append-only.
CREATE TABLE IF NOT EXISTS grade_history (
    history_id                BIGINT PRIMARY KEY,
    claim_id                  VARCHAR NOT NULL,
    run_id                    VARCHAR NOT NULL,    -- the grading run (a Prefect flow run id when the flow graded)
    graded_at                 TIMESTAMP NOT NULL,  -- UTC
    grade                     VARCHAR NOT NULL,
    previous_grade            VARCHAR,             -- NULL on the claim's first row
    seed_vs_evidence          VARCHAR NOT NULL,
    previous_seed_vs_evidence VARCHAR,
    rubric_version            VARCHAR NOT NULL,
    previous_rubric_version   VARCHAR,
    linker_version            VARCHAR,             -- of the claim's links (NULL: never linked)
    previous_linker_version   VARCHAR,
    n_eligible                INTEGER NOT NULL,    -- studies counted for the grade
    eligible_pmids            BIGINT[] NOT NULL,   -- all of them (the next row's added/removed are against this)
    pmids_added               BIGINT[] NOT NULL,   -- counted now, not at the previous row
    pmids_removed             BIGINT[] NOT NULL,   -- counted at the previous row, not now
    decision_ids              BIGINT[] NOT NULL,   -- reviewers' decisions in force on the claim when graded
    reasons                   VARCHAR[] NOT NULL   -- first_grade | new_studies | studies_removed | reviewer_decisions |
                                                   -- rubric_version | linker_version | reading_changed
);

CREATE INDEX IF NOT EXISTS grade_history_claim ON grade_history (claim_id);
