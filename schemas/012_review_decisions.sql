-- Reviewers' decisions on the machine's reading of a linked study (issue 19, item 1).
-- Append-only: a decision is never updated or deleted; a later decision on the same
-- (claim_id, pmid, field) supersedes it, and a withdrawal is a row of its own whose `withdraws`
-- names the decision it takes back (value NULL). Keyed by claim and PMID, not by link rows, so
-- decisions survive re-extraction and re-linking. Writes go through pipeline/store/reviews.py,
-- which validates fields and values.

CREATE TABLE IF NOT EXISTS review_decisions (
    decision_id  BIGINT PRIMARY KEY,
    claim_id     VARCHAR NOT NULL,
    pmid         BIGINT NOT NULL,
    field        VARCHAR NOT NULL,    -- eligibility | direction
    value        VARCHAR,             -- eligibility: eligible or an exclusion reason; direction: supports |
                                      -- no_effect | contradicts | unclear; NULL on a withdrawal
    reviewer     VARCHAR NOT NULL,
    note         VARCHAR NOT NULL,
    decided_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    withdraws    BIGINT               -- the decision this row withdraws (NULL: a decision)
);

-- The decision in force per (claim_id, pmid, field): the latest decision that no withdrawal names.
-- Withdrawing the latest one puts the one before it (if any, and not withdrawn) back in force.
CREATE OR REPLACE VIEW review_decisions_in_force AS
SELECT decision_id, claim_id, pmid, field, value, reviewer, note, decided_at
FROM (
    SELECT d.*, row_number() OVER (PARTITION BY d.claim_id, d.pmid, d.field
                                   ORDER BY d.decided_at DESC, d.decision_id DESC) AS rank_
    FROM review_decisions d
    WHERE d.withdraws IS NULL
      AND d.decision_id NOT IN (SELECT w.withdraws FROM review_decisions w WHERE w.withdraws IS NOT NULL)
) ranked
WHERE rank_ = 1;
