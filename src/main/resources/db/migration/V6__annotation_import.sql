-- Annotations imported from other tools (Hypothesis, Recogito, INCEpTION …):
-- * their ids are kept as given, and those IRIs can be longer than a urn:uuid;
-- * tags outside the fixed vocabulary are kept as the reviewer's own tags, one per line;
-- * a project may define its own tags before any annotation uses them.
ALTER TABLE annotation ALTER COLUMN annotation_id SET DATA TYPE VARCHAR(1000);
ALTER TABLE annotation ADD COLUMN own_tags VARCHAR NOT NULL DEFAULT '';
CREATE TABLE project_tag (
    project_id  BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    tag         VARCHAR(100) NOT NULL,
    PRIMARY KEY (project_id, tag)
);
