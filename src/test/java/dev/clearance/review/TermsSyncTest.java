package dev.clearance.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.clearance.domain.ProgressMonitor;
import dev.clearance.domain.review.ReviewState;
import dev.clearance.domain.terms.Provenance;
import dev.clearance.domain.terms.StoredVersion;
import dev.clearance.domain.terms.TermsRef;
import dev.clearance.store.JdbcTermsRepository;
import dev.clearance.terms.TermsService;
import dev.clearance.terms.ota.OtaRepositoryException;
import dev.clearance.terms.ota.OtaSamples;
import dev.clearance.terms.ota.OtaSources;
import dev.clearance.terms.ota.OtaSync;
import dev.clearance.terms.ota.SyncReport;
import dev.clearance.terms.ota.SyncedVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terms sync} on a real H2 file and a real (small) Open Terms Archive repository: what it stores, that
 * it stores it once, that a malformed repository changes nothing, and what follows a new version
 * (annotations told, signed-off reviews made stale).
 */
class TermsSyncTest {
    private static final String EU = "OpenTermsArchive/genai-eu-versions";

    @TempDir
    Path dir;

    private ReviewFixture fixture;
    private JdbcTermsRepository stored;
    private TermsSyncService sync;
    private final List<String> told = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new ReviewFixture(dir);
        stored = new JdbcTermsRepository(fixture.db);
        fixture.terms.onNewVersion(new TermsService.NewVersionListener() {
            @Override
            public List<String> newVersion(TermsRef previous, TermsRef added) {
                told.add(previous + " -> " + added);
                return List.of("re-anchored onto " + added);
            }

            @Override
            public List<String> textReplaced(TermsRef version, String replacedText) {
                told.add("replaced " + version);
                return List.of();
            }
        });
        sync = new TermsSyncService(new OtaSync(fixture.terms, stored, OtaSources.loadShipped(), fixture.clock),
                fixture.reviews);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path sample() {
        return OtaSamples.cloneTo(dir.resolve("genai-eu-versions"));
    }

    private static SyncedVersion version(SyncReport r, String ref) {
        return r.versions().stream().filter(v -> v.ref().toString().equals(ref)).findFirst()
                .orElseThrow(() -> new AssertionError(ref + " not in " + r.versions().stream().map(v -> v.ref().toString()).toList()));
    }

    @Test
    void storesEachRecordingNewerThanTheCatalogWithItsCommitAndStatedDate() {
        SyncReport r = sync.sync(sample(), null, ProgressMonitor.NONE).report();

        assertEquals(EU, r.repository(), "recognised from the README");
        assertEquals(OtaSamples.HEAD, r.head());
        assertEquals(List.of("anthropic-commercial-terms@2025-06-17", "qwen-chat-terms@2026-05-19",
                        "xai-terms-of-service@2025-11-04", "xai-terms-of-service@2026-04-10", "xai-terms-of-service@2026-06-26"),
                r.versions().stream().map(v -> v.ref().toString()).toList());

        // The catalog has anthropic-commercial-terms@2025-06-17 without a text: the later recording of the same
        // stated version is its text; the first recording is superseded by it.
        SyncedVersion claude = version(r, "anthropic-commercial-terms@2025-06-17");
        assertEquals(SyncedVersion.Kind.TEXT, claude.kind());
        assertEquals(OtaSamples.CLAUDE_2026_03_11, claude.source().commit());
        assertEquals(List.of(OtaSamples.CLAUDE_2025_11_11), claude.superseded());
        assertEquals(LocalDate.of(2026, 3, 11), claude.source().recordedOn());

        SyncedVersion grok = version(r, "xai-terms-of-service@2026-06-26");
        assertEquals(SyncedVersion.Kind.NEW, grok.kind());
        assertEquals("effective", grok.dateBasis());
        assertEquals(OtaSamples.GROK_2026_07_08, grok.source().commit());
        assertEquals(LocalDate.of(2026, 7, 8), grok.source().recordedOn());
        assertEquals(LocalDate.of(2026, 6, 26), grok.source().statedEffective());
        assertEquals("xai-terms-of-service@2026-04-10", grok.previous().toString());
        assertTrue(grok.added() > 0 && grok.removed() > 0 && grok.changed() > 0, grok.toString());
        assertTrue(grok.clauseChange());
        assertEquals(OtaSamples.GROK_2025_12_11, version(r, "xai-terms-of-service@2025-11-04").source().commit());
        assertEquals(OtaSamples.GROK_2026_05_18, version(r, "xai-terms-of-service@2026-04-10").source().commit());

        // What the database now holds: the text, its detected clauses and its provenance.
        StoredVersion saved = stored.findVersion("xai-terms-of-service", LocalDate.of(2026, 6, 26)).orElseThrow();
        Provenance p = saved.source().orElseThrow();
        assertEquals(EU, p.repository());
        assertEquals("Grok/Terms of Service.md", p.path());
        assertEquals(OtaSamples.GROK_2026_07_08, p.commit());
        assertEquals(LocalDate.of(2026, 7, 8), p.recordedOn());
        assertEquals(LocalDate.of(2026, 6, 26), p.statedEffective());
        assertEquals(grok.detected(), saved.clauses().size());
        assertTrue(saved.fullText().contains("Effective: June 26, 2026"));
        assertTrue(fixture.terms.showVersion("xai-terms-of-service@2026-06-26").version().notes()
                .contains("Grok/Terms of Service.md"), "the version says where its text was recorded");
    }

    @Test
    void aSecondSyncFindsNothingNew() {
        Path clone = sample();
        sync.sync(clone, null, ProgressMonitor.NONE);
        int before = stored.listVersions("xai-terms-of-service").size();

        SyncReport again = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertEquals(List.of(), again.versions());
        assertEquals(before, stored.listVersions("xai-terms-of-service").size());
    }

    @Test
    void aLaterCloneAddsOnlyWhatWasRecordedSinceAndTellsTheAnnotations() {
        Path clone = sample();
        OtaSamples.resetTo(clone, OtaSamples.GROK_2026_05_18);
        SyncReport first = sync.sync(clone, null, ProgressMonitor.NONE).report();
        assertEquals("xai-terms-of-service@2026-04-10", first.versions().get(first.versions().size() - 1).ref().toString());
        assertEquals(List.of("xai-terms-of-service@2025-11-04 -> xai-terms-of-service@2026-04-10"), told,
                "a new version follows the stored one before it; the first text follows none");

        told.clear();
        OtaSamples.resetTo(clone, OtaSamples.HEAD);
        SyncReport second = sync.sync(clone, null, ProgressMonitor.NONE).report();

        assertEquals(List.of("qwen-chat-terms@2026-05-19", "xai-terms-of-service@2026-06-26"),
                second.versions().stream().map(v -> v.ref().toString()).toList());
        assertEquals(List.of("xai-terms-of-service@2026-04-10 -> xai-terms-of-service@2026-06-26"), told);
        assertTrue(second.notes().contains("re-anchored onto xai-terms-of-service@2026-06-26"), second.notes().toString());
    }

    @Test
    void aSignedOffReviewRelyingOnChangedTermsBecomesStale() throws Exception {
        Path inventory = dir.resolve("grok.csv");
        Files.writeString(inventory, """
                id,name,source_type,generator_model,generator_provider,access,collected_on,license,uses,records,terms,owner,notes
                g1,Grok answers,synthetic,grok-3,xai,app,2026-07-01,,fine-tuning,1000,,,
                """);
        String project = fixture.importPath(inventory, "Grok distillation");
        fixture.completeReview(project, "counsel@acme");
        fixture.reviews.signOff(project, "counsel@acme", "counsel", "Reviewed", "ab".repeat(32));
        assertEquals(ReviewState.SIGNED_OFF, fixture.reviews.status(project).orElseThrow().review().state());

        TermsSyncService.Result result = sync.sync(sample(), null, ProgressMonitor.NONE);

        assertEquals(1, result.staleReviews().size());
        ReviewService.StaleReview stale = result.staleReviews().get(0);
        assertEquals(project, stale.project());
        assertEquals(1, stale.revision());
        assertTrue(stale.changes().stream().anyMatch(c -> c.contains("xai-terms-of-service@2026-06-26")), stale.changes().toString());
        assertEquals(ReviewState.STALE, fixture.reviews.status(project).orElseThrow().review().state());
    }

    @Test
    void aMalformedRepositoryChangesNothing() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertFails(empty, null, "not a git repository");

        Path noCommits = dir.resolve("no-commits");
        Git.init().setDirectory(noCommits.toFile()).call().close();
        assertFails(noCommits, EU, "no commits");

        Path unrelated = dir.resolve("unrelated");
        try (Git git = Git.init().setDirectory(unrelated.toFile()).call()) {
            Files.writeString(unrelated.resolve("README.md"), "Versions: https://github.com/OpenTermsArchive/genai-eu-versions/releases\n");
            Files.createDirectories(unrelated.resolve("Acme"));
            Files.writeString(unrelated.resolve("Acme/Terms of Service.md"), "Effective: May 1, 2026\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Record Acme").setAuthor("bot", "bot@example.org").setCommitter("bot", "bot@example.org").call();
        }
        assertFails(unrelated, null, "none of the");

        Path unknown = dir.resolve("unknown");
        try (Git git = Git.init().setDirectory(unknown.toFile()).call()) {
            Files.writeString(unknown.resolve("README.md"), "Some other archive\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("init").setAuthor("bot", "bot@example.org").setCommitter("bot", "bot@example.org").call();
        }
        assertFails(unknown, null, "cannot tell which Open Terms Archive repository");

        Path damaged = sample();
        try (Stream<Path> packs = Files.list(damaged.resolve(".git/objects/pack"))) {
            for (Path pack : packs.filter(f -> f.toString().endsWith(".pack")).toList()) {
                byte[] bytes = Files.readAllBytes(pack);
                for (int i = bytes.length / 3; i < bytes.length - 20; i += 97) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(pack, bytes);
            }
        }
        assertFails(damaged, null, "git objects cannot be read");
    }

    private void assertFails(Path repo, String repository, String problem) {
        OtaRepositoryException e = assertThrows(OtaRepositoryException.class,
                () -> sync.sync(repo, repository, ProgressMonitor.NONE));
        assertTrue(e.getMessage().startsWith(repo.toAbsolutePath().normalize().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(stored.listDocuments().isEmpty() && told.isEmpty(), "nothing was stored or announced");
        assertFalse(stored.listVersions("xai-terms-of-service").iterator().hasNext());
    }
}
