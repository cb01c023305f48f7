package dev.clearance.domain.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One revision of a project's review.
 *
 * @param id        the stored id
 * @param projectId the project reviewed
 * @param revision  1, 2, … within the project
 * @param state     where it stands
 * @param snapshot  the reviewed content frozen at the first sign-off (canonical JSON); null before
 * @param createdAt when the revision was opened
 * @param signOffs  the sign-offs, oldest first
 */
public record Review(long id, long projectId, int revision, ReviewState state, String snapshot, Instant createdAt,
                     List<SignOff> signOffs) {
    public Review {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
    }

    public Review withState(ReviewState newState) {
        return new Review(id, projectId, revision, newState, snapshot, createdAt, signOffs);
    }
}
