-- Summary of Findings per claim (issue 18 item 4), in the Cochrane/GRADEpro convention: one row per
-- important outcome group (pain, function, structure, adverse_events) over the body of evidence that
-- set the claim's grade. The header (population, setting, intervention, comparison) is the same on
-- every row of a claim. Written by `evidence grade` (pipeline/grading/outcomes.py through
-- pipeline/store/grades.py); a claim's rows are replaced whole, with no timestamp, so re-grading an
-- unchanged database leaves them identical. Claims with No evidence have no rows.
CREATE TABLE IF NOT EXISTS claim_outcomes (
    claim_id          VARCHAR NOT NULL,
    outcome           VARCHAR NOT NULL,   -- pain | function | structure | adverse_events
    position          INTEGER NOT NULL,   -- display order (1 … 4)
    label             VARCHAR NOT NULL,   -- Pain | Function | Structure / imaging | Adverse events
    population        VARCHAR NOT NULL,
    setting           VARCHAR NOT NULL,
    intervention      VARCHAR NOT NULL,
    comparison        VARCHAR NOT NULL,
    n_participants    INTEGER NOT NULL,   -- sum of the stated N of the studies reporting the outcome
    n_studies         INTEGER NOT NULL,
    n_unstated        INTEGER NOT NULL,   -- of those, studies whose abstract states no N
    pmids             BIGINT[] NOT NULL,  -- the studies reporting the outcome
    effect            VARCHAR NOT NULL,   -- the abstracts' stated effect, or 'not estimable from the abstracts'
    effect_pmids      BIGINT[] NOT NULL,
    certainty         VARCHAR NOT NULL,   -- High | Moderate | Low | Very low | No evidence (never above the claim's)
    certainty_symbols VARCHAR NOT NULL,   -- ⊕⊕⊕⊕ … ⊕◯◯◯, — when no study reports the outcome
    risk_of_bias      VARCHAR,            -- the five domains as rated for this outcome: not_serious | serious |
    inconsistency     VARCHAR,            -- very_serious (NULL when no study reports it)
    indirectness      VARCHAR,
    imprecision       VARCHAR,
    publication_bias  VARCHAR,
    footnotes         VARCHAR[] NOT NULL, -- one per downgrade: domain, rating, levels, reason, PMIDs
    rubric_version    VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, outcome)
);
