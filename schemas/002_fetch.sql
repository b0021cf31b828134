-- Incremental refresh from E-utilities: a watermark per named query that moves only after the
-- whole window it covers was fetched.
CREATE TABLE IF NOT EXISTS fetch_watermarks (
    query_id     VARCHAR PRIMARY KEY,
    query_hash   VARCHAR NOT NULL,     -- a changed query starts again from scratch
    watermark    VARCHAR NOT NULL,     -- YYYY/MM/DD: records modified on or after it are fetched next time
    last_count   INTEGER,
    updated_at   TIMESTAMP NOT NULL DEFAULT current_timestamp
);
