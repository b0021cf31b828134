-- Abbreviations each article defines ("bone marrow aspirate concentrate (BMAC)"), read once by the
-- extract stage (pipeline/nlp/abbreviations.py) and stored with its extraction, keyed by the same
-- (pmid, extractor_version): the linker reads them back instead of running spaCy for every article
-- of every link run. One row per extraction, even when the article defines none (an empty list):
-- a missing row means "not read at this version", and the linker then reads the text itself.
-- Pairs keep the order the abstract defines them in. Writes go through pipeline/store/abbreviations.py.

CREATE TABLE IF NOT EXISTS article_abbreviations (
    pmid               BIGINT NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    abbreviations      STRUCT(short_form VARCHAR, long_form VARCHAR)[] NOT NULL,
    PRIMARY KEY (pmid, extractor_version)
);

-- The abbreviations of each article's current extraction (the one article_evidence shows, which is
-- of the article's current content).
CREATE OR REPLACE VIEW article_abbreviations_current AS
SELECT ab.pmid, ab.abbreviations, ab.extractor_version
FROM article_abbreviations ab
JOIN article_evidence e ON e.pmid = ab.pmid AND e.extractor_version = ab.extractor_version;
