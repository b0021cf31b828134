-- Which parser release read each loaded file (pipeline.parsing.PARSER_RELEASE). A refresh skips a file only when this
-- database holds the same bytes read by the same release, so a parser fix reaches a database built before it. Rows of
-- before this migration have none: every file is read once more after the upgrade, and a record whose text comes out
-- the same stays as it is (pipeline/store/articles.py counts it unchanged).
ALTER TABLE source_files ADD COLUMN parser_release VARCHAR;
