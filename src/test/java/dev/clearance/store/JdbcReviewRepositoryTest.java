package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.review.Acknowledgement;
import dev.clearance.domain.review.Review;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.review.SignOff;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcReviewRepositoryTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;
    Database db;
    JdbcReviewRepository reviews;
    long projectId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        reviews = new JdbcReviewRepository(db);
        projectId = new JdbcProjectRepository(db).create(ProjectSettings.named("Acme")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aProjectHasNoReviewUntilOneIsOpened() {
        assertTrue(reviews.latest(projectId).isEmpty());

        Review opened = reviews.open(projectId, 1, AT);

        assertEquals(opened, reviews.latest(projectId).orElseThrow());
        assertEquals(ReviewState.DRAFT, opened.state());
    }

    @Test
    void theFirstSignOffFreezesTheSnapshotAndLaterOnesAreAddedInOrder() {
        Review r = reviews.open(projectId, 1, AT);
        SignOff counsel = new SignOff("Dana Whitfield", "Outside counsel", "Reviewed, ünïcode", "ab".repeat(32), AT.plusSeconds(60));
        SignOff founder = new SignOff("Sam Okafor", "Founder", "", "cd".repeat(32), AT.plusSeconds(120));

        reviews.signOff(r.id(), "{\"a\":1}", counsel);
        Review signed = reviews.signOff(r.id(), "{\"a\":1}", founder);

        assertEquals(ReviewState.SIGNED_OFF, signed.state());
        assertEquals("{\"a\":1}", signed.snapshot());
        assertEquals(List.of(counsel, founder), signed.signOffs());
    }

    @Test
    void aFrozenSnapshotIsNeverReplaced() {
        Review r = reviews.open(projectId, 1, AT);
        reviews.signOff(r.id(), "{\"a\":1}", new SignOff("Dana", "Counsel", "", "", AT));

        assertThrows(IllegalStateException.class,
                () -> reviews.signOff(r.id(), "{\"a\":2}", new SignOff("Sam", "Founder", "", "", AT)));
        assertEquals("{\"a\":1}", reviews.latest(projectId).orElseThrow().snapshot());
        assertEquals(1, reviews.latest(projectId).orElseThrow().signOffs().size(), "the refused sign-off left nothing");
    }

    @Test
    void revisionsAreListedOldestFirstAndTheLatestIsTheHighest() {
        reviews.open(projectId, 1, AT);
        Review second = reviews.open(projectId, 2, AT.plusSeconds(5));
        reviews.updateState(second.id(), ReviewState.READY);

        assertEquals(List.of(1, 2), reviews.list(projectId).stream().map(Review::revision).toList());
        assertEquals(ReviewState.READY, reviews.latest(projectId).orElseThrow().state());
    }

    @Test
    void acknowledgementsAreKeptPerProjectAndReplacedWhenGivenAgain() {
        reviews.acknowledge(projectId, new Acknowledgement("d2", "missing-facts", "Dana", "first", AT));
        reviews.acknowledge(projectId, new Acknowledgement("d1", "missing-facts", "Dana", "", AT));
        reviews.acknowledge(projectId, new Acknowledgement("d2", "missing-facts", "Sam", "second", AT.plusSeconds(1)));

        assertEquals(List.of(new Acknowledgement("d1", "missing-facts", "Dana", "", AT),
                new Acknowledgement("d2", "missing-facts", "Sam", "second", AT.plusSeconds(1))), reviews.acknowledgements(projectId));
    }
}
