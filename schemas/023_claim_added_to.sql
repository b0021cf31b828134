-- The treatment an add-on claim adds its therapy to (session 19): "adding bone marrow aspirate concentrate to an
-- osteochondral allograft improves how the graft integrates" is tested only by studies that give an osteochondral
-- allograft; a study of marrow concentrate with a scaffold tests another claim. The catalog states it
-- (schemas/claims.schema.json `added_to`); the link stage excludes a study that never names it
-- (pipeline/claims/eligibility.py, therapy_not_tested). NULL for a claim of the therapy on its own. Written by
-- pipeline/claims/catalog.py through pipeline/store/claims.py.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS added_to VARCHAR;
