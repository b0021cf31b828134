-- Local files already loaded, by content: a refresh over unchanged files re-reads nothing.
CREATE TABLE IF NOT EXISTS source_files (
    path        VARCHAR NOT NULL,
    sha256      VARCHAR NOT NULL,
    size_bytes  BIGINT NOT NULL,
    n_records   INTEGER,
    status      VARCHAR NOT NULL,     -- ok | partial
    loaded_at   TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (path, sha256)
);
