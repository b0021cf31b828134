-- The comparator a head-to-head claim names (session 13): "as-needed budesonide-formoterol controls mild asthma as
-- well as daily maintenance therapy" is tested only by findings against daily maintenance, not by a finding against
-- as-needed terbutaline in the same trial. The catalog states it (schemas/claims.schema.json `comparator`); the link
-- stage reads a study's direction only from its findings against it (pipeline/claims/comparison_findings.py). NULL
-- for a claim against no treatment. Written by pipeline/claims/catalog.py through pipeline/store/claims.py.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS comparator VARCHAR;
