-- Review lifecycle (V2, V3 are reserved for other features).
-- A finding of level "unknown" must be acknowledged by a reviewer before a revision is ready for
-- sign-off. Acknowledgements belong to the project, so they carry over to later revisions.
CREATE TABLE review_acknowledgement (
    project_id       BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    dataset_id       VARCHAR(500) NOT NULL,
    rule_id          VARCHAR(100) NOT NULL,
    acknowledged_by  VARCHAR NOT NULL,
    note             VARCHAR NOT NULL DEFAULT '',
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, dataset_id, rule_id)
);

-- Sign-offs are listed in the order they were given.
CREATE INDEX signoff_by_review ON signoff (review_id, signed_at);
