-- P/I/O spans (issue 17, item 1): who took part (P), what was given (I), what was measured (O), as
-- the P/I/O tagger (pipeline/nlp/pico.py, data/models/pico) read them in each article's title +
-- abstract. One row per span, written with the article's extraction and keyed by the same
-- (pmid, extractor_version): a re-run replaces an article's spans at that version, never duplicates
-- them, and a retrained tagger (its hash is part of the version) re-extracts. Offsets are characters
-- into the text the pipeline reads (title, newline, abstract). Writes go through pipeline/store/pico_spans.py.

CREATE TABLE IF NOT EXISTS pico_spans (
    pmid               BIGINT NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    element            VARCHAR NOT NULL CHECK (element IN ('P', 'I', 'O')),
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    sentence           INTEGER NOT NULL,   -- 0-based sentence index (0 is usually the title)
    text               VARCHAR NOT NULL,
    score              DOUBLE NOT NULL,    -- mean probability of its tokens being inside the element
    PRIMARY KEY (pmid, extractor_version, element, start_char)
);

-- The spans of each article's current extraction (the one article_evidence shows).
CREATE OR REPLACE VIEW article_pico AS
SELECT s.pmid, s.element, s.start_char, s.end_char, s.sentence, s.text, s.score, s.extractor_version
FROM pico_spans s
JOIN article_evidence e ON e.pmid = s.pmid AND e.extractor_version = s.extractor_version;
