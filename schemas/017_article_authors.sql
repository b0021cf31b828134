-- Authors of each record, for the references readers take away (RIS, BibTeX, CSL-JSON; issue 19).
-- "Family, Given" per person, group authors as named, in the record's order. Rows stored before
-- this migration have an empty list until their source is ingested again (content hashes of records
-- with authors include them, so a re-ingest replaces the row).
ALTER TABLE articles ADD COLUMN IF NOT EXISTS authors VARCHAR[] DEFAULT [];
