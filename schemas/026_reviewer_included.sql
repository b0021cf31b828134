-- The review loop: a study the linker missed can be brought in by a reviewer.
--
-- `evidence review set --field eligibility --value eligible` on a query hit the linker left below its threshold (a
-- record that names the claim's therapy or condition in other words than the catalog's, found with `evidence claims
-- gaps`) was recorded and then never applied: the grader read only the hits at or above the threshold. It now grades
-- such a hit too (pipeline/grading/__init__.py), and this view shows it beside the linked studies: every study the
-- grader placed (evidence_levels) as well as every linked one. A reviewer outranks the machine's reading both ways.
CREATE OR REPLACE VIEW claim_evidence AS
SELECT ca.claim_id, ca.pmid, a.title, a.year, a.journal, ae.design, ae.is_rct, ae.is_systematic_review,
       ae.is_meta_analysis, ae.is_human, ae.is_animal, ae.is_rodent, ae.is_in_vitro, ae.sample_size,
       ca.relevance, ca.direction, ca.direction_sentence, el.level, el.level_label, el.tier, el.included,
       el.exclusion_reason, a.is_retracted
FROM claim_articles ca
JOIN articles a ON a.pmid = ca.pmid
LEFT JOIN article_evidence ae ON ae.pmid = ca.pmid
LEFT JOIN evidence_levels el ON el.claim_id = ca.claim_id AND el.pmid = ca.pmid
WHERE ca.linked OR el.pmid IS NOT NULL;
