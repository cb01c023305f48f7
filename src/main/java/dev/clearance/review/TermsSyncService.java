package dev.clearance.review;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.terms.ota.OtaSync;
import dev.clearance.terms.ota.SyncReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Updates the terms from an Open Terms Archive clone and then the reviews that relied on them: what
 * {@code clearance terms sync} and Terms › Update from Open Terms Archive… run.
 */
public final class TermsSyncService {
    /** What the sync stored, and the signed-off reviews it made stale. */
    public record Result(SyncReport report, List<ReviewService.StaleReview> staleReviews) {
        public Result {
            staleReviews = List.copyOf(staleReviews);
        }
    }

    private final OtaSync sync;
    private final ReviewService reviews;

    public TermsSyncService(OtaSync sync, ReviewService reviews) {
        this.sync = Objects.requireNonNull(sync, "sync");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
    }

    /** The repositories a clone can be, {@code OWNER/NAME}. */
    public List<String> repositories() {
        return sync.repositories();
    }

    /**
     * Syncs from the clone in {@code directory}; see {@link OtaSync#sync}. Reviews are looked at only when
     * something was stored.
     */
    public Result sync(Path directory, String repository, ProgressMonitor monitor) {
        SyncReport report = sync.sync(directory, repository, monitor);
        List<ReviewService.StaleReview> stale = report.versions().isEmpty() ? List.of() : reviews.refreshSignedOff();
        return new Result(report, stale);
    }
}
