-- Issue 16: the facts the grader and the site read of a link are columns, not phrases in its reasons.
--
-- Until now grading (indirectness) and the claim pages parsed them back out of the free-text
-- `relevance_reasons`: "condition in the title or MeSH (+0.20)" and "direction unclear: <why>". The
-- linker (pipeline/claims/linker.py) now writes them with each link row through
-- pipeline/store/links.py; the reasons keep their text, for people.
--   condition_direct     the claim's condition is named in the title or the MeSH headings
--   direction_not_about  why a linked study's direction reads unclear (the finding is about
--                        something other than the claim), NULL when it does not
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS condition_direct BOOLEAN;
ALTER TABLE claim_articles ADD COLUMN IF NOT EXISTS direction_not_about VARCHAR;

-- Rows linked before this migration: the facts from their reasons, as the readers used to find them
-- (the next link run rewrites every row anyway: the linker's release is part of LINKER_VERSION).
UPDATE claim_articles
SET condition_direct = coalesce(list_contains(CAST(relevance_reasons AS VARCHAR[]),
                                              'condition in the title or MeSH (+0.20)'), FALSE),
    direction_not_about = list_transform(
        list_filter(CAST(relevance_reasons AS VARCHAR[]), x -> starts_with(x, 'direction unclear: ')),
        x -> substr(x, length('direction unclear: ') + 1))[1]
WHERE condition_direct IS NULL;
