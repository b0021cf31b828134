-- Which process started a run, so a later writer can tell a run whose process was killed (left
-- "running" forever) from one in progress, and mark it "interrupted".
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS pid INTEGER;
ALTER TABLE ingest_runs ADD COLUMN IF NOT EXISTS process_token VARCHAR;
