-- What a reviewer's decision was made against (issue 19 item 1): the claim's definition (its
-- claim_hash, pipeline/claims/catalog.py, as its links were computed for it) and the article's
-- content_hash at decision time. A decision in force whose claim or article changed since needs a
-- second look: it stays in force (never silently dropped) and `evidence review list`, the claim page
-- and `evidence status` show it. Decisions from before this migration have no context (NULL) and are
-- never flagged. Withdrawals carry none.
ALTER TABLE review_decisions ADD COLUMN IF NOT EXISTS claim_hash VARCHAR;
ALTER TABLE review_decisions ADD COLUMN IF NOT EXISTS content_hash VARCHAR;
-- The machine's reading the decision was made over (issue 19 item 3, disagreement as a measurement):
-- direction as the linker read it; eligibility as grading last judged it ('eligible' or the typed
-- exclusion reason), NULL when the study was not graded for the claim. Decisions from before this
-- migration get the linker's direction as it is now, and no eligibility reading.
ALTER TABLE review_decisions ADD COLUMN IF NOT EXISTS machine_value VARCHAR;
UPDATE review_decisions SET machine_value = (
    SELECT ca.direction FROM claim_articles ca
    WHERE ca.claim_id = review_decisions.claim_id AND ca.pmid = review_decisions.pmid)
WHERE field = 'direction' AND withdraws IS NULL;

-- The decision in force per (claim_id, pmid, field), as in migration 012, with its context and
-- whether it needs a second look (the columns after decided_at are new; the first eight unchanged).
CREATE OR REPLACE VIEW review_decisions_in_force AS
WITH ranked AS (
    SELECT d.*, row_number() OVER (PARTITION BY d.claim_id, d.pmid, d.field
                                   ORDER BY d.decided_at DESC, d.decision_id DESC) AS rank_
    FROM review_decisions d
    WHERE d.withdraws IS NULL
      AND d.decision_id NOT IN (SELECT w.withdraws FROM review_decisions w WHERE w.withdraws IS NOT NULL)
), now_ AS (
    SELECT r.*,
           coalesce((SELECT first(ca.claim_hash) FROM claim_articles ca WHERE ca.claim_id = r.claim_id AND ca.pmid = r.pmid),
                    (SELECT max(ls.claim_hash) FROM link_state ls WHERE ls.claim_id = r.claim_id)) AS claim_hash_now,
           (SELECT first(a.content_hash) FROM articles a WHERE a.pmid = r.pmid) AS content_hash_now
    FROM ranked r WHERE r.rank_ = 1
)
SELECT decision_id, claim_id, pmid, field, value, reviewer, note, decided_at, machine_value,
       claim_hash AS decided_claim_hash, content_hash AS decided_content_hash, claim_hash_now, content_hash_now,
       coalesce(claim_hash <> claim_hash_now, FALSE) AS claim_changed,
       coalesce(content_hash <> content_hash_now, FALSE) AS article_changed,
       coalesce(claim_hash <> claim_hash_now, FALSE) OR coalesce(content_hash <> content_hash_now, FALSE) AS needs_second_look
FROM now_;

-- How often reviewers overturned each kind of machine judgement, per claim and field: of the
-- decisions in force whose machine reading is known, how many differ from it.
CREATE OR REPLACE VIEW review_overturns AS
SELECT claim_id, field,
       count(*) AS decisions,
       count(machine_value) AS compared,
       count(*) FILTER (WHERE machine_value IS NOT NULL AND value <> machine_value) AS overturned,
       count(*) FILTER (WHERE machine_value IS NOT NULL AND value = machine_value) AS confirmed,
       CASE WHEN count(machine_value) > 0
            THEN round(count(*) FILTER (WHERE machine_value IS NOT NULL AND value <> machine_value)
                       / count(machine_value), 3) END AS share_overturned
FROM review_decisions_in_force
GROUP BY claim_id, field;
