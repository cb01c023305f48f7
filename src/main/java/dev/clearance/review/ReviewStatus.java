package dev.clearance.review;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.domain.Project;
import dev.clearance.domain.review.Review;
import java.util.List;

/**
 * A project's current review revision as it stands now.
 *
 * @param project      the project
 * @param review       the newest revision (opened on first look)
 * @param readiness    what is missing before sign-off (empty once signed off)
 * @param staleChanges for a stale revision, what changed in the terms or conclusions it relied on
 * @param content      the reviewed content: frozen at sign-off, live before
 * @param inventoryCsv the inventory the content's hash covers
 * @param annotations  the annotation collection (JSON-LD) the content embeds
 */
public record ReviewStatus(Project project, Review review, Readiness readiness, List<String> staleChanges,
                           ObjectNode content, byte[] inventoryCsv, byte[] annotations) {
    public ReviewStatus {
        staleChanges = List.copyOf(staleChanges);
    }
}
