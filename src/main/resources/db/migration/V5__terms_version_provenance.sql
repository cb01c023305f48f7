-- Where a stored terms text comes from (an Open Terms Archive recording, or an address), so that anyone can
-- fetch the same bytes again: dev.clearance.domain.terms.Provenance. Rows added before this version have none
-- (recorded_on NULL). Released migrations are never edited: add V<n>__name.sql instead.
ALTER TABLE terms_version ADD COLUMN source_repository VARCHAR NOT NULL DEFAULT '';
ALTER TABLE terms_version ADD COLUMN source_url VARCHAR NOT NULL DEFAULT '';
ALTER TABLE terms_version ADD COLUMN source_path VARCHAR NOT NULL DEFAULT '';
ALTER TABLE terms_version ADD COLUMN source_commit VARCHAR(64) NOT NULL DEFAULT '';
ALTER TABLE terms_version ADD COLUMN recorded_on DATE;
ALTER TABLE terms_version ADD COLUMN stated_effective DATE;
