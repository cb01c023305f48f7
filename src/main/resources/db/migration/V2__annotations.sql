-- Annotations across versions: where an annotation stood when the reviewer last confirmed it, so a
-- re-anchored annotation (moved, changed or orphaned) can show the old text beside the new one.
-- All previous_* columns are NULL while the annotation sits on the text the reviewer marked.
ALTER TABLE annotation ADD COLUMN previous_document_id  VARCHAR(200);
ALTER TABLE annotation ADD COLUMN previous_effective_on DATE;
ALTER TABLE annotation ADD COLUMN previous_start_cp     INT;
ALTER TABLE annotation ADD COLUMN previous_end_cp       INT;
ALTER TABLE annotation ADD COLUMN previous_exact_text   VARCHAR;
CREATE INDEX annotation_by_target ON annotation (project_id, document_id, effective_on);
