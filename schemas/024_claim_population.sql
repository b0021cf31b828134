-- Who a claim is about when it is not people (session 22): "prophylactic omeprazole prevents gastrointestinal
-- complications in dogs" is tested directly by a trial in dogs, and only indirectly by one in people or in rats.
-- The catalog states it (schemas/claims.schema.json `population`: animal species, keys of data/lexicons/species.yaml);
-- the grader reads it (pipeline/grading/rubric.py: a study in the claim's population is graded by its design, one
-- outside it is indirect). NULL for a claim about people. Written by pipeline/claims/catalog.py through
-- pipeline/store/claims.py.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS population VARCHAR[];
