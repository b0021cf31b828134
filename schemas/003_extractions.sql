-- Extractions: what the NLP stage read out of each article, per extractor version.
-- `content_hash` is the article content it was computed from: a revised record no longer matches
-- and is re-extracted.

CREATE TABLE IF NOT EXISTS extractions (
    pmid                  BIGINT NOT NULL,
    extractor_version     VARCHAR NOT NULL,
    content_hash          VARCHAR NOT NULL,
    design                VARCHAR NOT NULL,   -- vocabulary in CONTRACT.md
    design_confidence     DOUBLE,
    design_reason         VARCHAR,            -- cue or metadata that decided it
    is_rct                BOOLEAN NOT NULL,   -- randomised trial in humans
    is_systematic_review  BOOLEAN NOT NULL,
    is_meta_analysis      BOOLEAN NOT NULL,
    is_protocol           BOOLEAN NOT NULL,
    is_human              BOOLEAN NOT NULL,
    is_animal             BOOLEAN NOT NULL,
    is_rodent             BOOLEAN NOT NULL,
    is_in_vitro           BOOLEAN NOT NULL,
    is_child              BOOLEAN,            -- NULL when the text does not tell
    species               VARCHAR[],
    sample_size           INTEGER,            -- NULL when the abstract does not say
    sample_size_sentence  VARCHAR,
    entities              JSON,               -- [{text, label, start, end, long_form, concept}]
    used_metadata         BOOLEAN NOT NULL DEFAULT TRUE,
    extracted_at          TIMESTAMP NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (pmid, extractor_version)
);

-- The newest extraction that matches the article's current content.
CREATE OR REPLACE VIEW article_evidence AS
SELECT e.pmid, e.design, e.is_rct, e.is_systematic_review, e.is_meta_analysis, e.is_protocol,
       e.is_human, e.is_animal, e.is_rodent, e.is_in_vitro, e.is_child, e.species,
       e.sample_size, e.sample_size_sentence, e.design_confidence, e.design_reason,
       a.title, a.year, a.journal, a.publication_types, a.is_retracted,
       e.extractor_version, e.extracted_at
FROM extractions e
JOIN articles a ON a.pmid = e.pmid AND a.content_hash = e.content_hash
QUALIFY row_number() OVER (PARTITION BY e.pmid ORDER BY e.extracted_at DESC, e.extractor_version DESC) = 1;
