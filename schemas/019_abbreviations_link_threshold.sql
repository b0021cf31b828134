-- Issue 16: abbreviations stored with the extraction, and one link threshold (below).
--
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

-- One link threshold (issue 16). It is set in data/grading.yaml (pipeline.config.link_threshold) and
-- the linker records its decision on each row, so this view and the site no longer carry their own
-- copy of the number (005's view said `relevance >= 0.5`). Rows linked before this migration were
-- all decided at 0.5, the only threshold there has been; the next link run rewrites them anyway (the
-- threshold is part of LINKER_VERSION).
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS linked BOOLEAN;
UPDATE claim_articles SET linked = relevance >= 0.5 WHERE linked IS NULL;

CREATE OR REPLACE VIEW claim_evidence AS
SELECT ca.claim_id, ca.pmid, a.title, a.year, a.journal, ae.design, ae.is_rct, ae.is_systematic_review,
       ae.is_meta_analysis, ae.is_human, ae.is_animal, ae.is_rodent, ae.is_in_vitro, ae.sample_size,
       ca.relevance, ca.direction, ca.direction_sentence, el.level, el.level_label, el.tier, el.included,
       el.exclusion_reason, a.is_retracted
FROM claim_articles ca
JOIN articles a ON a.pmid = ca.pmid
LEFT JOIN article_evidence ae ON ae.pmid = ca.pmid
LEFT JOIN evidence_levels el ON el.claim_id = ca.claim_id AND el.pmid = ca.pmid
WHERE ca.linked;
