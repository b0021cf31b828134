-- The claim's kind (issue 17 item 4): 'effect' (the therapy improves the condition) or 'equivalence'
-- (the therapy is as good as its comparator: "accelerated rehabilitation is as safe and effective as
-- traditional rehabilitation"). The catalog has stated it since session 8 (schemas/claims.schema.json);
-- the grader now reads it from here: for an equivalence claim the supporting findings are findings of no
-- difference, which are not what publication bias hides, so a body of small such trials is no sign of it.
-- Written by pipeline/claims/catalog.py through pipeline/store/claims.py; rows loaded before this
-- migration are effect claims until the next catalog load rewrites them.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'effect';
