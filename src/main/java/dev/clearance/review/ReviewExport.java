package dev.clearance.review;

import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import java.util.List;

/**
 * What a review package carries besides the rendered report and signatures: the files as bytes and
 * the sign-offs whose reviewers sign it.
 *
 * @param projectName   the project reviewed
 * @param revision      the revision exported
 * @param state         its state
 * @param reviewJson    {@code review.json}
 * @param inventoryCsv  {@code inventory.csv}
 * @param annotations   {@code annotations.jsonld}
 * @param signOffs      the revision's sign-offs, oldest first (empty for an unsigned draft)
 */
public record ReviewExport(String projectName, int revision, ReviewState state, byte[] reviewJson,
                           byte[] inventoryCsv, byte[] annotations, List<SignOff> signOffs) {
    public ReviewExport {
        signOffs = List.copyOf(signOffs);
    }
}
