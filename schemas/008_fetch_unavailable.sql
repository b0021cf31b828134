-- PMIDs that esearch listed for a query but efetch did not return after retries (a withdrawn or
-- deleted record, or one not yet available). Every later run of the query asks for them again; a row
-- is deleted when its record arrives. A PMID missing in one run fails that run (exit 7, no watermark
-- moved); missing in `runs_missing` >= 2 runs it no longer holds the query back (see pipeline/fetch.py).
CREATE TABLE IF NOT EXISTS fetch_unavailable (
    query_id         VARCHAR NOT NULL,
    pmid             BIGINT NOT NULL,
    reason           VARCHAR NOT NULL,
    attempts         INTEGER NOT NULL,   -- efetch requests for it in the last run that missed it
    runs_missing     INTEGER NOT NULL,   -- runs that asked for it and did not get it
    first_missing_at TIMESTAMP NOT NULL,
    last_missing_at  TIMESTAMP NOT NULL,
    last_run_id      VARCHAR,
    PRIMARY KEY (query_id, pmid)
);
