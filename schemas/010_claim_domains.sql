-- GRADE's five domains per claim (issue 18), and the risk of bias of each trial behind them, read from
-- its abstract. Written by `evidence grade` (pipeline/grading, pipeline/store/grades.py); a claim's rows
-- are replaced whole at each grading, with no timestamp, so re-grading an unchanged database leaves them
-- identical.
CREATE TABLE IF NOT EXISTS claim_domains (
    claim_id        VARCHAR NOT NULL,
    domain          VARCHAR NOT NULL,   -- risk_of_bias | inconsistency | indirectness | imprecision | publication_bias
    rating          VARCHAR NOT NULL,   -- not_serious | serious | very_serious
    reason          VARCHAR NOT NULL,
    pmids           BIGINT[] NOT NULL,
    rubric_version  VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, domain)
);

-- One row per domain of each study in the body of evidence that set a claim's starting level.
CREATE TABLE IF NOT EXISTS study_risk_of_bias (
    claim_id   VARCHAR NOT NULL,
    pmid       BIGINT NOT NULL,
    domain     VARCHAR NOT NULL,        -- sequence_generation | allocation_concealment | blinding_participants |
                                        -- blinding_assessors | attrition | registration | small_arms | overall
    rating     VARCHAR NOT NULL,        -- low | high | unclear
    sentence   VARCHAR,                 -- the abstract's sentence behind it (NULL when silent)
    reason     VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, pmid, domain)
);
