-- Grades per claim and the per-study levels behind them (auditable down to each PMID).

CREATE TABLE IF NOT EXISTS evidence_levels (
    claim_id          VARCHAR NOT NULL,
    pmid              BIGINT NOT NULL,
    level             INTEGER,          -- 1 best … 5 weakest (NULL when excluded)
    level_label       VARCHAR NOT NULL, -- e.g. "human RCT", "animal (indirect)"
    tier              VARCHAR NOT NULL, -- sr_ma | rct | observational | case | indirect | opinion | excluded
    included          BOOLEAN NOT NULL,
    exclusion_reason  VARCHAR,
    PRIMARY KEY (claim_id, pmid)
);

CREATE TABLE IF NOT EXISTS claim_grades (
    claim_id          VARCHAR PRIMARY KEY,
    grade             VARCHAR NOT NULL,  -- High | Moderate | Low | Very low | No evidence
    score             DOUBLE NOT NULL,
    n_articles        INTEGER NOT NULL,
    n_human_rct       INTEGER NOT NULL,
    n_sr_ma           INTEGER NOT NULL,
    n_observational   INTEGER NOT NULL,
    n_animal          INTEGER NOT NULL,
    n_in_vitro        INTEGER NOT NULL,
    n_supports        INTEGER NOT NULL,
    n_no_effect       INTEGER NOT NULL,
    n_contradicts     INTEGER NOT NULL,
    n_unclear         INTEGER NOT NULL,
    n_retracted       INTEGER NOT NULL DEFAULT 0,
    seed_vs_evidence  VARCHAR NOT NULL,  -- overstated | consistent | understated
    rationale         JSON NOT NULL,     -- [{step, effect, value, pmids, text}]
    graded_at         TIMESTAMP NOT NULL DEFAULT current_timestamp,
    rubric_version    VARCHAR NOT NULL
);

-- One row per linked study of a claim, with its level and what the NLP stage read.
CREATE OR REPLACE VIEW claim_evidence AS
SELECT ca.claim_id, ca.pmid, a.title, a.year, a.journal, ae.design, ae.is_rct, ae.is_systematic_review,
       ae.is_meta_analysis, ae.is_human, ae.is_animal, ae.is_rodent, ae.is_in_vitro, ae.sample_size,
       ca.relevance, ca.direction, ca.direction_sentence, el.level, el.level_label, el.tier, el.included,
       el.exclusion_reason, a.is_retracted
FROM claim_articles ca
JOIN articles a ON a.pmid = ca.pmid
LEFT JOIN article_evidence ae ON ae.pmid = ca.pmid
LEFT JOIN evidence_levels el ON el.claim_id = ca.claim_id AND el.pmid = ca.pmid
WHERE ca.relevance >= 0.5;

CREATE OR REPLACE VIEW claim_summary AS
SELECT c.claim_id, c.title, c.therapy, c.condition, c.seed_strength, c.query,
       coalesce(g.grade, 'No evidence') AS grade, g.score, g.seed_vs_evidence,
       coalesce(g.n_articles, 0) AS n_articles, coalesce(g.n_human_rct, 0) AS n_human_rct,
       coalesce(g.n_sr_ma, 0) AS n_sr_ma, coalesce(g.n_observational, 0) AS n_observational,
       coalesce(g.n_animal, 0) AS n_animal, coalesce(g.n_in_vitro, 0) AS n_in_vitro,
       coalesce(g.n_supports, 0) AS n_supports, coalesce(g.n_no_effect, 0) AS n_no_effect,
       coalesce(g.n_contradicts, 0) AS n_contradicts, coalesce(g.n_unclear, 0) AS n_unclear,
       q.n_hits AS query_hits, g.rubric_version
FROM claims c
LEFT JOIN claim_grades g ON g.claim_id = c.claim_id
LEFT JOIN (SELECT claim_id, max(n_hits) AS n_hits FROM claim_queries GROUP BY claim_id) q ON q.claim_id = c.claim_id;
