-- Who got what, and which studies test a claim (issue 17, items 2 and 4).
-- study_arms and study_comparisons are read from the abstract (pipeline/nlp/arms.py) by the link stage
-- and written through pipeline/store/arms.py; the link row carries the eligibility decision
-- (pipeline/claims/eligibility.py) as typed columns. relevance_reasons stays as it was.

CREATE TABLE IF NOT EXISTS study_arms (
    pmid        BIGINT NOT NULL,
    arm_index   INTEGER NOT NULL,
    label       VARCHAR NOT NULL,
    received    VARCHAR,              -- what the arm received, as the abstract says it
    n           INTEGER,              -- participants (or knees, animals) where stated
    is_control  BOOLEAN NOT NULL,     -- named by control words (placebo, saline, alone, untreated …)
    sentence    VARCHAR,
    PRIMARY KEY (pmid, arm_index)
);

-- one row per comparison a study reports, per claim it is linked to (the finding is read for the claim)
CREATE TABLE IF NOT EXISTS study_comparisons (
    claim_id        VARCHAR NOT NULL,
    pmid            BIGINT NOT NULL,
    comparison_index INTEGER NOT NULL,
    intervention    VARCHAR NOT NULL,
    comparator      VARCHAR NOT NULL,
    outcome         VARCHAR,
    finding         VARCHAR NOT NULL,  -- supports | no_effect | contradicts | unclear (until a per-comparison reader)
    finding_source  VARCHAR,           -- which reader gave the finding (direction_rules today)
    sentence        VARCHAR,
    PRIMARY KEY (claim_id, pmid, comparison_index)
);

ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS eligibility VARCHAR;           -- eligible | excluded (NULL: not linked)
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS exclusion_reason VARCHAR;      -- therapy_not_tested | cointervention_only | other_condition | no_findings | mechanism_not_measured
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS indirectness VARCHAR[];        -- add_on_to_surgery | concentrate | animal | in_vitro | other_population
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS eligibility_evidence VARCHAR;  -- the sentence behind the decision
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS eligibility_why VARCHAR;       -- one line for the reviewer
