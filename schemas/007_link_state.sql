-- What each claim was last linked against, so a refresh with no new or revised article and an
-- unchanged claim skips linking altogether.
CREATE TABLE IF NOT EXISTS link_state (
    claim_id         VARCHAR NOT NULL,
    source           VARCHAR NOT NULL,
    claim_hash       VARCHAR NOT NULL,
    articles_state   VARCHAR NOT NULL,
    linker_version   VARCHAR NOT NULL,
    PRIMARY KEY (claim_id, source)
);
