package dev.clearance.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's acknowledgement that a finding of level {@code unknown} stands: the fact a rule needs is
 * missing and the reviewer accepts the review with that gap. Kept per project, so it carries over to
 * later revisions while the finding remains.
 *
 * @param datasetId the dataset the finding is about
 * @param rule      the finding's rule id
 * @param by        who acknowledged it
 * @param note      why it is acceptable; "" if no reason was given
 * @param at        when
 */
public record Acknowledgement(String datasetId, String rule, String by, String note, Instant at) {
    public Acknowledgement {
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(by, "by");
        note = note == null ? "" : note;
        Objects.requireNonNull(at, "at");
    }

    /** {@code datasetId/rule}: what it acknowledges. */
    public String key() {
        return datasetId + "/" + rule;
    }
}
