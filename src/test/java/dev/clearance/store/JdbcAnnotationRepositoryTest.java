package dev.clearance.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProjectSettings;
import dev.clearance.domain.annotation.AnchorStatus;
import dev.clearance.domain.annotation.Annotation;
import dev.clearance.domain.annotation.PreviousAnchor;
import dev.clearance.domain.terms.Tag;
import dev.clearance.domain.terms.TermsRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAnnotationRepositoryTest {
    static final Instant AT = Instant.parse("2026-11-28T10:00:00.123Z");
    static final TermsRef NOV = TermsRef.parse("openai-terms-of-service@2023-11-14");
    static final TermsRef DEC = TermsRef.parse("openai-terms-of-service@2023-12-02");

    @TempDir
    Path dir;
    Database db;
    JdbcAnnotationRepository annotations;
    long projectId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("db"));
        annotations = new JdbcAnnotationRepository(db);
        projectId = new JdbcProjectRepository(db).create(ProjectSettings.named("Acme")).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    Annotation annotation(String uuidTail, TermsRef target, int start, String exact) {
        return new Annotation("urn:uuid:00000000-0000-4000-8000-" + uuidTail, projectId, target, start,
                start + exact.codePointCount(0, exact.length()), exact, "before ", " after", Tag.COMPETING_MODEL_BAN,
                "Bars distillation into a rival assistant.", List.of("checklist:openai-api@2023-11-14#q-competing",
                "finding:d1/competing-model-ban"), "alice", AT, AT, AnchorStatus.ANCHORED, null);
    }

    @Test
    void anAnnotationWithEveryFieldRoundTrips() {
        Annotation a = annotation("000000000001", NOV, 10, "Use Output to develop models that compete with OpenAI. 🚫");
        annotations.save(a);
        assertEquals(a, annotations.find(a.id()).orElseThrow());
    }

    @Test
    void aReAnchoredAnnotationKeepsItsPreviousAnchorAndStatus() {
        Annotation a = annotation("000000000002", NOV, 10, "How we are")
                .reanchored(DEC, 9, 19, "Who we are", "", "", AnchorStatus.CHANGED, AT.plusSeconds(5));
        annotations.save(a);
        Annotation read = annotations.find(a.id()).orElseThrow();
        assertEquals(AnchorStatus.CHANGED, read.status());
        assertEquals(new PreviousAnchor(NOV, 10, 20, "How we are"), read.previous());
        assertEquals(a, read);
    }

    @Test
    void anUntaggedAnnotationWithoutLinksRoundTrips() {
        Annotation a = annotation("000000000003", NOV, 0, "x").withReviewerContent(null, "", List.of(), AT);
        annotations.save(a);
        assertEquals(a, annotations.find(a.id()).orElseThrow());
    }

    @Test
    void listsAreOrderedByVersionThenPositionAndFilteredByTarget() {
        Annotation late = annotation("000000000004", NOV, 500, "later");
        Annotation early = annotation("000000000005", NOV, 5, "early");
        Annotation december = annotation("000000000006", DEC, 0, "other version");
        annotations.saveAll(List.of(late, december, early));
        assertEquals(List.of(early, late, december), annotations.listByProject(projectId));
        assertEquals(List.of(december), annotations.listByTarget(projectId, DEC));
        assertEquals(List.of(), annotations.listByProject(projectId + 1));
    }

    @Test
    void listByVersionSpansProjects() {
        long other = new JdbcProjectRepository(db).create(ProjectSettings.named("Other")).id();
        Annotation mine = annotation("00000000000a", NOV, 40, "mine");
        Annotation theirs = new Annotation("urn:uuid:00000000-0000-4000-8000-00000000000b", other, NOV, 10, 16,
                "theirs", "", "", null, "", List.of(), "bob", AT, AT, AnchorStatus.ANCHORED, null);
        annotations.saveAll(List.of(theirs, mine, annotation("00000000000c", DEC, 0, "not this version")));
        assertEquals(List.of(mine, theirs), annotations.listByVersion(NOV));
    }

    @Test
    void deleteReturnsWhatWasDeletedAndRestorePutsItBack() {
        Annotation a = annotation("000000000007", NOV, 3, "quoted");
        annotations.save(a);
        assertEquals(a, annotations.delete(a.id()).orElseThrow());
        assertTrue(annotations.find(a.id()).isEmpty());
        assertTrue(annotations.delete(a.id()).isEmpty(), "a second delete finds nothing");
        annotations.restore(a);
        assertEquals(a, annotations.find(a.id()).orElseThrow());
    }

    @Test
    void savingTheSameIdReplacesTheAnnotation() {
        Annotation a = annotation("000000000008", NOV, 3, "quoted");
        annotations.save(a);
        Annotation edited = a.withReviewerContent(Tag.SCRAPING, "re-read", List.of(), AT.plusSeconds(60));
        annotations.save(edited);
        assertEquals(List.of(edited), annotations.listByProject(projectId));
    }

    @Test
    void annotationsGoWithTheirProject() {
        annotations.save(annotation("000000000009", NOV, 3, "quoted"));
        new JdbcProjectRepository(db).delete(projectId);
        assertEquals(List.of(), annotations.listByProject(projectId));
    }
}
