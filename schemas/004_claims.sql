-- The claim catalog (loaded from data/claims.yaml) and claim–article links.

CREATE TABLE IF NOT EXISTS claims (
    claim_id            VARCHAR PRIMARY KEY,
    title               VARCHAR NOT NULL,
    therapy             VARCHAR NOT NULL,
    therapy_synonyms    VARCHAR[],
    condition           VARCHAR NOT NULL,
    condition_synonyms  VARCHAR[],
    seed_quote          VARCHAR,
    seed_start          INTEGER,
    seed_end            INTEGER,
    seed_strength       VARCHAR,           -- asserted | qualified | hedged
    query               VARCHAR NOT NULL,
    topics              VARCHAR[],         -- C01..C47 reference topics it covers
    reference_pmids     BIGINT[],
    notes               VARCHAR,
    loaded_at           TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Every query hit is kept: relevance = 0 with its reason when the text fails the check.
CREATE TABLE IF NOT EXISTS claim_articles (
    claim_id             VARCHAR NOT NULL,
    pmid                 BIGINT NOT NULL,
    relevance            DOUBLE NOT NULL,
    relevance_reasons    JSON,             -- why linked / why not
    therapy_mentions     VARCHAR[],        -- the therapy mentions found (after abbreviation expansion)
    condition_mentions   VARCHAR[],
    direction            VARCHAR NOT NULL, -- supports | no_effect | contradicts | unclear
    direction_sentence   VARCHAR,
    direction_confidence DOUBLE,
    query_hit            BOOLEAN NOT NULL DEFAULT TRUE,
    claim_hash           VARCHAR,          -- claim definition the link was computed for
    content_hash         VARCHAR,          -- article content it was computed from
    linked_at            TIMESTAMP NOT NULL DEFAULT current_timestamp,
    linker_version       VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, pmid)
);

-- The query run for each claim and what it returned (a claim with no hits still shows its query).
CREATE TABLE IF NOT EXISTS claim_queries (
    claim_id   VARCHAR NOT NULL,
    query      VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,           -- 'pubmed' or 'local'
    n_hits     INTEGER NOT NULL,
    run_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (claim_id, source)
);
