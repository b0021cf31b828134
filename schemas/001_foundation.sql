-- Foundation: raw records become one row per PMID in `articles`.
-- List columns (publication_types, mesh_terms, ...) keep queries simple (`list_contains`);
-- the full MeSH detail (major flag, qualifiers) is kept as JSON and unnested by view `article_mesh`.

CREATE TABLE IF NOT EXISTS articles (
    pmid                 BIGINT PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 1,
    title                VARCHAR NOT NULL DEFAULT '',
    abstract             VARCHAR NOT NULL DEFAULT '',
    abstract_sections    JSON,          -- [{label, nlm_category, text}]
    journal              VARCHAR,
    year                 INTEGER,
    pub_date             VARCHAR,       -- '2018', '2018-05' or '2018-05-17'
    languages            VARCHAR[],
    publication_types    VARCHAR[],     -- case-normalised ("Randomized Controlled Trial")
    mesh_terms           VARCHAR[],     -- descriptor names
    mesh_major           VARCHAR[],     -- descriptors flagged major topic (descriptor or qualifier)
    mesh                 JSON,          -- [{descriptor, ui, major, qualifiers:[{name, ui, major}]}]
    keywords             VARCHAR[],
    chemicals            VARCHAR[],
    doi                  VARCHAR,
    pmc                  VARCHAR,
    citation_status      VARCHAR,
    comments_corrections JSON,          -- [{ref_type, pmid, ref_source}]
    is_retracted         BOOLEAN NOT NULL DEFAULT FALSE,
    date_revised         VARCHAR,
    entry_date           VARCHAR,       -- EDAT: when the record entered PubMed
    source_format        VARCHAR NOT NULL,
    source_file          VARCHAR,
    content_hash         VARCHAR NOT NULL,
    updated_at           TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- DeleteCitation tombstones: a deleted PMID is not resurrected by re-ingesting an older file.
CREATE TABLE IF NOT EXISTS deleted_citations (
    pmid        BIGINT PRIMARY KEY,
    source_file VARCHAR,
    deleted_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id        VARCHAR PRIMARY KEY,
    command       VARCHAR NOT NULL,      -- ingest | fetch | run | ...
    source        VARCHAR,               -- file path or query id
    started_at    TIMESTAMP NOT NULL,
    finished_at   TIMESTAMP,
    status        VARCHAR NOT NULL,      -- running | ok | partial | failed
    n_read        INTEGER DEFAULT 0,
    n_inserted    INTEGER DEFAULT 0,
    n_updated     INTEGER DEFAULT 0,
    n_unchanged   INTEGER DEFAULT 0,
    n_deleted     INTEGER DEFAULT 0,
    n_quarantined INTEGER DEFAULT 0,
    message       VARCHAR
);

-- One row per rejected record; (source, position, reason) makes re-runs idempotent.
CREATE TABLE IF NOT EXISTS quarantine (
    source         VARCHAR NOT NULL,
    position       VARCHAR NOT NULL,
    reason         VARCHAR NOT NULL,
    snippet        VARCHAR,
    run_id         VARCHAR,
    quarantined_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (source, position, reason)
);

CREATE OR REPLACE VIEW article_mesh AS
SELECT a.pmid,
       m ->> 'descriptor'             AS descriptor,
       m ->> 'ui'                     AS descriptor_ui,
       CAST(m ->> 'major' AS BOOLEAN) AS is_major,
       m -> 'qualifiers'              AS qualifiers
FROM articles a, unnest(CAST(a.mesh AS JSON[])) AS t(m);

CREATE OR REPLACE VIEW article_publication_types AS
SELECT pmid, unnest(publication_types) AS publication_type FROM articles;
