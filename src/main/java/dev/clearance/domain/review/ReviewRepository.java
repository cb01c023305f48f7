package dev.clearance.domain.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Review revisions, their sign-offs and the acknowledged unknown findings (tables {@code review},
 * {@code signoff}, {@code review_acknowledgement}). A revision's snapshot is written once, with its
 * first sign-off, and never changed. Implementations run every write in one transaction and throw
 * {@link dev.clearance.domain.StorageException} when the database cannot be used.
 */
public interface ReviewRepository {
    /** The newest revision of a project, with its sign-offs; empty before the first review. */
    Optional<Review> latest(long projectId);

    /** Every revision of a project, oldest first. */
    List<Review> list(long projectId);

    /** Opens revision {@code revision} in state {@code draft}. */
    Review open(long projectId, int revision, Instant at);

    /** Changes the state of a revision. */
    void updateState(long reviewId, ReviewState state);

    /**
     * Records a sign-off; the first one also freezes {@code snapshot} and moves the revision to
     * {@code signed-off}. Fails with {@link IllegalStateException} when a different snapshot is
     * already frozen.
     */
    Review signOff(long reviewId, String snapshot, SignOff signOff);

    /** The acknowledged unknown findings of a project, ordered by dataset and rule. */
    List<Acknowledgement> acknowledgements(long projectId);

    /** Records (or replaces) the acknowledgement of one finding. */
    void acknowledge(long projectId, Acknowledgement acknowledgement);
}
