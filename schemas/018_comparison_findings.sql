-- Per-comparison findings on study_comparisons (issue 17 item 3; item 4's "direction from findings").
-- The per-comparison reader (pipeline/nlp/findings.py read_finding) gives each comparison a typed
-- label — how the intervention's outcome compared with the comparator's — with its confidence, and the
-- effect estimate the finding sentence states (pipeline/nlp/effects.py). `finding` stays the
-- claim-relative result (supports | no_effect | contradicts | unclear), now computed from
-- finding_label, the outcome's polarity (data/lexicons/outcome_polarity.yaml) and the claim's polarity
-- and kind (pipeline/claims/comparison_findings.py); finding_source names the reader that decided it
-- ('findings_reader', or 'direction_rules' where the per-comparison reader gave no answer).
-- Written through pipeline/store/arms.py.
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS finding_label VARCHAR;       -- increased | decreased | no_difference | unclear
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS finding_confidence DOUBLE;   -- the classifier's probability of the label (0: no sentence names the outcome)
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS outcome_source VARCHAR;      -- o_span (a stored P/I/O "O" span) | claim (the claim's condition) | NULL
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS effect_measure VARCHAR;      -- MD | SMD | WMD | OR | RR | HR | aOR … | events | percent | estimate (as effects.py names it)
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS effect_estimate DOUBLE;
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS ci_low DOUBLE;               -- 95% CI as stated
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS ci_high DOUBLE;
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS p_value DOUBLE;
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS p_relation VARCHAR;          -- '<' | '=' | '>'
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS events VARCHAR;              -- "12/40 vs 5/38" where counts are stated
ALTER TABLE study_comparisons ADD COLUMN IF NOT EXISTS effect_text VARCHAR;         -- the estimate's words as the abstract writes them

-- Summary of Findings: the effect estimates the abstracts state for the outcome group, one per study
-- with its PMID ("PMID 123: MD -1.2 (95% CI -2.0 to -0.4)"), beside the quoted sentences of `effect`.
ALTER TABLE claim_outcomes ADD COLUMN IF NOT EXISTS effect_estimates VARCHAR;
